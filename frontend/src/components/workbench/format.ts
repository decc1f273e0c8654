/**
 * Formatting for the workbench. Times are shown in China Standard Time (the bureau's), as
 * `YYYY-MM-DD HH:mm` in both languages, so officers and notices agree whatever the computer's zone.
 */
const BUREAU_TIME_ZONE = 'Asia/Shanghai'

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUREAU_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

export function formatDateTime(value: string | undefined | null): string {
  if (!value) return '—'
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(date).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}

/** A calendar date (LocalDate) as it comes, or a dash. */
export function formatDate(value: string | undefined | null): string {
  return value || '—'
}

export function formatSize(bytes: number | undefined | null): string {
  if (bytes === undefined || bytes === null) return '—'
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** A form value as text (booleans are answered by the caller, who knows the language). */
export function formatValue(value: unknown, yes: string, no: string): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'boolean') return value ? yes : no
  if (Array.isArray(value)) return value.map((v) => formatValue(v, yes, no)).join('、')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/**
 * FormField's control attributes for a native control (its typing is Element Plus's, where aria-invalid is
 * a string; the DOM takes the same values).
 */
export function nativeAttrs(attrs: Record<string, unknown>): Record<string, unknown> {
  return attrs
}
