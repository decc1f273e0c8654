import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problemBody, type Call } from '@/testing/http'
import { useNotificationsStore } from '@/stores/notifications'
import { FOCUS_REFRESH_GAP_MS } from '@/components/apply/useCaseRefresh'
import type { ApplicationView, Notification } from '@/api'
import { evaluation, scale } from '@/components/results/__tests__/resultsFixtures'
import { CASE_ID, acceptedCase, completeForm, correctionCase, draft, enterpriseSession, notification } from './applyFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
  vi.useRealTimers()
})

const casePath = `/api/applications/${CASE_ID}`
const OTHER_CASE = '7b0c1c59-1a1e-4a57-9a0e-2f5d6a0c0b11'

const accepted = acceptedCase()

/** The same case after the reviewer's opinion: a new state and a new timeline entry. */
function recommended(from: ApplicationView): ApplicationView {
  return {
    ...from,
    state: 'PENDING_DECISION',
    version: from.version! + 1,
    availableActions: [],
    timeline: [
      ...(from.timeline ?? []),
      { at: '2026-11-28T02:00:00Z', action: 'RECOMMEND', fromState: from.state, toState: 'PENDING_DECISION', actorName: '审查员', actorRole: 'REVIEWER' },
    ],
  }
}

/**
 * A session whose case, unread count and newest messages the test changes. `news()` makes a message about a case
 * arrive and lets the store's next poll (called at once: the 30 s tick) see it.
 */
async function openCase(start: ApplicationView, more: Record<string, object> = {}) {
  let view = start
  let unread = 0
  let messages: Notification[] = []
  const { calls } = enterpriseSession({
    [casePath]: () => ({ body: view }),
    '/api/me/notifications/unread-count': () => ({ body: { unread } }),
    '/api/me/notifications': (url: URL) => {
      const size = Number(url.searchParams.get('size') ?? 20)
      return { body: { items: messages.slice(0, size), total: messages.length, unread, page: 0, size } }
    },
    ...more,
  })
  app = await mountApp(`/my/applications/${CASE_ID}`)
  const caseReads = () => calls.filter((c: Call) => c.method === 'GET' && c.url.pathname === casePath).length
  return {
    w: app.wrapper,
    calls,
    caseReads,
    change(next: ApplicationView) {
      view = next
    },
    async news(about: string, event = 'RECOMMEND') {
      messages = [notification({ id: `n-${messages.length + 1}`, applicationId: about, event }), ...messages]
      unread++
      await useNotificationsStore().refreshCount()
      await settle()
    },
  }
}

const stateTag = () => app!.wrapper.get('[data-testid="state-tag"]').text()
const timelineEntries = () => app!.wrapper.findAll('[data-testid="timeline"] .el-timeline-item').length

describe('ApplicationCaseView: keeping itself current', () => {
  it('reads the case again when a message about it comes in, and says it was updated', async () => {
    const c = await openCase(accepted)
    expect(stateTag()).toContain('审查中')
    expect(timelineEntries()).toBe(3)
    const before = c.caseReads()

    c.change(recommended(accepted))
    await c.news(CASE_ID)

    expect(c.caseReads()).toBe(before + 1)
    expect(stateTag()).toContain('待决定')
    expect(timelineEntries()).toBe(4)
    const note = c.w.get('[data-testid="case-refresh"]')
    expect(note.attributes('role')).toBe('status')
    expect(note.text()).toContain('办件有新的进展，本页已于')
    // Only the newest unread message (the one that arrived) was looked at.
    const looked = c.calls.filter((x) => x.url.pathname === '/api/me/notifications')
    expect(looked.map((x) => [x.url.searchParams.get('unread'), x.url.searchParams.get('size')])).toEqual([['true', '1']])
  })

  it('does not read the case again for a message about another case', async () => {
    const c = await openCase(accepted)
    const before = c.caseReads()
    await c.news(OTHER_CASE)
    expect(c.caseReads()).toBe(before)
    expect(c.w.get('[data-testid="case-refresh"]').text()).toBe('')
  })

  it('reads the case again when the window comes back, at most once in a short while, and stops on leaving', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const c = await openCase(accepted)
    const before = c.caseReads()

    c.change(recommended(accepted))
    window.dispatchEvent(new Event('focus'))
    await settle()
    expect(c.caseReads()).toBe(before + 1)
    expect(stateTag()).toContain('待决定')

    // The tab shown again right after the focus: no second reading.
    document.dispatchEvent(new Event('visibilitychange'))
    await settle()
    expect(c.caseReads()).toBe(before + 1)

    vi.setSystemTime(Date.now() + FOCUS_REFRESH_GAP_MS + 1)
    document.dispatchEvent(new Event('visibilitychange'))
    await settle()
    expect(c.caseReads()).toBe(before + 2)
    // Nothing changed this time: nothing new is said.
    expect(c.w.get('[data-testid="case-refresh"]').text()).toContain('本页已于')

    // Away from the page, the window's focus no longer reads the case.
    await app!.router.push('/my/applications')
    await settle()
    const away = c.caseReads()
    vi.setSystemTime(Date.now() + FOCUS_REFRESH_GAP_MS + 1)
    window.dispatchEvent(new Event('focus'))
    await settle()
    expect(c.caseReads()).toBe(away)
  })

  it('keeps a correction being written: says there is news, and shows it when asked, the input kept', async () => {
    const start = correctionCase()
    const c = await openCase(start)
    await c.w.get('#correction-field-contactMobile').setValue('13905740002')
    await c.w.get('#correction-note').setValue('已更换联系电话')

    const extended: ApplicationView = {
      ...start,
      version: start.version! + 1,
      timeline: [
        ...(start.timeline ?? []),
        { at: '2026-11-29T01:00:00Z', action: 'VISIT', fromState: 'CORRECTION_REQUIRED', toState: 'CORRECTION_REQUIRED', actorName: '窗口受理员', actorRole: 'WINDOW' },
      ],
    }
    c.change(extended)
    const entries = timelineEntries()
    await c.news(CASE_ID, 'VISIT')

    // Not replaced under the form: the same timeline, the input still there, and a notice with a button.
    expect(timelineEntries()).toBe(entries)
    expect((c.w.get('#correction-field-contactMobile').element as HTMLInputElement).value).toBe('13905740002')
    const note = c.w.get('[data-testid="case-refresh"]')
    expect(note.text()).toContain('为免丢失您正在填写的内容，本页暂未更新')

    await note.get('[data-testid="case-refresh-show"]').trigger('click')
    await settle()
    expect(timelineEntries()).toBe(entries + 1)
    expect((c.w.get('#correction-field-contactMobile').element as HTMLInputElement).value).toBe('13905740002')
    expect((c.w.get('#correction-note').element as HTMLTextAreaElement).value).toBe('已更换联系电话')
    expect(c.w.get('[data-testid="case-refresh"]').text()).toContain('本页已于')
  })

  it('takes the waiting news by itself once the form is emptied', async () => {
    const start = correctionCase()
    const c = await openCase(start)
    await c.w.get('#correction-note').setValue('稍后补充')
    c.change({ ...start, version: start.version! + 1, state: 'WITHDRAWN', availableActions: [], correction: undefined })
    await c.news(CASE_ID, 'WITHDRAW')
    expect(stateTag()).toContain('待补正')
    expect(c.w.find('[data-testid="case-refresh-show"]').exists()).toBe(true)

    await c.w.get('#correction-note').setValue('')
    await settle()
    expect(stateTag()).toContain('已撤回')
    expect(c.w.find('[data-testid="correction-panel"]').exists()).toBe(false)
    expect(c.w.find('[data-testid="case-refresh-show"]').exists()).toBe(false)
  })

  it('keeps a rating being chosen, then reads the rating again with the case', async () => {
    const completed = draft({
      state: 'COMPLETED',
      version: 12,
      formData: completeForm,
      submittedAt: '2026-11-27T23:10:00Z',
      completedAt: '2026-11-28T03:05:00Z',
      decision: { outcome: 'COMPLETED' },
      delivery: { method: 'ELECTRONIC' },
      availableActions: [],
    })
    let rated = false
    const evaluationPath = `${casePath}/evaluation`
    const c = await openCase(completed, {
      '/api/evaluation/scale': scale,
      '/api/me/certificates': [],
      [evaluationPath]: () =>
        rated
          ? { body: evaluation({ grade: 5, label: '非常满意' }) }
          : { status: 404, body: problemBody(404, '该办件尚未评价。', '未找到'), contentType: 'application/problem+json' },
    })
    await c.w.get('[data-grade="4"] input').setValue(true)

    // Rated in another tab meanwhile; the case's timeline records it.
    rated = true
    c.change({ ...completed, timeline: [{ at: '2026-11-28T04:00:00Z', action: 'EVALUATE', actorName: '企业', actorRole: 'APPLICANT' }] })
    vi.useFakeTimers({ toFake: ['Date'] })
    window.dispatchEvent(new Event('focus'))
    await settle()
    expect(c.w.find('[data-testid="rating-form"]').exists()).toBe(true)
    expect(c.w.get('[data-testid="case-refresh"]').text()).toContain('本页暂未更新')

    const reads = () => c.calls.filter((x) => x.method === 'GET' && x.url.pathname === evaluationPath).length
    const before = reads()
    await c.w.get('[data-testid="case-refresh-show"]').trigger('click')
    await settle()
    expect(reads()).toBe(before + 1)
    expect(c.w.find('[data-testid="rating-form"]').exists()).toBe(false)
    expect(c.w.get('[data-testid="evaluation-panel"]').text()).toContain('非常满意')
  })
})
