import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problem, problemBody, stubApi, type Call } from '@/testing/http'
import { staffAccount, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import type { AccountView, Role } from '@/api'
import type { ApplicationView } from '@/api'
import { CASE_ID, draftCase, guide, locations, pendingDecisionCase, submittedCase } from '@/components/workbench/__tests__/fixtures'

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
    expect(w.get('[data-fact="channel"]').text()).toContain('窗口申请')
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
    expect(timeline[0]!.text()).toContain('到访事由：窗口申请')
    expect(timeline[1]!.text()).toContain('草稿 → 待受理')

    expect(w.findAll('[data-choice]').map((c) => c.text())).toEqual(['受理', '一次性告知补正', '不予受理'])
    expect(w.get('[data-action="record-visit"]').text()).toBe('登记到现场')
  })

  it('offers the printable notices the case has', async () => {
    staffSession(['APPROVER'], { [CASE_PATH]: pendingDecisionCase() })
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const buttons = app.wrapper.findAll('[data-notice-kind]')
    expect(buttons.map((b) => b.text())).toEqual(['下载受理通知书（可打印）'])
    expect(app.wrapper.find('[data-action="record-visit"]').exists()).toBe(false)
    await buttons[0]!.trigger('click')
    expect(open).not.toHaveBeenCalled() // saved under its real name, never a blob: page in a new window
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
    expect(w.get('[data-testid="action-success"]').text()).toBe('已准予许可。办件 AJ-20261128-0006 现为“已准予，待送达”。')
    expect(w.get('[data-testid="action-success"]').element.closest('[role="status"]')).not.toBeNull()
    expect(w.get('.case-head [data-state]').text()).toBe('已准予，待送达')
    expect(w.findAll('[data-notice-kind]')).toHaveLength(2)
    expect(w.findAll('h2').map((h) => h.text())).toContain('审批决定')
    expect(w.get('[data-testid="decision-outcome"]').text()).toBe('已准予，待送达') // the one result of an approved case (api/caseResult), as on the applicant's page
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

describe('CaseView: the window corrects a walk-in’s form', () => {
  const EDIT_ENTRY = {
    at: '2026-11-28T01:00:00Z',
    action: 'EDIT_FORM',
    fromState: 'DRAFT' as const,
    toState: 'DRAFT' as const,
    actorName: '窗口受理员',
    actorRole: 'WINDOW',
  }

  /** GET answers `current()`, PUT answers `onPut` (the form saved as sent, version + 1, by default). */
  function caseHandler(current: () => ApplicationView, onPut?: (call: Call) => { status?: number; body?: unknown; contentType?: string }) {
    return (_url: URL, call: Call) => {
      if (call.method !== 'PUT') return { body: current() }
      if (onPut) return onPut(call)
      const sent = call.body as { formData: Record<string, unknown>; version: number }
      const before = current()
      return { body: { ...before, formData: sent.formData, version: sent.version + 1, timeline: [...before.timeline!, EDIT_ENTRY] } }
    }
  }

  function puts(calls: Call[]): Call[] {
    return calls.filter((c) => c.method === 'PUT' && c.url.pathname === CASE_PATH)
  }

  async function openEditor(w: Awaited<ReturnType<typeof mountApp>>['wrapper']) {
    await w.get('[data-action="edit-form"]').trigger('click')
    await settle()
    expect(w.find('[data-testid="form-editor"]').exists()).toBe(true)
  }

  it('is offered to the window for a walk-in or postal case that is a draft or awaits correction, and to no one else', async () => {
    staffSession(['WINDOW'], { [CASE_PATH]: draftCase() })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const button = app.wrapper.get('[data-action="edit-form"]')
    expect(button.text()).toBe('修改申请表')
    expect(button.element.closest('section')?.getAttribute('aria-labelledby')).toBe('form-heading')
    app.unmount()

    staffSession(['WINDOW'], { [CASE_PATH]: draftCase({ channel: 'POST', state: 'CORRECTION_REQUIRED' }) })
    app = await mountApp(`/staff/cases/${CASE_ID}`, { locale: 'en' })
    expect(app.wrapper.get('[data-action="edit-form"]').text()).toBe('Correct the form')
    app.unmount()
    localStorage.removeItem('onevisit.locale')

    // An online case's form is the applicant's.
    staffSession(['WINDOW'], { [CASE_PATH]: draftCase({ channel: 'ONLINE', state: 'CORRECTION_REQUIRED' }) })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    expect(app.wrapper.find('[data-testid="form-data"]').exists()).toBe(true)
    expect(app.wrapper.find('[data-action="edit-form"]').exists()).toBe(false)
    app.unmount()

    // A reviewer reads the form only.
    staffSession(['REVIEWER'], { [CASE_PATH]: draftCase() })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    expect(app.wrapper.find('[data-testid="form-data"]').exists()).toBe(true)
    expect(app.wrapper.find('[data-action="edit-form"]').exists()).toBe(false)
    app.unmount()

    // Once submitted, the form is what the bureau received.
    staffSession(['WINDOW'], { [CASE_PATH]: submittedCase() })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    expect(app.wrapper.find('[data-testid="form-data"]').exists()).toBe(true)
    expect(app.wrapper.find('[data-action="edit-form"]').exists()).toBe(false)
  })

  it('saves the corrected form with the version the officer saw, then shows it with a message and the new timeline entry', async () => {
    const { calls } = staffSession(['WINDOW'], { [CASE_PATH]: caseHandler(() => draftCase()) })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const w = app.wrapper
    await openEditor(w)
    expect(w.get('#form-heading').text()).toBe('修改申请表')
    expect(document.activeElement?.id).toBe('form-heading')
    expect(w.find('[data-testid="form-data"]').exists()).toBe(false)
    expect(w.find('[data-action="edit-form"]').exists()).toBe(false)
    // The applicant's controls, labelled and filled in with the saved form.
    expect(document.querySelector('label[for="case-form-unitName"]')?.textContent).toContain('单位名称')
    expect((w.get('#case-form-unitName').element as HTMLInputElement).value).toBe('慈溪市示范化工贸易有限公司')
    expect(w.get('#case-form-contactMobile').attributes('type')).toBe('tel')
    expect((w.get('#case-form-businessArea').element as HTMLInputElement).value).toBe('120')
    expect((w.get('#case-form-businessMode-2').element as HTMLInputElement).checked).toBe(false)
    expect((w.get('#case-form-businessMode-1').element as HTMLInputElement).checked).toBe(true)
    expect((w.get('#case-form-declaration').element as HTMLInputElement).checked).toBe(true)

    await w.get('#case-form-contactMobile').setValue('13905740002')
    await w.get('#case-form-businessArea').setValue('150')
    await w.get('#case-form-businessMode-2').setValue(true)
    await w.get('[data-testid="form-editor"] form').trigger('submit')
    await settle()

    expect(puts(calls)).toHaveLength(1)
    expect(puts(calls)[0]!.body).toEqual({
      version: 3,
      formData: {
        unitName: '慈溪市示范化工贸易有限公司',
        creditCode: '91330282MA2CX1A7U1',
        contactMobile: '13905740002',
        businessArea: 150,
        businessMode: '批发和零售',
        declaration: true,
      },
    })
    expect(w.find('[data-testid="form-editor"]').exists()).toBe(false)
    const status = w.get('[data-testid="form-status"]')
    expect(status.text()).toBe('申请表已保存，办理过程已记录本次修改。')
    expect(status.element.closest('[role="status"]')).not.toBeNull()
    expect(w.get('#form-heading').text()).toBe('申请表')
    expect(document.activeElement?.id).toBe('form-heading')
    const form = w.get('[data-testid="form-data"]')
    expect(form.get('[data-field="contactMobile"]').text()).toBe('联系人手机号码13905740002')
    expect(form.get('[data-field="businessArea"]').text()).toBe('经营场所建筑面积（平方米）150')
    const timeline = w.get('[data-testid="timeline"]').findAll(':scope > li')
    expect(timeline.map((li) => li.attributes('data-action'))).toEqual(['WALK_IN', 'VISIT', 'EDIT_FORM'])
    expect(timeline[2]!.text()).toContain('修改申请表')
    // Still a draft: the officer may correct it again.
    expect(w.find('[data-action="edit-form"]').exists()).toBe(true)
  })

  it('checks each value before sending, and marks the fields the server refuses (422) with a summary', async () => {
    const { calls } = staffSession(['WINDOW'], {
      [CASE_PATH]: caseHandler(
        () => draftCase(),
        () => ({
          status: 422,
          contentType: 'application/problem+json',
          body: problemBody(422, '申请表有 1 处不符合要求。', '申请表有误', {
            slug: 'invalid-form',
            errors: [{ field: 'formData.contactMobile', message: '该手机号码不能用于接收办件通知' }],
          }),
        }),
      ),
    })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const w = app.wrapper
    await openEditor(w)

    // Malformed in the browser: nothing is sent, the field says why and takes the focus.
    await w.get('#case-form-contactMobile').setValue('1380574')
    await w.get('[data-testid="form-editor"] form').trigger('submit')
    await settle()
    expect(puts(calls)).toHaveLength(0)
    expect(w.get('#case-form-contactMobile-error').text()).toBe('请输入 11 位中国大陆手机号码')
    expect(document.activeElement?.id).toBe('case-form-contactMobile')
    expect(w.get('[data-testid="problem-summary"]').text()).toContain('联系人手机号码：请输入 11 位中国大陆手机号码')

    // Refused by the server: the message is shown at the field, and in the summary.
    await w.get('#case-form-contactMobile').setValue('13905740002')
    await w.get('[data-testid="form-editor"] form').trigger('submit')
    await settle()
    expect(puts(calls)).toHaveLength(1)
    const mobile = w.get('#case-form-contactMobile')
    expect(w.get('#case-form-contactMobile-error').text()).toBe('该手机号码不能用于接收办件通知')
    expect(mobile.attributes('aria-invalid')).toBe('true')
    expect(mobile.attributes('aria-describedby')).toContain('case-form-contactMobile-error')
    expect(document.activeElement?.id).toBe('case-form-contactMobile')
    const summary = w.get('[data-testid="problem-summary"]')
    expect(summary.text()).toContain('申请表有 1 处不符合要求。')
    expect(summary.findAll('[data-testid="problem-item"]').map((i) => i.text())).toEqual([
      '联系人手机号码：该手机号码不能用于接收办件通知',
    ])
    expect(summary.get('a').attributes('href')).toBe('#case-form-contactMobile')
    expect(w.findAll('[data-testid="field-error"]')).toHaveLength(1)
    // Still editing, nothing lost; the server's message goes once the value changes.
    expect(w.find('[data-testid="form-status"]').exists()).toBe(false)
    await w.get('#case-form-contactMobile').setValue('13905740003')
    expect(w.find('#case-form-contactMobile-error').exists()).toBe(false)
  })

  it('says when the case changed meanwhile (409) and offers to reload it', async () => {
    let current = draftCase()
    const { calls } = staffSession(['WINDOW'], {
      [CASE_PATH]: caseHandler(
        () => current,
        () => {
          // Someone else saved the form first.
          current = draftCase({ version: 4, formData: { ...draftCase().formData, contactMobile: '13705740009' } })
          return {
            status: 409,
            contentType: 'application/problem+json',
            body: problemBody(409, '该办件已被更新，请刷新后再试。', '办件已变更', { slug: 'stale-version' }),
          }
        },
      ),
    })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const w = app.wrapper
    await openEditor(w)
    await w.get('#case-form-unitName').setValue('慈溪市示范化工贸易有限公司（更正）')
    await w.get('[data-testid="form-editor"] form').trigger('submit')
    await settle()

    expect(puts(calls)[0]!.body).toMatchObject({ version: 3 })
    const stale = w.get('[data-testid="form-stale"]')
    expect(stale.text()).toContain('本次修改未保存')
    expect(stale.text()).toContain('该办件已被更新，请刷新后再试。')
    expect(stale.element.closest('[role="alert"]')).not.toBeNull()
    const reload = w.get('[data-testid="form-reload"]')
    expect(reload.text()).toBe('重新载入办件')
    expect(document.activeElement).toBe(reload.element)
    // What the officer typed stays until the reload.
    expect((w.get('#case-form-unitName').element as HTMLInputElement).value).toBe('慈溪市示范化工贸易有限公司（更正）')

    await reload.trigger('click')
    await settle()
    expect(w.find('[data-testid="form-stale"]').exists()).toBe(false)
    expect((w.get('#case-form-contactMobile').element as HTMLInputElement).value).toBe('13705740009')
    expect((w.get('#case-form-unitName').element as HTMLInputElement).value).toBe('慈溪市示范化工贸易有限公司')
    expect(w.get('[data-testid="form-edit-status"]').text()).toBe('已载入办件的最新内容，请核对后再修改。')
    expect(document.activeElement?.id).toBe('form-heading')

    // The next save carries the version just read.
    current = draftCase({ version: 4, formData: { ...draftCase().formData, contactMobile: '13705740009' } })
    await w.get('[data-testid="form-editor"] form').trigger('submit')
    await settle()
    expect(puts(calls)[1]!.body).toMatchObject({ version: 4 })
  })

  it('closes the editor when the reloaded case may no longer be corrected', async () => {
    let current = draftCase()
    staffSession(['WINDOW'], {
      [CASE_PATH]: caseHandler(
        () => current,
        () => {
          current = submittedCase({ version: 5 })
          return {
            status: 409,
            contentType: 'application/problem+json',
            body: problemBody(409, '办件当前状态不能修改。', '不能修改', { slug: 'not-editable' }),
          }
        },
      ),
    })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const w = app.wrapper
    await openEditor(w)
    await w.get('[data-testid="form-editor"] form').trigger('submit')
    await settle()
    await w.get('[data-testid="form-reload"]').trigger('click')
    await settle()
    expect(w.find('[data-testid="form-editor"]').exists()).toBe(false)
    expect(w.find('[data-action="edit-form"]').exists()).toBe(false)
    expect(w.get('[data-testid="form-status"]').text()).toBe('该办件现在不能再修改申请表，下面是申请表的当前内容。')
    expect(w.get('.case-head [data-state]').text()).toBe('待受理')
    expect(w.find('[data-testid="form-data"]').exists()).toBe(true)
  })

  it('cancelling discards the changes and sends nothing', async () => {
    const { calls } = staffSession(['WINDOW'], { [CASE_PATH]: caseHandler(() => draftCase()) })
    app = await mountApp(`/staff/cases/${CASE_ID}`)
    const w = app.wrapper
    await openEditor(w)
    await w.get('#case-form-contactMobile').setValue('13905740002')
    await w.get('#case-form-declaration').setValue(false)
    await w.get('[data-testid="form-cancel"]').trigger('click')
    await settle()

    expect(puts(calls)).toHaveLength(0)
    expect(w.find('[data-testid="form-editor"]').exists()).toBe(false)
    expect(w.find('[data-testid="form-status"]').exists()).toBe(false)
    expect(document.activeElement?.id).toBe('form-heading')
    const form = w.get('[data-testid="form-data"]')
    expect(form.get('[data-field="contactMobile"]').text()).toBe('联系人手机号码13805740001')
    expect(form.get('[data-field="declaration"]').text()).toBe('本人（单位）承诺所填信息和所交材料真实有效是')

    // Opened again, the form is the saved one.
    await openEditor(w)
    expect((w.get('#case-form-contactMobile').element as HTMLInputElement).value).toBe('13805740001')
    expect((w.get('#case-form-declaration').element as HTMLInputElement).checked).toBe(true)
  })
})
