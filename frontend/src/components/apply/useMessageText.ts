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
    return n.event && te(key) ? t(key) : (n.body ?? '')
  }

  /** Whether the text is the server's own (Chinese) body rather than interface text. */
  function isServerText(n: Notification): boolean {
    return !(n.event && te(`apply.messages.events.${n.event}`))
  }

  return { subject, text, isServerText, itemName: itemNameOf }
}
