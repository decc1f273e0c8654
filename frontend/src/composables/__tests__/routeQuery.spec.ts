import { describe, expect, it } from 'vitest'
import { oneOf, positiveInt, queryPage, queryValue } from '@/composables/routeQuery'

describe('route query readers', () => {
  it('take the first of repeated values, and nothing for a bare or missing one', () => {
    expect(queryValue('a')).toBe('a')
    expect(queryValue(['b', 'c'])).toBe('b')
    expect(queryValue([])).toBeUndefined()
    expect(queryValue(null)).toBeUndefined()
    expect(queryValue(undefined)).toBeUndefined()
  })

  it('read whole numbers written in digits only, within bounds, else the fallback', () => {
    expect(positiveInt('3', 1)).toBe(3)
    expect(positiveInt('007', 1)).toBe(7)
    for (const bad of [undefined, '', '0', '-2', '2.5', '1e3', ' 4', 'x']) expect(positiveInt(bad, 9), String(bad)).toBe(9)
    expect(positiveInt('101', 20, 100)).toBe(20)
    expect(positiveInt('100', 20, 100)).toBe(100)
  })

  it('keep only allowed values', () => {
    expect(oneOf('OPEN', ['OPEN', 'CLOSED'] as const)).toBe('OPEN')
    expect(oneOf('open', ['OPEN', 'CLOSED'] as const)).toBeUndefined()
    expect(oneOf(undefined, ['OPEN'] as const)).toBeUndefined()
  })

  it('read the page from 1, page 1 when it is not a page number', () => {
    expect(queryPage({ page: '4' })).toBe(4)
    expect(queryPage({ page: ['2', '5'] })).toBe(2)
    expect(queryPage({})).toBe(1)
    expect(queryPage({ page: '0' })).toBe(1)
    expect(queryPage({ page: 'last' })).toBe(1)
  })
})
