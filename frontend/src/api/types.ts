/**
 * Friendly names for the schemas generated from the backend's OpenAPI document
 * (`npm run gen:api` writes schema.d.ts from openapi.json). Import API types from here.
 */
import type { components } from './schema'

type Schemas = components['schemas']

export type Guide = Schemas['Guide']
export type Material = Schemas['Material']
export type ItemSummary = Schemas['ItemSummary']
export type ItemPage = Schemas['ItemPage']
export type CatalogueStats = Schemas['CatalogueStats']
export type Figure = Schemas['Figure']
export type Step = Schemas['Step']
export type LegalBasis = Schemas['LegalBasis']
/** RFC 9457 problem details; `title` and `detail` are in the language sent as Accept-Language. */
export type Problem = Schemas['Problem']
export type FieldError = Schemas['FieldError']

export type ItemType = NonNullable<Guide['type']>
export type ServiceObject = NonNullable<Guide['serviceObjects']>[number]

export const ITEM_TYPES = ['LICENSING', 'REVIEW_AND_FORWARD', 'OTHER'] as const satisfies readonly ItemType[]
export const SERVICE_OBJECTS = ['LEGAL_PERSON', 'NATURAL_PERSON'] as const satisfies readonly ServiceObject[]

/** Filters of GET /api/items; `page` counts from 0 as the API does. */
export interface ItemFilters {
  q?: string
  type?: ItemType
  zeroVisit?: boolean
  cityWide?: boolean
  online?: boolean
  serviceObject?: ServiceObject
  page?: number
  size?: number
}
