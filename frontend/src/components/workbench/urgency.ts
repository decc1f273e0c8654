import type { Urgency } from '@/api'

/** What a case's time-limit tags are built from (a queue row or a case's deadline). */
export interface UrgencySource {
  urgency?: Urgency | null
  remainingWorkingDays?: number | null
  dueDate?: string | null
  paused?: boolean | null
  acceptanceOverdue?: boolean | null
}

export type TagType = 'success' | 'warning' | 'danger' | 'info'

/** One tag: its colour and its text (an i18n key with parameters; `n` also picks the plural form). */
export interface UrgencyTag {
  id: 'urgency' | 'paused' | 'acceptanceOverdue' | 'notStarted'
  type: TagType
  key: string
  params?: Record<string, unknown>
  /** Plural choice for `key` (English has plural forms). */
  count?: number
  /** A second line of text (how many days are left), when there is one. */
  detail?: { key: string; params?: Record<string, unknown>; count?: number }
}

const TYPE_OF: Record<Urgency, TagType> = { GREEN: 'success', YELLOW: 'warning', RED: 'danger' }

/**
 * The tags of a case's time limit, never by colour alone: green 正常 (on time), yellow 即将到期 (2 working days
 * or less), red 已超期 (overdue), each with the working days left; 暂停计时 when the clock is paused; and
 * 超过5个工作日未受理 when the 5-working-day acceptance rule is breached.
 */
export function urgencyTags(source: UrgencySource): UrgencyTag[] {
  const tags: UrgencyTag[] = []
  if (source.acceptanceOverdue) {
    tags.push({ id: 'acceptanceOverdue', type: 'danger', key: 'workbench.urgency.acceptanceOverdue' })
  }
  if (source.urgency) {
    const n = source.remainingWorkingDays
    let detail: UrgencyTag['detail']
    if (typeof n === 'number') {
      if (n < 0) detail = { key: 'workbench.urgency.overdueBy', params: { n: -n }, count: -n }
      else if (n === 0) detail = { key: 'workbench.urgency.dueToday' }
      else detail = { key: 'workbench.urgency.remaining', params: { n }, count: n }
    }
    tags.push({ id: 'urgency', type: TYPE_OF[source.urgency], key: `workbench.urgency.${source.urgency}`, detail })
  }
  if (source.paused) {
    tags.push({ id: 'paused', type: 'info', key: 'workbench.urgency.paused' })
  }
  return tags
}
