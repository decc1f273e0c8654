import { useI18n } from 'vue-i18n'
import { useFormat } from '@/composables/useFormat'
import type { ApplicationState, Urgency } from '@/api'

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** The colour of each state's tag; the state is always written out too (colour is never the only cue). */
export const STATE_TAGS: Record<ApplicationState, TagType> = {
  DRAFT: 'info',
  SUBMITTED: 'primary',
  CORRECTION_REQUIRED: 'warning',
  UNDER_REVIEW: 'primary',
  PENDING_DECISION: 'primary',
  APPROVED: 'success',
  COMPLETED: 'success',
  NOT_ACCEPTED: 'danger',
  DENIED: 'danger',
  WITHDRAWN: 'info',
}

export const APPLICATION_STATES = Object.keys(STATE_TAGS) as ApplicationState[]

/** States in which the applicant may still change the form and the materials. */
export const EDITABLE_STATES: readonly ApplicationState[] = ['DRAFT', 'CORRECTION_REQUIRED']

export const URGENCY_TAGS: Record<Urgency, TagType> = { GREEN: 'success', YELLOW: 'warning', RED: 'danger' }

/** Dates, times, sizes and time limits of applications in the current language. */
export function useApplyFormat() {
  const { t } = useI18n()
  // one date and time format for the whole site
  const { date, dateTime } = useFormat()

  function fileSize(bytes: number | undefined | null): string {
    if (bytes === undefined || bytes === null) return ''
    if (bytes < 1024) return t('apply.size.bytes', { n: bytes })
    if (bytes < 1024 * 1024) return t('apply.size.kb', { n: Math.max(1, Math.round(bytes / 1024)) })
    return t('apply.size.mb', { n: Math.round((bytes / (1024 * 1024)) * 10) / 10 })
  }

  function stateLabel(state: ApplicationState | undefined): string {
    return state ? t(`apply.states.${state}`) : ''
  }

  function stateTag(state: ApplicationState | undefined): TagType {
    return state ? STATE_TAGS[state] : 'info'
  }

  /** "3 working days left", "due today", "2 working days overdue". */
  function remaining(days: number | undefined | null): string {
    if (days === undefined || days === null) return ''
    if (days > 0) return t('apply.deadline.left', { n: days }, days)
    if (days === 0) return t('apply.deadline.today')
    return t('apply.deadline.overdue', { n: -days }, -days)
  }

  return { dateTime, date, fileSize, stateLabel, stateTag, remaining }
}
