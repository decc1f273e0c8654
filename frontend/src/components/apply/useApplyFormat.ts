import { useI18n } from 'vue-i18n'
import type { ApplicationState, Urgency } from '@/api'

/** The service centre's time zone: times read the same wherever the browser is. */
export const TIME_ZONE = 'Asia/Shanghai'

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
  const { t, locale } = useI18n()

  function dateTime(value: string | undefined | null): string {
    if (!value) return ''
    const date = new Date(value)
    if (Number.isNaN(date.getTime())) return value
    return new Intl.DateTimeFormat(locale.value, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
      timeZone: TIME_ZONE,
    }).format(date)
  }

  /** A calendar date (yyyy-mm-dd from the API, or the date part of a timestamp in the centre's zone). */
  function date(value: string | undefined | null): string {
    if (!value) return ''
    const plain = /^\d{4}-\d{2}-\d{2}$/.test(value)
    const parsed = new Date(plain ? `${value}T00:00:00Z` : value)
    if (Number.isNaN(parsed.getTime())) return value
    return new Intl.DateTimeFormat(locale.value, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: plain ? 'UTC' : TIME_ZONE,
    }).format(parsed)
  }

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
    if (days > 0) return t('apply.deadline.left', { n: days })
    if (days === 0) return t('apply.deadline.today')
    return t('apply.deadline.overdue', { n: -days })
  }

  return { dateTime, date, fileSize, stateLabel, stateTag, remaining }
}
