import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import GuideDownloads from '@/components/GuideDownloads.vue'
import { createAppI18n } from '@/locales'

function render(locale: 'zh-CN' | 'en') {
  return mount(GuideDownloads, {
    props: { code: '010019700000' },
    global: { plugins: [createAppI18n(locale), ElementPlus] },
  })
}

describe('GuideDownloads', () => {
  it('links the blank form, the filled sample and the result sample of the item as downloads', () => {
    const w = render('zh-CN')
    expect(w.get('h2').text()).toBe('表格下载')
    const links = w.findAll('a')
    expect(links.map((a) => a.attributes('href'))).toEqual([
      '/api/items/010019700000/documents/application-form.pdf',
      '/api/items/010019700000/documents/filled-sample.pdf',
      '/api/items/010019700000/documents/result-sample.pdf',
    ])
    expect(links.every((a) => a.attributes('download') !== undefined)).toBe(true)
    expect(w.get('[data-testid="download-applicationForm"]').text()).toContain('申请书（空白表格）')
    expect(w.get('[data-testid="download-filledSample"]').text()).toContain('填写样例')
    expect(w.get('[data-testid="download-resultSample"]').text()).toContain('结果样本')
  })

  it('speaks English and says the documents are in Chinese', () => {
    const w = render('en')
    expect(w.get('h2').text()).toBe('Forms to download')
    expect(w.get('[data-testid="download-filledSample"]').text()).toContain('Filled-in sample')
    expect(w.text()).toContain('in Chinese')
  })
})
