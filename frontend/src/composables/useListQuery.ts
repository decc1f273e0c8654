import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { ITEM_TYPES, SERVICE_OBJECTS, type ItemFilters, type ItemType, type ServiceObject } from '@/api'

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

function first(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v === null || v === undefined ? undefined : v
}

function positiveInt(value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!value || !/^\d+$/.test(value)) return fallback
  const n = Number(value)
  return n >= 1 && n <= max ? n : fallback
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value)
}

export function parseListQuery(query: LocationQuery): ListQuery {
  return {
    q: (first(query.q) ?? '').trim().slice(0, 100),
    type: oneOf(first(query.type), ITEM_TYPES),
    serviceObject: oneOf(first(query.serviceObject), SERVICE_OBJECTS),
    zeroVisit: first(query.zeroVisit) === 'true',
    cityWide: first(query.cityWide) === 'true',
    page: positiveInt(first(query.page), 1),
    size: positiveInt(first(query.size), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
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
