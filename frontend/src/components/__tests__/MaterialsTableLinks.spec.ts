import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import MaterialsTable from '@/components/MaterialsTable.vue'
import { createAppI18n } from '@/locales'
import { guide } from '@/testing/fixtures'

describe('MaterialsTable document links', () => {
  it('links the blank form and sample of the form material to the generated PDFs', () => {
    const w = mount(MaterialsTable, {
      props: { materials: guide.materials ?? [], code: guide.code! },
      global: { plugins: [createAppI18n('zh-CN'), ElementPlus] },
    })
    const blank = w.get('[data-testid="material-blank-form"]')
    expect(blank.text()).toBe('危险化学品经营许可证申请书.docx')
    expect(blank.attributes('href')).toBe(`/api/items/${guide.code}/documents/application-form.pdf`)
    const cards = w.get('[data-testid="material-cards"]')
    expect(cards.find(`a[href="/api/items/${guide.code}/documents/application-form.pdf"]`).exists()).toBe(true)
  })

  it('shows the names only, without the item code', () => {
    const w = mount(MaterialsTable, {
      props: { materials: guide.materials ?? [] },
      global: { plugins: [createAppI18n('zh-CN'), ElementPlus] },
    })
    expect(w.find('[data-testid="material-blank-form"]').exists()).toBe(false)
    expect(w.text()).toContain('危险化学品经营许可证申请书.docx')
  })
})
