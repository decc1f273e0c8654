import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { enterpriseSession } from './applyFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

describe('ApplyView: what the account knows', () => {
  it('shows a new application’s fields filled in from the account, editable, and suggests the postal details', async () => {
    const { calls } = enterpriseSession({
      '/api/applications/prefill': {
        formData: { unitName: '慈溪市示范化工贸易有限公司', creditCode: '91330282MA2CX1A7U1', contactMobile: '13805740001' },
        delivery: { recipient: '李敏', mobile: '13805740001', address: '慈溪市浒山街道新城大道北路 1 号' },
      },
    })
    app = await mountApp('/apply/100010100000')
    await settle()
    const w = app.wrapper
    expect(calls.find((c) => c.url.pathname === '/api/applications/prefill')?.url.searchParams.get('itemCode')).toBe('100010100000')
    expect((w.get('#apply-field-unitName').element as HTMLInputElement).value).toBe('慈溪市示范化工贸易有限公司')
    expect((w.get('#apply-field-contactMobile').element as HTMLInputElement).value).toBe('13805740001')
    expect(w.get('[data-testid="prefill-note"]').text()).toContain('已根据您的账户信息预先填写')
    await w.get('#apply-field-unitName').setValue('慈溪市示范化工贸易有限公司第一分公司')
    expect((w.get('#apply-field-unitName').element as HTMLInputElement).value).toBe('慈溪市示范化工贸易有限公司第一分公司')
    // a postal delivery starts from the account's contact
    await w.get('[data-testid="delivery-POST"]').setValue(true)
    expect((w.get('#delivery-recipient').element as HTMLInputElement).value).toBe('李敏')
    expect((w.get('#delivery-address').element as HTMLTextAreaElement).value).toBe('慈溪市浒山街道新城大道北路 1 号')
  }, 20_000)
})
