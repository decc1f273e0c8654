import { describe, expect, it } from 'vitest'
import { parseListQuery, toApiFilters, toRouteQuery } from '@/composables/useListQuery'

describe('list query', () => {
  it('reads the filters from the URL and ignores values the API would reject', () => {
    const state = parseListQuery({
      q: ' 危险化学品 ',
      type: 'LICENSING',
      serviceObject: 'ROBOT',
      zeroVisit: 'true',
      cityWide: 'yes',
      page: '3',
      size: '500',
    })
    expect(state).toEqual({
      q: '危险化学品',
      type: 'LICENSING',
      serviceObject: undefined,
      zeroVisit: true,
      cityWide: false,
      page: 3,
      size: 20,
    })
  })

  it('defaults to page 1 of 20 with no filters', () => {
    expect(parseListQuery({})).toEqual({
      q: '',
      type: undefined,
      serviceObject: undefined,
      zeroVisit: false,
      cityWide: false,
      page: 1,
      size: 20,
    })
    expect(parseListQuery({ page: '0' }).page).toBe(1)
    expect(parseListQuery({ page: ['2', '5'] }).page).toBe(2)
  })

  it('writes short URLs, leaving defaults out', () => {
    expect(toRouteQuery(parseListQuery({}))).toEqual({})
    expect(toRouteQuery({ ...parseListQuery({}), zeroVisit: true, serviceObject: 'LEGAL_PERSON', page: 2 })).toEqual({
      zeroVisit: 'true',
      serviceObject: 'LEGAL_PERSON',
      page: '2',
    })
  })

  it('maps to API filters with page counted from 0 and unset flags left out', () => {
    expect(toApiFilters(parseListQuery({ zeroVisit: 'true', page: '2', size: '10' }))).toEqual({
      q: undefined,
      type: undefined,
      serviceObject: undefined,
      zeroVisit: true,
      cityWide: undefined,
      page: 1,
      size: 10,
    })
  })
})
