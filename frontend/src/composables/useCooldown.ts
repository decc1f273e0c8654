import { computed, onUnmounted, ref } from 'vue'

/** After a 429: `waiting` stays true until Retry-After has passed (checked every second). */
export function useCooldown() {
  const waitUntil = ref(0)
  const now = ref(Date.now())
  let ticker: ReturnType<typeof setInterval> | undefined
  onUnmounted(() => clearInterval(ticker))
  const waiting = computed(() => waitUntil.value > now.value)

  function waitFor(seconds: number | undefined): void {
    if (!seconds) return
    waitUntil.value = Date.now() + seconds * 1000
    now.value = Date.now()
    clearInterval(ticker)
    ticker = setInterval(() => {
      now.value = Date.now()
      if (!waiting.value) clearInterval(ticker)
    }, 1000)
  }

  return { waiting, waitFor }
}
