/**
 * Card grids without orphans: for each screen width the number of columns is chosen for the number of cards
 * (one that divides it when there is one, else one that leaves at least two cards on the last row), and where a
 * lone last card cannot be avoided it spans the whole row, so no card sits alone beside empty cells.
 */

/** Most columns per width: wide (> 900 px), medium (561–900 px), narrow (≤ 560 px). */
export const MAX_COLUMNS = { wide: 4, medium: 3, narrow: 2 } as const
export type Width = keyof typeof MAX_COLUMNS

export interface Layout {
  columns: number
  /** Columns the last card spans (1, or all of them when it would stand alone). */
  lastSpan: number
}

export function layoutFor(count: number, max: number): Layout {
  if (count <= max) return { columns: Math.max(1, count), lastSpan: 1 }
  const candidates = Array.from({ length: max - 1 }, (_, i) => max - i) // max … 2
  const columns =
    candidates.find((c) => count % c === 0) ?? candidates.find((c) => count % c !== 1) ?? max
  return { columns, lastSpan: count % columns === 1 ? columns : 1 }
}

/** CSS custom properties for `.card-grid` (see CardGrid.vue). */
export function cardGridStyle(count: number): Record<string, string> {
  const style: Record<string, string> = {}
  for (const width of Object.keys(MAX_COLUMNS) as Width[]) {
    const layout = layoutFor(count, MAX_COLUMNS[width])
    style[`--cols-${width}`] = String(layout.columns)
    style[`--span-${width}`] = String(layout.lastSpan)
  }
  return style
}
