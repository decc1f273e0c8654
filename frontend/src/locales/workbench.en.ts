import type { WorkbenchMessages } from './types'

const workbench: WorkbenchMessages = {}

export default workbench
