import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { ITEM_TYPES, SERVICE_OBJECTS, type ItemFilters, type ItemType, type ServiceObject } from '@/api'
import { oneOf, positiveInt, queryPage, queryValue } from './routeQuery'

/**
 * The item list's filters as they live in the URL. `page` is 1-based here (what people see and share);
 * the API counts from 0.
 */
export interface ListQuery {
  q: string
  type?: ItemType
  serviceObject?: ServiceObject
  zeroVisit: boolean
  cityWide: boolean
  page: number
  size: number
}

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100

export function parseListQuery(query: LocationQuery): ListQuery {
  return {
    q: (queryValue(query.q) ?? '').trim().slice(0, 100),
    type: oneOf(queryValue(query.type), ITEM_TYPES),
    serviceObject: oneOf(queryValue(query.serviceObject), SERVICE_OBJECTS),
    zeroVisit: queryValue(query.zeroVisit) === 'true',
    cityWide: queryValue(query.cityWide) === 'true',
    page: queryPage(query),
    size: positiveInt(queryValue(query.size), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  }
}

/** The URL query for a state: defaults are left out so links stay short. */
export function toRouteQuery(state: ListQuery): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q) query.q = state.q
  if (state.type) query.type = state.type
  if (state.serviceObject) query.serviceObject = state.serviceObject
  if (state.zeroVisit) query.zeroVisit = 'true'
  if (state.cityWide) query.cityWide = 'true'
  if (state.page > 1) query.page = String(state.page)
  if (state.size !== DEFAULT_PAGE_SIZE) query.size = String(state.size)
  return query
}

/** The API filters for a state (page from 0; unset flags are not sent, so "off" means "any"). */
export function toApiFilters(state: ListQuery): ItemFilters {
  return {
    q: state.q || undefined,
    type: state.type,
    serviceObject: state.serviceObject,
    zeroVisit: state.zeroVisit ? true : undefined,
    cityWide: state.cityWide ? true : undefined,
    page: state.page - 1,
    size: state.size,
  }
}
