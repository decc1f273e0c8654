import type find from './find.zh-CN'

/** Finding and using a guide, in English. */
const en: typeof find = {
  downloads: {
    title: 'Forms to download',
    applicationForm: 'Application form (blank)',
    filledSample: 'Filled-in sample',
    resultSample: 'Sample of the result',
    pdf: 'PDF',
    note: 'Made from this item’s application form; the documents are in Chinese. Print, fill in, sign and seal, then hand in as the list of materials says.',
  },
  suggestions: {
    title: 'Did you mean:',
  },
}

export default en
