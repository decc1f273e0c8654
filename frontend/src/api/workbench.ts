/**
 * The staff workbench's calls (window officers, reviewers, approvers): the queue, a case, the moves on a case,
 * walk-in registration with its materials, visits, material files and printable notices.
 */
import type { components } from './schema'
import { api, call, http } from './client'
import { fetchBlob, saveProtectedFile, uploadForm } from './files'
import { NOTICE_PATHS } from './applications'
import type {
  ApplicationPage,
  ApplicationState,
  ApplicationUpdate,
  ApplicationView,
  DueFilter,
  Guide,
  ItemPage,
  MaterialView,
  NoticeKind,
  ServiceLocation,
  StaffAction,
  VisitRequest,
  WalkInApplication,
} from './types'

type Schemas = components['schemas']

export type VisitPurpose = Schemas['VisitPurpose']
export type VisitView = Schemas['VisitView']
export type Delivery = Schemas['Delivery']
export type DeliveryRequest = Schemas['DeliveryRequest']
export type CorrectionKind = Schemas['CorrectionKind']
export type CaseDeadline = Schemas['CaseDeadline']
export type ProcessKind = Schemas['ProcessKind']
export type FieldType = Schemas['FieldType']
export type SpecialProcedure = Schemas['SpecialProcedure']
export type WaiverRequest = Schemas['WaiverRequest']
export type VisitMoment = Schemas['VisitMoment']

export const DUE_FILTERS = ['OVERDUE', 'SOON', 'ON_TIME'] as const satisfies readonly DueFilter[]
export const VISIT_PURPOSES = [
  'WALK_IN',
  'ORIGINALS',
  'PICKUP',
  'SITE_CHECK',
  'MEETING',
  'EXAM',
  'OTHER',
] as const satisfies readonly VisitPurpose[]
/** How the window records the visit each moment of a guide names (a pickup is recorded by DELIVER by WINDOW). */
export const MOMENT_PURPOSE = {
  ACCEPTANCE: 'ORIGINALS',
  PICKUP: 'PICKUP',
  SITE_CHECK: 'SITE_CHECK',
  MEETING: 'MEETING',
  EXAM: 'EXAM',
} as const satisfies Record<VisitMoment, VisitPurpose>
export const DELIVERIES = ['ELECTRONIC', 'POST', 'WINDOW'] as const satisfies readonly Delivery[]
export const APPLICATION_STATES = [
  'DRAFT',
  'SUBMITTED',
  'CORRECTION_REQUIRED',
  'UNDER_REVIEW',
  'PENDING_DECISION',
  'APPROVED',
  'COMPLETED',
  'NOT_ACCEPTED',
  'DENIED',
  'WITHDRAWN',
] as const satisfies readonly ApplicationState[]

/** Filters of GET /api/workbench/applications; `page` counts from 0 as the API does. */
export interface QueueFilters {
  state?: ApplicationState
  due?: DueFilter
  item?: string
  q?: string
  page?: number
  size?: number
}

function casePath(id: string): string {
  return `/api/workbench/applications/${encodeURIComponent(id)}`
}

export const workbenchApi = {
  /** The queue, most urgent first, with the size of each queue in `counts`. */
  listQueue(filters: QueueFilters = {}): Promise<ApplicationPage> {
    const query = {
      state: filters.state,
      due: filters.due,
      item: filters.item || undefined,
      q: filters.q || undefined,
      page: filters.page,
      size: filters.size,
    }
    return call(() => http.GET('/api/workbench/applications', { params: { query } }))
  },

  getCase(id: string): Promise<ApplicationView> {
    return call(() => http.GET('/api/workbench/applications/{id}', { params: { path: { id } } }))
  },

  /**
   * The window corrects the form of a walk-in or postal case (DRAFT or CORRECTION_REQUIRED), sending the
   * version it read: 409 when stale or no longer editable, 422 with `formData.<key>` field errors, 404 for an
   * online case (the applicant's own).
   */
  saveForm(id: string, body: ApplicationUpdate): Promise<ApplicationView> {
    return call(() => http.PUT('/api/workbench/applications/{id}', { params: { path: { id } }, body }))
  },

  /** Moves the case on; 409 when the version is stale or the move is not possible now. */
  act(id: string, body: StaffAction): Promise<ApplicationView> {
    return call(() => http.POST('/api/workbench/applications/{id}/actions', { params: { path: { id } }, body }))
  },

  /** Registers a walk-in application (a DRAFT; counts as a visit). */
  createWalkIn(body: WalkInApplication): Promise<ApplicationView> {
    return call(() => http.POST('/api/workbench/applications', { body }))
  },

  /** Uploads one material of a walk-in (or postal) case, with progress. */
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
    return uploadForm<MaterialView>(`${casePath(id)}/materials`, form, onProgress, signal)
  },

  recordVisit(id: string, body: VisitRequest): Promise<ApplicationView> {
    return call(() => http.POST('/api/workbench/applications/{id}/visits', { params: { path: { id } }, body }))
  },

  /** Waives the visit (window) or marks a special procedure not needed (reviewer), with a reason and the version read. */
  waive(id: string, body: WaiverRequest): Promise<ApplicationView> {
    return call(() => http.POST('/api/workbench/applications/{id}/waivers', { params: { path: { id } }, body }))
  },

  materialPath(id: string, materialId: string): string {
    return `${casePath(id)}/materials/${encodeURIComponent(materialId)}`
  },

  /** A material's file (the bearer token is needed, so it is fetched rather than linked). */
  fetchMaterial(id: string, materialId: string): Promise<Blob> {
    return fetchBlob(workbenchApi.materialPath(id, materialId))
  },

  noticePath(id: string, kind: NoticeKind): string {
    return `${casePath(id)}/notices/${NOTICE_PATHS[kind]}`
  },

  /** Saves a printable notice under its real name, <case number>-<title>.html; resolves with the name. */
  openNotice(id: string, kind: NoticeKind): Promise<string> {
    return saveProtectedFile(workbenchApi.noticePath(id, kind), `${NOTICE_PATHS[kind]}.html`)
  },

  /** Every item, for the filter and the walk-in form (the catalogue has 20). */
  listItems(): Promise<ItemPage> {
    return api.listItems({ size: 100 })
  },

  getGuide(code: string): Promise<Guide> {
    return api.getGuide(code)
  },

  listLocations(): Promise<ServiceLocation[]> {
    return call(() => http.GET('/api/locations'))
  },
}

export type WorkbenchApi = typeof workbenchApi
