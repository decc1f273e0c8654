import { describe, expect, it } from 'vitest'
import { buildAction, deliveryChanged, emptyForm, mapServerErrors, validateAction } from '@/components/workbench/actions'
import { guide, pendingDecisionCase } from './fixtures'

/** DELIVER starts from the applicant's choice; a different method or postal address needs a reason. */
describe('delivery as the applicant chose it', () => {
  const chosen = pendingDecisionCase({
    state: 'APPROVED',
    availableActions: ['DELIVER'],
    delivery: { method: 'POST', address: '慈溪市浒山街道新城大道北路 1 号', recipient: '赵六', mobile: '13805740002' },
  })

  it('preselects the method and the address the applicant chose', () => {
    const form = emptyForm(chosen, guide)
    expect(form.deliveryMethod).toBe('POST')
    expect(form.address).toBe('慈溪市浒山街道新城大道北路 1 号')
    expect(deliveryChanged(form, chosen)).toBe(false)
    form.waybillNumber = 'EMS1234567890CN'
    expect(validateAction('DELIVER', form, chosen, [])).toEqual({})
    expect(buildAction('DELIVER', form, chosen).delivery).toEqual({
      method: 'POST',
      waybillNumber: 'EMS1234567890CN',
      address: '慈溪市浒山街道新城大道北路 1 号',
    })
  })

  it('asks for the reason when the method or the address changes, and sends it', () => {
    const form = emptyForm(chosen, guide)
    form.deliveryMethod = 'ELECTRONIC'
    expect(deliveryChanged(form, chosen)).toBe(true)
    expect(Object.keys(validateAction('DELIVER', form, chosen, []))).toEqual(['changeReason'])
    form.changeReason = '申请人来电改为电子证照'
    expect(validateAction('DELIVER', form, chosen, [])).toEqual({})
    expect(buildAction('DELIVER', form, chosen).delivery).toEqual({ method: 'ELECTRONIC', changeReason: '申请人来电改为电子证照' })

    const moved = emptyForm(chosen, guide)
    moved.address = '慈溪市龙山镇龙山大道 1 号'
    expect(deliveryChanged(moved, chosen)).toBe(true)
    expect(mapServerErrors('DELIVER', [{ field: 'delivery.changeReason', message: '请填写变更理由' }]).fields.changeReason).toBe(
      '请填写变更理由',
    )
  })

  it('leaves a case without a recorded choice (a walk-in) to the window', () => {
    const walkIn = pendingDecisionCase({ state: 'APPROVED', availableActions: ['DELIVER'], delivery: undefined })
    const form = emptyForm(walkIn, guide)
    expect(form.deliveryMethod).toBe('')
    form.deliveryMethod = 'ELECTRONIC'
    expect(deliveryChanged(form, walkIn)).toBe(false)
  })
})
