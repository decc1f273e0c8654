import { describe, expect, it } from 'vitest'
import { createAppI18n, type Locale } from '@/locales'
import type { Formatters, Label } from '../dashboard'
import { hasActivity, officeOnTimeChart, officeTable, officerTable } from '../staffDashboard'
import { APPROVER_ID, REVIEWER_ID, WINDOW_ID, quietStats, staffStats } from './staffStatsFixtures'

function texts(locale: Locale = 'zh-CN') {
  const i18n = createAppI18n(locale)
  const t = i18n.global.t as unknown as (key: string, params?: Record<string, unknown>) => string
  const label: Label = (key, params) => t(`results.staffStats.${key}`, params ?? {})
  const f: Formatters = {
    percent: (rate) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate ?? 0),
    number: (n) => new Intl.NumberFormat(locale).format(n ?? 0),
  }
  return { label, f }
}

const texts_ = (row: { cells: { text: string }[] }) => row.cells.map((c) => c.text)

describe('staff dashboard tables', () => {
  it('gives each office a row with the public figures, rates as percentages and — where nothing was decided', () => {
    const { label, f } = texts()
    const table = officeTable(staffStats, label, f)
    expect(table.columns.map((c) => c.label)).toEqual([
      '办理网点',
      '申请件数',
      '办结件数',
      '按时办结率',
      '超期办结',
      '平均用时（工作日）',
      '平均承诺时限（工作日）',
      '“零跑腿”占比',
      '免于到现场',
      '超过一次到现场',
      '补正告知',
      '二次补正',
      '满意率',
      '差评',
      '差评按时整改率',
    ])
    expect(table.rows.map((r) => r.key)).toEqual(['CX-CENTRE', 'GUANHAIWEI', 'HUSHAN', 'LONGSHAN', 'ZHOUXIANG', ''])
    expect(texts_(table.rows[0]!)).toEqual(['慈溪市行政服务中心 安监窗口', '30', '24', '91.7%', '2', '3.4', '5.2', '50%', '2', '1', '6', '1', '93.3%', '1', '100%'])
    expect(texts_(table.rows[1]!)).toEqual(['观海卫镇便民服务中心', '0', '0', '—', '0', '—', '—', '—', '0', '0', '0', '0', '—', '0', '—'])
    expect(texts_(table.rows[4]!)).toEqual(['周巷镇便民服务中心', '8', '6', '100%', '0', '2.5', '3', '50%', '0', '0', '1', '0', '75%', '1', '0%'])
    expect(texts_(table.rows[5]!).slice(0, 3)).toEqual(['尚未经窗口处理', '2', '0'])
    // what sorts: the raw numbers, nothing for a dash
    expect(table.rows[0]!.cells[3]!.value).toBeCloseTo(0.9167)
    expect(table.rows[1]!.cells[3]!.value).toBeNull()
  })

  it('gives each officer the figures of the cases they accepted and their steps, the rest added up as “other”', () => {
    const { label, f } = texts()
    const table = officerTable(staffStats, label, f)
    expect(table.columns.map((c) => c.key).slice(0, 2)).toEqual(['officer', 'officerOffice'])
    expect(table.columns.map((c) => c.label).slice(-8)).toEqual([
      '受理（次）',
      '不予受理（次）',
      '发出补正（次）',
      '审查推荐（次）',
      '准予（次）',
      '不予许可（次）',
      '登记到访（次）',
      '其他操作（次）',
    ])
    const byId = Object.fromEntries(table.rows.map((r) => [r.key, texts_(r)]))
    expect(byId[WINDOW_ID]!.slice(0, 5)).toEqual(['窗口受理员', '慈溪市行政服务中心 安监窗口', '30', '24', '91.7%'])
    expect(byId[WINDOW_ID]!.slice(-8)).toEqual(['24', '0', '6', '0', '0', '0', '12', '7'])
    expect(byId[REVIEWER_ID]!.slice(0, 4)).toEqual(['审查员', '—', '0', '0'])
    expect(byId[REVIEWER_ID]!.slice(-8)).toEqual(['0', '0', '0', '28', '0', '0', '0', '0'])
    expect(byId[APPROVER_ID]!.slice(-8)).toEqual(['0', '0', '0', '0', '26', '4', '0', '0'])
  })

  it('speaks English', () => {
    const { label, f } = texts('en')
    const table = officeTable(staffStats, label, f)
    expect(table.columns[3]!.label).toBe('On time')
    expect(table.rows[5]!.cells[0]!.text).toBe('Not yet handled at a window')
    expect(officerTable(staffStats, label, f).columns.at(-1)!.label).toBe('Other steps')
  })

  it('charts the on-time rate of the offices that decided anything, with the same numbers in its table', () => {
    const { label, f } = texts()
    const chart = officeOnTimeChart(staffStats, label, f)
    expect(chart.title).toBe('各网点按时办结率')
    expect(chart.empty).toBe(false)
    const series = (chart.option as { series: { data: number[] }[] }).series
    expect(series[0]!.data).toEqual([91.7, 100])
    expect(chart.table.columns).toEqual(['网点', '办结件数', '按时办结', '按时办结率'])
    expect(chart.table.rows).toEqual([
      ['慈溪市行政服务中心 安监窗口', '24', '22', '91.7%'],
      ['周巷镇便民服务中心', '6', '6', '100%'],
    ])
    expect(officeOnTimeChart(quietStats, label, f).empty).toBe(true)
  })

  it('tells a period with cases or steps from a quiet one', () => {
    expect(hasActivity(staffStats)).toBe(true)
    expect(hasActivity(quietStats)).toBe(false)
  })
})
