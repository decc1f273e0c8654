import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n, type Locale } from '@/locales'
import ItemCard from '@/components/ItemCard.vue'
import { summaries } from '@/testing/fixtures'
import type { ItemSummary } from '@/api'

function card(item: ItemSummary, locale: Locale) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/items/:code', name: 'item', component: { template: '<p />' } }],
  })
  return mount(ItemCard, { props: { item }, global: { plugins: [router, createAppI18n(locale)] } })
}

describe('ItemCard', () => {
  it('shows no Chinese sub-type beside its English twin, but a sub-type that says more', () => {
    const licensing = { ...summaries[0]!, type: 'LICENSING' as const, subType: '行政许可' }
    const english = card(licensing, 'en')
    expect(english.get('.item-meta').text()).toContain('Licensing')
    expect(english.get('.item-meta').text()).not.toContain('行政许可')
    expect(card(licensing, 'zh-CN').get('.item-meta').text().match(/行政许可/g)).toHaveLength(1)

    const other = card({ ...summaries[0]!, type: 'OTHER' as const, subType: '行政确认' }, 'en')
    expect(other.get('.item-meta [lang="zh-CN"]').text()).toBe('行政确认')
  })
})
