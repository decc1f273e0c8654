import type { ApplicationView, Guide } from '@/api'

/** The one-visit promise as a case shows it (`ApplicationView.visitPromise`); the wizard builds it from the guide. */
export type VisitPromise = NonNullable<ApplicationView['visitPromise']>
export type VisitOriginal = NonNullable<VisitPromise['originals']>[number]

/**
 * The promise before there is a case: when the guide's one visit happens and the originals to bring, read from the
 * guide's own `visitMoment` and `visitOriginals` (computed by the server, so the wizard, the case page, the notice and
 * the acceptance message all name the same originals).
 */
export function promiseOfGuide(guide: Guide): VisitPromise {
  return {
    promisedVisits: guide.visits ?? 0,
    moment: guide.visitMoment ?? undefined,
    reason: guide.visitReason ?? undefined,
    originals: guide.visitOriginals ?? [],
    mandatoryProcedures: [],
  }
}

/** Whether there is a visit to announce: a one-visit item whose visit is still to come. */
export function visitAhead(promise: VisitPromise | undefined): boolean {
  return !!promise && (promise.promisedVisits ?? 0) > 0 && promise.status !== 'RECORDED' && promise.status !== 'WAIVED'
}
