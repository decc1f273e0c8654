import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { problem, problemBody, stubApi } from '@/testing/http'
import { mapProblemErrors, useApplicationsStore } from '@/stores/applications'
import { CASE_ID, completeForm, draft, filingGuide } from '@/views/apply/__tests__/applyFixtures'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

beforeEach(() => {
  setActivePinia(createPinia())
})

const incomplete = problemBody(422, '申请不完整，请补齐标出的内容后再提交。', '申请不完整', {
  slug: 'incomplete-application',
  errors: [
    { field: 'formData.unitName', message: '此项必填' },
    { field: 'formData.contactMobile', message: '手机号码应为 11 位中国大陆手机号' },
    { field: 'formData.declaration', message: '此项必填' },
    { field: 'materials.FILING_FORM', message: '缺少材料：生产安全事故应急预案备案申报表' },
    { field: 'materials.REVIEW_OPINION', message: '缺少材料：应急预案评审意见（或论证意见）' },
  ],
})

describe('mapProblemErrors', () => {
  it('sorts field errors by form field, material and the rest, joining several for one place', () => {
    expect(
      mapProblemErrors([
        { field: 'formData.a', message: '此项必填' },
        { field: 'formData.a', message: '格式不正确' },
        { field: 'materials.X', message: '缺少材料：X' },
        { field: 'itemCode', message: '该事项不能网上申请' },
        { field: 'formData.', message: '无名' },
        { field: 'materials.Y' },
      ]),
    ).toEqual({
      fields: { a: '此项必填；格式不正确' },
      materials: { X: '缺少材料：X' },
      other: ['该事项不能网上申请', '无名'],
      delivery: {},
    })
  })
})

describe('applications store', () => {
  it('maps a 422 on submission to every field and material it names, at once', async () => {
    const { calls } = stubApi({
      [`/api/applications/${CASE_ID}`]: draft({ version: 3 }),
      '/api/items/100010100000': filingGuide,
      [`/api/applications/${CASE_ID}/submit`]: () => ({ status: 422, body: incomplete, contentType: 'application/problem+json' }),
    })
    const store = useApplicationsStore()
    await store.open(CASE_ID)
    expect(store.guide?.code).toBe('100010100000')

    await expect(store.move('submit')).rejects.toMatchObject({ status: 422 })
    expect(store.problems).toEqual({
      fields: {
        unitName: '此项必填',
        contactMobile: '手机号码应为 11 位中国大陆手机号',
        declaration: '此项必填',
      },
      materials: {
        FILING_FORM: '缺少材料：生产安全事故应急预案备案申报表',
        REVIEW_OPINION: '缺少材料：应急预案评审意见（或论证意见）',
      },
      other: [],
      delivery: {},
    })
    expect(store.problemDetail).toBe('申请不完整，请补齐标出的内容后再提交。')
    expect(store.current?.state).toBe('DRAFT')

    const submit = calls.find((c) => c.url.pathname.endsWith('/submit'))!
    expect(submit.method).toBe('POST')
    expect(submit.body).toEqual({ version: 3 })
    expect(submit.headers.get('Idempotency-Key')).toMatch(UUID)

    // Changing a field clears its server message only.
    store.clearFieldProblem('unitName')
    expect(Object.keys(store.problems.fields)).toEqual(['contactMobile', 'declaration'])
  })

  it('sends the same Idempotency-Key when retrying after no answer, and a new one for the next click', async () => {
    let attempts = 0
    const { calls } = stubApi({
      [`/api/applications/${CASE_ID}`]: draft({ version: 3 }),
      '/api/items/100010100000': filingGuide,
      [`/api/applications/${CASE_ID}/withdraw`]: () => {
        attempts++
        if (attempts === 1) throw new TypeError('Failed to fetch')
        if (attempts === 2) return { body: draft({ state: 'WITHDRAWN', version: 4 }) }
        return { status: 409, body: problemBody(409, '已撤回', '冲突'), contentType: 'application/problem+json' }
      },
    })
    const store = useApplicationsStore()
    await store.open(CASE_ID)
    await expect(store.move('withdraw', ' 不再需要 ')).rejects.toMatchObject({ status: 0 })
    const answer = await store.move('withdraw', '不再需要')
    expect(answer.state).toBe('WITHDRAWN')
    expect(store.current?.state).toBe('WITHDRAWN')
    expect(store.takeFlash(CASE_ID)).toEqual({ kind: 'withdrawn', id: CASE_ID })
    await expect(store.move('withdraw')).rejects.toMatchObject({ status: 409 })

    const sent = calls.filter((c) => c.url.pathname.endsWith('/withdraw'))
    expect(sent).toHaveLength(3)
    expect(sent[0]!.body).toEqual({ version: 3, comment: '不再需要' })
    const keys = sent.map((c) => c.headers.get('Idempotency-Key'))
    expect(keys[0]).toMatch(UUID)
    expect(keys[1]).toBe(keys[0])
    expect(keys[2]).not.toBe(keys[0])
  })

  it('creates the draft on the first save and then saves with the version read', async () => {
    let version = 1
    const { calls } = stubApi({
      '/api/items/100010100000': filingGuide,
      '/api/applications': () => ({ status: 201, body: draft({ formData: { unitName: '甲' } }) }),
      [`/api/applications/${CASE_ID}`]: (_url, call) =>
        call.method === 'PUT' ? { body: draft({ version: ++version, formData: (call.body as { formData: Record<string, unknown> }).formData }) } : { body: draft() },
    })
    const store = useApplicationsStore()
    await store.startNew('100010100000')
    expect(store.guide?.name).toBe('生产安全事故应急预案备案')
    expect(store.current).toBeUndefined()

    await store.save('100010100000', { unitName: '甲' })
    expect(store.current?.id).toBe(CASE_ID)
    await store.save('100010100000', completeForm)
    expect(store.current?.version).toBe(2)

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toEqual({ itemCode: '100010100000', formData: { unitName: '甲' } })
    expect(post.headers.get('Idempotency-Key')).toMatch(UUID)
    const put = calls.find((c) => c.method === 'PUT')!
    expect(put.body).toEqual({ formData: completeForm, version: 1 })
  })

  it('on a stale version (409) reloads the case and throws on', async () => {
    let reads = 0
    stubApi({
      '/api/items/100010100000': filingGuide,
      [`/api/applications/${CASE_ID}`]: (_url, call) => {
        if (call.method === 'PUT') {
          return { status: 409, body: problemBody(409, '该办件已被他人修改，请刷新后重试。', '版本冲突', { slug: 'stale-version' }), contentType: 'application/problem+json' }
        }
        reads++
        return { body: draft({ version: reads === 1 ? 1 : 5, formData: reads === 1 ? {} : { unitName: '别处改过' } }) }
      },
    })
    const store = useApplicationsStore()
    await store.open(CASE_ID)
    await expect(store.save('100010100000', { unitName: '本地' })).rejects.toMatchObject({ status: 409 })
    expect(store.current?.version).toBe(5)
    expect(store.current?.formData).toEqual({ unitName: '别处改过' })
    expect(store.problemDetail).toBe('该办件已被他人修改，请刷新后重试。')
  })

  it('keeps a load failure for the view to show (with a retry)', async () => {
    stubApi({ [`/api/applications/${CASE_ID}`]: problem(404, '未找到该办件', '未找到') })
    const store = useApplicationsStore()
    await store.open(CASE_ID)
    expect(store.current).toBeUndefined()
    expect(store.loadError).toMatchObject({ status: 404 })
  })
})
