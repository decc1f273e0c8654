import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problemBody } from '@/testing/http'
import { applicationsApi } from '@/api/applications'
import MaterialSlot from '@/components/apply/MaterialSlot.vue'
import { CASE_ID, completeForm, draft, enterpriseSession, material } from './applyFixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const casePath = `/api/applications/${CASE_ID}`
const allMaterials = [
  material('FILING_FORM', '生产安全事故应急预案备案申报表'),
  material('REVIEW_OPINION', '应急预案评审意见（或论证意见）'),
  material('PLAN_ELECTRONIC_FILE', '应急预案电子文档'),
]

describe('ApplyView: the form', () => {
  it('renders the item’s form with a labelled control per field type and checks it as the server does', async () => {
    const { calls } = enterpriseSession({
      '/api/applications': (_url: URL, call: { body?: unknown }) => ({
        status: 201,
        body: draft({ formData: (call.body as { formData: Record<string, unknown> }).formData }),
      }),
      [casePath]: () => ({ body: draft({ formData: completeForm }) }),
    })
    app = await mountApp('/apply/100010100000')
    const w = app.wrapper
    expect(w.get('h1').text()).toBe('网上申请：生产安全事故应急预案备案')
    expect(w.get('[data-testid="step-heading"]').text()).toBe('第 1 步（共 3 步）：填写申请表')

    // Every control has a label; help texts describe their control.
    const unit = w.get('#apply-field-unitName')
    expect(document.querySelector('label[for="apply-field-unitName"]')?.textContent).toContain('单位名称')
    expect(unit.attributes('aria-describedby')).toContain('apply-field-unitName-hint')
    expect(unit.attributes('maxlength')).toBe('100')
    expect(w.get('#apply-field-contactMobile').attributes('type')).toBe('tel')
    expect(w.get('#apply-field-publishDate').attributes('type')).toBe('date')
    expect(w.get('#apply-field-employees').attributes('inputmode')).toBe('decimal')
    const legend = w.get('[data-field-key="filingType"] legend')
    expect(legend.text()).toBe('备案类型')
    expect(w.findAll('[data-field-key="filingType"] input[type="radio"]')).toHaveLength(2)
    expect(w.get('#apply-field-declaration').attributes('type')).toBe('checkbox')
    expect(w.get('#apply-field-declaration').element.closest('label')?.textContent).toContain('承诺所填信息')
    expect(document.querySelector('label[for="apply-field-employees"]')?.textContent).toContain('（选填）')

    // Everything missing is listed at once; nothing is sent.
    await w.get('[data-testid="apply-form"]').trigger('submit')
    await settle()
    const summary = w.get('[data-testid="problem-summary"]')
    expect(summary.text()).toContain('以下内容需要修改（共 7 处）')
    expect(summary.findAll('[data-testid="problem-item"]').map((li) => li.text())).toEqual([
      '单位名称：请填写此项',
      '统一社会信用代码：请填写此项',
      '联系人手机号码：请填写此项',
      '备案类型：请选择一项',
      '预案发布日期：请填写此项',
      '本人（单位）承诺所填信息和所交材料真实有效：请勾选此项后再提交',
      '送达方式：请选择送达方式',
    ])
    expect(document.activeElement).toBe(summary.element)
    expect(w.get('#apply-field-unitName-error').text()).toBe('请填写此项')
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/applications')).toBe(false)

    // A summary entry leads to its field.
    await summary.findAll('a')[2]!.trigger('click')
    await settle()
    expect(document.activeElement?.id).toBe('apply-field-contactMobile')

    // Bad input is named next to the field.
    await w.get('#apply-field-contactMobile').setValue('1380574')
    await w.get('#apply-field-creditCode').setValue('91330282MA2CX1A7U2')
    await w.get('#apply-field-employees').setValue('12 人')
    await settle()
    expect(w.get('#apply-field-contactMobile-error').text()).toBe('请输入 11 位中国大陆手机号码')
    expect(w.get('#apply-field-creditCode-error').text()).toBe('统一社会信用代码的校验位不正确，请核对营业执照')
    expect(w.get('#apply-field-employees-error').text()).toBe('请输入数字')
    expect(w.get('#apply-field-contactMobile').attributes('aria-invalid')).toBe('true')

    await w.get('#apply-field-unitName').setValue('慈溪市示范化工贸易有限公司')
    await w.get('#apply-field-creditCode').setValue('91330282ma2cx1a7u1')
    await w.get('#apply-field-creditCode').trigger('blur')
    await w.get('#apply-field-contactMobile').setValue('13805740001')
    await w.findAll('[data-field-key="filingType"] input[type="radio"]')[0]!.setValue(true)
    await w.get('#apply-field-publishDate').setValue('2026-11-20')
    await w.get('#apply-field-employees').setValue('')
    await w.get('#apply-field-declaration').setValue(true)
    // the delivery: the guide's methods, a postal one asking for its address, recipient and mobile
    expect(w.findAll('[data-testid="delivery-choice"] input[type="radio"]')).toHaveLength(2)
    await w.get('[data-testid="delivery-POST"]').setValue(true)
    await w.get('[data-testid="apply-form"]').trigger('submit')
    await settle()
    expect(w.get('#delivery-address-error').text()).toBe('请填写此项')
    expect(w.get('#delivery-mobile-error').text()).toBe('请填写此项')
    await w.get('[data-testid="delivery-ELECTRONIC"]').setValue(true)
    await w.get('[data-testid="apply-form"]').trigger('submit')
    await settle()

    const post = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/applications')!
    expect(post.body).toEqual({ itemCode: '100010100000', formData: completeForm, delivery: { method: 'ELECTRONIC' } })
    expect(post.headers.get('Idempotency-Key')).toBeTruthy()
    expect(app.router.currentRoute.value.query).toEqual({ id: CASE_ID, step: 'materials' })
    expect(w.get('[data-testid="step-heading"]').text()).toBe('第 2 步（共 3 步）：上传申请材料')
    expect(document.activeElement?.id).toBe('step-heading')
    expect(w.get('[data-testid="draft-number"]').text()).toContain('AJ-20261128-0003')
  })

  it('shows the server’s field errors of a save on their fields', async () => {
    enterpriseSession({
      '/api/applications': () => ({
        status: 422,
        contentType: 'application/problem+json',
        body: problemBody(422, '请检查标出的内容。', '表单有误', {
          errors: [{ field: 'formData.unitName', message: '长度应在 0 到 100 个字符之间' }],
        }),
      }),
    })
    app = await mountApp('/apply/100010100000')
    const w = app.wrapper
    await w.get('#apply-field-unitName').setValue('甲公司')
    await w.get('[data-testid="save-draft"]').trigger('click')
    await settle()
    expect(w.get('[data-testid="problem-summary"]').text()).toContain('单位名称：长度应在 0 到 100 个字符之间')
    expect(w.get('#apply-field-unitName-error').text()).toBe('长度应在 0 到 100 个字符之间')
    // Changing the value clears the server's message.
    await w.get('#apply-field-unitName').setValue('乙公司')
    await settle()
    expect(w.find('#apply-field-unitName-error').exists()).toBe(false)
  })

  it('refuses an item that is not for this kind of applicant', async () => {
    enterpriseSession({
      '/api/items/100010100000': {
        code: '100010100000',
        name: '个人事项',
        online: true,
        serviceObjects: ['NATURAL_PERSON'],
        form: { fields: [] },
        materials: [],
      },
    })
    app = await mountApp('/apply/100010100000')
    expect(app.wrapper.get('[data-testid="apply-refused"]').text()).toContain('服务对象不包括您这类申请人')
    expect(app.wrapper.find('[data-testid="apply-form"]').exists()).toBe(false)
  })
})

describe('ApplyView: materials', () => {
  it('checks a file before uploading it, and lists the required materials still missing', async () => {
    enterpriseSession({ [casePath]: draft({ formData: completeForm, materials: [allMaterials[0]!] }) })
    const upload = vi.spyOn(applicationsApi, 'uploadMaterial')
    app = await mountApp(`/apply/100010100000?id=${CASE_ID}&step=materials`)
    const w = app.wrapper
    const slots = w.findAll('[data-testid="material-slot"]')
    expect(slots.map((s) => s.attributes('data-material'))).toEqual([
      'FILING_FORM',
      'REVIEW_OPINION',
      'PLAN_ELECTRONIC_FILE',
      'OTHER_PROOF',
    ])
    expect(slots[0]!.get('h3').text()).toContain('生产安全事故应急预案备案申报表')
    expect(slots[0]!.get('h3').text()).toContain('必交')
    expect(slots[0]!.text()).toContain('受理标准：主要负责人签字并加盖公章')
    expect(slots[0]!.text()).toContain('填写说明：在线填报后下载打印签章，上传彩色扫描件')
    expect(slots[0]!.get('[data-testid="uploaded-file"]').text()).toContain('filing_form.pdf')
    expect(slots[3]!.get('h3').text()).toContain('选交')
    const input = slots[1]!.get('input[type="file"]')
    expect(input.attributes('accept')).toContain('.pdf')
    expect(input.attributes('aria-label')).toBe('为“应急预案评审意见（或论证意见）”选择文件')

    const slot = w.findAllComponents(MaterialSlot)[1]!
    const send = (file: File) => (slot.vm as unknown as { send(file: File): Promise<void> }).send(file)
    await send(new File(['x'], 'opinion.docx'))
    await settle()
    expect(slot.get('[data-testid="slot-error"]').text()).toContain('“opinion.docx”不是可接受的文件类型')
    expect(slot.get('[data-testid="upload-live"]').text()).toContain('不是可接受的文件类型')
    expect(input.attributes('aria-invalid')).toBe('true')
    await send(new File([], 'empty.pdf'))
    await settle()
    expect(slot.get('[data-testid="slot-error"]').text()).toBe('“empty.pdf”是空文件，请重新选择。')
    const big = new File(['x'], 'big.pdf')
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 })
    await send(big)
    await settle()
    expect(slot.get('[data-testid="slot-error"]').text()).toBe('文件大小为 21 MB，超过了 20 MB 的上限。请压缩或拆分后再上传。')
    expect(upload).not.toHaveBeenCalled()

    await w.get('[data-testid="materials-next"]').trigger('click')
    await settle()
    const summary = w.get('[data-testid="problem-summary"]')
    expect(summary.text()).toContain('还有 2 项必交材料未上传。')
    expect(summary.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '#apply-material-REVIEW_OPINION',
      '#apply-material-PLAN_ELECTRONIC_FILE',
    ])
    expect(app.router.currentRoute.value.query.step).toBe('materials')
  })

  it('uploads with progress announced, then shows the file', async () => {
    let view = draft({ formData: completeForm })
    enterpriseSession({ [casePath]: () => ({ body: view }) })
    let finish: () => void = () => {}
    vi.spyOn(applicationsApi, 'uploadMaterial').mockImplementation(async (_id, code, file, onProgress) => {
      onProgress?.(30)
      await new Promise<void>((resolve) => (finish = resolve))
      const stored = { ...material(code, '应急预案评审意见（或论证意见）'), fileName: file.name }
      view = { ...view, version: 2, materials: [stored] }
      return stored
    })
    app = await mountApp(`/apply/100010100000?id=${CASE_ID}&step=materials`)
    const slot = app.wrapper.findAllComponents(MaterialSlot)[1]!
    const sending = (slot.vm as unknown as { send(file: File): Promise<void> }).send(new File(['%PDF'], '评审意见.pdf'))
    await settle()
    expect(slot.find('[data-testid="upload-progress"]').exists()).toBe(true)
    expect(slot.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('30')
    expect(slot.get('[data-testid="upload-live"]').text()).toBe('正在上传“评审意见.pdf”：25%')
    expect(app.wrapper.get('[data-testid="materials-next"]').attributes('disabled')).toBeDefined()
    finish()
    await sending
    await settle()
    expect(slot.get('[data-testid="upload-live"]').text()).toBe('“评审意见.pdf”已上传。')
    expect(slot.get('[data-testid="uploaded-file"]').text()).toContain('评审意见.pdf')
    expect(slot.find('[data-testid="upload-progress"]').exists()).toBe(false)
  })
})

describe('ApplyView: review and submission', () => {
  it('lists everything the server finds missing, each leading to its field or upload slot', async () => {
    const { calls } = enterpriseSession({
      [casePath]: draft({ version: 4, formData: completeForm, materials: allMaterials }),
      [`${casePath}/submit`]: () => ({
        status: 422,
        contentType: 'application/problem+json',
        body: problemBody(422, '申请不完整，请补齐后再提交。', '申请不完整', {
          errors: [
            { field: 'formData.publishDate', message: '应为有效日期（年-月-日）' },
            { field: 'formData.contactMobile', message: '手机号码应为 11 位中国大陆手机号' },
            { field: 'materials.REVIEW_OPINION', message: '缺少材料：应急预案评审意见（或论证意见）' },
          ],
        }),
      }),
    })
    app = await mountApp(`/apply/100010100000?id=${CASE_ID}&step=review`)
    const w = app.wrapper
    expect(w.get('[data-testid="step-heading"]').text()).toBe('第 3 步（共 3 步）：核对并提交')
    const review = w.get('[data-testid="apply-review"]')
    expect(review.text()).toContain('慈溪市示范化工贸易有限公司')
    expect(review.text()).toContain('首次备案')
    expect(review.text()).toContain('应急预案电子文档')
    expect(review.text()).toContain('零跑腿')

    await w.get('[data-testid="submit"]').trigger('click')
    await settle()
    const submit = calls.find((c) => c.url.pathname.endsWith('/submit'))!
    expect(submit.body).toEqual({ version: 4 })
    const summary = w.get('[data-testid="problem-summary"]')
    expect(summary.text()).toContain('申请不完整，请补齐后再提交。')
    expect(summary.findAll('[data-testid="problem-item"]').map((li) => li.text())).toEqual([
      '联系人手机号码：手机号码应为 11 位中国大陆手机号',
      '预案发布日期：应为有效日期（年-月-日）',
      '应急预案评审意见（或论证意见）：缺少材料：应急预案评审意见（或论证意见）',
    ])
    expect(document.activeElement).toBe(summary.element)

    // The material's link opens the materials step at its slot, which shows the message too.
    await summary.findAll('a')[2]!.trigger('click')
    await settle()
    expect(app.router.currentRoute.value.query.step).toBe('materials')
    expect(document.activeElement?.id).toBe('apply-material-REVIEW_OPINION')
    const slot = w.get('[data-material="REVIEW_OPINION"]')
    expect(slot.get('[data-testid="slot-error"]').text()).toBe('缺少材料：应急预案评审意见（或论证意见）')

    // The field's link opens the form at the field, with the server's message on it.
    await w.get('[data-testid="problem-summary"]').findAll('a')[0]!.trigger('click')
    await settle()
    expect(app.router.currentRoute.value.query.step).toBe('form')
    expect(document.activeElement?.id).toBe('apply-field-contactMobile')
    expect(w.get('#apply-field-contactMobile-error').text()).toBe('手机号码应为 11 位中国大陆手机号')
  })

  it('submits and opens the case with the result announced', async () => {
    let view = draft({ version: 4, formData: completeForm, materials: allMaterials })
    const { calls } = enterpriseSession({
      [casePath]: () => ({ body: view }),
      [`${casePath}/submit`]: () => {
        view = { ...view, state: 'SUBMITTED', version: 5, submittedAt: '2026-11-28T00:00:00Z', availableActions: ['WITHDRAW'] }
        return { body: view }
      },
    })
    app = await mountApp(`/apply/100010100000?id=${CASE_ID}&step=review`)
    await app.wrapper.get('[data-testid="submit"]').trigger('click')
    await vi.waitFor(() => expect(app!.router.currentRoute.value.path).toBe(`/my/applications/${CASE_ID}`))
    await vi.waitFor(() => expect(app!.wrapper.find('[data-testid="case-flash"]').exists()).toBe(true))
    const flash = app.wrapper.get('[data-testid="case-flash"]')
    expect(flash.attributes('role')).toBe('status')
    expect(flash.text()).toContain('申请已提交，办件编号 AJ-20261128-0003')
    expect(app.wrapper.get('[data-testid="state-tag"]').text()).toContain('已提交，待受理')
    expect(calls.filter((c) => c.url.pathname.endsWith('/submit'))).toHaveLength(1)
  })

  it('catches what is missing before asking the server', async () => {
    const { calls } = enterpriseSession({
      [casePath]: draft({ formData: { ...completeForm, declaration: false }, materials: allMaterials.slice(0, 2) }),
    })
    app = await mountApp(`/apply/100010100000?id=${CASE_ID}&step=review`)
    await app.wrapper.get('[data-testid="submit"]').trigger('click')
    await settle()
    expect(app.wrapper.get('[data-testid="problem-summary"]').findAll('[data-testid="problem-item"]').map((li) => li.text())).toEqual([
      '本人（单位）承诺所填信息和所交材料真实有效：请勾选此项后再提交',
      '应急预案电子文档：未上传',
    ])
    expect(calls.some((c) => c.url.pathname.endsWith('/submit'))).toBe(false)
  })

  it('sends a draft that was already submitted to its case page', async () => {
    enterpriseSession({ [casePath]: draft({ state: 'SUBMITTED' }) })
    app = await mountApp(`/apply/100010100000?id=${CASE_ID}&step=review`)
    await vi.waitFor(() => expect(app!.router.currentRoute.value.path).toBe(`/my/applications/${CASE_ID}`))
  })
})
