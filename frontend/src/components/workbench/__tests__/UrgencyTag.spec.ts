import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import UrgencyTag from '@/components/workbench/UrgencyTag.vue'
import { urgencyTags, type UrgencySource } from '@/components/workbench/urgency'
import { createAppI18n, type Locale } from '@/locales'

function render(source: UrgencySource, locale: Locale = 'zh-CN') {
  const wrapper = mount(UrgencyTag, { props: { source }, global: { plugins: [createAppI18n(locale)] } })
  return wrapper.findAll('.urgency-tag').map((tag) => ({ text: tag.text(), type: tag.attributes('data-type') }))
}

describe('urgency tags', () => {
  it('says green, yellow (2 working days or less) and red (overdue) in words as well as colour', () => {
    expect(render({ urgency: 'GREEN', remainingWorkingDays: 7 })).toEqual([{ text: '正常 · 剩 7 个工作日', type: 'success' }])
    expect(render({ urgency: 'YELLOW', remainingWorkingDays: 2 })).toEqual([{ text: '即将到期 · 剩 2 个工作日', type: 'warning' }])
    expect(render({ urgency: 'YELLOW', remainingWorkingDays: 0 })).toEqual([{ text: '即将到期 · 今日到期', type: 'warning' }])
    expect(render({ urgency: 'RED', remainingWorkingDays: -3 })).toEqual([{ text: '已超期 · 超出 3 个工作日', type: 'danger' }])
  })

  it('adds 暂停计时 while the clock is paused, and the 5-working-day acceptance breach first', () => {
    expect(render({ urgency: 'GREEN', remainingWorkingDays: 5, paused: true })).toEqual([
      { text: '正常 · 剩 5 个工作日', type: 'success' },
      { text: '暂停计时', type: 'info' },
    ])
    expect(render({ acceptanceOverdue: true })).toEqual([{ text: '超过5个工作日未受理', type: 'danger' }])
    expect(render({ paused: true, urgency: null })).toEqual([{ text: '暂停计时', type: 'info' }])
  })

  it('shows nothing before the clock starts', () => {
    expect(urgencyTags({ urgency: null, remainingWorkingDays: null })).toEqual([])
    expect(render({})).toEqual([])
  })

  it('speaks English, with plural forms', () => {
    expect(render({ urgency: 'GREEN', remainingWorkingDays: 1 }, 'en')).toEqual([{ text: 'On time · 1 working day left', type: 'success' }])
    expect(render({ urgency: 'RED', remainingWorkingDays: -4, paused: true, acceptanceOverdue: false }, 'en')).toEqual([
      { text: 'Overdue · 4 working days late', type: 'danger' },
      { text: 'Clock paused', type: 'info' },
    ])
    expect(render({ acceptanceOverdue: true }, 'en')[0]!.text).toBe('Not accepted within 5 working days')
  })
})
