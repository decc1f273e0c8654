import { useI18n } from 'vue-i18n'

/** Number and time-limit formatting in the current language. */
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
    return t('days.workingDays', { n: value })
  }

  function yesNo(value: boolean | undefined | null): string {
    return value ? t('guide.yes') : t('guide.no')
  }

  function orNone(value: string | number | undefined | null): string {
    return value === undefined || value === null || value === '' ? t('guide.none') : String(value)
  }

  return { percent, days, yesNo, orNone }
}
