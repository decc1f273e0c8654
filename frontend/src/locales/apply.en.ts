import type { ApplyMessages } from './types'

const apply: ApplyMessages = {}

export default apply
