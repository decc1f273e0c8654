/**
 * The home page's public calls: the case lookup (办件查询), the most-used items (常办事项) and the notices
 * (通知公告).
 */
import type { components } from './schema'
import { call, http } from './client'

type Schemas = components['schemas']

export type CaseProgress = Schemas['CaseProgress']
export type PopularItems = Schemas['PopularItems']
export type PopularItem = Schemas['PopularItem']
export type NoticePage = Schemas['NoticePage']
export type NoticeSummary = Schemas['NoticeSummary']
export type NoticeDetail = Schemas['NoticeDetail']

/** Case numbers as the server hands them out (AJ-<day>-<counter>). */
export const CASE_NUMBER = /^AJ-\d{8}-\d{4,7}$/
/** Check codes: six letters or digits (read in any case). */
export const CHECK_CODE = /^[A-Za-z0-9]{6}$/

export const portalApi = {
  /** The progress of a case; `code` may be left out by the case's logged-in applicant. */
  lookupCase(number: string, code?: string): Promise<CaseProgress> {
    const query = { number, code: code || undefined }
    return call(() => http.GET('/api/cases/lookup', { params: { query } }))
  },

  popularItems(limit = 6): Promise<PopularItems> {
    return call(() => http.GET('/api/stats/popular-items', { params: { query: { limit } } }))
  },

  notices(page = 0, size = 10): Promise<NoticePage> {
    return call(() => http.GET('/api/notices', { params: { query: { page, size } } }))
  },

  notice(id: string): Promise<NoticeDetail> {
    return call(() => http.GET('/api/notices/{id}', { params: { path: { id } } }))
  },
}
