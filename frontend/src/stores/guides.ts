import { ref, shallowReactive, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { api, type Guide } from '@/api'

/** Service guides by code, kept for the visit so going back and forth does not refetch. */
export const useGuidesStore = defineStore('guides', () => {
  const byCode = shallowReactive(new Map<string, Guide>())
  const current = shallowRef<Guide>()
  const loading = ref(false)
  const error = shallowRef<unknown>()
  let sequence = 0

  async function open(code: string, force = false): Promise<void> {
    const ticket = ++sequence
    error.value = undefined
    const cached = byCode.get(code)
    if (cached && !force) {
      current.value = cached
      loading.value = false
      return
    }
    current.value = undefined
    loading.value = true
    try {
      const guide = await api.getGuide(code)
      byCode.set(code, guide)
      if (ticket === sequence) current.value = guide
    } catch (e) {
      if (ticket === sequence) error.value = e
    } finally {
      if (ticket === sequence) loading.value = false
    }
  }

  return { byCode, current, loading, error, open }
})
