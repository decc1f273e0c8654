import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mountApp, settle } from '@/testing/mountApp'
import { problem, stubApi } from '@/testing/http'
import { stats as catalogueStats } from '@/testing/fixtures'
import { emptyStats, serviceStats } from '@/components/results/__tests__/resultsFixtures'
import { todayIso } from '@/components/results/period'

// jsdom cannot lay out a chart: the chart is replaced by an element that keeps its option.
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup: (props) => () => h('div', { 'data-testid': 'echart', 'data-series': JSON.stringify((props.option as { series?: unknown }).series) }),
  }),
}))

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

describe('StatsView', () => {
  it('shows this year by default, without a login: figures, charts with data tables, the CSV and the catalogue', async () => {
    const { calls } = stubApi({ '/api/stats/service': serviceStats, '/api/stats/catalogue': catalogueStats })
    app = await mountApp('/stats')
    const w = app.wrapper
    const today = todayIso()
    const call = calls.find((c) => c.url.pathname === '/api/stats/service')!
    expect(Object.fromEntries(call.url.searchParams)).toEqual({ from: `${today.slice(0, 4)}-01-01`, to: today })
    expect(w.findAll('h1').map((h) => h.text())).toEqual(['政务服务统计公开'])
    expect(document.title).toBe('统计公开 · 慈溪市安全生产监督管理局 · 网上办事大厅')
    expect((w.get('#stats-from').element as HTMLInputElement).value).toBe(`${today.slice(0, 4)}-01-01`)
    expect(w.get('label[for="stats-to"]').text()).toBe('结束日期')
    expect(w.get('[data-preset="thisYear"]').attributes('aria-pressed')).toBe('true')
    expect(w.get('[data-testid="period-line"]').text()).toBe('统计期间：2026年1月1日 至 2026年11月28日')

    const figures = w.get('[data-testid="stats-figures"]')
    expect(figures.findAll('li').map((li) => li.attributes('data-figure'))).toEqual([
      'submitted',
      'onTimeRate',
      'zeroVisit',
      'satisfaction',
      'visitBreaches',
      'visitsWaived',
      'secondCorrections',
      'rectifiedOnTime',
    ])
    expect(figures.get('[data-figure="onTimeRate"]').text()).toContain('94.1%')
    expect(figures.get('[data-figure="satisfaction"]').text()).toContain('90%')

    const charts = w.findAll('[data-chart]')
    expect(charts.map((c) => c.attributes('data-chart'))).toEqual(['byMonth', 'byItemTimeliness', 'byItemDays', 'byChannel', 'byGrade'])
    for (const chart of charts) {
      const img = chart.get('[role="img"]')
      expect(img.attributes('aria-label')).toContain(chart.get('h3').text())
      expect(chart.get('details summary').text()).toBe('查看数据表')
      expect(chart.find('[data-testid="chart-table"] tbody tr').exists()).toBe(true)
    }
    const month = w.get('[data-chart="byMonth"]')
    expect(month.findAll('thead th').map((th) => th.text())).toEqual(['月份', '申请', '办结'])
    expect(month.findAll('tbody tr')[1]!.text()).toBe('2026-101815')
    expect(JSON.parse(month.get('[data-testid="echart"]').attributes('data-series')!)[0].data).toEqual([10, 18, 12])

    const csv = w.get('[data-testid="csv-link"]')
    expect(csv.text()).toBe('下载 CSV')
    expect(csv.attributes('href')).toBe(`/api/stats/service.csv?from=${today.slice(0, 4)}-01-01&to=${today}`)

    const catalogue = w.get('[data-testid="catalogue-figures"]')
    expect(catalogue.get('[data-figure="total"]').text()).toContain('20 项')
    expect(catalogue.get('[data-figure="zeroVisit"]').text()).toContain('7 项 · 35%')
  })

  it('takes another period, keeps it in the URL and in the CSV link', async () => {
    const { calls } = stubApi({ '/api/stats/service': (url: URL) => ({ body: { ...serviceStats, from: url.searchParams.get('from'), to: url.searchParams.get('to') } }), '/api/stats/catalogue': catalogueStats })
    app = await mountApp('/stats')
    const w = app.wrapper
    await w.get('#stats-from').setValue('2025-03-01')
    await w.get('#stats-to').setValue('2025-02-01')
    await w.get('[data-testid="period-form"]').trigger('submit')
    await settle()
    expect(w.get('#period-error').text()).toBe('请填写开始和结束日期，且开始日期不能晚于结束日期')
    expect(app.router.currentRoute.value.query).toEqual({})

    await w.get('#stats-to').setValue('2025-06-30')
    await w.get('[data-testid="period-form"]').trigger('submit')
    await settle()
    expect(app.router.currentRoute.value.fullPath).toBe('/stats?from=2025-03-01&to=2025-06-30')
    expect(calls.filter((c) => c.url.pathname === '/api/stats/service').at(-1)!.url.search).toBe('?from=2025-03-01&to=2025-06-30')
    expect(w.get('[data-testid="csv-link"]').attributes('href')).toBe('/api/stats/service.csv?from=2025-03-01&to=2025-06-30')
    expect(w.get('[data-testid="period-line"]').text()).toBe('统计期间：2025年3月1日 至 2025年6月30日')
  })

  it('says "no data" for an empty period instead of drawing empty charts', async () => {
    stubApi({ '/api/stats/service': emptyStats, '/api/stats/catalogue': catalogueStats })
    app = await mountApp('/stats')
    const w = app.wrapper
    expect(w.get('[data-figure="onTimeRate"]').text()).toContain('暂无数据')
    expect(w.get('[data-chart="byChannel"] [data-testid="chart-empty"]').text()).toBe('本期间没有数据。')
    expect(w.get('[data-chart="byChannel"]').find('[data-testid="echart"]').exists()).toBe(false)
  })

  it('shows the server’s reason for a refused period', async () => {
    stubApi({
      '/api/stats/service': problem(400, '请检查标出的参数后重试。', '请求参数有误', {
        errors: [{ field: 'from', message: '开始日期不能晚于结束日期，且统计期间不超过 5 年' }],
      }),
      '/api/stats/catalogue': catalogueStats,
    })
    app = await mountApp('/stats?from=2010-01-01&to=2026-01-01')
    expect(app.wrapper.get('[data-testid="stats-error"]').text()).toContain('统计期间不超过 5 年')
  })

  it('is linked from the header and the home page', async () => {
    stubApi({ '/api/stats/catalogue': catalogueStats })
    app = await mountApp('/')
    expect(app.wrapper.get('[data-testid="nav-stats"]').attributes('href')).toBe('/stats')
    expect(app.wrapper.get('[data-testid="home-stats-link"]').attributes('href')).toBe('/stats')
  })
})
