import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountApp } from '@/testing/mountApp'
import { problem, stubApi } from '@/testing/http'
import { guide } from '@/testing/fixtures'
import { staffAccount, staffClaims, tokenPair } from '@/testing/auth'
import { REFRESH_TOKEN_KEY } from '@/stores/auth'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

describe('ItemGuideView', () => {
  it('lays out the guide: heading, materials table, steps timeline', async () => {
    stubApi({ '/api/items/010019600100': guide })
    app = await mountApp('/items/010019600100')
    const w = app.wrapper
    expect(w.findAll('h1')).toHaveLength(1)
    expect(w.get('h1').text()).toBe(guide.name)
    expect(document.title).toBe(`${guide.name} · 办事指南 · 慈溪市安全生产监督管理局 · 网上办事大厅`)

    const table = w.get('[data-testid="materials-table"]')
    const headers = table.findAll('thead th').map((th) => th.text())
    expect(headers).toEqual(['序号', '材料名称', '原件/复印件', '份数', '是否必交', '来源', '纸质/电子', '空白表格/样表', '受理标准'])
    const rows = table.findAll('tbody tr')
    expect(rows).toHaveLength(guide.materials!.length)
    const first = rows[0]!.text()
    expect(first).toContain('危险化学品经营许可证申请书（含申请文件）')
    expect(first).toContain('原件')
    expect(first).toContain('原件 1 份')
    expect(first).toContain('必交')
    expect(first).toContain('申请人自备（申请人自行编制）')
    expect(first).toContain('纸质或电子')
    expect(first).toContain('危险化学品经营许可证申请书.docx')
    expect(first).toContain('使用现行格式文本')
    expect(w.get('[data-testid="materials-region"]').attributes('role')).toBe('region')
    expect(w.get('[data-testid="materials-region"]').attributes('aria-label')).toBeTruthy()

    const steps = w.findAll('[data-testid="steps"] .el-timeline-item')
    expect(steps).toHaveLength(guide.steps!.length)
    expect(steps[0]!.text()).toContain('受理')
    expect(steps[0]!.text()).toContain('1 个工作日')
    expect(steps[0]!.text()).toContain('慈溪市行政服务中心安监窗口')
  })

  it('shows limits, channels, city-wide windows, result, contact, remedies and FAQ', async () => {
    stubApi({ '/api/items/010019600100': guide })
    app = await mountApp('/items/010019600100')
    const text = app.wrapper.text()
    expect(text).toContain('法定办结时限')
    expect(text).toContain('30 个工作日')
    expect(text).toContain('7 个工作日')
    expect(text).toContain('现场核查')
    expect(text).toContain('不收费')
    expect(text).toContain('Ⅲ级（网上受理）')
    expect(text).toContain('31号窗口')
    expect(text).toContain('浒山街道便民服务中心综合受理窗口')
    expect(text).toContain('3年')
    expect(text).toContain('0574-63929612')
    expect(text).toContain('0574-63929600')
    expect(text).toContain('行政复议')
    expect(app.wrapper.findAll('.el-collapse-item')).toHaveLength(guide.faq!.length)
    for (const basis of guide.legalBases!) expect(text).toContain(basis.law)
  })

  it('links the printable guide in a new tab and offers online application (a visitor logs in first)', async () => {
    stubApi({ '/api/items/010019600100': guide })
    app = await mountApp('/items/010019600100')
    const print = app.wrapper.get('[data-testid="print-link"]')
    expect(print.attributes('href')).toBe('/api/items/010019600100/guide')
    expect(print.attributes('target')).toBe('_blank')
    expect(print.text()).toContain('打印办事指南')
    const apply = app.wrapper.get('[data-testid="apply-button"]')
    expect(apply.element.tagName).toBe('A')
    expect(apply.attributes('href')).toBe('/apply/010019600100')
    expect(apply.text()).toBe('网上申请')
    expect(apply.attributes('aria-describedby')).toBe('apply-note')
    expect(document.getElementById('apply-note')?.textContent).toContain('需要先登录')
    const crumbs = app.wrapper.get('nav[aria-label="面包屑导航"]')
    expect(crumbs.get('a[href="/items"]').text()).toBe('办事指南')

    await apply.trigger('click')
    await vi.waitFor(() => expect(app!.router.currentRoute.value.name).toBe('login'))
    expect(app.router.currentRoute.value.query.redirect).toBe('/apply/010019600100')
  })

  it('keeps the button disabled, saying why, for an item that is not online or an account that cannot apply', async () => {
    stubApi({ '/api/items/010019600100': { ...guide, online: false } })
    app = await mountApp('/items/010019600100')
    let apply = app.wrapper.get('[data-testid="apply-button"]')
    expect(apply.element.tagName).toBe('BUTTON')
    expect(apply.attributes('disabled')).toBeDefined()
    expect(app.wrapper.get('[data-testid="apply-note"]').text()).toContain('暂不支持网上申请')
    app.unmount()

    sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-before-reload')
    stubApi({
      '/api/auth/refresh': () => ({ body: tokenPair(staffClaims) }),
      '/api/me': staffAccount,
      '/api/items/010019600100': guide,
    })
    app = await mountApp('/items/010019600100')
    apply = app.wrapper.get('[data-testid="apply-button"]')
    expect(apply.attributes('disabled')).toBeDefined()
    expect(app.wrapper.get('[data-testid="apply-note"]').text()).toContain('工作人员账户不能网上申请')
  })

  it('shows a friendly not-found view for an unknown code', async () => {
    stubApi({ '/api/items/999': problem(404, '未找到编码为 999 的办事事项。', '未找到') })
    app = await mountApp('/items/999')
    const box = app.wrapper.get('[data-testid="guide-not-found"]')
    expect(box.get('h1').text()).toBe('未找到该办事事项')
    expect(box.text()).toContain('999')
    expect(box.get('a').attributes('href')).toBe('/items')
    expect(document.title).toContain('未找到该办事事项')
  })

  it('shows the server detail for other errors', async () => {
    stubApi({ '/api/items/010019600100': problem(500, '服务器处理请求时出错，请稍后重试；问题已记录。') })
    app = await mountApp('/items/010019600100')
    expect(app.wrapper.text()).toContain('服务器处理请求时出错')
  })
})
