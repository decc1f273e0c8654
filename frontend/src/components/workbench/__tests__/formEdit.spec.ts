import { describe, expect, it } from 'vitest'
import { formDataKey, windowMayEditForm } from '@/components/workbench/formEdit'
import { draftCase, submittedCase } from './fixtures'

describe('who may correct a case’s form', () => {
  it('is the window, for a walk-in or postal case that is a draft or awaits correction', () => {
    expect(windowMayEditForm(draftCase(), true)).toBe(true)
    expect(windowMayEditForm(draftCase({ channel: 'POST' }), true)).toBe(true)
    expect(windowMayEditForm(draftCase({ state: 'CORRECTION_REQUIRED' }), true)).toBe(true)
  })

  it('is no one for an online case, another role, or a case sent on', () => {
    expect(windowMayEditForm(draftCase({ channel: 'ONLINE' }), true)).toBe(false)
    expect(windowMayEditForm(draftCase({ channel: undefined }), true)).toBe(false)
    expect(windowMayEditForm(draftCase(), false)).toBe(false)
    expect(windowMayEditForm(undefined, true)).toBe(false)
    for (const state of ['SUBMITTED', 'UNDER_REVIEW', 'PENDING_DECISION', 'APPROVED', 'WITHDRAWN'] as const) {
      expect(windowMayEditForm(submittedCase({ state }), true)).toBe(false)
    }
  })

  it('reads the form key out of the server’s field name', () => {
    expect(formDataKey('formData.contactMobile')).toBe('contactMobile')
    expect(formDataKey('formData.')).toBeUndefined()
    expect(formDataKey('version')).toBeUndefined()
    expect(formDataKey(undefined)).toBeUndefined()
  })
})
