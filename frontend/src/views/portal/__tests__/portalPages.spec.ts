import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp } from '@/testing/mountApp'
import { problem, stubApi } from '@/testing/http'
import { stats } from '@/testing/fixtures'
import type { NoticeDetail, NoticePage, PopularItems } from '@/api/portal'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const ID = '5f0c4d1e-8a3b-4c2d-9e1f-2a3b4c5d6e7f'
const NOTICES: NoticePage = {
  notices: [
    { id: ID, title: '关于网上办事大厅试运行的通知', publishedAt: '2026-12-04T02:00:00Z', excerpt: '网上办事大厅现已开放试运行。' },
    { id: '6f0c4d1e-8a3b-4c2d-9e1f-2a3b4c5d6e7f', title: '延续申请提示', publishedAt: '2026-12-03T02:00:00Z', excerpt: '请提前申请。' },
  ],
  total: 2,
  page: 0,
  size: 10,
}
const DETAIL: NoticeDetail = {
  id: ID,
  title: '<b>关于网上办事大厅试运行的通知</b>',
  paragraphs: ['网上办事大厅现已开放试运行。', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
  publishedAt: '2026-12-04T02:00:00Z',
  updatedAt: '2026-12-04T02:00:00Z',
}
const POPULAR: PopularItems = {
  since: '2025-12-07',
  items: [
    { code: '100010100000', name: '生产安全事故应急预案备案', kind: 'PROMISED', zeroVisit: true, online: true, applications: 12 },
    { code: '010019600100', name: '危险化学品经营许可证核发（不带储存设施）—新申请', kind: 'PROMISED', zeroVisit: false, online: true, applications: 3 },
    { code: '010019700000', name: '烟花爆竹经营（零售）许可证核发', kind: 'PROMISED', zeroVisit: false, online: true, applications: 0 },
  ],
}

describe('home page: lookup, most-used items, notices', () => {
  it('shows the case lookup, the most-used items from the server and the newest notices', async () => {
    const { calls } = stubApi({ '/api/stats/catalogue': stats, '/api/stats/popular-items': POPULAR, '/api/notices': NOTICES })
    app = await mountApp('/')
    const w = app.wrapper
    expect(w.get('[data-testid="case-lookup"] h2').text()).toBe('办件查询')
    const popular = w.get('[data-testid="popular-items"]')
    expect(popular.get('h2').text()).toBe('常办事项')
    expect(popular.findAll('[data-item]').map((i) => i.attributes('data-item'))).toEqual(POPULAR.items!.map((i) => i.code))
    expect(popular.get('[data-item="100010100000"] a').attributes('href')).toBe('/items/100010100000')
    expect(popular.get('[data-item="100010100000"]').text()).toContain('近一年 12 件')
    expect(calls.find((c) => c.url.pathname === '/api/stats/popular-items')!.url.searchParams.get('limit')).toBe('6')
    const notices = w.get('[data-testid="home-notices"]')
    expect(notices.get('h2').text()).toBe('通知公告')
    expect(notices.get(`[data-notice="${ID}"] a`).attributes('href')).toBe(`/notices/${ID}`)
    expect(notices.get('[data-testid="notices-more"]').attributes('href')).toBe('/notices')
    // one h1 on the page; the blocks are h2
    expect(w.findAll('h1')).toHaveLength(1)
  }, 20_000)

  it('still works when the new blocks cannot load', async () => {
    stubApi({ '/api/stats/catalogue': stats, '/api/stats/popular-items': problem(500, 'x'), '/api/notices': problem(500, 'x') })
    app = await mountApp('/')
    expect(app.wrapper.get('[data-testid="popular-items"]').text()).toContain('常办事项暂时无法获取')
    expect(app.wrapper.get('[data-testid="home-notices"]').text()).toContain('通知公告暂时无法获取')
    expect(app.wrapper.find('[data-testid="case-lookup"]').exists()).toBe(true)
  }, 20_000)

  it('lists the notices page by page and opens one as plain text, never as HTML', async () => {
    const { calls } = stubApi({ '/api/notices': NOTICES, [`/api/notices/${ID}`]: DETAIL })
    app = await mountApp('/notices')
    expect(app.wrapper.get('h1').text()).toBe('通知公告')
    expect(app.wrapper.get('[data-testid="notice-list"]').text()).toContain('网上办事大厅现已开放试运行。')
    expect(calls.find((c) => c.url.pathname === '/api/notices')!.url.searchParams.get('page')).toBe('0')
    await app.router.push(`/notices/${ID}`)
    await vi.waitFor(() => expect(app!.wrapper.find('[data-testid="notice"]').exists()).toBe(true))
    const article = app.wrapper.get('[data-testid="notice"]')
    expect(article.get('h1').text()).toBe('<b>关于网上办事大厅试运行的通知</b>')
    expect(article.findAll('.body p').map((p) => p.text())).toEqual(DETAIL.paragraphs)
    expect(article.find('script').exists()).toBe(false)
    expect(article.find('img').exists()).toBe(false)
    expect(article.find('b').exists()).toBe(false)
    expect(document.title).toContain('<b>关于网上办事大厅试运行的通知</b>')
  }, 20_000)

  it('says so when a notice is gone', async () => {
    stubApi({ [`/api/notices/${ID}`]: problem(404, '未找到该通知公告。') })
    app = await mountApp(`/notices/${ID}`)
    await vi.waitFor(() => expect(app!.wrapper.find('[data-testid="notice-error"]').exists()).toBe(true))
    expect(app.wrapper.get('[data-testid="notice-error"]').text()).toContain('可能已撤回')
  }, 20_000)
})
