import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { stubApi } from '@/testing/http'
import { page, stats } from '@/testing/fixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

describe('LanguageSwitch', () => {
  it('switches the interface to English, remembers it, and asks the API in English', async () => {
    const { calls } = stubApi({ '/api/stats/catalogue': stats, '/api/items': page() })
    app = await mountApp('/')
    const w = app.wrapper
    expect(w.get('nav[aria-label="主导航"]').text()).toContain('办事指南')
    expect(w.get('[data-locale="zh-CN"]').attributes('aria-pressed')).toBe('true')

    await w.get('[data-locale="en"]').trigger('click')
    await settle()
    expect(w.get('[data-locale="en"]').attributes('aria-pressed')).toBe('true')
    expect(w.get('nav[aria-label="Main navigation"]').text()).toContain('Service guides')
    expect(w.get('h1').text()).toBe('Online Service Hall')
    expect(w.text()).toContain('Zero visits')
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem('onevisit.locale')).toBe('en')
    expect(document.title).toBe('Home · Cixi Work Safety Supervision Bureau · Online Service Hall')

    await app.router.push('/items')
    await settle()
    expect(calls.at(-1)!.headers.get('Accept-Language')).toBe('en')
    expect(w.get('[data-testid="total"]').text()).toBe('3 items')
  })

  it('starts in the remembered language', async () => {
    stubApi({ '/api/stats/catalogue': stats })
    app = await mountApp('/', { locale: 'en' })
    expect(app.wrapper.get('.skip-link').text()).toBe('Skip to main content')
    expect(document.documentElement.lang).toBe('en')
  })
})
