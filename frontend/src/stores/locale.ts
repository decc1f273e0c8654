import { ref } from 'vue'
import { defineStore } from 'pinia'
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, LOCALES, initialLocale, isLocale, type Locale } from '@/locales'

/** The interface language: remembered in localStorage, mirrored on <html lang> and sent as Accept-Language. */
export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<Locale>(initialLocale())

  function setLocale(next: string): void {
    const value: Locale = isLocale(next) ? next : DEFAULT_LOCALE
    locale.value = value
    try {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, value)
    } catch {
      // storage blocked (private mode): the choice lasts for this page only
    }
  }

  return { locale, locales: LOCALES, setLocale }
})
