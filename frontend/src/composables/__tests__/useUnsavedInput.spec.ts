import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref, type ComputedRef } from 'vue'
import { mount } from '@vue/test-utils'
import { provideUnsavedInput, reportUnsavedInput } from '@/composables/useUnsavedInput'

describe('unsaved input', () => {
  it('tells the page whether any form inside it, at any depth, holds unsent input, while the form is there', async () => {
    const typed = ref('')
    const shown = ref(true)
    let unsaved: ComputedRef<boolean> | undefined

    const Form = defineComponent(() => {
      reportUnsavedInput(() => typed.value.trim() !== '')
      return () => h('form')
    })
    const Section = defineComponent(() => () => h('section', shown.value ? [h(Form)] : []))
    const Page = defineComponent(() => {
      unsaved = provideUnsavedInput()
      return () => h('div', [h(Section)])
    })

    const w = mount(Page)
    expect(unsaved!.value).toBe(false)
    typed.value = '  '
    expect(unsaved!.value).toBe(false)
    typed.value = '已更换联系电话'
    expect(unsaved!.value).toBe(true)

    shown.value = false // the form leaves the page
    await nextTick()
    expect(unsaved!.value).toBe(false)
    w.unmount()
  })

  it('is a no-op for a form on a page that does not ask', () => {
    const Form = defineComponent(() => {
      reportUnsavedInput(() => true)
      return () => h('form')
    })
    expect(() => mount(Form).unmount()).not.toThrow()
  })
})
