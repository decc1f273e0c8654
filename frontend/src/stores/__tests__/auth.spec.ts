import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { REFRESH_TOKEN_KEY, useAuthStore } from '@/stores/auth'
import { api, isApiError } from '@/api'
import { problem, problemBody, reply, stubApi, type Call } from '@/testing/http'
import { enterpriseAccount, enterpriseClaims, staffAccount, staffClaims, tokenPair } from '@/testing/auth'

beforeEach(() => {
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.useRealTimers()
})

const bearer = (call: Call | undefined) => call?.headers.get('Authorization')
const callsTo = (calls: Call[], path: string) => calls.filter((c) => c.url.pathname === path)

describe('auth store', () => {
  it('logs in: access token in memory, refresh token in sessionStorage, claims and account read', async () => {
    const pair = tokenPair(enterpriseClaims)
    const { calls } = stubApi({ '/api/auth/login': pair, '/api/me': enterpriseAccount })
    const auth = useAuthStore()
    await auth.login({ username: ' 91330282ma2cx1a7u1 ', password: 'OneVisit-2018!' })

    expect(callsTo(calls, '/api/auth/login')[0]!.body).toEqual({
      username: '91330282ma2cx1a7u1',
      password: 'OneVisit-2018!',
    })
    expect(bearer(callsTo(calls, '/api/auth/login')[0])).toBeNull()
    expect(auth.isLoggedIn).toBe(true)
    expect(auth.accessToken).toBe(pair.accessToken)
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe(pair.refreshToken)
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
    expect(JSON.stringify(auth.$state)).not.toContain(pair.refreshToken)
    expect(auth.roles).toEqual(['ENTERPRISE'])
    expect(auth.kind).toBe('ENTERPRISE')
    expect(auth.isStaff).toBe(false)
    expect(auth.displayName).toBe('慈溪市示范化工贸易有限公司')
    expect(bearer(callsTo(calls, '/api/me')[0])).toBe(`Bearer ${pair.accessToken}`)
  })

  it('keeps the refusal of a login as an ApiError with its slug', async () => {
    stubApi({
      '/api/auth/login': problem(401, '用户名或密码错误。', '登录失败', { slug: 'invalid-credentials' }),
    })
    const auth = useAuthStore()
    const error = await auth.login({ username: 'x', password: 'y' }).catch((e: unknown) => e)
    expect(isApiError(error) && error.slug).toBe('invalid-credentials')
    expect(auth.isLoggedIn).toBe(false)
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
  })

  it('rotates the refresh token: each refresh sends the newest one and keeps the next', async () => {
    const first = tokenPair(staffClaims)
    const renewed = [tokenPair(staffClaims), tokenPair(staffClaims)]
    let n = 0
    const { calls } = stubApi({
      '/api/auth/login': first,
      '/api/me': staffAccount,
      '/api/auth/refresh': () => ({ body: renewed[n++] }),
    })
    const auth = useAuthStore()
    await auth.login({ username: 'window', password: 'OneVisit-2018!' })

    expect(await auth.refresh()).toBe(renewed[0]!.accessToken)
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe(renewed[0]!.refreshToken)
    expect(await auth.refresh()).toBe(renewed[1]!.accessToken)
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe(renewed[1]!.refreshToken)

    const sent = callsTo(calls, '/api/auth/refresh').map((c) => c.body)
    expect(sent).toEqual([{ refreshToken: first.refreshToken }, { refreshToken: renewed[0]!.refreshToken }])
    expect(auth.accessToken).toBe(renewed[1]!.accessToken)
  })

  it('never runs two refreshes at once: concurrent callers share the one in flight', async () => {
    const first = tokenPair(staffClaims)
    const next = tokenPair(staffClaims)
    let release: () => void = () => {}
    const { calls } = stubApi({
      '/api/auth/login': first,
      '/api/me': staffAccount,
      '/api/auth/refresh': () => new Promise((resolve) => (release = () => resolve({ body: next }))),
    })
    const auth = useAuthStore()
    await auth.login({ username: 'window', password: 'OneVisit-2018!' })

    const a = auth.refresh()
    const b = auth.refresh()
    await vi.waitFor(() => expect(callsTo(calls, '/api/auth/refresh')).toHaveLength(1))
    release()
    expect(await a).toBe(next.accessToken)
    expect(await b).toBe(next.accessToken)
    expect(callsTo(calls, '/api/auth/refresh')).toHaveLength(1)
  })

  it('after a 401, refreshes once and repeats the call with the new token; parallel 401s share it', async () => {
    const first = tokenPair(staffClaims)
    const next = tokenPair(staffClaims)
    const unauthorised = { status: 401, body: problemBody(401, '请先登录。'), contentType: 'application/problem+json' }
    let refreshes = 0
    const { calls } = stubApi({
      '/api/auth/login': first,
      '/api/auth/refresh': () => {
        refreshes++
        return new Promise((resolve) => setTimeout(() => resolve({ body: next }), 10))
      },
      // The server refuses the first token (as after a restart with new keys), accepts the renewed one.
      '/api/me': (_url, call) => (bearer(call) === `Bearer ${next.accessToken}` ? { body: staffAccount } : unauthorised),
    })
    const auth = useAuthStore()
    await auth.login({ username: 'window', password: 'OneVisit-2018!' })
    expect(auth.displayName).toBe('窗口受理员')
    expect(calls.map((c) => `${c.url.pathname} ${bearer(c) ?? ''}`)).toEqual([
      '/api/auth/login ',
      `/api/me Bearer ${first.accessToken}`,
      '/api/auth/refresh ',
      `/api/me Bearer ${next.accessToken}`,
    ])

    // Two calls meeting a 401 at once renew through a single refresh.
    auth.accessToken = first.accessToken
    const [x, y] = await Promise.all([api.me(), api.me()])
    expect([x.name, y.name]).toEqual(['窗口受理员', '窗口受理员'])
    expect(refreshes).toBe(2)
    expect(auth.accessToken).toBe(next.accessToken)
  })

  it('ends the session when the refresh token is refused, and the call fails with its 401', async () => {
    const first = tokenPair(enterpriseClaims)
    stubApi({
      '/api/auth/login': first,
      '/api/me': (_url, call) =>
        call.url.searchParams.has('never')
          ? { body: enterpriseAccount }
          : { status: 401, body: problemBody(401, '请先登录。'), contentType: 'application/problem+json' },
      '/api/auth/refresh': problem(401, '登录凭证无效或已过期，请重新登录。', '登录已失效', { slug: 'invalid-token' }),
    })
    const auth = useAuthStore()
    await auth.login({ username: '91330282MA2CX1A7U1', password: 'OneVisit-2018!' })
    // loadAccount() inside login already met the 401, tried one refresh, and ended the session.
    expect(auth.isLoggedIn).toBe(false)
    expect(auth.sessionEnd).toBe('expired')
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
    const error = await api.me().catch((e: unknown) => e)
    expect(isApiError(error) && error.status).toBe(401)
  })

  it('keeps the session when a refresh gets no answer (network), and tries again later', async () => {
    const first = tokenPair(enterpriseClaims)
    const { fetch } = stubApi({ '/api/auth/login': first, '/api/me': enterpriseAccount })
    const auth = useAuthStore()
    await auth.login({ username: '91330282MA2CX1A7U1', password: 'OneVisit-2018!' })
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    expect(await auth.refresh()).toBeUndefined()
    expect(auth.isLoggedIn).toBe(true)
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe(first.refreshToken)
  })

  it('refreshes by itself a minute before the access token runs out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const first = tokenPair(enterpriseClaims)
    const next = tokenPair(enterpriseClaims)
    const { calls } = stubApi({ '/api/auth/login': first, '/api/me': enterpriseAccount, '/api/auth/refresh': next })
    const auth = useAuthStore()
    await auth.login({ username: '91330282MA2CX1A7U1', password: 'OneVisit-2018!' })
    await vi.advanceTimersByTimeAsync(839_000)
    expect(callsTo(calls, '/api/auth/refresh')).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(callsTo(calls, '/api/auth/refresh')).toHaveLength(1)
    expect(auth.accessToken).toBe(next.accessToken)
  })

  it('logs out: tells the server (bearer and refresh token) and forgets everything here', async () => {
    const pair = tokenPair(enterpriseClaims)
    const { calls } = stubApi({
      '/api/auth/login': pair,
      '/api/me': enterpriseAccount,
      '/api/auth/logout': reply({ status: 204 }),
    })
    const auth = useAuthStore()
    await auth.login({ username: '91330282MA2CX1A7U1', password: 'OneVisit-2018!' })
    await auth.logout()
    const logout = callsTo(calls, '/api/auth/logout')[0]
    expect(logout?.body).toEqual({ refreshToken: pair.refreshToken })
    expect(bearer(logout)).toBe(`Bearer ${pair.accessToken}`)
    expect(auth.isLoggedIn).toBe(false)
    expect(auth.account).toBeUndefined()
    expect(auth.sessionEnd).toBeUndefined()
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
  })

  it('forgets the session even when the server cannot be told', async () => {
    const { fetch } = stubApi({ '/api/auth/login': tokenPair(enterpriseClaims), '/api/me': enterpriseAccount })
    const auth = useAuthStore()
    await auth.login({ username: '91330282MA2CX1A7U1', password: 'OneVisit-2018!' })
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await auth.logout()
    expect(auth.isLoggedIn).toBe(false)
  })

  it('restores the session of this tab after a reload by refreshing, once', async () => {
    sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-from-before')
    const pair = tokenPair(staffClaims)
    const { calls } = stubApi({ '/api/auth/refresh': pair, '/api/me': staffAccount })
    const auth = useAuthStore()
    await Promise.all([auth.init(), auth.init()])
    expect(callsTo(calls, '/api/auth/refresh').map((c) => c.body)).toEqual([{ refreshToken: 'refresh-from-before' }])
    expect(auth.isLoggedIn).toBe(true)
    expect(auth.isStaff).toBe(true)
    expect(auth.displayName).toBe('窗口受理员')
    expect(auth.ready).toBe(true)
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe(pair.refreshToken)
  })

  it('starts logged out when the saved refresh token is refused', async () => {
    sessionStorage.setItem(REFRESH_TOKEN_KEY, 'spent')
    stubApi({ '/api/auth/refresh': problem(401, '登录已失效', 'x', { slug: 'invalid-token' }) })
    const auth = useAuthStore()
    await auth.init()
    expect(auth.isLoggedIn).toBe(false)
    expect(auth.sessionEnd).toBeUndefined()
    expect(sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
  })

  it('registers, then logs in with the new account’s login name', async () => {
    const { calls } = stubApi({
      '/api/auth/register': reply({ status: 201, body: enterpriseAccount }),
      '/api/auth/login': tokenPair(enterpriseClaims),
      '/api/me': enterpriseAccount,
    })
    const auth = useAuthStore()
    const result = await auth.register({
      kind: 'ENTERPRISE',
      creditCode: '91330282MA2CX1A7U1',
      name: '慈溪市示范化工贸易有限公司',
      legalRepresentative: '王建国',
      contactName: '李敏',
      mobile: '13805740001',
      password: 'Secret-Pass-1',
    })
    expect(result.loggedIn).toBe(true)
    expect(callsTo(calls, '/api/auth/login')[0]!.body).toEqual({
      username: '91330282MA2CX1A7U1',
      password: 'Secret-Pass-1',
    })
  })

  it('ends the session here after a password change (the server has ended them all)', async () => {
    stubApi({
      '/api/auth/login': tokenPair(enterpriseClaims),
      '/api/me': enterpriseAccount,
      '/api/me/password': reply({ status: 204 }),
    })
    const auth = useAuthStore()
    await auth.login({ username: '91330282MA2CX1A7U1', password: 'OneVisit-2018!' })
    await auth.changePassword('OneVisit-2018!', 'Another-Pass-2')
    expect(auth.isLoggedIn).toBe(false)
  })

  it('flags an administrator who must enrol a second factor', async () => {
    stubApi({
      '/api/auth/login': tokenPair(
        { upn: 'ADMIN', groups: [], kind: 'STAFF' },
        { mfaEnrolmentRequired: true },
      ),
      '/api/me': { ...staffAccount, username: 'ADMIN', roles: ['ADMIN'] },
    })
    const auth = useAuthStore()
    await auth.login({ username: 'admin', password: 'OneVisit-2018!' })
    expect(auth.mfaEnrolmentRequired).toBe(true)
    expect(auth.roles).toEqual([])
    expect(auth.isStaff).toBe(true)
  })
})
