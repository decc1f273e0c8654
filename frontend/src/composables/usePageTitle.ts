import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'

/** Sets document.title to "<page> · <site>", following the page's title and the language. */
export function usePageTitle(title: MaybeRefOrGetter<string | undefined>): void {
  const { t } = useI18n()
  watchEffect(() => {
    const page = toValue(title)
    const site = t('app.title')
    document.title = page ? `${page} · ${site}` : site
  })
}
