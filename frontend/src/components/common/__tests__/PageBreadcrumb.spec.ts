import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@/locales'
import PageBreadcrumb from '@/components/common/PageBreadcrumb.vue'

async function mountCrumbs(props: InstanceType<typeof PageBreadcrumb>['$props']) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: { template: '<p />' } },
      { path: '/items', name: 'items', component: { template: '<p />' } },
      { path: '/items/:code', name: 'item', component: { template: '<p />' } },
      { path: '/here', name: 'here', component: { template: '<p />' } },
    ],
  })
  await router.push('/here')
  return mount(PageBreadcrumb, { props, global: { plugins: [router, createAppI18n()] } })
}

describe('PageBreadcrumb', () => {
  it('leads from the home page through the pages above to this one, which is marked and not a link', async () => {
    const w = await mountCrumbs({
      label: '面包屑导航',
      trail: [
        { label: '办事指南', to: { name: 'items' } },
        { label: '安全生产许可', to: { name: 'item', params: { code: '100' } }, lang: 'zh-CN' },
      ],
      current: '网上申请',
    })
    expect(w.get('nav').attributes('aria-label')).toBe('面包屑导航')
    const items = w.findAll('li')
    // Each separator ends the item before it (so a wrapped line never starts with "/"), hidden from screen readers.
    expect(items.map((li) => li.text())).toEqual(['首页\u00a0/', '办事指南\u00a0/', '安全生产许可\u00a0/', '网上申请'])
    expect(items.every((li) => !li.text().startsWith('/'))).toBe(true)
    expect(w.findAll('.separator').every((s) => s.attributes('aria-hidden') === 'true')).toBe(true)
    expect(items.slice(0, 3).every((li) => li.element.lastElementChild?.classList.contains('separator'))).toBe(true)
    expect(w.findAll('a').map((a) => a.attributes('href'))).toEqual(['/', '/items', '/items/100'])
    expect(w.findAll('a')[2]!.attributes('lang')).toBe('zh-CN')
    expect(w.findAll('a')[1]!.attributes('lang')).toBeUndefined()
    expect(items[3]!.attributes('aria-current')).toBe('page')
    expect(items[3]!.find('a').exists()).toBe(false)
    expect(w.findAll('[aria-current]')).toHaveLength(1)
  })

  it('may have nothing between home and this page, whose name may be data in Chinese', async () => {
    const w = await mountCrumbs({ label: 'Breadcrumb', current: '危险化学品经营许可', currentLang: 'zh-CN' })
    expect(w.findAll('li').map((li) => li.text())).toEqual(['首页\u00a0/', '危险化学品经营许可'])
    expect(w.get('[aria-current="page"]').attributes('lang')).toBe('zh-CN')
  })
})
