import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, ref } from 'vue'
import DeliveryChoice from '@/components/apply/DeliveryChoice.vue'
import RetrievalOption from '@/components/apply/RetrievalOption.vue'
import { deliveryChoice, deliveryForm, deliveryProblems, emptyDelivery } from '@/components/apply/delivery'
import { useApplicationsStore } from '@/stores/applications'
import { createAppI18n } from '@/locales'
import { problemBody, stubApi } from '@/testing/http'
import type { Material } from '@/api'
import { CASE_ID, draft } from '@/views/apply/__tests__/applyFixtures'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('delivery choice rules', () => {
  it('starts from the case, else the only method, else the account’s postal details', () => {
    expect(deliveryForm(['ELECTRONIC', 'POST'], { method: 'POST', address: '慈溪市新城大道 1 号', recipient: '赵六', mobile: '13805740002' }))
      .toEqual({ method: 'POST', address: '慈溪市新城大道 1 号', recipient: '赵六', mobile: '13805740002', postcode: '' })
    expect(deliveryForm(['ELECTRONIC'], undefined).method).toBe('ELECTRONIC')
    expect(deliveryForm(['ELECTRONIC', 'WINDOW'], undefined, { recipient: '李敏', mobile: '13805740001' })).toEqual({
      method: '',
      address: '',
      recipient: '李敏',
      mobile: '13805740001',
      postcode: '',
    })
  })

  it('asks for a method the guide offers, and for a postal one a full address, recipient and valid mobile', () => {
    expect(Object.keys(deliveryProblems(emptyDelivery(), ['ELECTRONIC'], false))).toEqual(['method'])
    expect(Object.keys(deliveryProblems({ ...emptyDelivery(), method: 'POST' }, ['ELECTRONIC'], false))).toContain('method')
    const post = { method: 'POST' as const, address: ' ', recipient: '', mobile: '1380574', postcode: '3153' }
    expect(Object.keys(deliveryProblems(post, ['POST'], false))).toEqual(['address', 'recipient', 'mobile', 'postcode'])
    expect(deliveryProblems({ ...post, address: '路'.repeat(201), recipient: '赵六', mobile: '13805740002', postcode: '' }, ['POST'], false))
      .toEqual({ address: { key: 'apply.validation.tooLong', params: { max: 200, n: 201 } } })
  })

  it('sends only what the method needs', () => {
    expect(deliveryChoice(emptyDelivery())).toBeUndefined()
    expect(deliveryChoice({ method: 'WINDOW', address: 'x', recipient: 'y', mobile: 'z', postcode: '' })).toEqual({ method: 'WINDOW' })
    expect(deliveryChoice({ method: 'POST', address: ' 慈溪市 ', recipient: '赵六', mobile: '13805740002', postcode: '315300' })).toEqual({
      method: 'POST',
      address: '慈溪市',
      recipient: '赵六',
      mobile: '13805740002',
      postcode: '315300',
    })
  })
})

describe('DeliveryChoice', () => {
  it('offers the guide’s methods with what each means for the visit, and the postal fields when chosen', async () => {
    const form = ref(emptyDelivery())
    const Host = defineComponent(() => () =>
      h(DeliveryChoice, {
        offered: ['ELECTRONIC', 'POST', 'WINDOW'],
        errors: { address: '请填写此项' },
        modelValue: form.value,
        'onUpdate:modelValue': (v: typeof form.value) => (form.value = v),
      }),
    )
    wrapper = mount(Host, { attachTo: document.body, global: { plugins: [createAppI18n('zh-CN')] } })
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios).toHaveLength(3)
    expect(wrapper.get('legend').text()).toBe('结果送达方式')
    expect(wrapper.text()).toContain('窗口领取需要您到窗口跑一次')
    expect(wrapper.find('#delivery-address').exists()).toBe(false)
    await wrapper.get('[data-testid="delivery-POST"]').setValue(true)
    expect(form.value.method).toBe('POST')
    expect(document.querySelector('label[for="delivery-address"]')?.textContent).toContain('收件地址')
    expect(wrapper.get('#delivery-address-error').text()).toBe('请填写此项')
    expect(wrapper.get('#delivery-address').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('#delivery-mobile').exists()).toBe(true)
    expect(wrapper.find('#delivery-recipient').exists()).toBe(true)
  })
})

describe('RetrievalOption', () => {
  const licence: Material = {
    code: 'ORIGINAL_LICENCE',
    name: '危险化学品经营许可证（正、副本）',
    necessity: 'REQUIRED',
    retrievableFrom: 'REGISTER',
    registerItems: ['010019600100'],
  }
  const retrieved = {
    materialCode: 'ORIGINAL_LICENCE',
    source: 'REGISTER' as const,
    reference: 'CXAJ-ZS-2026-000001',
    certificateNumber: 'CXAJ-ZS-2026-000001',
    title: '危险化学品经营许可证',
    holderName: '慈溪市示范化工贸易有限公司',
    validFrom: '2026-11-27',
    validTo: '2029-11-26',
    retrievedAt: '2026-11-28T01:00:00Z',
  }

  function mountOption(handlers: Record<string, object>) {
    const api = stubApi(handlers)
    const pinia = createPinia()
    setActivePinia(pinia)
    useApplicationsStore().current = draft()
    wrapper = mount(RetrievalOption, {
      props: { material: licence, id: 'retrieve-licence' },
      attachTo: document.body,
      global: { plugins: [pinia, createAppI18n('zh-CN')] },
    })
    return api
  }

  it('authorises the retrieval when ticked, and reads the case again', async () => {
    const path = `/api/applications/${CASE_ID}/materials/ORIGINAL_LICENCE/retrieval`
    const { calls } = mountOption({
      [path]: () => ({ status: 201, body: retrieved }),
      [`/api/applications/${CASE_ID}`]: draft({ retrievals: [retrieved] }),
    })
    expect(document.querySelector('label[for="retrieve-licence"]')?.textContent).toBe('授权从证照库调取')
    await wrapper!.get('[data-testid="retrieval-checkbox"]').setValue(true)
    await flushPromises()
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === path)).toBe(true)
    expect(useApplicationsStore().current?.retrievals).toEqual([retrieved])
    await wrapper!.setProps({ retrieval: retrieved })
    expect(wrapper!.get('[data-testid="retrieved"]').text()).toContain('CXAJ-ZS-2026-000001')
    expect(wrapper!.get('[data-testid="retrieved"]').text()).toContain('已从本局证照库调取')
  })

  it('says when the register holds no licence of that kind, and leaves the box unticked', async () => {
    const path = `/api/applications/${CASE_ID}/materials/ORIGINAL_LICENCE/retrieval`
    mountOption({
      [path]: () => ({
        status: 422,
        contentType: 'application/problem+json',
        body: problemBody(422, '证照库中没有您名下有效的该类证照，请上传材料。', '证照库中没有可调取的证照', {
          errors: [{ field: 'materialCode', message: '证照库中没有您名下有效的“危险化学品经营许可证（正、副本）”，请上传' }],
        }),
      }),
    })
    const box = wrapper!.get('[data-testid="retrieval-checkbox"]')
    await box.setValue(true)
    await flushPromises()
    expect(wrapper!.get('[data-testid="retrieval-error"]').text()).toContain('调取失败')
    expect((box.element as HTMLInputElement).checked).toBe(false)
  })
})
