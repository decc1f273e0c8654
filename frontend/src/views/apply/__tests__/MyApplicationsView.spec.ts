import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import type { ApplicationSummary } from '@/api'
import { enterpriseSession } from './applyFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const summaries: ApplicationSummary[] = [
  {
    id: 'a-draft',
    number: 'AJ-20261128-0003',
    state: 'DRAFT',
    itemCode: '100010100000',
    itemName: '生产安全事故应急预案备案',
    channel: 'ONLINE',
    createdAt: '2026-11-27T23:09:22Z',
  },
  {
    id: 'a-review',
    number: 'AJ-20261128-0002',
    state: 'UNDER_REVIEW',
    itemCode: '100010100000',
    itemName: '生产安全事故应急预案备案',
    channel: 'ONLINE',
    createdAt: '2026-11-26T01:00:00Z',
    submittedAt: '2026-11-26T02:00:00Z',
    dueDate: '2026-11-30',
    remainingWorkingDays: -1,
    urgency: 'RED',
  },
]

describe('MyApplicationsView', () => {
  it('lists the cases with number, item, state, dates and due date; a draft continues in the wizard', async () => {
    const { calls } = enterpriseSession({
      '/api/applications': (url: URL) => {
        const state = url.searchParams.get('state')
        const items = state ? summaries.filter((s) => s.state === state) : summaries
        return { body: { items, total: state ? items.length : 25, page: Number(url.searchParams.get('page') ?? 0), size: 10 } }
      },
    })
    app = await mountApp('/my/applications')
    const w = app.wrapper
    expect(w.findAll('h1').map((h) => h.text())).toEqual(['我的办件'])
    expect(document.title).toContain('我的办件')
    const cards = w.findAll('[data-testid="case-list"] > li')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.get('h2 a').attributes('href')).toBe('/apply/100010100000?id=a-draft')
    expect(cards[0]!.get('h2').text()).toContain('AJ-20261128-0003')
    expect(cards[0]!.get('[data-testid="state-tag"]').text()).toContain('草稿')
    expect(cards[1]!.get('h2 a').attributes('href')).toBe('/my/applications/a-review')
    expect(cards[1]!.text()).toContain('审查中')
    expect(cards[1]!.text()).toContain('2026年11月30日')
    expect(cards[1]!.text()).toContain('已超期 1 个工作日')
    expect(cards[1]!.text()).toContain('2026年11月26日 10:00')
    expect(w.text()).toContain('共 25 件')
    expect(w.find('nav[aria-label="办件分页"]').exists()).toBe(true)

    const select = w.get('[data-testid="state-filter"]')
    expect(document.querySelector('label[for="my-state"]')?.textContent).toBe('按状态筛选')
    await select.setValue('UNDER_REVIEW')
    await settle()
    expect(app.router.currentRoute.value.query).toEqual({ state: 'UNDER_REVIEW' })
    const last = calls.filter((c) => c.url.pathname === '/api/applications').at(-1)!
    expect(last.url.searchParams.get('state')).toBe('UNDER_REVIEW')
    expect(last.url.searchParams.get('page')).toBe('0')
    expect(w.findAll('[data-testid="case-list"] > li')).toHaveLength(1)

    await app.router.push('/my/applications?page=2')
    await settle()
    const paged = calls.filter((c) => c.url.pathname === '/api/applications').at(-1)!
    expect(paged.url.searchParams.get('page')).toBe('1')
    expect(paged.url.searchParams.get('state')).toBeNull()
  })

  it('says when there is nothing yet, with a way to the guides', async () => {
    enterpriseSession({ '/api/applications': { items: [], total: 0, page: 0, size: 10 } })
    app = await mountApp('/my/applications')
    const empty = app.wrapper.get('[data-testid="list-empty"]')
    expect(empty.text()).toContain('还没有办件')
    expect(empty.get('a').attributes('href')).toBe('/items')
  })

  it('is for applicants only: a visitor logs in first', async () => {
    app = await mountApp('/my/applications')
    expect(app.router.currentRoute.value.name).toBe('login')
    expect(app.router.currentRoute.value.query.redirect).toBe('/my/applications')
  })
})
