import type { LocationQuery } from 'vue-router'

/**
 * Reading list state out of the URL query. Each reader is forgiving: a value that is missing, repeated or
 * not what the API would accept is read as "not set" (or the fallback), never as an error.
 */

/** The first value of a query parameter (`?a=1&a=2` → `'1'`); `undefined` when it is absent or bare (`?a`). */
export function queryValue(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v === null || v === undefined ? undefined : v
}

/** A whole number from 1 to `max` written in digits only; anything else is `fallback`. */
export function positiveInt(value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!value || !/^\d+$/.test(value)) return fallback
  const n = Number(value)
  return n >= 1 && n <= max ? n : fallback
}

/** The value if it is one of `allowed`, else `undefined`. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value)
}

/** The page in `?page=`, counted from 1 (what people see and share); 1 when absent or not a page number. */
export function queryPage(query: LocationQuery): number {
  return positiveInt(queryValue(query.page), 1)
}
