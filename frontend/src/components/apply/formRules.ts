import type { FormFieldDefinition } from '@/api'
import type { ApplicationFormData } from '@/api/applications'
import type { Message } from '@/composables/useFormValidation'
import { creditCodeMessage, idNumberMessage } from '@/composables/accountRules'
import { MOBILE_PATTERN, normaliseCode } from '@/utils/validators'

/**
 * The checks of an item's application form, the same the server makes (catalog/FormValidator):
 * required (only when submitting), number and range, length of text (default at most 200, 2000 for a
 * textarea), pattern (the whole text), date, one of the options, mobile, credit code, ID number.
 */

/** What a control holds: text as typed (numbers too, so bad input can be shown), or a checkbox's state. */
export type FieldValue = string | boolean | undefined
export type FormValues = Record<string, FieldValue>

export const TEXT_MAX = 200
export const TEXTAREA_MAX = 2000

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/

export function fieldKey(field: FormFieldDefinition): string {
  return field.key ?? ''
}

export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/** The longest text a text field takes (its max, or the server's default). */
export function textMax(field: FormFieldDefinition): number {
  if (field.max !== undefined && field.max !== null) return field.max
  return field.type === 'textarea' ? TEXTAREA_MAX : TEXT_MAX
}

/** How a bound is written in a message (JSON's 100.0 is 100 here). */
function bound(value: number): string {
  return String(value)
}

function isRealDate(text: string): boolean {
  const m = DATE_TEXT.exec(text)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12 || day < 1) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function matchesWhole(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(text)
  } catch {
    // A pattern the browser cannot read is left to the server.
    return true
  }
}

function requiredMessage(field: FormFieldDefinition): Message {
  if (field.type === 'select') return { key: 'apply.validation.requiredChoice' }
  if (field.type === 'checkbox') return { key: 'apply.validation.requiredCheck' }
  return { key: 'apply.validation.required' }
}

/**
 * What is wrong with one field's value, or undefined. `complete` is true for a submission (required
 * fields must be filled in, a required checkbox ticked); a draft may be incomplete but not malformed.
 */
export function fieldMessage(field: FormFieldDefinition, value: unknown, complete: boolean): Message | undefined {
  if (isEmptyValue(value)) return complete && field.required ? requiredMessage(field) : undefined
  const label = field.label ?? field.key ?? ''
  switch (field.type) {
    case 'checkbox':
      if (typeof value !== 'boolean') return { key: 'apply.validation.checkbox' }
      return complete && field.required && !value ? requiredMessage(field) : undefined
    case 'number': {
      const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
      if (!NUMBER_TEXT.test(text)) return { key: 'apply.validation.number' }
      const n = Number(text)
      const { min, max } = field
      const hasMin = min !== undefined && min !== null
      const hasMax = max !== undefined && max !== null
      if ((hasMin && n < min) || (hasMax && n > max)) {
        if (hasMin && hasMax) return { key: 'apply.validation.range', params: { min: bound(min), max: bound(max) } }
        if (hasMin) return { key: 'apply.validation.min', params: { min: bound(min) } }
        return { key: 'apply.validation.max', params: { max: bound(max!) } }
      }
      return undefined
    }
    default:
      break
  }
  if (typeof value !== 'string') return { key: 'apply.validation.text' }
  const text = value.trim()
  switch (field.type) {
    case 'date':
      return isRealDate(text) ? undefined : { key: 'apply.validation.date' }
    case 'select':
      return field.options?.includes(text) ? undefined : { key: 'apply.validation.option' }
    case 'mobile':
      return MOBILE_PATTERN.test(text) ? undefined : { key: 'validation.mobile' }
    case 'creditCode':
      return creditCodeMessage(text, label)
    case 'idNumber':
      return idNumberMessage(text, label)
    default: {
      const min = field.min ?? 0
      const max = textMax(field)
      if (text.length < min || text.length > max) {
        return min > 0
          ? { key: 'apply.validation.length', params: { min: bound(min), max: bound(max), n: text.length } }
          : { key: 'apply.validation.tooLong', params: { max: bound(max), n: text.length } }
      }
      if (field.pattern && !matchesWhole(field.pattern, text)) return { key: 'apply.validation.pattern' }
      return undefined
    }
  }
}

/** Every problem of the form, by field key, in the form's order. */
export function validateForm(
  fields: FormFieldDefinition[],
  values: FormValues,
  complete: boolean,
): Map<string, Message> {
  const problems = new Map<string, Message>()
  for (const field of fields) {
    const key = fieldKey(field)
    if (!key) continue
    const message = fieldMessage(field, values[key], complete)
    if (message) problems.set(key, message)
  }
  return problems
}

/** The controls' values for saved form data (numbers become text; a checkbox is false until ticked). */
export function toFormValues(fields: FormFieldDefinition[], data: Record<string, unknown> | undefined | null): FormValues {
  const values: FormValues = {}
  for (const field of fields) {
    const key = fieldKey(field)
    if (!key) continue
    const saved = data?.[key]
    if (field.type === 'checkbox') values[key] = saved === true
    else if (saved === undefined || saved === null) values[key] = ''
    else values[key] = typeof saved === 'string' ? saved : String(saved)
  }
  return values
}

/** A value as the server stores it: trimmed text, upper-cased codes, numbers as numbers; empty ones left out. */
export function toServerValue(field: FormFieldDefinition, value: FieldValue): unknown {
  if (field.type === 'checkbox') return value === true
  if (typeof value !== 'string' || isEmptyValue(value)) return undefined
  const text = value.trim()
  switch (field.type) {
    case 'number':
      return NUMBER_TEXT.test(text) ? Number(text) : text
    case 'creditCode':
    case 'idNumber':
      return normaliseCode(text)
    default:
      return text
  }
}

/** The form data to send: only the form's own fields (the server refuses others), empty ones left out. */
export function toFormData(fields: FormFieldDefinition[], values: FormValues): ApplicationFormData {
  const data: ApplicationFormData = {}
  for (const field of fields) {
    const key = fieldKey(field)
    if (!key) continue
    const value = toServerValue(field, values[key])
    if (value !== undefined) data[key] = value
  }
  return data
}

/** How a saved value reads in the review and on the case page. */
export function displayValue(field: FormFieldDefinition | undefined, value: unknown, yes: string, no: string): string {
  if (value === undefined || value === null || value === '') return ''
  if (typeof value === 'boolean') return value ? yes : no
  if (field?.type === 'checkbox') return value ? yes : no
  return String(value)
}
