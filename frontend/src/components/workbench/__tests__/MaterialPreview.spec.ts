import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import MaterialPreview from '@/components/workbench/MaterialPreview.vue'
import { createAppI18n } from '@/locales'
import type { MaterialView } from '@/api'

const CASE_ID = '2f1d3c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b'
const MATERIAL: MaterialView = {
  id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  materialCode: 'M1',
  materialName: '营业执照',
  fileName: '示范化工-营业执照.pdf',
  contentType: 'application/pdf',
  size: 1234,
}

let wrapper: VueWrapper | undefined
const { createObjectURL, revokeObjectURL } = URL
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  Object.assign(URL, { createObjectURL, revokeObjectURL })
  vi.unstubAllGlobals()
})

describe('MaterialPreview', () => {
  it('is titled by the file name: the dialog, the frame and the window while it is open', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('%PDF-1.4', { headers: { 'Content-Type': 'application/pdf' } })))
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:preview'), revokeObjectURL: vi.fn() })
    document.title = '办件 · 网上办事大厅'
    wrapper = mount(MaterialPreview, {
      props: { caseId: CASE_ID, material: MATERIAL, modelValue: true },
      attachTo: document.body,
      global: { plugins: [createPinia(), createAppI18n('zh-CN')] },
    })
    await flushPromises()
    await vi.waitFor(() => expect(document.querySelector('[data-testid="preview-frame"]')).not.toBeNull())
    expect(document.querySelector('.el-dialog__title')?.textContent).toContain('示范化工-营业执照.pdf')
    expect(document.querySelector('[data-testid="preview-frame"]')?.getAttribute('title')).toContain('示范化工-营业执照.pdf')
    expect(document.querySelector('[data-testid="preview-download"]')?.getAttribute('download')).toBe('示范化工-营业执照.pdf')
    expect(document.title).toBe('预览 示范化工-营业执照.pdf · 办件 · 网上办事大厅')
    await wrapper.setProps({ modelValue: false })
    await flushPromises()
    expect(document.title).toBe('办件 · 网上办事大厅')
  }, 30_000)
})
