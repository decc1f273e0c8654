import type { ApplicationView } from '@/api'
import { MOMENT_PURPOSE, type VisitPurpose } from '@/api/workbench'

/**
 * The one-visit promise on the workbench (`ApplicationView.visitPromise`): what the window must still record, and
 * which mandatory special procedures the reviewer must still take or mark not needed. Pure, so the panel, the
 * action panel's explanations and their tests agree.
 */
export type CasePromise = NonNullable<ApplicationView['visitPromise']>
export type MandatoryStep = NonNullable<CasePromise['mandatoryProcedures']>[number]

const CLOSED = ['COMPLETED', 'NOT_ACCEPTED', 'DENIED', 'WITHDRAWN']

/** The visit is still to be recorded (or waived) on a case the window can still act on. */
export function visitPending(view: ApplicationView | undefined): boolean {
  return view?.visitPromise?.status === 'PENDING' && !CLOSED.includes(view.state ?? '')
}

/** The window may record the visit or waive it: the case was handed in (not a draft) and is not closed. */
export function windowMayResolveVisit(view: ApplicationView | undefined, isWindow: boolean): boolean {
  return isWindow && visitPending(view) && view?.state !== 'DRAFT'
}

/** How the window records the visit the guide names; a pickup is recorded by delivering at the window instead. */
export function visitPurpose(view: ApplicationView | undefined): VisitPurpose {
  const moment = view?.visitPromise?.moment
  return moment ? MOMENT_PURPOSE[moment] : 'ORIGINALS'
}

/** The mandatory steps neither taken nor marked not needed. */
export function pendingSteps(view: ApplicationView | undefined): MandatoryStep[] {
  return (view?.visitPromise?.mandatoryProcedures ?? []).filter((s) => s.status === 'PENDING' || s.status === 'RUNNING')
}

/** The reviewer may start a step or mark it not needed while reviewing, and while no other procedure pauses the clock. */
export function reviewerMayDecideSteps(view: ApplicationView | undefined, isReviewer: boolean): boolean {
  return isReviewer && view?.state === 'UNDER_REVIEW'
}

/** The waiver's reason, as the server keeps it (1–500 characters). */
export const WAIVER_REASON_MAX = 500
