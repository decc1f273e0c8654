import { ref, watch } from 'vue'
import { defineStore } from 'pinia'

export const LARGE_TEXT_STORAGE_KEY = 'onevisit.largeText'
/** On <html>: scales the base font size and raises the contrast (styles/large-text.css). */
export const LARGE_TEXT_CLASS = 'ov-large-text'

function remembered(): boolean {
  try {
    return globalThis.localStorage?.getItem(LARGE_TEXT_STORAGE_KEY) === 'true'
  } catch {
    return false
  }
}

/** The accessibility (适老化) display: large text and higher contrast, remembered in localStorage. */
export const useDisplayStore = defineStore('display', () => {
  const largeText = ref(remembered())

  watch(
    largeText,
    (on) => {
      if (typeof document !== 'undefined') document.documentElement.classList.toggle(LARGE_TEXT_CLASS, on)
      try {
        if (on) globalThis.localStorage?.setItem(LARGE_TEXT_STORAGE_KEY, 'true')
        else globalThis.localStorage?.removeItem(LARGE_TEXT_STORAGE_KEY)
      } catch {
        // storage blocked: the choice lasts for this page only
      }
    },
    { immediate: true },
  )

  function toggleLargeText(): void {
    largeText.value = !largeText.value
  }

  return { largeText, toggleLargeText }
})
