import { useI18n } from 'vue-i18n'
import type { Notification } from '@/api'

const NUMBER = /AJ-\d{8}-\d{4}/

/** The case number a message is about, read from its title ("办件 AJ-20261128-0007（…）"). */
export function caseNumberOf(n: Pick<Notification, 'title'>): string | undefined {
  return n.title?.match(NUMBER)?.[0]
}

/** The item's name in a message's title: what stands in the outer brackets after the number. */
export function itemNameOf(n: Pick<Notification, 'title'>): string | undefined {
  const title = n.title ?? ''
  const open = title.indexOf('（')
  const close = title.lastIndexOf('）')
  return open >= 0 && close > open ? title.slice(open + 1, close) : undefined
}

/**
 * What an acceptance message says of the one visit (when, which originals to bring): the server appends it to its
 * Chinese text, starting 本事项; it names the catalogue's materials, so it is shown as written.
 */
export function visitNoticeOf(n: Pick<Notification, 'event' | 'body'>): string | undefined {
  if (n.event !== 'ACCEPT' && n.event !== 'ACCEPT_AND_APPROVE') return undefined
  const at = n.body?.indexOf('本事项') ?? -1
  return at >= 0 ? n.body!.slice(at) : undefined
}

/**
 * A message in the reader's language: the subject from the case number, the text from the event
 * (SUBMIT, ACCEPT, REQUEST_CORRECTION …); the server's Chinese title and body when the event is unknown.
 */
export function useMessageText() {
  const { t, te } = useI18n()

  function subject(n: Notification): string {
    const number = caseNumberOf(n)
    return number ? t('apply.messages.subject', { number }) : (n.title ?? '')
  }

  function text(n: Notification): string {
    const key = `apply.messages.events.${n.event}`
    if (!(n.event && te(key))) return n.body ?? ''
    const visit = visitNoticeOf(n)
    return visit ? `${t(key)} ${visit}` : t(key)
  }

  /** Whether the text is the server's own (Chinese) body rather than interface text. */
  function isServerText(n: Notification): boolean {
    return !(n.event && te(`apply.messages.events.${n.event}`))
  }

  return { subject, text, isServerText, itemName: itemNameOf }
}
