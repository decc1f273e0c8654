// Browser test of issue 5's scenario: a zero-visit application is approved, its certificate is downloaded and
// verified on the public page by scanning (decoding) its QR code, then the service is rated.
//
// The demo enterprise applies for an immediate (即办件) zero-visit filing; the window accepts it and approves it on
// the spot in the workbench, then delivers it electronically. On a phone, the applicant downloads the certificate's
// PDF from "my certificates"; the QR code printed in it is decoded here (support/pdf-qr.mjs) and opened in a
// logged-out browser, as a member of the public scanning the printout would: the record is valid and the document
// matches, while the same link with another code says the document does not. Last, the applicant rates the case,
// once. Against the packaged application, or E2E_BASE_URL (see support/app.mjs).
// The steps below are ordered and share state: a step fails early when an earlier one did.
import { after, describe } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { openSiteMenuIfFolded, screenshotPath } from './support/app.mjs'
import { act as actOnCase, openFromQueue as openCaseFromQueue } from './support/workbench.mjs'
import { qrCodesInPdf } from './support/pdf-qr.mjs'
import { logIn, logInAsStaff } from './support/session.mjs'
import { assertNoAxeViolations, assertNoHorizontalOverflow, browserSuite, orderedSteps } from './support/suite.mjs'

const DEMO_ENTERPRISE = '91330282MA2CX1A7U1'
const DEMO_ENTERPRISE_NAME = '慈溪市示范化工贸易有限公司'
/** 第三类非药品类易制毒化学品经营备案: immediate, zero-visit; its result is a filing receipt valid 3 years. */
const ITEM = '100010300000'
const ITEM_NAME = '第三类非药品类易制毒化学品经营备案'
const CERTIFICATE_TITLE = '第三类非药品类易制毒化学品经营备案证明'
const CASE_NUMBER = /^AJ-\d{8}-\d{4}$/
/** The number in the style certificate/types.json gives this item: （浙）3J, the county code, the year, a sequence. */
const CERTIFICATE_NUMBER = /^（浙）3J330282\d{8}$/
/** A tiny but well-formed PDF for the materials (the server looks at the magic bytes). */
const MATERIAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
)
/** Timeouts for server round trips that write or make a PDF: generous, but bounded. */
const WRITE_TIMEOUT = 20_000
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }

const { check, newPage, baseUrl } = browserSuite()

// ---- shared state of the ordered steps ------------------------------------------------------------

/** @type {import('playwright-core').Page | undefined} the applicant's phone page */
let applicant
/** @type {import('playwright-core').Page | undefined} the staff's desktop page */
let staff
/** @type {import('playwright-core').Page | undefined} a member of the public's phone, never logged in */
let visitor
/** The access token the applicant's SPA was given at login (for the steps taken through the API). */
let applicantToken
/** The case as the submission answered it: { id, number }. */
let theCase
/** The certificate issued for the case: its number. */
let certificateNumber
/** The PDF as downloaded. */
let pdfBytes
/** The verification URL read from the PDF's QR code. */
let scanned
const step = orderedSteps(check, 'certificate', () => ({ applicant, staff, visitor }))

after(async () => {
  for (const page of [applicant, staff, visitor]) await page?.context().close().catch(() => {})
})

// ---- helpers ---------------------------------------------------------------------------------------

/** A date `days` ago as yyyy-mm-dd. */
function daysAgo(days) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
}

/** The item's form, filled in as the enterprise would (the keys are checked against the guide). */
const FORM_DATA = {
  unitName: DEMO_ENTERPRISE_NAME,
  creditCode: DEMO_ENTERPRISE,
  legalRepresentative: '王示范',
  contactName: '李联系',
  contactMobile: '13805740001',
  varieties: '甲苯、丙酮',
  annualVolume: 12.5,
  mainFlow: '慈溪市及宁波市内的涂料、胶粘剂生产企业，用作溶剂。',
  hazchemLicenceNo: '甬慈安经字〔2016〕000123号',
  operationStartDate: daysAgo(5),
  declaration: true,
}

/** A call to the API as the applicant, with the token the SPA holds; asserts the status and gives the body. */
async function asApplicant(method, path, options = {}, status = 200) {
  const response = await applicant.request.fetch(path, {
    method,
    headers: { Authorization: `Bearer ${applicantToken}`, Accept: 'application/json' },
    timeout: WRITE_TIMEOUT,
    ...options,
  })
  const text = await response.text()
  assert.equal(response.status(), status, `${method} ${path} answered ${response.status()}: ${text}`)
  return text ? JSON.parse(text) : undefined
}

/** The workbench queue, searched for this test's case, which is opened. */
const openFromQueue = (page, tabLabel) => openCaseFromQueue(page, theCase, ITEM_NAME, tabLabel)
/** One move on this test's case through the action panel; the case as the server answered. */
const act = (page, action, actionLabel, fill) => actOnCase(page, theCase, action, actionLabel, fill)

/** The applicant's case page, (re)loaded: the state shown. */
async function openCase(state) {
  const page = applicant
  await page.goto(`/my/applications/${theCase.id}`)
  await page.getByTestId('state-tag').first().and(page.locator(`[data-state="${state}"]`)).waitFor()
  assert.match(await page.locator('.case-meta').innerText(), new RegExp(`办件编号\\s*${theCase.number}`))
}

/** The public verification page at `url`: waits for its result and gives the result section. */
async function openVerification(url) {
  const page = visitor
  await page.goto(url)
  await page.getByRole('heading', { level: 1, name: '电子证照核验' }).waitFor()
  const result = page.getByTestId('verify-result')
  await result.getByTestId('verify-status').waitFor()
  return result
}

// ---- the scenario ----------------------------------------------------------------------------------

describe('a zero-visit filing approved at once, its certificate downloaded, scanned and verified, then rated', () => {
  const APPLY = 'the enterprise applies for the immediate zero-visit filing'
  const APPROVE = 'the window accepts and approves it on the spot, then delivers it electronically'
  const DOWNLOAD = 'the applicant downloads the certificate’s PDF from my certificates on a phone'
  const SCAN = 'the QR code printed in the PDF decodes to the certificate’s verification link'
  const VERIFY = 'a member of the public opens the scanned link: valid, the holder, the item, the document matches'
  const TAMPER = 'the same link with another code says the document does not match'
  const RATE = 'the applicant rates the service once on the case page'

  step(APPLY, undefined, async () => {
    const guide = await (await fetch(`${baseUrl()}/api/items/${ITEM}`, { headers: { Accept: 'application/json' } })).json()
    assert.equal(guide.kind, 'IMMEDIATE', 'the item is an immediate item (即办件)')
    assert.equal(guide.zeroVisit, true, 'the item is a zero-visit item')
    assert.equal(guide.result?.type, 'FILING_RECEIPT', 'its result is a filing receipt')
    const keys = (guide.form?.fields ?? []).map((f) => f.key).sort()
    assert.deepEqual(keys, Object.keys(FORM_DATA).sort(), 'the test fills in every field of the item’s form')
    const required = (guide.materials ?? []).filter((m) => m.required ?? m.necessity === 'REQUIRED')
    assert.ok(required.length > 0, 'the item has required materials')

    // The enterprise logs in on a phone; the SPA's token is used for the application itself, which the
    // application test already fills in through the wizard.
    applicant = await newPage(PHONE)
    const page = applicant
    const tokens = await logIn(page, '企业', DEMO_ENTERPRISE)
    applicantToken = tokens.accessToken
    assert.ok(applicantToken, 'the login answered an access token')
    await page.waitForURL(/\/account$/)
    await page.getByTestId('account-details').getByText(DEMO_ENTERPRISE).waitFor()

    const draft = await asApplicant('POST', '/api/applications', { data: { itemCode: ITEM } }, 201)
    await asApplicant('PUT', `/api/applications/${draft.id}`, { data: { formData: FORM_DATA, delivery: { method: 'ELECTRONIC' } } })
    for (const material of required) {
      await asApplicant(
        'POST',
        `/api/applications/${draft.id}/materials`,
        {
          multipart: {
            materialCode: material.code,
            file: { name: `${material.code.toLowerCase()}.pdf`, mimeType: 'application/pdf', buffer: MATERIAL_PDF },
          },
        },
        201,
      )
    }
    const submitted = await asApplicant('POST', `/api/applications/${draft.id}/submit`, { data: {} })
    assert.equal(submitted.state, 'SUBMITTED')
    assert.match(submitted.number, CASE_NUMBER)
    theCase = { id: submitted.id, number: submitted.number }

    await openCase('SUBMITTED')
    await page.getByRole('heading', { level: 1, name: ITEM_NAME }).waitFor()
  })

  step(APPROVE, APPLY, async () => {
    staff = await newPage()
    const page = staff
    await logInAsStaff(page, 'window')
    await openFromQueue(page, '待受理')
    assert.match(await page.locator('.case-head').innerText(), /零跑腿/)

    // An immediate item: the acceptance offers to approve on the spot.
    const approved = await act(page, 'ACCEPT', '受理', async (form) => {
      const approveNow = form.getByRole('checkbox', { name: '即办件：受理后当场准予办结', exact: true })
      assert.equal(await approveNow.isChecked(), false, 'approving on the spot is a choice, not the default')
      await approveNow.check()
      await form.getByText('勾选后本件直接准予，不再转审查和审批。').waitFor()
    })
    assert.equal(approved.state, 'APPROVED', 'the acceptance approved the case at once')
    await page.getByTestId('case-number').locator('..').getByText('已准予，待送达').waitFor()

    // The certificate is issued with the approval: the workbench shows it.
    const card = page.getByTestId('staff-certificate').getByTestId('certificate-card')
    await card.waitFor({ timeout: WRITE_TIMEOUT })
    certificateNumber = await card.getAttribute('data-number')
    assert.match(certificateNumber ?? '', CERTIFICATE_NUMBER)
    assert.match(await card.innerText(), new RegExp(CERTIFICATE_TITLE))

    const delivered = await act(page, 'DELIVER', '送达结果', async (form) => {
      const methods = form.getByRole('group', { name: '送达方式' })
      assert.equal(await methods.getByRole('radio', { name: '窗口领取' }).count(), 0, 'no window pickup for a zero-visit item')
      await methods.getByRole('radio', { name: '电子送达', exact: true }).check()
    })
    assert.equal(delivered.state, 'COMPLETED')
    assert.equal(delivered.delivery?.method, 'ELECTRONIC')
    await page.getByTestId('case-number').locator('..').getByText('已办结').waitFor()
    await page.getByTestId('no-actions').waitFor()
    await page.screenshot({ path: screenshotPath('certificate-staff-completed-zh'), fullPage: true })

    // The applicant: completed, approved when accepted, the certificate on the case page.
    await openCase('COMPLETED')
    const timeline = await applicant.getByTestId('timeline').innerText()
    assert.match(timeline, /即办件，受理时当场准予/)
    assert.match(timeline, /送达方式：电子送达/)
    await applicant.getByTestId('case-certificate').locator(`[data-number="${certificateNumber}"]`).waitFor()
  })

  step(DOWNLOAD, APPROVE, async () => {
    const page = applicant
    await page.goto('/my/certificates')
    await page.getByRole('heading', { level: 1, name: '我的证照' }).waitFor()
    const card = page.locator(`[data-testid="certificate-card"][data-number="${certificateNumber}"]`)
    await card.waitFor()
    const text = await card.innerText()
    for (const value of [CERTIFICATE_TITLE, certificateNumber, '备案回执', '有效', DEMO_ENTERPRISE_NAME, ITEM_NAME]) {
      assert.ok(text.includes(value), `the card shows ${value}:\n${text}`)
    }
    // Valid 3 years from today: 1095 or 1096 days left, a leap day in between or not.
    assert.match(text, /还有 109[56] 天到期/)
    await assertNoHorizontalOverflow(page, 'my certificates at 375 px')
    await page.screenshot({ path: screenshotPath('certificate-mine-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'my certificates (phone)')

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: WRITE_TIMEOUT }),
      card.getByRole('button', { name: `下载 ${certificateNumber} 的 PDF`, exact: true }).click(),
    ])
    assert.equal(download.suggestedFilename(), `${certificateNumber}.pdf`)
    assert.equal(await download.failure(), null, 'the download completed')
    pdfBytes = await readFile(await download.path())
    assert.equal(pdfBytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF')
    assert.ok(pdfBytes.length > 1_000, `a real document, not an error page: ${pdfBytes.length} bytes`)
    assert.equal(await card.getByRole('alert').count(), 0, 'no download error is shown')
  })

  step(SCAN, DOWNLOAD, async () => {
    const codes = qrCodesInPdf(pdfBytes)
    assert.equal(codes.length, 1, `one QR code in the PDF: ${JSON.stringify(codes)}`)
    scanned = new URL(codes[0])
    assert.equal(decodeURIComponent(scanned.pathname), `/verify/${certificateNumber}`)
    assert.match(scanned.searchParams.get('s') ?? '', /^[A-Za-z0-9_-]{16}$/, 'the link carries the document’s 16-character code')
    if (!process.env.E2E_BASE_URL) {
      // The packaged app started for the tests has itself as its public URL (support/app.mjs).
      assert.equal(scanned.origin, baseUrl(), 'the QR code leads to this server')
    }
    // The address printed on the card is the one in the QR code.
    const card = applicant.locator(`[data-testid="certificate-card"][data-number="${certificateNumber}"]`)
    assert.ok((await card.innerText()).includes(scanned.href), `the card shows the scanned address ${scanned.href}`)
  })

  step(VERIFY, SCAN, async () => {
    // Another phone, never logged in. A server under test with another public URL (E2E_BASE_URL) is reached
    // by its path and query: they are what the link carries.
    visitor = await newPage(PHONE)
    const page = visitor
    const url = scanned.origin === baseUrl() ? scanned.href : `${scanned.pathname}${scanned.search}`
    const result = await openVerification(url)
    // logged out: the (folded, on a phone) menu offers the login
    await openSiteMenuIfFolded(page)
    await page.getByRole('link', { name: '登录', exact: true }).waitFor()
    await page.keyboard.press('Escape')

    const status = result.getByTestId('verify-status')
    assert.equal(await status.getAttribute('data-status'), 'VALID')
    assert.match(await status.innerText(), /有效[\s\S]*登记记录完整、发证机关的电子签名有效，且在有效期内。/)
    const document = result.getByTestId('verify-document')
    assert.equal(await document.getAttribute('data-matches'), 'true')
    assert.match(await document.innerText(), /与原件一致[\s\S]*您手中文书上的核验码与登记记录一致。/)
    const text = await result.innerText()
    for (const value of [certificateNumber, CERTIFICATE_TITLE, ITEM_NAME, DEMO_ENTERPRISE_NAME, '慈溪市安全生产监督管理局', '签名有效']) {
      assert.ok(text.includes(value), `the verification shows ${value}:\n${text}`)
    }
    assert.ok(!text.includes(DEMO_ENTERPRISE), 'the public page does not show the holder’s credit code')
    assert.match(await page.getByTestId('verify-live').innerText(), /核验结果：有效。文书比对：与原件一致。/)
    assert.equal(await page.locator('#verify-number').inputValue(), certificateNumber)
    await assertNoHorizontalOverflow(page, 'the verification page at 375 px')
    await page.screenshot({ path: screenshotPath('certificate-verify-valid-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'the verification page (phone)')
  })

  step(TAMPER, VERIFY, async () => {
    const page = visitor
    const code = scanned.searchParams.get('s')
    const other = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`
    const forged = new URL(scanned.href)
    forged.searchParams.set('s', other)
    const result = await openVerification(scanned.origin === baseUrl() ? forged.href : `${forged.pathname}${forged.search}`)

    // The register's record is still valid, but the document in hand is not it: that is said first.
    const document = result.getByTestId('verify-document')
    assert.equal(await document.getAttribute('data-matches'), 'false')
    assert.match(await document.innerText(), /不一致，可能是伪造或被改动的文书[\s\S]*请勿采信该文书/)
    assert.equal(await result.locator('.verdict').first().getAttribute('data-testid'), 'verify-document')
    assert.equal(await result.getByTestId('verify-status').getAttribute('data-status'), 'VALID')
    assert.match(await page.getByTestId('verify-live').innerText(), /文书比对：不一致，可能是伪造或被改动的文书。/)
    await page.screenshot({ path: screenshotPath('certificate-verify-mismatch-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'the verification page of a mismatching document (phone)')
  })

  step(RATE, APPROVE, async () => {
    const page = applicant
    const comment = '备案当天就拿到了电子备案证明，全程没有跑腿。'
    await openCase('COMPLETED')
    const panel = page.getByTestId('evaluation-panel')
    await panel.getByRole('heading', { level: 2, name: '服务评价（好差评）' }).waitFor()
    const form = panel.getByTestId('rating-form')
    await form.waitFor()
    await form.getByRole('radio', { name: '5 分 · 非常满意', exact: true }).check()
    await form.getByLabel('意见或建议').fill(comment)
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith(`/api/applications/${theCase.id}/evaluation`),
        { timeout: WRITE_TIMEOUT },
      ),
      form.getByRole('button', { name: '提交评价', exact: true }).click(),
    ])
    assert.equal(response.status(), 201, `rating answered ${response.status()}: ${await response.text()}`)
    const rating = await response.json()
    assert.equal(rating.grade, 5)
    assert.equal(rating.comment, comment)

    await panel.getByTestId('evaluation-live').getByText('感谢您的评价！').waitFor()
    const summary = panel.getByTestId('evaluation-summary')
    await summary.getByTestId('evaluation-grade').filter({ hasText: '5 分 · 非常满意' }).waitFor()
    assert.match(await summary.innerText(), new RegExp(`${comment}[\\s\\S]*网上评价`))
    assert.equal(await panel.getByTestId('rating-form').count(), 0, 'the form is gone once the case is rated')

    // One rating per case: after a reload the rating is shown read-only, and the server refuses another.
    await openCase('COMPLETED')
    await panel.getByTestId('evaluation-summary').getByTestId('evaluation-grade').filter({ hasText: '5 分 · 非常满意' }).waitFor()
    assert.equal(await panel.getByTestId('rating-form').count(), 0, 'no form after a reload')
    await asApplicant('POST', `/api/applications/${theCase.id}/evaluation`, { data: { grade: 1, comment: '再评一次' } }, 409)
    await assertNoHorizontalOverflow(page, 'the rated case page at 375 px')
    await page.screenshot({ path: screenshotPath('certificate-case-rated-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'the rated case page (phone)')
  })
})
