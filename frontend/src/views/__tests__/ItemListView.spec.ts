import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problem, stubApi } from '@/testing/http'
import { page, summaries } from '@/testing/fixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

/** A fake catalogue that applies the zeroVisit filter like the backend does. */
function catalogue() {
  return stubApi({
    '/api/items': (url) => {
      const items = url.searchParams.get('zeroVisit') === 'true' ? summaries.filter((s) => s.zeroVisit) : summaries
      return { body: page(items) }
    },
  })
}

describe('ItemListView', () => {
  it('asks the API for the filters in the URL (page from 0) and shows the count and cards', async () => {
    const { calls } = catalogue()
    app = await mountApp('/items?type=LICENSING&serviceObject=LEGAL_PERSON&q=危险&page=2&size=10')
    const url = calls.at(-1)!.url
    expect(url.searchParams.get('type')).toBe('LICENSING')
    expect(url.searchParams.get('serviceObject')).toBe('LEGAL_PERSON')
    expect(url.searchParams.get('q')).toBe('危险')
    expect(url.searchParams.get('page')).toBe('1')
    expect(url.searchParams.get('size')).toBe('10')
    expect(app.wrapper.get('[data-testid="total"]').text()).toBe('共 3 项')
    const cards = app.wrapper.findAll('article.item-card')
    expect(cards).toHaveLength(3)
    expect(cards[0]!.text()).toContain('危险化学品经营许可证核发（不带储存设施）—新申请')
    expect(cards[0]!.text()).toContain('010019600100')
    expect(cards[0]!.text()).toContain('行政许可')
    expect(cards[0]!.text()).toContain('7 个工作日')
    expect(cards[0]!.find('[data-badge="cityWide"]').exists()).toBe(true)
    expect(cards[0]!.find('[data-badge="maxOneVisit"]').exists()).toBe(true)
    expect(cards[0]!.find('[data-badge="zeroVisit"]').exists()).toBe(false)
    expect(cards[2]!.find('[data-badge="zeroVisit"]').exists()).toBe(true)
    expect(cards[2]!.find('[data-badge="immediate"]').exists()).toBe(true)
    expect(cards[0]!.get('a').attributes('href')).toBe('/items/010019600100')
  })

  it('puts a ticked filter into the URL, back to page 1, and refetches', async () => {
    const { calls } = catalogue()
    app = await mountApp('/items?page=2')
    await app.wrapper.get('[data-filter="zeroVisit"] input').setValue(true)
    await settle()
    expect(app.router.currentRoute.value.query).toEqual({ zeroVisit: 'true' })
    expect(calls.at(-1)!.url.searchParams.get('zeroVisit')).toBe('true')
    expect(calls.at(-1)!.url.searchParams.get('page')).toBe('0')
    expect(app.wrapper.get('[data-testid="total"]').text()).toBe('共 1 项')
    expect(app.wrapper.findAll('article.item-card')).toHaveLength(1)
  })

  it('filters by type and applicant with radio buttons, and clears all filters', async () => {
    catalogue()
    app = await mountApp('/items')
    await app.wrapper.get('[data-filter="type"] input[value="REVIEW_AND_FORWARD"]').setValue(true)
    await settle()
    expect(app.router.currentRoute.value.query).toEqual({ type: 'REVIEW_AND_FORWARD' })
    await app.wrapper.get('[data-filter="serviceObject"] input[value="NATURAL_PERSON"]').setValue(true)
    await settle()
    expect(app.router.currentRoute.value.query).toEqual({ type: 'REVIEW_AND_FORWARD', serviceObject: 'NATURAL_PERSON' })
    await app.wrapper.get('[data-action="reset"]').trigger('click')
    await settle()
    expect(app.router.currentRoute.value.query).toEqual({})
  })

  it('searches by keyword from the labelled field', async () => {
    const { calls } = catalogue()
    app = await mountApp('/items?zeroVisit=true')
    expect(document.querySelector('label[for="list-q"]')?.textContent).toContain('关键词')
    await app.wrapper.get('#list-q').setValue('应急预案')
    await app.wrapper.get('form[role="search"]').trigger('submit')
    await settle()
    expect(app.router.currentRoute.value.query).toEqual({ q: '应急预案', zeroVisit: 'true' })
    expect(calls.at(-1)!.url.searchParams.get('q')).toBe('应急预案')
  })

  it('pages with Element Plus pagination when there is more than one page', async () => {
    const { calls } = stubApi({ '/api/items': page(summaries.slice(0, 2), 20, 0, 2) })
    app = await mountApp('/items?size=2')
    expect(app.wrapper.find('.el-pagination').exists()).toBe(true)
    await app.wrapper.get('.el-pager li:nth-child(2)').trigger('click')
    await settle()
    expect(app.router.currentRoute.value.query).toEqual({ size: '2', page: '2' })
    expect(calls.at(-1)!.url.searchParams.get('page')).toBe('1')
  })

  it('shows the server detail when the request is rejected', async () => {
    stubApi({ '/api/items': problem(400, '请检查标出的参数后重试。') })
    app = await mountApp('/items')
    expect(app.wrapper.text()).toContain('请检查标出的参数后重试。')
  })

  it('says so when nothing matches', async () => {
    stubApi({ '/api/items': page([]) })
    app = await mountApp('/items?q=zzz')
    expect(app.wrapper.get('[data-testid="total"]').text()).toBe('共 0 项')
    expect(app.wrapper.text()).toContain('没有符合条件的办事事项')
  })
})
