import { vi } from 'vitest'

export interface Call {
  url: URL
  method: string
  headers: Headers
  /** The JSON body sent, if any. */
  body?: unknown
}

export type Reply = { status?: number; body?: unknown; contentType?: string }
type Handler = (url: URL, call: Call) => Reply | Promise<Reply>

/** Calls the layout makes by itself on every page (AppFooter): left out of `calls` unless stubbed. */
const AMBIENT_PATHS = new Set(['/api/site'])

/**
 * Stubs the global fetch (the level the API client uses) with handlers keyed by exact path.
 * A plain value is answered as a 200 JSON body; an unmatched path answers 404 with a problem body.
 */
export function stubApi(handlers: Record<string, Handler | object>) {
  const calls: Call[] = []
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(String(input), init)
    const url = new URL(request.url)
    const text = request.body ? await request.clone().text() : ''
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = text
    }
    const call: Call = { url, method: request.method, headers: request.headers, body }
    const key = Object.keys(handlers).find((path) => path === url.pathname)
    // The footer reads the site's identity on every page: a spec that does not stub it does not see the call.
    if (key !== undefined || !AMBIENT_PATHS.has(url.pathname)) calls.push(call)
    if (key === undefined) {
      return json(404, { title: 'Not found', status: 404, detail: `No stub for ${url.pathname}` }, 'application/problem+json')
    }
    const handler = handlers[key]
    const reply: Reply = typeof handler === 'function' ? await (handler as Handler)(url, call) : { body: handler }
    return json(reply.status ?? 200, reply.body, reply.contentType)
  })
  vi.stubGlobal('fetch', fetchStub)
  return { calls, fetch: fetchStub }
}

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType },
  })
}

/** A handler answering with a fixed status, body and content type. */
export function reply(r: Reply): Handler {
  return () => r
}

/** A handler answering with an RFC 9457 problem (`slug` becomes the end of its `type`). */
export function problem(
  status: number,
  detail: string,
  title = 'Problem',
  options: { slug?: string; errors?: { field: string; message: string }[] } = {},
): Handler {
  return reply({ status, body: problemBody(status, detail, title, options), contentType: 'application/problem+json' })
}

export function problemBody(
  status: number,
  detail: string,
  title = 'Problem',
  options: { slug?: string; errors?: { field: string; message: string }[] } = {},
) {
  return {
    type: options.slug ? `https://onevisit.example.org/problems/${options.slug}` : 'about:blank',
    title,
    status,
    detail,
    ...(options.errors ? { errors: options.errors } : {}),
  }
}
