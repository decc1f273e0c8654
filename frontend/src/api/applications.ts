import { call, http } from './client'
import { fetchBlob, saveProtectedFile, uploadForm } from './files'
import type {
  ApplicationPrefill,
  DeliveryChoice,
  MaterialRetrieval,
  ApplicationPage,
  ApplicationState,
  ApplicationView,
  MaterialView,
  NoticeKind,
  NotificationPage,
} from './types'

/** The form data of an application: field key to value (text, number or a checkbox's boolean). */
export type ApplicationFormData = Record<string, unknown>

/** The applicant's moves after the draft (POST /api/applications/{id}/submit|resubmit|withdraw). */
export type ApplicantMove = 'submit' | 'resubmit' | 'withdraw'

/** Filters of "my applications"; `page` counts from 0 as the API does. */
export interface ApplicationFilters {
  state?: ApplicationState
  page?: number
  size?: number
}

export interface NotificationFilters {
  unread?: boolean
  page?: number
  size?: number
}

/** The path segment of each printable notice. */
export const NOTICE_PATHS: Record<NoticeKind, string> = {
  ACCEPTANCE: 'acceptance',
  NON_ACCEPTANCE: 'non-acceptance',
  CORRECTION: 'correction',
  DECISION: 'decision',
}

/** A fresh key for the Idempotency-Key header (one per click; a retry of the same click reuses it). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto
  if (c && typeof c.randomUUID === 'function') {
    try {
      return c.randomUUID()
    } catch {
      // not a secure context: fall through
    }
  }
  const bytes = new Uint8Array(16)
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes)
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function idempotency(key: string | undefined) {
  return key ? { 'Idempotency-Key': key } : undefined
}

/** The applicant's calls: applications, their materials and notices, and messages. */
export const applicationsApi = {
  list(filters: ApplicationFilters = {}): Promise<ApplicationPage> {
    const query = { state: filters.state, page: filters.page, size: filters.size }
    return call(() => http.GET('/api/applications', { params: { query } }))
  },

  get(id: string): Promise<ApplicationView> {
    return call(() => http.GET('/api/applications/{id}', { params: { path: { id } } }))
  },

  /** A new draft (201); 422 if the item is unknown, not online, not for this applicant, or a field is malformed. */
  create(
    itemCode: string,
    formData: ApplicationFormData,
    idempotencyKey?: string,
    delivery?: DeliveryChoice,
  ): Promise<ApplicationView> {
    return call(() =>
      http.POST('/api/applications', {
        params: { header: idempotency(idempotencyKey) },
        body: delivery ? { itemCode, formData, delivery } : { itemCode, formData },
      }),
    )
  },

  /** Saves the form (and the delivery chosen, if given) of a draft or of a case sent back for correction; 409 if `version` is stale. */
  save(
    id: string,
    formData: ApplicationFormData,
    version: number | undefined,
    delivery?: DeliveryChoice,
  ): Promise<ApplicationView> {
    const body = delivery ? { formData, version, delivery } : { formData, version }
    return call(() => http.PUT('/api/applications/{id}', { params: { path: { id } }, body }))
  },

  /** What a new draft of the item gets from the account (form fields) and a suggested postal delivery. */
  prefill(itemCode: string): Promise<ApplicationPrefill> {
    return call(() => http.GET('/api/applications/prefill', { params: { query: { itemCode } } }))
  },

  /** Authorises taking a material from the certificate register or the licence library instead of an upload. */
  retrieve(id: string, code: string): Promise<MaterialRetrieval> {
    return call(() =>
      http.POST('/api/applications/{id}/materials/{code}/retrieval', { params: { path: { id, code } } }),
    )
  },

  async undoRetrieval(id: string, code: string): Promise<void> {
    await call(() =>
      http.DELETE('/api/applications/{id}/materials/{code}/retrieval', { params: { path: { id, code } } }),
    )
  },

  /** Uploads (or replaces) the file of one material, reporting progress in percent. */
  uploadMaterial(
    id: string,
    materialCode: string,
    file: File,
    onProgress?: (percent: number) => void,
    signal?: AbortSignal,
  ): Promise<MaterialView> {
    const form = new FormData()
    form.append('materialCode', materialCode)
    form.append('file', file, file.name)
    return uploadForm<MaterialView>(`/api/applications/${encodeURIComponent(id)}/materials`, form, onProgress, signal)
  },

  async deleteMaterial(id: string, materialId: string): Promise<void> {
    await call(() =>
      http.DELETE('/api/applications/{id}/materials/{materialId}', { params: { path: { id, materialId } } }),
    )
  },

  /** The uploaded file (needs the bearer token, so it is fetched rather than linked). */
  downloadMaterial(id: string, materialId: string): Promise<Blob> {
    return fetchBlob(`/api/applications/${encodeURIComponent(id)}/materials/${encodeURIComponent(materialId)}`)
  },

  move(
    id: string,
    move: ApplicantMove,
    body: { version?: number; comment?: string },
    idempotencyKey: string,
  ): Promise<ApplicationView> {
    const options = { params: { path: { id }, header: idempotency(idempotencyKey) }, body }
    switch (move) {
      case 'submit':
        return call(() => http.POST('/api/applications/{id}/submit', options))
      case 'resubmit':
        return call(() => http.POST('/api/applications/{id}/resubmit', options))
      case 'withdraw':
        return call(() => http.POST('/api/applications/{id}/withdraw', options))
    }
  },

  noticePath(id: string, kind: NoticeKind): string {
    return `/api/applications/${encodeURIComponent(id)}/notices/${NOTICE_PATHS[kind]}`
  },

  /** Saves a printable notice (HTML) under its real name, <case number>-<title>.html; resolves with the name. */
  openNotice(id: string, kind: NoticeKind): Promise<string> {
    return saveProtectedFile(applicationsApi.noticePath(id, kind), `${NOTICE_PATHS[kind]}.html`)
  },

  // ---- messages ------------------------------------------------------------------------------

  notifications(filters: NotificationFilters = {}): Promise<NotificationPage> {
    const query = { unread: filters.unread, page: filters.page, size: filters.size }
    return call(() => http.GET('/api/me/notifications', { params: { query } }))
  },

  async unreadCount(): Promise<number> {
    const answer = await call(() => http.GET('/api/me/notifications/unread-count'))
    return answer?.unread ?? 0
  },

  async markRead(id: string): Promise<void> {
    await call(() => http.POST('/api/me/notifications/{id}/read', { params: { path: { id } } }))
  },

  async markAllRead(): Promise<void> {
    await call(() => http.POST('/api/me/notifications/read-all'))
  },
}

export type ApplicationsApi = typeof applicationsApi
