import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { ApiError } from '@/api'
import { resultsApi } from '@/api/results'
import { enterpriseSession } from '@/views/apply/__tests__/applyFixtures'
import { certificate } from './resultsFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
  document.body.innerHTML = ''
})

const licence = certificate({ number: 'CXAJ-ZS-2026-000001' })

describe('CertificateCard: the certificate as a web page', () => {
  it('opens the server’s page in a frame that may run no script', async () => {
    enterpriseSession({ '/api/me/certificates': [licence] })
    const html = '<!DOCTYPE html><html lang="zh-CN"><body><h1>危险化学品经营许可证</h1></body></html>'
    const fetchPage = vi.spyOn(resultsApi, 'myCertificatePage').mockResolvedValue(html)
    app = await mountApp('/my/certificates')
    const button = app.wrapper.get('[data-action="view-page"]')
    expect(button.text()).toBe('在线查看')
    expect(button.attributes('aria-label')).toBe('在线查看 CXAJ-ZS-2026-000001')
    await button.trigger('click')
    await settle()
    expect(fetchPage).toHaveBeenCalledWith('CXAJ-ZS-2026-000001')
    const frame = document.querySelector<HTMLIFrameElement>('[data-testid="certificate-page"]')
    expect(frame).not.toBeNull()
    expect(frame!.getAttribute('sandbox')).toBe('')
    expect(frame!.getAttribute('srcdoc')).toBe(html)
    expect(frame!.getAttribute('title')).toBe('CXAJ-ZS-2026-000001（网页版）')
  })

  it('says when the page cannot be opened', async () => {
    enterpriseSession({ '/api/me/certificates': [licence] })
    vi.spyOn(resultsApi, 'myCertificatePage').mockRejectedValue(
      new ApiError(404, { title: '未找到', status: 404, detail: '未找到该证照编号。' }),
    )
    app = await mountApp('/my/certificates')
    await app.wrapper.get('[data-action="view-page"]').trigger('click')
    await settle()
    expect(app.wrapper.get('[data-testid="certificate-card"] [role="alert"]').text()).toBe('证照打开失败：未找到该证照编号。')
    expect(document.querySelector('[data-testid="certificate-page"]')).toBeNull()
  })
})
