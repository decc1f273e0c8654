import type applyZh from './apply.zh-CN'
import type workbenchZh from './workbench.zh-CN'
import type resultsZh from './results.zh-CN'
import type portalZh from './portal.zh-CN'

/** The English texts must have exactly the keys of the Chinese ones. */
export type ApplyMessages = typeof applyZh
export type WorkbenchMessages = typeof workbenchZh
export type ResultsMessages = typeof resultsZh
export type PortalMessages = typeof portalZh
