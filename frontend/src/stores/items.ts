import { ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { api, type ItemFilters, type ItemPage } from '@/api'

/** The item list: the last query's page of results. A slower, older answer never overwrites a newer one. */
export const useItemsStore = defineStore('items', () => {
  const page = shallowRef<ItemPage>()
  const filters = shallowRef<ItemFilters>({})
  const loading = ref(false)
  const error = shallowRef<unknown>()
  let sequence = 0

  async function search(next: ItemFilters): Promise<void> {
    const ticket = ++sequence
    filters.value = next
    loading.value = true
    error.value = undefined
    try {
      const result = await api.listItems(next)
      if (ticket === sequence) page.value = result
    } catch (e) {
      if (ticket === sequence) {
        error.value = e
        page.value = undefined
      }
    } finally {
      if (ticket === sequence) loading.value = false
    }
  }

  return { page, filters, loading, error, search }
})
