import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { ApiError } from '@/api'
import { resultsApi } from '@/api/results'
import { enterpriseSession } from '@/views/apply/__tests__/applyFixtures'
import { APPLICATION_ID, certificate } from '@/components/results/__tests__/resultsFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const soon = certificate({
  number: 'CXAJ-ZS-2024-000007',
  validFrom: '2023-12-29',
  validTo: '2026-12-28',
  daysLeft: 30,
  renewable: true,
  renewableFrom: '2026-09-29',
})
const later = certificate({ number: 'CXAJ-ZS-2026-000001', daysLeft: 1095 })
const filing = certificate({
  number: 'CXAJ-BA-2026-000003',
  type: 'FILING_RECEIPT',
  title: '生产经营单位生产安全事故应急预案备案登记表',
  validTo: undefined,
  daysLeft: undefined,
  renewalItemCode: undefined,
})
const revoked = certificate({ number: 'CXAJ-ZS-2025-000004', status: 'REVOKED', revokedReason: '以欺骗手段取得许可', daysLeft: 20 })

describe('MyCertificatesView', () => {
  it('lists the certificates with status, validity and days left; warns at 60 days or less, with the renewal', async () => {
    enterpriseSession({ '/api/me/certificates': [soon, later, filing, revoked] })
    app = await mountApp('/my/certificates')
    const w = app.wrapper
    expect(w.findAll('h1').map((h) => h.text())).toEqual(['我的证照'])
    expect(document.title).toBe('我的证照 · 慈溪市安全生产监督管理局 · 网上办事大厅')
    expect(w.get('[data-testid="certificates-total"]').text()).toBe('共 4 份')
    const cards = w.findAll('[data-testid="certificate-card"]')
    expect(cards.map((c) => c.attributes('data-number'))).toEqual([
      'CXAJ-ZS-2024-000007',
      'CXAJ-ZS-2026-000001',
      'CXAJ-BA-2026-000003',
      'CXAJ-ZS-2025-000004',
    ])

    const first = cards[0]!
    expect(first.get('h2').text()).toBe('危险化学品经营许可证')
    expect(first.get('[data-testid="certificate-status"]').text()).toContain('有效')
    expect(first.text()).toContain('2023年12月29日 至 2026年12月28日')
    expect(first.text()).toContain('还有 30 天到期')
    expect(first.get('[data-testid="expiry-warning"]').text()).toContain('该证照将于 2026年12月28日 到期（还有 30 天），请及时申请延续。')
    const renew = first.get('[data-testid="renew-link"]')
    expect(renew.attributes('href')).toBe('/apply/010019600200')
    expect(renew.text()).toBe('申请延续')
    expect(first.get('[data-testid="verify-link"]').attributes('href')).toBe('/verify/CXAJ-ZS-2024-000007?s=3f9a1c2b7d4e5f60')
    expect(first.get('[data-testid="case-link"]').attributes('href')).toBe(`/my/applications/${APPLICATION_ID}`)

    // Far from its end: no warning, and no renewal before the window opens; it says from when.
    expect(cards[1]!.find('[data-testid="expiry-warning"]').exists()).toBe(false)
    expect(cards[1]!.text()).toContain('还有 1095 天到期')
    expect(cards[1]!.find('[data-testid="renew-link"]').exists()).toBe(false)
    expect(cards[1]!.get('[data-testid="renewable-from"]').text()).toBe('可自 2029年8月29日 起申请延续。')
    // A filing receipt without an end date nor a renewal item.
    expect(cards[2]!.text()).toContain('备案回执')
    expect(cards[2]!.text()).toContain('2026年11月28日 起长期有效')
    expect(cards[2]!.find('[data-testid="renew-link"]').exists()).toBe(false)
    // Revoked: said so with the reason; no warning, no renewal.
    expect(cards[3]!.get('[data-testid="certificate-status"]').text()).toContain('已撤销')
    expect(cards[3]!.text()).toContain('以欺骗手段取得许可')
    expect(cards[3]!.find('[data-testid="expiry-warning"]').exists()).toBe(false)
    expect(cards[3]!.find('[data-testid="renew-link"]').exists()).toBe(false)
  })

  it.each([
    [false, '2026-12-29'],
    [true, '2026-11-29'],
  ] as const)('offers the renewal only when the server says the window is open (renewable: %s)', async (renewable, from) => {
    // the day before the window and its first day: the server computes `renewable`, the page follows it
    enterpriseSession({ '/api/me/certificates': [certificate({ renewable, renewableFrom: from, daysLeft: 90 })] })
    app = await mountApp('/my/certificates')
    const card = app.wrapper.get('[data-testid="certificate-card"]')
    expect(card.find('[data-testid="renew-link"]').exists()).toBe(renewable)
    expect(card.find('[data-testid="renewable-from"]').exists()).toBe(!renewable)
  })

  it('downloads the PDF', async () => {
    enterpriseSession({ '/api/me/certificates': [later] })
    const fetchPdf = vi.spyOn(resultsApi, 'myCertificatePdf').mockResolvedValue(new Blob(['%PDF-1.7'], { type: 'application/pdf' }))
    const createObjectURL = vi.fn(() => 'blob:certificate')
    const { createObjectURL: before, revokeObjectURL: beforeRevoke } = URL
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    onTestFinished(() => void Object.assign(URL, { createObjectURL: before, revokeObjectURL: beforeRevoke }))
    let saved: string | undefined
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved = this.download
    })
    app = await mountApp('/my/certificates')
    const button = app.wrapper.get('[data-action="download-pdf"]')
    expect(button.attributes('aria-label')).toBe('下载 CXAJ-ZS-2026-000001 的 PDF')
    await button.trigger('click')
    await settle()
    expect(fetchPdf).toHaveBeenCalledWith('CXAJ-ZS-2026-000001')
    expect(createObjectURL).toHaveBeenCalled()
    expect(saved).toBe('CXAJ-ZS-2026-000001.pdf')
  })

  it('says when a download fails', async () => {
    enterpriseSession({ '/api/me/certificates': [later] })
    vi.spyOn(resultsApi, 'myCertificatePdf').mockRejectedValue(new ApiError(404, { title: '未找到', status: 404, detail: '未找到该证照编号。' }))
    app = await mountApp('/my/certificates')
    await app.wrapper.get('[data-action="download-pdf"]').trigger('click')
    await settle()
    expect(app.wrapper.get('[data-testid="certificate-card"] [role="alert"]').text()).toBe('PDF 下载失败：未找到该证照编号。')
  })

  it('says when there is none yet', async () => {
    enterpriseSession({ '/api/me/certificates': [] })
    app = await mountApp('/my/certificates')
    expect(app.wrapper.get('[data-testid="certificates-empty"]').text()).toContain('您还没有电子证照')
  })

  it('is in the applicant’s navigation and menu', async () => {
    enterpriseSession({ '/api/me/certificates': [] })
    app = await mountApp('/my/certificates')
    const w = app.wrapper
    expect(w.get('[data-testid="nav-my-certificates"]').attributes('href')).toBe('/my/certificates')
    expect(w.get('[data-testid="nav-my-certificates"]').classes()).toContain('is-active')
    await w.get('[data-testid="user-menu-button"]').trigger('click')
    expect(w.get('[data-testid="menu-my-certificates"]').text()).toBe('我的证照')
  })
})
