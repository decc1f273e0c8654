import { inject, provide, ref, type InjectionKey, type Ref } from 'vue'

/** What a guide page tells all its sections at once: open them all, or fold them all. */
export interface GuideSections {
  /** Bumped with the wanted state on every "expand all" / "collapse all". */
  command: Ref<{ open: boolean; serial: number }>
  /** Whether a section starts open: all on a wide screen; on a phone only the ones named, the index leads the way. */
  startOpen(id: string): boolean
}

const KEY: InjectionKey<GuideSections> = Symbol('guide-sections')

const narrow = (): boolean =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 767px)').matches

/** Called by the guide page: its sections fold and unfold together through the returned functions. */
export function provideGuideSections(openOnPhone: readonly string[] = []) {
  const command = ref({ open: true, serial: 0 })
  const phone = narrow()
  provide(KEY, { command, startOpen: (id) => !phone || openOnPhone.includes(id) })
  return {
    expandAll: () => (command.value = { open: true, serial: command.value.serial + 1 }),
    collapseAll: () => (command.value = { open: false, serial: command.value.serial + 1 }),
  }
}

export function injectGuideSections(): GuideSections | undefined {
  return inject(KEY, undefined)
}
