import { onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { applicationsApi } from '@/api/applications'
import type { ApplicationView } from '@/api'
import { useApplicationsStore } from '@/stores/applications'
import { useNotificationsStore } from '@/stores/notifications'

/** A return to the window within this long of the last reading does not read the case again. */
export const FOCUS_REFRESH_GAP_MS = 5_000
/** The most messages looked at after the unread count rose (the API's largest page). */
const MAX_NEW_MESSAGES = 100

export interface CaseRefreshOptions {
  /** The case on the page; `undefined` while none is shown. */
  caseId: () => string | undefined
  /** True while a form on the page holds input not yet sent: the case is then not replaced under it. */
  hasUnsavedInput: () => boolean
}

/**
 * Keeps the applicant's open case page current without a polling loop of its own. The page reads the case again
 * when a message about this case comes in (the messages store's unread count, polled every 30 s, rose and the
 * newest unread messages name this case) and when the window comes back (focus or the tab shown again).
 * A newer reading is taken at once unless a form holds unsent input: then `pending` says so, and it is taken
 * when the form is sent or emptied, or when the person asks for it (`showPending`).
 */
export function useCaseRefresh(options: CaseRefreshOptions) {
  const store = useApplicationsStore()
  const notifications = useNotificationsStore()

  /** A newer reading is waiting for the form to be sent. */
  const pending = ref(false)
  /** Bumped whenever a newer reading is taken (or a message named the case): panels that read their own data read again. */
  const tick = ref(0)
  /** When the page last took a newer reading (ISO), for the notice; '' before. */
  const updatedAt = ref('')

  let running: Promise<void> | undefined
  let again = false
  let againForMessage = false
  let lastReading = 0
  let mounted = true

  function differs(a: ApplicationView | undefined, b: ApplicationView): boolean {
    return JSON.stringify(a) !== JSON.stringify(b)
  }

  /** Reads the case once; takes it if it changed (or a message named the case) and no form is in the way. */
  async function readOnce(fromMessage: boolean, force: boolean): Promise<void> {
    const id = options.caseId()
    if (!id || !mounted) return
    lastReading = Date.now()
    let fresh: ApplicationView
    try {
      fresh = await applicationsApi.get(id)
    } catch {
      return // no answer: what is shown stays; the next message or return to the window tries again
    }
    if (!mounted || options.caseId() !== id || store.current?.id !== id) return
    const changed = differs(store.current, fresh)
    if (!changed && !fromMessage) return
    if (!force && options.hasUnsavedInput()) {
      pending.value = true
      return
    }
    pending.value = false
    if (changed && !store.adopt(fresh)) return
    tick.value++
    if (changed) updatedAt.value = new Date().toISOString()
  }

  /** Reads the case, once at a time: a call while a reading is under way asks for one more after it. */
  function refresh(fromMessage = false, force = false): Promise<void> {
    if (running) {
      again = true
      againForMessage ||= fromMessage
      return running
    }
    running = (async () => {
      let message = fromMessage
      let forced = force
      for (;;) {
        await readOnce(message, forced)
        if (!again) break
        message = againForMessage
        forced = false
        again = false
        againForMessage = false
      }
    })().finally(() => {
      running = undefined
    })
    return running
  }

  /** The unread count rose by `rise`: do the newest unread messages name this case? */
  async function onArrivals(rise: number): Promise<void> {
    const id = options.caseId()
    if (!id || rise <= 0) return
    try {
      const page = await applicationsApi.notifications({ unread: true, page: 0, size: Math.min(rise, MAX_NEW_MESSAGES) })
      if (!(page.items ?? []).some((n) => n.applicationId === id)) return
    } catch {
      // Cannot tell which case the news is about: read this one to be sure.
    }
    await refresh(true)
  }

  // Another case opened in the same page: what was said about the last one goes.
  watch(
    () => options.caseId(),
    (id, before) => {
      if (id === before || before === undefined) return
      pending.value = false
      updatedAt.value = ''
    },
  )

  watch(
    () => notifications.arrived,
    (now, before) => void onArrivals(now - before),
  )

  // A form sent or emptied: take what was waiting.
  watch(
    () => options.hasUnsavedInput(),
    (holds) => {
      if (!holds && pending.value) void refresh(true)
    },
  )

  function onReturn(): void {
    if (Date.now() - lastReading < FOCUS_REFRESH_GAP_MS) return
    void refresh()
  }

  function onVisibility(): void {
    if (document.visibilityState === 'visible') onReturn()
  }

  onMounted(() => {
    window.addEventListener('focus', onReturn)
    document.addEventListener('visibilitychange', onVisibility)
  })

  onBeforeUnmount(() => {
    mounted = false
    window.removeEventListener('focus', onReturn)
    document.removeEventListener('visibilitychange', onVisibility)
  })

  /** The person asks for the newer reading although a form holds input (the forms keep what they can). */
  function showPending(): Promise<void> {
    return refresh(true, true)
  }

  return { pending, tick, updatedAt, refresh, showPending }
}
