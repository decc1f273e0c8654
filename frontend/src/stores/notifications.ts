import { ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import type { Notification, NotificationPage } from '@/api'
import { applicationsApi, type NotificationFilters } from '@/api/applications'

/** How often the unread count is asked for while an applicant is logged in. */
export const POLL_INTERVAL_MS = 30_000

/**
 * The applicant's messages: the unread count (polled every 30 s and whenever the window gets the focus
 * back, while polling is on), how many have arrived meanwhile, and a page of messages for the messages page.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const unread = ref(0)
  const page = shallowRef<NotificationPage>()
  const loading = ref(false)
  const error = shallowRef<unknown>()
  const polling = ref(false)
  /**
   * How many messages have come in since polling started: the sum of every rise of the unread count between
   * one reading and the next (the first reading only sets the baseline). A page watches it to hear of news
   * (the newest `rise` unread messages are the new ones) without polling on its own.
   */
  const arrived = ref(0)

  let counted = false
  let timer: ReturnType<typeof setInterval> | undefined
  let countSequence = 0
  let pageSequence = 0

  /** Takes a reading of the unread count from the server. */
  function takeCount(n: number): void {
    if (counted && n > unread.value) arrived.value += n - unread.value
    unread.value = n
    counted = true
  }

  /** Asks for the unread count; failures are ignored (the badge keeps its last value). */
  async function refreshCount(): Promise<void> {
    const ticket = ++countSequence
    try {
      const n = await applicationsApi.unreadCount()
      if (ticket === countSequence && polling.value) takeCount(n)
    } catch {
      // no answer or not allowed: try again at the next tick
    }
  }

  function onFocus(): void {
    void refreshCount()
  }

  function onVisibility(): void {
    if (typeof document !== 'undefined' && document.visibilityState === 'visible') void refreshCount()
  }

  /** Starts polling (once; further calls do nothing until stopPolling()). */
  function startPolling(): void {
    if (polling.value) return
    polling.value = true
    void refreshCount()
    timer = setInterval(() => void refreshCount(), POLL_INTERVAL_MS)
    if (typeof window !== 'undefined') window.addEventListener('focus', onFocus)
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility)
  }

  /** Stops polling and forgets the messages (on logout). */
  function stopPolling(): void {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
    if (typeof window !== 'undefined') window.removeEventListener('focus', onFocus)
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility)
    countSequence++
    polling.value = false
    counted = false
    unread.value = 0
    page.value = undefined
  }

  async function load(filters: NotificationFilters): Promise<void> {
    const ticket = ++pageSequence
    loading.value = true
    error.value = undefined
    try {
      const answer = await applicationsApi.notifications(filters)
      if (ticket !== pageSequence) return
      page.value = answer
      if (typeof answer.unread === 'number') {
        countSequence++
        takeCount(answer.unread)
      }
    } catch (e) {
      if (ticket === pageSequence) error.value = e
    } finally {
      if (ticket === pageSequence) loading.value = false
    }
  }

  function replaceItem(id: string, change: Partial<Notification>): boolean {
    const p = page.value
    const item = p?.items?.find((n) => n.id === id)
    if (!p || !item) return false
    page.value = { ...p, items: p.items!.map((n) => (n.id === id ? { ...n, ...change } : n)) }
    return true
  }

  /** Marks one message read (the badge goes down at once). */
  async function markRead(id: string): Promise<void> {
    const wasUnread = page.value?.items?.find((n) => n.id === id)?.read === false
    await applicationsApi.markRead(id)
    replaceItem(id, { read: true })
    if (wasUnread) {
      countSequence++
      unread.value = Math.max(0, unread.value - 1)
      if (page.value) page.value = { ...page.value, unread: Math.max(0, (page.value.unread ?? 1) - 1) }
    }
  }

  async function markAllRead(): Promise<void> {
    await applicationsApi.markAllRead()
    countSequence++
    unread.value = 0
    const p = page.value
    if (p) page.value = { ...p, unread: 0, items: (p.items ?? []).map((n) => ({ ...n, read: true })) }
  }

  return { unread, arrived, page, loading, error, polling, refreshCount, startPolling, stopPolling, load, markRead, markAllRead }
})
