import { describe, expect, it } from 'vitest'
import { api, ApiError, setLanguageSource } from '@/api'
import { problem, reply, stubApi } from '@/testing/http'
import { guide, page, stats } from '@/testing/fixtures'

describe('api client', () => {
  it('lists items with the filters as query parameters and page from 0', async () => {
    const { calls } = stubApi({ '/api/items': page() })
    const result = await api.listItems({ q: '危险化学品', type: 'LICENSING', zeroVisit: true, page: 0, size: 20 })
    expect(result.total).toBe(3)
    const url = calls[0]!.url
    expect(url.pathname).toBe('/api/items')
    expect(url.searchParams.get('q')).toBe('危险化学品')
    expect(url.searchParams.get('type')).toBe('LICENSING')
    expect(url.searchParams.get('zeroVisit')).toBe('true')
    expect(url.searchParams.get('page')).toBe('0')
    expect(url.searchParams.has('cityWide')).toBe(false)
    expect(url.searchParams.has('serviceObject')).toBe(false)
  })

  it('sends the UI language as Accept-Language', async () => {
    const { calls } = stubApi({ '/api/stats/catalogue': stats })
    setLanguageSource(() => 'en')
    try {
      await api.catalogueStats()
    } finally {
      setLanguageSource(() => 'zh-CN')
    }
    await api.catalogueStats()
    expect(calls[0]!.headers.get('Accept-Language')).toBe('en')
    expect(calls[1]!.headers.get('Accept-Language')).toBe('zh-CN')
  })

  it('fetches a guide by code, escaping the code', async () => {
    const { calls } = stubApi({ '/api/items/010019600100': guide })
    const result = await api.getGuide('010019600100')
    expect(result.name).toBe(guide.name)
    expect(calls[0]!.url.pathname).toBe('/api/items/010019600100')
    expect(api.printableGuideUrl('a/b')).toBe('/api/items/a%2Fb/guide')
  })

  it('turns a problem response into an ApiError carrying the localised detail', async () => {
    stubApi({ '/api/items/nope': problem(404, '未找到编码为 nope 的办事事项。', '未找到') })
    const error = await api.getGuide('nope').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(404)
    expect(apiError.isNotFound).toBe(true)
    expect(apiError.detail).toBe('未找到编码为 nope 的办事事项。')
    expect(apiError.problem?.title).toBe('未找到')
  })

  it('keeps field errors of a 400', async () => {
    stubApi({
      '/api/items': reply({
        status: 400,
        contentType: 'application/problem+json',
        body: {
          title: '请求参数有误',
          status: 400,
          detail: '请检查标出的参数后重试。',
          errors: [{ field: 'size', message: '必须在 1 到 100 之间' }],
        },
      }),
    })
    const error = (await api.listItems({ size: 0 }).catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(400)
    expect(error.problem?.errors?.[0]).toEqual({ field: 'size', message: '必须在 1 到 100 之间' })
  })

  it('reports a network failure as status 0', async () => {
    const { fetch } = stubApi({})
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    const error = (await api.catalogueStats().catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.isNetwork).toBe(true)
    expect(error.detail).toBeUndefined()
  })

  it('reports a non-problem error body without a detail', async () => {
    stubApi({ '/api/stats/catalogue': reply({ status: 502 }) })
    const error = (await api.catalogueStats().catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(502)
    expect(error.problem).toBeUndefined()
  })
})
