import { computed, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { isApiError } from '@/api'
import type { Period } from '@/api/results'
import { useErrorMessage } from '@/composables/useErrorMessage'
import { periodFromQuery, todayIso } from './period'

/**
 * The figures of a period kept in the URL (`?from=&to=`), as the public and the staff dashboards show them:
 * loaded again whenever the period changes while the page is open, and only the latest answer kept.
 */
export function usePeriodFigures<T extends { from?: string; to?: string }>(
  routeName: string,
  fetch: (period: Period) => Promise<T>,
): {
  today: string
  period: Ref<Period>
  choose: (p: Period) => void
  stats: ShallowRef<T | undefined>
  loading: Ref<boolean>
  error: ShallowRef<unknown>
  errorText: Ref<string>
  shownPeriod: Ref<Period>
  /** Loads the period's figures again (after a failure). */
  load: () => Promise<void>
} {
  const route = useRoute()
  const router = useRouter()
  const { t } = useI18n()
  const errorMessage = useErrorMessage()

  const today = todayIso()
  const period = computed<Period>(() => periodFromQuery(route.query, today))

  function choose(p: Period): void {
    void router.push({ name: routeName, query: { from: p.from, to: p.to } })
  }

  const stats = shallowRef<T>()
  const loading = ref(false)
  const error = shallowRef<unknown>()
  let serial = 0

  async function load(): Promise<void> {
    const mine = ++serial
    loading.value = true
    error.value = undefined
    try {
      const answer = await fetch(period.value)
      if (mine === serial) stats.value = answer
    } catch (e) {
      if (mine === serial) error.value = e
    } finally {
      if (mine === serial) loading.value = false
    }
  }

  watch(
    () => (route.name === routeName ? `${period.value.from}/${period.value.to}` : undefined),
    (key) => {
      if (key !== undefined) void load()
    },
    { immediate: true },
  )

  /** A refused period names its fields (in the user's language); anything else says what went wrong. */
  const errorText = computed(() => {
    const e = error.value
    if (!e) return ''
    const fields = isApiError(e) ? e.fieldErrors.map((f) => f.message).filter(Boolean) : []
    return fields.length ? fields.join(t('form.joiner')) : errorMessage(e)
  })

  const shownPeriod = computed(() => ({ from: stats.value?.from ?? period.value.from, to: stats.value?.to ?? period.value.to }))

  return { today, period, choose, stats, loading, error, errorText, shownPeriod, load }
}
