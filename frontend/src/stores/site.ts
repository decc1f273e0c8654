import { shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { siteApi, type Site } from '@/api/site'

/** The site's identity (footer), read once per visit; the footer leaves it out when it cannot be read. */
export const useSiteStore = defineStore('site', () => {
  const site = shallowRef<Site>()
  let pending: Promise<void> | undefined

  function load(): Promise<void> {
    if (site.value) return Promise.resolve()
    pending ??= siteApi
      .get()
      .then((value) => {
        site.value = value
      })
      .catch(() => undefined)
      .finally(() => {
        pending = undefined
      })
    return pending
  }

  return { site, load }
})
