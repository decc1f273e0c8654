import type { FieldError, Problem } from './types'

/**
 * A failed API call. `status` is the HTTP status, or 0 when no answer came (network down, aborted).
 * `problem` holds the RFC 9457 body when the server sent one; its `title` and `detail` are already
 * in the language asked for with Accept-Language.
 */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | undefined
  /** Seconds to wait before trying again (the Retry-After header of a 429 or 503), when given. */
  readonly retryAfter: number | undefined

  constructor(status: number, problem?: Problem, options?: { cause?: unknown; retryAfter?: number }) {
    super(problem?.detail ?? problem?.title ?? (status ? `HTTP ${status}` : 'Network error'), options)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.retryAfter = options?.retryAfter
  }

  get detail(): string | undefined {
    return this.problem?.detail ?? this.problem?.title
  }

  /** The last segment of the problem `type`, e.g. `invalid-credentials`, `mfa-required`. */
  get slug(): string | undefined {
    const type = this.problem?.type
    if (!type || type === 'about:blank') return undefined
    return type.replace(/\/+$/, '').split('/').pop() || undefined
  }

  /** The field errors of a 400 (or the fields a 409 names). */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? []
  }

  get isNotFound(): boolean {
    return this.status === 404
  }

  get isNetwork(): boolean {
    return this.status === 0
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

/** Reads a problem body from what openapi-fetch handed back (parsed JSON, text, or nothing). */
export function toProblem(body: unknown): Problem | undefined {
  if (body && typeof body === 'object' && ('title' in body || 'detail' in body || 'status' in body)) {
    return body as Problem
  }
  return undefined
}

/** The Retry-After header in seconds (delay-seconds or an HTTP date), if present and sensible. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}
