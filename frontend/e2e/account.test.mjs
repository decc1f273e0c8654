// Browser tests of accounts: sign-up, login (with the staff second factor), my account, logout, and axe on
// the account pages. Against the packaged application, or E2E_BASE_URL (see support/app.mjs).
// The server keeps its data between runs against E2E_BASE_URL: every run signs up new, random accounts.
import { describe } from 'node:test'
import assert from 'node:assert/strict'
import { createHmac, randomInt } from 'node:crypto'
import { openSiteMenuIfFolded, screenshotPath } from './support/app.mjs'
import { assertNoAxeViolations, assertNoHorizontalOverflow, browserSuite } from './support/suite.mjs'

const DEMO_PASSWORD = 'OneVisit-2018!'
const DEMO_ENTERPRISE = '91330282MA2CX1A7U1'
/** Demo staff accounts without an administrator role: any of them can enrol a second factor. */
const STAFF_CANDIDATES = ['window', 'reviewer', 'approver', 'inspector']

const { check, newPage, baseUrl } = browserSuite()

// ---- generated data -----------------------------------------------------------------------------

const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** A valid, random unified social credit code of an enterprise in Cixi (GB 32100-2015 check character). */
function randomCreditCode() {
  let body = '91330282'
  while (body.length < 17) body += CREDIT_CHARSET[randomInt(CREDIT_CHARSET.length)]
  const sum = [...body].reduce((s, c, i) => s + CREDIT_CHARSET.indexOf(c) * CREDIT_WEIGHTS[i], 0)
  return body + CREDIT_CHARSET[(31 - (sum % 31)) % 31]
}

/** A random mainland mobile number (never one of the demo accounts', which start 1380574/1390574). */
function randomMobile() {
  let mobile = `15${randomInt(10)}`
  while (mobile.length < 11) mobile += randomInt(10)
  return mobile
}

/** RFC 4648 Base32 (spaces ignored), as authenticator apps read secrets. */
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const clean = text.replace(/[\s=]/g, '').toUpperCase()
  const bytes = []
  let buffer = 0
  let bits = 0
  for (const c of clean) {
    const value = alphabet.indexOf(c)
    if (value < 0) throw new Error(`not Base32: ${c}`)
    buffer = (buffer << 5) | value
    bits += 5
    if (bits >= 8) {
      bytes.push((buffer >> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

const STEP_SECONDS = 30
const currentStep = () => Math.floor(Date.now() / 1000 / STEP_SECONDS)

/** RFC 6238 TOTP: HMAC-SHA1 over the 30-second step, dynamic truncation, 6 digits. */
function totp(secret, step) {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const hash = createHmac('sha1', base32Decode(secret)).update(counter).digest()
  const offset = hash[hash.length - 1] & 0x0f
  const binary = (hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000
  return String(binary).padStart(6, '0')
}

// ---- API helpers (setup only) ---------------------------------------------------------------------

async function apiLogin(username, password) {
  const response = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  return { status: response.status, body: await response.json().catch(() => undefined) }
}

/** The first demo staff account that has no second factor yet (each run of test 3 enrols one). */
async function staffWithoutTotp() {
  const seen = []
  for (const username of STAFF_CANDIDATES) {
    const { status, body } = await apiLogin(username, DEMO_PASSWORD)
    if (status !== 200) {
      seen.push(`${username}: login answered ${status} ${body?.type ?? ''}`)
      continue
    }
    const headers = { Authorization: `Bearer ${body.accessToken}`, 'Content-Type': 'application/json' }
    const me = await (await fetch(`${baseUrl()}/api/me`, { headers })).json()
    await fetch(`${baseUrl()}/api/auth/logout`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ refreshToken: body.refreshToken }),
    })
    if (me.totpEnabled === false) return username
    seen.push(`${username}: second factor already enabled`)
  }
  throw new Error(
    'No demo staff account without a second factor is left on this server (each run of this test enrols one). ' +
      `Run against a fresh server (unset E2E_BASE_URL to start the packaged app) or reset its data.\n${seen.join('\n')}`,
  )
}

// ---- page helpers -------------------------------------------------------------------------------

async function logInThroughForm(page, tab, username, password) {
  await page.getByRole('tab', { name: tab }).click()
  await page.locator('#login-username').fill(username)
  await page.locator('#login-password').fill(password)
  await page.getByTestId('login-submit').click()
}

async function openUserMenu(page) {
  // on a phone the account menu is part of the site menu, open with it
  await openSiteMenuIfFolded(page)
  if (await page.getByTestId('user-menu-button').isVisible()) await page.getByTestId('user-menu-button').click()
  await page.getByTestId('user-menu').waitFor()
}

async function logOutThroughMenu(page) {
  await openUserMenu(page)
  await page.getByTestId('menu-logout').click()
  await page.waitForURL((url) => url.pathname === '/')
  await page.locator('[data-notice="loggedOut"]').waitFor()
  await page.getByRole('link', { name: '登录', exact: true }).waitFor()
}

describe('accounts', () => {
  check('an enterprise registers, lands logged in, sees its data on my account and logs out', async () => {
    const creditCode = randomCreditCode()
    const mobile = randomMobile()
    const name = `慈溪市测试化工贸易有限公司${randomInt(100_000)}`
    const password = `Reg-${randomInt(1e6)}-Test`
    const page = await newPage()
    await page.goto('/register')
    await page.getByRole('heading', { level: 1, name: '注册账户' }).waitFor()

    // Field-level checks in the browser: a wrong check character is named when the field is left.
    const codeField = page.locator('#register-creditCode')
    const wrongCheck = creditCode.slice(0, 17) + (creditCode.endsWith('0') ? '1' : '0')
    await codeField.fill(wrongCheck.toLowerCase())
    await codeField.blur()
    const codeError = page.locator('#register-creditCode-error')
    await codeError.waitFor()
    assert.match(await codeError.innerText(), /校验位不正确/)
    assert.equal(await codeField.inputValue(), wrongCheck, 'the code is upper-cased when the field is left')
    assert.equal(await codeField.getAttribute('aria-invalid'), 'true')
    assert.match(await codeField.getAttribute('aria-describedby'), /register-creditCode-error/)
    await codeField.fill(creditCode)
    await codeError.waitFor({ state: 'detached' })

    await page.locator('#register-name').fill(name)
    await page.locator('#register-legalRepresentative').fill('王测试')
    await page.locator('#register-address').fill('慈溪市浒山街道测试路 1 号')
    await page.locator('#register-town').fill('浒山街道')
    await page.locator('#register-contactName').fill('李联系')
    await page.locator('#register-mobile').fill(mobile)
    await page.locator('#register-password').fill(password)
    await page.locator('#register-confirmPassword').fill(`${password}x`)
    await page.locator('#register-confirmPassword').blur()
    await page.locator('#register-confirmPassword-error').filter({ hasText: '两次输入的密码不一致' }).waitFor()
    await page.locator('#register-confirmPassword').fill(password)
    await page.screenshot({ path: screenshotPath('register-zh'), fullPage: true })
    await page.getByTestId('register-submit').click()

    await page.waitForURL(/\/account$/)
    await page.locator('[data-notice="registered"]').waitFor()
    const details = page.getByTestId('account-details')
    await details.getByText(creditCode).waitFor()
    const text = await details.innerText()
    for (const value of [name, creditCode, mobile, '王测试', '李联系', '浒山街道', '企业']) {
      assert.ok(text.includes(value), `my account shows ${value}:\n${text}`)
    }
    assert.match(await page.getByTestId('user-menu-button').innerText(), new RegExp(name))

    // My account from the header menu.
    await page.getByRole('link', { name: '首页', exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await openUserMenu(page)
    assert.equal(await page.getByTestId('menu-workbench').count(), 0, 'no workbench for an enterprise')
    await page.getByTestId('menu-account').click()
    await page.waitForURL(/\/account$/)
    await details.getByText(creditCode).waitFor()
    await page.screenshot({ path: screenshotPath('account-enterprise-zh'), fullPage: true })
    await assertNoAxeViolations(page, 'my account (enterprise)')

    await logOutThroughMenu(page)
    await page.goto('/account')
    await page.waitForURL(/\/login\?redirect=(%2F|\/)account/)
    await page.locator('[data-notice="loginRequired"]').waitFor()
    await page.context().close()
  })

  check('the demo enterprise logs in; a wrong password shows the server’s localised message', async () => {
    const page = await newPage()
    await page.goto('/account')
    await page.waitForURL(/\/login\?redirect=/)
    await page.getByLabel('统一社会信用代码或手机号').fill(DEMO_ENTERPRISE)
    await page.getByLabel('密码', { exact: true }).fill('not-the-password-1A')
    await page.getByTestId('login-submit').click()
    const error = page.getByTestId('login-error')
    await error.waitFor()
    assert.match(await error.innerText(), /用户名或密码错误/)
    assert.equal(await page.locator('#login-password').inputValue(), '', 'the wrong password is cleared')
    assert.ok(await page.locator('#login-password').evaluate((el) => el === document.activeElement))
    await page.screenshot({ path: screenshotPath('login-error-zh'), fullPage: true })
    await assertNoAxeViolations(page, 'the login page with an error')

    await page.locator('#login-password').fill(DEMO_PASSWORD)
    await page.getByTestId('login-submit').click()
    await page.waitForURL(/\/account$/)
    await page.getByTestId('account-details').getByText(DEMO_ENTERPRISE).waitFor()
    assert.match(await page.getByTestId('account-details').innerText(), /慈溪市示范化工贸易有限公司/)

    // The session survives a reload (this tab's refresh token), then ends with logout.
    await page.reload()
    await page.getByTestId('account-details').getByText(DEMO_ENTERPRISE).waitFor()
    assert.match(await page.getByTestId('user-menu-button').innerText(), /慈溪市示范化工贸易有限公司/)
    await logOutThroughMenu(page)
    await page.context().close()
  })

  check('staff enrol a second factor on my account, then log in with a one-time code', async () => {
    const username = await staffWithoutTotp()
    const page = await newPage()
    await page.goto('/login')
    await logInThroughForm(page, '工作人员', username, DEMO_PASSWORD)
    await page.waitForURL(/\/staff$/)
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor()

    await openUserMenu(page)
    await page.getByTestId('menu-account').click()
    await page.waitForURL(/\/account$/)
    const section = page.getByTestId('totp-section')
    await section.getByText('未启用', { exact: true }).waitFor()
    await page.getByTestId('totp-start').click()
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '')
    assert.match(secret, /^[A-Z2-7]{16,}$/)
    assert.match(await page.getByTestId('totp-uri').innerText(), /^otpauth:\/\/totp\//)
    const qr = page.getByTestId('totp-qr')
    await qr.waitFor()
    assert.match(await qr.getAttribute('alt'), /二维码/)
    assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR code is drawn')
    await page.screenshot({ path: screenshotPath('account-totp-zh'), fullPage: true })
    await assertNoAxeViolations(page, 'my account (staff, second-factor set-up)')

    const activationStep = currentStep()
    await page.getByLabel('6 位动态验证码').fill(totp(secret, activationStep))
    await page.getByTestId('totp-activate').click()
    await section.getByText('已启用', { exact: true }).waitFor()
    await page.getByText('二次验证已启用，下次登录时需要输入动态验证码。').waitFor()

    await logOutThroughMenu(page)
    await page.goto('/login?tab=staff')
    await page.locator('#login-username').fill(username)
    await page.locator('#login-password').fill(DEMO_PASSWORD)
    await page.getByTestId('login-submit').click()
    await page.getByRole('heading', { level: 2, name: '输入动态验证码' }).waitFor()
    assert.ok(await page.locator('#login-totp').evaluate((el) => el === document.activeElement))
    await assertNoAxeViolations(page, 'the one-time code step')
    // A code is accepted once: use the step after the activation's (the server accepts ±1 step).
    const loginStep = Math.max(activationStep + 1, currentStep())
    await page.locator('#login-totp').fill(totp(secret, loginStep))
    await page.getByTestId('totp-submit').click()
    await page.waitForURL(/\/staff$/)
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor()
    await page.getByText('待办事项将在这里显示').waitFor()
    await page.screenshot({ path: screenshotPath('workbench-zh'), fullPage: true })
    await assertNoAxeViolations(page, 'the workbench')
    await logOutThroughMenu(page)
    await page.context().close()
  })

  check('axe finds nothing on the login, register and account pages, in both languages and on a phone', async () => {
    const page = await newPage()
    for (const [path, shot] of [
      ['/login', 'login-zh'],
      ['/login?tab=staff', 'login-staff-zh'],
      ['/register', 'register-enterprise-zh'],
      ['/register?tab=citizen', 'register-citizen-zh'],
    ]) {
      await page.goto(path)
      await page.locator('h1').waitFor()
      await page.screenshot({ path: screenshotPath(shot), fullPage: true })
      await assertNoAxeViolations(page, path)
    }

    // Every error of an empty form at once, each on its field.
    await page.getByTestId('register-submit').click()
    await page.getByTestId('register-error').waitFor()
    assert.ok((await page.getByTestId('field-error').count()) >= 4)
    assert.ok(await page.locator('#register-idNumber').evaluate((el) => el === document.activeElement))
    await assertNoAxeViolations(page, 'the register page with errors')

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Register an account' }).waitFor()
    await page.screenshot({ path: screenshotPath('register-citizen-en'), fullPage: true })
    await assertNoAxeViolations(page, 'the register page in English')
    await page.goto('/login')
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor()
    await page.screenshot({ path: screenshotPath('login-en'), fullPage: true })
    await assertNoAxeViolations(page, 'the login page in English')

    await logInThroughForm(page, 'Citizen', '330282199001011231', DEMO_PASSWORD)
    await page.waitForURL(/\/account$/)
    await page.getByTestId('account-details').getByText('330282199001011231').waitFor()
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor()
    await page.screenshot({ path: screenshotPath('account-citizen-en'), fullPage: true })
    await assertNoAxeViolations(page, 'my account in English')
    await page.context().close()

    const phone = await newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    for (const path of ['/login', '/register']) {
      await phone.goto(path)
      await phone.locator('h1').waitFor()
      await assertNoHorizontalOverflow(phone, path)
    }
    await phone.screenshot({ path: screenshotPath('register-zh-375'), fullPage: true })
    await phone.goto('/login')
    await logInThroughForm(phone, '企业', DEMO_ENTERPRISE, DEMO_PASSWORD)
    await phone.waitForURL(/\/account$/)
    await phone.getByTestId('account-details').getByText(DEMO_ENTERPRISE).waitFor()
    await assertNoHorizontalOverflow(phone, '/account')
    await openUserMenu(phone)
    await assertNoHorizontalOverflow(phone, '/account with the menu open')
    await phone.screenshot({ path: screenshotPath('account-zh-375'), fullPage: true })
    await assertNoAxeViolations(phone, 'my account on a phone')
    await phone.context().close()
  })
})
