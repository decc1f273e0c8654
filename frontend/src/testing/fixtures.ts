/* Test data in the shape the backend serves (taken from its default 2018 catalogue). */
import type { CatalogueStats, Guide, ItemPage, ItemSummary } from '@/api'

export const stats: CatalogueStats = {
  "total": 20,
  "byType": {
    "LICENSING": 9,
    "REVIEW_AND_FORWARD": 1,
    "OTHER": 10
  },
  "maxOneVisit": {
    "count": 20,
    "rate": 1.0
  },
  "online": {
    "count": 20,
    "rate": 1.0
  },
  "inServiceCenter": {
    "count": 20,
    "rate": 1.0
  },
  "zeroVisit": {
    "count": 7,
    "rate": 0.35
  },
  "cityWide": {
    "count": 7,
    "rate": 0.35
  }
}

export const summaries: ItemSummary[] = [
  {
    "code": "010019600100",
    "name": "危险化学品经营许可证核发（不带储存设施）—新申请",
    "type": "LICENSING",
    "subType": "行政许可",
    "kind": "PROMISED",
    "maxOneVisit": true,
    "zeroVisit": false,
    "cityWide": true,
    "online": true,
    "visits": 1,
    "promisedDays": 7,
    "statutoryDays": 30,
    "serviceObjects": [
      "LEGAL_PERSON"
    ],
    "resultName": "危险化学品经营许可证",
    "version": 1,
    "effectiveDate": "2018-06-01"
  },
  {
    "code": "010019600200",
    "name": "危险化学品经营许可证核发（不带储存设施）—延期",
    "type": "LICENSING",
    "subType": "行政许可",
    "kind": "PROMISED",
    "maxOneVisit": true,
    "zeroVisit": false,
    "cityWide": true,
    "online": true,
    "visits": 1,
    "promisedDays": 5,
    "statutoryDays": 30,
    "serviceObjects": [
      "LEGAL_PERSON"
    ],
    "resultName": "危险化学品经营许可证",
    "version": 1,
    "effectiveDate": "2018-06-01"
  },
  {
    "code": "010019900100",
    "name": "生产安全事故应急预案备案",
    "type": "OTHER",
    "subType": "其他行政权力",
    "kind": "IMMEDIATE",
    "maxOneVisit": true,
    "zeroVisit": true,
    "cityWide": false,
    "online": true,
    "visits": 0,
    "promisedDays": 0,
    "statutoryDays": undefined,
    "serviceObjects": [
      "LEGAL_PERSON"
    ],
    "resultName": "生产经营单位生产安全事故应急预案备案登记表",
    "version": 1,
    "effectiveDate": "2018-06-01"
  }
]

export function page(items: ItemSummary[] = summaries, total = items.length, pageNo = 0, size = 20): ItemPage {
  return { items, total, page: pageNo, size }
}

export const guide: Guide = {
  "code": "010019600100",
  "implementationCode": "113302820295361089010019600100",
  "name": "危险化学品经营许可证核发（不带储存设施）—新申请",
  "type": "LICENSING",
  "subType": "行政许可",
  "mainItem": "危险化学品经营许可证核发（不带储存设施）",
  "version": 1,
  "status": "ACTIVE",
  "effectiveDate": "2018-06-01",
  "cancellationDate": undefined,
  "legalBases": [
    {
      "law": "《危险化学品安全管理条例》（国务院令第591号，2013年修订）",
      "article": "第三十三条",
      "text": "国家对危险化学品经营（包括仓储经营）实行许可制度，未经许可，任何单位和个人不得经营危险化学品。"
    },
    {
      "law": "《危险化学品安全管理条例》（国务院令第591号，2013年修订）",
      "article": "第三十五条",
      "text": "从事剧毒化学品、易制爆危险化学品以外的危险化学品经营且不带储存设施的企业，向所在地县级人民政府安全生产监督管理部门提出申请并提交符合条件的证明材料；发证机关应依法审查并对经营场所进行现场核查，自收到证明材料之日起30日内作出批准或者不予批准的决定。"
    },
    {
      "law": "《危险化学品经营许可证管理办法》（原国家安全监管总局令第55号，第79号令修正）",
      "article": "第五条",
      "text": "设区的市级发证机关负责剧毒化学品、易制爆危险化学品、汽油加油站、专门仓储经营、带储存设施经营企业的发证；县级发证机关负责本行政区域内上述以外企业的经营许可证审批、颁发。"
    },
    {
      "law": "《危险化学品经营许可证管理办法》（原国家安全监管总局令第55号，第79号令修正）",
      "article": "第九条",
      "text": "申请人申请经营许可证，应当提交申请文件及申请表、安全生产规章制度和岗位操作规程目录清单、主要负责人和安全生产管理人员及特种作业人员的资格证书、经营场所产权或租赁证明、营业执照、危险化学品事故应急预案备案登记表，并对其真实性负责。"
    },
    {
      "law": "《危险化学品经营许可证管理办法》（原国家安全监管总局令第55号，第79号令修正）",
      "article": "第十一条",
      "text": "发证机关受理申请后，应当组织对申请文件、资料进行审查，指派2名以上工作人员对申请人的经营场所进行现场核查，并自受理之日起30日内作出是否准予许可的决定。"
    }
  ],
  "implementingBody": {
    "name": "慈溪市安全生产监督管理局",
    "creditCode": "113302820295361089"
  },
  "delegatingBody": undefined,
  "serviceObjects": [
    "LEGAL_PERSON"
  ],
  "theme": "危险化学品经营",
  "quantityLimit": "无数量限制",
  "rightsAndDuties": "申请人享有依法提出申请、查询办理进度、陈述和申辩、要求听证（涉及重大利益关系时）以及申请行政复议和提起行政诉讼的权利；应当如实提交申请材料并对其真实性负责，取得许可后在许可范围内从事活动，接受安全生产监督管理部门的监督检查。",
  "acceptanceConditions": [
    "申请人为在慈溪市行政区域内依法设立的企业，拟经营剧毒化学品、易制爆危险化学品以外的危险化学品，且不带储存设施",
    "经营场所、建筑物符合《建筑设计防火规范》（GB 50016）和《危险化学品经营企业开业条件和技术要求》（GB 18265）的规定",
    "主要负责人和安全生产管理人员经安全生产监督管理部门考核合格并持有有效考核合格证，特种作业人员持有有效特种作业操作证",
    "已建立安全生产规章制度和岗位操作规程，危险化学品事故应急预案已备案并配备必要的应急救援器材"
  ],
  "nonAcceptanceCases": [
    "拟经营剧毒化学品、易制爆危险化学品、汽油加油站，或带储存设施经营、专门从事仓储经营的，不属于本机关发证权限，当场告知向宁波市安全生产监督管理局申请",
    "申请人隐瞒情况或者提供虚假材料申请经营许可证被发现，自发现之日起1年内再次提出申请的",
    "申请材料不齐全或者不符合法定形式，经一次性告知后逾期未补正的"
  ],
  "provisionalAcceptanceScope": "“危险化学品事故应急预案备案登记表”可容缺受理：申请人书面承诺后，于受理之日起5个工作日内补交；补齐前不作出许可决定。其余材料不适用容缺受理。",
  "materials": [
    {
      "code": "APPLICATION_FORM",
      "name": "危险化学品经营许可证申请书（含申请文件）",
      "form": "ORIGINAL",
      "medium": "PAPER_OR_ELECTRONIC",
      "originals": 1,
      "copies": 0,
      "necessity": "REQUIRED",
      "notRequiredWhen": undefined,
      "source": "APPLICANT",
      "sourceDetail": "申请人自行编制",
      "blankForm": "危险化学品经营许可证申请书.docx",
      "sample": "危险化学品经营许可证申请书（填写样例）.pdf",
      "fillingNotes": "经营方式填写“不带储存设施经营”；许可范围按《危险化学品目录（2015版）》填写品名或类别；网上申报的上传签章后的PDF扫描件",
      "acceptanceStandard": "使用现行格式文本，逐项填写完整；企业名称、注册地址、经营场所与营业执照和产权（租赁）证明一致；许可范围不含剧毒化学品和易制爆危险化学品；法定代表人签字并加盖单位公章",
      "legalBasis": "《危险化学品经营许可证管理办法》第九条第一款第（一）项",
      "eCertificateAccepted": false,
      "required": true
    },
    {
      "code": "SAFETY_RULES_LIST",
      "name": "安全生产规章制度和岗位操作规程目录清单",
      "form": "ORIGINAL",
      "medium": "PAPER_OR_ELECTRONIC",
      "originals": 1,
      "copies": 0,
      "necessity": "REQUIRED",
      "notRequiredWhen": undefined,
      "source": "APPLICANT",
      "sourceDetail": "申请人自行编制",
      "blankForm": undefined,
      "sample": "安全生产规章制度和岗位操作规程目录清单（样例）.pdf",
      "fillingNotes": "按“制度名称—文号或版本—发布日期”格式逐条列出",
      "acceptanceStandard": "目录至少列明全员安全生产责任制、安全教育培训、安全检查和隐患排查治理、危险化学品购销记录、剧毒化学品和易制爆化学品禁售核查、消防安全管理、事故报告和应急处置制度名称，以及各岗位操作规程名称；加盖单位公章",
      "legalBasis": "《危险化学品经营许可证管理办法》第九条第一款第（二）项",
      "eCertificateAccepted": false,
      "required": true
    },
    {
      "code": "PERSONNEL_CERTIFICATES",
      "name": "主要负责人、安全生产管理人员安全生产知识和管理能力考核合格证及特种作业人员特种作业操作证",
      "form": "COPY",
      "medium": "PAPER_OR_ELECTRONIC",
      "originals": 0,
      "copies": 1,
      "necessity": "REQUIRED",
      "notRequiredWhen": "企业无特种作业岗位的，无需提交特种作业操作证",
      "source": "GOVERNMENT",
      "sourceDetail": "安全生产监督管理部门（考核发证机关）",
      "blankForm": undefined,
      "sample": undefined,
      "fillingNotes": "每张证书正反面复印在同一页A4纸上",
      "acceptanceStandard": "证书在有效期内，类别为危险化学品经营单位；持证人与申请书所列主要负责人、专职安全生产管理人员一致；复印件加盖单位公章",
      "legalBasis": "《危险化学品经营许可证管理办法》第九条第一款第（三）项",
      "eCertificateAccepted": false,
      "required": true
    },
    {
      "code": "PREMISES_PROOF",
      "name": "经营场所不动产权证书或房屋租赁合同",
      "form": "COPY",
      "medium": "PAPER_OR_ELECTRONIC",
      "originals": 0,
      "copies": 1,
      "necessity": "REQUIRED",
      "notRequiredWhen": undefined,
      "source": "OTHER",
      "sourceDetail": "不动产登记机构（不动产权证书）或出租方（房屋租赁合同）",
      "blankForm": undefined,
      "sample": undefined,
      "fillingNotes": "自有场所提交不动产权证书（或房屋所有权证）；租赁场所提交房屋租赁合同",
      "acceptanceStandard": "场所地址与申请书一致；租赁的须同时提交出租方不动产权证书复印件，租赁期限自申请之日起不少于1年；复印件加盖单位公章",
      "legalBasis": "《危险化学品经营许可证管理办法》第九条第一款第（四）项",
      "eCertificateAccepted": false,
      "required": true
    },
    {
      "code": "BUSINESS_LICENSE",
      "name": "营业执照",
      "form": "COPY",
      "medium": "PAPER_OR_ELECTRONIC",
      "originals": 0,
      "copies": 1,
      "necessity": "REQUIRED",
      "notRequiredWhen": "申请人授权通过浙江政务服务网电子证照库调取营业执照电子证照的，免于提交",
      "source": "GOVERNMENT",
      "sourceDetail": "市场监督管理部门（原工商行政管理部门）",
      "blankForm": undefined,
      "sample": undefined,
      "fillingNotes": "提交加盖单位公章的营业执照副本复印件；已授权调取电子证照的，在线勾选即可",
      "acceptanceStandard": "营业执照在有效期内，企业名称、住所、法定代表人与申请书填写内容一致，经营范围载明危险化学品经营；复印件清晰并加盖单位公章",
      "legalBasis": "《危险化学品经营许可证管理办法》第九条第一款第（五）项",
      "eCertificateAccepted": true,
      "required": true
    },
    {
      "code": "EMERGENCY_PLAN_FILING",
      "name": "危险化学品事故应急预案备案登记表",
      "form": "COPY",
      "medium": "PAPER_OR_ELECTRONIC",
      "originals": 0,
      "copies": 1,
      "necessity": "PROVISIONAL",
      "notRequiredWhen": undefined,
      "source": "GOVERNMENT",
      "sourceDetail": "慈溪市安全生产监督管理局（生产安全事故应急预案备案）",
      "blankForm": undefined,
      "sample": undefined,
      "fillingNotes": "尚未取得的可容缺受理，书面承诺后5个工作日内补交",
      "acceptanceStandard": "登记表加盖备案受理部门印章，备案单位名称与申请人一致，预案为现行有效版本",
      "legalBasis": "《危险化学品经营许可证管理办法》第九条第一款第（六）项",
      "eCertificateAccepted": true,
      "required": false
    }
  ],
  "kind": "PROMISED",
  "steps": [
    {
      "name": "受理",
      "department": "慈溪市行政服务中心安监窗口",
      "days": 1,
      "description": "窗口（或网上）接收申请材料并当场审查：材料齐全、符合法定形式的出具受理通知书；不齐全的当场或5个工作日内一次性告知需补正的全部内容"
    },
    {
      "name": "审核",
      "department": "慈溪市安全生产监督管理局危险化学品安全监督管理科",
      "days": 3,
      "description": "审查申请材料，指派2名以上工作人员对经营场所进行现场核查，形成书面核查意见"
    },
    {
      "name": "审批",
      "department": "慈溪市安全生产监督管理局分管副局长",
      "days": 1,
      "description": "分管副局长根据审核意见作出准予或不予行政许可的决定；不予许可的书面说明理由并告知救济途径"
    },
    {
      "name": "办结",
      "department": "慈溪市安全生产监督管理局政策法规科（行政审批科）",
      "days": 1,
      "description": "制作并签发许可文书，同步生成电子证照，在浙江政务服务网公示办理结果"
    },
    {
      "name": "送达",
      "department": "慈溪市行政服务中心安监窗口",
      "days": 1,
      "description": "通过电子证照推送、EMS邮寄或窗口领取方式送达申请人"
    }
  ],
  "statutoryDays": 30,
  "statutoryExtensionDays": undefined,
  "promisedDays": 7,
  "specialProcedures": [
    {
      "name": "现场核查",
      "maxDays": 3,
      "legalBasis": "《危险化学品经营许可证管理办法》第十一条：指派2名以上工作人员对申请人的经营场所进行现场核查"
    }
  ],
  "fee": {
    "charged": false,
    "items": [],
    "reductions": "不收费"
  },
  "channels": {
    "online": true,
    "onlineDepth": "III",
    "onlineUrl": "https://www.zjzwfw.gov.cn/",
    "applyForms": [
      "WINDOW",
      "ONLINE"
    ],
    "postIn": false,
    "postOut": true,
    "appointment": true,
    "selfServiceTerminal": true
  },
  "visits": 1,
  "visitReason": "到窗口核验营业执照、人员资格证书和经营场所产权（租赁）证明原件；许可证可选择EMS邮寄送达，无需再次到场",
  "serviceCenter": {
    "inServiceCenter": true,
    "hall": "慈溪市行政服务中心 三楼 安监窗口",
    "window": "31号窗口"
  },
  "cityWide": {
    "enabled": true,
    "scope": "慈溪市全市",
    "acceptingWindows": [
      "慈溪市行政服务中心安监窗口",
      "浒山街道便民服务中心综合受理窗口",
      "古塘街道便民服务中心综合受理窗口",
      "周巷镇便民服务中心综合受理窗口",
      "观海卫镇便民服务中心综合受理窗口",
      "龙山镇便民服务中心综合受理窗口"
    ]
  },
  "result": {
    "type": "CERTIFICATE",
    "name": "危险化学品经营许可证",
    "sample": "危险化学品经营许可证（样本）.pdf",
    "validity": "3年",
    "delivery": [
      "ELECTRONIC",
      "POST",
      "WINDOW"
    ]
  },
  "contact": {
    "address": "慈溪市新城大道北路318号 慈溪市行政服务中心三楼 安监窗口",
    "hours": "工作日 上午8:30-12:00，下午13:30-17:00（夏令时14:00-17:30）；法定节假日除外",
    "consultationPhone": "0574-63929612",
    "complaintPhone": "0574-63929600",
    "consultationOnline": "浙江政务服务网（https://www.zjzwfw.gov.cn/）本事项页面“我要咨询”栏目",
    "complaintOnline": "浙江政务服务网（https://www.zjzwfw.gov.cn/）“我要投诉”栏目，或拨打12345政务服务热线"
  },
  "remedies": {
    "reconsideration": "可在知道该行政行为之日起六十日内向慈溪市人民政府或宁波市安全生产监督管理局申请行政复议",
    "litigation": "可在知道或者应当知道作出行政行为之日起六个月内向慈溪市人民法院提起行政诉讼"
  },
  "faq": [
    {
      "question": "不带储存设施的危险化学品经营许可证由哪个部门发证？",
      "answer": "经营剧毒化学品、易制爆危险化学品以外的危险化学品且不带储存设施的企业，由慈溪市安全生产监督管理局审批发证；经营剧毒化学品、易制爆危险化学品、汽油加油站以及带储存设施经营的企业，应向宁波市安全生产监督管理局申请。"
    },
    {
      "question": "经营场所是租赁的可以申请吗？",
      "answer": "可以。需提交房屋租赁合同和出租方不动产权证书复印件，租赁期限自申请之日起不少于1年，且场所用途符合消防和规划要求。"
    },
    {
      "question": "应急预案备案登记表还没拿到，能否先提交申请？",
      "answer": "可以容缺受理。申请人书面承诺后于受理之日起5个工作日内补交备案登记表，补齐前暂不作出许可决定。"
    }
  ],
  "zeroVisit": false,
  "online": true,
  "maxOneVisit": true
}
