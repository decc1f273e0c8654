import { watch, type WatchStopHandle } from 'vue'
import type { Pinia } from 'pinia'
import { setLanguageSource } from '@/api'
import { useLocaleStore } from '@/stores/locale'
import type { AppI18n } from '.'

/** Makes the locale store drive vue-i18n, <html lang> and the API's Accept-Language header. */
export function bindLocale(i18n: AppI18n, pinia: Pinia): WatchStopHandle {
  const store = useLocaleStore(pinia)
  setLanguageSource(() => store.locale)
  return watch(
    () => store.locale,
    (locale) => {
      i18n.global.locale.value = locale
      if (typeof document !== 'undefined') document.documentElement.lang = locale
    },
    { immediate: true },
  )
}
