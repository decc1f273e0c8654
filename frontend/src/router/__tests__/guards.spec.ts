import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { stubApi } from '@/testing/http'
import { page, stats } from '@/testing/fixtures'
import { enterpriseAccount, enterpriseClaims, staffAccount, staffClaims, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import { safeRedirect } from '@/router'
import type { AccountView, TokenResponse } from '@/api'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

/** A tab that was logged in before the reload: init() restores it with one refresh. */
function session(tokens: TokenResponse, account: AccountView, more: Record<string, object> = {}) {
  sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
  return stubApi({
    '/api/auth/refresh': () => ({ body: tokens }),
    '/api/me': account,
    '/api/auth/logout': () => ({ status: 204 }),
    '/api/stats/catalogue': stats,
    '/api/items': page(),
    ...more,
  })
}

describe('route guards', () => {
  it('sends a visitor to the login page, remembering where they were going', async () => {
    stubApi({})
    app = await mountApp('/account')
    expect(app.router.currentRoute.value.name).toBe('login')
    expect(app.router.currentRoute.value.query.redirect).toBe('/account')
  })

  it('keeps the staff workbench for staff: an enterprise gets the 403 view', async () => {
    session(tokenPair(enterpriseClaims), enterpriseAccount)
    app = await mountApp('/staff')
    expect(app.router.currentRoute.value.name).toBe('forbidden')
    expect(app.wrapper.findAll('h1').map((h) => h.text())).toEqual(['无权访问'])
    expect(document.title).toBe('无权访问 · 慈溪市安全生产监督管理局 · 网上办事大厅')
  })

  it('opens the workbench for staff, with its empty list of tasks', async () => {
    const emptyQueue = { items: [], total: 0, page: 0, size: 20, counts: { SUBMITTED: 0, OVERDUE: 0 } }
    session(tokenPair(staffClaims), staffAccount, { '/api/workbench/applications': emptyQueue })
    app = await mountApp('/staff')
    expect(app.router.currentRoute.value.name).toBe('staff')
    expect(app.wrapper.findAll('h1').map((h) => h.text())).toEqual(['工作台'])
    expect(app.wrapper.get('[data-testid="workbench-empty"]').text()).toBe('待办事项将在这里显示')
  })

  it('sends an administrator who must enrol a second factor to my account, with a notice', async () => {
    session(tokenPair({ upn: 'ADMIN', groups: [], kind: 'STAFF' }, { mfaEnrolmentRequired: true }), {
      ...staffAccount,
      username: 'ADMIN',
      name: '系统管理员',
      roles: ['ADMIN'],
    })
    app = await mountApp('/staff')
    expect(app.router.currentRoute.value.name).toBe('account')
    expect(app.wrapper.get('[data-notice="enrolmentRequired"]').text()).toContain('管理员账户须先启用二次验证')
    expect(app.wrapper.get('[data-testid="totp-section"]').text()).toContain('管理员账户必须启用二次验证')
    // The workbench is not offered until the second factor is on.
    expect(app.wrapper.get('nav[aria-label="主导航"]').text()).not.toContain('工作台')
    await app.wrapper.get('[data-testid="user-menu-button"]').trigger('click')
    expect(app.wrapper.find('[data-testid="menu-workbench"]').exists()).toBe(false)
  })

  it('checks meta.roles: a page for administrators is not for a window officer', async () => {
    session(tokenPair(staffClaims), staffAccount)
    app = await mountApp('/')
    app.router.addRoute({
      path: '/admin-only',
      name: 'admin-only',
      component: { template: '<h1>admin</h1>' },
      meta: { requiresAuth: true, roles: ['ADMIN', 'SECURITY_ADMIN'] },
    })
    await app.router.push('/admin-only')
    expect(app.router.currentRoute.value.fullPath).toBe('/forbidden?from=/admin-only')
  })

  it('sends a logged-in person away from the login and sign-up pages', async () => {
    session(tokenPair(enterpriseClaims), enterpriseAccount)
    app = await mountApp('/login?redirect=/items')
    expect(app.router.currentRoute.value.path).toBe('/items')
    await app.router.push('/register')
    expect(app.router.currentRoute.value.path).toBe('/account')
  })

  it('accepts only paths of this site as the place to return to', () => {
    expect(safeRedirect('/items?q=1')).toBe('/items?q=1')
    expect(safeRedirect(['/staff', '/x'])).toBe('/staff')
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/login', '/register?x=1', '', null, undefined]) {
      expect(safeRedirect(bad), String(bad)).toBeUndefined()
    }
  })
})

describe('header', () => {
  it('offers login (back to this page) and sign-up to a visitor', async () => {
    stubApi({ '/api/items': page() })
    app = await mountApp('/items?q=危险化学品')
    const nav = app.wrapper.get('nav[aria-label="主导航"]')
    const login = nav.findAll('a').find((a) => a.text() === '登录')!
    expect(decodeURIComponent(login.attributes('href')!)).toBe('/login?redirect=/items?q=危险化学品')
    expect(nav.findAll('a').some((a) => a.text() === '注册')).toBe(true)
    expect(nav.find('[data-testid="user-menu-button"]').exists()).toBe(false)
  })

  it('shows the name and a menu (my account, workbench, logout) to staff', async () => {
    const { calls } = session(tokenPair(staffClaims), staffAccount)
    app = await mountApp('/')
    const w = app.wrapper
    const button = w.get('[data-testid="user-menu-button"]')
    expect(button.text()).toContain('窗口受理员')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(w.get('[data-testid="user-menu"]').isVisible()).toBe(false)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(w.get('[data-testid="user-menu"]').isVisible()).toBe(true)
    expect(w.get('[data-testid="menu-account"]').attributes('href')).toBe('/account')
    expect(w.get('[data-testid="menu-workbench"]').attributes('href')).toBe('/staff')
    expect(w.find('[data-testid="menu-my-applications"]').exists()).toBe(false)
    expect(w.find('[data-testid="nav-messages"]').exists()).toBe(false)

    await w.get('.user-menu').trigger('keydown', { key: 'Escape' })
    await settle()
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button.element)

    await button.trigger('click')
    await w.get('[data-testid="menu-logout"]').trigger('click')
    await settle()
    expect(calls.some((c) => c.url.pathname === '/api/auth/logout')).toBe(true)
    expect(app.router.currentRoute.value.path).toBe('/')
    expect(w.get('[data-notice="loggedOut"]').text()).toContain('您已退出登录')
    expect(w.find('[data-testid="user-menu-button"]').exists()).toBe(false)
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
  })

  it('has no workbench for an enterprise', async () => {
    session(tokenPair(enterpriseClaims), enterpriseAccount)
    app = await mountApp('/')
    await app.wrapper.get('[data-testid="user-menu-button"]').trigger('click')
    expect(app.wrapper.find('[data-testid="menu-workbench"]').exists()).toBe(false)
    expect(app.wrapper.get('[data-testid="user-menu-button"]').text()).toContain('慈溪市示范化工贸易有限公司')
    // Applicants find their cases and messages in the menu and in the main navigation.
    expect(app.wrapper.get('[data-testid="menu-my-applications"]').attributes('href')).toBe('/my/applications')
    expect(app.wrapper.get('[data-testid="menu-messages"]').attributes('href')).toBe('/my/messages')
    expect(app.wrapper.find('[data-testid="nav-my-applications"]').exists()).toBe(true)
  })
})
