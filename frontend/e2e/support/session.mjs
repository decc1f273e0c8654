// Logging in and out through the SPA's own forms, as the browser tests' people do.
import assert from 'node:assert/strict'

export const DEMO_PASSWORD = 'OneVisit-2018!'
const LOGIN_TIMEOUT = 20_000

/**
 * Logs in on the login page's tab (企业, 个人, 工作人员) and waits for the server's answer.
 * @returns {Promise<object>} the login answer (accessToken, …)
 */
export async function logIn(page, tab, username) {
  await page.goto(tab === '工作人员' ? '/login?tab=staff' : '/login')
  await page.getByRole('heading', { level: 1, name: '登录' }).waitFor()
  await page.getByRole('tab', { name: tab }).click()
  await page.locator('#login-username').fill(username)
  await page.locator('#login-password').fill(DEMO_PASSWORD)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/auth/login', {
      timeout: LOGIN_TIMEOUT,
    }),
    page.getByTestId('login-submit').click(),
  ])
  assert.equal(response.status(), 200, `logging in as ${username} answered ${response.status()}`)
  return response.json()
}

/** Logs a staff member in and waits for the workbench. */
export async function logInAsStaff(page, username) {
  await logIn(page, '工作人员', username)
  await page.waitForURL(/\/staff$/)
  await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor()
}

/** Logs out through the user menu and waits for the home page. */
export async function logOut(page) {
  await page.getByTestId('user-menu-button').click()
  await page.getByTestId('user-menu').waitFor()
  await page.getByTestId('menu-logout').click()
  await page.waitForURL((url) => url.pathname === '/')
}
