import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { CASE_ID, enterpriseSession, notification } from './applyFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

function inbox() {
  let items = [
    notification({ id: 'n-3', event: 'REQUEST_CORRECTION', body: '需要补正材料，请按一次性告知书补正后重新提交。' }),
    notification({ id: 'n-2' }),
    notification({ id: 'n-1', event: 'SOMETHING_NEW', body: '服务器的说明', read: true, createdAt: '2026-11-27T23:00:00Z' }),
  ]
  const unread = () => items.filter((n) => !n.read).length
  return enterpriseSession({
    '/api/me/notifications/unread-count': () => ({ body: { unread: unread() } }),
    '/api/me/notifications': (url: URL) => {
      const only = url.searchParams.get('unread') === 'true'
      const list = only ? items.filter((n) => !n.read) : items
      return { body: { items: list, total: list.length, unread: unread(), page: 0, size: 20 } }
    },
    '/api/me/notifications/n-3/read': () => {
      items = items.map((n) => (n.id === 'n-3' ? { ...n, read: true } : n))
      return { status: 204 }
    },
    '/api/me/notifications/read-all': () => {
      items = items.map((n) => ({ ...n, read: true }))
      return { status: 204 }
    },
  })
}

describe('MessagesView and the header badge', () => {
  it('words each message from its event and case number, and marks messages read', async () => {
    const { calls } = inbox()
    app = await mountApp('/my/messages')
    const w = app.wrapper
    expect(w.findAll('h1').map((h) => h.text())).toEqual(['消息'])

    const nav = w.get('nav[aria-label="主导航"]')
    expect(nav.get('[data-testid="nav-my-applications"]').attributes('href')).toBe('/my/applications')
    const link = nav.get('[data-testid="nav-messages"]')
    expect(link.get('[data-testid="unread-badge"]').text()).toBe('2')
    expect(link.text()).toContain('（2 条未读）')

    const messages = w.findAll('[data-testid="message-list"] > li')
    expect(messages).toHaveLength(3)
    expect(messages[0]!.get('h2').text()).toContain('未读')
    expect(messages[0]!.get('h2').text()).toContain('办件 AJ-20261128-0003')
    expect(messages[0]!.text()).toContain('需要补正材料，请按一次性告知书补正后重新提交。')
    expect(messages[0]!.text()).toContain('生产安全事故应急预案备案')
    expect(messages[1]!.text()).toContain('已受理，进入审查。')
    // An event the app does not know: the server's own text.
    expect(messages[2]!.get('.text').text()).toBe('服务器的说明')
    expect(messages[2]!.find('[data-testid="mark-read"]').exists()).toBe(false)
    expect(messages[0]!.get('a').attributes('href')).toBe(`/my/applications/${CASE_ID}`)

    await messages[0]!.get('[data-testid="mark-read"]').trigger('click')
    await settle()
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/me/notifications/n-3/read')).toBe(true)
    expect(nav.get('[data-testid="unread-badge"]').text()).toBe('1')
    expect(w.get('[data-testid="unread-count"]').text()).toBe('1 条未读')

    await w.get('[data-testid="mark-all"]').trigger('click')
    await settle()
    expect(nav.find('[data-testid="unread-badge"]').exists()).toBe(false)
    expect(w.findAll('[data-testid="mark-read"]')).toHaveLength(0)
    expect(w.get('[data-testid="mark-all"]').attributes('disabled')).toBeDefined()
  })

  it('shows only unread messages when asked, from the address', async () => {
    const { calls } = inbox()
    app = await mountApp('/my/messages?unread=true')
    expect(app.wrapper.findAll('[data-testid="message-list"] > li')).toHaveLength(2)
    const list = calls.filter((c) => c.url.pathname === '/api/me/notifications')
    expect(list.at(-1)!.url.searchParams.get('unread')).toBe('true')
  })

  it('reads the messages in English', async () => {
    inbox()
    app = await mountApp('/my/messages', { locale: 'en' })
    const messages = app.wrapper.findAll('[data-testid="message-list"] > li')
    expect(messages[0]!.get('h2').text()).toContain('Application AJ-20261128-0003')
    expect(messages[0]!.text()).toContain('A correction is needed')
    expect(messages[1]!.text()).toContain('Accepted; now under review.')
    expect(app.wrapper.get('[data-testid="nav-messages"]').text()).toContain('Messages')
    expect(app.wrapper.get('[data-testid="nav-messages"]').text()).toContain('(2 unread)')
  })
})
