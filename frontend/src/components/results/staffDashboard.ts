/**
 * The staff dashboard's tables (per office, per officer) and its chart (on-time rate per office), built from
 * StaffStats. Pure functions like dashboard.ts: texts come from `label` (keys under results.staffStats), numbers
 * are formatted by the caller's formatters, and every cell keeps the raw value it is sorted by.
 */
import type { GroupFigures, OfficerFigures, Share, StaffStats } from '@/api/results'
import { ARIA, PALETTE, TEXT, barGrid, itemAxis, itemHeight, roundDays, type Chart, type Formatters, type Label } from './dashboard'

/** A cell as shown, and the value it sorts by (null: nothing to compare, always last). */
export interface Cell {
  text: string
  value: number | string | null
}

export interface Column {
  key: string
  label: string
  numeric: boolean
}

/** A row: its first cell is the row's header (an office, an officer). */
export interface Row {
  key: string
  cells: Cell[]
}

export interface SortableTable {
  columns: Column[]
  rows: Row[]
}

/** The steps shown as columns of the officers' table; the others are added up in `other`. */
export const ACTION_COLUMNS = ['ACCEPT', 'NOT_ACCEPT', 'REQUEST_CORRECTION', 'RECOMMEND', 'APPROVE', 'DENY', 'VISIT'] as const

function n(value: number | undefined | null): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

function count(value: number | undefined | null, f: Formatters): Cell {
  return { text: f.number(n(value)), value: n(value) }
}

/** A rate, or — when its whole is empty (a 0 % that nobody earned would mislead). */
function rate(share: Share | undefined, f: Formatters): Cell {
  return n(share?.of) > 0 ? { text: f.percent(share!.rate), value: n(share!.rate) } : { text: '—', value: null }
}

function days(value: number | undefined | null, f: Formatters): Cell {
  return typeof value === 'number' ? { text: f.number(roundDays(value)), value } : { text: '—', value: null }
}

const FIGURE_COLUMNS = [
  'submitted',
  'decided',
  'onTimeRate',
  'overdue',
  'averageDays',
  'promisedDays',
  'zeroVisit',
  'visitsWaived',
  'visitBreaches',
  'corrections',
  'secondCorrections',
  'satisfied',
  'badReviews',
  'rectifiedOnTime',
] as const

function figureColumns(label: Label): Column[] {
  return FIGURE_COLUMNS.map((key) => ({ key, label: label(`columns.${key}`), numeric: true }))
}

/** The public figures of a group, in the order of FIGURE_COLUMNS. */
export function figureCells(g: GroupFigures | undefined, f: Formatters): Cell[] {
  const timeliness = g?.timeliness
  return [
    count(g?.submitted, f),
    count(timeliness?.decided, f),
    rate({ count: timeliness?.onTime, of: timeliness?.decided, rate: timeliness?.onTimeRate }, f),
    count(timeliness?.overdue, f),
    days(g?.averageWorkingDays, f),
    days(g?.averagePromisedDays, f),
    rate(g?.zeroVisitCompletions, f),
    count(g?.visitsWaived, f),
    count(g?.visitBreaches, f),
    count(g?.corrections?.requests, f),
    count(g?.corrections?.secondRequests, f),
    rate(g?.satisfaction?.satisfied, f),
    count(g?.satisfaction?.badReviews, f),
    rate(g?.satisfaction?.rectifiedOnTime, f),
  ]
}

/** An office's name; the cases no window has handled yet have no office (code null). */
function officeName(code: string | undefined | null, name: string | undefined | null, label: Label): string {
  return code ? (name ?? code) : label('offices.unhandled')
}

export function officeTable(stats: StaffStats, label: Label, f: Formatters): SortableTable {
  return {
    columns: [{ key: 'office', label: label('columns.office'), numeric: false }, ...figureColumns(label)],
    rows: (stats.offices ?? []).map((o) => {
      const name = officeName(o.code, o.name, label)
      return { key: o.code ?? '', cells: [{ text: name, value: name }, ...figureCells(o.figures, f)] }
    }),
  }
}

function actionCells(o: OfficerFigures, f: Formatters): Cell[] {
  const actions = o.actions ?? {}
  const shown = ACTION_COLUMNS.map((a) => count(actions[a], f))
  const other = Object.entries(actions)
    .filter(([a]) => !(ACTION_COLUMNS as readonly string[]).includes(a))
    .reduce((sum, [, k]) => sum + n(k), 0)
  return [...shown, count(other, f)]
}

export function officerTable(stats: StaffStats, label: Label, f: Formatters): SortableTable {
  return {
    columns: [
      { key: 'officer', label: label('columns.officer'), numeric: false },
      { key: 'officerOffice', label: label('columns.officerOffice'), numeric: false },
      ...figureColumns(label),
      ...[...ACTION_COLUMNS, 'other'].map((a) => ({ key: `action-${a}`, label: label(`actions.${a}`), numeric: true })),
    ],
    rows: (stats.officers ?? []).map((o) => {
      const name = o.name ?? label('officers.unknown')
      const office = o.officeCode ? (o.officeName ?? o.officeCode) : '—'
      return {
        key: o.id ?? name,
        cells: [{ text: name, value: name }, { text: office, value: o.officeCode ? office : null }, ...figureCells(o.figures, f), ...actionCells(o, f)],
      }
    }),
  }
}

/** Whether anything happened in the period: otherwise the page says so instead of showing tables of zeros. */
export function hasActivity(stats: StaffStats): boolean {
  const busy = (g: GroupFigures | undefined) =>
    n(g?.submitted) + n(g?.timeliness?.decided) + n(g?.zeroVisitCompletions?.of) + n(g?.visitBreaches) + n(g?.visitsWaived) +
      n(g?.corrections?.requests) + n(g?.satisfaction?.ratings) > 0
  return (stats.offices ?? []).some((o) => busy(o.figures)) || (stats.officers ?? []).length > 0
}

/** The share of decisions on time at each office that decided anything (horizontal bars, 0–100 %). */
export function officeOnTimeChart(stats: StaffStats, label: Label, f: Formatters): Chart {
  const offices = (stats.offices ?? []).filter((o) => n(o.figures?.timeliness?.decided) > 0)
  const names = offices.map((o) => officeName(o.code, o.name, label))
  const rateLabel = label('chart.rate')
  return {
    key: 'officeOnTime',
    title: label('chart.title'),
    height: itemHeight(offices.length),
    empty: offices.length === 0,
    option: {
      aria: ARIA,
      color: [PALETTE.green],
      textStyle: TEXT,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v}%` },
      grid: barGrid(),
      xAxis: { type: 'value', min: 0, max: 100, interval: 50, axisLabel: { formatter: '{value}%' } },
      yAxis: itemAxis(names),
      series: [
        {
          name: rateLabel,
          type: 'bar',
          data: offices.map((o) => Math.round(n(o.figures?.timeliness?.onTimeRate) * 1000) / 10),
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    },
    table: {
      columns: [label('chart.office'), label('chart.decided'), label('chart.onTime'), rateLabel],
      rows: offices.map((o, i) => [
        names[i]!,
        f.number(o.figures?.timeliness?.decided),
        f.number(o.figures?.timeliness?.onTime),
        f.percent(o.figures?.timeliness?.onTimeRate),
      ]),
    },
  }
}
