import { afterEach } from 'vitest'
import { setAuthHooks } from '@/api'

// Element Plus measures elements with ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver

window.scrollTo = (() => {}) as typeof window.scrollTo

afterEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  // The auth store of a finished test must not lend its token to the next test's calls.
  setAuthHooks(undefined)
  document.documentElement.lang = 'zh-CN'
  document.body.innerHTML = ''
})
