import { describe, expect, it } from 'vitest'
import zhCN from '@/locales/zh-CN'
import en from '@/locales/en'
import { createAppI18n } from '@/locales'
import glossaryZh from '@/locales/glossary.zh-CN'
import glossaryEn from '@/locales/glossary.en'

/** Every message of a locale with its key path. */
function messages(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]]
  if (tree && typeof tree === 'object') {
    return Object.entries(tree).flatMap(([key, value]) => messages(value, path ? `${path}.${key}` : key))
  }
  return []
}

/**
 * Words that duplicate a glossary term, with the term to use instead: one vocabulary on applicants' and
 * staff pages alike (issue 10, §6).
 */
const BANNED_ZH: [RegExp, string][] = [
  [/必要/, `${glossaryZh.necessity.REQUIRED}/${glossaryZh.necessity.OPTIONAL}`],
  [/网上申报|在线申报|在线申请/, glossaryZh.onlineApplication],
  [/窗口递交|邮寄递交/, `${glossaryZh.channels.WINDOW}/${glossaryZh.channels.POST}`],
  [/批准/, `${glossaryZh.approve}/${glossaryZh.deny}`],
]

/** Chinese full-width punctuation has no place in English text. */
const FULL_WIDTH = /[，。：；（）！？、【】]/

describe('one vocabulary per language', () => {
  it('uses no duplicate of a glossary term in the Chinese texts', () => {
    const found = messages(zhCN)
      .filter(([path]) => !path.startsWith('glossary.'))
      .flatMap(([path, text]) =>
        BANNED_ZH.filter(([word]) => word.test(text)).map(([word, use]) => `${path}: “${text}” (${word.source} → ${use})`),
      )
    expect(found).toEqual([])
  })

  it('takes the channel and material terms from the glossary, in both languages', () => {
    for (const [messagesOf, glossary] of [
      [zhCN, glossaryZh],
      [en, glossaryEn],
    ] as const) {
      expect(messagesOf.glossary).toBe(glossary)
      for (const channels of [messagesOf.apply.case.channels, messagesOf.workbench.channels, messagesOf.results.stats.channels]) {
        expect(channels).toBe(glossary.channels)
      }
      expect(messagesOf.enums.necessity).toBe(glossary.necessity)
      expect(messagesOf.workbench.materials.necessity).toBe(glossary.necessity)
      expect([messagesOf.apply.common.required, messagesOf.apply.common.optional, messagesOf.apply.common.provisional]).toEqual([
        glossary.necessity.REQUIRED,
        glossary.necessity.OPTIONAL,
        glossary.necessity.PROVISIONAL,
      ])
    }
  })

  it('has the same glossary entries in English as in Chinese', () => {
    expect(messages(glossaryEn).map(([path]) => path)).toEqual(messages(glossaryZh).map(([path]) => path))
  })
})

describe('English texts', () => {
  const english = messages(en)

  it('have no Chinese full-width punctuation', () => {
    expect(english.filter(([, text]) => FULL_WIDTH.test(text)).map(([path, text]) => `${path}: ${text}`)).toEqual([])
  })

  it('show no Chinese term beside its English twin', () => {
    // the one Chinese word in English texts is a search example (catalogue content is in Chinese)
    const chinese = english.filter(([path, text]) => /[\u4e00-\u9fff]/.test(text) && path !== 'home.searchPlaceholder')
    expect(chinese.map(([path, text]) => `${path}: ${text}`)).toEqual([])
  })

  it('count in the singular and the plural', () => {
    for (const path of ['days.workingDays', 'guide.steps.days', 'list.total', 'apply.deadline.left', 'apply.list.total']) {
      const text = english.find(([p]) => p === path)?.[1] ?? ''
      expect(text, path).toContain('|')
    }
  })
  it('say 1 working day and 5 working days, 1 item and 2 items', () => {
    const { t } = createAppI18n('en').global
    expect([t('days.workingDays', { n: 1 }, 1), t('days.workingDays', { n: 5 }, 5)]).toEqual(['1 working day', '5 working days'])
    expect([t('list.total', { n: 1 }, 1), t('list.total', { n: 2 }, 2)]).toEqual(['1 item', '2 items'])
    expect([t('guide.materials.copiesN', { n: 1 }, 1), t('guide.materials.copiesN', { n: 3 }, 3)]).toEqual(['1 copy', '3 copies'])
    expect([t('apply.list.total', { n: 0 }, 0), t('apply.list.total', { n: 1 }, 1)]).toEqual(['No applications', '1 application'])
  })
})
