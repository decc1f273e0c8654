import type { Problem } from './types'

/**
 * A failed API call. `status` is the HTTP status, or 0 when no answer came (network down, aborted).
 * `problem` holds the RFC 9457 body when the server sent one; its `title` and `detail` are already
 * in the language asked for with Accept-Language.
 */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | undefined

  constructor(status: number, problem?: Problem, options?: { cause?: unknown }) {
    super(problem?.detail ?? problem?.title ?? (status ? `HTTP ${status}` : 'Network error'), options)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }

  get detail(): string | undefined {
    return this.problem?.detail ?? this.problem?.title
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
