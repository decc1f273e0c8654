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

export type AccountView = Schemas['AccountView']
export type Kind = Schemas['Kind']
export type Role = Schemas['Role']
export type LoginRequest = Schemas['LoginRequest']
export type RegisterRequest = Schemas['RegisterRequest']
export type TokenResponse = Schemas['TokenResponse']
export type PasswordChange = Schemas['PasswordChange']
export type TotpEnrolment = Schemas['TotpEnrolment']

export type ApplicationView = Schemas['ApplicationView']
export type ApplicationSummary = Schemas['ApplicationSummary']
export type ApplicationPage = Schemas['ApplicationPage']
export type ApplicationState = Schemas['ApplicationState']
export type Action = Schemas['Action']
export type Channel = Schemas['Channel']
export type Urgency = Schemas['Urgency']
export type MaterialView = Schemas['MaterialView']
export type MaterialRetrieval = Schemas['MaterialRetrieval']
export type DeliveryChoice = Schemas['DeliveryChoice']
export type CaseDelivery = Schemas['CaseDelivery']
export type ApplicationPrefill = Schemas['ApplicationPrefill']
export type TimelineEntry = Schemas['TimelineEntry']
export type CorrectionItem = Schemas['CorrectionItem']
export type NoticeKind = Schemas['NoticeKind']
export type StaffAction = Schemas['StaffAction']
export type WalkInApplication = Schemas['WalkInApplication']
/** The form of a case to save, with the version last read (applicant's draft, or the window's correction). */
export type ApplicationUpdate = Schemas['ApplicationUpdate']
export type VisitRequest = Schemas['VisitRequest']
export type NewApplication = Schemas['NewApplication']
export type Notification = Schemas['Notification']
export type NotificationPage = Schemas['NotificationPage']
export type ServiceLocation = Schemas['ServiceLocation']
export type FormFieldDefinition = Schemas['FormField']
export type DueFilter = Schemas['DueFilter']

export const KINDS = ['ENTERPRISE', 'CITIZEN', 'STAFF'] as const satisfies readonly Kind[]
/** Roles of staff accounts (工作人员); ENTERPRISE and CITIZEN are the applicants' own. */
export const STAFF_ROLES = [
  'WINDOW',
  'REVIEWER',
  'APPROVER',
  'INSPECTOR',
  'ADMIN',
  'SECURITY_ADMIN',
  'AUDITOR',
] as const satisfies readonly Role[]
/** The three administrators (三员): their roles count only in a session opened with a one-time code. */
export const ADMIN_ROLES = ['ADMIN', 'SECURITY_ADMIN', 'AUDITOR'] as const satisfies readonly Role[]
export const ROLES = ['ENTERPRISE', 'CITIZEN', ...STAFF_ROLES] as const satisfies readonly Role[]

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
