import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ActionPanel from '@/components/workbench/ActionPanel.vue'
import { buildAction, emptyForm, correctionOptions, mapServerErrors, offeredActions } from '@/components/workbench/actions'
import { useCaseStore } from '@/stores/workbench'
import { createAppI18n } from '@/locales'
import { problemBody, stubApi, type Call, type Reply } from '@/testing/http'
import type { ApplicationView } from '@/api'
import { CASE_ID, guide, pendingDecisionCase, submittedCase } from './fixtures'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

const ACTIONS_PATH = `/api/workbench/applications/${CASE_ID}/actions`
const CASE_PATH = `/api/workbench/applications/${CASE_ID}`

function mountPanel(view: ApplicationView, handlers: Record<string, ((url: URL, call: Call) => Reply) | object> = {}) {
  const api = stubApi({ '/api/items/010019600100': guide, ...handlers })
  const pinia = createPinia()
  setActivePinia(pinia)
  useCaseStore().view = view
  wrapper = mount(ActionPanel, {
    props: { view, guide },
    attachTo: document.body,
    global: { plugins: [pinia, createAppI18n('zh-CN')] },
  })
  // The panel shows the case as the store has it, as the case page does.
  const store = useCaseStore()
  store.$subscribe(() => wrapper?.setProps({ view: store.view! }))
  return { ...api, w: wrapper }
}

function choices(w: VueWrapper): string[] {
  return w.findAll('[data-choice]').map((c) => c.text())
}

async function choose(w: VueWrapper, action: string) {
  await w.get(`[data-choice="${action}"] input`).setValue(true)
}

async function submitAndConfirm(w: VueWrapper) {
  await w.get('form').trigger('submit')
  await flushPromises()
  expect(w.find('[data-testid="action-confirm"]').exists()).toBe(true)
  await w.get('[data-action="confirm"]').trigger('click')
  await flushPromises()
}

describe('action panel', () => {
  it('offers only the moves the server lists for this caller', () => {
    const { w } = mountPanel(submittedCase())
    expect(choices(w)).toEqual(['受理', '一次性告知补正', '不予受理'])
    wrapper!.unmount()

    wrapper = mountPanel(pendingDecisionCase()).w
    expect(choices(wrapper)).toEqual(['准予许可', '不予许可'])
    wrapper.unmount()

    wrapper = mountPanel(submittedCase({ availableActions: [] })).w
    expect(wrapper.find('[data-choice]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="no-actions"]').text()).toBe('当前没有您可以办理的操作。')
  })

  it('starts a special procedure while the clock runs and ends it while paused', () => {
    const review = submittedCase({ state: 'UNDER_REVIEW', availableActions: ['RECOMMEND', 'START_SPECIAL_PROCEDURE', 'END_SPECIAL_PROCEDURE'] })
    expect(offeredActions(review)).toEqual(['START_SPECIAL_PROCEDURE', 'RECOMMEND'])
    expect(offeredActions({ ...review, deadline: { paused: true, pauseReason: '现场核查' } })).toEqual(['END_SPECIAL_PROCEDURE', 'RECOMMEND'])
    // Never more than the server allows.
    expect(offeredActions({ ...review, availableActions: ['RESUBMIT', 'APPROVE'] })).toEqual(['APPROVE'])
  })

  it('sends a one-time correction notice listing every ticked material and form field, after a confirmation', async () => {
    const { calls, w } = mountPanel(submittedCase(), {
      [ACTIONS_PATH]: (_url: URL, call: Call) => ({
        body: submittedCase({ state: 'CORRECTION_REQUIRED', version: 8, availableActions: [], corrections: 1, correction: { items: (call.body as { correctionItems: [] }).correctionItems } }),
      }),
    })
    await choose(w, 'REQUEST_CORRECTION')
    const picker = w.get('[data-testid="correction-picker"]')
    expect(picker.findAll('[data-option^="MATERIAL:"]')).toHaveLength(6)
    expect(picker.findAll('[data-option^="FIELD:"]')).toHaveLength(6)
    // The provisional material not handed in is marked, but not ticked for the officer.
    expect(picker.get('[data-option="MATERIAL:EMERGENCY_PLAN_FILING"]').text()).toContain('未提交')

    // Nothing ticked: nothing is sent.
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.text()).toContain('请至少选择一项需补正的材料或申请表项目')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    await w.get('#action-corrections-MATERIAL-BUSINESS_LICENSE').setValue(true)
    await w.get('#action-corrections-MATERIAL-BUSINESS_LICENSE-note').setValue('复印件不清晰，请重新提交加盖公章的复印件')
    await w.get('#action-corrections-FIELD-businessArea').setValue(true)
    await w.get('#action-corrections-FIELD-businessArea-note').setValue('面积与租赁合同不符')
    expect(w.get('[data-testid="correction-count"]').text()).toBe('已选 2 项')
    await w.get('#action-comment textarea, textarea#action-comment').setValue('请一次补齐后重新提交')

    await submitAndConfirm(w)
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.url.pathname).toBe(ACTIONS_PATH)
    expect(post.body).toEqual({
      action: 'REQUEST_CORRECTION',
      version: 7,
      comment: '请一次补齐后重新提交',
      correctionItems: [
        { kind: 'MATERIAL', code: 'BUSINESS_LICENSE', note: '复印件不清晰，请重新提交加盖公章的复印件' },
        { kind: 'FIELD', code: 'businessArea', note: '面积与租赁合同不符' },
      ],
    })
    expect(w.get('[data-testid="action-success"]').text()).toBe('已一次性告知补正。办件 AJ-20261128-0006 现为“待补正”。')
  })

  it('asks why when corrections are asked for a second time', () => {
    const view = submittedCase({ corrections: 1 })
    const options = correctionOptions(view, guide)
    const form = emptyForm(view, guide)
    form.corrections['MATERIAL:PREMISES_PROOF']!.selected = true
    form.reason = '补正后的租赁合同已过期'
    expect(buildAction('REQUEST_CORRECTION', form, view, options)).toEqual({
      action: 'REQUEST_CORRECTION',
      version: 7,
      correctionItems: [{ kind: 'MATERIAL', code: 'PREMISES_PROOF' }],
      reason: '补正后的租赁合同已过期',
    })
  })

  it('denies with the reason and the guide’s remedies, prefilled and editable', async () => {
    const recommended = pendingDecisionCase({
      timeline: [
        ...submittedCase().timeline!,
        {
          at: '2026-11-27T23:20:20.284217Z',
          action: 'RECOMMEND',
          fromState: 'UNDER_REVIEW',
          toState: 'PENDING_DECISION',
          actorName: '审查员',
          actorRole: 'REVIEWER',
          comment: '现场核查发现经营场所与申请不符，建议不予许可',
        },
      ],
    })
    const { calls, w } = mountPanel(recommended, {
      [ACTIONS_PATH]: pendingDecisionCase({ state: 'DENIED', version: 11, availableActions: [] }),
    })
    // The approver sees the reviewer's opinion beside the decision.
    expect(w.get('[data-testid="review-opinion"]').text()).toBe('审查意见（审查员）现场核查发现经营场所与申请不符，建议不予许可')
    await choose(w, 'DENY')
    const remedies = w.get<HTMLTextAreaElement>('textarea#action-remedies')
    expect(remedies.element.value).toBe(`${guide.remedies!.reconsideration}\n${guide.remedies!.litigation}`)

    // The reason is required.
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('#action-comment-error').text()).toBe('请填写不予许可的理由')
    expect(document.activeElement?.id).toBe('action-comment')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)

    await w.get('textarea#action-comment').setValue('经现场核查，经营场所与申请材料不符。')
    await submitAndConfirm(w)
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      action: 'DENY',
      version: 10,
      comment: '经现场核查，经营场所与申请材料不符。',
      remedies: `${guide.remedies!.reconsideration}\n${guide.remedies!.litigation}`,
    })
    expect(w.get('[data-testid="action-success"]').text()).toContain('现为“不予许可”')
    expect(w.find('[data-choice]').exists()).toBe(false)
  })

  it('on a 409 reloads the case and tells the officer someone else acted', async () => {
    let reads = 0
    const { calls, w } = mountPanel(submittedCase(), {
      [ACTIONS_PATH]: () => ({
        status: 409,
        contentType: 'application/problem+json',
        body: problemBody(409, '您看到的不是最新内容（当前版本 8），请刷新后重试。', '办件已变更', { slug: 'stale-version' }),
      }),
      [CASE_PATH]: () => {
        reads++
        return { body: submittedCase({ state: 'UNDER_REVIEW', version: 8, availableActions: [] }) }
      },
    })
    await choose(w, 'ACCEPT')
    await submitAndConfirm(w)
    await flushPromises()
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ action: 'ACCEPT', version: 7 })
    expect(reads).toBe(1)
    const stale = w.get('[data-testid="action-stale"]').text()
    expect(stale).toContain('该办件刚被他人处理或已有更新，已为您载入最新内容')
    expect(stale).toContain('当前版本 8')
    expect(w.find('[data-choice]').exists()).toBe(false)
  })

  it('shows the server’s field errors on their fields (422)', async () => {
    const approved = pendingDecisionCase({ state: 'APPROVED', version: 11, availableActions: ['DELIVER'] })
    const { w } = mountPanel(approved, {
      [ACTIONS_PATH]: () => ({
        status: 422,
        contentType: 'application/problem+json',
        body: problemBody(422, '送达信息有 1 处问题。', '送达信息有误', {
          errors: [{ field: 'delivery.waybillNumber', message: '请填写 8–30 位字母或数字的邮件运单号' }],
        }),
      }),
    })
    // The only move on offer is already chosen.
    expect(w.find('form[data-form="DELIVER"]').exists()).toBe(true)
    await w.get('#action-method-POST').setValue(true)
    await w.get('input#action-waybillNumber').setValue('12345')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('#action-waybillNumber-error').text()).toBe('运单号应为 8–30 位字母或数字')

    await w.get('input#action-waybillNumber').setValue('EMS1234567890')
    await submitAndConfirm(w)
    expect(w.get('[data-testid="action-error"]').text()).toContain('送达信息有 1 处问题。')
    expect(w.get('#action-waybillNumber-error').text()).toBe('请填写 8–30 位字母或数字的邮件运单号')
  })

  it('maps server field names, including a correction item by its index', () => {
    const view = submittedCase()
    const options = correctionOptions(view, guide)
    const sent = [options[1]!, options[3]!]
    const mapped = mapServerErrors(
      'REQUEST_CORRECTION',
      [
        { field: 'correctionItems[1]', message: '办事指南中没有这项材料或表单项' },
        { field: 'reason', message: '再次告知补正须说明原因' },
        { field: 'somethingElse', message: '其他问题' },
      ],
      sent,
    )
    expect(mapped.items).toEqual({ [options[3]!.key]: '办事指南中没有这项材料或表单项' })
    expect(mapped.fields).toEqual({ reason: '再次告知补正须说明原因' })
    expect(mapped.other).toEqual(['其他问题'])
    expect(mapServerErrors('DELIVER', [{ field: 'reason', message: '再次到访须说明原因' }]).fields).toEqual({
      visitReason: '再次到访须说明原因',
    })
  })
})
