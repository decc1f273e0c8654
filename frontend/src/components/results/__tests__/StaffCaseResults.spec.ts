import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problem, stubApi, type Call } from '@/testing/http'
import { staffAccount, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import type { AccountView, ApplicationView, Role } from '@/api'
import { CASE_ID, guide, locations, submittedCase } from '@/components/workbench/__tests__/fixtures'
import { certificate, evaluation, scale } from './resultsFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const CASE_PATH = `/api/workbench/applications/${CASE_ID}`
const issued = certificate({ applicationId: CASE_ID })

function staffSession(roles: Role[], view: ApplicationView, more: Record<string, object> = {}) {
  sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
  const account: AccountView = { ...staffAccount, roles, sessionRoles: roles }
  return stubApi({
    '/api/auth/refresh': () => ({ body: tokenPair({ upn: 'STAFF', groups: roles, kind: 'STAFF' }) }),
    '/api/me': account,
    '/api/items/010019600100': guide,
    '/api/locations': locations,
    '/api/evaluation/scale': scale,
    [CASE_PATH]: view,
    '/api/workbench/certificates': (url: URL) => ({ body: url.searchParams.get('application') === CASE_ID ? [issued] : [] }),
    ...more,
  })
}

const completed = (extra: Partial<ApplicationView> = {}) =>
  submittedCase({
    state: 'COMPLETED',
    version: 14,
    decidedAt: '2026-11-28T03:00:00Z',
    completedAt: '2026-11-28T03:30:00Z',
    decision: { outcome: 'APPROVED' },
    delivery: { method: 'WINDOW' },
    availableActions: [],
    ...extra,
  })

describe('the certificate on the workbench', () => {
  it('shows the case’s certificate, and lets an approver revoke it with a reason', async () => {
    const { calls } = staffSession(['APPROVER'], completed(), {
      [`/api/workbench/certificates/${issued.number}/revoke`]: (_url: URL, call: Call) => ({
        body: { ...issued, status: 'REVOKED', revokedReason: (call.body as { reason: string }).reason },
      }),
    })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const w = app.wrapper
    const lookup = calls.find((c) => c.url.pathname === '/api/workbench/certificates')!
    expect(lookup.url.searchParams.get('application')).toBe(CASE_ID)
    const section = w.get('[data-testid="staff-certificate"]')
    expect(section.get('h2').text()).toBe('电子证照')
    expect(section.get('[data-testid="certificate-status"]').text()).toContain('有效')
    expect(section.find('[data-action="download-pdf"]').exists()).toBe(true)
    // Renewal is the holder's business.
    expect(section.find('[data-testid="renew-link"]').exists()).toBe(false)

    await section.get('[data-action="revoke"]').trigger('click')
    await settle()
    const dialog = document.querySelector('[data-testid="revoke-dialog"]') ?? document.body
    const form = dialog.querySelector('form')!
    form.dispatchEvent(new Event('submit', { cancelable: true }))
    await settle()
    expect(document.getElementById('revoke-reason-error')?.textContent).toBe('请填写撤销原因')
    expect(calls.some((c) => c.url.pathname.endsWith('/revoke'))).toBe(false)

    const reason = document.getElementById('revoke-reason') as HTMLTextAreaElement
    reason.value = '以欺骗手段取得许可'
    reason.dispatchEvent(new Event('input'))
    form.dispatchEvent(new Event('submit', { cancelable: true }))
    await settle()
    expect(calls.find((c) => c.url.pathname.endsWith('/revoke'))!.body).toEqual({ reason: '以欺骗手段取得许可' })
    const after = w.get('[data-testid="staff-certificate"]')
    expect(after.get('[data-testid="certificate-status"]').text()).toContain('已撤销')
    expect(after.text()).toContain('证照 CXAJ-ZS-2026-000001 已撤销。')
    expect(after.find('[data-action="revoke"]').exists()).toBe(false)
  })

  it('offers no revocation to a window officer', async () => {
    staffSession(['WINDOW'], completed({ channel: 'ONLINE' }))
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    expect(app.wrapper.find('[data-testid="staff-certificate"]').exists()).toBe(true)
    expect(app.wrapper.find('[data-action="revoke"]').exists()).toBe(false)
    // An online case is rated online, not at the window.
    expect(app.wrapper.find('[data-testid="window-rating"]').exists()).toBe(false)
  })
})

describe('the on-the-spot rating (现场评价)', () => {
  it('records the walk-in applicant’s rating once', async () => {
    const { calls } = staffSession(['WINDOW'], completed(), {
      [`${CASE_PATH}/evaluation`]: (_url: URL, call: Call) => ({
        status: 201,
        body: evaluation({ grade: (call.body as { grade: number }).grade, label: '满意', channel: 'WINDOW', comment: undefined, dimensions: {} }),
      }),
    })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const w = app.wrapper
    const panel = w.get('[data-testid="window-rating"]')
    expect(panel.get('h2').text()).toBe('现场评价')
    await panel.get('[data-grade="4"] input').setValue(true)
    await panel.get('#window-rating-dim-attitude').setValue('5')
    await panel.get('[data-testid="rating-form"]').trigger('submit')
    await settle()
    expect(calls.find((c) => c.url.pathname === `${CASE_PATH}/evaluation`)!.body).toEqual({ grade: 4, dimensions: { attitude: 5 } })
    const after = w.get('[data-testid="window-rating"]')
    expect(after.find('[data-testid="rating-form"]').exists()).toBe(false)
    expect(after.text()).toContain('已记录现场评价：4 分 · 满意。')
    expect(after.get('[data-testid="evaluation-summary"]').text()).toContain('窗口现场评价')
  })

  it('says so when the case was rated already (from its history, or a 409)', async () => {
    staffSession(['WINDOW'], completed({
      timeline: [
        { at: '2026-11-28T04:00:00Z', action: 'EVALUATE', toState: 'COMPLETED', actorName: '王建国', actorRole: 'APPLICANT', detail: { grade: 5, label: '非常满意' } },
      ],
    }))
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    expect(app.wrapper.get('[data-testid="window-rating-earlier"]').text()).toBe('该办件已评价：5 分 · 非常满意')
    expect(app.wrapper.find('[data-testid="rating-form"]').exists()).toBe(false)
    expect(app.wrapper.get('[data-action="EVALUATE"]').text()).toContain('服务评价')
    app.unmount()

    staffSession(['WINDOW'], completed(), { [`${CASE_PATH}/evaluation`]: problem(409, '每个办件只能评价一次。', '已经评价过') })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const panel = app.wrapper.get('[data-testid="window-rating"]')
    await panel.get('[data-grade="5"] input').setValue(true)
    await panel.get('[data-testid="rating-form"]').trigger('submit')
    await settle()
    expect(app.wrapper.get('[data-testid="window-rating-notice"]').text()).toContain('每个办件只能评价一次。')
    expect(app.wrapper.find('[data-testid="window-rating"] [data-testid="rating-form"]').exists()).toBe(false)
  })
})
