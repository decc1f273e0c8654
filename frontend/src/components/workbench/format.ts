/** Formatting for the workbench (dates and times: composables/useFormat, the same as everywhere). */

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
