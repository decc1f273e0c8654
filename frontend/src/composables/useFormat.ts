import { useI18n } from 'vue-i18n'

/**
 * The one way dates and times are written, per language (no other formatter in src/):
 * zh `2026年12月6日 10:18` (date `2026年12月6日`), en `6 Dec 2026, 10:18` (date `6 Dec 2026`).
 * Times are the bureau's (China Standard Time) whatever the browser's zone, so applicants, officers
 * and printed notices agree. China has kept UTC+8 all year since 1991: a fixed offset is exact.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/** Written out rather than taken from Intl, whose English short months vary by version ("Sep"/"Sept"). */
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

interface Parts {
  year: number
  month: number
  day: number
  hour?: number
  minute?: number
}

/** A calendar date (yyyy-mm-dd, taken as it is) or an instant (read in China Standard Time). */
function parts(value: string, withTime: boolean): Parts | undefined {
  const plain = PLAIN_DATE.exec(value)
  if (plain) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]) }
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) return undefined
  const china = new Date(ms + CHINA_OFFSET_MS)
  const date = { year: china.getUTCFullYear(), month: china.getUTCMonth() + 1, day: china.getUTCDate() }
  return withTime ? { ...date, hour: china.getUTCHours(), minute: china.getUTCMinutes() } : date
}

const pad = (n: number): string => String(n).padStart(2, '0')

function write(p: Parts, locale: string): string {
  const time = p.hour === undefined ? '' : `${pad(p.hour)}:${pad(p.minute ?? 0)}`
  if (locale.startsWith('zh')) return `${p.year}年${p.month}月${p.day}日${time ? ` ${time}` : ''}`
  return `${p.day} ${MONTHS_EN[p.month - 1]} ${p.year}${time ? `, ${time}` : ''}`
}

/** A date in the given language; an empty value gives '', an unreadable one is shown as it came. */
export function formatDate(value: string | undefined | null, locale: string): string {
  if (!value) return ''
  const p = parts(value, false)
  return p ? write(p, locale) : value
}

/** A date and time (a plain date stays a date) in the given language. */
export function formatDateTime(value: string | undefined | null, locale: string): string {
  if (!value) return ''
  const p = parts(value, true)
  return p ? write(p, locale) : value
}

/** Number, date and time-limit formatting in the current language. */
export function useFormat() {
  const { t, locale } = useI18n()

  function percent(rate: number | undefined | null): string {
    if (rate === undefined || rate === null || Number.isNaN(rate)) return '—'
    return new Intl.NumberFormat(locale.value, { style: 'percent', maximumFractionDigits: 1 }).format(rate)
  }

  /** Working days; 0 means the item is settled on the spot (即办). */
  function days(value: number | undefined | null): string {
    if (value === undefined || value === null) return t('days.none')
    if (value === 0) return t('days.immediate')
    return t('days.workingDays', { n: value }, value)
  }

  function yesNo(value: boolean | undefined | null): string {
    return value ? t('guide.yes') : t('guide.no')
  }

  function orNone(value: string | number | undefined | null): string {
    return value === undefined || value === null || value === '' ? t('guide.none') : String(value)
  }

  /** `empty` stands in for a missing value (a dash in tables). */
  const date = (value: string | undefined | null, empty = ''): string => formatDate(value, locale.value) || empty
  const dateTime = (value: string | undefined | null, empty = ''): string =>
    formatDateTime(value, locale.value) || empty

  return { percent, days, yesNo, orNone, date, dateTime }
}
