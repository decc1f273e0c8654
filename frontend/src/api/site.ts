/** The site's identity for the footer (filing numbers, organiser, contact): configuration of the server. */
import type { components } from './schema'
import { call, http } from './client'

export type Site = components['schemas']['Site']

export const siteApi = {
  get(): Promise<Site> {
    return call(() => http.GET('/api/site'))
  },
}
