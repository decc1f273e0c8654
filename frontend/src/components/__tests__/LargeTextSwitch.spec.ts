import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { stubApi } from '@/testing/http'
import { stats } from '@/testing/fixtures'
import { LARGE_TEXT_CLASS, LARGE_TEXT_STORAGE_KEY } from '@/stores/display'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
  document.documentElement.classList.remove(LARGE_TEXT_CLASS)
})

describe('the accessibility (适老化) mode: large text and higher contrast', () => {
  it('is a toggle button in the header that sets a class on <html> and is remembered', async () => {
    stubApi({ '/api/stats/catalogue': stats })
    app = await mountApp('/')
    const toggle = app.wrapper.get('header [data-testid="large-text-switch"]')
    expect(toggle.element.tagName).toBe('BUTTON')
    expect(toggle.attributes('tabindex')).toBeUndefined()
    expect(toggle.text()).toContain('大字模式')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).toBe(false)

    await toggle.trigger('click')
    await settle()
    expect(toggle.attributes('aria-pressed')).toBe('true')
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).toBe(true)
    expect(localStorage.getItem(LARGE_TEXT_STORAGE_KEY)).toBe('true')

    // the next visit starts in it
    app.unmount()
    document.documentElement.classList.remove(LARGE_TEXT_CLASS)
    app = await mountApp('/')
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).toBe(true)
    const again = app.wrapper.get('header [data-testid="large-text-switch"]')
    expect(again.attributes('aria-pressed')).toBe('true')

    await again.trigger('click')
    await settle()
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).toBe(false)
    expect(localStorage.getItem(LARGE_TEXT_STORAGE_KEY)).toBeNull()
  })

  it('scales the base font size through that class', () => {
    const css = readFileSync(resolve(process.cwd(), 'src/styles/large-text.css'), 'utf8')
    expect(css).toMatch(/html\.ov-large-text\s*\{[^}]*font-size:\s*125%/)
    expect(css).toMatch(/--el-font-size-base:\s*18px/)
  })
})
