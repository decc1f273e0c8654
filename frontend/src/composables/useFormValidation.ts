import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FieldError } from '@/api'

/** A message to translate when shown (so it follows a language switch). `field` is the i18n key of a label. */
export interface Message {
  key: string
  params?: Record<string, unknown>
  field?: string
}

export type Rule<F extends string> = (values: Record<F, string>) => Message | undefined

/**
 * Field-level validation of a form: a field is checked once it has been left with something in it, and from
 * then on as the person types; submitting checks every field. The server's field errors (`errors[].field`
 * of a problem) are shown on their fields until the value is changed.
 */
export function useFormValidation<F extends string>(
  values: Record<F, string>,
  rules: () => Partial<Record<F, Rule<F>>>,
  order: () => F[],
) {
  const { t } = useI18n()
  const touched = reactive(new Set<string>()) as Set<F>
  const server = reactive(new Map<string, { message: string; value: string }>()) as Map<F, { message: string; value: string }>
  const submitted = ref(false)

  function translate(message: Message): string {
    const params = { ...message.params }
    if (message.field) params.field = t(message.field)
    return t(message.key, params)
  }

  const errors = computed(() => {
    const out: Partial<Record<F, string>> = {}
    const all = rules()
    for (const field of order()) {
      const fromServer = server.get(field)
      if (fromServer && fromServer.value === values[field]) {
        out[field] = fromServer.message
        continue
      }
      if (!touched.has(field) && !submitted.value) continue
      const message = all[field]?.(values)
      if (message) out[field] = translate(message)
    }
    return out
  })

  /** On leaving a field: check it from now on (an empty field left alone waits for the submit). */
  function touch(field: F): void {
    if (values[field] !== '') touched.add(field)
  }

  /** Checks every field; answers the invalid ones in the form's order. */
  function validate(): F[] {
    submitted.value = true
    return invalidFields()
  }

  function invalidFields(): F[] {
    return order().filter((field) => errors.value[field] !== undefined)
  }

  /**
   * Shows the server's field errors on their fields (several for one field are joined). Answers the
   * messages for fields this form does not have.
   */
  function setServerErrors(list: FieldError[]): string[] {
    const fields = order()
    const byField = new Map<F, string[]>()
    const other: string[] = []
    for (const error of list) {
      const field = fields.find((f) => f === error.field)
      if (!error.message) continue
      if (field === undefined) other.push(error.message)
      else byField.set(field, [...(byField.get(field) ?? []), error.message])
    }
    for (const [field, messages] of byField) {
      server.set(field, { message: messages.join(t('form.joiner')), value: values[field] })
    }
    return other
  }

  /** Like validate(), and focuses the first invalid field (ids `${prefix}-${field}`); answers whether all is valid. */
  function validateAndFocus(prefix: string): boolean {
    const invalid = validate()
    if (invalid.length) focusField(prefix, invalid[0])
    return invalid.length === 0
  }

  /** Like setServerErrors(), with the messages for other fields joined into one text ('' when none). */
  function serverErrorText(list: FieldError[]): string {
    return setServerErrors(list).join(t('form.joiner'))
  }

  function reset(): void {
    touched.clear()
    server.clear()
    submitted.value = false
  }

  return { errors, touch, validate, validateAndFocus, invalidFields, setServerErrors, serverErrorText, reset, translate }
}

/** Moves the focus to the control of the first invalid field (ids are `${prefix}-${field}`). */
export function focusField(prefix: string, field: string | undefined): void {
  if (!field) return
  const element = document.getElementById(`${prefix}-${field}`)
  element?.focus()
}
