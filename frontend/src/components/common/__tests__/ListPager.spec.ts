import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ListPager from '@/components/common/ListPager.vue'

describe('ListPager', () => {
  it('is not there while everything fits on one page', () => {
    const w = mount(ListPager, { props: { total: 20, pageSize: 20, page: 1, label: 'Pages' } })
    expect(w.find('nav').exists()).toBe(false)
    expect(w.find('.el-pagination').exists()).toBe(false)
  })

  it('is a labelled navigation with the page numbers, and tells which page was chosen', async () => {
    const w = mount(ListPager, { props: { total: 45, pageSize: 20, page: 2, label: '消息分页' } })
    const nav = w.get('nav')
    expect(nav.attributes('aria-label')).toBe('消息分页')
    const pages = w.findAll('.el-pager li')
    expect(pages.map((li) => li.text())).toEqual(['1', '2', '3'])
    expect(w.get('.el-pager li.is-active').text()).toBe('2')

    await pages[2]!.trigger('click')
    expect(w.emitted('change')).toEqual([[3]])
  })
})
