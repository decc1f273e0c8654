import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useLocaleStore } from '@/stores/locale'
import { useItemsStore } from '@/stores/items'
import { useGuidesStore } from '@/stores/guides'
import { useStatsStore } from '@/stores/stats'
import { createAppI18n } from '@/locales'
import { bindLocale } from '@/locales/bind'
import { api, isApiError } from '@/api'
import { problem, stubApi } from '@/testing/http'
import { guide, page, stats, summaries } from '@/testing/fixtures'

beforeEach(() => {
  setActivePinia(createPinia())
})

describe('locale store', () => {
  it('starts in Chinese and remembers a switch in localStorage', () => {
    const store = useLocaleStore()
    expect(store.locale).toBe('zh-CN')
    store.setLocale('en')
    expect(store.locale).toBe('en')
    expect(localStorage.getItem('onevisit.locale')).toBe('en')
  })

  it('starts in the remembered language and falls back to Chinese for unknown ones', () => {
    localStorage.setItem('onevisit.locale', 'en')
    const store = useLocaleStore()
    expect(store.locale).toBe('en')
    store.setLocale('fr')
    expect(store.locale).toBe('zh-CN')
  })

  it('drives vue-i18n, <html lang> and Accept-Language once bound', async () => {
    const pinia = createPinia()
    const i18n = createAppI18n()
    const stop = bindLocale(i18n, pinia)
    const store = useLocaleStore(pinia)
    const { calls } = stubApi({ '/api/stats/catalogue': stats })
    store.setLocale('en')
    await Promise.resolve()
    expect(i18n.global.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(i18n.global.t('app.guides')).toBe('Service guides')
    await api.catalogueStats()
    expect(calls[0]!.headers.get('Accept-Language')).toBe('en')
    stop()
  })
})

describe('items store', () => {
  it('keeps the newest answer when an older, slower one arrives later', async () => {
    let releaseSlow: () => void = () => {}
    stubApi({
      '/api/items': (url) => {
        if (url.searchParams.get('q') === 'slow') {
          return new Promise((resolve) => {
            releaseSlow = () => resolve({ body: page(summaries.slice(0, 1)) })
          })
        }
        return { body: page(summaries.slice(2)) }
      },
    })
    const store = useItemsStore()
    const slow = store.search({ q: 'slow' })
    await store.search({ q: 'fast' })
    releaseSlow()
    await slow
    expect(store.page?.items?.[0]?.name).toBe('生产安全事故应急预案备案')
    expect(store.loading).toBe(false)
  })

  it('records an error and clears the stale page', async () => {
    stubApi({ '/api/items': problem(400, '请检查标出的参数后重试。') })
    const store = useItemsStore()
    await store.search({ size: 0 })
    expect(isApiError(store.error)).toBe(true)
    expect(store.page).toBeUndefined()
  })
})

describe('guides store', () => {
  it('fetches a guide once and serves it from the cache afterwards', async () => {
    const { calls } = stubApi({ '/api/items/010019600100': guide })
    const store = useGuidesStore()
    await store.open('010019600100')
    await store.open('010019600100')
    expect(store.current?.name).toBe(guide.name)
    expect(calls).toHaveLength(1)
  })

  it('keeps the not-found error for an unknown code', async () => {
    stubApi({ '/api/items/nope': problem(404, 'no such item') })
    const store = useGuidesStore()
    await store.open('nope')
    expect(store.current).toBeUndefined()
    expect(isApiError(store.error) && store.error.isNotFound).toBe(true)
  })
})

describe('stats store', () => {
  it('loads the figures once', async () => {
    const { calls } = stubApi({ '/api/stats/catalogue': stats })
    const store = useStatsStore()
    await Promise.all([store.load(), store.load()])
    await store.load()
    expect(store.stats?.zeroVisit?.count).toBe(7)
    expect(calls).toHaveLength(1)
  })
})
