/**
 * The action panel's rules, kept apart from the component so they can be tested on their own: which moves
 * to offer, what each needs, and the request each one sends.
 */
import type { Action, ApplicationView, FieldError, Guide, StaffAction } from '@/api'
import { DELIVERIES, type CorrectionKind, type Delivery } from '@/api/workbench'

/** The moves the panel knows, in the order it lists them (the caller's `availableActions` decide which show). */
export const PANEL_ACTIONS = [
  'SUBMIT',
  'ACCEPT',
  'REQUEST_CORRECTION',
  'NOT_ACCEPT',
  'START_SPECIAL_PROCEDURE',
  'END_SPECIAL_PROCEDURE',
  'RECOMMEND',
  'APPROVE',
  'DENY',
  'DELIVER',
  'WITHDRAW',
] as const satisfies readonly Action[]
export type PanelAction = (typeof PANEL_ACTIONS)[number]

/** Moves that cannot be taken back: the officer confirms them first. Special procedures can be ended. */
export const CONFIRMED_ACTIONS: ReadonlySet<PanelAction> = new Set<PanelAction>([
  'SUBMIT',
  'ACCEPT',
  'REQUEST_CORRECTION',
  'NOT_ACCEPT',
  'RECOMMEND',
  'APPROVE',
  'DENY',
  'DELIVER',
  'WITHDRAW',
])

/** Moves that refuse or end the case: their button is red. */
export const NEGATIVE_ACTIONS: ReadonlySet<PanelAction> = new Set<PanelAction>(['NOT_ACCEPT', 'DENY', 'WITHDRAW'])

/** The special procedures of the law on administrative licensing, offered besides the guide's own. */
export const COMMON_SPECIAL_PROCEDURES = ['现场核查', '专家评审', '听证'] as const

export const WAYBILL_PATTERN = /^[A-Za-z0-9]{8,30}$/

/** The moves to offer: only what the server says this caller may do now, that this panel knows how to do. */
export function offeredActions(view: ApplicationView | undefined): PanelAction[] {
  const available = view?.availableActions ?? []
  const paused = view?.deadline?.paused === true
  return PANEL_ACTIONS.filter((a) => available.includes(a)).filter(
    // A special procedure is started while the clock runs and ended while it is paused.
    (a) => !(a === 'START_SPECIAL_PROCEDURE' && paused) && !(a === 'END_SPECIAL_PROCEDURE' && !paused),
  )
}

export interface CorrectionChoice {
  selected: boolean
  note: string
}

export interface ActionForm {
  comment: string
  /** REQUEST_CORRECTION a second time: why. */
  reason: string
  remedies: string
  approveNow: boolean
  specialProcedure: string
  deliveryMethod: Delivery | ''
  waybillNumber: string
  address: string
  /** DELIVER at the window after a visit already: why another visit. */
  visitReason: string
  /** DELIVER otherwise than the applicant chose (method or postal address): why. */
  changeReason: string
  /** Correction choices by option key (`MATERIAL:CODE`, `FIELD:key`). */
  corrections: Record<string, CorrectionChoice>
}

export interface CorrectionOption {
  key: string
  kind: CorrectionKind
  code: string
  name: string
  /** A material of the guide with no file in the case. */
  missing: boolean
  required: boolean
}

export function correctionKey(kind: CorrectionKind, code: string): string {
  return `${kind}:${code}`
}

/** What can be sent back for correction: the guide's materials, then its form fields. */
export function correctionOptions(view: ApplicationView | undefined, guide: Guide | undefined): CorrectionOption[] {
  const files = new Set((view?.materials ?? []).map((m) => m.materialCode))
  const out: CorrectionOption[] = []
  for (const m of guide?.materials ?? []) {
    if (!m.code) continue
    const required = m.required ?? m.necessity === 'REQUIRED'
    out.push({
      key: correctionKey('MATERIAL', m.code),
      kind: 'MATERIAL',
      code: m.code,
      name: m.name ?? m.code,
      missing: !files.has(m.code),
      required,
    })
  }
  for (const f of guide?.form?.fields ?? []) {
    if (!f.key) continue
    out.push({
      key: correctionKey('FIELD', f.key),
      kind: 'FIELD',
      code: f.key,
      name: f.label ?? f.key,
      missing: false,
      required: f.required === true,
    })
  }
  return out
}

/** The guide's remedies as one text (复议, then 诉讼), to prefill a denial. */
export function remediesText(guide: Guide | undefined): string {
  const r = guide?.remedies
  return [r?.reconsideration, r?.litigation].filter((x): x is string => !!x && !!x.trim()).join('\n')
}

/** The ways the result may reach the applicant: the guide's, never a window pickup for a zero-visit item. */
export function deliveryMethods(view: ApplicationView | undefined, guide: Guide | undefined): Delivery[] {
  const allowed = guide?.result?.delivery?.length ? guide.result.delivery : [...DELIVERIES]
  return allowed.filter((m) => !(m === 'WINDOW' && view?.zeroVisit))
}

/** Whether the delivery departs from the applicant's choice (method, or the postal address): then it needs a reason. */
export function deliveryChanged(form: ActionForm, view: ApplicationView | undefined): boolean {
  const chosen = view?.delivery
  if (!chosen?.method || !form.deliveryMethod) return false
  if (form.deliveryMethod !== chosen.method) return true
  return form.deliveryMethod === 'POST' && !!form.address.trim() && form.address.trim() !== (chosen.address ?? '')
}

/** A fresh form: remedies from the guide, required materials not handed in already ticked for correction. */
export function emptyForm(view: ApplicationView | undefined, guide: Guide | undefined): ActionForm {
  const corrections: Record<string, CorrectionChoice> = {}
  for (const option of correctionOptions(view, guide)) {
    corrections[option.key] = { selected: option.kind === 'MATERIAL' && option.missing && option.required, note: '' }
  }
  const methods = deliveryMethods(view, guide)
  const chosen = view?.delivery?.method
  return {
    comment: '',
    reason: '',
    remedies: remediesText(guide),
    approveNow: false,
    specialProcedure: '',
    // the applicant's choice, preselected
    deliveryMethod: chosen && methods.includes(chosen) ? chosen : methods.length === 1 ? methods[0]! : '',
    waybillNumber: '',
    address: view?.delivery?.address ?? '',
    visitReason: '',
    changeReason: '',
    corrections,
  }
}

/** The form's fields an error can be shown on. */
export type ActionField =
  | 'comment'
  | 'reason'
  | 'remedies'
  | 'specialProcedure'
  | 'deliveryMethod'
  | 'waybillNumber'
  | 'address'
  | 'visitReason'
  | 'changeReason'
  | 'corrections'

/** An error to translate when shown: `label` is the i18n key of the field's label. */
export interface ActionMessage {
  key: string
  params?: Record<string, unknown>
  label?: string
}

/** Moves whose comment is the reason or opinion, and so required. */
const COMMENT_REQUIRED: ReadonlySet<PanelAction> = new Set<PanelAction>([
  'NOT_ACCEPT',
  'RECOMMEND',
  'DENY',
  'START_SPECIAL_PROCEDURE',
])

export function commentRequired(action: PanelAction): boolean {
  return COMMENT_REQUIRED.has(action)
}

/** The i18n key of the comment's label for a move. */
export function commentLabel(action: PanelAction): string {
  switch (action) {
    case 'NOT_ACCEPT':
      return 'workbench.panel.notAcceptReason'
    case 'RECOMMEND':
      return 'workbench.panel.opinion'
    case 'DENY':
      return 'workbench.panel.denyReason'
    case 'START_SPECIAL_PROCEDURE':
      return 'workbench.panel.specialProcedureNote'
    case 'REQUEST_CORRECTION':
      return 'workbench.panel.correction.comment'
    default:
      return 'workbench.panel.comment'
  }
}

/** Whether a second correction needs its reason (the case was sent back before). */
export function needsCorrectionReason(view: ApplicationView | undefined): boolean {
  return (view?.corrections ?? 0) >= 1
}

/** Whether a window pickup needs the reason for another visit. */
export function needsVisitReason(view: ApplicationView | undefined): boolean {
  return (view?.visits ?? 0) >= 1
}

export function selectedCorrections(form: ActionForm, options: CorrectionOption[]): CorrectionOption[] {
  return options.filter((o) => form.corrections[o.key]?.selected)
}

/** What is missing or wrong before sending, by field (the server checks again). */
export function validateAction(
  action: PanelAction,
  form: ActionForm,
  view: ApplicationView | undefined,
  options: CorrectionOption[] = [],
): Partial<Record<ActionField, ActionMessage>> {
  const errors: Partial<Record<ActionField, ActionMessage>> = {}
  const required = (label: string): ActionMessage => ({ key: 'workbench.panel.required', label })
  if (commentRequired(action) && !form.comment.trim()) errors.comment = required(commentLabel(action))
  switch (action) {
    case 'REQUEST_CORRECTION':
      if (!selectedCorrections(form, options).length) errors.corrections = { key: 'workbench.panel.correction.none' }
      if (needsCorrectionReason(view) && !form.reason.trim()) errors.reason = required('workbench.panel.correction.reason')
      break
    case 'START_SPECIAL_PROCEDURE':
      if (!form.specialProcedure.trim()) {
        errors.specialProcedure = { key: 'workbench.panel.select', label: 'workbench.panel.specialProcedure' }
      }
      break
    case 'DELIVER':
      if (!form.deliveryMethod) {
        errors.deliveryMethod = { key: 'workbench.panel.select', label: 'workbench.panel.deliver.method' }
      } else if (form.deliveryMethod === 'POST' && !WAYBILL_PATTERN.test(form.waybillNumber.trim())) {
        errors.waybillNumber = form.waybillNumber.trim()
          ? { key: 'workbench.panel.deliver.waybillFormat' }
          : required('workbench.panel.deliver.waybill')
      } else if (form.deliveryMethod === 'WINDOW' && needsVisitReason(view) && !form.visitReason.trim()) {
        errors.visitReason = required('workbench.panel.deliver.visitReason')
      }
      if (deliveryChanged(form, view) && !form.changeReason.trim()) {
        errors.changeReason = required('choices.delivery.changeReason')
      }
      break
    default:
      break
  }
  return errors
}

function text(value: string): string | undefined {
  const trimmed = value.trim()
  return trimmed || undefined
}

/** The request for a move, with the version on screen (a stale one gets 409). Empty texts are left out. */
export function buildAction(
  action: PanelAction,
  form: ActionForm,
  view: ApplicationView,
  options: CorrectionOption[] = [],
): StaffAction {
  const body: StaffAction = { action, version: view.version ?? 0 }
  const comment = text(form.comment)
  if (comment) body.comment = comment
  switch (action) {
    case 'ACCEPT':
      if (view.itemKind === 'IMMEDIATE' && form.approveNow) body.approveNow = true
      break
    case 'REQUEST_CORRECTION':
      body.correctionItems = selectedCorrections(form, options).map((o) => {
        const note = text(form.corrections[o.key]?.note ?? '')
        return note ? { kind: o.kind, code: o.code, note } : { kind: o.kind, code: o.code }
      })
      if (needsCorrectionReason(view)) {
        const reason = text(form.reason)
        if (reason) body.reason = reason
      }
      break
    case 'DENY': {
      const remedies = text(form.remedies)
      if (remedies) body.remedies = remedies
      break
    }
    case 'START_SPECIAL_PROCEDURE':
      body.specialProcedure = form.specialProcedure.trim()
      break
    case 'DELIVER': {
      if (!form.deliveryMethod) break
      body.delivery = { method: form.deliveryMethod }
      if (form.deliveryMethod === 'POST') {
        body.delivery.waybillNumber = form.waybillNumber.trim()
        const address = text(form.address)
        if (address) body.delivery.address = address
      }
      if (form.deliveryMethod === 'WINDOW' && needsVisitReason(view)) {
        const visitReason = text(form.visitReason)
        if (visitReason) body.visitReason = visitReason
      }
      const changeReason = text(form.changeReason)
      if (changeReason && deliveryChanged(form, view)) body.delivery.changeReason = changeReason
      break
    }
    default:
      break
  }
  return body
}

export interface MappedErrors {
  fields: Partial<Record<ActionField, string>>
  /** Errors on single correction items, by option key. */
  items: Record<string, string>
  /** Messages for nothing on the form. */
  other: string[]
}

/**
 * Puts the server's field errors (422) on the form: `comment`, `reason` (the second correction's, or the
 * second visit's for a pickup), `correctionItems[i]` on the i-th item sent, `delivery.*`, `specialProcedure` …
 */
export function mapServerErrors(action: PanelAction, errors: FieldError[], sent: CorrectionOption[] = []): MappedErrors {
  const out: MappedErrors = { fields: {}, items: {}, other: [] }
  const add = (field: ActionField, message: string) => {
    out.fields[field] = out.fields[field] ? `${out.fields[field]}；${message}` : message
  }
  for (const error of errors) {
    const field = error.field ?? ''
    const message = error.message ?? ''
    if (!message) continue
    const item = /^correctionItems\[(\d+)\]/.exec(field)
    if (item) {
      const option = sent[Number(item[1])]
      if (option) out.items[option.key] = message
      else add('corrections', message)
      continue
    }
    if (field === 'comment') add('comment', message)
    else if (field === 'correctionItems') add('corrections', message)
    else if (field === 'reason') add(action === 'DELIVER' ? 'visitReason' : 'reason', message)
    else if (field === 'visitReason') add('visitReason', message)
    else if (field === 'delivery.changeReason') add('changeReason', message)
    else if (field === 'remedies') add('remedies', message)
    else if (field === 'specialProcedure') add('specialProcedure', message)
    else if (field === 'delivery.waybillNumber') add('waybillNumber', message)
    else if (field === 'delivery.address') add('address', message)
    else if (field === 'delivery' || field === 'delivery.method') add('deliveryMethod', message)
    else out.other.push(message)
  }
  return out
}
