import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problem, stubApi } from '@/testing/http'
import { verification } from '@/components/results/__tests__/resultsFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const NUMBER = 'CXAJ-ZS-2026-000001'
const VERIFY_PATH = `/api/certificates/${NUMBER}/verify`

describe('VerifyView', () => {
  it.each([
    ['VALID', '有效', '登记记录完整'],
    ['EXPIRED', '已过期', '已超过有效期'],
    ['REVOKED', '已撤销', '发证机关已撤销该证照'],
    ['INVALID', '无效（记录被篡改）', '未通过发证机关电子签名的校验'],
  ])('shows the status %s in words, colour and icon, without a login', async (status, words, explanation) => {
    const { calls } = stubApi({ [VERIFY_PATH]: verification({ status, documentMatches: undefined, signatureValid: status !== 'INVALID' }) })
    app = await mountApp(`/verify/${NUMBER}`)
    const w = app.wrapper
    expect(app.router.currentRoute.value.name).toBe('verify')
    expect(w.findAll('h1').map((h) => h.text())).toEqual(['电子证照核验'])
    const verdict = w.get('[data-testid="verify-status"]')
    expect(verdict.attributes('data-status')).toBe(status)
    expect(verdict.get('.verdict-title').text()).toBe(words)
    expect(verdict.text()).toContain(explanation)
    expect(verdict.classes()).toContain(status === 'VALID' ? 'tone-good' : status === 'EXPIRED' ? 'tone-warn' : 'tone-bad')
    expect(verdict.find('.verdict-icon').attributes('aria-hidden')).toBe('true')
    // No code given: nothing said about the document in hand, except how to check it.
    expect(w.find('[data-testid="verify-document"]').exists()).toBe(false)
    expect(w.get('[data-testid="verify-document-unchecked"]').text()).toContain('未提供核验码')
    expect(w.get('[data-testid="verify-live"]').text()).toBe(`核验结果：${words}。`)
    expect(w.get('[data-testid="verify-result"]').text()).toContain('慈溪市示范化工贸易有限公司')
    // what it covers and until when, but not the holder's credit code
    expect(w.get('[data-testid="verify-result"]').text()).toContain('许可范围甲苯、丙酮')
    expect(w.get('[data-testid="verify-result"]').text()).toContain('2026年11月28日 至 2029年11月27日')
    expect(w.get('[data-testid="verify-result"]').text()).not.toContain('91330282')
    const call = calls.find((c) => c.url.pathname === VERIFY_PATH)!
    expect(call.url.searchParams.has('s')).toBe(false)
    expect(call.headers.get('Authorization')).toBeNull()
    expect(document.title).toBe(`${NUMBER} · 证照核验 · 慈溪市安全生产监督管理局 · 网上办事大厅`)
  })

  it('says that the document in hand matches the original when its code is right', async () => {
    const { calls } = stubApi({ [VERIFY_PATH]: verification({ documentMatches: true }) })
    app = await mountApp(`/verify/${NUMBER}?s=3f9a1c2b7d4e5f60`)
    const w = app.wrapper
    expect(calls.find((c) => c.url.pathname === VERIFY_PATH)!.url.searchParams.get('s')).toBe('3f9a1c2b7d4e5f60')
    const doc = w.get('[data-testid="verify-document"]')
    expect(doc.attributes('data-matches')).toBe('true')
    expect(doc.get('.verdict-title').text()).toBe('与原件一致')
    expect(w.get('[data-testid="verify-live"]').text()).toBe('核验结果：有效。文书比对：与原件一致。')
    // The form shows what was looked up.
    expect((w.get('#verify-number').element as HTMLInputElement).value).toBe(NUMBER)
    expect((w.get('#verify-code').element as HTMLInputElement).value).toBe('3f9a1c2b7d4e5f60')
  })

  it('warns first, in red, that a document whose code does not match may be forged', async () => {
    stubApi({ [VERIFY_PATH]: verification({ documentMatches: false }) })
    app = await mountApp(`/verify/${NUMBER}?s=0000000000000000`)
    const w = app.wrapper
    const verdicts = w.findAll('.verdict')
    expect(verdicts.map((v) => v.attributes('data-testid'))).toEqual(['verify-document', 'verify-status'])
    const doc = verdicts[0]!
    expect(doc.attributes('data-matches')).toBe('false')
    expect(doc.classes()).toContain('tone-bad')
    expect(doc.get('.verdict-title').text()).toBe('不一致，可能是伪造或被改动的文书')
    expect(doc.text()).toContain('请勿采信该文书')
    expect(w.get('[data-testid="verify-live"]').text()).toContain('文书比对：不一致，可能是伪造或被改动的文书')
  })

  it('says clearly when no certificate has the number (404)', async () => {
    stubApi({ [VERIFY_PATH]: problem(404, '未找到该证照编号。', '未找到') })
    app = await mountApp(`/verify/${NUMBER}`)
    const w = app.wrapper
    const alert = w.get('[data-testid="verify-not-found"]')
    expect(alert.text()).toContain(`未找到编号为“${NUMBER}”的证照`)
    expect(alert.text()).toContain('可能是伪造的')
    expect(w.find('[data-testid="verify-status"]').exists()).toBe(false)
    expect(w.get('[data-testid="verify-live"]').text()).toContain('未找到编号为')
  })

  it('asks to wait after too many lookups (429), with the time from Retry-After', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        new Response(JSON.stringify({ title: '操作过于频繁', status: 429, detail: '请求过于频繁，请 30 秒后再试。' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
        }),
      ),
    )
    app = await mountApp(`/verify/${NUMBER}`)
    const alert = app.wrapper.get('[data-testid="verify-too-many"]')
    expect(alert.text()).toContain('查询过于频繁，请 30 秒后再试。')
    expect(alert.find('button').text()).toBe('重试')
  })

  it('looks a number up by hand, also from a pasted verification address', async () => {
    stubApi({ [VERIFY_PATH]: verification() })
    app = await mountApp('/verify')
    const w = app.wrapper
    expect(w.find('[data-testid="verify-result"]').exists()).toBe(false)
    expect(w.get('label[for="verify-number"]').text()).toBe('证照编号')

    await w.get('[data-testid="verify-form"]').trigger('submit')
    await settle()
    expect(w.get('#verify-number-error').text()).toBe('请输入证照编号')
    expect(w.get('#verify-number').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement?.id).toBe('verify-number')

    await w.get('#verify-number').setValue(`https://onevisit.example.org/verify/${NUMBER}?s=3f9a1c2b7d4e5f60`)
    await w.get('[data-testid="verify-form"]').trigger('submit')
    await settle()
    expect(app.router.currentRoute.value.fullPath).toBe(`/verify/${NUMBER}?s=3f9a1c2b7d4e5f60`)
    expect(w.get('[data-testid="verify-status"]').attributes('data-status')).toBe('VALID')
    expect(w.get('[data-testid="verify-document"]').text()).toContain('与原件一致')
  })

  it('speaks English', async () => {
    stubApi({ [VERIFY_PATH]: verification({ status: 'REVOKED', documentMatches: false }) })
    app = await mountApp(`/verify/${NUMBER}?s=x`, { locale: 'en' })
    const w = app.wrapper
    expect(w.get('h1').text()).toBe('Verify an electronic certificate')
    expect(w.get('[data-testid="verify-status"] .verdict-title').text()).toBe('Revoked')
    expect(w.get('[data-testid="verify-document"] .verdict-title').text()).toBe('Does not match: the document may be forged or altered')
  })
})
