/** 申请人自己的选择：结果送达方式、预填信息、从证照库调取材料（数据多跑路）。 */
const choices = {
  delivery: {
    heading: '结果送达方式',
    lead: '请选择办理结果如何送达给您。',
    method: '送达方式',
    address: '收件地址',
    addressHelp: '请填写省、市、区（县）、街道及门牌号。',
    recipient: '收件人',
    mobile: '收件人手机号码',
    postcode: '邮政编码',
    postcodeHelp: '选填，6 位数字。',
    windowNote: '窗口领取需要您到窗口跑一次，这就是本事项“最多跑一次”的那一次。',
    electronicNote: '办结后在“我的证照”中下载电子证照，无需跑腿。',
    postNote: '通过邮政 EMS 免费寄送，无需跑腿。',
    onlyMethod: '本事项只提供这一种送达方式。',
    required: '请选择送达方式',
    chosen: '您选择的送达方式',
    changeReason: '变更理由',
  },
  prefill: {
    note: '已根据您的账户信息预先填写了部分内容，可以修改。',
  },
  retrieval: {
    authorise: '授权从证照库调取',
    authoriseHelp: '勾选后由我们从证照库调取，无需上传。',
    fromRegister: '本局证照库',
    fromLibrary: '电子证照库',
    retrieved: '已从{source}调取',
    label: '由证照库调取',
    number: '证照编号',
    validTo: '有效期至',
    noExpiry: '长期有效',
    view: '查看证照',
    undo: '取消授权',
    failed: '调取失败：{message}',
    working: '正在调取…',
  },
}

export default choices
