import { describe, expect, it } from 'vitest'
import { createAppI18n, type Locale } from '@/locales'
import {
  channelChart,
  dashboardCharts,
  figureCards,
  gradeChart,
  itemDaysChart,
  itemTimelinessChart,
  monthChart,
  type Formatters,
  type Label,
} from '../dashboard'
import { emptyStats, serviceStats } from './resultsFixtures'

function texts(locale: Locale = 'zh-CN') {
  const i18n = createAppI18n(locale)
  const t = i18n.global.t as unknown as (key: string, params?: Record<string, unknown>) => string
  const label: Label = (key, params) => t(`results.stats.${key}`, params ?? {})
  const f: Formatters = {
    percent: (rate) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate ?? 0),
    number: (n) => new Intl.NumberFormat(locale).format(n ?? 0),
  }
  const grade = (g: string) => t(`results.grades.${g}`)
  return { label, f, grade }
}

type Series = { name?: string; type?: string; stack?: string; data?: unknown[] }
const seriesOf = (option: unknown) => (option as { series: Series[] }).series

describe('dashboard figures', () => {
  it('turns ServiceStats into the seven figure cards', () => {
    const { label, f } = texts()
    const cards = Object.fromEntries(figureCards(serviceStats, label, f).map((c) => [c.key, c]))
    expect(Object.keys(cards)).toEqual([
      'submitted',
      'onTimeRate',
      'zeroVisit',
      'satisfaction',
      'visitBreaches',
      'visitsWaived',
      'secondCorrections',
      'rectifiedOnTime',
    ])
    expect(cards.submitted!.value).toBe('40 件')
    expect(cards.onTimeRate!.label).toBe('按时办结率')
    expect(cards.onTimeRate!.value).toBe('94.1%')
    expect(cards.onTimeRate!.detail).toBe('按时 32 件 / 办结 34 件')
    expect(cards.zeroVisit!.value).toBe('40%')
    expect(cards.zeroVisit!.detail).toBe('12 件 / 办结 30 件')
    expect(cards.satisfaction!.value).toBe('90%')
    expect(cards.visitBreaches!.value).toBe('1 次')
    expect(cards.visitBreaches!.tone).toBe('red')
    expect(cards.visitsWaived!.value).toBe('3 件')
    expect(cards.visitsWaived!.detail).toContain('不计入“零跑腿”')
    expect(cards.secondCorrections!.value).toBe('2 次')
    expect(cards.secondCorrections!.detail).toBe('补正告知共 9 次')
    expect(cards.rectifiedOnTime!.value).toBe('50%')
    expect(cards.rectifiedOnTime!.detail).toBe('差评 2 条，按时答复 1 条')
  })

  it('says "no data" rather than 0% when nothing was decided or rated', () => {
    const { label, f } = texts()
    const cards = Object.fromEntries(figureCards(emptyStats, label, f).map((c) => [c.key, c]))
    for (const key of ['onTimeRate', 'zeroVisit', 'satisfaction', 'rectifiedOnTime']) {
      expect(cards[key]!.value, key).toBe('—')
      expect(cards[key]!.detail, key).toBe('暂无数据')
    }
    expect(cards.submitted!.value).toBe('0 件')
  })
})

describe('dashboard charts', () => {
  it('by month: submitted and completed bars, and the same numbers in the table', () => {
    const { label, f } = texts()
    const chart = monthChart(serviceStats, label, f)
    expect(chart.title).toBe('每月申请与办结件数')
    expect(chart.empty).toBe(false)
    expect((chart.option.xAxis as { data: string[] }).data).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(seriesOf(chart.option).map((s) => [s.name, s.type, s.data])).toEqual([
      ['申请', 'bar', [10, 18, 12]],
      ['办结', 'bar', [8, 15, 7]],
    ])
    expect(chart.table).toEqual({
      columns: ['月份', '申请', '办结'],
      rows: [
        ['2026-09', '10', '8'],
        ['2026-10', '18', '15'],
        ['2026-11', '12', '7'],
      ],
    })
    // Patterns on the bars, so colour is not the only cue; the table is the text alternative.
    expect(chart.option.aria).toMatchObject({ enabled: true, decal: { show: true }, label: { enabled: false } })
  })

  it('by item: on time against overdue (stacked), and average days against the promise', () => {
    const { label, f } = texts()
    const timeliness = itemTimelinessChart(serviceStats, label, f)
    expect((timeliness.option.yAxis as { data: string[] }).data).toEqual([
      '危险化学品经营许可证核发（不带储存设施）—新申请',
      '生产安全事故应急预案备案',
    ])
    expect(seriesOf(timeliness.option).map((s) => [s.name, s.stack, s.data])).toEqual([
      ['按时办结', 'decided', [18, 14]],
      ['超期办结', 'decided', [2, 0]],
    ])
    expect(timeliness.table.columns).toEqual(['事项', '申请', '办结', '按时办结', '超期办结'])
    expect(timeliness.table.rows[0]).toEqual(['危险化学品经营许可证核发（不带储存设施）—新申请', '25', '20', '18', '2'])
    expect(timeliness.height).toBeGreaterThanOrEqual(200)

    const days = itemDaysChart(serviceStats, label, f)
    expect(seriesOf(days.option).map((s) => [s.name, s.data])).toEqual([
      ['平均办理时间', [4.3, 0.5]],
      ['承诺时限', [7, 1]],
    ])
    expect(days.table.rows).toEqual([
      ['危险化学品经营许可证核发（不带储存设施）—新申请', '4.3', '7'],
      ['生产安全事故应急预案备案', '0.5', '1'],
    ])
  })

  it('by channel: a ring with the channels named, and each share in the table', () => {
    const { label, f } = texts()
    const chart = channelChart(serviceStats, label, f)
    const data = seriesOf(chart.option)[0]!.data as { name: string; value: number }[]
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['网上申请', 28],
      ['窗口申请', 10],
      ['邮寄申请', 2],
    ])
    expect(chart.table.rows).toEqual([
      ['网上申请', '28', '70%'],
      ['窗口申请', '10', '25%'],
      ['邮寄申请', '2', '5%'],
    ])
  })

  it('by grade: best first, in the interface language', () => {
    const { label, f, grade } = texts('en')
    const chart = gradeChart(serviceStats, label, f, grade)
    expect(chart.title).toBe('Ratings by grade')
    expect(chart.table.rows).toEqual([
      ['Very satisfied', '12'],
      ['Satisfied', '4'],
      ['Fairly satisfied', '2'],
      ['Dissatisfied', '1'],
      ['Very dissatisfied', '1'],
    ])
    const bars = seriesOf(chart.option)[0]!.data as { value: number; itemStyle: { color: string } }[]
    expect(bars.map((b) => b.value)).toEqual([12, 4, 2, 1, 1])
    expect(bars[4]!.itemStyle.color).not.toBe(bars[0]!.itemStyle.color)
  })

  it('marks the charts of an empty period as empty', () => {
    const { label, f, grade } = texts()
    const charts = dashboardCharts(emptyStats, label, f, grade)
    expect(charts.map((c) => [c.key, c.empty])).toEqual([
      ['byMonth', false],
      ['byItemTimeliness', true],
      ['byItemDays', true],
      ['byChannel', true],
      ['byGrade', true],
    ])
  })
})
