/**
 * 全站统一用语（申请人页面与工作台同一套词）。界面文字从这里取词，不再各写一份；
 * 与 shared/reference/mission.md 的术语表一致。locales/__tests__/vocabulary.spec.ts 防止旧词回来。
 */
const glossary = {
  serviceItem: '办事事项',
  serviceGuide: '办事指南',
  case: '办件',
  caseNumber: '办件编号',
  /** 申请渠道与“在线/网上”一律称“网上申请”（不用“网上申报”“在线申报”“在线申请”）。 */
  onlineApplication: '网上申请',
  window: '窗口',
  materials: '申请材料',
  /** 材料的必要性一律称“必交/选交/容缺”（不用“必要/非必要”）。 */
  requiredMaterial: '必交材料',
  accept: '受理',
  notAccept: '不予受理',
  correction: '补正',
  /** 审批决定一律称“准予许可/不予许可”（不用“批准/不予批准”）。 */
  approve: '准予许可',
  deny: '不予许可',
  deliver: '送达',
  zeroVisit: '零跑腿',
  maxOneVisit: '最多跑一次',
  cityWide: '全城通办',
  promisedLimit: '承诺时限',
  statutoryLimit: '法定时限',
  electronicCertificate: '电子证照',
  evaluation: '好差评',
  channels: { ONLINE: '网上申请', WINDOW: '窗口申请', POST: '邮寄申请' },
  necessity: { REQUIRED: '必交', OPTIONAL: '选交', PROVISIONAL: '容缺' },
}

export default glossary
export type Glossary = typeof glossary
