import { describe, expect, it } from 'vitest'
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  idNumberCheckChar,
  isPlausibleBirthDate,
  isValidCreditCode,
  isValidIdNumber,
  isValidMobile,
  isValidOneTimeCode,
  isValidPassword,
  passwordClasses,
  passwordProblems,
} from '@/utils/validators'
import { creditCodeMessage, idNumberMessage, mobileMessage, passwordMessage } from '@/composables/accountRules'

/** A small seeded generator, so a failing property run can be repeated. */
function random(seed: number) {
  let state = seed >>> 0
  return (n: number) => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state % n
  }
}

const TODAY = new Date(2026, 10, 27)

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real codes, in any case and with spaces around', () => {
    for (const code of ['91330282MA2CX1A7U1', '91350100M000100Y43', '91110000600037341L', '91310000775785552L']) {
      expect(isValidCreditCode(code), code).toBe(true)
    }
    expect(isValidCreditCode(' 91330282ma2cx1a7u1 ')).toBe(true)
  })

  it('refuses a wrong check character, a wrong length and letters outside the set', () => {
    expect(isValidCreditCode('91330282MA2CX1A7U2')).toBe(false)
    expect(isValidCreditCode('91330282MA2CX1A7U')).toBe(false)
    expect(isValidCreditCode('91330282MA2CX1A7U11')).toBe(false)
    expect(isValidCreditCode('91330282MA2CX1A7O1')).toBe(false) // O is not in the set
    expect(isValidCreditCode('')).toBe(false)
    expect(isValidCreditCode(undefined)).toBe(false)
    expect(creditCodeCheckChar('9133028IMA2CX1A7U')).toBeUndefined()
  })

  it('property: every generated code is valid, and changing any one character makes it invalid', () => {
    const next = random(20180601)
    for (let run = 0; run < 500; run++) {
      let body = ''
      for (let i = 0; i < 17; i++) body += CREDIT_CODE_CHARSET[next(CREDIT_CODE_CHARSET.length)]
      const code = body + creditCodeCheckChar(body)
      expect(isValidCreditCode(code), code).toBe(true)
      const at = next(18)
      const original = CREDIT_CODE_CHARSET.indexOf(code.charAt(at))
      const replacement = CREDIT_CODE_CHARSET[(original + 1 + next(30)) % 31]
      const changed = code.slice(0, at) + replacement + code.slice(at + 1)
      expect(isValidCreditCode(changed), `${code} → ${changed}`).toBe(false)
    }
  })

  it('names what is wrong', () => {
    const label = 'register.fields.creditCode'
    expect(creditCodeMessage('', label)).toEqual({ key: 'form.required', field: label })
    expect(creditCodeMessage('91330282MA2CX1A7I1', label)?.key).toBe('validation.creditCodeChars')
    expect(creditCodeMessage('9133028', label)).toEqual({ key: 'validation.creditCodeLength', params: { n: 7 } })
    expect(creditCodeMessage('91330282MA2CX1A7U2', label)?.key).toBe('validation.creditCodeCheck')
    expect(creditCodeMessage('91330282ma2cx1a7u1', label)).toBeUndefined()
  })
})

describe('resident ID number (GB 11643-1999)', () => {
  it('accepts real numbers, with the check character X in either case', () => {
    for (const id of ['330282199001011231', '11010519491231002X', '110101199003074477']) {
      expect(isValidIdNumber(id, TODAY), id).toBe(true)
    }
    expect(isValidIdNumber('11010519491231002x', TODAY)).toBe(true)
  })

  it('refuses a wrong check character, impossible or future birth dates, and bad shapes', () => {
    expect(isValidIdNumber('330282199001011232', TODAY)).toBe(false)
    expect(isValidIdNumber('440308199901011233', TODAY)).toBe(false)
    expect(isValidIdNumber('33028219900230123X', TODAY)).toBe(false) // 30 February
    expect(isValidIdNumber('33028218991231123X', TODAY)).toBe(false) // before 1900
    expect(isValidIdNumber('3302821990010112', TODAY)).toBe(false)
    expect(isValidIdNumber('33028219900101123A', TODAY)).toBe(false)
    expect(isPlausibleBirthDate('20261127', TODAY)).toBe(true)
    expect(isPlausibleBirthDate('20261128', TODAY)).toBe(false)
    expect(isPlausibleBirthDate('20000229', TODAY)).toBe(true)
    expect(isPlausibleBirthDate('19000229', TODAY)).toBe(false)
  })

  it('property: every generated number is valid, and changing any one digit makes it invalid', () => {
    const next = random(19491231)
    const start = Date.UTC(1900, 0, 1)
    const end = Date.UTC(2026, 10, 27)
    for (let run = 0; run < 500; run++) {
      const birth = new Date(start + next(Math.floor((end - start) / 86_400_000)) * 86_400_000)
      const date = birth.toISOString().slice(0, 10).replace(/-/g, '')
      let area = ''
      for (let i = 0; i < 6; i++) area += next(10)
      const sequence = String(next(1000)).padStart(3, '0')
      const body = area + date + sequence
      const id = body + idNumberCheckChar(body)
      expect(isValidIdNumber(id, TODAY), id).toBe(true)
      const at = next(17)
      const digit = (Number(id.charAt(at)) + 1 + next(9)) % 10
      const changed = id.slice(0, at) + digit + id.slice(at + 1)
      expect(isValidIdNumber(changed, TODAY), `${id} → ${changed}`).toBe(false)
    }
  })

  it('names what is wrong', () => {
    const label = 'register.fields.idNumber'
    expect(idNumberMessage('  ', label)).toEqual({ key: 'form.required', field: label })
    expect(idNumberMessage('3302821990', label, TODAY)?.key).toBe('validation.idNumberFormat')
    expect(idNumberMessage('330282199013011231', label, TODAY)?.key).toBe('validation.idNumberDate')
    expect(idNumberMessage('330282199001011232', label, TODAY)?.key).toBe('validation.idNumberCheck')
    expect(idNumberMessage('11010519491231002x', label, TODAY)).toBeUndefined()
  })
})

describe('mobile number', () => {
  it('takes 11 digits starting 13 to 19', () => {
    for (const m of ['13805740001', '19912345678', ' 15012345678 ']) expect(isValidMobile(m), m).toBe(true)
    for (const m of ['12805740001', '1380574000', '138057400011', '+8613805740001', '1380574000a', '']) {
      expect(isValidMobile(m), m).toBe(false)
    }
    expect(mobileMessage('', 'register.fields.mobile')?.key).toBe('form.required')
    expect(mobileMessage('12345', 'register.fields.mobile')?.key).toBe('validation.mobile')
  })
})

describe('password policy', () => {
  it('needs 10 characters of at least three kinds', () => {
    expect(passwordProblems('Ab1!')).toEqual(['length'])
    expect(passwordProblems('abcdefghij')).toEqual(['classes'])
    expect(passwordProblems('abcdefghi1')).toEqual(['classes'])
    expect(passwordProblems('abcdefgh1!')).toEqual([])
    expect(passwordProblems('Abcdefghi1')).toEqual([])
    // Chinese characters are letters without case: they count as none of the kinds (as on the server).
    expect(passwordProblems('密码密码密码密码Ab')).toEqual(['classes'])
    expect(passwordProblems('密码密码密码密Ab1')).toEqual([])
    expect(passwordProblems('Aa1!'.repeat(33))).toEqual(['tooLong'])
    expect(passwordClasses('aB3 ')).toEqual({ lower: true, upper: true, digit: true, symbol: true })
  })

  it('must not contain the username or the mobile number, whatever the case', () => {
    expect(passwordProblems('x91330282ma2cx1a7u1!', ['91330282MA2CX1A7U1'])).toEqual(['containsUsername'])
    expect(passwordProblems('Pw-13805740001', ['91330282MA2CX1A7U1', '13805740001'])).toEqual(['containsUsername'])
    expect(passwordProblems('Window-Pass-1', ['window'])).toEqual(['containsUsername'])
    // Names shorter than three characters are not looked for (as on the server).
    expect(passwordProblems('ab-Secret-123', ['ab', undefined, ''])).toEqual([])
    expect(isValidPassword('OneVisit-2018!', ['91330282MA2CX1A7U1', '13805740001'])).toBe(true)
    expect(passwordMessage('', 'register.fields.password', [])?.key).toBe('form.required')
    expect(passwordMessage('short', 'register.fields.password', [])?.key).toBe('validation.passwordLength')
  })

  it('reads six-digit one-time codes, ignoring spaces', () => {
    expect(isValidOneTimeCode('123456')).toBe(true)
    expect(isValidOneTimeCode('123 456')).toBe(true)
    expect(isValidOneTimeCode('12345')).toBe(false)
    expect(isValidOneTimeCode('12345a')).toBe(false)
  })
})
