import { describe, expect, it, vi } from 'vitest'
import { ApiError, setAuthHooks } from '@/api'
import { resultsApi } from '@/api/results'

describe('results api: the staff statistics', () => {
  it('fetches the CSV of a period with the bearer token and the language', async () => {
    const fetch = vi.fn(async () => new Response('\uFEFF统计期间 period', { headers: { 'Content-Type': 'text/csv' } }))
    vi.stubGlobal('fetch', fetch)
    setAuthHooks({ accessToken: async () => 'token-1', renew: async () => undefined })
    const blob = await resultsApi.staffStatsCsv({ from: '2026-01-01', to: '2026-03-31' })
    expect(await blob.text()).toContain('统计期间')
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(path).toBe('/api/workbench/stats.csv?from=2026-01-01&to=2026-03-31')
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer token-1')
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('zh-CN')
  })

  it('turns a refused period into an ApiError with the problem', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ title: '请求参数有误', status: 400, detail: '请检查', errors: [{ field: 'from', message: '开始日期不能晚于结束日期' }] }), { status: 400, headers: { 'Content-Type': 'application/problem+json' } })))
    const failure = await resultsApi.staffStatsCsv({ from: '2026-04-01', to: '2026-03-31' }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).status).toBe(400)
    expect((failure as ApiError).fieldErrors.map((f) => f.field)).toEqual(['from'])
  })
})
