import type { ApplicationState, ApplicationView } from '@/api'

/**
 * A case's result (办理结果) as every page shows it: one function of the state and the delivery, so the state badge,
 * the decision section of the applicant's and the staff's case pages and the results panels never disagree
 * (a completed case is "approved and delivered", never "approved, awaiting delivery").
 */
export const CASE_RESULTS = [
  'IN_PROGRESS',
  'APPROVED_TO_DELIVER',
  'APPROVED_DISPATCHED',
  'APPROVED_DELIVERED',
  'DENIED',
  'NOT_ACCEPTED',
  'WITHDRAWN',
] as const
export type CaseResultKind = (typeof CASE_RESULTS)[number]

export interface CaseResult {
  kind: CaseResultKind
  /** Element Plus tag type; the words are always shown too. */
  tone: 'primary' | 'success' | 'danger' | 'info'
  /** A decision was made (准予 or 不予): the decision section shows it. */
  decided: boolean
  /** The result (certificate) has been issued and may be shown. */
  issued: boolean
}

type Delivery = Pick<NonNullable<ApplicationView['delivery']>, 'dispatchedAt' | 'signedForAt'> | null | undefined

export function caseResult(state: ApplicationState | undefined, delivery?: Delivery): CaseResult {
  switch (state) {
    case 'APPROVED':
      return {
        kind: delivery?.dispatchedAt ? 'APPROVED_DISPATCHED' : 'APPROVED_TO_DELIVER',
        tone: 'success',
        decided: true,
        issued: true,
      }
    case 'COMPLETED':
      return { kind: 'APPROVED_DELIVERED', tone: 'success', decided: true, issued: true }
    case 'DENIED':
      return { kind: 'DENIED', tone: 'danger', decided: true, issued: false }
    case 'NOT_ACCEPTED':
      return { kind: 'NOT_ACCEPTED', tone: 'danger', decided: true, issued: false }
    case 'WITHDRAWN':
      return { kind: 'WITHDRAWN', tone: 'info', decided: false, issued: false }
    default:
      return { kind: 'IN_PROGRESS', tone: 'primary', decided: false, issued: false }
  }
}

/** The result of a case view. */
export function resultOf(view: Pick<ApplicationView, 'state' | 'delivery'> | undefined): CaseResult {
  return caseResult(view?.state, view?.delivery)
}
