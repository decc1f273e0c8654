import type { ApplicationView, Guide, Notification } from '@/api'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import { enterpriseAccount, enterpriseClaims, tokenPair } from '@/testing/auth'
import { stubApi } from '@/testing/http'

/** The zero-visit filing item of the demo data (form and materials as the backend serves them). */
export const filingGuide: Guide = {
  code: '100010100000',
  name: '生产安全事故应急预案备案',
  type: 'OTHER',
  status: 'ACTIVE',
  version: 1,
  kind: 'PROMISED',
  promisedDays: 1,
  statutoryDays: 5,
  serviceObjects: ['LEGAL_PERSON'],
  zeroVisit: true,
  online: true,
  maxOneVisit: true,
  result: { type: 'FILING_RECEIPT', name: '生产安全事故应急预案备案登记表', delivery: ['ELECTRONIC', 'POST'] },
  form: {
    fields: [
      { key: 'unitName', label: '单位名称', type: 'text', required: true, max: 100, help: '与营业执照登记的名称一致' },
      { key: 'creditCode', label: '统一社会信用代码', type: 'creditCode', required: true, help: '18位，与营业执照一致' },
      { key: 'contactMobile', label: '联系人手机号码', type: 'mobile', required: true },
      { key: 'filingType', label: '备案类型', type: 'select', required: true, options: ['首次备案', '修订后重新备案'] },
      { key: 'publishDate', label: '预案发布日期', type: 'date', required: true },
      { key: 'employees', label: '从业人员数', type: 'number', min: 1, max: 100000 },
      {
        key: 'declaration',
        label: '本人（单位）承诺所填信息和所交材料真实有效',
        type: 'checkbox',
        required: true,
        help: '勾选后方可提交',
      },
    ],
  },
  materials: [
    {
      code: 'FILING_FORM',
      name: '生产安全事故应急预案备案申报表',
      necessity: 'REQUIRED',
      required: true,
      fillingNotes: '在线填报后下载打印签章，上传彩色扫描件',
      acceptanceStandard: '主要负责人签字并加盖公章',
    },
    { code: 'REVIEW_OPINION', name: '应急预案评审意见（或论证意见）', necessity: 'REQUIRED', required: true },
    { code: 'PLAN_ELECTRONIC_FILE', name: '应急预案电子文档', necessity: 'REQUIRED', required: true },
    { code: 'OTHER_PROOF', name: '其他证明材料', necessity: 'OPTIONAL', required: false },
  ],
}

export const CASE_ID = '0326ea22-7017-430f-8eb4-ef3952872bf6'

export const completeForm = {
  unitName: '慈溪市示范化工贸易有限公司',
  creditCode: '91330282MA2CX1A7U1',
  contactMobile: '13805740001',
  filingType: '首次备案',
  publishDate: '2026-11-20',
  declaration: true,
}

export function material(code: string, name: string, uploadedAt = '2026-11-27T23:09:23Z') {
  return {
    id: `m-${code}`,
    materialCode: code,
    materialName: name,
    fileName: `${code.toLowerCase()}.pdf`,
    contentType: 'application/pdf',
    size: 204_800,
    sha256: 'd396b633c5830c51b691197d0506ca8377fc5e91a8dd9a212e7d09936a8dbfe0',
    uploadedAt,
  }
}

export function draft(extra: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: CASE_ID,
    number: 'AJ-20261128-0003',
    state: 'DRAFT',
    version: 1,
    itemCode: '100010100000',
    itemVersion: 1,
    itemName: '生产安全事故应急预案备案',
    itemKind: 'PROMISED',
    zeroVisit: true,
    channel: 'ONLINE',
    formData: {},
    materials: [],
    delivery: { method: 'ELECTRONIC' },
    createdAt: '2026-11-27T23:09:22Z',
    visits: 0,
    timeline: [
      {
        at: '2026-11-27T23:09:22Z',
        action: 'CREATE',
        toState: 'DRAFT',
        actorName: '慈溪市示范化工贸易有限公司',
        actorRole: 'APPLICANT',
      },
    ],
    availableActions: ['SUBMIT', 'WITHDRAW'],
    notices: [],
    ...extra,
  }
}

/** A case accepted and under review: due date, one day left, the acceptance notice, three timeline entries. */
export function acceptedCase(extra: Partial<ApplicationView> = {}): ApplicationView {
  return draft({
    state: 'UNDER_REVIEW',
    version: 9,
    formData: completeForm,
    submittedAt: '2026-11-27T23:10:00Z',
    acceptedAt: '2026-11-28T01:00:00Z',
    dueDate: '2026-11-30',
    remainingWorkingDays: 1,
    deadline: { promisedDays: 1, dueDate: '2026-11-30', remainingWorkingDays: 1, urgency: 'YELLOW', paused: false },
    materials: [material('FILING_FORM', '生产安全事故应急预案备案申报表')],
    timeline: [
      { at: '2026-11-27T23:09:22Z', action: 'CREATE', toState: 'DRAFT', actorName: '慈溪市示范化工贸易有限公司', actorRole: 'APPLICANT' },
      { at: '2026-11-27T23:10:00Z', action: 'SUBMIT', fromState: 'DRAFT', toState: 'SUBMITTED', actorName: '慈溪市示范化工贸易有限公司', actorRole: 'APPLICANT' },
      { at: '2026-11-28T01:00:00Z', action: 'ACCEPT', fromState: 'SUBMITTED', toState: 'UNDER_REVIEW', actorName: '窗口受理员', actorRole: 'WINDOW', detail: { location: 'CX-CENTRE' } },
    ],
    availableActions: ['WITHDRAW'],
    notices: ['ACCEPTANCE'],
    ...extra,
  })
}

/** A case sent back: the notice asks for one material and one form field. */
export function correctionCase(extra: Partial<ApplicationView> = {}): ApplicationView {
  return draft({
    state: 'CORRECTION_REQUIRED',
    version: 6,
    formData: { ...completeForm },
    submittedAt: '2026-11-27T23:10:00Z',
    materials: [
      material('FILING_FORM', '生产安全事故应急预案备案申报表'),
      material('REVIEW_OPINION', '应急预案评审意见（或论证意见）'),
      material('PLAN_ELECTRONIC_FILE', '应急预案电子文档'),
    ],
    correction: {
      items: [
        { kind: 'MATERIAL', code: 'REVIEW_OPINION', name: '应急预案评审意见（或论证意见）', note: '缺少专家签字' },
        { kind: 'FIELD', code: 'contactMobile', name: '联系人手机号码', note: '号码无法接通' },
      ],
      comment: '请于 10 个工作日内补正',
    },
    timeline: [
      { at: '2026-11-27T23:09:22Z', action: 'CREATE', toState: 'DRAFT', actorName: '慈溪市示范化工贸易有限公司', actorRole: 'APPLICANT' },
      { at: '2026-11-27T23:10:00Z', action: 'SUBMIT', fromState: 'DRAFT', toState: 'SUBMITTED', actorName: '慈溪市示范化工贸易有限公司', actorRole: 'APPLICANT' },
      {
        at: '2026-11-28T01:00:00Z',
        action: 'REQUEST_CORRECTION',
        fromState: 'SUBMITTED',
        toState: 'CORRECTION_REQUIRED',
        actorName: '窗口受理员',
        actorRole: 'WINDOW',
        comment: '请于 10 个工作日内补正',
      },
    ],
    deadline: { promisedDays: 1, paused: true, pauseReason: '补正材料' },
    availableActions: ['RESUBMIT', 'WITHDRAW'],
    notices: ['CORRECTION'],
    ...extra,
  })
}

export function notification(extra: Partial<Notification> = {}): Notification {
  return {
    id: 'n-1',
    applicationId: CASE_ID,
    event: 'ACCEPT',
    title: '办件 AJ-20261128-0003（生产安全事故应急预案备案）',
    body: '已受理，进入审查。',
    createdAt: '2026-11-28T02:00:00Z',
    read: false,
    ...extra,
  }
}

/** A logged-in enterprise (restored from the tab's refresh token) and the given API answers. */
export function enterpriseSession(more: Record<string, object> = {}) {
  sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
  return stubApi({
    '/api/auth/refresh': () => ({ body: tokenPair(enterpriseClaims) }),
    '/api/me': enterpriseAccount,
    '/api/me/notifications/unread-count': { unread: 0 },
    '/api/items/100010100000': filingGuide,
    ...more,
  })
}
