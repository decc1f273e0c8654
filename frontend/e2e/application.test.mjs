// Browser test of the acceptance scenario: an enterprise applies online for a zero-visit item on a
// phone (form, materials, review, submission), and staff take the case to COMPLETED in another browser
// context (window ACCEPT → reviewer RECOMMEND → approver APPROVE → window DELIVER electronically) while the
// applicant's page, kept open, shows the case's state and timeline growing; at the end the applicant has
// messages about each step. Against the packaged application, or E2E_BASE_URL (see support/app.mjs).
// The steps below are ordered and share state: a step fails early when an earlier one did.
import { after, describe } from 'node:test'
import assert from 'node:assert/strict'
import { openSiteMenuIfFolded, screenshotPath } from './support/app.mjs'
import { act as actOnCase, openFromQueue as openCaseFromQueue } from './support/workbench.mjs'
import { assertNoAxeViolations, assertNoHorizontalOverflow, browserSuite, orderedSteps } from './support/suite.mjs'

const DEMO_PASSWORD = 'OneVisit-2018!'
const DEMO_ENTERPRISE = '91330282MA2CX1A7U1'
const DEMO_ENTERPRISE_NAME = '慈溪市示范化工贸易有限公司'
/** The zero-visit item: 生产安全事故应急预案备案 (4 required materials, an 11-field form). */
const ITEM = '100010100000'
const CASE_NUMBER = /^AJ-\d{8}-\d{4}$/
/** A tiny but well-formed PDF (the server may look at the magic bytes). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
)
/** Timeouts for server round trips that write (uploads, moves): generous, but bounded. */
const WRITE_TIMEOUT = 20_000

const { check, newPage, baseUrl } = browserSuite()

// ---- shared state of the ordered steps ------------------------------------------------------------

/** @type {import('playwright-core').Page | undefined} the applicant's phone page, kept open throughout */
let applicant
/** @type {import('playwright-core').Page | undefined} the staff's desktop page */
let staff
/** The case as the submission answered it: { id, number }. */
let theCase
/** How many timeline entries the applicant saw last. */
let seenEntries = 0
const step = orderedSteps(check, 'application', () => ({ applicant, staff }))

after(async () => {
  await applicant?.context().close().catch(() => {})
  await staff?.context().close().catch(() => {})
})

// ---- helpers ---------------------------------------------------------------------------------------

/** A date `days` ago as yyyy-mm-dd (the form's dates are in the past: a plan reviewed, then published). */
function daysAgo(days) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
}

/** What to type into a text field of the form: meaningful for the known keys, a filler otherwise. */
function textFor(field) {
  const known = {
    unitName: DEMO_ENTERPRISE_NAME,
    legalRepresentative: '王示范',
    contactName: '李联系',
    planName: `${DEMO_ENTERPRISE_NAME}生产安全事故综合应急预案（2026版）`,
  }
  const max = field.max ?? (field.type === 'textarea' ? 2000 : 200)
  return (known[field.key] ?? `测试${field.label ?? field.key}`).slice(0, max)
}

/** Fills one field of the item's form by its label, with the control its type is shown with. */
async function fillField(page, field) {
  const label = field.label ?? field.key
  switch (field.type) {
    case 'select': {
      const group = page.getByRole('group', { name: label, exact: true })
      await group.getByRole('radio', { name: field.options[0], exact: true }).check()
      return
    }
    case 'checkbox':
      await page.getByRole('checkbox', { name: label, exact: true }).check()
      return
    default:
      break
  }
  const input = page.getByLabel(label, { exact: true })
  switch (field.type) {
    case 'date':
      // A native date box: Playwright fills it with yyyy-mm-dd. The review date comes before publication.
      await input.fill(field.key === 'reviewDate' ? daysAgo(12) : daysAgo(5))
      break
    case 'mobile':
      await input.fill('13805740001')
      break
    case 'creditCode':
      await input.fill(DEMO_ENTERPRISE)
      break
    case 'number':
      await input.fill(String(field.min ?? 1))
      break
    default:
      await input.fill(textFor(field))
  }
  await input.blur()
}

async function logIn(page, tab, username) {
  await page.goto(tab === '工作人员' ? '/login?tab=staff' : '/login')
  await page.getByRole('heading', { level: 1, name: '登录' }).waitFor()
  await page.getByRole('tab', { name: tab }).click()
  await page.locator('#login-username').fill(username)
  await page.locator('#login-password').fill(DEMO_PASSWORD)
  await page.getByTestId('login-submit').click()
}

async function logInAsStaff(page, username) {
  await logIn(page, '工作人员', username)
  await page.waitForURL(/\/staff$/)
  await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor()
}

async function logOut(page) {
  await page.getByTestId('user-menu-button').click()
  await page.getByTestId('user-menu').waitFor()
  await page.getByTestId('menu-logout').click()
  await page.waitForURL((url) => url.pathname === '/')
  await page.getByRole('link', { name: '登录', exact: true }).waitFor()
}

/** The workbench queue, searched for this test's case, which is opened. */
const openFromQueue = (page, tabLabel) => openCaseFromQueue(page, theCase, '生产安全事故应急预案备案', tabLabel)
/** One move on this test's case through the action panel; the case as the server answered. */
const act = (page, action, actionLabel, fill) => actOnCase(page, theCase, action, actionLabel, fill)

/** The applicant's case page after a reload: the state shown, and the timeline, which has grown. */
async function applicantSees(state, stateLabel, lastAction) {
  const page = applicant
  await page.reload()
  const tag = page.getByTestId('state-tag').first()
  await tag.and(page.locator(`[data-state="${state}"]`)).waitFor()
  assert.match(await tag.innerText(), new RegExp(stateLabel.replace(/[()（）]/g, '.')))
  const timeline = page.getByTestId('timeline')
  await timeline.getByRole('heading', { level: 3, name: lastAction, exact: true }).waitFor()
  const entries = await timeline.locator('.el-timeline-item').count()
  assert.ok(entries > seenEntries, `the timeline grew: ${entries} entries after ${seenEntries}`)
  seenEntries = entries
  return timeline
}

// ---- the scenario ----------------------------------------------------------------------------------

describe('applying online for a zero-visit item, and staff taking it to completion', () => {
  const APPLY = 'the enterprise applies on a phone: form, materials, review, submission'
  const ACCEPT = 'the window accepts the case; the applicant sees the acceptance and the due date'
  const REVIEW = 'the reviewer recommends and the approver approves; the applicant sees both'
  const DELIVER = 'the window delivers the result electronically; the case is completed for both'

  step(APPLY, undefined, async () => {
    const guide = await (await fetch(`${baseUrl()}/api/items/${ITEM}`, { headers: { Accept: 'application/json' } })).json()
    const fields = (guide.form?.fields ?? []).filter((f) => f.key)
    const required = (guide.materials ?? []).filter((m) => m.required ?? m.necessity === 'REQUIRED')
    assert.equal(guide.zeroVisit, true, 'the item is a zero-visit item')
    assert.ok(fields.length > 0 && required.length > 0, 'the item has a form and required materials')

    applicant = await newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    const page = applicant
    await logIn(page, '企业', DEMO_ENTERPRISE)
    await page.waitForURL(/\/account$/)
    await page.getByTestId('account-details').getByText(DEMO_ENTERPRISE).waitFor()

    // The guide, then 网上申请.
    await page.goto(`/items/${ITEM}`)
    await page.getByRole('heading', { level: 1, name: guide.name }).waitFor()
    await page.getByRole('link', { name: '网上申请', exact: true }).click()
    await page.waitForURL(new RegExp(`/apply/${ITEM}$`))
    await page.getByRole('heading', { level: 1, name: `网上申请：${guide.name}` }).waitFor()

    // Step 1: the form.
    const heading = page.getByTestId('step-heading')
    await heading.filter({ hasText: '第 1 步（共 3 步）：填写申请表' }).waitFor()
    // What the account already knows is filled in (and may be changed).
    await page.getByTestId('prefill-note').waitFor()
    assert.notEqual(await page.locator('#apply-field-unitName').inputValue(), '', 'the unit name comes from the account')
    for (const field of fields) await fillField(page, field)
    // The result comes electronically: the applicant's choice, which the window then follows.
    await page.getByTestId('delivery-choice').getByRole('radio', { name: /电子送达/ }).check()
    assert.equal(await page.getByTestId('field-error').count(), 0, 'no field shows an error')
    await assertNoHorizontalOverflow(page, 'the application form at 375 px')
    await page.screenshot({ path: screenshotPath('apply-form-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'the application form (phone)')
    const [created] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/applications', {
        timeout: WRITE_TIMEOUT,
      }),
      page.getByRole('button', { name: '保存并继续' }).click(),
    ])
    assert.equal(created.status(), 201, `saving the draft answered ${created.status()}: ${await created.text()}`)
    await page.waitForURL(/[?&]step=materials/)
    await heading.filter({ hasText: '第 2 步（共 3 步）：上传申请材料' }).waitFor()
    const draftId = new URL(page.url()).searchParams.get('id')
    assert.ok(draftId, 'the draft is kept in the address')
    assert.match(await page.getByTestId('draft-number').innerText(), /草稿编号 AJ-\d{8}-\d{4}/)

    // Step 2: one PDF per required material, one after the other, each waited for.
    for (const material of required) {
      const slot = page.locator(`[data-testid="material-slot"][data-material="${material.code}"]`)
      const input = slot.getByLabel(`为“${material.name}”选择文件`)
      const fileName = `${material.code.toLowerCase()}.pdf`
      const [uploaded] = await Promise.all([
        page.waitForResponse(
          (r) => r.request().method() === 'POST' && r.url().endsWith(`/api/applications/${draftId}/materials`),
          { timeout: WRITE_TIMEOUT },
        ),
        input.setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: PDF }),
      ])
      assert.ok(uploaded.ok(), `uploading ${material.code} answered ${uploaded.status()}: ${await uploaded.text()}`)
      await slot.getByTestId('uploaded-file').filter({ hasText: fileName }).waitFor()
      await slot.getByTestId('upload-live').filter({ hasText: `“${fileName}”已上传。` }).waitFor()
      assert.equal(await slot.getByTestId('slot-error').count(), 0, `${material.code} shows no error`)
    }
    await assertNoHorizontalOverflow(page, 'the materials step at 375 px')
    await page.screenshot({ path: screenshotPath('apply-materials-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'the materials step (phone)')
    await page.getByRole('button', { name: '下一步', exact: true }).click()
    await page.waitForURL(/[?&]step=review/)

    // Step 3: review, then submit.
    await heading.filter({ hasText: '第 3 步（共 3 步）：核对并提交' }).waitFor()
    const review = page.getByTestId('apply-review')
    await review.getByText('本事项“零跑腿”，全程网上办理，无需到现场。').waitFor()
    const reviewText = await review.innerText()
    for (const value of [DEMO_ENTERPRISE_NAME, DEMO_ENTERPRISE, '13805740001', daysAgo(5), ...required.map((m) => m.name)]) {
      assert.ok(reviewText.includes(value), `the review shows ${value}`)
    }
    assert.ok(!reviewText.includes('未上传'), 'no material is missing in the review')
    assert.ok(!reviewText.includes('未填写'), 'no field is empty in the review')
    await assertNoHorizontalOverflow(page, 'the review step at 375 px')
    await page.screenshot({ path: screenshotPath('apply-review-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'the review step (phone)')
    const [submitted] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith(`/api/applications/${draftId}/submit`),
        { timeout: WRITE_TIMEOUT },
      ),
      page.getByRole('button', { name: '提交申请', exact: true }).click(),
    ])
    assert.equal(submitted.status(), 200, `submitting answered ${submitted.status()}: ${await submitted.text()}`)
    const view = await submitted.json()
    assert.match(view.number, CASE_NUMBER)
    assert.equal(view.state, 'SUBMITTED')
    theCase = { id: view.id, number: view.number }

    // The case page: number, state, the success message and the submission in the timeline.
    await page.waitForURL(new RegExp(`/my/applications/${theCase.id}$`))
    await page.getByTestId('case-flash').filter({ hasText: `申请已提交，办件编号 ${theCase.number}` }).waitFor()
    assert.match(await page.locator('.case-meta').innerText(), new RegExp(`办件编号\\s*${theCase.number}`))
    const tag = page.getByTestId('state-tag').first()
    assert.equal(await tag.getAttribute('data-state'), 'SUBMITTED')
    assert.match(await tag.innerText(), /已提交，待受理/)
    const timeline = page.getByTestId('timeline')
    await timeline.getByRole('heading', { level: 3, name: '提交申请', exact: true }).waitFor()
    assert.match(await timeline.innerText(), /状态：草稿 → 已提交，待受理/)
    seenEntries = await timeline.locator('.el-timeline-item').count()
    assert.match(await page.getByTestId('case-deadline').innerText(), /受理后开始计算办理时限/)
    assert.equal(await page.getByTestId('case-due').count(), 0, 'no due date before the acceptance')
    await page.getByTestId('withdraw').waitFor()
    await assertNoHorizontalOverflow(page, 'the case page at 375 px')
    await page.screenshot({ path: screenshotPath('apply-case-submitted-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'the case page (phone)')
  })

  step(ACCEPT, APPLY, async () => {
    staff = await newPage()
    const page = staff
    await logInAsStaff(page, 'window')
    await openFromQueue(page, '待受理')
    const header = page.locator('.case-head')
    assert.match(await header.innerText(), new RegExp(DEMO_ENTERPRISE_NAME))
    assert.match(await header.innerText(), /零跑腿/)
    const accepted = await act(page, 'ACCEPT', '受理')
    assert.equal(accepted.state, 'UNDER_REVIEW')
    await page.getByTestId('case-number').locator('..').getByText('审查中').waitFor()
    await page.getByTestId('due-date').waitFor()
    await page.screenshot({ path: screenshotPath('staff-case-accepted-zh'), fullPage: true })
    await assertNoAxeViolations(page, 'the staff case page after the acceptance')

    // The applicant, on the page left open, reloads: accepted, with a due date and the acceptance notice.
    const timeline = await applicantSees('UNDER_REVIEW', '审查中', '受理')
    assert.match(await timeline.innerText(), /状态：已提交，待受理 → 审查中/)
    const due = applicant.getByTestId('case-due')
    await due.waitFor()
    const dueText = await due.innerText()
    assert.match(dueText, /承诺办结日期：\d{4}-\d{2}-\d{2}|承诺办结日期：\d{4}年\d{1,2}月\d{1,2}日/, dueText)
    await applicant.getByTestId('case-notices').getByRole('button', { name: /受理通知书/ }).waitFor()
    await assertNoHorizontalOverflow(applicant, 'the case page after the acceptance at 375 px')
    await assertNoAxeViolations(applicant, 'the case page after the acceptance (phone)')
    await logOut(page)
  })

  step(REVIEW, ACCEPT, async () => {
    const page = staff
    const opinion = '材料齐全，预案已经主要负责人签署公布，评审意见已落实，建议予以备案。'
    await logInAsStaff(page, 'reviewer')
    await openFromQueue(page, '审查中')
    const recommended = await act(page, 'RECOMMEND', '提出审查意见', async (form) => {
      await form.getByLabel('审查意见', { exact: true }).fill(opinion)
    })
    assert.equal(recommended.state, 'PENDING_DECISION')
    let timeline = await applicantSees('PENDING_DECISION', '待决定', '审查完成，提出审查意见')
    assert.match(await timeline.innerText(), new RegExp(`意见：${opinion}`))
    await logOut(page)

    await logInAsStaff(page, 'approver')
    await openFromQueue(page, '待决定')
    await page.getByTestId('review-opinion').getByText(opinion).waitFor()
    const approved = await act(page, 'APPROVE', '准予许可')
    assert.equal(approved.state, 'APPROVED')
    // the one result of an approved case, as on the applicant's page (api/caseResult)
    await page.getByTestId('decision-outcome').filter({ hasText: '已准予，待送达' }).waitFor()
    timeline = await applicantSees('APPROVED', '已准予，待送达', '准予许可')
    assert.match(await timeline.innerText(), /状态：待决定 → 已准予，待送达/)
    await logOut(page)
  })

  step(DELIVER, REVIEW, async () => {
    const page = staff
    await logInAsStaff(page, 'window')
    await openFromQueue(page, '待送达')
    const delivered = await act(page, 'DELIVER', '送达结果', async (form) => {
      const methods = form.getByRole('group', { name: '送达方式' })
      assert.equal(await methods.getByRole('radio', { name: '窗口领取' }).count(), 0, 'no window pickup for a zero-visit item')
      await methods.getByRole('radio', { name: '电子送达', exact: true }).check()
    })
    assert.equal(delivered.state, 'COMPLETED')
    assert.equal(delivered.delivery?.method, 'ELECTRONIC')
    await page.getByTestId('case-number').locator('..').getByText('已办结').waitFor()
    await page.getByTestId('no-actions').waitFor()
    assert.match(await page.getByTestId('action-panel').innerText(), /本件已终结，无须再办理/)
    const staffTimeline = await page.getByTestId('timeline').innerText()
    for (const line of ['受理', '提出审查意见', '准予许可', '送达结果', '送达方式：电子送达']) {
      assert.ok(staffTimeline.includes(line), `the staff timeline shows ${line}`)
    }
    await page.screenshot({ path: screenshotPath('staff-case-completed-zh'), fullPage: true })

    // The applicant: completed, delivered electronically, every step in the timeline.
    const timeline = await applicantSees('COMPLETED', '已办结', '送达办理结果')
    const text = await timeline.innerText()
    assert.match(text, /送达方式：电子送达/)
    assert.match(text, /状态：已准予，待送达 → 已办结/)
    const titles = await timeline.locator('.entry-title').allInnerTexts()
    for (const action of ['提交申请', '受理', '审查完成，提出审查意见', '准予许可', '送达办理结果']) {
      assert.ok(titles.includes(action), `the applicant's timeline shows ${action}: ${titles.join(' / ')}`)
    }
    assert.ok(
      titles.indexOf('提交申请') < titles.indexOf('受理') && titles.indexOf('准予许可') < titles.indexOf('送达办理结果'),
      `oldest first: ${titles.join(' / ')}`,
    )
    assert.equal(await applicant.getByTestId('withdraw').count(), 0, 'a completed case cannot be withdrawn')
    const caseText = await applicant.locator('main').innerText()
    assert.match(caseText, /办结时间/)
    assert.match(caseText, /电子送达/)
    await assertNoHorizontalOverflow(applicant, 'the completed case page at 375 px')
    await applicant.screenshot({ path: screenshotPath('apply-case-completed-zh-375'), fullPage: true })
    await assertNoAxeViolations(applicant, 'the completed case page (phone)')
  })

  step('the applicant has an unread badge and a message for each step of the case', DELIVER, async () => {
    const page = applicant
    await openSiteMenuIfFolded(page)
    const nav = page.getByTestId('nav-messages')
    await nav.getByTestId('unread-badge').waitFor()
    assert.ok(Number(await nav.getByTestId('unread-badge').innerText()) >= 4, 'at least the four staff steps are unread')
    await nav.click()
    await page.waitForURL(/\/my\/messages/)
    await page.getByRole('heading', { level: 1, name: '消息' }).waitFor()
    const ours = page.getByTestId('message-list').locator('li').filter({ hasText: `办件 ${theCase.number}` })
    await ours.first().waitFor()
    const events = await ours.evaluateAll((items) => items.map((li) => li.getAttribute('data-event')))
    for (const event of ['SUBMIT', 'ACCEPT', 'APPROVE', 'DELIVER']) {
      assert.ok(events.includes(event), `a message about ${event}: ${events.join(', ')}`)
    }
    await page
      .locator('li[data-event="DELIVER"]')
      .filter({ hasText: `办件 ${theCase.number}` })
      .getByText('结果已送达，办件已办结。')
      .waitFor()
    await assertNoHorizontalOverflow(page, 'the messages page at 375 px')
    await page.screenshot({ path: screenshotPath('messages-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'the messages page (phone)')
  })
})
