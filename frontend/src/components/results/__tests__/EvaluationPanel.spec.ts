import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problemBody, type Call } from '@/testing/http'
import { CASE_ID, completeForm, draft, enterpriseSession } from '@/views/apply/__tests__/applyFixtures'
import type { EvaluationView } from '@/api/results'
import { certificate, evaluation, rectification, scale } from './resultsFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const CASE_PATH = `/api/applications/${CASE_ID}`
const EVALUATION_PATH = `${CASE_PATH}/evaluation`

const completed = draft({
  state: 'COMPLETED',
  version: 12,
  formData: completeForm,
  submittedAt: '2026-11-27T23:10:00Z',
  acceptedAt: '2026-11-28T01:00:00Z',
  decidedAt: '2026-11-28T03:00:00Z',
  completedAt: '2026-11-28T03:05:00Z',
  decision: { outcome: 'COMPLETED' },
  delivery: { method: 'ELECTRONIC' },
  availableActions: [],
})

/** The evaluation endpoint: 200 with null until rated (not an error); a POST rates once (201), a second time 409. */
function evaluationEndpoint(answer: (body: Record<string, unknown>) => EvaluationView, existing?: EvaluationView) {
  let current = existing
  return (_url: URL, call: Call) => {
    if (call.method === 'POST') {
      if (current) return { status: 409, body: problemBody(409, '每个办件只能评价一次。', '已经评价过'), contentType: 'application/problem+json' }
      current = answer(call.body as Record<string, unknown>)
      return { status: 201, body: current }
    }
    return { body: current ?? null }
  }
}

describe('the rating of an ended case (好差评)', () => {
  it('needs a grade, sends the rating once and then shows it read only, with the rectification of a bad one', async () => {
    const { calls } = enterpriseSession({
      [CASE_PATH]: completed,
      '/api/evaluation/scale': scale,
      '/api/me/certificates': [],
      [EVALUATION_PATH]: evaluationEndpoint((body) =>
        evaluation({
          grade: body.grade as number,
          label: '不满意',
          comment: body.comment as string,
          dimensions: body.dimensions as Record<string, number>,
          rectification: rectification({ state: 'OPEN', dueDate: '2026-12-07' }),
        }),
      ),
    })
    app = await mountApp(`/my/applications/${CASE_ID}`)
    const w = app.wrapper
    const panel = w.get('[data-testid="evaluation-panel"]')
    expect(panel.get('h2').text()).toBe('服务评价（好差评）')
    const grades = panel.findAll('[data-grade]')
    expect(grades.map((g) => g.text())).toEqual(['5 分 · 非常满意', '4 分 · 满意', '3 分 · 基本满意', '2 分 · 不满意', '1 分 · 非常不满意'])
    expect(panel.text()).toContain('我们将在 5 个工作日内回访、整改并答复您')

    // No grade: stopped here, with the message tied to the choices, and the focus on them.
    await panel.get('[data-testid="rating-form"]').trigger('submit')
    await settle()
    expect(panel.get('[data-testid="grade-error"]').text()).toBe('请选择总体评价')
    const firstRadio = panel.get('input[name="rating-grade"]')
    expect(firstRadio.attributes('aria-invalid')).toBe('true')
    expect(firstRadio.attributes('aria-describedby')).toBe('rating-grade-error')
    expect(document.activeElement).toBe(firstRadio.element)
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === EVALUATION_PATH)).toBe(false)

    await panel.get('[data-grade="2"] input').setValue(true)
    expect(panel.find('[data-testid="grade-error"]').exists()).toBe(false)
    await panel.get('#rating-dim-efficiency').setValue('2')
    await panel.get('#rating-comment').setValue('  窗口排队时间太长  ')
    await panel.get('[data-testid="rating-form"]').trigger('submit')
    await settle()

    const posts = calls.filter((c) => c.method === 'POST' && c.url.pathname === EVALUATION_PATH)
    expect(posts).toHaveLength(1)
    expect(posts[0]!.body).toEqual({ grade: 2, comment: '窗口排队时间太长', dimensions: { efficiency: 2 } })

    // Rated: the form is gone for good, the rating is shown as given.
    const after = w.get('[data-testid="evaluation-panel"]')
    expect(after.find('[data-testid="rating-form"]').exists()).toBe(false)
    expect(after.get('[data-testid="evaluation-grade"]').text()).toBe('2 分 · 不满意')
    expect(after.get('[data-testid="evaluation-summary"]').text()).toContain('窗口排队时间太长')
    expect(after.get('[data-testid="evaluation-summary"]').text()).toContain('办事效率2 分')
    expect(after.get('[data-testid="evaluation-live"]').text()).toContain('我们会在 2026年12月7日 前回访并答复您')
    expect(after.get('[data-testid="rectification-state"]').text()).toBe('待整改答复')
    expect(after.find('[data-testid="appeal-form"]').exists()).toBe(false)
    expect(document.activeElement?.id).toBe('evaluation-heading')
  })

  it('shows the server’s message on 409 (already rated elsewhere) and then the rating as it stands', async () => {
    const earlier = evaluation({ grade: 4, label: '满意', comment: '还不错', dimensions: {} })
    let rated = false
    enterpriseSession({
      [CASE_PATH]: completed,
      '/api/evaluation/scale': scale,
      [EVALUATION_PATH]: (_url: URL, call: Call) => {
        if (call.method === 'POST') {
          rated = true
          return { status: 409, body: problemBody(409, '每个办件只能评价一次。', '已经评价过'), contentType: 'application/problem+json' }
        }
        return { body: rated ? earlier : null }
      },
    })
    app = await mountApp(`/my/applications/${CASE_ID}`)
    const panel = app.wrapper.get('[data-testid="evaluation-panel"]')
    await panel.get('[data-grade="5"] input').setValue(true)
    await panel.get('[data-testid="rating-form"]').trigger('submit')
    await settle()
    const after = app.wrapper.get('[data-testid="evaluation-panel"]')
    expect(after.get('[data-testid="evaluation-notice"]').text()).toContain('每个办件只能评价一次。')
    expect(after.find('[data-testid="rating-form"]').exists()).toBe(false)
    expect(after.get('[data-testid="evaluation-grade"]').text()).toBe('4 分 · 满意')
  })

  it('lets the applicant appeal the answer to a bad rating, once', async () => {
    const responded = evaluation({
      grade: 1,
      label: '非常不满意',
      comment: '材料被退回三次',
      rectification: rectification({
        state: 'RESPONDED',
        grade: 1,
        outcome: 'EXPLAINED',
        response: '经核查，材料不符合受理标准，已电话说明。',
        respondedAt: '2026-12-01T02:00:00Z',
        onTime: true,
        callbackNote: '内部回访记录',
      }),
    })
    const { calls } = enterpriseSession({
      [CASE_PATH]: completed,
      '/api/evaluation/scale': scale,
      [EVALUATION_PATH]: responded,
      [`${EVALUATION_PATH}/appeal`]: (_url: URL, call: Call) => ({
        body: {
          ...responded,
          rectification: { ...responded.rectification, state: 'APPEALED', appeal: (call.body as { reason: string }).reason, appealedAt: '2026-12-02T02:00:00Z' },
        },
      }),
    })
    app = await mountApp(`/my/applications/${CASE_ID}`)
    const panel = app.wrapper.get('[data-testid="evaluation-panel"]')
    expect(panel.find('[data-testid="rating-form"]').exists()).toBe(false)
    expect(panel.get('[data-testid="rectification-state"]').text()).toBe('已答复')
    expect(panel.get('[data-testid="rectification"]').text()).toContain('已解释说明 · 按时答复')
    expect(panel.get('[data-testid="rectification"]').text()).toContain('经核查，材料不符合受理标准')
    // The bureau's internal call-back notes are not shown to the applicant.
    expect(panel.text()).not.toContain('内部回访记录')

    const form = panel.get('[data-testid="appeal-form"]')
    await form.trigger('submit')
    await settle()
    expect(form.get('#appeal-error').text()).toBe('请填写申诉理由')
    await form.get('#appeal-reason').setValue('说明与事实不符')
    await form.trigger('submit')
    await settle()
    expect(calls.find((c) => c.url.pathname.endsWith('/appeal'))!.body).toEqual({ reason: '说明与事实不符' })
    const after = app.wrapper.get('[data-testid="evaluation-panel"]')
    expect(after.find('[data-testid="appeal-form"]').exists()).toBe(false)
    expect(after.get('[data-testid="rectification-state"]').text()).toBe('已申诉，待复核')
    expect(after.get('[data-testid="evaluation-live"]').text()).toContain('申诉已提交')
  })

  it('shows the certificate issued for the case', async () => {
    enterpriseSession({
      [CASE_PATH]: completed,
      '/api/evaluation/scale': scale,
      '/api/me/certificates': [certificate({ number: 'CXAJ-BA-2026-000009', applicationId: 'another-case' }), certificate({ applicationId: CASE_ID })],
    })
    app = await mountApp(`/my/applications/${CASE_ID}`)
    const section = app.wrapper.get('[data-testid="case-certificate"]')
    expect(section.get('h2').text()).toBe('电子证照')
    expect(section.findAll('[data-testid="certificate-card"]').map((c) => c.attributes('data-number'))).toEqual(['CXAJ-ZS-2026-000001'])
    expect(section.find('[data-action="download-pdf"]').exists()).toBe(true)
  })

  it('offers no rating before the case has ended', async () => {
    const { calls } = enterpriseSession({ [CASE_PATH]: draft({ state: 'UNDER_REVIEW', version: 9 }) })
    app = await mountApp(`/my/applications/${CASE_ID}`)
    expect(app.wrapper.find('[data-testid="evaluation-panel"]').exists()).toBe(false)
    expect(app.wrapper.find('[data-testid="case-certificate"]').exists()).toBe(false)
    expect(calls.some((c) => c.url.pathname.includes('evaluation') || c.url.pathname === '/api/me/certificates')).toBe(false)
  })
})
