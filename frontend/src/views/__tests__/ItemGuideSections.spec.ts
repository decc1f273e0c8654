import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { stubApi } from '@/testing/http'
import { guide } from '@/testing/fixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
  vi.unstubAllGlobals()
})

const GUIDE = '/api/items/010019600100'

/** What a section shows: its disclosure button and whether its body is displayed. */
function section(w: NonNullable<typeof app>['wrapper'], id: string) {
  const root = w.get(`section#${id}`)
  const button = root.get('h2 button')
  return { root, button, open: () => (root.get(`#${id}-body`).element as HTMLElement).style.display !== 'none' }
}

describe('a long guide: foldable sections and a page index', () => {
  it('keeps every section a heading holding a disclosure button, open on a wide screen', async () => {
    stubApi({ [GUIDE]: guide })
    app = await mountApp('/items/010019600100')
    const w = app.wrapper
    const sections = w.findAll('article section.guide-section')
    expect(sections.length).toBeGreaterThanOrEqual(13)
    for (const s of sections) {
      const button = s.get('h2 button')
      expect(button.attributes('aria-expanded')).toBe('true')
      expect(button.attributes('aria-controls')).toBe(`${s.attributes('id')}-body`)
      expect(s.attributes('aria-labelledby')).toBe(s.get('h2').attributes('id'))
    }
    const materials = section(w, 'materials')
    await materials.button.trigger('click')
    expect(materials.button.attributes('aria-expanded')).toBe('false')
    expect(materials.open()).toBe(false)
    await materials.button.trigger('click')
    expect(materials.open()).toBe(true)
  })

  it('has an index linking to every section, and folds or unfolds them all at once', async () => {
    stubApi({ [GUIDE]: guide })
    app = await mountApp('/items/010019600100')
    const w = app.wrapper
    const toc = w.get('nav[data-testid="guide-toc"]')
    expect(toc.attributes('aria-label')).toBe('本页目录')
    const targets = toc.findAll('li a').map((a) => a.attributes('href'))
    const ids = w.findAll('article section.guide-section').map((s) => `/items/010019600100#${s.attributes('id')}`)
    expect(targets).toEqual(ids)

    await toc.get('[data-testid="collapse-all"]').trigger('click')
    expect(w.findAll('section.guide-section h2 button').every((b) => b.attributes('aria-expanded') === 'false')).toBe(true)
    // following the index to a folded section opens it
    await app.router.push('/items/010019600100#fee')
    await settle()
    expect(section(w, 'fee').open()).toBe(true)
    expect(section(w, 'legal').open()).toBe(false)
    await toc.get('[data-testid="expand-all"]').trigger('click')
    expect(w.findAll('section.guide-section h2 button').every((b) => b.attributes('aria-expanded') === 'true')).toBe(true)
  })

  it('starts folded on a phone, but for the basics and the materials', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width'), media: query, addEventListener() {}, removeEventListener() {} }))
    stubApi({ [GUIDE]: guide })
    app = await mountApp('/items/010019600100')
    const open = app.wrapper
      .findAll('article section.guide-section')
      .filter((s) => s.get('h2 button').attributes('aria-expanded') === 'true')
      .map((s) => s.attributes('id'))
    expect(open).toEqual(['basic', 'materials'])
  })

  it('prints every section, folded or not', async () => {
    const css = (await import('@/components/GuideSection.vue?raw')).default as string
    expect(css).toMatch(/@media print\s*\{[\s\S]*\.guide-section-body\s*\{\s*display:\s*block\s*!important;/)
  })
})
