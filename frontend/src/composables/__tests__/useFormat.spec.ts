import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from '@/composables/useFormat'

describe('the one date and time format per language', () => {
  it('writes an instant in China Standard Time: zh 2026年12月6日 10:18, en 6 Dec 2026, 10:18', () => {
    expect(formatDateTime('2026-12-06T02:18:00Z', 'zh-CN')).toBe('2026年12月6日 10:18')
    expect(formatDateTime('2026-12-06T02:18:00Z', 'en')).toBe('6 Dec 2026, 10:18')
    expect(formatDateTime('2026-12-06T10:18:59.999+08:00', 'zh-CN')).toBe('2026年12月6日 10:18')
  })

  it('writes a date: zh 2026年12月6日, en 6 Dec 2026', () => {
    expect(formatDate('2026-12-06', 'zh-CN')).toBe('2026年12月6日')
    expect(formatDate('2026-12-06', 'en')).toBe('6 Dec 2026')
    // the date part of an instant is China's: 20:30 UTC on the 5th is already the 6th in Cixi
    expect(formatDate('2026-12-05T20:30:00Z', 'en')).toBe('6 Dec 2026')
    // a plain date never shifts with a time zone
    expect(formatDateTime('2026-01-31', 'zh-CN')).toBe('2026年1月31日')
  })

  it('has every English month the same short way', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDate(`2026-${String(i + 1).padStart(2, '0')}-01`, 'en'))
    expect(months.map((m) => m.split(' ')[1])).toEqual([
      'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
    ])
  })

  it('leaves nothing as nothing and shows an unreadable value as it came', () => {
    expect(formatDateTime(undefined, 'zh-CN')).toBe('')
    expect(formatDate(null, 'en')).toBe('')
    expect(formatDateTime('soon', 'en')).toBe('soon')
  })
})

/** Every source file, to check that dates are formatted in one place only. */
const sources = import.meta.glob(['/src/**/*.ts', '/src/**/*.vue', '!/src/**/__tests__/**', '!/src/api/schema.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

/** Computes "today" in China as yyyy-mm-dd for the statistics API (a value sent, not shown). */
const ALLOWED = new Set(['/src/composables/useFormat.ts', '/src/components/results/period.ts'])

describe('no other date formatter in src/', () => {
  it('finds the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50)
  })

  it('has no toLocale…String, Intl.DateTimeFormat or date strings put together by hand outside useFormat', () => {
    const offenders = Object.entries(sources)
      .filter(([path]) => !ALLOWED.has(path))
      .filter(([, text]) =>
        /toLocale(Date|Time)?String|Intl\.DateTimeFormat|getFullYear\(\)\s*\}?\s*年|\$\{[^}]*\}年\$\{/.test(text),
      )
      .map(([path]) => path)
    expect(offenders).toEqual([])
  })
})
