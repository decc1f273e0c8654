/* Results test data in the shape the backend serves. */
import type { CertificateSummary, CertificateVerification, EvaluationScale, EvaluationView, Rectification, ServiceStats } from '@/api/results'

export const APPLICATION_ID = '0326ea22-7017-430f-8eb4-ef3952872bf6'

export const scale: EvaluationScale = {
  grades: [
    { grade: 5, label: '非常满意', bad: false },
    { grade: 4, label: '满意', bad: false },
    { grade: 3, label: '基本满意', bad: false },
    { grade: 2, label: '不满意', bad: true },
    { grade: 1, label: '非常不满意', bad: true },
  ],
  rectificationDays: 5,
}

export function certificate(extra: Partial<CertificateSummary> = {}): CertificateSummary {
  const number = extra.number ?? 'CXAJ-ZS-2026-000001'
  return {
    number,
    type: 'CERTIFICATE',
    title: '危险化学品经营许可证',
    itemCode: '010019600100',
    itemName: '危险化学品经营许可证核发（不带储存设施）',
    holderName: '慈溪市示范化工贸易有限公司',
    holderIdentifier: '91330282MA2CX1A7U1',
    scope: '甲苯、丙酮',
    issuer: '慈溪市安全生产监督管理局',
    issuedAt: '2026-11-28',
    validFrom: '2026-11-28',
    validTo: '2029-11-27',
    status: 'VALID',
    revokedReason: undefined,
    applicationId: APPLICATION_ID,
    verificationUrl: `https://onevisit.example.org/verify/${number}?s=3f9a1c2b7d4e5f60`,
    daysLeft: 1095,
    renewalItemCode: '010019600200',
    fields: [
      { key: 'mode', label: '经营方式', value: '批发（不带储存设施）' },
      { key: 'scope', label: '许可范围', value: '甲苯、丙酮' },
    ],
    renewable: false,
    renewableFrom: '2029-08-29',
    ...extra,
  }
}

export function verification(extra: Partial<CertificateVerification> = {}): CertificateVerification {
  return {
    number: 'CXAJ-ZS-2026-000001',
    type: 'CERTIFICATE',
    title: '危险化学品经营许可证',
    itemName: '危险化学品经营许可证核发（不带储存设施）',
    holderName: '慈溪市示范化工贸易有限公司',
    status: 'VALID',
    issuedAt: '2026-11-28',
    validFrom: '2026-11-28',
    validTo: '2029-11-27',
    signatureValid: true,
    documentMatches: true,
    issuer: '慈溪市安全生产监督管理局',
    scope: '甲苯、丙酮',
    ...extra,
  }
}

export function rectification(extra: Partial<Rectification> = {}): Rectification {
  return {
    id: '5b0f7c3e-8a11-4d57-9a0c-1f2e3d4c5b6a',
    applicationId: APPLICATION_ID,
    applicationNumber: 'AJ-20261128-0003',
    state: 'OPEN',
    dueDate: '2026-12-07',
    overdue: false,
    grade: 2,
    comment: '窗口排队时间太长',
    version: 0,
    ...extra,
  }
}

export function evaluation(extra: Partial<EvaluationView> = {}): EvaluationView {
  return {
    grade: 5,
    label: '非常满意',
    comment: '办理很快',
    dimensions: { efficiency: 5, attitude: 4 },
    channel: 'ONLINE',
    createdAt: '2026-11-28T06:00:00Z',
    rectification: undefined,
    ...extra,
  }
}

export const serviceStats: ServiceStats = {
  from: '2026-01-01',
  to: '2026-11-28',
  submitted: 40,
  byState: { COMPLETED: 30, UNDER_REVIEW: 6, DENIED: 2, NOT_ACCEPTED: 2 },
  byChannel: { ONLINE: 28, WINDOW: 10, POST: 2 },
  byItem: [
    {
      itemCode: '010019600100',
      itemName: '危险化学品经营许可证核发（不带储存设施）—新申请',
      submitted: 25,
      decided: 20,
      onTime: 18,
      overdue: 2,
      averageWorkingDays: 4.26,
      promisedDays: 7,
    },
    {
      itemCode: '100010100000',
      itemName: '生产安全事故应急预案备案',
      submitted: 15,
      decided: 14,
      onTime: 14,
      overdue: 0,
      averageWorkingDays: 0.5,
      promisedDays: 1,
    },
  ],
  timeliness: { decided: 34, onTime: 32, overdue: 2, onTimeRate: 0.9411764705882353 },
  zeroVisitCompletions: { count: 12, of: 30, rate: 0.4 },
  visitsWaived: 3,
  visitBreaches: 1,
  corrections: { requests: 9, secondRequests: 2 },
  satisfaction: {
    ratings: 20,
    byGrade: { '5': 12, '4': 4, '3': 2, '2': 1, '1': 1 },
    satisfied: { count: 18, of: 20, rate: 0.9 },
    badReviews: 2,
    rectifiedOnTime: { count: 1, of: 2, rate: 0.5 },
  },
  byMonth: [
    { month: '2026-09', submitted: 10, completed: 8 },
    { month: '2026-10', submitted: 18, completed: 15 },
    { month: '2026-11', submitted: 12, completed: 7 },
  ],
}

/** What the API answers for a period without any case (every rate 0 of 0). */
export const emptyStats: ServiceStats = {
  from: '2026-01-01',
  to: '2026-11-28',
  submitted: 0,
  byState: {},
  byChannel: {},
  byItem: [],
  timeliness: { decided: 0, onTime: 0, overdue: 0, onTimeRate: 0 },
  zeroVisitCompletions: { count: 0, of: 0, rate: 0 },
  visitsWaived: 0,
  visitBreaches: 0,
  corrections: { requests: 0, secondRequests: 0 },
  satisfaction: {
    ratings: 0,
    byGrade: { '5': 0, '4': 0, '3': 0, '2': 0, '1': 0 },
    satisfied: { count: 0, of: 0, rate: 0 },
    badReviews: 0,
    rectifiedOnTime: { count: 0, of: 0, rate: 0 },
  },
  byMonth: [{ month: '2026-01', submitted: 0, completed: 0 }],
}
