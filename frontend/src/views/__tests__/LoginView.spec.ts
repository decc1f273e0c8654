import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problemBody, stubApi, type Call } from '@/testing/http'
import { enterpriseAccount, enterpriseClaims, staffAccount, staffClaims, tokenPair } from '@/testing/auth'
import { useAuthStore } from '@/stores/auth'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const problemReply = (status: number, slug: string, detail: string) => ({
  status,
  body: problemBody(status, detail, 'x', { slug }),
  contentType: 'application/problem+json',
})

async function fill(selector: string, value: string) {
  await app!.wrapper.get(selector).setValue(value)
}

async function submit(testId: string) {
  await app!.wrapper.get(`[data-testid="${testId}"]`).trigger('submit')
  await settle()
}

describe('LoginView', () => {
  it('labels the username after the tab, and the tabs follow the keyboard', async () => {
    app = await mountApp('/login')
    const w = app.wrapper
    expect(w.findAll('h1').map((h) => h.text())).toEqual(['登录'])
    expect(document.title).toBe('登录 · 慈溪市安全生产监督管理局 · 网上办事大厅')
    const label = () => document.querySelector('label[for="login-username"]')?.textContent?.trim()
    expect(label()).toBe('统一社会信用代码或手机号')
    const tabs = w.findAll('[role="tab"]')
    expect(tabs.map((t) => t.text())).toEqual(['企业', '个人', '工作人员'])
    expect(tabs[0]!.attributes('aria-selected')).toBe('true')
    expect(w.get('[role="tabpanel"]').attributes('aria-labelledby')).toBe('login-tab-enterprise')

    await tabs[0]!.trigger('keydown', { key: 'ArrowRight' })
    await settle()
    expect(app.router.currentRoute.value.query.tab).toBe('citizen')
    expect(label()).toBe('身份证号码或手机号')
    expect(document.activeElement?.id).toBe('login-tab-citizen')
    await w.get('[data-tab="staff"]').trigger('click')
    await settle()
    expect(label()).toBe('工号')
    expect(w.text()).toContain('工作人员账户由安全管理员开设')
  })

  it('asks for both fields before calling the server', async () => {
    const { calls } = stubApi({})
    app = await mountApp('/login')
    await submit('login-form')
    expect(calls).toHaveLength(0)
    const errors = app.wrapper.findAll('[data-testid="field-error"]').map((e) => e.text())
    expect(errors).toEqual(['请填写统一社会信用代码或手机号', '请填写密码'])
    expect(document.activeElement?.id).toBe('login-username')
    expect(app.wrapper.get('#login-username').attributes('aria-invalid')).toBe('true')
    expect(app.wrapper.get('#login-username').attributes('aria-describedby')).toBe('login-username-error')
  })

  it('shows the server’s message for wrong credentials and clears the password', async () => {
    stubApi({
      '/api/auth/login': () =>
        problemReply(401, 'invalid-credentials', '用户名或密码错误，或账户已被临时锁定。连续失败 5 次将锁定 15 分钟。'),
    })
    app = await mountApp('/login')
    await fill('#login-username', '91330282MA2CX1A7U1')
    await fill('#login-password', 'wrong-password')
    await submit('login-form')
    expect(app.wrapper.get('[data-testid="login-error"]').text()).toContain('用户名或密码错误')
    expect(app.wrapper.get('[role="alert"]').text()).toContain('用户名或密码错误')
    expect((app.wrapper.get('#login-password').element as HTMLInputElement).value).toBe('')
    expect(document.activeElement?.id).toBe('login-password')
    expect(app.router.currentRoute.value.path).toBe('/login')
  })

  it('asks staff with a second factor for the one-time code, then resends the login with it', async () => {
    const pair = tokenPair(staffClaims, {})
    const { calls } = stubApi({
      '/api/auth/login': (_url, call: Call) => {
        const body = call.body as { totp?: string }
        if (!body.totp) return problemReply(401, 'mfa-required', '请输入身份验证器应用中显示的 6 位动态验证码。')
        if (body.totp !== '123456') return problemReply(401, 'mfa-invalid', '动态验证码不正确或已使用，请输入最新的验证码。')
        return { body: pair }
      },
      '/api/me': staffAccount,
    })
    app = await mountApp('/login?tab=staff')
    await fill('#login-username', 'window')
    await fill('#login-password', 'OneVisit-2018!')
    await submit('login-form')

    const w = app.wrapper
    expect(w.get('h2').text()).toBe('输入动态验证码')
    expect(w.find('#login-password').exists()).toBe(false)
    expect(document.activeElement?.id).toBe('login-totp')
    expect(w.get('#login-totp').attributes('autocomplete')).toBe('one-time-code')
    expect(w.get('#login-totp').attributes('inputmode')).toBe('numeric')

    await fill('#login-totp', '12a')
    await submit('totp-form')
    expect(w.get('#login-totp-error').text()).toBe('请输入 6 位数字动态验证码')

    await fill('#login-totp', '654321')
    await submit('totp-form')
    expect(w.get('[data-testid="login-error"]').text()).toContain('动态验证码不正确')
    expect((w.get('#login-totp').element as HTMLInputElement).value).toBe('')

    await fill('#login-totp', '123 456')
    await submit('totp-form')
    await vi.waitFor(() => expect(app!.router.currentRoute.value.path).toBe('/staff'))
    const logins = calls.filter((c) => c.url.pathname === '/api/auth/login').map((c) => c.body)
    expect(logins).toEqual([
      { username: 'window', password: 'OneVisit-2018!' },
      { username: 'window', password: 'OneVisit-2018!', totp: '654321' },
      { username: 'window', password: 'OneVisit-2018!', totp: '123456' },
    ])
    await settle()
    expect(w.findAll('h1').map((h) => h.text())).toEqual(['工作台'])
  })

  it('can go back from the code to the password', async () => {
    stubApi({ '/api/auth/login': () => problemReply(401, 'mfa-required', '请输入验证码。') })
    app = await mountApp('/login?tab=staff')
    await fill('#login-username', 'window')
    await fill('#login-password', 'OneVisit-2018!')
    await submit('login-form')
    const back = app.wrapper.findAll('button').find((b) => b.text() === '返回重新输入密码')!
    await back.trigger('click')
    await settle()
    expect(app.wrapper.find('#login-password').exists()).toBe(true)
    expect((app.wrapper.get('#login-username').element as HTMLInputElement).value).toBe('window')
  })

  it('goes back to the page that needed the login, but never to another site', async () => {
    stubApi({ '/api/auth/login': tokenPair(enterpriseClaims), '/api/me': enterpriseAccount })
    app = await mountApp('/staff')
    expect(app.router.currentRoute.value.fullPath).toBe('/login?redirect=/staff')
    expect(app.wrapper.get('[data-notice="loginRequired"]').text()).toContain('请先登录')
    await app.router.push('/login?redirect=/account')
    await fill('#login-username', '91330282MA2CX1A7U1')
    await fill('#login-password', 'OneVisit-2018!')
    await submit('login-form')
    await vi.waitFor(() => expect(app!.router.currentRoute.value.path).toBe('/account'))

    await useAuthStore(app.pinia).logout()
    await app.router.push('/login?redirect=//evil.example/x')
    await fill('#login-username', '91330282MA2CX1A7U1')
    await fill('#login-password', 'OneVisit-2018!')
    await submit('login-form')
    await vi.waitFor(() => expect(app!.router.currentRoute.value.path).toBe('/account'))
  })

  it('shows the login in English', async () => {
    app = await mountApp('/login?tab=citizen', { locale: 'en' })
    expect(app.wrapper.get('h1').text()).toBe('Log in')
    expect(document.querySelector('label[for="login-username"]')?.textContent?.trim()).toBe('ID number or mobile number')
  })
})
