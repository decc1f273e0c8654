import type { Message } from './useFormValidation'
import {
  CREDIT_CODE_CHARSET,
  isPlausibleBirthDate,
  idNumberCheckChar,
  creditCodeCheckChar,
  isValidMobile,
  isValidOneTimeCode,
  normaliseCode,
  passwordProblems,
} from '@/utils/validators'

/** The checks behind the account forms, as messages to translate (the rules themselves are in utils/validators). */

export function required(value: string, label: string): Message | undefined {
  return value.trim() ? undefined : { key: 'form.required', field: label }
}

export function maxLength(value: string, max: number): Message | undefined {
  return value.trim().length > max ? { key: 'validation.tooLong', params: { n: max } } : undefined
}

export function creditCodeMessage(value: string, label: string): Message | undefined {
  const code = normaliseCode(value)
  if (!code) return required(code, label)
  if ([...code].some((c) => !CREDIT_CODE_CHARSET.includes(c))) return { key: 'validation.creditCodeChars' }
  if (code.length !== 18) return { key: 'validation.creditCodeLength', params: { n: code.length } }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code.charAt(17)) return { key: 'validation.creditCodeCheck' }
  return undefined
}

export function idNumberMessage(value: string, label: string, today: Date = new Date()): Message | undefined {
  const id = normaliseCode(value)
  if (!id) return required(id, label)
  if (!/^\d{17}[\dX]$/.test(id)) return { key: 'validation.idNumberFormat' }
  if (!isPlausibleBirthDate(id.slice(6, 14), today)) return { key: 'validation.idNumberDate' }
  if (idNumberCheckChar(id.slice(0, 17)) !== id.charAt(17)) return { key: 'validation.idNumberCheck' }
  return undefined
}

export function mobileMessage(value: string, label: string): Message | undefined {
  if (!value.trim()) return required(value, label)
  return isValidMobile(value) ? undefined : { key: 'validation.mobile' }
}

const PASSWORD_KEYS = {
  length: 'validation.passwordLength',
  tooLong: 'validation.passwordTooLong',
  classes: 'validation.passwordClasses',
  containsUsername: 'validation.passwordUsername',
} as const

/** The first rule a new password breaks (as the server would name it). */
export function passwordMessage(value: string, label: string, usernames: (string | undefined)[]): Message | undefined {
  if (!value) return required(value, label)
  const [first] = passwordProblems(value, usernames)
  return first ? { key: PASSWORD_KEYS[first] } : undefined
}

export function confirmMessage(value: string, password: string, label: string): Message | undefined {
  if (!value) return required(value, label)
  return value === password ? undefined : { key: 'validation.confirm' }
}

export function oneTimeCodeMessage(value: string, label: string): Message | undefined {
  if (!value.trim()) return required(value, label)
  return isValidOneTimeCode(value) ? undefined : { key: 'validation.totp' }
}
