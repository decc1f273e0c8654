/* Staff dashboard test data in the shape the backend serves (GET /api/workbench/stats). */
import type { GroupFigures, StaffStats } from '@/api/results'

function share(count: number, of: number) {
  return { count, of, rate: of === 0 ? 0 : Math.round((count * 10_000) / of) / 10_000 }
}

/** The figures of a group; every count 0 and no average unless given. */
export function figures(f: {
  submitted?: number
  byState?: Record<string, number>
  byChannel?: Record<string, number>
  decided?: number
  onTime?: number
  averageWorkingDays?: number
  averagePromisedDays?: number
  completed?: number
  zeroVisit?: number
  visitsWaived?: number
  visitBreaches?: number
  corrections?: number
  secondCorrections?: number
  ratings?: number
  satisfied?: number
  bad?: number
  rectified?: number
} = {}): GroupFigures {
  const decided = f.decided ?? 0
  const onTime = f.onTime ?? 0
  return {
    submitted: f.submitted ?? 0,
    byState: f.byState ?? {},
    byChannel: f.byChannel ?? {},
    timeliness: { decided, onTime, overdue: decided - onTime, onTimeRate: share(onTime, decided).rate },
    averageWorkingDays: f.averageWorkingDays,
    averagePromisedDays: f.averagePromisedDays,
    zeroVisitCompletions: share(f.zeroVisit ?? 0, f.completed ?? 0),
    visitsWaived: f.visitsWaived ?? 0,
    visitBreaches: f.visitBreaches ?? 0,
    corrections: { requests: f.corrections ?? 0, secondRequests: f.secondCorrections ?? 0 },
    satisfaction: {
      ratings: f.ratings ?? 0,
      byGrade: { '5': 0, '4': 0, '3': 0, '2': 0, '1': 0 },
      satisfied: share(f.satisfied ?? 0, f.ratings ?? 0),
      badReviews: f.bad ?? 0,
      rectifiedOnTime: share(f.rectified ?? 0, f.bad ?? 0),
    },
  }
}

export const WINDOW_ID = '4c035538-d5b8-356d-8833-010db6f00b21'
export const WINDOW2_ID = '8f7a2b1c-0000-3000-8000-000000000002'
export const REVIEWER_ID = '8f7a2b1c-0000-3000-8000-000000000003'
export const APPROVER_ID = '8f7a2b1c-0000-3000-8000-000000000004'

const centre = figures({
  submitted: 30,
  byState: { COMPLETED: 20, UNDER_REVIEW: 8, DENIED: 2 },
  byChannel: { ONLINE: 22, WINDOW: 8 },
  decided: 24,
  onTime: 22,
  averageWorkingDays: 3.4,
  averagePromisedDays: 5.2,
  completed: 20,
  zeroVisit: 10,
  visitsWaived: 2,
  visitBreaches: 1,
  corrections: 6,
  secondCorrections: 1,
  ratings: 15,
  satisfied: 14,
  bad: 1,
  rectified: 1,
})
const town = figures({
  submitted: 8,
  byState: { COMPLETED: 4, DENIED: 2, NOT_ACCEPTED: 2 },
  byChannel: { ONLINE: 8 },
  decided: 6,
  onTime: 6,
  averageWorkingDays: 2.5,
  averagePromisedDays: 3,
  completed: 4,
  zeroVisit: 2,
  corrections: 1,
  ratings: 4,
  satisfied: 3,
  bad: 1,
})

export const staffStats: StaffStats = {
  from: '2026-01-01',
  to: '2026-11-28',
  offices: [
    { code: 'CX-CENTRE', name: '慈溪市行政服务中心 安监窗口', figures: centre },
    { code: 'GUANHAIWEI', name: '观海卫镇便民服务中心', figures: figures() },
    { code: 'HUSHAN', name: '浒山街道便民服务中心', figures: figures() },
    { code: 'LONGSHAN', name: '龙山镇便民服务中心', figures: figures() },
    { code: 'ZHOUXIANG', name: '周巷镇便民服务中心', figures: town },
    { figures: figures({ submitted: 2, byState: { SUBMITTED: 2 }, byChannel: { ONLINE: 2 } }) },
  ],
  officers: [
    {
      id: WINDOW_ID,
      name: '窗口受理员',
      officeCode: 'CX-CENTRE',
      officeName: '慈溪市行政服务中心 安监窗口',
      figures: centre,
      actions: { ACCEPT: 24, REQUEST_CORRECTION: 6, VISIT: 12, WALK_IN: 5, EVALUATE: 2 },
    },
    {
      id: WINDOW2_ID,
      name: '周巷镇窗口受理员',
      officeCode: 'ZHOUXIANG',
      officeName: '周巷镇便民服务中心',
      figures: figures({ submitted: 6, decided: 6, onTime: 6, averageWorkingDays: 2.5, averagePromisedDays: 3 }),
      actions: { ACCEPT: 6, NOT_ACCEPT: 2 },
    },
    { id: REVIEWER_ID, name: '审查员', figures: figures(), actions: { RECOMMEND: 28 } },
    { id: APPROVER_ID, name: '审批负责人', figures: figures(), actions: { APPROVE: 26, DENY: 4 } },
  ],
}

/** A period without any case or step: every office with zeros, no officer. */
export const quietStats: StaffStats = {
  from: '2026-01-01',
  to: '2026-11-28',
  offices: (staffStats.offices ?? []).slice(0, 5).map((o) => ({ ...o, figures: figures() })),
  officers: [],
}
