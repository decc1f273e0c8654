import { describe, expect, it } from 'vitest'
import type { FormFieldDefinition } from '@/api'
import {
  fieldMessage,
  toFormData,
  toFormValues,
  validateForm,
  TEXT_MAX,
  TEXTAREA_MAX,
} from '../formRules'

const text = (extra: Partial<FormFieldDefinition> = {}): FormFieldDefinition => ({ key: 'name', label: '名称', type: 'text', ...extra })
const key = (field: FormFieldDefinition, value: unknown, complete = true) => fieldMessage(field, value, complete)?.key

describe('form field rules (the server’s FormValidator)', () => {
  it('asks for required fields only when submitting, and never for optional ones', () => {
    const field = text({ required: true })
    expect(key(field, '', true)).toBe('apply.validation.required')
    expect(key(field, '   ', true)).toBe('apply.validation.required')
    expect(key(field, undefined, true)).toBe('apply.validation.required')
    expect(key(field, '', false)).toBeUndefined()
    expect(key(text(), '', true)).toBeUndefined()
    expect(key({ ...field, type: 'select', options: ['a'] }, '', true)).toBe('apply.validation.requiredChoice')
  })

  it('limits text length (default 200, 2000 for a text area) and applies min and max as lengths', () => {
    expect(key(text(), 'x'.repeat(TEXT_MAX))).toBeUndefined()
    expect(fieldMessage(text(), 'x'.repeat(TEXT_MAX + 1), true)).toEqual({
      key: 'apply.validation.tooLong',
      params: { max: '200', n: 201 },
    })
    const area = text({ type: 'textarea' })
    expect(key(area, 'x'.repeat(TEXTAREA_MAX))).toBeUndefined()
    expect(key(area, 'x'.repeat(TEXTAREA_MAX + 1))).toBe('apply.validation.tooLong')
    const bounded = text({ min: 2, max: 4 })
    expect(fieldMessage(bounded, 'a', true)).toEqual({ key: 'apply.validation.length', params: { min: '2', max: '4', n: 1 } })
    expect(key(bounded, 'abcde')).toBe('apply.validation.length')
    // Surrounding spaces do not count, as on the server (strip()).
    expect(key(bounded, '  ab  ')).toBeUndefined()
  })

  it('matches a pattern against the whole text', () => {
    const plate = text({ pattern: '[A-Z]{2}\\d{3}' })
    expect(key(plate, 'ZJ123')).toBeUndefined()
    expect(key(plate, 'xZJ123')).toBe('apply.validation.pattern')
    expect(key(plate, 'ZJ1234')).toBe('apply.validation.pattern')
    // A pattern the browser cannot compile is left to the server.
    expect(key(text({ pattern: '(?<' }), 'anything')).toBeUndefined()
  })

  it('checks numbers and their range', () => {
    const area = text({ type: 'number', min: 10, max: 500 })
    expect(key(area, '120')).toBeUndefined()
    expect(key(area, '12.5')).toBeUndefined()
    expect(key(area, 120)).toBeUndefined()
    expect(key(area, '12a')).toBe('apply.validation.number')
    expect(key(area, '1,200')).toBe('apply.validation.number')
    expect(fieldMessage(area, '9', true)).toEqual({ key: 'apply.validation.range', params: { min: '10', max: '500' } })
    expect(key(area, '501')).toBe('apply.validation.range')
    expect(key(text({ type: 'number', min: 1 }), '0')).toBe('apply.validation.min')
    expect(key(text({ type: 'number', max: 1 }), '2')).toBe('apply.validation.max')
  })

  it('accepts real dates only (year-month-day)', () => {
    const day = text({ type: 'date' })
    expect(key(day, '2024-02-29')).toBeUndefined()
    expect(key(day, '2023-02-29')).toBe('apply.validation.date')
    expect(key(day, '2024-13-01')).toBe('apply.validation.date')
    expect(key(day, '2024/01/01')).toBe('apply.validation.date')
    expect(key(day, '20240101')).toBe('apply.validation.date')
  })

  it('accepts only the given options', () => {
    const select = text({ type: 'select', options: ['首次备案', '修订后重新备案'] })
    expect(key(select, '首次备案')).toBeUndefined()
    expect(key(select, '其他')).toBe('apply.validation.option')
  })

  it('checks mobile numbers, credit codes and ID numbers with the account rules', () => {
    const mobile = text({ type: 'mobile' })
    expect(key(mobile, '13805740001')).toBeUndefined()
    expect(key(mobile, '12805740001')).toBe('validation.mobile')
    expect(key(mobile, '1380574000')).toBe('validation.mobile')

    const code = text({ type: 'creditCode' })
    expect(key(code, '91330282MA2CX1A7U1')).toBeUndefined()
    expect(key(code, ' 91330282ma2cx1a7u1 ')).toBeUndefined()
    expect(key(code, '91330282MA2CX1A7U2')).toBe('validation.creditCodeCheck')
    expect(key(code, '91330282MA2CX1A7U')).toBe('validation.creditCodeLength')
    expect(key(code, '91330282MA2CX1A7OI')).toBe('validation.creditCodeChars')

    const id = text({ type: 'idNumber' })
    expect(key(id, '11010519491231002X')).toBeUndefined()
    expect(key(id, '11010519491231002x')).toBeUndefined()
    expect(key(id, '110105194912310021')).toBe('validation.idNumberCheck')
    expect(key(id, '110105194913310021')).toBe('validation.idNumberDate')
    expect(key(id, '11010519491231002')).toBe('validation.idNumberFormat')
  })

  it('wants a required checkbox ticked when submitting', () => {
    const declaration = text({ type: 'checkbox', required: true })
    expect(key(declaration, true)).toBeUndefined()
    expect(key(declaration, false, true)).toBe('apply.validation.requiredCheck')
    expect(key(declaration, false, false)).toBeUndefined()
    expect(key(declaration, 'yes')).toBe('apply.validation.checkbox')
  })

  it('lists every problem of a form at once, in order', () => {
    const fields: FormFieldDefinition[] = [
      text({ key: 'unitName', required: true }),
      text({ key: 'contactMobile', type: 'mobile', required: true }),
      text({ key: 'note' }),
      text({ key: 'declaration', type: 'checkbox', required: true }),
    ]
    const problems = validateForm(fields, { unitName: '', contactMobile: '123', note: '', declaration: false }, true)
    expect([...problems.keys()]).toEqual(['unitName', 'contactMobile', 'declaration'])
    expect([...validateForm(fields, { unitName: '', contactMobile: '123', declaration: false }, false).keys()]).toEqual([
      'contactMobile',
    ])
  })

  it('turns saved data into control values and back, sending only the form’s own, non-empty fields', () => {
    const fields: FormFieldDefinition[] = [
      text({ key: 'unitName' }),
      text({ key: 'area', type: 'number' }),
      text({ key: 'creditCode', type: 'creditCode' }),
      text({ key: 'declaration', type: 'checkbox' }),
      text({ key: 'empty' }),
    ]
    const values = toFormValues(fields, { unitName: '甲公司', area: 120, creditCode: '91330282MA2CX1A7U1', stray: 'x' })
    expect(values).toEqual({ unitName: '甲公司', area: '120', creditCode: '91330282MA2CX1A7U1', declaration: false, empty: '' })
    values.unitName = '  乙公司 '
    values.area = ' 12.5 '
    values.creditCode = '91330282ma2cx1a7u1'
    values.declaration = true
    expect(toFormData(fields, values)).toEqual({
      unitName: '乙公司',
      area: 12.5,
      creditCode: '91330282MA2CX1A7U1',
      declaration: true,
    })
  })
})
