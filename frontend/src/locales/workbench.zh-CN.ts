/** 工作台（窗口、审查、审批）的界面文字。 */
const workbench = {}

export default workbench
