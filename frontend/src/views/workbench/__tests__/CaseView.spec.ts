import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problem, problemBody, stubApi, type Call } from '@/testing/http'
import { staffAccount, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import type { AccountView, Role } from '@/api'
import { CASE_ID, guide, locations, pendingDecisionCase, submittedCase } from '@/components/workbench/__tests__/fixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const CASE_PATH = `/api/workbench/applications/${CASE_ID}`

function staffSession(roles: Role[], more: Record<string, object> = {}) {
  sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
  const account: AccountView = { ...staffAccount, roles, sessionRoles: roles }
  return stubApi({
    '/api/auth/refresh': () => ({ body: tokenPair({ upn: 'STAFF', groups: roles, kind: 'STAFF' }) }),
    '/api/me': account,
    '/api/items/010019600100': guide,
    '/api/locations': locations,
    ...more,
  })
}

describe('CaseView', () => {
  it('shows the case: header, deadline, form with the guide’s labels, materials, visits, history and the actions', async () => {
    staffSession(['WINDOW'], { [CASE_PATH]: submittedCase({ deadline: { ...submittedCase().deadline, acceptanceOverdue: true } }) })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const w = app.wrapper
    expect(document.title).toBe('办件 AJ-20261128-0006 · 慈溪市安全生产监督管理局 · 网上办事大厅')
    expect(w.get('h1').text()).toBe('危险化学品经营许可证核发（不带储存设施）—新申请')
    expect(w.get('[data-testid="case-number"]').text()).toBe('AJ-20261128-0006')
    expect(w.get('[data-state="SUBMITTED"]').text()).toBe('待受理')
    expect(w.get('[data-fact="applicant"]').text()).toContain('慈溪市示范化工贸易有限公司')
    expect(w.get('[data-fact="channel"]').text()).toContain('窗口递交')
    expect(w.get('[data-fact="location"]').text()).toContain('慈溪市行政服务中心 安监窗口')
    expect(w.findAll('h2').map((h) => h.text())).toEqual([
      '办理时限',
      '申请表',
      '申请材料',
      '到现场记录',
      '办理过程',
      '办理',
      '文书',
    ])
    expect(w.get('[data-testid="acceptance-overdue"]').text()).toContain('收到申请已超过5个工作日')

    const form = w.get('[data-testid="form-data"]')
    expect(form.get('[data-field="businessArea"]').text()).toBe('经营场所建筑面积（平方米）120')
    expect(form.get('[data-field="declaration"]').text()).toBe('本人（单位）承诺所填信息和所交材料真实有效是')

    const materials = w.get('[data-testid="materials-table"]')
    expect(materials.findAll('tbody tr')).toHaveLength(6)
    expect(materials.get('[data-material="EMERGENCY_PLAN_FILING"]').text()).toContain('未提交')
    expect(materials.get('[data-material="BUSINESS_LICENSE"]').text()).toContain('business_license.pdf')

    expect(w.get('[data-testid="visits-panel"]').text()).toContain('已到现场 1 次')
    const timeline = w.get('[data-testid="timeline"]').findAll(':scope > li')
    expect(timeline.map((li) => li.attributes('data-action'))).toEqual(['VISIT', 'SUBMIT'])
    expect(timeline[0]!.text()).toContain('登记到现场')
    expect(timeline[0]!.text()).toContain('到访事由：窗口递交申请')
    expect(timeline[1]!.text()).toContain('草稿 → 待受理')

    expect(w.findAll('[data-choice]').map((c) => c.text())).toEqual(['受理', '一次性告知补正', '不予受理'])
    expect(w.get('[data-action="record-visit"]').text()).toBe('登记到现场')
  })

  it('offers the printable notices the case has', async () => {
    staffSession(['APPROVER'], { [CASE_PATH]: pendingDecisionCase() })
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const buttons = app.wrapper.findAll('[data-notice-kind]')
    expect(buttons.map((b) => b.text())).toEqual(['打印受理通知书（在新窗口打开）'])
    expect(app.wrapper.find('[data-action="record-visit"]').exists()).toBe(false)
    await buttons[0]!.trigger('click')
    expect(open).toHaveBeenCalledWith('', '_blank')
  })

  it('after a move shows the case as the server answers it, and announces the result', async () => {
    const { calls } = staffSession(['APPROVER'], {
      [CASE_PATH]: pendingDecisionCase(),
      [`${CASE_PATH}/actions`]: pendingDecisionCase({
        state: 'APPROVED',
        version: 11,
        availableActions: [],
        notices: ['ACCEPTANCE', 'DECISION'],
        decision: { outcome: 'APPROVED', reason: '同意' },
      }),
    })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const w = app.wrapper
    await w.get('[data-choice="APPROVE"] input').setValue(true)
    await w.get('textarea#action-comment').setValue('同意')
    await w.get('form[data-form="APPROVE"]').trigger('submit')
    await settle()
    await w.get('[data-action="confirm"]').trigger('click')
    await settle()
    expect(calls.find((c: Call) => c.url.pathname.endsWith('/actions'))!.body).toEqual({ action: 'APPROVE', version: 10, comment: '同意' })
    expect(w.get('[data-testid="action-success"]').text()).toBe('已批准。办件 AJ-20261128-0006 现为“已批准，待送达”。')
    expect(w.get('[data-testid="action-success"]').element.closest('[role="status"]')).not.toBeNull()
    expect(w.get('.case-head [data-state]').text()).toBe('已批准，待送达')
    expect(w.findAll('[data-notice-kind]')).toHaveLength(2)
    expect(w.findAll('h2').map((h) => h.text())).toContain('审批决定')
    expect(w.get('[data-testid="decision-outcome"]').text()).toBe('批准')
  })

  it('records another visit, which needs a reason', async () => {
    const { calls } = staffSession(['WINDOW'], {
      [CASE_PATH]: submittedCase(),
      [`${CASE_PATH}/visits`]: (_url: URL, call: Call) => ({
        body: submittedCase({
          visits: 2,
          visitBreaches: 1,
          visitLog: [
            ...submittedCase().visitLog!,
            { at: '2026-11-29T01:00:00Z', locationCode: 'CX-CENTRE', purpose: 'ORIGINALS', reason: (call.body as { reason: string }).reason, breach: true },
          ],
        }),
      }),
    })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    await app.wrapper.get('[data-action="record-visit"]').trigger('click')
    await settle()
    const form = document.querySelector<HTMLFormElement>('[data-testid="visit-form"]')!
    expect(form.textContent).toContain('申请人已为本件到现场 1 次')
    form.dispatchEvent(new Event('submit'))
    await settle()
    expect(document.getElementById('visit-reason-error')?.textContent).toContain('请填写再次到访的原因')
    expect(calls.some((c) => c.url.pathname.endsWith('/visits'))).toBe(false)

    const reason = document.querySelector<HTMLTextAreaElement>('textarea#visit-reason')!
    reason.value = '补交原件核验'
    reason.dispatchEvent(new Event('input'))
    form.dispatchEvent(new Event('submit'))
    await settle()
    expect(calls.find((c) => c.url.pathname.endsWith('/visits'))!.body).toEqual({ purpose: 'ORIGINALS', reason: '补交原件核验' })
    expect(app.wrapper.text()).toContain('已登记到现场，本件累计到现场 2 次。')
    expect(app.wrapper.get('[data-testid="visits-panel"]').text()).toContain('其中超出“最多跑一次”承诺 1 次')
  })

  it('says when the case does not exist, and when it belongs to another window', async () => {
    staffSession(['WINDOW'], { [CASE_PATH]: problem(404, '未找到该办件。', '未找到') })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    expect(app.wrapper.get('[data-testid="case-error"]').text()).toContain('未找到该办件，可能编号有误')
    app.unmount()

    staffSession(['WINDOW'], {
      [CASE_PATH]: () => ({
        status: 403,
        contentType: 'application/problem+json',
        body: problemBody(403, '该办件由其他窗口办理。', '无权办理'),
      }),
    })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    expect(app.wrapper.get('[data-testid="case-error"]').text()).toContain('该办件由其他窗口办理。')
  })

  it('is only for the case-handling roles', async () => {
    staffSession(['INSPECTOR'], { [CASE_PATH]: submittedCase() })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    expect(app.router.currentRoute.value.name).toBe('forbidden')
  })
})
