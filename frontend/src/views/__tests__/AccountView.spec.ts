import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problemBody, reply, stubApi } from '@/testing/http'
import { enterpriseAccount, enterpriseClaims, staffAccount, staffClaims, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import type { AccountView, TokenResponse } from '@/api'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

function session(tokens: TokenResponse, account: () => AccountView, more: Record<string, object> = {}) {
  sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
  return stubApi({
    '/api/auth/refresh': () => ({ body: tokens }),
    '/api/me': () => ({ body: account() }),
    '/api/auth/logout': () => ({ status: 204 }),
    ...more,
  })
}

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const enrolment = {
  secret: SECRET,
  otpauthUri: `otpauth://totp/OneVisit%3AWINDOW?secret=${SECRET}&issuer=OneVisit&algorithm=SHA1&digits=6&period=30`,
}

describe('AccountView', () => {
  it('shows the enterprise’s details as the API returns them', async () => {
    session(tokenPair(enterpriseClaims), () => enterpriseAccount)
    app = await mountApp('/account')
    const w = app.wrapper
    expect(w.findAll('h1').map((h) => h.text())).toEqual(['我的账户'])
    const details = w.get('[data-testid="account-details"]').text()
    for (const value of ['企业', '慈溪市示范化工贸易有限公司', '91330282MA2CX1A7U1', '王建国', '李敏', '13805740001', '浒山街道']) {
      expect(details).toContain(value)
    }
    expect(w.find('[data-testid="totp-section"]').exists()).toBe(false)
    expect(w.findAll('h2').map((h) => h.text())).toEqual(['账户信息', '修改密码', '退出登录'])
  })

  it('lets staff enrol a second factor: secret, QR code with a text alternative, then the code', async () => {
    let enabled = false
    const { calls } = session(tokenPair(staffClaims), () => ({ ...staffAccount, totpEnabled: enabled }), {
      '/api/me/totp': enrolment,
      '/api/me/totp/activation': (_url: URL, call: { body?: unknown }) => {
        if ((call.body as { code?: string }).code !== '123456') {
          return {
            status: 400,
            contentType: 'application/problem+json',
            body: problemBody(400, '请检查标出的参数后重试。', '请求参数有误', {
              errors: [{ field: 'code', message: '验证码不正确或已过期' }],
            }),
          }
        }
        enabled = true
        return { status: 204 }
      },
    })
    app = await mountApp('/account')
    const w = app.wrapper
    expect(w.get('[data-testid="totp-status"]').text()).toContain('未启用')
    await w.get('[data-testid="totp-start"]').trigger('click')
    await settle()
    expect(w.get('[data-testid="totp-secret"]').text()).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')
    expect(w.get('[data-testid="totp-uri"]').text()).toBe(enrolment.otpauthUri)
    await vi.waitFor(() => expect(w.find('[data-testid="totp-qr"]').exists()).toBe(true))
    const qr = w.get('[data-testid="totp-qr"]')
    expect(qr.attributes('alt')).toContain('二维码')
    expect(qr.attributes('src')).toMatch(/^data:image\/svg\+xml/)
    expect(decodeURIComponent(qr.attributes('src')!)).toContain('<svg')

    await w.get('#totp-code').setValue('654321')
    await w.get('[data-testid="totp-form"]').trigger('submit')
    await settle()
    expect(w.get('#totp-code-error').text()).toBe('验证码不正确或已过期')

    await w.get('#totp-code').setValue('123456')
    await w.get('[data-testid="totp-form"]').trigger('submit')
    await settle()
    expect(calls.filter((c) => c.url.pathname === '/api/me/totp/activation').map((c) => c.body)).toEqual([
      { code: '654321' },
      { code: '123456' },
    ])
    expect(w.get('[data-testid="totp-status"]').text()).toContain('已启用')
    expect(w.text()).toContain('二次验证已启用，下次登录时需要输入动态验证码。')
    expect(w.find('[data-testid="totp-start"]').exists()).toBe(false)
  })

  it('after an administrator’s enrolment, logs out and asks for a login with the code', async () => {
    let enabled = false
    session(
      tokenPair({ upn: 'ADMIN', groups: [], kind: 'STAFF' }, { mfaEnrolmentRequired: true }),
      () => ({ ...staffAccount, username: 'ADMIN', roles: ['ADMIN'], totpEnabled: enabled }),
      {
        '/api/me/totp': enrolment,
        '/api/me/totp/activation': () => {
          enabled = true
          return { status: 204 }
        },
      },
    )
    app = await mountApp('/account')
    await app.wrapper.get('[data-testid="totp-start"]').trigger('click')
    await settle()
    await app.wrapper.get('#totp-code').setValue('123456')
    await app.wrapper.get('[data-testid="totp-form"]').trigger('submit')
    await vi.waitFor(() => expect(app!.router.currentRoute.value.fullPath).toBe('/login?tab=staff'))
    await settle()
    expect(app.wrapper.get('[data-notice="totpEnabledLogin"]').text()).toContain('请使用动态验证码重新登录')
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
  })

  it('changes the password, then asks for a new login', async () => {
    const { calls } = session(tokenPair(enterpriseClaims), () => enterpriseAccount, {
      '/api/me/password': reply({ status: 204 }),
    })
    app = await mountApp('/account')
    const w = app.wrapper
    await w.get('#password-currentPassword').setValue('OneVisit-2018!')
    await w.get('#password-newPassword').setValue('Pw-91330282MA2CX1A7U1')
    await w.get('#password-newPassword').trigger('blur')
    await settle()
    expect(w.get('#password-newPassword-error').text()).toBe('密码不能包含用户名、证件号码或手机号码')
    await w.get('#password-newPassword').setValue('Another-Pass-2')
    await w.get('#password-confirmPassword').setValue('Another-Pass-2')
    await w.get('[data-testid="password-form"]').trigger('submit')
    await vi.waitFor(() => expect(app!.router.currentRoute.value.path).toBe('/login'))
    await settle()
    expect(calls.find((c) => c.url.pathname === '/api/me/password')!.body).toEqual({
      currentPassword: 'OneVisit-2018!',
      newPassword: 'Another-Pass-2',
    })
    expect(w.get('[data-notice="passwordChanged"]').text()).toContain('请使用新密码重新登录')
    expect(w.find('[data-testid="user-menu-button"]').exists()).toBe(false)
  })

  it('shows a wrong current password on its field', async () => {
    session(tokenPair(enterpriseClaims), () => enterpriseAccount, {
      '/api/me/password': reply({
        status: 400,
        contentType: 'application/problem+json',
        body: problemBody(400, '请检查标出的参数后重试。', '请求参数有误', {
          errors: [{ field: 'currentPassword', message: '当前密码不正确' }],
        }),
      }),
    })
    app = await mountApp('/account')
    const w = app.wrapper
    await w.get('#password-currentPassword').setValue('nope')
    await w.get('#password-newPassword').setValue('Another-Pass-2')
    await w.get('#password-confirmPassword').setValue('Another-Pass-2')
    await w.get('[data-testid="password-form"]').trigger('submit')
    await settle()
    expect(w.get('#password-currentPassword-error').text()).toBe('当前密码不正确')
    expect(document.activeElement?.id).toBe('password-currentPassword')
    expect(app.router.currentRoute.value.path).toBe('/account')
  })

  it('logs out from the page', async () => {
    session(tokenPair(enterpriseClaims), () => enterpriseAccount)
    app = await mountApp('/account')
    await app.wrapper.get('[data-testid="account-logout"]').trigger('click')
    await vi.waitFor(() => expect(app!.router.currentRoute.value.path).toBe('/'))
  })

  it('leaves for the login page when the session ends by itself', async () => {
    let refreshes = 0
    session(tokenPair(enterpriseClaims), () => enterpriseAccount, {
      '/api/auth/refresh': () =>
        ++refreshes === 1
          ? { body: tokenPair(enterpriseClaims) }
          : {
              status: 401,
              contentType: 'application/problem+json',
              body: problemBody(401, '登录凭证无效或已过期，请重新登录。', '登录已失效', { slug: 'invalid-token' }),
            },
    })
    app = await mountApp('/account')
    const { useAuthStore } = await import('@/stores/auth')
    await useAuthStore(app.pinia).refresh()
    await settle()
    expect(app.router.currentRoute.value.fullPath).toBe('/login?redirect=/account')
    expect(app.wrapper.get('[data-notice="sessionExpired"]').text()).toContain('登录已失效')
  })
})
