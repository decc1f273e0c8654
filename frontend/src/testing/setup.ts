import { afterEach } from 'vitest'

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
  document.documentElement.lang = 'zh-CN'
  document.body.innerHTML = ''
})
