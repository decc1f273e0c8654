// The setup shared by the browser test files: the app and the browser for the whole file, a `check` that
// prints the backend's log at the end when a test failed, fresh pages, and the common assertions.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { axeViolations, launchBrowser, screenshotPath, startApp } from './app.mjs'

/** Registers the file's before/after hooks (call it at the top level of a test file). */
export function browserSuite() {
  let app
  let browser
  let failed = false

  before(async () => {
    app = await startApp()
    browser = await launchBrowser()
  })

  after(async () => {
    await browser?.close()
    if (failed && app) console.log(app.log())
    await app?.stop()
  })

  /** A test whose failure also prints the backend's log at the end. */
  function check(name, fn) {
    test(name, async () => {
      try {
        await fn()
      } catch (error) {
        failed = true
        throw error
      }
    })
  }

  async function newPage(options = {}) {
    const context = await browser.newContext({
      baseURL: app.baseUrl,
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      ...options,
    })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    return page
  }

  return {
    check,
    newPage,
    /** The base URL of the app under test (known once the `before` hook has run). */
    baseUrl: () => app.baseUrl,
  }
}

export async function assertNoAxeViolations(page, where) {
  const violations = await axeViolations(page)
  assert.deepEqual(violations, [], `axe found violations on ${where}:\n${violations.join('\n')}`)
}

export async function assertNoHorizontalOverflow(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  assert.ok(scrollWidth <= innerWidth, `${where} scrolls sideways: ${scrollWidth}px wide in a ${innerWidth}px window`)
}

/**
 * Ordered steps that share state: a step whose predecessor failed fails at once, naming it; a failing step leaves a
 * full-page screenshot of each open page (`pages()` gives them by who holds them), named `<prefix>-failed-<step>-<who>`.
 */
export function orderedSteps(check, prefix, pages) {
  const passed = new Set()
  return function step(name, needs, fn) {
    check(name, async () => {
      if (needs) assert.ok(passed.has(needs), `needs the earlier step “${needs}”, which did not pass`)
      try {
        await fn()
        passed.add(name)
      } catch (error) {
        const slug = name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()
        for (const [who, page] of Object.entries(pages())) {
          if (page && !page.isClosed()) {
            await page.screenshot({ path: screenshotPath(`${prefix}-failed-${slug}-${who}`), fullPage: true }).catch(() => {})
          }
        }
        throw error
      }
    })
  }
}
