/**
 * The public dashboard's figures, charts and their data tables, built from ServiceStats. Pure functions:
 * the texts come from `label` (keys under results.stats) and numbers are formatted by the caller's formatters,
 * so the same numbers appear in a chart and in its table.
 */
import type { ChartOption } from './echarts'
import type { ServiceStats, Share } from '@/api/results'
import { shortItemLabels } from './itemLabels'

/** Texts under results.stats (e.g. `byMonth.title`), with parameters. */
export type Label = (key: string, params?: Record<string, unknown>) => string

export interface Formatters {
  /** 0.925 → "92.5%" */
  percent(rate: number | undefined | null): string
  /** 1234 → "1,234" */
  number(value: number | undefined | null): string
}

/** A chart's text alternative: a table with the same numbers. */
export interface DataTable {
  columns: string[]
  rows: string[][]
}

export interface Chart {
  key: string
  title: string
  option: ChartOption
  table: DataTable
  /** Pixel height that fits the bars (item charts grow with the number of items). */
  height: number
  /** Nothing to draw in this period. */
  empty: boolean
}

export interface FigureCard {
  key: string
  label: string
  value: string
  detail: string
  tone: 'brand' | 'green' | 'amber' | 'red'
}

/** Colours with at least 4.5:1 contrast on white; bars also carry patterns (decals), so colour is never the only cue. */
export const PALETTE = {
  blue: '#1d5fb8',
  green: '#23692a',
  amber: '#8a5300',
  red: '#b3261e',
  grey: '#5f6368',
  teal: '#00695c',
}

const CHANNELS = ['ONLINE', 'WINDOW', 'POST'] as const
const GRADES = ['5', '4', '3', '2', '1'] as const

/** Shared by every chart: patterns on bars and slices, no generated description (the table is the alternative). */
export const ARIA: ChartOption['aria'] = { enabled: true, label: { enabled: false }, decal: { show: true } }
export const TEXT = { color: '#1f2329', fontSize: 13 }

function n(value: number | undefined | null): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

/** Average working days to one decimal place (0 when none were decided). */
export function roundDays(value: number | undefined | null): number {
  return Math.round(n(value) * 10) / 10
}

function hasShare(share: Share | undefined): boolean {
  return n(share?.of) > 0
}

// ---- figure cards -------------------------------------------------------------------------------

export function figureCards(stats: ServiceStats, label: Label, f: Formatters): FigureCard[] {
  const timeliness = stats.timeliness ?? {}
  const zero = stats.zeroVisitCompletions
  const satisfied = stats.satisfaction?.satisfied
  const rectified = stats.satisfaction?.rectifiedOnTime
  const noData = label('noData')
  const rate = (share: Share | undefined) => (hasShare(share) ? f.percent(share!.rate) : '—')
  return [
    {
      key: 'submitted',
      label: label('figures.submitted'),
      value: label('figures.submittedValue', { n: f.number(stats.submitted) }),
      detail: label('figures.submittedDetail'),
      tone: 'brand',
    },
    {
      key: 'onTimeRate',
      label: label('figures.onTimeRate'),
      value: n(timeliness.decided) > 0 ? f.percent(timeliness.onTimeRate) : '—',
      detail:
        n(timeliness.decided) > 0
          ? label('figures.onTimeDetail', { onTime: f.number(timeliness.onTime), decided: f.number(timeliness.decided) })
          : noData,
      tone: 'green',
    },
    {
      key: 'zeroVisit',
      label: label('figures.zeroVisit'),
      value: rate(zero),
      detail: hasShare(zero) ? label('figures.zeroVisitDetail', { count: f.number(zero?.count), of: f.number(zero?.of) }) : noData,
      tone: 'green',
    },
    {
      key: 'satisfaction',
      label: label('figures.satisfaction'),
      value: rate(satisfied),
      detail: hasShare(satisfied)
        ? label('figures.satisfactionDetail', { count: f.number(satisfied?.count), of: f.number(satisfied?.of) })
        : noData,
      tone: 'brand',
    },
    {
      key: 'visitBreaches',
      label: label('figures.visitBreaches'),
      value: label('figures.visitBreachesValue', { n: f.number(stats.visitBreaches) }),
      detail: label('figures.visitBreachesDetail'),
      tone: n(stats.visitBreaches) > 0 ? 'red' : 'green',
    },
    {
      key: 'visitsWaived',
      label: label('figures.visitsWaived'),
      value: label('figures.visitsWaivedValue', { n: f.number(stats.visitsWaived) }),
      detail: label('figures.visitsWaivedDetail'),
      tone: n(stats.visitsWaived) > 0 ? 'amber' : 'green',
    },
    {
      key: 'secondCorrections',
      label: label('figures.secondCorrections'),
      value: label('figures.secondCorrectionsValue', { n: f.number(stats.corrections?.secondRequests) }),
      detail: label('figures.secondCorrectionsDetail', { n: f.number(stats.corrections?.requests) }),
      tone: n(stats.corrections?.secondRequests) > 0 ? 'amber' : 'green',
    },
    {
      key: 'rectifiedOnTime',
      label: label('figures.rectifiedOnTime'),
      value: rate(rectified),
      detail: hasShare(rectified)
        ? label('figures.rectifiedDetail', { bad: f.number(stats.satisfaction?.badReviews), count: f.number(rectified?.count) })
        : noData,
      tone: 'amber',
    },
  ]
}

// ---- charts -------------------------------------------------------------------------------------

export function barGrid(): ChartOption['grid'] {
  return { left: 8, right: 24, top: 48, bottom: 8, containLabel: true }
}

/** Submitted and completed cases of each month (grouped bars). */
export function monthChart(stats: ServiceStats, label: Label, f: Formatters): Chart {
  const months = stats.byMonth ?? []
  const submitted = label('byMonth.submitted')
  const completed = label('byMonth.completed')
  return {
    key: 'byMonth',
    title: label('byMonth.title'),
    height: 320,
    empty: months.length === 0,
    option: {
      aria: ARIA,
      color: [PALETTE.blue, PALETTE.green],
      textStyle: TEXT,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [submitted, completed] },
      grid: barGrid(),
      xAxis: { type: 'category', data: months.map((m) => m.month ?? '') },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: submitted, type: 'bar', data: months.map((m) => n(m.submitted)) },
        { name: completed, type: 'bar', data: months.map((m) => n(m.completed)) },
      ],
    },
    table: {
      columns: [label('byMonth.month'), submitted, completed],
      rows: months.map((m) => [m.month ?? '', f.number(m.submitted), f.number(m.completed)]),
    },
  }
}

export function itemHeight(count: number): number {
  return Math.max(200, count * 44 + 80)
}

/**
 * The axis of item (or office) names: short labels that stay distinct (see itemLabels.ts), while the data keep
 * the full names, which the tooltip shows.
 */
export function itemAxis(names: string[]) {
  const labels = shortItemLabels(names)
  return {
    type: 'category' as const,
    data: names,
    inverse: true,
    axisLabel: { formatter: (_value: string, index: number) => labels[index] ?? _value },
  }
}

/** Decisions on time and overdue per item (stacked horizontal bars). */
export function itemTimelinessChart(stats: ServiceStats, label: Label, f: Formatters): Chart {
  const items = stats.byItem ?? []
  const onTime = label('byItemTimeliness.onTime')
  const overdue = label('byItemTimeliness.overdue')
  return {
    key: 'byItemTimeliness',
    title: label('byItemTimeliness.title'),
    height: itemHeight(items.length),
    empty: items.length === 0,
    option: {
      aria: ARIA,
      color: [PALETTE.green, PALETTE.red],
      textStyle: TEXT,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: [onTime, overdue] },
      grid: barGrid(),
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: itemAxis(items.map((i) => i.itemName ?? i.itemCode ?? '')),
      series: [
        { name: onTime, type: 'bar', stack: 'decided', data: items.map((i) => n(i.onTime)) },
        { name: overdue, type: 'bar', stack: 'decided', data: items.map((i) => n(i.overdue)) },
      ],
    },
    table: {
      columns: [
        label('byItemTimeliness.item'),
        label('byItemTimeliness.submitted'),
        label('byItemTimeliness.decided'),
        onTime,
        overdue,
      ],
      rows: items.map((i) => [
        i.itemName ?? i.itemCode ?? '',
        f.number(i.submitted),
        f.number(i.decided),
        f.number(i.onTime),
        f.number(i.overdue),
      ]),
    },
  }
}

/** Average working days from acceptance to decision against the promised limit, per item. */
export function itemDaysChart(stats: ServiceStats, label: Label, f: Formatters): Chart {
  const items = stats.byItem ?? []
  const average = label('byItemDays.average')
  const promised = label('byItemDays.promised')
  return {
    key: 'byItemDays',
    title: label('byItemDays.title'),
    height: itemHeight(items.length),
    empty: items.length === 0,
    option: {
      aria: ARIA,
      color: [PALETTE.blue, PALETTE.grey],
      textStyle: TEXT,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: [average, promised] },
      grid: barGrid(),
      xAxis: { type: 'value' },
      yAxis: itemAxis(items.map((i) => i.itemName ?? i.itemCode ?? '')),
      series: [
        { name: average, type: 'bar', data: items.map((i) => roundDays(i.averageWorkingDays)) },
        { name: promised, type: 'bar', data: items.map((i) => n(i.promisedDays)) },
      ],
    },
    table: {
      columns: [label('byItemDays.item'), average, promised],
      rows: items.map((i) => [
        i.itemName ?? i.itemCode ?? '',
        n(i.decided) > 0 ? f.number(roundDays(i.averageWorkingDays)) : '—',
        f.number(i.promisedDays),
      ]),
    },
  }
}

/** How the applications came in (a ring). */
export function channelChart(stats: ServiceStats, label: Label, f: Formatters): Chart {
  const byChannel = stats.byChannel ?? {}
  const keys = [...CHANNELS.filter((c) => c in byChannel), ...Object.keys(byChannel).filter((c) => !(CHANNELS as readonly string[]).includes(c))]
  const total = keys.reduce((sum, k) => sum + n(byChannel[k]), 0)
  const name = (k: string) => ((CHANNELS as readonly string[]).includes(k) ? label(`channels.${k}`) : k)
  const colours: Record<string, string> = { ONLINE: PALETTE.blue, WINDOW: PALETTE.green, POST: PALETTE.amber }
  const share = (k: string) => (total > 0 ? f.percent(n(byChannel[k]) / total) : '—')
  // The figures go in the legend (one line each), not around the ring, where narrow screens cut them off.
  const legendText = Object.fromEntries(keys.map((k) => [name(k), label('byChannel.legend', { name: name(k), count: f.number(byChannel[k]), share: share(k) })]))
  return {
    key: 'byChannel',
    title: label('byChannel.title'),
    height: 240 + keys.length * 24,
    empty: total === 0,
    option: {
      aria: ARIA,
      textStyle: TEXT,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0, left: 'center', orient: 'vertical', formatter: (legendName: string) => legendText[legendName] ?? legendName },
      series: [
        {
          name: label('byChannel.title'),
          type: 'pie',
          radius: [50, 92],
          center: ['50%', 106],
          label: { show: false },
          data: keys.map((k) => ({ name: name(k), value: n(byChannel[k]), itemStyle: { color: colours[k] ?? PALETTE.grey } })),
        },
      ],
    },
    table: {
      columns: [label('byChannel.channel'), label('byChannel.count'), label('byChannel.share')],
      rows: keys.map((k) => [name(k), f.number(byChannel[k]), share(k)]),
    },
  }
}

/** How many ratings of each grade, best first; the two bad grades in red. */
export function gradeChart(stats: ServiceStats, label: Label, f: Formatters, gradeName: (grade: string) => string): Chart {
  const byGrade = stats.satisfaction?.byGrade ?? {}
  const ratings = label('byGrade.ratings')
  const total = GRADES.reduce((sum, g) => sum + n(byGrade[g]), 0)
  return {
    key: 'byGrade',
    title: label('byGrade.title'),
    height: 300,
    empty: total === 0,
    option: {
      aria: ARIA,
      textStyle: TEXT,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: GRADES.map(gradeName), axisLabel: { interval: 0, width: 64, overflow: 'break' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: ratings,
          type: 'bar',
          data: GRADES.map((g) => ({ value: n(byGrade[g]), itemStyle: { color: Number(g) <= 2 ? PALETTE.red : PALETTE.green } })),
        },
      ],
    },
    table: {
      columns: [label('byGrade.grade'), ratings],
      rows: GRADES.map((g) => [gradeName(g), f.number(byGrade[g])]),
    },
  }
}

/** Every chart of the dashboard, in page order. */
export function dashboardCharts(stats: ServiceStats, label: Label, f: Formatters, gradeName: (grade: string) => string): Chart[] {
  return [
    monthChart(stats, label, f),
    itemTimelinessChart(stats, label, f),
    itemDaysChart(stats, label, f),
    channelChart(stats, label, f),
    gradeChart(stats, label, f, gradeName),
  ]
}
