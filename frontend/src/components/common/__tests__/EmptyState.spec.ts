import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import { Tickets } from '@element-plus/icons-vue'
import EmptyState from '@/components/common/EmptyState.vue'

describe('EmptyState', () => {
  it('says the list is empty, in a card, with where to go instead', () => {
    const w = mount(EmptyState, {
      props: { text: '还没有办件。' },
      attrs: { 'data-testid': 'list-empty' },
      slots: { default: () => h('a', { href: '/items' }, '浏览办事指南') },
    })
    const root = w.get('[data-testid="list-empty"]')
    expect(root.classes()).toEqual(expect.arrayContaining(['empty-state', 'card']))
    expect(root.classes()).not.toContain('has-icon')
    expect(root.get('p').text()).toBe('还没有办件。')
    expect(root.get('a').attributes('href')).toBe('/items')
    expect(root.find('.empty-icon').exists()).toBe(false)
  })

  it('may show an icon, hidden from screen readers', () => {
    const w = mount(EmptyState, { props: { text: '您还没有电子证照。', icon: Tickets } })
    expect(w.classes()).toContain('has-icon')
    const icon = w.get('.empty-icon')
    expect(icon.attributes('aria-hidden')).toBe('true')
    expect(icon.find('svg').exists()).toBe(true)
    expect(w.text()).toBe('您还没有电子证照。')
  })
})
