import { computed, inject, onBeforeUnmount, provide, shallowReactive, type ComputedRef, type InjectionKey } from 'vue'

/** The forms inside a page that hold input not yet sent, each asked through its own test. */
type Sources = Set<() => boolean>

const KEY: InjectionKey<Sources> = Symbol('unsaved input')

/**
 * For a page that may update itself: collects whether any form inside it (at any depth) holds input the person
 * has not sent yet, so the page does not replace what is being written.
 */
export function provideUnsavedInput(): ComputedRef<boolean> {
  const sources: Sources = shallowReactive(new Set())
  provide(KEY, sources)
  return computed(() => [...sources].some((holds) => holds()))
}

/**
 * For a form: tells the page around it (if that page asks) whether the form holds unsent input, for as long as
 * the form is on the page. `holds` is read reactively.
 */
export function reportUnsavedInput(holds: () => boolean): void {
  const sources = inject(KEY, undefined)
  if (!sources) return
  sources.add(holds)
  onBeforeUnmount(() => sources.delete(holds))
}
