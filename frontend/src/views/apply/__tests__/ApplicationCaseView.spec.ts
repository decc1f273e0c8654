import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { applicationsApi } from '@/api/applications'
import MaterialSlot from '@/components/apply/MaterialSlot.vue'
import { CASE_ID, acceptedCase, completeForm, correctionCase, enterpriseSession, material } from './applyFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const casePath = `/api/applications/${CASE_ID}`

describe('ApplicationCaseView: correction', () => {
  it('shows the one-time notice and lets only the items asked for be changed, then resubmits', async () => {
    let view = correctionCase()
    const { calls } = enterpriseSession({
      [casePath]: (_url: URL, call: { method: string; body?: unknown }) => {
        if (call.method === 'PUT') {
          view = { ...view, version: view.version! + 1, formData: (call.body as { formData: Record<string, unknown> }).formData }
        }
        return { body: view }
      },
      [`${casePath}/resubmit`]: () => {
        view = { ...view, state: 'SUBMITTED', version: view.version! + 1, correction: undefined, availableActions: ['WITHDRAW'] }
        return { body: view }
      },
    })
    app = await mountApp(`/my/applications/${CASE_ID}`)
    const w = app.wrapper

    expect(w.get('h1').text()).toBe('生产安全事故应急预案备案')
    expect(w.get('[data-testid="state-tag"]').text()).toContain('待补正')
    const panel = w.get('[data-testid="correction-panel"]')
    expect(panel.get('h2').text()).toBe('需要补正')
    expect(panel.text()).toContain('请于 10 个工作日内补正')
    const items = panel.findAll('[data-testid="correction-items"] li')
    expect(items.map((li) => li.attributes('data-code'))).toEqual(['REVIEW_OPINION', 'contactMobile'])
    expect(items[0]!.text()).toContain('缺少专家签字')
    expect(items[0]!.text()).toContain('尚未补正')
    expect(panel.find('[data-testid="correction-notice"]').exists()).toBe(true)

    // Only the material asked for gets an upload slot, marked as asked; the others stay read only.
    const slots = panel.findAll('[data-testid="material-slot"]')
    expect(slots.map((s) => s.attributes('data-material'))).toEqual(['REVIEW_OPINION'])
    expect(slots[0]!.classes()).toContain('is-asked')
    expect(slots[0]!.get('[data-testid="asked-tag"]').text()).toBe('需补正')
    // Only the field asked for can be edited, marked as asked.
    expect(panel.find('#correction-field-contactMobile').exists()).toBe(true)
    expect(panel.get('[data-field-key="contactMobile"]').classes()).toContain('is-asked')
    for (const other of ['unitName', 'creditCode', 'filingType', 'publishDate', 'declaration']) {
      expect(panel.find(`#correction-field-${other}`).exists(), other).toBe(false)
    }

    // Resubmitting before the material is uploaded again is stopped here, with a link to the slot.
    await w.get('[data-testid="correction-form"]').trigger('submit')
    await settle()
    const summary = w.get('[data-testid="problem-summary"]')
    expect(summary.text()).toContain('应急预案评审意见（或论证意见）：尚未补正')
    expect(summary.get('a').attributes('href')).toBe('#correction-material-REVIEW_OPINION')
    expect(document.activeElement).toBe(summary.element)
    expect(calls.some((c) => c.url.pathname.endsWith('/resubmit'))).toBe(false)

    // Upload the material again (the XHR is replaced; the store then reads the case again).
    const replaced = material('REVIEW_OPINION', '应急预案评审意见（或论证意见）', '2026-11-28T03:00:00Z')
    vi.spyOn(applicationsApi, 'uploadMaterial').mockImplementation(async (_id, _code, _file, onProgress) => {
      onProgress?.(50)
      view = { ...view, version: view.version! + 1, materials: [...view.materials!.filter((m) => m.materialCode !== 'REVIEW_OPINION'), replaced] }
      return replaced
    })
    const slot = w.findAllComponents(MaterialSlot).find((c) => c.props('material').code === 'REVIEW_OPINION')!
    await (slot.vm as unknown as { send(file: File): Promise<void> }).send(new File(['%PDF-1.4 signed'], 'opinion.pdf', { type: 'application/pdf' }))
    await settle()
    expect(w.get('[data-testid="correction-items"] li').text()).toContain('已补正')
    expect(slot.get('[data-testid="upload-live"]').text()).toBe('“opinion.pdf”已上传。')

    await w.get('#correction-field-contactMobile').setValue('13905740002')
    await w.get('#correction-note').setValue('已更换联系电话')
    await w.get('[data-testid="correction-form"]').trigger('submit')
    await settle()

    const put = calls.find((c) => c.method === 'PUT')!
    expect(put.body).toEqual({ formData: { ...completeForm, contactMobile: '13905740002' }, version: 7 })
    const resubmit = calls.find((c) => c.url.pathname.endsWith('/resubmit'))!
    expect(resubmit.body).toEqual({ version: 8, comment: '已更换联系电话' })
    expect(resubmit.headers.get('Idempotency-Key')).toBeTruthy()
    expect(w.find('[data-testid="correction-panel"]').exists()).toBe(false)
    expect(w.get('[data-testid="case-flash"]').text()).toContain('补正材料已提交，等待窗口受理。')
    expect(w.get('[data-testid="state-tag"]').text()).toContain('已提交，待受理')
  })
})

describe('ApplicationCaseView: progress', () => {
  const accepted = acceptedCase()

  it('shows the state in words, the due date and time left, notices and the timeline', async () => {
    enterpriseSession({ [casePath]: accepted })
    app = await mountApp(`/my/applications/${CASE_ID}`)
    const w = app.wrapper
    expect(document.title).toContain('AJ-20261128-0003')
    expect(w.get('[data-testid="state-tag"]').text()).toBe('办理状态：审查中')
    expect(w.get('[data-testid="case-due"]').text()).toContain('承诺办结日期：2026年11月30日')
    expect(w.get('[data-testid="case-due"]').text()).toContain('剩余 1 个工作日')
    expect(w.get('[data-testid="case-notices"]').text()).toContain('下载受理通知书（可打印）')

    const entries = w.findAll('[data-testid="timeline"] .el-timeline-item')
    expect(entries).toHaveLength(3)
    expect(entries[2]!.get('h3').text()).toBe('受理')
    expect(entries[2]!.text()).toContain('窗口受理员（窗口受理）')
    expect(entries[2]!.text()).toContain('状态：已提交，待受理 → 审查中')
    expect(entries[2]!.text()).toContain('2026年11月28日 09:00')
    expect(entries[0]!.text()).toContain('慈溪市示范化工贸易有限公司（申请人）')

    const headings = w.findAll('h1, h2').map((h) => h.element.tagName)
    expect(headings[0]).toBe('H1')
    expect(headings.filter((h) => h === 'H1')).toHaveLength(1)
  })

  it('reads the timeline in English', async () => {
    enterpriseSession({ [casePath]: accepted })
    app = await mountApp(`/my/applications/${CASE_ID}`, { locale: 'en' })
    const entries = app.wrapper.findAll('[data-testid="timeline"] .el-timeline-item')
    expect(entries[2]!.get('h3').text()).toBe('Accepted')
    expect(entries[2]!.text()).toContain('窗口受理员 (Window officer)')
    expect(entries[2]!.text()).toContain('Status: Submitted, awaiting acceptance → Under review')
    expect(app.wrapper.get('[data-testid="case-due"]').text()).toContain('1 working day left')
  })

  it('withdraws after a confirmation, with the reason given', async () => {
    let view = accepted
    const { calls } = enterpriseSession({
      [casePath]: () => ({ body: view }),
      [`${casePath}/withdraw`]: () => {
        view = { ...view, state: 'WITHDRAWN', version: 10, availableActions: [] }
        return { body: view }
      },
    })
    app = await mountApp(`/my/applications/${CASE_ID}`)
    const w = app.wrapper
    await w.get('[data-testid="withdraw"]').trigger('click')
    await settle()
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement
    expect(dialog).toBeTruthy()
    expect(dialog.textContent).toContain('确定撤回办件 AJ-20261128-0003 吗？')
    const reason = document.getElementById('withdraw-reason') as HTMLTextAreaElement
    expect(document.querySelector('label[for="withdraw-reason"]')?.textContent).toBe('撤回原因（选填）')
    reason.value = '信息填错，重新申请'
    reason.dispatchEvent(new Event('input'))
    ;(document.querySelector('[data-testid="withdraw-confirm"]') as HTMLButtonElement).click()
    await settle()
    const sent = calls.find((c) => c.url.pathname.endsWith('/withdraw'))!
    expect(sent.body).toEqual({ version: 9, comment: '信息填错，重新申请' })
    expect(w.get('[data-testid="state-tag"]').text()).toContain('已撤回')
    expect(w.get('[data-testid="case-flash"]').text()).toContain('申请已撤回。')
    expect(w.find('[data-testid="withdraw"]').exists()).toBe(false)
  })

  it('says so when the case is not the applicant’s, and offers a retry on a network error', async () => {
    enterpriseSession({})
    app = await mountApp(`/my/applications/${CASE_ID}`)
    expect(app.wrapper.get('[data-testid="case-not-found"]').text()).toContain('没有找到该办件')
    app.unmount()

    let down = true
    enterpriseSession({
      [casePath]: () => {
        if (down) throw new TypeError('Failed to fetch')
        return { body: accepted }
      },
    })
    app = await mountApp(`/my/applications/${CASE_ID}`)
    const alert = app.wrapper.get('[data-testid="case-load-error"]')
    expect(alert.text()).toContain('无法连接服务器')
    down = false
    await alert.get('button').trigger('click')
    await settle()
    expect(app.wrapper.get('h1').text()).toBe('生产安全事故应急预案备案')
  })
})
