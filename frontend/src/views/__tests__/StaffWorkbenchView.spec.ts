import { afterEach, describe, expect, it } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { stubApi } from '@/testing/http'
import { page } from '@/testing/fixtures'
import { staffAccount, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import type { AccountView, Role } from '@/api'
import { queuePage, summary } from '@/components/workbench/__tests__/fixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

/** A staff session restored after a reload, with these roles. */
function staffSession(roles: Role[], more: Record<string, object> = {}) {
  sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
  const account: AccountView = { ...staffAccount, roles, sessionRoles: roles }
  return stubApi({
    '/api/auth/refresh': () => ({ body: tokenPair({ upn: 'STAFF', groups: roles, kind: 'STAFF' }) }),
    '/api/me': account,
    '/api/items': page(),
    ...more,
  })
}

const rows = [
  summary({ acceptanceOverdue: true }),
  summary({
    id: '1b0c1d4e-0000-4000-8000-000000000002',
    number: 'AJ-20261128-0009',
    state: 'UNDER_REVIEW',
    dueDate: '2026-12-01',
    remainingWorkingDays: 2,
    urgency: 'YELLOW',
    paused: true,
    channel: 'ONLINE',
  }),
]

describe('StaffWorkbenchView (the queue)', () => {
  it('opens a window officer on “to accept”, with the own queues first and their counts', async () => {
    const { calls } = staffSession(['WINDOW'], { '/api/workbench/applications': queuePage(rows) })
    app = await mountApp('/staff')
    const w = app.wrapper
    expect(w.findAll('h1').map((h) => h.text())).toEqual(['工作台'])
    const tabs = w.findAll('[role="tab"]')
    expect(tabs.map((tab) => tab.attributes('data-tab'))).toEqual([
      'SUBMITTED',
      'CORRECTION_REQUIRED',
      'APPROVED',
      'OVERDUE',
      'UNDER_REVIEW',
      'PENDING_DECISION',
      'ALL',
    ])
    expect(tabs[0]!.attributes('aria-selected')).toBe('true')
    expect(tabs[0]!.text()).toBe('待受理1')
    expect(tabs[0]!.attributes('aria-label')).toBe('待受理（1 件）')
    expect(tabs[2]!.get('[data-count]').attributes('data-count')).toBe('3')
    expect(tabs[6]!.get('[data-count]').attributes('data-count')).toBe('6')

    const queue = calls.find((c) => c.url.pathname === '/api/workbench/applications')!
    expect(Object.fromEntries(queue.url.searchParams)).toEqual({ state: 'SUBMITTED', page: '0', size: '20' })

    const table = w.get('[data-testid="queue-table"]')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual(['办件编号', '办理事项', '申请人', '渠道', '提交时间', '办理时限'])
    const first = table.get('tbody tr')
    expect(first.get('a').attributes('href')).toBe('/staff/cases/8e1bc009-c386-49d1-ad90-fbc8223b9292')
    expect(first.text()).toContain('2026年11月28日 07:19')
    expect(first.text()).toContain('窗口申请')
    expect(first.get('[data-urgency="acceptanceOverdue"]').text()).toBe('超过5个工作日未受理')
    const second = table.findAll('tbody tr')[1]!
    expect(second.text()).toContain('2026年12月1日 到期')
    expect(second.get('[data-urgency="YELLOW"]').text()).toBe('即将到期 · 剩 2 个工作日')
    expect(second.get('[data-urgency="paused"]').text()).toBe('暂停计时')
    expect(w.get('[data-testid="walk-in-link"]').attributes('href')).toBe('/staff/walk-in')
    expect(w.get('[data-testid="staff-stats-link"]').attributes('href')).toBe('/staff/stats')
    expect(w.get('[data-testid="staff-stats-link"]').text()).toBe('网点与人员统计')
  })

  it('keeps tab, filters, search and page in the URL, so a reload shows the same view', async () => {
    const { calls } = staffSession(['REVIEWER'], { '/api/workbench/applications': { ...queuePage(rows), total: 45 } })
    app = await mountApp('/staff')
    const w = app.wrapper
    expect(w.get('[role="tab"][aria-selected="true"]').attributes('data-tab')).toBe('UNDER_REVIEW')
    expect(w.find('[data-testid="walk-in-link"]').exists()).toBe(false)

    await w.get('[data-tab="OVERDUE"]').trigger('click')
    await settle()
    expect(app.router.currentRoute.value.fullPath).toBe('/staff?tab=OVERDUE')
    expect(w.get<HTMLSelectElement>('#queue-due').element.disabled).toBe(true)

    await w.get('#queue-item').setValue('010019600100')
    await settle()
    await w.get('input#queue-q').setValue('示范化工')
    await w.get('form[role="search"]').trigger('submit')
    await settle()
    expect(app.router.currentRoute.value.query).toEqual({ tab: 'OVERDUE', item: '010019600100', q: '示范化工' })

    const last = calls.filter((c) => c.url.pathname === '/api/workbench/applications').at(-1)!
    expect(Object.fromEntries(last.url.searchParams)).toEqual({
      due: 'OVERDUE',
      item: '010019600100',
      q: '示范化工',
      page: '0',
      size: '20',
    })
    // Overdue and all show the state of each case.
    expect(w.get('[data-testid="queue-table"]').findAll('thead th').at(-1)!.text()).toBe('状态')
  })

  it('reads a shared link: tab, due filter and page', async () => {
    const { calls } = staffSession(['WINDOW', 'APPROVER'], { '/api/workbench/applications': { ...queuePage(rows), total: 45, page: 1 } })
    app = await mountApp('/staff?tab=PENDING_DECISION&due=SOON&page=2')
    const query = calls.find((c) => c.url.pathname === '/api/workbench/applications')!
    expect(Object.fromEntries(query.url.searchParams)).toEqual({ state: 'PENDING_DECISION', due: 'SOON', page: '1', size: '20' })
    expect(app.wrapper.get<HTMLSelectElement>('#queue-due').element.value).toBe('SOON')
    expect(app.wrapper.get('[data-testid="queue-total"]').text()).toBe('共 45 件')
  })

  it('says when nothing matches the filters, and clears them', async () => {
    staffSession(['WINDOW'], { '/api/workbench/applications': queuePage([]) })
    app = await mountApp('/staff?q=nobody')
    expect(app.wrapper.get('[data-testid="queue-no-results"]').text()).toBe('没有符合条件的办件，请调整筛选条件。')
    await app.wrapper.get('[data-action="reset"]').trigger('click')
    await settle()
    expect(app.router.currentRoute.value.fullPath).toBe('/staff')
    expect(app.wrapper.get('[data-testid="workbench-empty"]').text()).toBe('待办事项将在这里显示')
  })

  it('shows staff without a case role (an inspector) no queue, and asks the API nothing', async () => {
    const { calls } = staffSession(['INSPECTOR'])
    app = await mountApp('/staff')
    expect(app.wrapper.get('[data-testid="workbench-empty"]').text()).toBe('待办事项将在这里显示')
    expect(app.wrapper.get('[data-testid="workbench-no-roles"]').text()).toContain('没有办件角色')
    expect(app.wrapper.find('[data-testid="staff-stats-link"]').exists()).toBe(false)
    expect(calls.some((c) => c.url.pathname.startsWith('/api/workbench'))).toBe(false)
  })

  it('speaks English', async () => {
    staffSession(['WINDOW'], { '/api/workbench/applications': queuePage(rows) })
    app = await mountApp('/staff', { locale: 'en' })
    const tabs = app.wrapper.findAll('[role="tab"]').map((t) => t.attributes('aria-label'))
    expect(tabs[0]).toBe('To accept (1 case)')
    expect(app.wrapper.get('[data-urgency="YELLOW"]').text()).toBe('Due soon · 2 working days left')
    expect(app.wrapper.get('[data-testid="queue-total"]').text()).toBe('2 cases')
  })
})
