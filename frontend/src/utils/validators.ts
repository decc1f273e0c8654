/**
 * The account rules the backend applies (identity/AccountRules, CreditCode, IdNumber, Mobile, Passwords),
 * checked in the browser first so people see mistakes as they type. The server stays the authority:
 * it also refuses common passwords, and its field errors are shown as they come.
 */

/** GB 32100-2015: the 31 characters of a unified social credit code (no I, O, S, V, Z). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

/** GB 11643-1999: weights and check characters of a resident identity number (ISO 7064 MOD 11-2). */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const ID_CHECK = '10X98765432'

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/
export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 128
/** A username shorter than this is not looked for inside the password (as on the server). */
const USERNAME_MIN_IN_PASSWORD = 3

/** Trims and upper-cases a code typed by a person (lower-case x in an ID number, letters in a credit code). */
export function normaliseCode(value: string | undefined | null): string {
  return (value ?? '').trim().toUpperCase()
}

/** The check character for the first 17 characters of a credit code, or undefined if one is not allowed. */
export function creditCodeCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i))
    if (value < 0) return undefined
    sum += value * CREDIT_CODE_WEIGHTS[i]!
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31)
}

export function isValidCreditCode(value: string | undefined | null): boolean {
  const code = normaliseCode(value)
  if (code.length !== 18) return false
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17)
}

/** The check character for the first 17 digits of an ID number, or undefined if they are not 17 digits. */
export function idNumberCheckChar(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * ID_WEIGHTS[i]!
  return ID_CHECK.charAt(sum % 11)
}

/** Whether yyyymmdd is a real date from 1900-01-01 up to today (the browser's today). */
export function isPlausibleBirthDate(yyyymmdd: string, today: Date = new Date()): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())
  return date.getTime() <= todayUtc
}

export function isValidIdNumber(value: string | undefined | null, today: Date = new Date()): boolean {
  const id = normaliseCode(value)
  if (!/^\d{17}[\dX]$/.test(id)) return false
  if (!isPlausibleBirthDate(id.slice(6, 14), today)) return false
  return idNumberCheckChar(id.slice(0, 17)) === id.charAt(17)
}

export function isValidMobile(value: string | undefined | null): boolean {
  return MOBILE_PATTERN.test((value ?? '').trim())
}

/** The four kinds of characters of the password policy; at least three must be present. */
export function passwordClasses(password: string): { lower: boolean; upper: boolean; digit: boolean; symbol: boolean } {
  return {
    lower: /\p{Ll}/u.test(password),
    upper: /\p{Lu}/u.test(password),
    digit: /\p{Nd}/u.test(password),
    // Java's !Character.isLetterOrDigit: anything that is neither a letter nor a decimal digit.
    symbol: /[^\p{L}\p{Nd}]/u.test(password),
  }
}

export type PasswordRule = 'length' | 'tooLong' | 'classes' | 'containsUsername'

/**
 * What is wrong with a new password, in the server's order. `usernames` are the login names it must not
 * contain (credit code, ID number, mobile, staff number); case is ignored.
 */
export function passwordProblems(password: string, usernames: (string | undefined | null)[] = []): PasswordRule[] {
  if (password.length < PASSWORD_MIN) return ['length']
  if (password.length > PASSWORD_MAX) return ['tooLong']
  const problems: PasswordRule[] = []
  if (Object.values(passwordClasses(password)).filter(Boolean).length < 3) problems.push('classes')
  const lower = password.toLowerCase()
  const names = usernames.map((u) => (u ?? '').trim().toLowerCase()).filter((u) => u.length >= USERNAME_MIN_IN_PASSWORD)
  if (names.some((u) => lower.includes(u))) problems.push('containsUsername')
  return problems
}

export function isValidPassword(password: string, usernames: (string | undefined | null)[] = []): boolean {
  return passwordProblems(password, usernames).length === 0
}

/** A six-digit one-time code (spaces people type between groups are ignored). */
export function normaliseOneTimeCode(value: string | undefined | null): string {
  return (value ?? '').replace(/\s+/g, '')
}

export function isValidOneTimeCode(value: string | undefined | null): boolean {
  return /^\d{6}$/.test(normaliseOneTimeCode(value))
}
