import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'

/**
 * The tab of a page kept in the URL (`?tab=citizen`), so a link can open it directly; the first tab is the
 * default and leaves the query empty. `labelPrefix` is the i18n key of the tab labels (`${labelPrefix}.${tab}`).
 */
export function useUrlTab<T extends string>(values: readonly [T, ...T[]], labelPrefix: string) {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const [first] = values
  const tab = computed<T>({
    get: () => values.find((x) => x === route.query.tab) ?? first,
    set: (value) => void router.replace({ query: { ...route.query, tab: value === first ? undefined : value } }),
  })
  const tabs = computed(() => values.map((value) => ({ value, label: t(`${labelPrefix}.${value}`) })))
  return { tab, tabs }
}
