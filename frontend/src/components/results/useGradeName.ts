import { useI18n } from 'vue-i18n'

/** The name of a rating grade (5 非常满意 … 1 非常不满意) in the interface's language, else the server's label. */
export function useGradeName() {
  const { t, te } = useI18n()
  return function gradeName(grade: number | string | undefined | null, fallback?: string): string {
    if (grade === undefined || grade === null) return fallback ?? ''
    const key = `results.grades.${grade}`
    return te(key) ? t(key) : (fallback ?? String(grade))
  }
}
