import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LABEL_MAX, shortItemLabels } from '../itemLabels'
import { itemAxis } from '../dashboard'

/** The shipped catalogue, read where the backend loads it from: the labels are checked against the real names. */
const catalogue = JSON.parse(
  readFileSync(resolve(process.cwd(), '../backend/src/main/resources/catalog/items-2018.json'), 'utf8'),
) as { name: string }[] | { items: { name: string }[] }
const NAMES = (Array.isArray(catalogue) ? catalogue : catalogue.items).map((i) => i.name)

describe('short item labels', () => {
  it('covers all 20 catalogue items', () => {
    expect(NAMES).toHaveLength(20)
  })

  it('gives the 20 catalogue items pairwise distinct labels of at most the maximum length', () => {
    const labels = shortItemLabels(NAMES)
    expect(new Set(labels).size).toBe(NAMES.length)
    for (const label of labels) expect(Array.from(label).length).toBeLessThanOrEqual(LABEL_MAX)
  })

  it('keeps distinct labels in any subset of the catalogue and in any order', () => {
    const hazchem = NAMES.filter((n) => n.startsWith('危险化学品'))
    expect(new Set(shortItemLabels(hazchem)).size).toBe(hazchem.length)
    const reversed = [...NAMES].reverse()
    expect(new Set(shortItemLabels(reversed)).size).toBe(NAMES.length)
    for (let i = 0; i < NAMES.length; i++) {
      for (let j = i + 1; j < NAMES.length; j++) {
        const pair = shortItemLabels([NAMES[i]!, NAMES[j]!])
        expect(pair[0], `${NAMES[i]} / ${NAMES[j]}`).not.toBe(pair[1])
      }
    }
  })

  it('shows what tells the three variants of the hazardous chemicals licence apart', () => {
    const variants = NAMES.filter((n) => n.startsWith('危险化学品经营许可证核发'))
    expect(variants).toHaveLength(3)
    const labels = shortItemLabels(variants)
    expect(labels[0]).toMatch(/新申请$/)
    expect(labels[1]).toMatch(/延期$/)
    expect(labels[2]).toMatch(/变更$/)
  })

  it('keeps short names whole and numbers true duplicates', () => {
    expect(shortItemLabels(['生产安全事故应急预案备案'])).toEqual(['生产安全事故应急预案备案'])
    expect(shortItemLabels(['同名', '同名'])).toEqual(['同名', '同名 (2)'])
    expect(shortItemLabels([])).toEqual([])
  })

  it('puts the short labels on the axis and leaves the full names in the data (for the tooltip)', () => {
    const axis = itemAxis(NAMES)
    expect(axis.data).toEqual(NAMES)
    const shown = NAMES.map((name, i) => axis.axisLabel.formatter(name, i))
    expect(shown).toEqual(shortItemLabels(NAMES))
  })
})
