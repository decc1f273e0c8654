import { shallowRef } from 'vue'
import { defineStore } from 'pinia'

/** Messages that outlive a page change: shown on the page they are meant for, gone when the person moves on. */
export const NOTICES = {
  registered: 'success',
  registeredLogin: 'success',
  loggedOut: 'success',
  passwordChanged: 'success',
  sessionExpired: 'warning',
  loginRequired: 'info',
  enrolmentRequired: 'warning',
  totpEnabledLogin: 'success',
} as const

export type NoticeKey = keyof typeof NOTICES

export interface Notice {
  key: NoticeKey
  type: (typeof NOTICES)[NoticeKey]
  /** The path of the page that shows it. */
  path: string
}

export const useNoticeStore = defineStore('notice', () => {
  const notice = shallowRef<Notice>()

  /** Shows `key` on the page at `path` (the current one, or the one about to be opened). */
  function show(key: NoticeKey, path: string): void {
    notice.value = { key, type: NOTICES[key], path }
  }

  function dismiss(): void {
    notice.value = undefined
  }

  /** Called after each navigation: a notice meant for another page is dropped. */
  function arrived(path: string): void {
    if (notice.value && notice.value.path !== path) notice.value = undefined
  }

  return { notice, show, dismiss, arrived }
})
