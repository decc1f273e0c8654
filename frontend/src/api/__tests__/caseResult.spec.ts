import { describe, expect, it } from 'vitest'
import type { ApplicationState } from '@/api'
import { APPLICATION_STATES } from '@/api/workbench'
import { caseResult, CASE_RESULTS, type CaseResultKind } from '@/api/caseResult'
import zh from '@/locales/results.zh-CN'
import en from '@/locales/results.en'

/** What each state's case shows as its result; `satisfies` makes a new state fail to compile until it is added. */
const EXPECTED = {
  DRAFT: ['IN_PROGRESS', false, false],
  SUBMITTED: ['IN_PROGRESS', false, false],
  CORRECTION_REQUIRED: ['IN_PROGRESS', false, false],
  UNDER_REVIEW: ['IN_PROGRESS', false, false],
  PENDING_DECISION: ['IN_PROGRESS', false, false],
  APPROVED: ['APPROVED_TO_DELIVER', true, true],
  COMPLETED: ['APPROVED_DELIVERED', true, true],
  NOT_ACCEPTED: ['NOT_ACCEPTED', true, false],
  DENIED: ['DENIED', true, false],
  WITHDRAWN: ['WITHDRAWN', false, false],
} as const satisfies Record<ApplicationState, readonly [CaseResultKind, boolean, boolean]>

describe('caseResult', () => {
  it.each(APPLICATION_STATES)('gives the one result of a %s case', (state) => {
    const [kind, decided, issued] = EXPECTED[state]
    const result = caseResult(state)
    expect(result.kind).toBe(kind)
    expect(result.decided).toBe(decided)
    expect(result.issued).toBe(issued)
  })

  it('never says "awaiting delivery" once a case is completed, whatever its delivery record', () => {
    for (const delivery of [undefined, null, {}, { dispatchedAt: '2026-12-01T02:00:00Z' }, { signedForAt: '2026-12-02T02:00:00Z' }]) {
      expect(caseResult('COMPLETED', delivery).kind).toBe('APPROVED_DELIVERED')
    }
  })

  it('says the result was sent once an approved case is dispatched', () => {
    expect(caseResult('APPROVED', { dispatchedAt: '2026-12-01T02:00:00Z' }).kind).toBe('APPROVED_DISPATCHED')
    expect(caseResult('APPROVED', {}).kind).toBe('APPROVED_TO_DELIVER')
  })

  it('has words for every result in both languages', () => {
    for (const kind of CASE_RESULTS) {
      expect(zh.caseResult[kind], kind).toBeTruthy()
      expect(en.caseResult[kind], kind).toBeTruthy()
    }
  })
})
