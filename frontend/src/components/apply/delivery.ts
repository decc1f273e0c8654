import type { CaseDelivery, DeliveryChoice } from '@/api'
import type { Delivery } from '@/api/workbench'
import type { Message } from '@/composables/useFormValidation'
import { MOBILE_PATTERN } from '@/utils/validators'

/** The delivery step's values, as typed (all text; the method '' until chosen). */
export interface DeliveryForm {
  method: Delivery | ''
  address: string
  recipient: string
  mobile: string
  postcode: string
}

/** The server's bounds (DeliveryChoices): an address of 200 characters, a name of 50. */
export const ADDRESS_MAX = 200
export const NAME_MAX = 50
const POSTCODE = /^\d{6}$/

export function emptyDelivery(): DeliveryForm {
  return { method: '', address: '', recipient: '', mobile: '', postcode: '' }
}

/**
 * The form from the case's recorded choice; else the guide's only method, and for a postal delivery the
 * suggestion from the account (its address, contact and mobile).
 */
export function deliveryForm(
  offered: Delivery[],
  chosen: CaseDelivery | undefined,
  suggested?: Partial<DeliveryChoice>,
): DeliveryForm {
  const form = emptyDelivery()
  const method = chosen?.method ?? (offered.length === 1 ? offered[0] : undefined)
  form.method = method && offered.includes(method) ? method : ''
  form.address = chosen?.address ?? suggested?.address ?? ''
  form.recipient = chosen?.recipient ?? suggested?.recipient ?? ''
  form.mobile = chosen?.mobile ?? suggested?.mobile ?? ''
  form.postcode = chosen?.postcode ?? ''
  return form
}

/** What is wrong with the choice, by field (method, address, recipient, mobile, postcode), as the server checks it. */
export function deliveryProblems(form: DeliveryForm, offered: Delivery[], zeroVisit: boolean): Record<string, Message> {
  const out: Record<string, Message> = {}
  if (!form.method || !offered.includes(form.method)) out.method = { key: 'choices.delivery.required' }
  else if (form.method === 'WINDOW' && zeroVisit) out.method = { key: 'choices.delivery.required' }
  if (form.method !== 'POST') return out
  const address = form.address.trim()
  if (!address) out.address = { key: 'apply.validation.required' }
  else if (address.length > ADDRESS_MAX) out.address = { key: 'apply.validation.tooLong', params: { max: ADDRESS_MAX, n: address.length } }
  const recipient = form.recipient.trim()
  if (!recipient) out.recipient = { key: 'apply.validation.required' }
  else if (recipient.length > NAME_MAX) out.recipient = { key: 'apply.validation.tooLong', params: { max: NAME_MAX, n: recipient.length } }
  const mobile = form.mobile.trim()
  if (!mobile) out.mobile = { key: 'apply.validation.required' }
  else if (!MOBILE_PATTERN.test(mobile)) out.mobile = { key: 'validation.mobile' }
  const postcode = form.postcode.trim()
  if (postcode && !POSTCODE.test(postcode)) out.postcode = { key: 'choices.delivery.postcodeHelp' }
  return out
}

/** The body's `delivery`: only a postal delivery sends an address, recipient and mobile. */
export function deliveryChoice(form: DeliveryForm): DeliveryChoice | undefined {
  if (!form.method) return undefined
  if (form.method !== 'POST') return { method: form.method }
  const choice: DeliveryChoice = {
    method: 'POST',
    address: form.address.trim(),
    recipient: form.recipient.trim(),
    mobile: form.mobile.trim(),
  }
  if (form.postcode.trim()) choice.postcode = form.postcode.trim()
  return choice
}
