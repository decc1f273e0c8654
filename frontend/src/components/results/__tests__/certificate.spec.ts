import { describe, expect, it } from 'vitest'
import { certificateStatus, expiresSoon, parseLookup, verificationPath } from '../certificate'
import { isValidPeriod, last12Months, lastYear, periodFromQuery, thisYear, todayIso } from '../period'

describe('certificate helpers', () => {
  it('flags a valid certificate that ends within 60 days', () => {
    expect(expiresSoon({ status: 'VALID', daysLeft: 61 })).toBe(false)
    expect(expiresSoon({ status: 'VALID', daysLeft: 60 })).toBe(true)
    expect(expiresSoon({ status: 'VALID', daysLeft: 0 })).toBe(true)
    expect(expiresSoon({ status: 'EXPIRED', daysLeft: -3 })).toBe(false)
    expect(expiresSoon({ status: 'REVOKED', daysLeft: 10 })).toBe(false)
    expect(expiresSoon({ status: 'VALID', daysLeft: undefined })).toBe(false)
  })

  it('treats an unknown status as not valid', () => {
    expect(certificateStatus('VALID')).toBe('VALID')
    expect(certificateStatus('SOMETHING')).toBe('INVALID')
    expect(certificateStatus(undefined)).toBe('INVALID')
  })

  it('links the verification page inside the app, whatever host the public address names', () => {
    expect(
      verificationPath({ number: 'CXAJ-ZS-2026-000001', verificationUrl: 'https://onevisit.example.org/verify/CXAJ-ZS-2026-000001?s=abc' }),
    ).toBe('/verify/CXAJ-ZS-2026-000001?s=abc')
    expect(verificationPath({ number: 'CXAJ-BA-2026-000002' })).toBe('/verify/CXAJ-BA-2026-000002')
  })

  it('reads a typed number or a pasted verification address', () => {
    expect(parseLookup(' cxaj-zs-2026-000001 ')).toEqual({ number: 'CXAJ-ZS-2026-000001' })
    expect(parseLookup('https://onevisit.example.org/verify/CXAJ-ZS-2026-000001?s=3f9a1c2b')).toEqual({
      number: 'CXAJ-ZS-2026-000001',
      s: '3f9a1c2b',
    })
    expect(parseLookup('CXAJ-ZS-2026-000001', ' 99aa ')).toEqual({ number: 'CXAJ-ZS-2026-000001', s: '99aa' })
    expect(parseLookup('   ')).toEqual({ number: '' })
  })
})

describe('statistics period', () => {
  it('defaults to this year up to today, in China’s time zone', () => {
    expect(todayIso(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01')
    expect(thisYear('2026-11-28')).toEqual({ from: '2026-01-01', to: '2026-11-28' })
    expect(lastYear('2026-11-28')).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(last12Months('2026-11-28')).toEqual({ from: '2025-12-01', to: '2026-11-28' })
  })

  it('takes a well-formed period from the URL, else this year', () => {
    expect(periodFromQuery({ from: '2025-03-01', to: '2025-06-30' }, '2026-11-28')).toEqual({ from: '2025-03-01', to: '2025-06-30' })
    expect(periodFromQuery({ from: '2025-06-30', to: '2025-03-01' }, '2026-11-28')).toEqual({ from: '2026-01-01', to: '2026-11-28' })
    expect(periodFromQuery({ from: '2025-02-30', to: '2025-03-01' }, '2026-11-28')).toEqual({ from: '2026-01-01', to: '2026-11-28' })
    expect(isValidPeriod({ from: '2026-01-01', to: '2026-01-01' })).toBe(true)
    expect(isValidPeriod({ from: '', to: '2026-01-01' })).toBe(false)
  })
})
