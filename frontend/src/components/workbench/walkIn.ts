/**
 * The walk-in form's rules: the applicant's identifier (a credit code or an ID number), and the item's own
 * form fields by type. Messages are i18n keys (translated when shown); the server checks everything again.
 */
import type { FormFieldDefinition } from '@/api'
import type { Message } from '@/composables/useFormValidation'
import { creditCodeMessage, idNumberMessage, mobileMessage } from '@/composables/accountRules'
import { normaliseCode } from '@/utils/validators'

const ID_NUMBER_SHAPE = /^\d{17}[\dX]$/

/**
 * The applicant's identifier: an 18-character unified social credit code (GB 32100) or an 18-character
 * resident ID number (GB 11643), check character included. Empty is "required"; another length says what is
 * expected; an 18-character value valid as either is fine, else the message of the one it resembles.
 * `label` is the i18n key of the field's label.
 */
export function applicantIdentifierMessage(value: string, label: string, today: Date = new Date()): Message | undefined {
  const code = normaliseCode(value)
  if (!code) return { key: 'form.required', field: label }
  if (code.length !== 18) return { key: 'workbench.walkIn.applicantFormat' }
  const asCreditCode = creditCodeMessage(code, label)
  if (!ID_NUMBER_SHAPE.test(code)) return asCreditCode
  const asIdNumber = idNumberMessage(code, label, today)
  return asIdNumber && asCreditCode ? asIdNumber : undefined
}

/** A value of the item's form as typed (checkboxes are booleans). */
export type FieldValue = string | boolean

/** What a field of the item's form wants, or undefined when it is fine. `label` is shown as is (the guide's). */
export function formFieldMessage(field: FormFieldDefinition, value: FieldValue | undefined): Message | undefined {
  const label = field.label ?? field.key ?? ''
  if (field.type === 'checkbox') {
    return field.required && value !== true ? { key: 'workbench.walkIn.mustCheck', params: { field: label } } : undefined
  }
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return field.required ? { key: 'workbench.panel.required', params: { field: label } } : undefined
  switch (field.type) {
    case 'number': {
      const n = Number(text)
      if (!/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(n)) return { key: 'workbench.walkIn.invalidNumber' }
      if (typeof field.min === 'number' && n < field.min) return { key: 'workbench.walkIn.min', params: { n: field.min } }
      if (typeof field.max === 'number' && n > field.max) return { key: 'workbench.walkIn.max', params: { n: field.max } }
      return patternMessage(field, text)
    }
    case 'mobile':
      return withField(mobileMessage(text, label), label)
    case 'creditCode':
      return withField(creditCodeMessage(text, label), label)
    case 'idNumber':
      return withField(idNumberMessage(text, label), label)
    case 'select':
      if (field.options?.length && !field.options.includes(text)) return { key: 'workbench.walkIn.option' }
      return undefined
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? undefined : { key: 'workbench.walkIn.pattern' }
    default:
      // For text, `max` is the longest length the server takes.
      if (typeof field.max === 'number' && text.length > field.max) return { key: 'workbench.walkIn.tooLong', params: { n: field.max } }
      return patternMessage(field, text)
  }
}

/** The account rules name their field by an i18n key; here the label is the guide's own text. */
function withField(message: Message | undefined, label: string): Message | undefined {
  if (!message) return undefined
  if (message.field) return { key: 'workbench.panel.required', params: { field: label } }
  return message
}

function patternMessage(field: FormFieldDefinition, text: string): Message | undefined {
  if (!field.pattern) return undefined
  let pattern: RegExp
  try {
    pattern = new RegExp(field.pattern, 'u')
  } catch {
    return undefined
  }
  return pattern.test(text) ? undefined : { key: 'workbench.walkIn.pattern' }
}

/** The form data to send: numbers as numbers, checkboxes as booleans, codes upper-cased, empty fields left out. */
export function toFormData(fields: FormFieldDefinition[], values: Record<string, FieldValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    if (!field.key) continue
    const value = values[field.key]
    if (field.type === 'checkbox') {
      if (value === true) out[field.key] = true
      continue
    }
    const text = typeof value === 'string' ? value.trim() : ''
    if (!text) continue
    if (field.type === 'number' && Number.isFinite(Number(text))) out[field.key] = Number(text)
    else if (field.type === 'creditCode' || field.type === 'idNumber') out[field.key] = normaliseCode(text)
    else out[field.key] = text
  }
  return out
}
