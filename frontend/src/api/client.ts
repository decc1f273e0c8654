import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { ApiError, toProblem } from './errors'
import type { CatalogueStats, Guide, ItemFilters, ItemPage } from './types'

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

function origin(): string {
  // The API is served on the same origin as the app. Node's Request (unit tests) needs absolute URLs.
  return typeof window !== 'undefined' && window.location?.origin && window.location.origin !== 'null'
    ? window.location.origin
    : 'http://localhost'
}

export const http = createClient<paths>({
  baseUrl: origin(),
  // Looked up on every call, so tests can stub the global fetch.
  fetch: (request: Request) => globalThis.fetch(request),
  headers: { Accept: 'application/json, application/problem+json' },
})
http.use(acceptLanguage)

async function call<T>(
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
    throw new ApiError(response.status, toProblem(error))
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
}

export type Api = typeof api
