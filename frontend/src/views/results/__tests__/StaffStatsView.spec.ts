import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { DOMWrapper } from '@vue/test-utils'
import { mountApp, settle } from '@/testing/mountApp'
import { problem, stubApi } from '@/testing/http'
import { staffAccount, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import { ApiError, type AccountView, type Role } from '@/api'
import { resultsApi } from '@/api/results'
import { todayIso } from '@/components/results/period'
import { APPROVER_ID, REVIEWER_ID, WINDOW2_ID, WINDOW_ID, quietStats, staffStats } from '@/components/results/__tests__/staffStatsFixtures'

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

const STATS = '/api/workbench/stats'

function staffSession(roles: Role[], more: Record<string, object> = {}) {
  sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
  const account: AccountView = { ...staffAccount, roles, sessionRoles: roles }
  return stubApi({
    '/api/auth/refresh': () => ({ body: tokenPair({ upn: 'STAFF', groups: roles, kind: 'STAFF' }) }),
    '/api/me': account,
    ...more,
  })
}

/** Anything found in the page (get() answers a wrapper without exists()). */
type Found = Pick<DOMWrapper<Element>, 'findAll'>

const rowKeys = (section: Found) => section.findAll('.stats-table tbody tr').map((tr) => tr.attributes('data-row'))
const cells = (row: Found) => row.findAll('th, td').map((c) => c.text())

describe('StaffStatsView', () => {
  it('shows this year per office and per officer, with the on-time chart', async () => {
    const { calls } = staffSession(['REVIEWER'], { [STATS]: staffStats })
    app = await mountApp('/staff/stats')
    const w = app.wrapper
    const today = todayIso()
    const call = calls.find((c) => c.url.pathname === STATS)!
    expect(Object.fromEntries(call.url.searchParams)).toEqual({ from: `${today.slice(0, 4)}-01-01`, to: today })
    expect(call.headers.get('Authorization')).toMatch(/^Bearer /)
    expect(w.findAll('h1').map((x) => x.text())).toEqual(['网点与工作人员办件统计'])
    expect(document.title).toBe('网点与人员统计 · 慈溪市安全生产监督管理局 · 网上办事大厅')
    expect(w.findAll('h2').map((x) => x.text())).toEqual(['统计期间', '各办理网点', '工作人员'])
    expect(w.get('[data-testid="period-line"]').text()).toBe('统计期间：2026年1月1日 至 2026年11月28日')

    const offices = w.get('[data-testid="offices"]')
    const officeTable = offices.get('.stats-table')
    expect(officeTable.get('caption').text()).toContain('各办理网点的办件指标')
    expect(offices.get('[role="region"]').attributes('tabindex')).toBe('0')
    expect(officeTable.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true)
    expect(officeTable.findAll('tbody th').every((th) => th.attributes('scope') === 'row')).toBe(true)
    expect(rowKeys(offices)).toEqual(['CX-CENTRE', 'GUANHAIWEI', 'HUSHAN', 'LONGSHAN', 'ZHOUXIANG', ''])
    expect(cells(officeTable.get('tr[data-row="CX-CENTRE"]'))).toEqual([
      '慈溪市行政服务中心 安监窗口', '30', '24', '91.7%', '2', '3.4', '5.2', '50%', '2', '1', '6', '1', '93.3%', '1', '100%',
    ])
    expect(cells(officeTable.get('tr[data-row=""]'))[0]).toBe('尚未经窗口处理')

    const chart = offices.get('[data-chart="officeOnTime"]')
    expect(chart.get('h3').text()).toBe('各网点按时办结率')
    expect(JSON.parse(chart.get('[data-testid="echart"]').attributes('data-series')!)[0].data).toEqual([91.7, 100])

    const officers = w.get('[data-testid="officers"]')
    expect(officers.get('caption').text()).toContain('各工作人员受理办件的指标与本期间操作次数')
    expect(rowKeys(officers)).toEqual([WINDOW_ID, WINDOW2_ID, REVIEWER_ID, APPROVER_ID])
    const reviewer = cells(officers.get(`tr[data-row="${REVIEWER_ID}"]`))
    expect(reviewer.slice(0, 3)).toEqual(['审查员', '—', '0'])
    expect(reviewer.slice(-8)).toEqual(['0', '0', '0', '28', '0', '0', '0', '0'])
  })

  it('sorts by a column heading: largest first, then smallest, said by aria-sort; dashes stay last', async () => {
    staffSession(['WINDOW'], { [STATS]: staffStats })
    app = await mountApp('/staff/stats')
    const offices = app.wrapper.get('[data-testid="offices"]')
    const heading = () => offices.get('th[data-column="onTimeRate"]')
    expect(heading().attributes('aria-sort')).toBeUndefined()
    await heading().get('button').trigger('click')
    expect(heading().attributes('aria-sort')).toBe('descending')
    expect(rowKeys(offices)).toEqual(['ZHOUXIANG', 'CX-CENTRE', 'GUANHAIWEI', 'HUSHAN', 'LONGSHAN', ''])
    await heading().get('button').trigger('click')
    expect(heading().attributes('aria-sort')).toBe('ascending')
    expect(rowKeys(offices)).toEqual(['CX-CENTRE', 'ZHOUXIANG', 'GUANHAIWEI', 'HUSHAN', 'LONGSHAN', ''])

    const officers = app.wrapper.get('[data-testid="officers"]')
    await officers.get('th[data-column="action-APPROVE"] button').trigger('click')
    expect(rowKeys(officers)).toEqual([APPROVER_ID, WINDOW_ID, WINDOW2_ID, REVIEWER_ID])
    expect(heading().attributes('aria-sort')).toBe('ascending')
  })

  it('takes another period and keeps it in the URL', async () => {
    const { calls } = staffSession(['APPROVER'], {
      [STATS]: (url: URL) => ({ body: { ...staffStats, from: url.searchParams.get('from'), to: url.searchParams.get('to') } }),
    })
    app = await mountApp('/staff/stats')
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
    expect(app.router.currentRoute.value.fullPath).toBe('/staff/stats?from=2025-03-01&to=2025-06-30')
    expect(calls.filter((c) => c.url.pathname === STATS).at(-1)!.url.search).toBe('?from=2025-03-01&to=2025-06-30')
    expect(w.get('[data-testid="period-line"]').text()).toBe('统计期间：2025年3月1日 至 2025年6月30日')
  })

  it('downloads the CSV of the period (fetched with the session’s token, then saved)', async () => {
    staffSession(['WINDOW'], { [STATS]: staffStats })
    const fetchCsv = vi.spyOn(resultsApi, 'staffStatsCsv').mockResolvedValue(new Blob(['\uFEFF统计期间 period'], { type: 'text/csv' }))
    const createObjectURL = vi.fn(() => 'blob:staff-stats')
    const { createObjectURL: before, revokeObjectURL: beforeRevoke } = URL
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    onTestFinished(() => void Object.assign(URL, { createObjectURL: before, revokeObjectURL: beforeRevoke }))
    let saved: string | undefined
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved = this.download
    })
    app = await mountApp('/staff/stats?from=2026-03-01&to=2026-03-31')
    const button = app.wrapper.get('[data-testid="csv-download"]')
    expect(button.text()).toBe('下载 CSV')
    expect(button.attributes('aria-describedby')).toBe('csv-hint')
    await button.trigger('click')
    await settle()
    expect(fetchCsv).toHaveBeenCalledWith({ from: '2026-03-01', to: '2026-03-31' })
    expect(createObjectURL).toHaveBeenCalled()
    expect(saved).toBe('staff-stats-2026-03-01-2026-03-31.csv')
    expect(app.wrapper.find('[data-testid="csv-error"]').exists()).toBe(false)
  })

  it('says when the CSV cannot be downloaded', async () => {
    staffSession(['WINDOW'], { [STATS]: staffStats })
    vi.spyOn(resultsApi, 'staffStatsCsv').mockRejectedValue(new ApiError(503, { title: '暂不可用', status: 503, detail: '服务暂时不可用。' }))
    app = await mountApp('/staff/stats')
    await app.wrapper.get('[data-testid="csv-download"]').trigger('click')
    await settle()
    expect(app.wrapper.get('[data-testid="csv-error"]').text()).toBe('CSV 文件下载失败：服务暂时不可用。')
  })

  it('says so when nothing happened in the period, instead of tables of zeros', async () => {
    staffSession(['WINDOW'], { [STATS]: quietStats })
    app = await mountApp('/staff/stats')
    expect(app.wrapper.get('[data-testid="staff-stats-empty"]').text()).toBe('本期间没有办件，也没有工作人员的办理记录。')
    expect(app.wrapper.find('table').exists()).toBe(false)
  })

  it('shows the server’s reason for a refused period, in the user’s language', async () => {
    const { calls } = staffSession(['WINDOW'], {
      [STATS]: problem(400, 'Please check the parameters marked and try again.', 'Invalid request', {
        errors: [{ field: 'from', message: 'The start cannot be after the end, and a period is at most 5 years' }],
      }),
    })
    app = await mountApp('/staff/stats?from=2010-01-01&to=2026-01-01', { locale: 'en' })
    const w = app.wrapper
    expect(calls.find((c) => c.url.pathname === STATS)!.headers.get('Accept-Language')).toBe('en')
    expect(w.findAll('h1').map((x) => x.text())).toEqual(['Cases by office and by officer'])
    const alert = w.get('[data-testid="stats-error"]')
    expect(alert.text()).toContain('The statistics cannot be shown at the moment.')
    expect(alert.text()).toContain('a period is at most 5 years')
    expect(w.find('[data-testid="offices"]').exists()).toBe(false)
  })

  it('is for the roles that handle cases: an inspector is turned away and the API is not asked', async () => {
    const { calls } = staffSession(['INSPECTOR'])
    app = await mountApp('/staff/stats')
    expect(app.router.currentRoute.value.name).toBe('forbidden')
    expect(calls.some((c) => c.url.pathname === STATS)).toBe(false)
  })
})
