import type { ApplicationState, ApplicationView } from '@/api'

/** The states in which the window may still correct a walk-in's form (as WorkbenchService.saveForm allows). */
export const FORM_EDITABLE_STATES: readonly ApplicationState[] = ['DRAFT', 'CORRECTION_REQUIRED']

/**
 * Whether a window officer may correct this case's form now: only a case registered at a window or received
 * by post (an online case's form is the applicant's), and only while it is a draft or awaits correction.
 */
export function windowMayEditForm(view: ApplicationView | undefined, isWindow: boolean): boolean {
  if (!view || !isWindow) return false
  if (view.channel !== 'WINDOW' && view.channel !== 'POST') return false
  return !!view.state && FORM_EDITABLE_STATES.includes(view.state)
}

/** The key of a form field the server names in a 422 (`formData.contactMobile` → `contactMobile`). */
export function formDataKey(field: string | undefined): string | undefined {
  return field?.startsWith('formData.') ? field.slice('formData.'.length) || undefined : undefined
}
