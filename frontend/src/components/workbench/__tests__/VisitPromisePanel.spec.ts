import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import VisitPromisePanel from '@/components/workbench/VisitPromisePanel.vue'
import PromiseGuardNote from '@/components/workbench/PromiseGuardNote.vue'
import { pendingSteps, visitPending, visitPurpose, windowMayResolveVisit } from '@/components/workbench/promise'
import { useCaseStore } from '@/stores/workbench'
import { createAppI18n } from '@/locales'
import { problemBody, stubApi, type Call } from '@/testing/http'
import type { ApplicationView } from '@/api'
import { CASE_ID, submittedCase } from './fixtures'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

const CASE_PATH = `/api/workbench/applications/${CASE_ID}`

type Promise_ = NonNullable<ApplicationView['visitPromise']>
const promise = (overrides: Partial<Promise_> = {}): Promise_ => ({
  promisedVisits: 1,
  moment: 'ACCEPTANCE',
  reason: '到窗口核验营业执照原件',
  originals: [{ code: 'APPLICATION_FORM', name: '申请书', originals: 1, copies: 0, necessity: 'REQUIRED' }],
  status: 'PENDING',
  mandatoryProcedures: [{ name: '现场核查', legalBasis: '第十一条', maxDays: 3, status: 'PENDING' }],
  ...overrides,
})

/** A case of a one-visit item, not yet visited. */
function approvedCase(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return submittedCase({ state: 'APPROVED', visits: 0, visitLog: [], visitPromise: promise(), waivers: [], ...overrides })
}

function mountPanel(view: ApplicationView, roles: { window?: boolean; reviewer?: boolean }, handlers = {}) {
  const api = stubApi(handlers)
  const pinia = createPinia()
  setActivePinia(pinia)
  useCaseStore().view = view
  wrapper = mount(VisitPromisePanel, {
    props: { view, isWindow: !!roles.window, isReviewer: !!roles.reviewer },
    attachTo: document.body,
    global: { plugins: [pinia, createAppI18n('zh-CN')] },
  })
  const store = useCaseStore()
  store.$subscribe(() => wrapper?.setProps({ view: store.view! }))
  return { ...api, w: wrapper }
}

describe('the one-visit promise on the workbench', () => {
  it('tells the window what to check before delivering, and records the visit the guide names', async () => {
    const recorded = approvedCase({ visits: 1, visitPromise: promise({ status: 'RECORDED' }) })
    const { w, calls } = mountPanel(approvedCase(), { window: true }, { [`${CASE_PATH}/visits`]: () => ({ body: recorded }) })
    expect(w.get('[data-testid="promise-pending"]').text()).toContain('送达前须登记到访或记录免于到现场的理由')
    expect(w.findAll('[data-testid="promise-originals"] li').map((l) => l.text())).toEqual(['申请书：原件 1 份'])
    await w.get('[data-action="promise-record-visit"]').trigger('click')
    await flushPromises()
    expect((calls[0] as Call).body).toEqual({ purpose: 'ORIGINALS' })
    expect(w.get('[data-testid="promise-message"]').text()).toBe('已登记到现场。')
    expect(w.get('[data-testid="promise-done"]').text()).toBe('承诺的一次到现场已登记。')
    expect(w.find('[data-action="promise-waive"]').exists()).toBe(false)
  })

  it('waives the visit only with a reason, sending the version on screen', async () => {
    const waived = approvedCase({
      visitPromise: promise({ status: 'WAIVED' }),
      waivers: [{ kind: 'VISIT', reason: '已通过电子证照库核验原件', by: '窗口受理员', role: 'WINDOW', at: '2026-12-06T02:00:00Z' }],
    })
    const { w, calls } = mountPanel(approvedCase({ version: 7 }), { window: true }, { [`${CASE_PATH}/waivers`]: () => ({ body: waived }) })
    await w.get('[data-action="promise-waive"]').trigger('click')
    await flushPromises()
    const form = document.querySelector<HTMLFormElement>('[data-testid="waiver-form"]')!
    form.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(calls).toHaveLength(0)
    expect(document.body.textContent).toContain('请填写理由')
    const textarea = document.querySelector<HTMLTextAreaElement>('#promise-reason')!
    textarea.value = '已通过电子证照库核验原件'
    textarea.dispatchEvent(new Event('input'))
    form.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect((calls[0] as Call).body).toEqual({ kind: 'VISIT', reason: '已通过电子证照库核验原件', version: 7 })
    expect(w.get('[data-testid="promise-done"]').text()).toContain('已通过电子证照库核验原件')
  })

  it('shows a refused waiver and reloads the case when it changed meanwhile', async () => {
    const { w, calls } = mountPanel(approvedCase(), { window: true }, {
      [`${CASE_PATH}/waivers`]: () => ({ status: 409, body: problemBody(409, '您看到的不是最新内容', '办件已被他人更新', { slug: 'stale-version' }), contentType: 'application/problem+json' }),
      [CASE_PATH]: approvedCase({ version: 9 }),
    })
    await w.get('[data-action="promise-waive"]').trigger('click')
    await flushPromises()
    const textarea = document.querySelector<HTMLTextAreaElement>('#promise-reason')!
    textarea.value = '理由'
    textarea.dispatchEvent(new Event('input'))
    document.querySelector<HTMLFormElement>('[data-testid="waiver-form"]')!.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(document.body.textContent).toContain('您看到的不是最新内容')
    expect(calls.map((c) => c.url.pathname)).toContain(CASE_PATH)
  })

  it('a pickup is recorded by delivering at the window: no separate button then', () => {
    const { w } = mountPanel(approvedCase({ visitPromise: promise({ moment: 'PICKUP', mandatoryProcedures: [] }) }), { window: true })
    expect(w.find('[data-action="promise-record-visit"]').exists()).toBe(false)
    expect(w.get('[data-testid="promise-pending"]').text()).toContain('窗口领取')
  })

  it('lets the reviewer start a mandatory step or mark it not needed, and says what blocks the recommendation', async () => {
    const review = approvedCase({ state: 'UNDER_REVIEW', version: 4 })
    const started = approvedCase({
      state: 'UNDER_REVIEW',
      visitPromise: promise({ mandatoryProcedures: [{ name: '现场核查', status: 'RUNNING' }] }),
    })
    const { w, calls } = mountPanel(review, { reviewer: true }, { [`${CASE_PATH}/actions`]: () => ({ body: started }) })
    expect(w.get('[data-testid="recommend-blocked"]').text()).toBe('尚有法定必经程序未进行：现场核查。')
    expect(w.find('[data-action="promise-waive"]').exists()).toBe(false)
    await w.get('[data-action="procedure-start"]').trigger('click')
    await flushPromises()
    expect((calls[0] as Call).body).toEqual({ action: 'START_SPECIAL_PROCEDURE', specialProcedure: '现场核查', version: 4 })
    expect(w.get('[data-procedure="现场核查"]').attributes('data-status')).toBe('RUNNING')
    expect(w.find('[data-action="procedure-start"]').exists()).toBe(false)
  })

  it('explains in the action panel why DELIVER or RECOMMEND would be refused', () => {
    const i18n = createAppI18n('zh-CN')
    wrapper = mount(PromiseGuardNote, { props: { view: approvedCase(), action: 'DELIVER' }, global: { plugins: [i18n] } })
    expect(wrapper.get('[data-testid="promise-guard"]').text()).toContain('本事项承诺的一次到现场尚未登记')
    wrapper.unmount()
    wrapper = mount(PromiseGuardNote, {
      props: { view: approvedCase({ state: 'UNDER_REVIEW' }), action: 'RECOMMEND' },
      global: { plugins: [i18n] },
    })
    expect(wrapper.get('[data-testid="promise-guard"]').text()).toContain('现场核查')
    wrapper.unmount()
    wrapper = mount(PromiseGuardNote, {
      props: { view: approvedCase({ visitPromise: promise({ status: 'WAIVED' }) }), action: 'DELIVER' },
      global: { plugins: [i18n] },
    })
    expect(wrapper.find('[data-testid="promise-guard"]').exists()).toBe(false)
  })

  it('knows what is pending from the case alone', () => {
    expect(visitPending(approvedCase())).toBe(true)
    expect(visitPending(approvedCase({ state: 'COMPLETED' }))).toBe(false)
    expect(windowMayResolveVisit(approvedCase({ state: 'DRAFT' }), true)).toBe(false)
    expect(windowMayResolveVisit(approvedCase(), false)).toBe(false)
    expect(visitPurpose(approvedCase({ visitPromise: promise({ moment: 'MEETING' }) }))).toBe('MEETING')
    expect(pendingSteps(approvedCase()).map((s) => s.name)).toEqual(['现场核查'])
  })
})
