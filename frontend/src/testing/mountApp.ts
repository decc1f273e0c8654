import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { createAppRouter } from '@/router'
import { createAppI18n, type Locale } from '@/locales'
import { bindLocale } from '@/locales/bind'

/** Mounts the whole app (layout, router, stores, i18n) at a path, as main.ts wires it. */
export async function mountApp(path: string, options: { locale?: Locale } = {}) {
  if (options.locale) localStorage.setItem('onevisit.locale', options.locale)
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createAppI18n()
  const router = createAppRouter(createMemoryHistory(), pinia)
  const stopLocale = bindLocale(i18n, pinia)
  await router.push(path)
  await router.isReady()
  const wrapper = mount(App, {
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router] },
  })
  await settle()
  return {
    wrapper,
    router,
    pinia,
    i18n,
    unmount() {
      stopLocale()
      wrapper.unmount()
    },
  }
}

/** Lets lazy route components, fetches and re-renders finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
