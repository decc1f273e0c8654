import { ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { api, type CatalogueStats } from '@/api'

/** The catalogue's coverage figures (home page), fetched once per visit unless forced. */
export const useStatsStore = defineStore('stats', () => {
  const stats = shallowRef<CatalogueStats>()
  const loading = ref(false)
  const error = shallowRef<unknown>()
  let pending: Promise<void> | undefined

  function load(force = false): Promise<void> {
    if (stats.value && !force) return Promise.resolve()
    if (pending) return pending
    loading.value = true
    error.value = undefined
    pending = api
      .catalogueStats()
      .then((value) => {
        stats.value = value
      })
      .catch((e: unknown) => {
        error.value = e
      })
      .finally(() => {
        loading.value = false
        pending = undefined
      })
    return pending
  }

  return { stats, loading, error, load }
})
