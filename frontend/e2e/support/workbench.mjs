// The staff workbench as the browser tests drive it: a case found in its queue, and one move through the action panel.
import assert from 'node:assert/strict'

/** Timeout for a move's server round trip (it writes, and may issue a certificate). */
const MOVE_TIMEOUT = 20_000

/** The workbench queue: the tab, a search for the case's number, and its row (showing `itemName`), opened by its link. */
export async function openFromQueue(page, theCase, itemName, tabLabel) {
  await page.getByRole('tab', { name: new RegExp(`^${tabLabel}`) }).click()
  await page.waitForURL(/\/staff(\?.*)?$/)
  await page.getByLabel('办件编号、申请人、统一社会信用代码或事项名称（查找全部状态，含已办结）').fill(theCase.number)
  await page.getByRole('button', { name: '查询', exact: true }).click()
  await page.getByTestId('queue-total').filter({ hasText: '共 1 件' }).waitFor()
  const row = page.locator(`tr[data-case="${theCase.number}"]`)
  await row.getByText(itemName).waitFor()
  await row.getByRole('link', { name: theCase.number }).click()
  await page.waitForURL(new RegExp(`/staff/cases/${theCase.id}$`))
  await page.getByTestId('case-number').filter({ hasText: theCase.number }).waitFor()
  await page.getByTestId('action-panel').waitFor()
}

/**
 * Takes one move on the open case through the action panel: choose it, fill in what it needs, submit,
 * confirm (every move cannot be undone), and wait for the server's answer.
 * @returns {Promise<object>} the case as the server answered the move
 */
export async function act(page, theCase, action, actionLabel, fill = async () => {}) {
  const panel = page.getByTestId('action-panel')
  const choice = panel.getByRole('radio', { name: actionLabel, exact: true })
  // Element Plus hides the native radio under its styled label: click the label, as a person does.
  if (!(await choice.isChecked())) await panel.locator(`[data-choice="${action}"]`).click()
  assert.ok(await choice.isChecked(), `${actionLabel} is chosen`)
  const form = panel.locator(`form[data-form="${action}"]`)
  await form.waitFor()
  await fill(form)
  await form.getByRole('button', { name: actionLabel, exact: true }).click()
  const confirm = panel.getByTestId('action-confirm')
  await confirm.getByRole('heading', { name: `确认${actionLabel}` }).waitFor()
  assert.match(await confirm.innerText(), new RegExp(`将对办件 ${theCase.number} 执行“${actionLabel}”`))
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/api/workbench/applications/${theCase.id}/actions`),
      { timeout: MOVE_TIMEOUT },
    ),
    confirm.getByRole('button', { name: `确认${actionLabel}` }).click(),
  ])
  assert.equal(response.status(), 200, `${action} answered ${response.status()}: ${await response.text()}`)
  const view = await response.json()
  await panel.getByTestId('action-success').filter({ hasText: `已${actionLabel}。办件 ${theCase.number}` }).waitFor()
  return view
}

/**
 * Keeps the one-visit promise on the open case through the "最多跑一次" panel: records the visit the guide names
 * (originals checked, meeting, exam, site check) or, with `waive`, records why it is waived. A pickup is recorded by
 * DELIVER with 窗口领取 instead. Needs a window officer's session.
 * @returns {Promise<object>} the case as the server answered
 */
export async function keepVisitPromise(page, theCase, { waive } = {}) {
  const panel = page.getByTestId('visit-promise')
  await panel.getByTestId('promise-pending').waitFor()
  const path = waive ? 'waivers' : 'visits'
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/api/workbench/applications/${theCase.id}/${path}`),
      { timeout: MOVE_TIMEOUT },
    ),
    (async () => {
      if (!waive) {
        await panel.locator('[data-action="promise-record-visit"]').click()
        return
      }
      await panel.locator('[data-action="promise-waive"]').click()
      const form = page.getByTestId('waiver-form')
      await form.getByLabel('理由').fill(waive)
      await form.locator('[data-action="waiver-submit"]').click()
    })(),
  ])
  assert.equal(response.status(), 200, `the ${path} answered ${response.status()}: ${await response.text()}`)
  await panel.getByTestId('promise-done').waitFor()
  return response.json()
}
