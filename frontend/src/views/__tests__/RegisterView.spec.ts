import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problemBody, reply, stubApi } from '@/testing/http'
import { enterpriseAccount, enterpriseClaims, tokenPair } from '@/testing/auth'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const errorOf = (field: string) => app!.wrapper.find(`#register-${field}-error`)

async function type(field: string, value: string) {
  await app!.wrapper.get(`#register-${field}`).setValue(value)
  await settle()
}

async function leave(field: string) {
  await app!.wrapper.get(`#register-${field}`).trigger('blur')
  await settle()
}

async function fillEnterprise(overrides: Record<string, string> = {}) {
  const values = {
    creditCode: '91330282MA2CX1A7U1',
    name: '慈溪市示范化工贸易有限公司',
    legalRepresentative: '王建国',
    contactName: '李敏',
    mobile: '13805740001',
    password: 'Secret-Pass-1',
    confirmPassword: 'Secret-Pass-1',
    ...overrides,
  }
  for (const [field, value] of Object.entries(values)) await type(field, value)
}

describe('RegisterView', () => {
  it('checks the credit code when the field is left, then as the person types', async () => {
    app = await mountApp('/register')
    expect(app.wrapper.findAll('h1').map((h) => h.text())).toEqual(['注册账户'])
    await type('creditCode', '91330282ma2cx1a7u')
    expect(errorOf('creditCode').exists()).toBe(false)
    await leave('creditCode')
    expect(errorOf('creditCode').text()).toBe('统一社会信用代码应为 18 位（当前 17 位）')
    expect((app.wrapper.get('#register-creditCode').element as HTMLInputElement).value).toBe('91330282MA2CX1A7U')
    const input = app.wrapper.get('#register-creditCode')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('register-creditCode-error register-creditCode-hint')

    await type('creditCode', '91330282MA2CX1A7U2')
    expect(errorOf('creditCode').text()).toBe('统一社会信用代码的校验位不正确，请核对营业执照')
    await type('creditCode', '91330282MA2CX1A7I1')
    expect(errorOf('creditCode').text()).toContain('不含 I、O、S、V、Z')
    await type('creditCode', '91330282MA2CX1A7U1')
    expect(errorOf('creditCode').exists()).toBe(false)
    expect(input.attributes('aria-invalid')).toBeUndefined()
  })

  it('accepts an ID number with a lower-case x and checks its date of birth', async () => {
    app = await mountApp('/register?tab=citizen')
    expect(app.wrapper.find('#register-creditCode').exists()).toBe(false)
    await type('idNumber', '330282199002301234')
    await leave('idNumber')
    expect(errorOf('idNumber').text()).toBe('身份证号码中的出生日期不正确')
    await type('idNumber', '11010519491231002x')
    await leave('idNumber')
    expect(errorOf('idNumber').exists()).toBe(false)
    expect((app.wrapper.get('#register-idNumber').element as HTMLInputElement).value).toBe('11010519491231002X')
  })

  it('shows the password policy as it is met, and refuses a password containing the mobile number', async () => {
    app = await mountApp('/register')
    await type('mobile', '13805740001')
    await type('password', 'x13805740001A')
    const met = () => app!.wrapper.findAll('#register-password-policy li.met').map((li) => li.attributes('data-rule'))
    expect(met()).toEqual(['length', 'classes'])
    await leave('password')
    expect(errorOf('password').text()).toBe('密码不能包含用户名、证件号码或手机号码')
    await type('password', 'Secret-Pass-1')
    expect(met()).toEqual(['length', 'classes', 'username'])
    expect(errorOf('password').exists()).toBe(false)
    expect(app.wrapper.get('#register-password').attributes('aria-describedby')).toBe('register-password-policy')
    await type('confirmPassword', 'Secret-Pass-2')
    await leave('confirmPassword')
    expect(errorOf('confirmPassword').text()).toBe('两次输入的密码不一致')
  })

  it('names every missing field at once on submit and moves to the first', async () => {
    const { calls } = stubApi({})
    app = await mountApp('/register')
    await app.wrapper.get('[data-testid="register-enterprise"]').trigger('submit')
    await settle()
    expect(calls).toHaveLength(0)
    const fields = app.wrapper.findAll('[data-field]').filter((f) => f.find('[data-testid="field-error"]').exists())
    expect(fields.map((f) => f.attributes('data-field'))).toEqual([
      'register-creditCode',
      'register-name',
      'register-legalRepresentative',
      'register-contactName',
      'register-mobile',
      'register-password',
      'register-confirmPassword',
    ])
    expect(errorOf('name').text()).toBe('请填写企业名称')
    expect(app.wrapper.get('[role="alert"]').text()).toBe('有 7 处需要修改，请检查标出的项目。')
    expect(document.activeElement?.id).toBe('register-creditCode')
    // Optional fields are marked and not required.
    expect(document.querySelector('label[for="register-address"]')?.textContent).toContain('选填')
    expect(app.wrapper.get('#register-address').attributes('aria-required')).toBeUndefined()
    expect(app.wrapper.get('#register-name').attributes('aria-required')).toBe('true')
  })

  it('puts the server’s field errors on their fields (409: already registered)', async () => {
    stubApi({
      '/api/auth/register': reply({
        status: 409,
        contentType: 'application/problem+json',
        body: problemBody(409, '该账户已经注册，请直接登录或找回密码。', '账户已存在', {
          slug: 'account-exists',
          errors: [
            { field: 'creditCode', message: '该账户已注册' },
            { field: 'mobile', message: '该手机号码已被其他账户使用' },
          ],
        }),
      }),
    })
    app = await mountApp('/register')
    await fillEnterprise()
    await app.wrapper.get('[data-testid="register-enterprise"]').trigger('submit')
    await settle()
    expect(app.wrapper.get('[role="alert"]').text()).toContain('该账户已经注册')
    expect(errorOf('creditCode').text()).toBe('该账户已注册')
    expect(errorOf('mobile').text()).toBe('该手机号码已被其他账户使用')
    expect(document.activeElement?.id).toBe('register-creditCode')
    await type('mobile', '13805740009')
    expect(errorOf('mobile').exists()).toBe(false)
    expect(errorOf('creditCode').exists()).toBe(true)
  })

  it('shows the server’s password messages (a common password)', async () => {
    stubApi({
      '/api/auth/register': reply({
        status: 400,
        contentType: 'application/problem+json',
        body: problemBody(400, '请检查标出的参数后重试。', '请求参数有误', {
          slug: 'invalid-request',
          errors: [{ field: 'password', message: '该密码过于常见，容易被猜中，请换一个' }],
        }),
      }),
    })
    app = await mountApp('/register')
    await fillEnterprise({ password: 'Password123!', confirmPassword: 'Password123!' })
    await app.wrapper.get('[data-testid="register-enterprise"]').trigger('submit')
    await settle()
    expect(errorOf('password').text()).toBe('该密码过于常见，容易被猜中，请换一个')
    expect(document.activeElement?.id).toBe('register-password')
  })

  it('registers, logs in and opens my account', async () => {
    const { calls } = stubApi({
      '/api/auth/register': reply({ status: 201, body: enterpriseAccount }),
      '/api/auth/login': tokenPair(enterpriseClaims),
      '/api/me': enterpriseAccount,
    })
    app = await mountApp('/register')
    await fillEnterprise({ creditCode: ' 91330282ma2cx1a7u1', address: '' })
    await type('town', '  浒山街道 ')
    await app.wrapper.get('[data-testid="register-enterprise"]').trigger('submit')
    await vi.waitFor(() => expect(app!.router.currentRoute.value.path).toBe('/account'))
    expect(calls.find((c) => c.url.pathname === '/api/auth/register')!.body).toEqual({
      kind: 'ENTERPRISE',
      creditCode: '91330282MA2CX1A7U1',
      name: '慈溪市示范化工贸易有限公司',
      legalRepresentative: '王建国',
      contactName: '李敏',
      mobile: '13805740001',
      password: 'Secret-Pass-1',
      town: '浒山街道',
    })
    await settle()
    expect(app.wrapper.get('[data-notice="registered"]').text()).toContain('注册成功，已为您登录。')
    expect(app.wrapper.get('[data-testid="account-details"]').text()).toContain('91330282MA2CX1A7U1')
  })
})
