import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import CaseLookup from '@/components/home/CaseLookup.vue'
import { createAppI18n, type Locale } from '@/locales'
import { createAppRouter } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { problem, stubApi, type Call } from '@/testing/http'
import { enterpriseAccount, enterpriseClaims, tokenPair } from '@/testing/auth'
import type { CaseProgress } from '@/api/portal'

const PROGRESS: CaseProgress = {
  number: 'AJ-20261206-0007',
  itemCode: '010019600100',
  itemName: '危险化学品经营许可证核发（不带储存设施）—新申请',
  state: 'COMPLETED',
  channel: 'ONLINE',
  submittedAt: '2026-12-01T02:00:00Z',
  acceptedAt: '2026-12-01T06:00:00Z',
  dueDate: '2026-12-29',
  decidedAt: '2026-12-04T06:00:00Z',
  completedAt: '2026-12-05T06:00:00Z',
  certificateNumber: 'CXAJ-ZS-2026-1',
}

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

async function mountLookup(handlers: Record<string, object>, locale: Locale = 'zh-CN') {
  const api = stubApi(handlers)
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory(), pinia)
  wrapper = mount(CaseLookup, { attachTo: document.body, global: { plugins: [pinia, router, createAppI18n(locale)] } })
  await flushPromises()
  return { ...api, w: wrapper }
}

async function fill(w: VueWrapper, number: string, code: string) {
  await w.get('#lookup-number').setValue(number)
  await w.get('#lookup-code').setValue(code)
  await w.get('form').trigger('submit')
  await flushPromises()
}

const lookups = (calls: Call[]) => calls.filter((c) => c.url.pathname === '/api/cases/lookup')

describe('CaseLookup (办件查询)', () => {
  it('shows the progress of a case found by number and check code, without anything personal', async () => {
    const { calls, w } = await mountLookup({ '/api/cases/lookup': PROGRESS })
    expect(w.get('label[for="lookup-number"]').text()).toBe('办件编号')
    expect(w.get('label[for="lookup-code"]').text()).toBe('查询码')
    await fill(w, ' aj-20261206-0007 ', 'abc234')
    const sent = lookups(calls)[0]!.url.searchParams
    expect(sent.get('number')).toBe('AJ-20261206-0007')
    expect(sent.get('code')).toBe('abc234')
    const result = w.get('[data-testid="lookup-result"]')
    expect(result.text()).toContain('办件 AJ-20261206-0007 的办理进度')
    expect(result.text()).toContain('已办结')
    expect(result.get('[data-fact="item"]').text()).toContain('危险化学品经营许可证核发')
    expect(result.get('[data-fact="certificate"]').text()).toContain('CXAJ-ZS-2026-1')
    expect(result.get('[data-fact="certificate"] a').attributes('href')).toBe('/verify/CXAJ-ZS-2026-1')
    // decided: the promised date is no longer shown
    expect(result.find('[data-fact="dueDate"]').exists()).toBe(false)
    expect(w.find('[data-testid="lookup-open-case"]').exists()).toBe(false)
  }, 20_000)

  it('checks both fields before asking and names what is wrong', async () => {
    const { calls, w } = await mountLookup({ '/api/cases/lookup': PROGRESS })
    await fill(w, '', '')
    expect(w.get('#lookup-number-error').text()).toBe('请输入办件编号')
    expect(w.get('#lookup-code-error').text()).toBe('请输入查询码')
    expect(w.get('#lookup-number').attributes('aria-describedby')).toBe('lookup-number-error')
    await fill(w, '2026-0007', 'ABC')
    expect(w.get('#lookup-number-error').text()).toContain('AJ-年月日-序号')
    expect(w.get('#lookup-code-error').text()).toBe('查询码为 6 位字母或数字')
    expect(lookups(calls)).toHaveLength(0)
  }, 20_000)

  it('says the same for an unknown number and a wrong code, and tells when to retry after too many', async () => {
    const { w } = await mountLookup({ '/api/cases/lookup': problem(404, '没有与该办件编号和查询码相符的办件') })
    await fill(w, 'AJ-20261206-0007', 'ABCDEF')
    expect(w.get('[data-testid="lookup-failure"]').text()).toContain('没有与该办件编号和查询码相符的办件')
    wrapper!.unmount()
    const limited = await mountLookup({
      '/api/cases/lookup': () => ({ status: 429, body: { status: 429, title: 'Too many' }, contentType: 'application/problem+json' }),
    })
    await fill(limited.w, 'AJ-20261206-0007', 'ABCDEF')
    expect(limited.w.get('[data-testid="lookup-failure"]').text()).toContain('查询过于频繁')
  }, 20_000)

  it('lets the logged-in applicant look up their own case by number alone and open it', async () => {
    const { calls, w } = await mountLookup({
      '/api/auth/login': tokenPair(enterpriseClaims),
      '/api/me': enterpriseAccount,
      '/api/cases/lookup': { ...PROGRESS, id: '0b6f4d52-1c1f-4c2e-9c55-0f5a4f8b1a11' },
    })
    await useAuthStore().login({ username: '91330282MA2CX1A7U1', password: 'OneVisit-2018!' })
    await flushPromises()
    expect(w.text()).toContain('您已登录')
    await fill(w, 'AJ-20261206-0007', '')
    expect(w.find('#lookup-code-error').exists()).toBe(false)
    const sent = lookups(calls)[0]!
    expect(sent.url.searchParams.has('code')).toBe(false)
    expect(sent.headers.get('Authorization')).toMatch(/^Bearer /)
    expect(w.get('[data-testid="lookup-open-case"]').attributes('href')).toBe('/my/applications/0b6f4d52-1c1f-4c2e-9c55-0f5a4f8b1a11')
  }, 20_000)

  it('speaks English', async () => {
    const { w } = await mountLookup({ '/api/cases/lookup': PROGRESS }, 'en')
    expect(w.get('h2').text()).toBe('Case lookup')
    await fill(w, 'AJ-20261206-0007', 'ABCDEF')
    expect(w.get('[data-testid="lookup-result"]').text()).toContain('Progress of case AJ-20261206-0007')
  }, 20_000)
})
