import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { stubApi } from '@/testing/http'
import { page, stats } from '@/testing/fixtures'
import { enterpriseAccount, enterpriseClaims, staffAccount, staffClaims, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import type { AccountView, TokenResponse } from '@/api'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

function session(tokens: TokenResponse, account: AccountView) {
  sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
  stubApi({
    '/api/auth/refresh': () => ({ body: tokens }),
    '/api/me': () => ({ body: account }),
    '/api/me/notifications/unread-count': { unread: 3 },
    '/api/stats/catalogue': stats,
    '/api/items': page(),
  })
}

const accounts = [
  { who: 'an enterprise', tokens: () => tokenPair(enterpriseClaims), account: enterpriseAccount, links: ['nav-my-applications', 'nav-messages'] },
  { who: 'a staff member', tokens: () => tokenPair(staffClaims), account: staffAccount, links: [] },
]

describe('AppHeader on a phone: one menu button for the navigation, the account and the display', () => {
  for (const { who, tokens, account, links } of accounts) {
    it(`folds everything behind a disclosure button, logged in as ${who}`, async () => {
      session(tokens(), account)
      app = await mountApp('/')
      const w = app.wrapper
      const toggle = w.get('[data-testid="site-menu-button"]')
      expect(toggle.element.tagName).toBe('BUTTON')
      expect(toggle.attributes('aria-expanded')).toBe('false')
      expect(toggle.attributes('aria-controls')).toBe('site-menu')
      expect(toggle.text()).toContain('菜单')

      // What it controls: the main navigation, the account menu and the language and large-text switches.
      const menu = w.get('#site-menu')
      expect(menu.element.tagName).toBe('NAV')
      expect(menu.attributes('aria-label')).toBe('主导航')
      for (const id of ['user-menu', ...links]) expect(menu.find(`[data-testid="${id}"]`).exists()).toBe(true)
      expect(menu.find('[data-locale="en"]').exists()).toBe(true)
      expect(menu.find('[data-testid="large-text-switch"]').exists()).toBe(true)
      expect(w.get('header').classes()).not.toContain('menu-open')

      // Opening moves the focus to its first link; Escape closes it and gives the focus back to the button.
      await toggle.trigger('click')
      await settle()
      expect(toggle.attributes('aria-expanded')).toBe('true')
      expect(w.get('header').classes()).toContain('menu-open')
      expect(document.activeElement).toBe(menu.find('a').element)
      await menu.find('a').trigger('keydown', { key: 'Escape' })
      await settle()
      expect(toggle.attributes('aria-expanded')).toBe('false')
      expect(document.activeElement).toBe(toggle.element)

      // Following a link closes it too.
      await toggle.trigger('click')
      await app.router.push('/items')
      await settle()
      expect(toggle.attributes('aria-expanded')).toBe('false')
    })
  }

  it('shows on the button that messages are unread, in words as well', async () => {
    session(tokenPair(enterpriseClaims), enterpriseAccount)
    app = await mountApp('/')
    const toggle = app.wrapper.get('[data-testid="site-menu-button"]')
    expect(toggle.find('.dot').exists()).toBe(true)
    expect(toggle.get('.sr-only').text()).toBe('（3 条未读）')
  })

  it('is there for visitors as well, with the login links in its menu', async () => {
    stubApi({ '/api/stats/catalogue': stats })
    app = await mountApp('/')
    const menu = app.wrapper.get('#site-menu')
    expect(menu.findAll('a').map((a) => a.text())).toEqual(expect.arrayContaining(['登录', '注册']))
    expect(app.wrapper.get('[data-testid="site-menu-button"]').find('.dot').exists()).toBe(false)
  })
})
