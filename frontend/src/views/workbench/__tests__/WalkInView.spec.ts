import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp, settle } from '@/testing/mountApp'
import { problemBody, stubApi, type Call } from '@/testing/http'
import { page } from '@/testing/fixtures'
import { staffAccount, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'
import type { AccountView, Role } from '@/api'
import { applicantIdentifierMessage, formFieldMessage, toFormData } from '@/components/workbench/walkIn'
import { CASE_ID, guide, locations, submittedCase } from '@/components/workbench/__tests__/fixtures'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const CASE_PATH = `/api/workbench/applications/${CASE_ID}`
const LABEL = 'workbench.walkIn.applicant'

function staffSession(roles: Role[], more: Record<string, object> = {}) {
  sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
  const account: AccountView = { ...staffAccount, roles, sessionRoles: roles }
  return stubApi({
    '/api/auth/refresh': () => ({ body: tokenPair({ upn: 'STAFF', groups: roles, kind: 'STAFF' }) }),
    '/api/me': account,
    '/api/items': page(),
    '/api/items/010019600100': guide,
    '/api/locations': locations,
    ...more,
  })
}

/** XMLHttpRequest as uploadForm uses it: answers 201 with the stored material, reporting progress first. */
class FakeXhr {
  static sent: { url: string; form: FormData; headers: Record<string, string> }[] = []
  status = 0
  responseText = ''
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {}
  onload?: () => void
  onerror?: () => void
  onabort?: () => void
  private url = ''
  private headers: Record<string, string> = {}
  open(_method: string, url: string) {
    this.url = url
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  abort() {}
  send(form: FormData) {
    FakeXhr.sent.push({ url: this.url, form, headers: this.headers })
    const file = form.get('file') as File
    setTimeout(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 })
      this.status = 201
      this.responseText = JSON.stringify({
        id: 'f0000000-0000-4000-8000-000000000001',
        materialCode: form.get('materialCode'),
        fileName: file.name,
        contentType: file.type,
        size: file.size,
      })
      this.onload?.()
    }, 0)
  }
}

describe('walk-in rules', () => {
  it('takes a valid credit code or ID number as the applicant, and says what is wrong otherwise', () => {
    expect(applicantIdentifierMessage('91330282MA2CX1A7U1', LABEL)).toBeUndefined()
    expect(applicantIdentifierMessage(' 91330282ma2cx1a7u1 ', LABEL)).toBeUndefined()
    expect(applicantIdentifierMessage('11010519491231002X', LABEL)).toBeUndefined()
    expect(applicantIdentifierMessage('11010519491231002x', LABEL)).toBeUndefined()
    expect(applicantIdentifierMessage('', LABEL)).toEqual({ key: 'form.required', field: LABEL })
    expect(applicantIdentifierMessage('9133028', LABEL)).toEqual({ key: 'workbench.walkIn.applicantFormat' })
    expect(applicantIdentifierMessage('91330282MA2CX1A7U2', LABEL)).toEqual({ key: 'validation.creditCodeCheck' })
    expect(applicantIdentifierMessage('91330282MA2CX1A7I1', LABEL)).toEqual({ key: 'validation.creditCodeChars' })
    expect(applicantIdentifierMessage('110105194912310021', LABEL)).toEqual({ key: 'validation.idNumberCheck' })
    expect(applicantIdentifierMessage('110105194913310028', LABEL)).toEqual({ key: 'validation.idNumberDate' })
  })

  it('checks the item’s form fields by type and sends numbers, booleans and codes as such', () => {
    const [unitName, creditCode, mobile, area, mode, declaration] = guide.form!.fields!
    expect(formFieldMessage(unitName!, '')).toEqual({ key: 'workbench.panel.required', params: { field: '单位名称' } })
    expect(formFieldMessage(unitName!, 'x'.repeat(101))).toEqual({ key: 'workbench.walkIn.tooLong', params: { n: 100 } })
    expect(formFieldMessage(creditCode!, '91330282MA2CX1A7U2')).toEqual({ key: 'validation.creditCodeCheck' })
    expect(formFieldMessage(mobile!, '1380574000')).toEqual({ key: 'validation.mobile' })
    expect(formFieldMessage(area!, 'abc')).toEqual({ key: 'workbench.walkIn.invalidNumber' })
    expect(formFieldMessage(area!, '0')).toEqual({ key: 'workbench.walkIn.min', params: { n: 1 } })
    expect(formFieldMessage(mode!, '零售')).toBeUndefined()
    expect(formFieldMessage(declaration!, false)).toEqual({ key: 'workbench.walkIn.mustCheck', params: { field: declaration!.label } })
    expect(
      toFormData(guide.form!.fields!, {
        unitName: ' 慈溪市示范化工贸易有限公司 ',
        creditCode: '91330282ma2cx1a7u1',
        contactMobile: '',
        businessArea: '120.5',
        businessMode: '零售',
        declaration: true,
      }),
    ).toEqual({
      unitName: '慈溪市示范化工贸易有限公司',
      creditCode: '91330282MA2CX1A7U1',
      businessArea: 120.5,
      businessMode: '零售',
      declaration: true,
    })
  })
})

describe('WalkInView', () => {
  it('registers a walk-in: item, applicant, form; uploads the materials; then submits', async () => {
    FakeXhr.sent = []
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const draft = submittedCase({
      state: 'DRAFT',
      version: 1,
      materials: submittedCase().materials!.filter((m) => m.materialCode !== 'BUSINESS_LICENSE'),
      availableActions: ['SUBMIT', 'WITHDRAW'],
    })
    let submitted = false
    const { calls } = staffSession(['WINDOW'], {
      '/api/workbench/applications': (_url: URL, call: Call) => {
        const body = call.body as { applicant: string }
        if (body.applicant !== '91330282MA2CX1A7U1') {
          return {
            status: 422,
            contentType: 'application/problem+json',
            body: problemBody(422, '申请有 1 处问题，请检查标出的内容。', '无法创建申请', {
              errors: [{ field: 'applicant', message: '没有以该统一社会信用代码或身份证号码注册的申请人，请先为其注册' }],
            }),
          }
        }
        return { status: 201, body: draft }
      },
      [CASE_PATH]: () => ({ body: submitted ? submittedCase() : { ...draft, version: 6 } }),
      [`${CASE_PATH}/actions`]: () => {
        submitted = true
        return { body: submittedCase() }
      },
    })
    app = await mountApp('/staff/walk-in')
    const w = app.wrapper
    expect(w.get('h1').text()).toBe('窗口登记申请')

    // Nothing filled in: every problem at once, the focus on the first.
    await w.get('[data-testid="walkin-form"]').trigger('submit')
    await settle()
    expect(w.get('[data-testid="walkin-error"]').text()).toBe('有 2 处需要修改，请检查标出的项目。')
    expect(w.get('#walkin-item-error').text()).toBe('请选择办理事项')
    expect(w.get('#walkin-applicant-error').text()).toBe('请填写申请人统一社会信用代码或身份证号码')
    expect(document.activeElement?.id).toBe('walkin-item')

    await w.get('#walkin-item').setValue('010019600100')
    await settle()
    expect(w.findAll('[data-field^="walkin-form-"]')).toHaveLength(6)
    expect(w.get('label[for="walkin-form-unitName"]').text()).toBe('单位名称')

    // A wrong check character is caught before anything is sent.
    await w.get('input#walkin-applicant').setValue('91330282ma2cx1a7u2')
    await w.get('input#walkin-applicant').trigger('blur')
    expect(w.get<HTMLInputElement>('input#walkin-applicant').element.value).toBe('91330282MA2CX1A7U2')
    expect(w.get('#walkin-applicant-error').text()).toBe('统一社会信用代码的校验位不正确，请核对营业执照')

    await w.get('input#walkin-applicant').setValue('91330282MA2CX1A7U1')
    await w.get('input#walkin-form-unitName').setValue('慈溪市示范化工贸易有限公司')
    await w.get('input#walkin-form-creditCode').setValue('91330282MA2CX1A7U1')
    await w.get('input#walkin-form-contactMobile').setValue('13805740001')
    await w.get('input#walkin-form-businessArea').setValue('120')
    await w.get('select#walkin-form-businessMode').setValue('零售')
    await w.get('#walkin-form-declaration').setValue(true)
    await w.get('#walkin-channel-POST').setValue(true)
    await w.get('[data-testid="walkin-form"]').trigger('submit')
    await settle()

    const create = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/workbench/applications')!
    expect(create.body).toEqual({
      itemCode: '010019600100',
      applicant: '91330282MA2CX1A7U1',
      channel: 'POST',
      formData: {
        unitName: '慈溪市示范化工贸易有限公司',
        creditCode: '91330282MA2CX1A7U1',
        contactMobile: '13805740001',
        businessArea: 120,
        businessMode: '零售',
        declaration: true,
      },
    })
    expect(app.router.currentRoute.value.query).toEqual({ case: CASE_ID })
    expect(w.get('[data-testid="walkin-status"]').text()).toBe('已登记办件 AJ-20261128-0006（草稿）。请上传材料后提交。')
    expect(w.get('[data-testid="walkin-missing"]').text()).toBe('还有 1 项必交材料未上传。')

    // Submitting with a required material missing is stopped here.
    await w.get('[data-testid="walkin-submit"]').trigger('click')
    await settle()
    expect(w.get('[data-testid="walkin-submit-error"]').text()).toBe('还有 1 项必交材料未上传。')

    const input = w.get<HTMLInputElement>('#walkin-file-BUSINESS_LICENSE')
    const file = new File(['%PDF-1.4'], '营业执照.pdf', { type: 'application/pdf' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await settle()
    expect(FakeXhr.sent).toHaveLength(1)
    expect(FakeXhr.sent[0]!.url).toBe(`${CASE_PATH}/materials`)
    expect(FakeXhr.sent[0]!.form.get('materialCode')).toBe('BUSINESS_LICENSE')
    expect(FakeXhr.sent[0]!.headers.Authorization).toMatch(/^Bearer /)
    expect(w.get('[data-material="BUSINESS_LICENSE"]').text()).toContain('营业执照.pdf')
    expect(w.find('[data-testid="walkin-missing"]').exists()).toBe(false)

    await w.get('[data-testid="walkin-submit"]').trigger('click')
    await settle()
    // The version after the uploads is the one sent.
    expect(calls.find((c) => c.url.pathname.endsWith('/actions'))!.body).toEqual({ action: 'SUBMIT', version: 6 })
    await vi.waitFor(() => expect(app!.router.currentRoute.value.path).toBe(`/staff/cases/${CASE_ID}`))
    await settle()
    expect(w.text()).toContain('办件 AJ-20261128-0006 已提交，进入“待受理”。')
  })

  it('shows the server’s message on the applicant field when no such applicant is registered', async () => {
    staffSession(['WINDOW'], {
      '/api/workbench/applications': () => ({
        status: 422,
        contentType: 'application/problem+json',
        body: problemBody(422, '申请有 1 处问题，请检查标出的内容。', '无法创建申请', {
          errors: [{ field: 'applicant', message: '没有以该统一社会信用代码或身份证号码注册的申请人，请先为其注册' }],
        }),
      }),
    })
    app = await mountApp('/staff/walk-in?item=010019600100')
    const w = app.wrapper
    await settle()
    await w.get('input#walkin-applicant').setValue('11010519491231002X')
    await w.get('input#walkin-form-unitName').setValue('张三')
    await w.get('input#walkin-form-creditCode').setValue('91330282MA2CX1A7U1')
    await w.get('input#walkin-form-contactMobile').setValue('13805740001')
    await w.get('input#walkin-form-businessArea').setValue('10')
    await w.get('select#walkin-form-businessMode').setValue('批发')
    await w.get('#walkin-form-declaration').setValue(true)
    await w.get('[data-testid="walkin-form"]').trigger('submit')
    await settle()
    expect(w.get('[data-testid="walkin-error"]').text()).toBe('申请有 1 处问题，请检查标出的内容。')
    expect(w.get('#walkin-applicant-error').text()).toBe('没有以该统一社会信用代码或身份证号码注册的申请人，请先为其注册')
    expect(document.activeElement?.id).toBe('walkin-applicant')
  })

  it('is for window officers only', async () => {
    staffSession(['REVIEWER'])
    app = await mountApp('/staff/walk-in')
    expect(app.router.currentRoute.value.name).toBe('forbidden')
  })
})
