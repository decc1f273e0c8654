import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import {
  defaultTab,
  mapCounts,
  parseQueueQuery,
  queueTabs,
  toQueueFilters,
  toQueueRouteQuery,
  useCaseStore,
  useWorkbenchStore,
} from '@/stores/workbench'
import { problemBody, stubApi } from '@/testing/http'
import { CASE_ID, guide, pendingDecisionCase, queuePage, submittedCase } from '@/components/workbench/__tests__/fixtures'

beforeEach(() => {
  setActivePinia(createPinia())
})

describe('queue tabs', () => {
  it('puts the officer’s own queues first, then overdue, the others and all', () => {
    expect(queueTabs(['WINDOW'])).toEqual([
      'SUBMITTED',
      'CORRECTION_REQUIRED',
      'APPROVED',
      'OVERDUE',
      'UNDER_REVIEW',
      'PENDING_DECISION',
      'ALL',
    ])
    expect(queueTabs(['REVIEWER'])[0]).toBe('UNDER_REVIEW')
    expect(queueTabs(['APPROVER'])[0]).toBe('PENDING_DECISION')
    expect(queueTabs(['REVIEWER', 'APPROVER']).slice(0, 3)).toEqual(['UNDER_REVIEW', 'PENDING_DECISION', 'OVERDUE'])
    expect(defaultTab(['APPROVER'])).toBe('PENDING_DECISION')
    expect(defaultTab(['WINDOW', 'APPROVER'])).toBe('SUBMITTED')
  })

  it('maps the API’s counts onto the tabs; all is the sum of the state queues', () => {
    expect(mapCounts({ SUBMITTED: 4, CORRECTION_REQUIRED: 1, UNDER_REVIEW: 0, PENDING_DECISION: 2, APPROVED: 3, OVERDUE: 5 })).toEqual({
      SUBMITTED: 4,
      CORRECTION_REQUIRED: 1,
      UNDER_REVIEW: 0,
      PENDING_DECISION: 2,
      APPROVED: 3,
      OVERDUE: 5,
      ALL: 10,
    })
    expect(mapCounts(undefined)).toEqual({})
    expect(mapCounts({ SUBMITTED: 1, COMPLETED: 9 })).toEqual({ SUBMITTED: 1, ALL: 1 })
  })
})

describe('queue query (URL ⇄ filters)', () => {
  it('reads the URL, falling back to the officer’s own first tab and dropping what the API would refuse', () => {
    expect(parseQueueQuery({}, 'SUBMITTED')).toEqual({ tab: 'SUBMITTED', item: undefined, due: undefined, q: '', page: 1, size: 20 })
    expect(
      parseQueueQuery({ tab: 'UNDER_REVIEW', item: '010019600100', due: 'SOON', q: '  示范化工 ', page: '3', size: '50' }, 'SUBMITTED'),
    ).toEqual({ tab: 'UNDER_REVIEW', item: '010019600100', due: 'SOON', q: '示范化工', page: 3, size: 50 })
    expect(parseQueueQuery({ tab: 'COMPLETED', due: 'LATE', page: '-1', size: '1000', item: '<x>' }, 'PENDING_DECISION')).toEqual({
      tab: 'PENDING_DECISION',
      item: undefined,
      due: undefined,
      q: '',
      page: 1,
      size: 20,
    })
    // The overdue tab is its own due filter.
    expect(parseQueueQuery({ tab: 'OVERDUE', due: 'SOON' }).due).toBeUndefined()
  })

  it('builds the API filters: a state tab is `state`, overdue is `due=OVERDUE`, all is neither; page from 0', () => {
    expect(toQueueFilters(parseQueueQuery({ tab: 'APPROVED', item: '010019600100', q: 'AJ-2026', page: '2' }))).toEqual({
      state: 'APPROVED',
      due: undefined,
      item: '010019600100',
      q: 'AJ-2026',
      page: 1,
      size: 20,
    })
    expect(toQueueFilters(parseQueueQuery({ tab: 'OVERDUE' }))).toMatchObject({ state: undefined, due: 'OVERDUE', page: 0 })
    expect(toQueueFilters(parseQueueQuery({ tab: 'ALL', due: 'SOON' }))).toMatchObject({ state: undefined, due: 'SOON', q: undefined })
  })

  it('writes the URL without defaults, and reads back what it wrote', () => {
    const state = parseQueueQuery({ tab: 'UNDER_REVIEW', due: 'ON_TIME', q: '甲苯', page: '2' }, 'SUBMITTED')
    const query = toQueueRouteQuery(state, 'SUBMITTED')
    expect(query).toEqual({ tab: 'UNDER_REVIEW', due: 'ON_TIME', q: '甲苯', page: '2' })
    expect(parseQueueQuery(query as Record<string, string>, 'SUBMITTED')).toEqual(state)
    expect(toQueueRouteQuery(parseQueueQuery({}, 'SUBMITTED'), 'SUBMITTED')).toEqual({})
  })
})

describe('workbench store', () => {
  it('asks the API for the queue of the URL and keeps the counts of every tab', async () => {
    const { calls } = stubApi({ '/api/workbench/applications': queuePage() })
    const store = useWorkbenchStore()
    await store.loadQueue(toQueueFilters(parseQueueQuery({ tab: 'SUBMITTED', due: 'SOON', item: '010019600100', q: '示范' })))
    const url = calls[0]!.url
    expect(url.pathname).toBe('/api/workbench/applications')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      state: 'SUBMITTED',
      due: 'SOON',
      item: '010019600100',
      q: '示范',
      page: '0',
      size: '20',
    })
    expect(store.page?.items?.[0]?.number).toBe('AJ-20261128-0006')
    expect(store.counts).toEqual({ SUBMITTED: 1, CORRECTION_REQUIRED: 0, UNDER_REVIEW: 2, PENDING_DECISION: 0, APPROVED: 3, OVERDUE: 1, ALL: 6 })
  })

  it('keeps the newest queue when an older, slower answer arrives later', async () => {
    let releaseSlow: () => void = () => {}
    stubApi({
      '/api/workbench/applications': (url) => {
        if (url.searchParams.get('state') === 'SUBMITTED') {
          return new Promise((resolve) => {
            releaseSlow = () => resolve({ body: queuePage([], { SUBMITTED: 99 }) })
          })
        }
        return { body: queuePage(undefined, { SUBMITTED: 7 }) }
      },
    })
    const store = useWorkbenchStore()
    const slow = store.loadQueue({ state: 'SUBMITTED' })
    await store.loadQueue({ state: 'APPROVED' })
    releaseSlow()
    await slow
    expect(store.counts.SUBMITTED).toBe(7)
    expect(store.page?.items).toHaveLength(1)
  })
})

describe('case store', () => {
  it('loads a case with its guide', async () => {
    stubApi({ [`/api/workbench/applications/${CASE_ID}`]: submittedCase(), '/api/items/010019600100': guide })
    const store = useCaseStore()
    await store.load(CASE_ID)
    expect(store.view?.number).toBe('AJ-20261128-0006')
    expect(store.guide?.form?.fields?.[0]?.label).toBe('单位名称')
  })

  it('sends a move with the version on screen and keeps the case it answers', async () => {
    const { calls } = stubApi({
      [`/api/workbench/applications/${CASE_ID}`]: pendingDecisionCase(),
      '/api/items/010019600100': guide,
      [`/api/workbench/applications/${CASE_ID}/actions`]: pendingDecisionCase({ state: 'APPROVED', version: 11, availableActions: [] }),
    })
    const store = useCaseStore()
    await store.load(CASE_ID)
    const outcome = await store.act({ action: 'APPROVE', version: 10, comment: '同意' })
    expect(outcome.kind).toBe('done')
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ action: 'APPROVE', version: 10, comment: '同意' })
    expect(store.view?.state).toBe('APPROVED')
  })

  it('on a 409 reloads the case (someone else acted) and says so', async () => {
    let reads = 0
    const { calls } = stubApi({
      [`/api/workbench/applications/${CASE_ID}`]: () => {
        reads++
        return { body: reads === 1 ? submittedCase() : submittedCase({ state: 'UNDER_REVIEW', version: 8, availableActions: [] }) }
      },
      '/api/items/010019600100': guide,
      [`/api/workbench/applications/${CASE_ID}/actions`]: () => ({
        status: 409,
        contentType: 'application/problem+json',
        body: problemBody(409, '您看到的不是最新内容（当前版本 8），请刷新后重试。', '办件已变更', { slug: 'stale-version' }),
      }),
    })
    const store = useCaseStore()
    await store.load(CASE_ID)
    const outcome = await store.act({ action: 'ACCEPT', version: 7 })
    expect(outcome.kind).toBe('stale')
    expect(outcome.kind === 'stale' && outcome.error.slug).toBe('stale-version')
    expect(calls.map((c) => `${c.method} ${c.url.pathname.replace(CASE_ID, ':id')}`)).toEqual([
      'GET /api/workbench/applications/:id',
      'GET /api/items/010019600100',
      'POST /api/workbench/applications/:id/actions',
      'GET /api/workbench/applications/:id',
    ])
    expect(store.view?.state).toBe('UNDER_REVIEW')
    expect(store.view?.version).toBe(8)
  })

  it('answers other refusals as failed, without reloading', async () => {
    const { calls } = stubApi({
      [`/api/workbench/applications/${CASE_ID}`]: pendingDecisionCase(),
      '/api/items/010019600100': guide,
      [`/api/workbench/applications/${CASE_ID}/actions`]: () => ({
        status: 403,
        contentType: 'application/problem+json',
        body: problemBody(403, '提出审查意见的人员不能对同一办件作出决定。', '无权办理', { slug: 'same-officer' }),
      }),
    })
    const store = useCaseStore()
    await store.load(CASE_ID)
    const outcome = await store.act({ action: 'APPROVE', version: 10 })
    expect(outcome.kind).toBe('failed')
    expect(calls.filter((c) => c.method === 'GET' && c.url.pathname.endsWith(CASE_ID))).toHaveLength(1)
    expect(store.view?.state).toBe('PENDING_DECISION')
  })
})
