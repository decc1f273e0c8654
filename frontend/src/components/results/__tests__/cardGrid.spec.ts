import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { MAX_COLUMNS, cardGridStyle, layoutFor } from '../cardGrid'
import CardGrid from '../CardGrid.vue'

describe('card grids without orphans', () => {
  for (const [width, max] of Object.entries(MAX_COLUMNS)) {
    it(`never leaves a lone card beside empty cells on ${width} screens (1–24 cards)`, () => {
      for (let count = 1; count <= 24; count++) {
        const { columns, lastSpan } = layoutFor(count, max)
        expect(columns).toBeGreaterThanOrEqual(1)
        expect(columns).toBeLessThanOrEqual(max)
        const onLastRow = count % columns || columns
        // either the last row holds two cards or more, or it is the only row, or its card fills the row
        const alone = onLastRow === 1 && count > 1 && columns > 1
        expect(alone ? lastSpan : 1, `${count} cards in ${columns} columns`).toBe(alone ? columns : 1)
      }
    })
  }

  it('lays out the seven dashboard figures and the six catalogue figures in full rows where it can', () => {
    expect(layoutFor(7, 4)).toEqual({ columns: 4, lastSpan: 1 }) // 4 + 3
    expect(layoutFor(7, 3)).toEqual({ columns: 3, lastSpan: 3 }) // 3 + 3 + 1 spanning the row
    expect(layoutFor(7, 2)).toEqual({ columns: 2, lastSpan: 2 })
    expect(layoutFor(6, 4)).toEqual({ columns: 3, lastSpan: 1 }) // 3 + 3, not 4 + 2
    expect(layoutFor(6, 2)).toEqual({ columns: 2, lastSpan: 1 })
    expect(layoutFor(8, 4)).toEqual({ columns: 4, lastSpan: 1 })
    expect(layoutFor(5, 4)).toEqual({ columns: 3, lastSpan: 1 }) // 3 + 2, not 4 + 1
    expect(layoutFor(2, 4)).toEqual({ columns: 2, lastSpan: 1 })
  })

  it('sets the columns of each width on the list', () => {
    const wrapper = mount(CardGrid, { props: { count: 7 }, slots: { default: '<li>a</li>' } })
    const style = wrapper.find('ul').attributes('style') ?? ''
    for (const [name, value] of Object.entries(cardGridStyle(7))) expect(style).toContain(`${name}: ${value}`)
    expect(wrapper.find('ul > li').exists()).toBe(true)
  })
})
