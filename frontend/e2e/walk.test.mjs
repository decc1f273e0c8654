// Browser test of issue 10's walk, as a new user meets the portal: a citizen reads a guide on a phone and downloads
// its blank form; the demo enterprise applies for a hazardous-chemicals operating licence (a one-visit item) with a
// form the server prefilled, its business licence taken from the licence library instead of an upload, the result
// delivered electronically by its own choice, and the one visit announced before submitting; `window` records the
// visit (originals checked) and accepts, `reviewer` carries out the site check the law requires and recommends,
// `approver` grants the licence, `window` delivers it as the applicant chose; the enterprise reads the decision
// letter (文号, certificate number, validity) and the licence (number in the bureau's style, scope in the licence's
// own words); anyone follows the case on the home page by number and check code; and staff find the completed case
// by its number under 全部 and open it. Against the packaged application, or E2E_BASE_URL (see support/app.mjs).
// The steps below are ordered and share state: a step fails early when an earlier one did.
import { after, describe } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { screenshotPath } from './support/app.mjs'
import { act as actOnCase, keepVisitPromise, openFromQueue as openCaseFromQueue } from './support/workbench.mjs'
import { logIn, logInAsStaff, logOut } from './support/session.mjs'
import { assertNoAxeViolations, assertNoHorizontalOverflow, browserSuite, orderedSteps } from './support/suite.mjs'

const DEMO_ENTERPRISE = '91330282MA2CX1A7U1'
const DEMO_ENTERPRISE_NAME = '慈溪市示范化工贸易有限公司'
/** 危险化学品经营许可证核发（不带储存设施）—新申请: one visit, at acceptance (originals); a site check the law requires. */
const ITEM = '010019600100'
const LICENCE = '危险化学品经营许可证'
const VARIETIES = '甲苯、丙酮、乙酸乙酯'
const CASE_NUMBER = /^AJ-\d{8}-\d{4}$/
const LICENCE_NUMBER = /^浙慈安经（乙）字〔\d{4}〕\d{6}$/
const DECISION_NUMBER = /慈安监许〔\d{4}〕\d+号/
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
)
const WRITE_TIMEOUT = 20_000
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }
const DESKTOP = { viewport: { width: 1366, height: 900 } }

const { check, newPage, baseUrl } = browserSuite()

/** @type {import('playwright-core').Page | undefined} */
let citizen
/** @type {import('playwright-core').Page | undefined} */
let applicant
/** @type {import('playwright-core').Page | undefined} */
let staff
/** The applicant's access token, for reading the licence's web page as the SPA would. */
let applicantToken
/** The case as the submission answered it: { id, number, checkCode }. */
let theCase
let licenceNumber
const step = orderedSteps(check, 'walk', () => ({ citizen, applicant, staff }))

after(async () => {
  for (const page of [citizen, applicant, staff]) await page?.context().close().catch(() => {})
})

/** A file the page saves (a notice, a PDF), read whole: its suggested name and its text. */
async function saved(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: WRITE_TIMEOUT }), click()])
  const path = await download.path()
  return { name: download.suggestedFilename(), bytes: await readFile(path) }
}

const openFromQueue = (page, tabLabel) => openCaseFromQueue(page, theCase, LICENCE, tabLabel)
const act = (page, action, actionLabel, fill) => actOnCase(page, theCase, action, actionLabel, fill)

describe('issue 10: a new user walks every path of the portal', () => {
  const GUIDE = 'a citizen reads the guide on a phone: index, folded sections, the blank form to download'
  const APPLY = 'the enterprise applies: prefilled form, its delivery choice, a licence from the library, the visit announced'
  const ACCEPT = 'the window records the visit (originals checked) and accepts; the notice names the visit'
  const REVIEW = 'the reviewer carries out the site check the law requires, then recommends; the approver grants'
  const DELIVER = 'the window delivers as the applicant chose; one result everywhere'
  const RESULT = 'the enterprise reads the decision letter and the licence, with their numbers'
  const FIND = 'anyone follows the case by number and check code; staff find the completed case under 全部'

  step(GUIDE, undefined, async () => {
    citizen = await newPage(PHONE)
    const page = citizen
    await page.goto(`/items/${ITEM}`)
    const guide = await (await fetch(`${baseUrl()}/api/items/${ITEM}`)).json()
    await page.getByRole('heading', { level: 1, name: guide.name }).waitFor()
    // The in-page index leads to each section; a folded section opens when its heading's button is pressed.
    const toc = page.getByTestId('guide-toc')
    await toc.waitFor()
    assert.ok((await toc.getByRole('link').count()) >= 5, 'the index lists the sections')
    const firstFolded = page.locator('main button[aria-expanded="false"][aria-controls]').first()
    await firstFolded.waitFor()
    const section = await firstFolded.getAttribute('aria-controls')
    const folded = page.locator(`main button[aria-controls="${section}"]`)
    await folded.click()
    assert.equal(await folded.getAttribute('aria-expanded'), 'true', 'a folded section opens')
    await page.locator(`#${section}`).waitFor()
    // The blank form, the filled-in sample and the result sample are there to download; the blank form is a PDF.
    const downloads = page.getByTestId('guide-downloads')
    for (const id of ['download-applicationForm', 'download-filledSample', 'download-resultSample']) {
      const href = await downloads.getByTestId(id).getAttribute('href')
      const response = await fetch(new URL(href, baseUrl()))
      assert.equal(response.status, 200, `${id} answered ${response.status}`)
      assert.equal(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString('latin1'), '%PDF-', `${id} is a PDF`)
    }
    // The visit is part of the guide: when it happens (at acceptance) and the originals to bring.
    assert.equal(guide.visitMoment, 'ACCEPTANCE')
    assert.ok(guide.visitOriginals.length > 0, 'the guide lists the originals to bring')
    await assertNoHorizontalOverflow(page, 'the guide at 375 px')
    await page.screenshot({ path: screenshotPath('walk-guide-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'the guide (phone)')
    // The printable guide answers for this item too.
    const printable = await fetch(`${baseUrl()}/api/items/${ITEM}/guide`)
    assert.equal(printable.status, 200)
  })

  step(APPLY, undefined, async () => {
    const guide = await (await fetch(`${baseUrl()}/api/items/${ITEM}`)).json()
    assert.equal(guide.visits, 1, 'a one-visit item')
    applicant = await newPage(DESKTOP)
    const page = applicant
    applicantToken = (await logIn(page, '企业', DEMO_ENTERPRISE)).accessToken
    await page.waitForURL(/\/account$/)
    await page.goto(`/items/${ITEM}`)
    await page.getByRole('link', { name: '网上申请', exact: true }).first().click()
    await page.waitForURL(new RegExp(`/apply/${ITEM}$`))

    // Told before anything is typed: the one visit, when, and the originals to bring.
    const notice = page.getByTestId('visit-notice')
    await notice.waitFor()
    assert.match(await notice.getByTestId('visit-when').innerText(), /受理/)
    const originals = await notice.getByTestId('visit-originals').innerText()
    assert.ok(originals.includes('危险化学品经营许可证申请书'), `the originals to bring: ${originals}`)

    // What the account knows is filled in by the server, and can be changed.
    await page.getByTestId('prefill-note').waitFor()
    assert.equal(await page.locator('#apply-field-unitName').inputValue(), DEMO_ENTERPRISE_NAME)
    assert.equal(await page.locator('#apply-field-creditCode').inputValue(), DEMO_ENTERPRISE)
    assert.notEqual(await page.locator('#apply-field-contactMobile').inputValue(), '')
    for (const [key, value] of [
      ['legalRepresentative', '王示范'],
      ['contactName', '李联系'],
      ['businessAddress', '慈溪市古塘街道示范路8号'],
      ['businessArea', '120'],
      ['chemicalVarieties', VARIETIES],
      ['employeeCount', '6'],
      ['safetyManagerName', '张安全'],
    ]) {
      const input = page.locator(`#apply-field-${key}`)
      if ((await input.inputValue()) === '') await input.fill(value)
      else if (key === 'chemicalVarieties') await input.fill(value)
    }
    await page.getByRole('group', { name: '经营方式', exact: true }).getByRole('radio', { name: '零售', exact: true }).check()
    await page.getByRole('checkbox', { name: '本人（单位）承诺所填信息和所交材料真实有效', exact: true }).check()
    // The applicant chooses how the result comes: electronically.
    await page.getByTestId('delivery-choice').getByRole('radio', { name: /电子送达/ }).check()
    await page.screenshot({ path: screenshotPath('walk-apply-form-zh'), fullPage: true })
    await assertNoAxeViolations(page, 'the application form')
    const [created] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/applications', {
        timeout: WRITE_TIMEOUT,
      }),
      page.getByRole('button', { name: '保存并继续' }).click(),
    ])
    assert.equal(created.status(), 201, `saving the draft answered ${created.status()}: ${await created.text()}`)
    const draft = await created.json()
    assert.equal(draft.delivery?.method, 'ELECTRONIC', 'the choice is kept with the draft')
    await page.waitForURL(/[?&]step=materials/)

    // Materials: the business licence comes from the licence library; the rest are uploaded.
    for (const material of guide.materials.filter((m) => m.necessity === 'REQUIRED')) {
      const slot = page.locator(`[data-testid="material-slot"][data-material="${material.code}"]`)
      if (material.retrievableFrom === 'LICENCE_LIBRARY') {
        const [retrieved] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/materials/${material.code}/retrieval`), {
            timeout: WRITE_TIMEOUT,
          }),
          slot.getByTestId('retrieval-checkbox').check(),
        ])
        assert.equal(retrieved.status(), 201, `retrieving ${material.code} answered ${retrieved.status()}: ${await retrieved.text()}`)
        continue
      }
      const fileName = `${material.code.toLowerCase()}.pdf`
      const [uploaded] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/applications/${draft.id}/materials`), {
          timeout: WRITE_TIMEOUT,
        }),
        slot.getByLabel(`为“${material.name}”选择文件`).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: PDF }),
      ])
      assert.ok(uploaded.ok(), `uploading ${material.code} answered ${uploaded.status()}: ${await uploaded.text()}`)
      await slot.getByTestId('uploaded-file').filter({ hasText: fileName }).waitFor()
    }
    await page.getByRole('button', { name: '下一步', exact: true }).click()
    await page.waitForURL(/[?&]step=review/)

    // The review, which is the confirmation: the visit again, the delivery, the retrieved licence.
    const review = page.getByTestId('apply-review')
    const reviewText = await review.innerText()
    for (const value of [DEMO_ENTERPRISE_NAME, VARIETIES, '电子送达', '由证照库调取']) {
      assert.ok(reviewText.includes(value), `the review shows ${value}`)
    }
    assert.ok(await page.getByTestId('visit-notice').isVisible(), 'the visit is announced on the review step too')
    // only the material that may follow after acceptance (容缺) is still to come
    assert.equal(reviewText.split('未上传').length - 1, 1, 'one material, the provisional one, is still to come')
    assert.ok(!reviewText.includes('未填写'), 'no field is empty')
    await assertNoAxeViolations(page, 'the review step')
    const [submitted] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/applications/${draft.id}/submit`), {
        timeout: WRITE_TIMEOUT,
      }),
      page.getByRole('button', { name: '提交申请', exact: true }).click(),
    ])
    assert.equal(submitted.status(), 200, `submitting answered ${submitted.status()}: ${await submitted.text()}`)
    const view = await submitted.json()
    assert.match(view.number, CASE_NUMBER)
    assert.ok(view.checkCode, 'the applicant is given a check code')
    theCase = { id: view.id, number: view.number, checkCode: view.checkCode }
    await page.waitForURL(new RegExp(`/my/applications/${theCase.id}$`))
    await page.getByTestId('case-check-code').filter({ hasText: theCase.checkCode }).waitFor()
    await page.getByTestId('visit-notice').waitFor()
  })

  step(ACCEPT, APPLY, async () => {
    staff = await newPage(DESKTOP)
    const page = staff
    await logInAsStaff(page, 'window')
    await openFromQueue(page, '待受理')
    // The officer is prompted for the originals; DELIVER would be refused until the visit is kept.
    const panel = page.getByTestId('visit-promise')
    assert.match(await panel.getByTestId('promise-originals').innerText(), /危险化学品经营许可证申请书/)
    await keepVisitPromise(page, theCase)
    const accepted = await act(page, 'ACCEPT', '受理')
    assert.equal(accepted.state, 'UNDER_REVIEW')
    assert.equal(accepted.visitPromise?.status, 'RECORDED')
    await assertNoAxeViolations(page, 'the staff case page after the acceptance')
    await logOut(page)

    // The acceptance notice, saved under its real name, says the visit was made.
    await applicant.reload()
    const notices = applicant.getByTestId('case-notices')
    const file = await saved(applicant, () => notices.getByRole('button', { name: /受理通知书/ }).click())
    assert.equal(file.name, `${theCase.number}-受理通知书.html`)
    const html = file.bytes.toString('utf8')
    assert.match(html, /已到现场一次，无需再次到现场/)
    assert.ok(html.includes(theCase.checkCode), 'the notice carries the check code')
  })

  step(REVIEW, ACCEPT, async () => {
    const page = staff
    await logInAsStaff(page, 'reviewer')
    await openFromQueue(page, '审查中')
    const steps = page.getByTestId('mandatory-steps')
    const siteCheck = steps.locator('[data-procedure="现场核查"]')
    assert.equal(await siteCheck.getAttribute('data-status'), 'PENDING')
    await page.getByTestId('recommend-blocked').waitFor()
    // The site check: started (the clock pauses), then ended with its outcome.
    const [started] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/workbench/applications/${theCase.id}/actions`), {
        timeout: WRITE_TIMEOUT,
      }),
      siteCheck.locator('[data-action="procedure-start"]').click(),
    ])
    assert.equal(started.status(), 200, `starting the site check answered ${started.status()}: ${await started.text()}`)
    // Ending it needs no confirmation (nothing is decided): choose it and send it.
    const panel = page.getByTestId('action-panel')
    await panel.locator('[data-choice="END_SPECIAL_PROCEDURE"]').click()
    const endForm = panel.locator('form[data-form="END_SPECIAL_PROCEDURE"]')
    const [ended] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/workbench/applications/${theCase.id}/actions`), {
        timeout: WRITE_TIMEOUT,
      }),
      endForm.getByRole('button', { name: '结束特别程序', exact: true }).click(),
    ])
    assert.equal(ended.status(), 200, `ending the site check answered ${ended.status()}: ${await ended.text()}`)
    await siteCheck.and(page.locator('[data-status="DONE"]')).waitFor()
    const recommended = await act(page, 'RECOMMEND', '提出审查意见', async (form) => {
      await form.getByLabel('审查意见', { exact: true }).fill('材料齐全，现场核查符合条件，建议准予许可。')
    })
    assert.equal(recommended.state, 'PENDING_DECISION')
    await logOut(page)

    await logInAsStaff(page, 'approver')
    await openFromQueue(page, '待决定')
    const approved = await act(page, 'APPROVE', '准予许可')
    assert.equal(approved.state, 'APPROVED')
    assert.match(approved.decision?.number ?? '', DECISION_NUMBER)
    await logOut(page)
  })

  step(DELIVER, REVIEW, async () => {
    const page = staff
    await logInAsStaff(page, 'window')
    await openFromQueue(page, '待送达')
    const delivered = await act(page, 'DELIVER', '送达结果', async (form) => {
      const methods = form.getByRole('group', { name: '送达方式' })
      assert.ok(await methods.getByRole('radio', { name: '电子送达', exact: true }).isChecked(), "the applicant's choice is preselected")
    })
    assert.equal(delivered.state, 'COMPLETED')
    assert.equal(delivered.delivery?.method, 'ELECTRONIC')
    assert.equal(delivered.visits, 1, 'exactly the one visit')
    await page.getByTestId('case-number').locator('..').getByText('已办结').waitFor()
    await logOut(page)

    // The applicant's page says one result everywhere: completed, never "待送达".
    await applicant.reload()
    await applicant.getByTestId('state-tag').first().and(applicant.locator('[data-state="COMPLETED"]')).waitFor()
    // Outside the history of its steps, nothing on the page still reads "approved, to be delivered".
    const text = await applicant.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true)
      copy.querySelectorAll('[data-testid="timeline"]').forEach((t) => t.remove())
      return copy.textContent
    })
    assert.ok(!text.includes('待送达'), 'a completed case reads 待送达 nowhere but in its history')
    await assertNoAxeViolations(applicant, 'the completed case page')
  })

  step(RESULT, DELIVER, async () => {
    const page = applicant
    // The decision letter: its 文号, the licence number and validity.
    const notices = page.getByTestId('case-notices')
    const letter = await saved(page, () => notices.getByRole('button', { name: /决定书/ }).click())
    const html = letter.bytes.toString('utf8')
    assert.match(html, DECISION_NUMBER)
    assert.match(html, /准予行政许可决定书/)
    const number = html.match(/浙慈安经（乙）字〔\d{4}〕\d{6}/)?.[0]
    assert.ok(number, 'the letter names the licence number')
    licenceNumber = number

    // The licence, in my certificates: its number, and on its page the holder, the scope in the licence's words.
    await page.goto('/my/certificates')
    const card = page.locator('[data-testid="certificate-card"]').filter({ hasText: licenceNumber })
    await card.waitFor()
    assert.match(licenceNumber, LICENCE_NUMBER)
    assert.equal(await card.getByTestId('renew-link').count(), 0, 'a new licence cannot be renewed yet')
    const licence = await fetch(`${baseUrl()}/api/me/certificates/${encodeURIComponent(licenceNumber)}/html`, {
      headers: { Authorization: `Bearer ${applicantToken}` },
    })
    assert.equal(licence.status, 200)
    const licenceText = (await licence.text()).replace(/<[^>]+>/g, ' ')
    for (const value of [LICENCE, DEMO_ENTERPRISE_NAME, VARIETIES, '零售', '慈溪市安全生产监督管理局']) {
      assert.ok(licenceText.includes(value), `the licence states ${value}`)
    }
    assert.ok(!licenceText.includes('拟经营'), 'no form label is printed as the scope')
    assert.ok(!licenceText.includes('新申请'), 'the licence is named as a licence, not as the application variant')
    await page.screenshot({ path: screenshotPath('walk-my-certificates-zh'), fullPage: true })
  })

  step(FIND, RESULT, async () => {
    // Anyone, logged out, on the home page: the case by its number and check code.
    const page = citizen
    await page.goto('/')
    const lookup = page.getByTestId('case-lookup')
    await lookup.locator('#lookup-number').fill(theCase.number)
    await lookup.locator('#lookup-code').fill(theCase.checkCode)
    await lookup.getByTestId('lookup-submit').click()
    const result = lookup.getByTestId('lookup-result')
    await result.waitFor()
    const shown = await result.innerText()
    assert.match(shown, /已办结/)
    assert.ok(!shown.includes(DEMO_ENTERPRISE) && !shown.includes(DEMO_ENTERPRISE_NAME), 'no personal data in the lookup')
    await assertNoHorizontalOverflow(page, 'the home page at 375 px')
    await assertNoAxeViolations(page, 'the home page with a lookup (phone)')

    // Staff: the completed case by its number under 全部, opened, with its licence.
    await logInAsStaff(staff, 'window')
    await openFromQueue(staff, '全部')
    await staff.getByTestId('case-number').locator('..').getByText('已办结').waitFor()
    assert.ok((await staff.locator('main').innerText()).includes(licenceNumber), 'the case page shows its licence')
    await staff.screenshot({ path: screenshotPath('walk-staff-completed-zh'), fullPage: true })
  })
})
