/* Workbench test data in the shape the backend serves (taken from a demo walk-in case). */
import type { ApplicationPage, ApplicationSummary, ApplicationView, Guide } from '@/api'
import { guide as baseGuide } from '@/testing/fixtures'

export const CASE_ID = '8e1bc009-c386-49d1-ad90-fbc8223b9292'

/** The guide of 010019600100 with its form, as /api/items/{code} serves it. */
export const guide: Guide = {
  ...baseGuide,
  form: {
    fields: [
      { key: 'unitName', label: '单位名称', type: 'text', required: true, max: 100, help: '与营业执照登记的名称一致' },
      { key: 'creditCode', label: '统一社会信用代码', type: 'creditCode', required: true, help: '18位，与营业执照一致' },
      { key: 'contactMobile', label: '联系人手机号码', type: 'mobile', required: true },
      { key: 'businessArea', label: '经营场所建筑面积（平方米）', type: 'number', required: true, min: 1, max: 100000 },
      { key: 'businessMode', label: '经营方式', type: 'select', required: true, options: ['批发', '零售', '批发和零售'] },
      {
        key: 'declaration',
        label: '本人（单位）承诺所填信息和所交材料真实有效',
        type: 'checkbox',
        required: true,
        help: '勾选后方可提交',
      },
    ],
  },
}

const materials = ['APPLICATION_FORM', 'SAFETY_RULES_LIST', 'PERSONNEL_CERTIFICATES', 'PREMISES_PROOF', 'BUSINESS_LICENSE'].map(
  (code, i) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    materialCode: code,
    materialName: baseGuide.materials!.find((m) => m.code === code)!.name,
    fileName: `${code.toLowerCase()}.pdf`,
    contentType: 'application/pdf',
    size: 193,
    sha256: 'd396b633c5830c51b691197d0506ca8377fc5e91a8dd9a212e7d09936a8dbfe0',
    uploadedAt: '2026-11-27T23:19:56.051046Z',
  }),
)

/** A walk-in case waiting for acceptance (SUBMITTED), seen by a window officer. */
export function submittedCase(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: CASE_ID,
    number: 'AJ-20261128-0006',
    state: 'SUBMITTED',
    version: 7,
    itemCode: '010019600100',
    itemVersion: 1,
    itemName: '危险化学品经营许可证核发（不带储存设施）—新申请',
    itemKind: 'PROMISED',
    zeroVisit: false,
    cityWide: true,
    channel: 'WINDOW',
    locationCode: 'CX-CENTRE',
    applicant: { id: '7fb3912a-5ce9-3407-b31a-4d3a9534a59c', name: '慈溪市示范化工贸易有限公司', identifier: '91330282MA2CX1A7U1' },
    formData: {
      unitName: '慈溪市示范化工贸易有限公司',
      creditCode: '91330282MA2CX1A7U1',
      contactMobile: '13805740001',
      businessArea: 120,
      businessMode: '零售',
      declaration: true,
    },
    materials,
    createdAt: '2026-11-27T23:19:55.916474Z',
    submittedAt: '2026-11-27T23:19:56.289851Z',
    deadline: {
      promisedDays: 7,
      statutoryDays: 30,
      paused: false,
      acceptanceOverdue: false,
      acceptedLate: false,
    },
    visits: 1,
    visitBreaches: 0,
    visitLog: [{ at: '2026-11-27T23:19:55.916805Z', locationCode: 'CX-CENTRE', purpose: 'WALK_IN', breach: false }],
    corrections: 0,
    timeline: [
      {
        at: '2026-11-27T23:19:55.921092Z',
        action: 'VISIT',
        fromState: 'DRAFT',
        toState: 'DRAFT',
        actorName: '窗口受理员',
        actorRole: 'WINDOW',
        detail: { visit: 1, breach: false, purpose: 'WALK_IN' },
      },
      {
        at: '2026-11-27T23:19:56.289976Z',
        action: 'SUBMIT',
        fromState: 'DRAFT',
        toState: 'SUBMITTED',
        actorName: '窗口受理员',
        actorRole: 'APPLICANT',
      },
    ],
    availableActions: ['ACCEPT', 'NOT_ACCEPT', 'REQUEST_CORRECTION'],
    notices: [],
    ...overrides,
  }
}

/** The same walk-in case while it is still a draft at the window (its form may be corrected). */
export function draftCase(overrides: Partial<ApplicationView> = {}): ApplicationView {
  const base = submittedCase()
  return submittedCase({
    state: 'DRAFT',
    version: 3,
    submittedAt: undefined,
    timeline: [
      {
        at: '2026-11-27T23:19:55.916474Z',
        action: 'WALK_IN',
        toState: 'DRAFT',
        actorName: '窗口受理员',
        actorRole: 'WINDOW',
        detail: { channel: 'WINDOW' },
      },
      base.timeline![0]!,
    ],
    availableActions: ['SUBMIT', 'WITHDRAW'],
    ...overrides,
  })
}

/** The same case awaiting the approver's decision. */
export function pendingDecisionCase(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return submittedCase({
    state: 'PENDING_DECISION',
    version: 10,
    acceptedAt: '2026-11-27T23:20:10.920993Z',
    deadline: {
      promisedDays: 7,
      statutoryDays: 30,
      clockStart: '2026-11-28',
      dueDate: '2026-12-08',
      statutoryDueDate: '2027-01-11',
      remainingWorkingDays: 7,
      urgency: 'GREEN',
      paused: false,
      acceptanceOverdue: false,
      acceptedLate: false,
    },
    dueDate: '2026-12-08',
    remainingWorkingDays: 7,
    availableActions: ['APPROVE', 'DENY'],
    notices: ['ACCEPTANCE'],
    ...overrides,
  })
}

export function summary(overrides: Partial<ApplicationSummary> = {}): ApplicationSummary {
  return {
    id: CASE_ID,
    number: 'AJ-20261128-0006',
    state: 'SUBMITTED',
    version: 7,
    itemCode: '010019600100',
    itemName: '危险化学品经营许可证核发（不带储存设施）—新申请',
    applicantName: '慈溪市示范化工贸易有限公司',
    channel: 'WINDOW',
    createdAt: '2026-11-27T23:19:55.916474Z',
    submittedAt: '2026-11-27T23:19:56.289851Z',
    paused: false,
    acceptanceOverdue: false,
    corrections: 0,
    visits: 1,
    ...overrides,
  }
}

export function queuePage(items: ApplicationSummary[] = [summary()], counts: Record<string, number> = {}): ApplicationPage {
  return {
    items,
    total: items.length,
    page: 0,
    size: 20,
    counts: { SUBMITTED: 1, CORRECTION_REQUIRED: 0, UNDER_REVIEW: 2, PENDING_DECISION: 0, APPROVED: 3, OVERDUE: 1, ...counts },
  }
}

export const locations = [
  { code: 'CX-CENTRE', name: '慈溪市行政服务中心 安监窗口', kind: 'CITY_CENTRE', bureauWindow: true },
  { code: 'HUSHAN', name: '浒山街道便民服务中心', kind: 'TOWN_CENTRE', bureauWindow: false },
]
