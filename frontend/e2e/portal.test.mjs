// Browser tests of the public portal against the packaged application (see support/app.mjs).
import { describe } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath } from './support/app.mjs'
import { assertNoAxeViolations, assertNoHorizontalOverflow, browserSuite } from './support/suite.mjs'

const { check, newPage, baseUrl } = browserSuite()

describe('OneVisit portal', () => {
  check('home shows the reform figures and passes axe', async () => {
    const page = await newPage()
    await page.goto('/')
    await page.locator('[data-figure="zeroVisit"]').waitFor()
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN')
    assert.match(await page.title(), /首页/)
    assert.match(await page.locator('[data-figure="zeroVisit"]').innerText(), /零跑腿[\s\S]*7 项[\s\S]*35%/)
    assert.match(await page.locator('[data-figure="cityWide"]').innerText(), /全城通办[\s\S]*7 项/)
    assert.match(await page.locator('[data-figure="maxOneVisit"]').innerText(), /100%/)
    assert.equal(await page.locator('h1').count(), 1)
    await page.screenshot({ path: screenshotPath('home-zh'), fullPage: true })
    await assertNoAxeViolations(page, 'the home page')
    await page.context().close()
  })

  check('search 危险化学品 from home, open a guide and read its materials table', async () => {
    const page = await newPage()
    await page.goto('/')
    await page.getByLabel('搜索办事事项').fill('危险化学品')
    await page.getByRole('button', { name: '搜索' }).click()
    await page.waitForURL(/\/items\?q=/)
    await page.locator('article.item-card').first().waitFor()
    const total = await page.getByTestId('total').innerText()
    assert.match(total, /共 \d+ 项/)
    assert.ok(Number(total.match(/\d+/)[0]) > 0, 'the search finds items')
    for (const name of await page.locator('article.item-card h2').allInnerTexts()) {
      assert.ok(name.length > 0)
    }
    await page.screenshot({ path: screenshotPath('list-zh'), fullPage: true })
    await assertNoAxeViolations(page, 'the list page')

    const first = page.locator('article.item-card h2 a').first()
    const name = await first.innerText()
    await first.click()
    await page.waitForURL(/\/items\/\d+/)
    await page.getByTestId('materials-table').waitFor()
    assert.equal(await page.locator('h1').innerText(), name)
    assert.match(await page.title(), new RegExp(name.replace(/[()（）]/g, '.')))
    assert.ok((await page.locator('[data-testid="materials-table"] tbody tr').count()) > 0)
    assert.ok((await page.locator('[data-testid="steps"] .el-timeline-item').count()) > 0)
    // An item applied for online: a visitor gets the 网上申请 link, and is told to log in first.
    assert.match(await page.getByTestId('apply-button').getAttribute('href'), /^\/apply\/\d+$/)
    assert.match(await page.getByTestId('apply-note').innerText(), /需要先登录/)
    const printHref = await page.getByTestId('print-link').getAttribute('href')
    const printable = await page.request.get(printHref)
    assert.equal(printable.status(), 200)
    assert.match(printable.headers()['content-type'], /text\/html/)
    await page.screenshot({ path: screenshotPath('guide-zh'), fullPage: true })
    await assertNoAxeViolations(page, 'the guide page')
    await page.context().close()
  })

  check('the zero-visit filter lists 7 items and lives in the URL', async () => {
    const page = await newPage()
    await page.goto('/items')
    await page.getByTestId('total').filter({ hasText: '共 20 项' }).waitFor()
    // Element Plus draws its own box over a hidden native checkbox: click the label, as a person does.
    await page.locator('label[data-filter="zeroVisit"]').click()
    await page.waitForURL(/zeroVisit=true/)
    await page.getByTestId('total').filter({ hasText: '共 7 项' }).waitFor()
    assert.equal(await page.locator('article.item-card').count(), 7)
    assert.equal(await page.locator('article.item-card [data-badge="zeroVisit"]').count(), 7)
    await page.reload()
    await page.getByTestId('total').filter({ hasText: '共 7 项' }).waitFor()
    assert.ok(await page.getByRole('checkbox', { name: '零跑腿' }).isChecked())
    await page.context().close()
  })

  check('switching to English translates the interface and is remembered', async () => {
    const page = await newPage()
    await page.goto('/')
    await page.locator('[data-figure="zeroVisit"]').waitFor()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Online Service Hall' }).waitFor()
    assert.equal(await page.getAttribute('html', 'lang'), 'en')
    assert.match(await page.getByRole('navigation', { name: 'Main navigation' }).innerText(), /Service guides/)
    assert.match(await page.locator('[data-figure="zeroVisit"]').innerText(), /Zero visits/)
    await page.screenshot({ path: screenshotPath('home-en'), fullPage: true })
    await assertNoAxeViolations(page, 'the home page in English')

    await page.goto('/items?zeroVisit=true')
    await page.getByTestId('total').filter({ hasText: '7 items' }).waitFor()
    assert.equal(await page.getAttribute('html', 'lang'), 'en')
    await page.screenshot({ path: screenshotPath('list-en'), fullPage: true })
    await assertNoAxeViolations(page, 'the list page in English')

    await page.locator('article.item-card h2 a').first().click()
    await page.getByTestId('materials-table').waitFor()
    assert.match(await page.getByTestId('materials-table').innerText(), /Acceptance standard/)
    await page.screenshot({ path: screenshotPath('guide-en'), fullPage: true })
    await assertNoAxeViolations(page, 'the guide page in English')
    await page.context().close()
  })

  check('on a 375 px phone nothing scrolls sideways', async () => {
    const page = await newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    await page.goto('/items?q=危险化学品')
    await page.locator('article.item-card h2 a').first().click()
    await page.getByTestId('material-cards').waitFor()
    await assertNoHorizontalOverflow(page, 'the guide page')
    await page.screenshot({ path: screenshotPath('guide-zh-375'), fullPage: true })
    await assertNoAxeViolations(page, 'the guide page on a phone')
    for (const path of ['/', '/items']) {
      await page.goto(path)
      await page.locator('h1').waitFor()
      await page.waitForLoadState('networkidle')
      await assertNoHorizontalOverflow(page, path)
    }
    await page.screenshot({ path: screenshotPath('list-zh-375'), fullPage: true })
    await page.context().close()
  })

  check('keyboard: the skip link is first and moves focus to the content', async () => {
    const page = await newPage()
    await page.goto('/items')
    await page.locator('article.item-card').first().waitFor()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: '跳到主要内容' })
    assert.ok(await skip.evaluate((el) => el === document.activeElement))
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content')
    await page.context().close()
  })

  check('unknown pages and items get a friendly not-found view', async () => {
    const page = await newPage()
    await page.goto('/no/such/page')
    await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor()
    await assertNoAxeViolations(page, 'the not-found page')
    await page.goto('/items/000000000000')
    await page.getByRole('heading', { level: 1, name: '未找到该办事事项' }).waitFor()
    await page.context().close()
  })
})
