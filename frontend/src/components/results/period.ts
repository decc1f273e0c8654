import type { Period } from '@/api/results'

/** The bureau's time zone: "today" and "this year" are China's whatever the browser's zone. */
const TIME_ZONE = 'Asia/Shanghai'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Today in the bureau's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}`
}

/** 1 January of this year to today: the API's default period, and the dashboard's. */
export function thisYear(today: string = todayIso()): Period {
  return { from: `${today.slice(0, 4)}-01-01`, to: today }
}

export function lastYear(today: string = todayIso()): Period {
  const year = Number(today.slice(0, 4)) - 1
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** The twelve months up to today: from the first day of the month eleven months back. */
export function last12Months(today: string = todayIso()): Period {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const start = new Date(Date.UTC(year, month - 1 - 11, 1))
  return { from: start.toISOString().slice(0, 10), to: today }
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

export function isValidPeriod(p: { from?: string; to?: string }): p is Period {
  return isIsoDate(p.from) && isIsoDate(p.to) && p.from <= p.to
}

/** The period of the URL query (?from=&to=), or this year when it is missing or malformed. */
export function periodFromQuery(query: Record<string, unknown>, today: string = todayIso()): Period {
  const pick = (v: unknown) => (Array.isArray(v) ? v[0] : v) as string | undefined
  const p = { from: pick(query.from), to: pick(query.to) }
  return isValidPeriod(p) ? p : thisYear(today)
}
