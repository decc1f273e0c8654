import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import TabbedPanel, { type PanelTab } from '@/components/common/TabbedPanel.vue'

function mountTabs(tabs: PanelTab[], layout?: 'fill' | 'wrap') {
  const selected = ref(tabs[0]!.value)
  const Host = defineComponent(() => () =>
    h(
      TabbedPanel,
      {
        modelValue: selected.value,
        'onUpdate:modelValue': (v: string) => (selected.value = v),
        tabs,
        label: 'Kinds',
        idPrefix: 'kind',
        layout,
      },
      () => h('p', { class: 'content' }, `panel of ${selected.value}`),
    ),
  )
  return { wrapper: mount(Host, { attachTo: document.body }), selected }
}

describe('TabbedPanel', () => {
  it('is one tab list with one panel, labelled by the selected tab', () => {
    const { wrapper } = mountTabs([
      { value: 'a', label: 'Alpha' },
      { value: 'b', label: 'Beta' },
    ])
    const list = wrapper.get('[role="tablist"]')
    expect(list.attributes('aria-label')).toBe('Kinds')
    const tabs = wrapper.findAll('[role="tab"]')
    expect(tabs.map((t) => t.text())).toEqual(['Alpha', 'Beta'])
    expect(tabs.map((t) => t.attributes('id'))).toEqual(['kind-tab-a', 'kind-tab-b'])
    expect(tabs.map((t) => t.attributes('aria-selected'))).toEqual(['true', 'false'])
    expect(tabs.map((t) => t.attributes('tabindex'))).toEqual(['0', '-1'])
    expect(tabs[0]!.attributes('aria-controls')).toBe('kind-panel')
    expect(tabs[0]!.attributes('aria-label')).toBeUndefined()
    const panel = wrapper.get('[role="tabpanel"]')
    expect(panel.attributes('id')).toBe('kind-panel')
    expect(panel.attributes('aria-labelledby')).toBe('kind-tab-a')
    expect(panel.text()).toBe('panel of a')
    // Without counts there is no count badge; `wrap` is the default layout.
    expect(wrapper.find('.tab-count').exists()).toBe(false)
    expect(wrapper.get('.tabbed-panel').classes()).toContain('is-wrap')
    wrapper.unmount()
  })

  it('moves with the arrow keys, Home and End (wrapping round), and on click', async () => {
    const { wrapper, selected } = mountTabs(
      [
        { value: 'a', label: 'Alpha' },
        { value: 'b', label: 'Beta' },
        { value: 'c', label: 'Gamma' },
      ],
      'fill',
    )
    expect(wrapper.get('.tabbed-panel').classes()).toContain('is-fill')
    const tab = (value: string) => wrapper.get(`[data-tab="${value}"]`)

    await tab('a').trigger('keydown', { key: 'ArrowLeft' })
    await wrapper.vm.$nextTick()
    expect(selected.value).toBe('c')
    expect(document.activeElement?.id).toBe('kind-tab-c')

    await tab('c').trigger('keydown', { key: 'ArrowRight' })
    await wrapper.vm.$nextTick()
    expect(selected.value).toBe('a')

    await tab('a').trigger('keydown', { key: 'End' })
    await wrapper.vm.$nextTick()
    expect(selected.value).toBe('c')
    await tab('c').trigger('keydown', { key: 'Home' })
    await wrapper.vm.$nextTick()
    expect(selected.value).toBe('a')

    await tab('a').trigger('keydown', { key: 'x' })
    expect(selected.value).toBe('a')

    await tab('b').trigger('click')
    expect(selected.value).toBe('b')
    expect(wrapper.get('[role="tabpanel"]').attributes('aria-labelledby')).toBe('kind-tab-b')
    expect(wrapper.get('[role="tabpanel"]').text()).toBe('panel of b')
    wrapper.unmount()
  })

  it('shows counts beside the labels, hidden from screen readers, which hear the tab’s name instead', () => {
    const { wrapper } = mountTabs([
      { value: 'open', label: 'Open', name: 'Open, 3 cases', count: 3 },
      { value: 'late', label: 'Overdue', name: 'Overdue, 2 cases', count: 2, alert: true },
      { value: 'done', label: 'Done', name: 'Done, none', count: 0, alert: true },
    ])
    const tabs = wrapper.findAll('[role="tab"]')
    expect(tabs.map((t) => t.attributes('aria-label'))).toEqual(['Open, 3 cases', 'Overdue, 2 cases', 'Done, none'])
    const counts = wrapper.findAll('.tab-count')
    expect(counts.map((c) => c.attributes('data-count'))).toEqual(['3', '2', '0'])
    expect(counts.every((c) => c.attributes('aria-hidden') === 'true')).toBe(true)
    expect(counts[0]!.classes()).not.toContain('is-alert')
    expect(counts[1]!.classes()).toContain('is-alert')
    expect(counts[2]!.classes()).toEqual(expect.arrayContaining(['is-zero']))
    expect(counts[2]!.classes()).not.toContain('is-alert')
    wrapper.unmount()
  })
})
