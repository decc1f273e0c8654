import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { settle } from '@/testing/mountApp'
import { stubApi } from '@/testing/http'
import { POLL_INTERVAL_MS, useNotificationsStore } from '@/stores/notifications'
import { notification } from '@/views/apply/__tests__/applyFixtures'

beforeEach(() => {
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.useRealTimers()
})

const countCalls = (calls: { url: URL }[]) => calls.filter((c) => c.url.pathname === '/api/me/notifications/unread-count').length

describe('notifications store', () => {
  it('polls the unread count every 30 s and when the window gets the focus, until stopped', async () => {
    // Only the polling interval is faked: promises and timeouts run as usual.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    let unread = 2
    const { calls } = stubApi({ '/api/me/notifications/unread-count': () => ({ body: { unread } }) })
    const store = useNotificationsStore()

    store.startPolling()
    store.startPolling() // a second start does not add a second timer
    await settle()
    expect(store.unread).toBe(2)
    expect(countCalls(calls)).toBe(1)

    unread = 3
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS - 1)
    expect(countCalls(calls)).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    await settle()
    expect(countCalls(calls)).toBe(2)
    expect(store.unread).toBe(3)

    unread = 4
    window.dispatchEvent(new Event('focus'))
    await settle()
    expect(store.unread).toBe(4)
    expect(countCalls(calls)).toBe(3)

    store.stopPolling()
    expect(store.unread).toBe(0)
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3)
    window.dispatchEvent(new Event('focus'))
    await settle()
    expect(countCalls(calls)).toBe(3)
  })

  it('keeps the last count when a poll fails', async () => {
    // Only the polling interval is faked: promises and timeouts run as usual.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    let fail = false
    stubApi({
      '/api/me/notifications/unread-count': () => {
        if (fail) throw new TypeError('offline')
        return { body: { unread: 5 } }
      },
    })
    const store = useNotificationsStore()
    store.startPolling()
    await settle()
    expect(store.unread).toBe(5)
    fail = true
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS)
    await settle()
    expect(store.unread).toBe(5)
    store.stopPolling()
  })

  it('counts the messages that arrive: each rise of the count after the first reading, not the falls', async () => {
    let unread = 3
    stubApi({ '/api/me/notifications/unread-count': () => ({ body: { unread } }) })
    const store = useNotificationsStore()
    store.startPolling()
    await settle()
    expect(store.unread).toBe(3)
    expect(store.arrived).toBe(0) // the first reading is the baseline, not news

    unread = 5
    await store.refreshCount()
    expect(store.arrived).toBe(2)
    unread = 1 // read elsewhere
    await store.refreshCount()
    expect(store.arrived).toBe(2)
    unread = 2
    await store.refreshCount()
    expect(store.arrived).toBe(3)

    // After a logout the next reading is a new baseline.
    store.stopPolling()
    unread = 9
    store.startPolling()
    await settle()
    expect(store.unread).toBe(9)
    expect(store.arrived).toBe(3)
    store.stopPolling()
  })

  it('marks one or all messages read, bringing the count down at once', async () => {
    const { calls } = stubApi({
      '/api/me/notifications': {
        items: [notification({ id: 'a' }), notification({ id: 'b', read: true }), notification({ id: 'c' })],
        total: 3,
        unread: 2,
        page: 0,
        size: 20,
      },
      '/api/me/notifications/a/read': () => ({ status: 204 }),
      '/api/me/notifications/read-all': () => ({ status: 204 }),
    })
    const store = useNotificationsStore()
    await store.load({ page: 0, size: 20 })
    expect(store.unread).toBe(2)

    await store.markRead('a')
    expect(store.unread).toBe(1)
    expect(store.page?.items?.map((n) => n.read)).toEqual([true, true, false])

    await store.markAllRead()
    expect(store.unread).toBe(0)
    expect(store.page?.items?.every((n) => n.read)).toBe(true)
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url.pathname)).toEqual([
      '/api/me/notifications/a/read',
      '/api/me/notifications/read-all',
    ])
  })
})
