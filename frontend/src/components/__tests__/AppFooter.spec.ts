import { afterEach, describe, expect, it } from 'vitest'
import { mountApp } from '@/testing/mountApp'
import { stubApi } from '@/testing/http'
import { stats } from '@/testing/fixtures'
import type { Site } from '@/api/site'

let app: Awaited<ReturnType<typeof mountApp>> | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
})

const site: Site = {
  governmentWebsiteId: '3302820000',
  icpNumber: '浙ICP备00000000号-1',
  icpUrl: 'https://beian.miit.gov.cn/',
  publicSecurityNumber: '浙公网安备 33028202000000号',
  publicSecurityUrl: 'https://beian.mps.gov.cn/#/query/webSearch?code=33028202000000',
  organiser: '慈溪市安全生产监督管理局',
  host: '慈溪市大数据发展管理局',
  contact: { address: '慈溪市新城大道北路318号', phone: '0574-63929612', email: 'ajj@cixi.example.gov.cn' },
  siteMapUrl: '/sitemap',
}

describe('AppFooter: the site identity from GET /api/site', () => {
  it('shows the filing numbers with their links, the organiser, the contact and the site map', async () => {
    stubApi({ '/api/stats/catalogue': stats, '/api/site': site })
    app = await mountApp('/')
    const footer = app.wrapper.get('footer')
    expect(footer.get('[data-testid="footer-organiser"]').text()).toBe('主办单位：慈溪市安全生产监督管理局')
    expect(footer.text()).toContain('承办单位：慈溪市大数据发展管理局')
    const filings = footer.get('[data-testid="footer-filings"]')
    expect(filings.text()).toContain('政府网站标识码：3302820000')
    const links = filings.findAll('a')
    expect(links.map((a) => a.attributes('href'))).toEqual([site.icpUrl, site.publicSecurityUrl])
    expect(links.map((a) => a.text())).toEqual([
      '浙ICP备00000000号-1（在新窗口打开）',
      '浙公网安备 33028202000000号（在新窗口打开）',
    ])
    expect(links.every((a) => a.attributes('rel') === 'noopener')).toBe(true)
    const contact = footer.get('[data-testid="footer-contact"]')
    expect(contact.text()).toContain('地址：慈溪市新城大道北路318号')
    expect(contact.get('a[href^="tel:"]').attributes('href')).toBe('tel:057463929612')
    expect(contact.get('a[href^="mailto:"]').text()).toBe('ajj@cixi.example.gov.cn')
    expect(footer.get('[data-testid="footer-sitemap"]').attributes('href')).toBe('/sitemap')
  })

  it('links a site map elsewhere when so configured, and reads in English', async () => {
    stubApi({ '/api/stats/catalogue': stats, '/api/site': { ...site, host: undefined, siteMapUrl: 'https://www.cixi.gov.cn/map' } })
    app = await mountApp('/', { locale: 'en' })
    const footer = app.wrapper.get('footer')
    expect(footer.get('[data-testid="footer-organiser"]').text()).toBe('Organiser: 慈溪市安全生产监督管理局')
    expect(footer.get('[data-testid="footer-organiser"] span').attributes('lang')).toBe('zh-CN')
    expect(footer.text()).not.toContain('Run by:')
    expect(footer.text()).toContain('Government website ID: 3302820000')
    expect(footer.get('[data-testid="footer-sitemap"]').attributes('href')).toBe('https://www.cixi.gov.cn/map')
  })

  it('keeps its links when the identity cannot be read', async () => {
    stubApi({ '/api/stats/catalogue': stats })
    app = await mountApp('/')
    const footer = app.wrapper.get('footer')
    expect(footer.find('[data-testid="footer-filings"]').exists()).toBe(false)
    expect(footer.text()).toContain('慈溪市安全生产监督管理局 主办')
    expect(footer.get('[data-testid="footer-sitemap"]').attributes('href')).toBe('/sitemap')
  })
})

describe('the site map page', () => {
  it('lists every public page under headings, and the pages behind a login', async () => {
    stubApi({})
    app = await mountApp('/sitemap')
    const w = app.wrapper
    expect(w.get('h1').text()).toBe('网站地图')
    expect(document.title).toBe('网站地图 · 慈溪市安全生产监督管理局 · 网上办事大厅')
    expect(w.findAll('main h2').map((h) => h.text())).toEqual(['公开服务', '账户', '企业和个人办事（需登录）', '工作人员（需登录）'])
    const hrefs = w.findAll('main section a').map((a) => a.attributes('href'))
    for (const path of ['/', '/items', '/stats', '/verify', '/login', '/register', '/account', '/my/applications',
      '/my/certificates', '/my/messages', '/staff', '/staff/stats', '/staff/rectifications']) {
      expect(hrefs).toContain(path)
    }
  })
})
