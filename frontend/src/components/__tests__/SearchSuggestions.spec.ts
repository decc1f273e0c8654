import { afterEach, describe, expect, it } from 'vitest'
import { mountApp } from '@/testing/mountApp'
import { stubApi } from '@/testing/http'
import { page } from '@/testing/fixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

describe('SearchSuggestions on the item list', () => {
  it('offers the close names the server suggests when a search found nothing', async () => {
    stubApi({
      '/api/items': { ...page([]), suggestions: [{ code: '010019600100', name: '危险化学品经营许可证核发（不带储存设施）—新申请' }] },
    })
    app = await mountApp('/items?q=危险化学晶')
    const box = app.wrapper.get('[data-testid="suggestions"]')
    expect(box.attributes('aria-label')).toBe('您是不是要找：')
    expect(box.text()).toContain('您是不是要找：')
    const link = box.get('a')
    expect(link.text()).toBe('危险化学品经营许可证核发（不带储存设施）—新申请')
    expect(link.attributes('href')).toBe('/items/010019600100')
  })

  it('shows nothing when there is nothing to suggest or the search found items', async () => {
    stubApi({ '/api/items': { ...page([]), suggestions: [] } })
    app = await mountApp('/items?q=xyz')
    expect(app.wrapper.get('[data-testid="total"]').text()).toBe('共 0 项')
    expect(app.wrapper.find('[data-testid="suggestions"]').exists()).toBe(false)
    app.unmount()
    stubApi({ '/api/items': { ...page(), suggestions: [{ code: '010019700000', name: '不应出现' }] } })
    app = await mountApp('/items?q=危险')
    expect(app.wrapper.findAll('article.item-card').length).toBeGreaterThan(0)
    expect(app.wrapper.find('[data-testid="suggestions"]').exists()).toBe(false)
  })
})
