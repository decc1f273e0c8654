import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { ApiError, retryAfterSeconds, toProblem } from './errors'
import type {
  AccountView,
  CatalogueStats,
  Guide,
  ItemFilters,
  ItemPage,
  LoginRequest,
  PasswordChange,
  RegisterRequest,
  TokenResponse,
  TotpEnrolment,
} from './types'

/** Where the UI language comes from; set once by the app (the HTTP layer knows nothing of the UI). */
let languageSource: () => string = () => 'zh-CN'

export function setLanguageSource(source: () => string): void {
  languageSource = source
}

const acceptLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', languageSource())
    return request
  },
}

/**
 * How the HTTP layer gets an access token, set by the auth store (the HTTP layer knows nothing of the session).
 * `accessToken` answers the token to send (refreshing first when it is about to run out) or undefined when
 * logged out; `renew` is called once after a 401 to a call that carried `stale`: it answers a new token, or
 * undefined when the session cannot be renewed (the store has then ended it).
 */
export interface AuthHooks {
  accessToken(): Promise<string | undefined>
  renew(stale: string): Promise<string | undefined>
}

let authHooks: AuthHooks | undefined

export function setAuthHooks(hooks: AuthHooks | undefined): void {
  authHooks = hooks
}

/** The access token to send now (renewed first when about to run out), for calls made outside openapi-fetch. */
export async function currentAccessToken(): Promise<string | undefined> {
  return authHooks?.accessToken()
}

/** The language the API should answer in (Accept-Language). */
export function currentLanguage(): string {
  return languageSource()
}

/** Calls that open or renew a session carry no bearer token and are never retried. */
const SESSION_PATHS = new Set(['/api/auth/login', '/api/auth/register', '/api/auth/refresh'])

function withBearer(request: Request, token: string): Request {
  request.headers.set('Authorization', `Bearer ${token}`)
  return request
}

/** Adds the bearer token when logged in and, on a 401, renews the session and tries once more. */
async function send(request: Request): Promise<Response> {
  // Looked up on every call, so tests can stub the global fetch.
  const hooks = authHooks
  if (!hooks || SESSION_PATHS.has(new URL(request.url).pathname) || request.headers.has('Authorization')) {
    return globalThis.fetch(request)
  }
  const token = await hooks.accessToken()
  if (!token) return globalThis.fetch(request)
  const spare = request.clone()
  const response = await globalThis.fetch(withBearer(request, token))
  if (response.status !== 401) return response
  const renewed = await hooks.renew(token)
  if (!renewed) return response
  return globalThis.fetch(withBearer(spare, renewed))
}

function origin(): string {
  // The API is served on the same origin as the app. Node's Request (unit tests) needs absolute URLs.
  return typeof window !== 'undefined' && window.location?.origin && window.location.origin !== 'null'
    ? window.location.origin
    : 'http://localhost'
}

export const http = createClient<paths>({
  baseUrl: origin(),
  fetch: send,
  headers: { Accept: 'application/json, application/problem+json' },
})
http.use(acceptLanguage)

export async function call<T>(
  run: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response }
  try {
    result = await run()
  } catch (cause) {
    throw new ApiError(0, undefined, { cause })
  }
  const { data, error, response } = result
  if (!response.ok || error !== undefined) {
    throw new ApiError(response.status, toProblem(error), {
      retryAfter: retryAfterSeconds(response.headers.get('Retry-After')),
    })
  }
  return data as T
}

/** The typed calls the views use. */
export const api = {
  listItems(filters: ItemFilters = {}): Promise<ItemPage> {
    // Unset values are left out of the URL by openapi-fetch; "any" is the API's default for every filter.
    const query = {
      q: filters.q || undefined,
      type: filters.type,
      zeroVisit: filters.zeroVisit,
      cityWide: filters.cityWide,
      online: filters.online,
      serviceObject: filters.serviceObject,
      page: filters.page,
      size: filters.size,
    }
    return call(() => http.GET('/api/items', { params: { query } }))
  },

  getGuide(code: string): Promise<Guide> {
    return call(() => http.GET('/api/items/{code}', { params: { path: { code } } }))
  },

  catalogueStats(): Promise<CatalogueStats> {
    return call(() => http.GET('/api/stats/catalogue'))
  },

  /** The printable guide page (HTML), opened in a new tab rather than fetched. */
  printableGuideUrl(code: string): string {
    return `/api/items/${encodeURIComponent(code)}/guide`
  },

  // ---- accounts and sessions ----------------------------------------------------------------

  /** Sign-up of an enterprise or a citizen: 201 with the new account. */
  async register(body: RegisterRequest): Promise<AccountView> {
    // The OpenAPI document does not describe the 201 body; it is the account view.
    return (await call(() => http.POST('/api/auth/register', { body }))) as AccountView
  },

  login(body: LoginRequest): Promise<TokenResponse> {
    return call(() => http.POST('/api/auth/login', { body }))
  },

  refresh(refreshToken: string): Promise<TokenResponse> {
    return call(() => http.POST('/api/auth/refresh', { body: { refreshToken } }))
  },

  async logout(refreshToken: string | undefined): Promise<void> {
    await call(() => http.POST('/api/auth/logout', { body: { refreshToken } }))
  },

  me(): Promise<AccountView> {
    return call(() => http.GET('/api/me'))
  },

  /** 204; the server ends every session of the account. */
  async changePassword(body: PasswordChange): Promise<void> {
    await call(() => http.POST('/api/me/password', { body }))
  },

  startTotpEnrolment(): Promise<TotpEnrolment> {
    return call(() => http.POST('/api/me/totp'))
  },

  async activateTotp(code: string): Promise<void> {
    await call(() => http.POST('/api/me/totp/activation', { body: { code } }))
  },
}

export type Api = typeof api
