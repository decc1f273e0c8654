import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import VisitNotice from '@/components/apply/VisitNotice.vue'
import { promiseOfGuide, visitAhead, type VisitPromise } from '@/components/apply/visitNotice'
import { visitNoticeOf } from '@/components/apply/useMessageText'
import { createAppI18n, type Locale } from '@/locales'
import { guide } from '@/testing/fixtures'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

/** The promise of 010019600100 as the server derives it (visitMoment ACCEPTANCE, originals from the materials). */
const promise: VisitPromise = {
  promisedVisits: 1,
  moment: 'ACCEPTANCE',
  reason: '到窗口核验营业执照、人员资格证书和经营场所产权（租赁）证明原件',
  originals: [
    { code: 'APPLICATION_FORM', name: '危险化学品经营许可证申请书（含申请文件）', originals: 1, copies: 0, necessity: 'REQUIRED' },
    { code: 'ID_CARD', name: '居民身份证', originals: 1, copies: 2, necessity: 'REQUIRED' },
  ],
  status: 'PENDING',
  mandatoryProcedures: [],
}

function mountNotice(p: VisitPromise, locale: Locale = 'zh-CN') {
  wrapper = mount(VisitNotice, { props: { promise: p }, global: { plugins: [createAppI18n(locale)] } })
  return wrapper
}

describe('the one-visit notice', () => {
  it('says when the visit happens and lists every original to bring, with counts', () => {
    const w = mountNotice(promise)
    expect(w.get('[data-testid="visit-notice"]').attributes('data-moment')).toBe('ACCEPTANCE')
    expect(w.get('[data-testid="visit-when"]').text()).toBe('到现场一次：受理时到窗口核验原件')
    const items = w.findAll('[data-testid="visit-originals"] li').map((li) => li.text())
    expect(items).toEqual(['危险化学品经营许可证申请书（含申请文件）原件 1 份', '居民身份证原件 1 份，复印件 2 份'])
    expect(w.text()).toContain('到窗口核验营业执照')
    expect(w.get('h2').attributes('id')).toBe(w.get('section').attributes('aria-labelledby'))
  })

  it('speaks English with plurals, keeping the catalogue’s Chinese names marked as such', () => {
    const w = mountNotice({ ...promise, moment: 'PICKUP' }, 'en')
    expect(w.get('[data-testid="visit-when"]').text()).toBe('One visit: to collect (or exchange) the result at the window')
    expect(w.text()).toContain('Bring these originals (2):')
    const second = w.findAll('[data-testid="visit-originals"] li')[1]!
    expect(second.text()).toContain('1 original, 2 copies')
    expect(second.get('span[lang="zh-CN"]').text()).toBe('居民身份证')
  })

  it('says no visit is needed any more once it was made or waived, and nothing for a zero-visit item', () => {
    expect(mountNotice({ ...promise, status: 'RECORDED' }).get('[data-testid="visit-done"]').text()).toContain('无需再跑')
    wrapper!.unmount()
    expect(mountNotice({ ...promise, status: 'WAIVED' }).get('[data-testid="visit-done"]').text()).toContain('无需您到现场')
    wrapper!.unmount()
    expect(mountNotice({ ...promise, promisedVisits: 0, status: 'NONE' }).find('[data-testid="visit-notice"]').exists()).toBe(false)
  })

  it('builds the promise from the guide before there is a case', () => {
    const p = promiseOfGuide({ ...guide, visits: 1, visitMoment: 'SITE_CHECK', visitOriginals: promise.originals })
    expect(p).toMatchObject({ promisedVisits: 1, moment: 'SITE_CHECK', originals: promise.originals })
    expect(visitAhead(p)).toBe(true)
    expect(visitAhead(promiseOfGuide({ ...guide, visits: 0, visitMoment: undefined, visitOriginals: [] }))).toBe(false)
  })

  it('keeps what an acceptance message says of the visit, in any language', () => {
    const body = '已受理，进入审查。本事项需到现场一次：受理时到窗口核验原件。请携带原件：「申请书」原件 1 份。'
    expect(visitNoticeOf({ event: 'ACCEPT', body })).toBe('本事项需到现场一次：受理时到窗口核验原件。请携带原件：「申请书」原件 1 份。')
    expect(visitNoticeOf({ event: 'ACCEPT', body: '已受理，进入审查。' })).toBeUndefined()
    expect(visitNoticeOf({ event: 'SUBMIT', body })).toBeUndefined()
  })
})
