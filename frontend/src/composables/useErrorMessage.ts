import { useI18n } from 'vue-i18n'
import { isApiError } from '@/api'

/** What to tell the user about a failed call: the server's localised detail when there is one. */
export function useErrorMessage() {
  const { t } = useI18n()
  return function message(error: unknown): string {
    if (isApiError(error)) {
      if (error.isNetwork) return t('error.network')
      return error.detail ?? t('error.generic')
    }
    return t('error.generic')
  }
}
