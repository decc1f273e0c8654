import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problemBody, stubApi, type Call } from '@/testing/http'
import { staffAccount, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import type { AccountView, Role } from '@/api'
import type { Rectification, RectificationPage } from '@/api/results'
import { rectification, scale } from '@/components/results/__tests__/resultsFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const LIST = '/api/workbench/rectifications'

function staffSession(roles: Role[], more: Record<string, object> = {}) {
  sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
  const account: AccountView = { ...staffAccount, roles, sessionRoles: roles }
  return stubApi({
    '/api/auth/refresh': () => ({ body: tokenPair({ upn: 'STAFF', groups: roles, kind: 'STAFF' }) }),
    '/api/me': account,
    '/api/evaluation/scale': scale,
    ...more,
  })
}

const open = rectification({ id: 'task-open', overdue: true, dueDate: '2026-11-20', version: 3 })
const appealed = rectification({
  id: 'task-appealed',
  applicationId: '9d1f3b2a-0000-4000-8000-000000000002',
  applicationNumber: 'AJ-20261120-0001',
  state: 'APPEALED',
  grade: 1,
  comment: '',
  outcome: 'EXPLAINED',
  response: '已电话说明',
  respondedAt: '2026-11-25T02:00:00Z',
  onTime: true,
  appeal: '说明与事实不符',
  appealedAt: '2026-11-26T02:00:00Z',
  version: 5,
})
const closed = rectification({ id: 'task-closed', applicationNumber: 'AJ-20261101-0004', state: 'CLOSED', outcome: 'RECTIFIED', response: '已整改', version: 8 })

function page(items: Rectification[], overdue = 1): RectificationPage {
  return { items, total: items.length, overdue, page: 0, size: 20 }
}

describe('RectificationsView', () => {
  it('lists the tasks with their state and the overdue count, and filters them through the URL', async () => {
    const { calls } = staffSession(['REVIEWER'], { [LIST]: page([open, appealed, closed]) })
    app = await mountApp('/staff/rectifications')
    const w = app.wrapper
    expect(w.findAll('h1').map((h) => h.text())).toEqual(['差评整改'])
    expect(w.text()).toContain('须在 5 个工作日内回访申请人')
    expect(w.get('[data-testid="rectifications-total"]').text()).toContain('共 3 件')
    expect(w.get('[data-testid="overdue-count"]').text()).toBe('逾期未答复 1 件')

    const tasks = w.findAll('[data-task]')
    expect(tasks.map((t) => t.attributes('data-state'))).toEqual(['OPEN', 'APPEALED', 'CLOSED'])
    expect(tasks[0]!.get('h3').text()).toBe('办件 AJ-20261128-0003')
    expect(tasks[0]!.get('h3 a').attributes('href')).toBe('/staff/cases/0326ea22-7017-430f-8eb4-ef3952872bf6')
    expect(tasks[0]!.get('[data-testid="rectification-overdue"]').text()).toBe('已逾期')
    expect(tasks[0]!.text()).toContain('2 分 · 不满意')
    expect(tasks[0]!.text()).toContain('窗口排队时间太长')
    expect(tasks[0]!.get('[data-action="respond"]').text()).toBe('答复申请人')
    expect(tasks[1]!.get('[data-action="respond"]').text()).toBe('复核后再次答复')
    expect(tasks[1]!.text()).toContain('（未填写评价内容）')
    expect(tasks[1]!.text()).toContain('说明与事实不符')
    expect(tasks[2]!.find('[data-action="respond"]').exists()).toBe(false)
    expect(tasks[2]!.find('[data-action="callback"]').exists()).toBe(false)

    await w.get('#rect-state').setValue('OPEN')
    await settle()
    expect(app.router.currentRoute.value.fullPath).toBe('/staff/rectifications?state=OPEN')
    await w.get('[data-filter="overdue"]').setValue(true)
    await settle()
    expect(app.router.currentRoute.value.fullPath).toBe('/staff/rectifications?state=OPEN&overdue=true')
    const last = calls.filter((c) => c.url.pathname === LIST).at(-1)!
    expect(Object.fromEntries(last.url.searchParams)).toEqual({ state: 'OPEN', overdue: 'true', page: '0', size: '20' })
  })

  it('records the call-back', async () => {
    const { calls } = staffSession(['WINDOW'], {
      [LIST]: page([open]),
      [`${LIST}/task-open/callback`]: (_url: URL, call: Call) => ({
        body: { ...open, callbackNote: (call.body as { note: string }).note, callbackAt: '2026-11-28T08:00:00Z', version: 4 },
      }),
    })
    app = await mountApp('/staff/rectifications')
    const w = app.wrapper
    const button = w.get('[data-action="callback"]')
    await button.trigger('click')
    await settle()
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(document.activeElement?.id).toBe('callback-note-task-open')
    await w.get('[data-testid="callback-form"]').trigger('submit')
    await settle()
    expect(w.get('#callback-error-task-open').text()).toBe('请填写回访情况')

    await w.get('#callback-note-task-open').setValue('11月28日电话回访，申请人反映排队时间长')
    await w.get('[data-testid="callback-form"]').trigger('submit')
    await settle()
    expect(calls.find((c) => c.url.pathname.endsWith('/callback'))!.body).toEqual({ note: '11月28日电话回访，申请人反映排队时间长' })
    expect(w.find('[data-testid="callback-form"]').exists()).toBe(false)
    expect(w.get('[data-testid="rectifications-live"]').text()).toContain('办件 AJ-20261128-0003 的回访记录已保存。')
    expect(w.get('[data-task="task-open"]').text()).toContain('11月28日电话回访')
  })

  it('answers with the outcome, the text and the version read; a stale version reloads the task', async () => {
    let current = open
    let stale = true
    const { calls } = staffSession(['APPROVER'], {
      [LIST]: () => ({ body: page([current]) }),
      [`${LIST}/task-open/response`]: (_url: URL, call: Call) => {
        const body = call.body as { outcome: 'RECTIFIED'; response: string; version: number }
        if (stale) {
          // Someone recorded a call-back meanwhile: the version moved on.
          stale = false
          current = { ...open, version: 4, callbackNote: '同事已回访' }
          return { status: 409, body: problemBody(409, '您看到的不是最新内容（当前版本 4）'), contentType: 'application/problem+json' }
        }
        current = { ...current, state: 'RESPONDED', outcome: body.outcome, response: body.response, onTime: false, overdue: false, version: 5 }
        return { body: current }
      },
    })
    app = await mountApp('/staff/rectifications')
    const w = app.wrapper
    await w.get('[data-action="respond"]').trigger('click')
    await settle()
    const form = () => w.get('[data-testid="response-form"]')
    await form().trigger('submit')
    await settle()
    expect(form().text()).toContain('请选择处理结果')
    expect(form().text()).toContain('请填写答复内容')

    await w.get('#outcome-task-open-RECTIFIED').setValue(true)
    await w.get('#response-task-open').setValue('已增设叫号窗口，高峰期增派人员')
    await form().trigger('submit')
    await settle()
    const first = calls.filter((c) => c.url.pathname.endsWith('/response'))[0]!
    expect(first.body).toEqual({ outcome: 'RECTIFIED', response: '已增设叫号窗口，高峰期增派人员', version: 3 })
    // 409: the list is read again, the form keeps what was typed and says why.
    expect(w.get('[data-testid="response-error"]').text()).toContain('该任务已被他人更新')
    expect(w.get('[data-task="task-open"]').text()).toContain('同事已回访')
    expect((w.get('#response-task-open').element as HTMLTextAreaElement).value).toBe('已增设叫号窗口，高峰期增派人员')

    await form().trigger('submit')
    await settle()
    const second = calls.filter((c) => c.url.pathname.endsWith('/response'))[1]!
    expect(second.body).toEqual({ outcome: 'RECTIFIED', response: '已增设叫号窗口，高峰期增派人员', version: 4 })
    expect(w.find('[data-testid="response-form"]').exists()).toBe(false)
    expect(w.get('[data-task="task-open"]').attributes('data-state')).toBe('RESPONDED')
    expect(w.get('[data-task="task-open"]').text()).toContain('已整改 · 逾期答复')
    expect(w.get('[data-testid="rectifications-live"]').text()).toContain('办件 AJ-20261128-0003 的答复已提交。')
  })

  it('is linked from the workbench, and closed to inspectors', async () => {
    staffSession(['WINDOW'], { '/api/workbench/applications': { items: [], total: 0, page: 0, size: 20, counts: {} }, '/api/items': { items: [], total: 0 } })
    app = await mountApp('/staff')
    expect(app.wrapper.get('[data-testid="rectifications-link"]').attributes('href')).toBe('/staff/rectifications')
    app.unmount()

    staffSession(['INSPECTOR'])
    app = await mountApp('/staff/rectifications')
    expect(app.router.currentRoute.value.name).toBe('forbidden')
  })
})
