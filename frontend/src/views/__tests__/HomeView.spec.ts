import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problem, stubApi } from '@/testing/http'
import { page, stats } from '@/testing/fixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

describe('HomeView', () => {
  it('shows the headline figures from the statistics endpoint', async () => {
    stubApi({ '/api/stats/catalogue': stats })
    app = await mountApp('/')
    const figures = app.wrapper.get('[data-testid="figures"]')
    expect(figures.get('[data-figure="zeroVisit"]').text()).toContain('零跑腿')
    expect(figures.get('[data-figure="zeroVisit"]').text()).toContain('7 项')
    expect(figures.get('[data-figure="zeroVisit"]').text()).toContain('35%')
    expect(figures.get('[data-figure="cityWide"]').text()).toContain('全城通办')
    expect(figures.get('[data-figure="cityWide"]').text()).toContain('7 项')
    expect(figures.get('[data-figure="maxOneVisit"]').text()).toContain('100%')
    expect(figures.get('[data-figure="total"]').text()).toContain('20')
    expect(app.wrapper.findAll('h1')).toHaveLength(1)
    expect(document.title).toBe('首页 · 慈溪市安全生产监督管理局 · 网上办事大厅')
  })

  it('links the applicant and type tiles to the filtered list', async () => {
    stubApi({ '/api/stats/catalogue': stats })
    app = await mountApp('/')
    expect(app.wrapper.get('[data-service-object="LEGAL_PERSON"]').attributes('href')).toBe(
      '/items?serviceObject=LEGAL_PERSON',
    )
    expect(app.wrapper.get('[data-service-object="LEGAL_PERSON"]').text()).toContain('企业办事')
    expect(app.wrapper.get('[data-service-object="NATURAL_PERSON"]').text()).toContain('个人办事')
    const review = app.wrapper.get('[data-type="REVIEW_AND_FORWARD"]')
    expect(review.attributes('href')).toBe('/items?type=REVIEW_AND_FORWARD')
    expect(review.text()).toContain('审核转报')
    expect(review.text()).toContain('1 项')
  })

  it('submits the search to the list with q', async () => {
    const { calls } = stubApi({ '/api/stats/catalogue': stats, '/api/items': page() })
    app = await mountApp('/')
    const input = app.wrapper.get('#home-search')
    expect(document.querySelector('label[for="home-search"]')?.textContent).toContain('搜索办事事项')
    await input.setValue('危险化学品')
    await app.wrapper.get('form[role="search"]').trigger('submit')
    // The list view is a lazy chunk: the first navigation to it may take a moment under test.
    await vi.waitFor(() =>
      expect(app!.router.currentRoute.value.fullPath).toBe('/items?q=%E5%8D%B1%E9%99%A9%E5%8C%96%E5%AD%A6%E5%93%81'),
    )
    await settle()
    await vi.waitFor(() => {
      const list = calls.find((c) => c.url.pathname === '/api/items')
      expect(list?.url.searchParams.get('q')).toBe('危险化学品')
    })
  })

  it('still offers search and tiles when the statistics fail', async () => {
    stubApi({ '/api/stats/catalogue': problem(500, 'boom') })
    app = await mountApp('/')
    expect(app.wrapper.text()).toContain('统计数据暂时无法获取')
    expect(app.wrapper.find('#home-search').exists()).toBe(true)
  })
})
