import { ref, shallowReactive, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import {
  isApiError,
  type ApiError,
  type ApplicationPage,
  type ApplicationState,
  type ApplicationView,
  type DueFilter,
  type Guide,
  type ItemSummary,
  type Role,
  type ServiceLocation,
  type StaffAction,
  type VisitRequest,
} from '@/api'
import { DUE_FILTERS, workbenchApi, type QueueFilters, type WaiverRequest } from '@/api/workbench'
import { oneOf, positiveInt, queryPage, queryValue } from '@/composables/routeQuery'

// ---- the queue as it lives in the URL -------------------------------------------------------------

/** The queues a case can be in while the bureau holds it, in the order of the procedure. */
export const STATE_TABS = [
  'SUBMITTED',
  'CORRECTION_REQUIRED',
  'UNDER_REVIEW',
  'PENDING_DECISION',
  'APPROVED',
] as const satisfies readonly ApplicationState[]
export const QUEUE_TABS = [...STATE_TABS, 'OVERDUE', 'ALL'] as const
export type QueueTab = (typeof QUEUE_TABS)[number]
type StateTab = (typeof STATE_TABS)[number]

/** The roles that work cases; others (inspectors, administrators) have no queue. */
export const CASE_ROLES = ['WINDOW', 'REVIEWER', 'APPROVER'] as const satisfies readonly Role[]
export type CaseRole = (typeof CASE_ROLES)[number]

/** The queues each role works: the window accepts, sends back for correction and delivers. */
const ROLE_TABS: Record<CaseRole, StateTab[]> = {
  WINDOW: ['SUBMITTED', 'CORRECTION_REQUIRED', 'APPROVED'],
  REVIEWER: ['UNDER_REVIEW'],
  APPROVER: ['PENDING_DECISION'],
}

export const DEFAULT_QUEUE_SIZE = 20
export const MAX_QUEUE_SIZE = 100

export function hasCaseRole(roles: readonly Role[]): boolean {
  return CASE_ROLES.some((r) => roles.includes(r))
}

/** The tabs in the order to show them: the officer's own queues first, then overdue, the others, all. */
export function queueTabs(roles: readonly Role[]): QueueTab[] {
  const mine: QueueTab[] = []
  for (const role of CASE_ROLES) {
    if (!roles.includes(role)) continue
    for (const tab of ROLE_TABS[role]) if (!mine.includes(tab)) mine.push(tab)
  }
  const others = STATE_TABS.filter((tab) => !mine.includes(tab))
  return [...mine, 'OVERDUE', ...others, 'ALL']
}

/** The tab opened when the URL names none: the officer's first own queue. */
export function defaultTab(roles: readonly Role[]): QueueTab {
  return queueTabs(roles)[0] ?? 'ALL'
}

export function isStateTab(tab: QueueTab): tab is StateTab {
  return (STATE_TABS as readonly string[]).includes(tab)
}

/** The queue page's state: `page` counts from 1 here (what people see and share). */
export interface QueueQuery {
  tab: QueueTab
  item?: string
  due?: DueFilter
  q: string
  page: number
  size: number
}

/** Reads the URL query; values the API would refuse are dropped. */
export function parseQueueQuery(query: LocationQuery, fallbackTab: QueueTab = 'ALL'): QueueQuery {
  const tab = oneOf(queryValue(query.tab), QUEUE_TABS) ?? fallbackTab
  const item = queryValue(query.item)?.trim()
  return {
    tab,
    item: item && /^[0-9A-Za-z_-]{1,40}$/.test(item) ? item : undefined,
    // The overdue tab is itself the due filter.
    due: tab === 'OVERDUE' ? undefined : oneOf(queryValue(query.due), DUE_FILTERS),
    q: (queryValue(query.q) ?? '').trim().slice(0, 100),
    page: queryPage(query),
    size: positiveInt(queryValue(query.size), DEFAULT_QUEUE_SIZE, MAX_QUEUE_SIZE),
  }
}

/** The URL query for a state; defaults (the officer's own first tab, page 1 …) are left out. */
export function toQueueRouteQuery(state: QueueQuery, fallbackTab: QueueTab = 'ALL'): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.tab !== fallbackTab) query.tab = state.tab
  if (state.item) query.item = state.item
  if (state.due && state.tab !== 'OVERDUE') query.due = state.due
  if (state.q) query.q = state.q
  if (state.page > 1) query.page = String(state.page)
  if (state.size !== DEFAULT_QUEUE_SIZE) query.size = String(state.size)
  return query
}

/** The API's filters: a state tab is `state`, the overdue tab is `due=OVERDUE`, all is neither. */
export function toQueueFilters(state: QueueQuery): QueueFilters {
  return {
    state: isStateTab(state.tab) ? state.tab : undefined,
    due: state.tab === 'OVERDUE' ? 'OVERDUE' : state.due,
    item: state.item,
    q: state.q || undefined,
    page: state.page - 1,
    size: state.size,
  }
}

export type QueueCounts = Partial<Record<QueueTab, number>>

/**
 * The size of each tab from the API's `counts`; "all" (every case in the bureau's hands, the queue without a
 * state) is the sum of the state queues.
 */
export function mapCounts(counts: ApplicationPage['counts']): QueueCounts {
  const out: QueueCounts = {}
  if (!counts) return out
  let all: number | undefined
  for (const tab of [...STATE_TABS, 'OVERDUE'] as const) {
    const n = counts[tab]
    if (typeof n !== 'number') continue
    out[tab] = n
    if (tab !== 'OVERDUE') all = (all ?? 0) + n
  }
  if (all !== undefined) out.ALL = all
  return out
}

// ---- the queue, and what every workbench page looks up ----------------------------------------------

export const useWorkbenchStore = defineStore('workbench', () => {
  const page = shallowRef<ApplicationPage>()
  const counts = shallowRef<QueueCounts>({})
  const loading = ref(false)
  const error = shallowRef<unknown>()
  /** The queue's last URL query, so "back to the list" returns to the same view. */
  const lastQueueQuery = shallowRef<LocationQueryRaw>({})
  /** A message for the next page (e.g. after a walk-in is submitted), shown once. */
  const flash = shallowRef<{ key: string; params?: Record<string, unknown> }>()
  let sequence = 0

  async function loadQueue(filters: QueueFilters): Promise<void> {
    const ticket = ++sequence
    loading.value = true
    error.value = undefined
    try {
      const result = await workbenchApi.listQueue(filters)
      if (ticket !== sequence) return
      page.value = result
      counts.value = mapCounts(result.counts)
    } catch (e) {
      if (ticket === sequence) {
        error.value = e
        page.value = undefined
      }
    } finally {
      if (ticket === sequence) loading.value = false
    }
  }

  // Reference data: fetched once per visit.
  const items = shallowRef<ItemSummary[]>([])
  const locations = shallowRef<ServiceLocation[]>([])
  const guides = shallowReactive(new Map<string, Guide>())
  let itemsRequest: Promise<ItemSummary[]> | undefined
  let locationsRequest: Promise<ServiceLocation[]> | undefined
  const guideRequests = new Map<string, Promise<Guide>>()

  function loadItems(): Promise<ItemSummary[]> {
    itemsRequest ??= workbenchApi
      .listItems()
      .then((result) => (items.value = result.items ?? []))
      .catch((e: unknown) => {
        itemsRequest = undefined
        throw e
      })
    return itemsRequest
  }

  function loadLocations(): Promise<ServiceLocation[]> {
    locationsRequest ??= workbenchApi
      .listLocations()
      .then((result) => (locations.value = result ?? []))
      .catch(() => {
        locationsRequest = undefined
        return []
      })
    return locationsRequest
  }

  function loadGuide(code: string): Promise<Guide> {
    let request = guideRequests.get(code)
    if (!request) {
      request = workbenchApi.getGuide(code).then((guide) => {
        guides.set(code, guide)
        return guide
      })
      request.catch(() => guideRequests.delete(code))
      guideRequests.set(code, request)
    }
    return request
  }

  function locationName(code: string | undefined): string | undefined {
    if (!code) return undefined
    return locations.value.find((l) => l.code === code)?.name ?? code
  }

  return {
    page,
    counts,
    loading,
    error,
    lastQueueQuery,
    flash,
    loadQueue,
    items,
    locations,
    guides,
    loadItems,
    loadLocations,
    loadGuide,
    locationName,
  }
})

// ---- one case ---------------------------------------------------------------------------------------

/** What came of a move: done (the case as it is now), stale (someone else acted: reloaded), or failed. */
export type ActionOutcome =
  | { kind: 'done'; view: ApplicationView }
  | { kind: 'stale'; error: ApiError }
  | { kind: 'failed'; error: unknown }

export const useCaseStore = defineStore('workbenchCase', () => {
  const view = shallowRef<ApplicationView>()
  const guide = shallowRef<Guide>()
  const loading = ref(false)
  const error = shallowRef<unknown>()
  const busy = ref(false)
  let sequence = 0

  /** Loads a case (and its guide, for labels and pickers). `quiet` keeps the current one shown meanwhile. */
  async function load(id: string, quiet = false): Promise<void> {
    const ticket = ++sequence
    if (!quiet || view.value?.id !== id) {
      view.value = undefined
      guide.value = undefined
    }
    loading.value = true
    error.value = undefined
    try {
      const result = await workbenchApi.getCase(id)
      if (ticket !== sequence) return
      view.value = result
      if (result.itemCode && guide.value?.code !== result.itemCode) {
        try {
          const g = await useWorkbenchStore().loadGuide(result.itemCode)
          if (ticket === sequence) guide.value = g
        } catch {
          // Without the guide, form keys and material codes are shown as they are.
        }
      }
    } catch (e) {
      if (ticket === sequence) error.value = e
    } finally {
      if (ticket === sequence) loading.value = false
    }
  }

  /**
   * Sends a move with the version on screen. On a 409 (someone acted meanwhile, or the move is no longer
   * possible) the case is reloaded so the officer sees what it is now.
   */
  async function act(body: StaffAction): Promise<ActionOutcome> {
    const id = view.value?.id
    if (!id) return { kind: 'failed', error: new Error('No case') }
    busy.value = true
    try {
      const result = await workbenchApi.act(id, body)
      view.value = result
      return { kind: 'done', view: result }
    } catch (e) {
      if (isApiError(e) && e.status === 409) {
        await load(id, true)
        return { kind: 'stale', error: e }
      }
      return { kind: 'failed', error: e }
    } finally {
      busy.value = false
    }
  }

  /**
   * The window's correction of a walk-in or postal case's form, with the version the officer saw. On success
   * the case is shown as the server answers it (the timeline has the EDIT_FORM entry); a failure is thrown as
   * is — on a 409 the officer is offered a reload rather than losing what was typed.
   */
  async function saveForm(formData: Record<string, unknown>, version: number | undefined): Promise<ApplicationView> {
    const id = view.value?.id
    if (!id) throw new Error('No case')
    busy.value = true
    try {
      const result = await workbenchApi.saveForm(id, { formData, version })
      if (view.value?.id === id) view.value = result
      return result
    } finally {
      busy.value = false
    }
  }

  async function recordVisit(body: VisitRequest): Promise<ApplicationView> {
    const id = view.value?.id
    if (!id) throw new Error('No case')
    busy.value = true
    try {
      const result = await workbenchApi.recordVisit(id, body)
      view.value = result
      return result
    } finally {
      busy.value = false
    }
  }

  /** A waiver with the version on screen; a failure is thrown as is (the dialog shows it). */
  async function waive(body: Omit<WaiverRequest, 'version'>): Promise<ApplicationView> {
    const id = view.value?.id
    if (!id) throw new Error('No case')
    busy.value = true
    try {
      const result = await workbenchApi.waive(id, { ...body, version: view.value?.version ?? 0 })
      view.value = result
      return result
    } finally {
      busy.value = false
    }
  }

  return { view, guide, loading, error, busy, load, act, saveForm, recordVisit, waive }
})
