import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { stubApi } from '@/testing/http'
import { page, stats } from '@/testing/fixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

describe('DefaultLayout', () => {
  it('has landmarks, a skip link to the main content, and leaves focus alone on first load', async () => {
    stubApi({ '/api/stats/catalogue': stats })
    app = await mountApp('/')
    const w = app.wrapper
    expect(w.find('header').exists()).toBe(true)
    expect(w.find('nav[aria-label="主导航"]').exists()).toBe(true)
    expect(w.find('main#main-content').exists()).toBe(true)
    expect(w.find('footer').exists()).toBe(true)
    expect(document.activeElement).toBe(document.body)
    const skip = w.get('a.skip-link')
    expect(skip.attributes('href')).toBe('#main-content')
    await skip.trigger('click')
    expect(document.activeElement?.id).toBe('main-content')
  })

  it('moves focus to the main content after going to another page, not after a filter change', async () => {
    stubApi({ '/api/stats/catalogue': stats, '/api/items': page() })
    app = await mountApp('/')
    await app.router.push('/items')
    await settle()
    expect(document.activeElement?.id).toBe('main-content')
    ;(document.querySelector('#list-q') as HTMLInputElement).focus()
    await app.router.push('/items?zeroVisit=true')
    await settle()
    expect(document.activeElement?.id).toBe('list-q')
  })

  it('shows the not-found page for an unknown address', async () => {
    app = await mountApp('/no/such/page')
    expect(app.wrapper.findAll('h1').map((h) => h.text())).toEqual(['页面不存在'])
    expect(document.title).toBe('页面不存在 · 慈溪市安全生产监督管理局 · 网上办事大厅')
    expect(app.wrapper.find('a[href="/items"]').exists()).toBe(true)
  })
})
