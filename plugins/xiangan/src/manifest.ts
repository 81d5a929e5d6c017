import type { ManifestInput } from '@liandong/sdk';

/**
 * 翔安区依法行政与检察监督工作互动机制 — encoded from 厦翔政〔2017〕178号
 * (seeds/004). Every declaration names where the document states it.
 */
export const manifest = {
  id: 'xiangan',
  version: '1.0.0',
  sdk: '^0.1.0',
  name: '翔安区依法行政与检察监督工作互动机制',
  description:
    '区政府与区检察院依法行政与检察监督工作互动机制。' +
    '另：双方加强理论调研和经验交流，可以互相派员参加有关培训研讨等活动；区政府把法治教育纳入干部教育培训计划（一、（三））；' +
    '深化行政执法与刑事司法衔接、行政执法与行政检察衔接两项衔接机制，利用信息共享平台，落实信息录入、案件查询、个案预警、安全防范等工作制度（二、（一））；' +
    '区检察院通过立案监督、检察建议、查办职务犯罪、提起公益诉讼等多种方式加强监督（二、（三））；' +
    '对违法采取行政强制措施的，区检察院及时监督纠正（三、（一））；' +
    '区政府与区检察院适时联合开展预防专题调研（三、（三））；' +
    '行政机关配合已立案行政公益诉讼案件的调查核实，被诉行政机关做好应诉工作、负责人出庭应诉、自觉履行生效判决（四、（一）、（二））；' +
    '适时联合组织开展公益诉讼专题调研，协同解决行政公益诉讼工作中的重大问题（四、（三））。',
  charter: {
    title: '厦门市翔安区人民政府 厦门市翔安区人民检察院关于建立依法行政与检察监督工作互动机制的实施意见',
    docNumber: '厦翔政〔2017〕178号',
    issuedBy: ['厦门市翔安区人民政府', '厦门市翔安区人民检察院'],
    issuedOn: '2017-11-16',
    status: 'inForce',
  },
  jurisdiction: {
    name: '翔安区',
    divisionCode: '350213',
    level: 'district',
    province: { code: '35', name: '福建省' },
    parent: { name: '厦门市', divisionCode: '350200' },
  },
  units: [
    {
      key: 'government',
      name: '厦门市翔安区人民政府',
      aliases: ['区政府', '政府机关'],
      kind: 'government',
      source: '落款；一、（一）',
    },
    {
      key: 'procuratorate',
      name: '厦门市翔安区人民检察院',
      aliases: ['区检察院', '检察机关'],
      kind: 'procuratorate',
      source: '落款；一、（一）',
    },
    {
      key: 'legalAffairsOffice',
      name: '区法制办',
      aliases: ['法制部门'],
      kind: 'department',
      roles: ['区政府负责与区检察院日常相关工作联系'],
      source: '一、（一）；三、（二）',
    },
    {
      key: 'supervisionDepartment',
      name: '政府监察部门',
      kind: 'department',
      isMember: false,
      source: '三、（二）',
    },
    {
      key: 'adminAgencies',
      name: '行政机关',
      aliases: ['行政执法机关', '行政执法部门', '发案单位', '主管部门', '被诉行政机关'],
      kind: 'department',
      isMember: false,
      source: '二、（二）、（三）；三、（二）；四、',
    },
  ],
  bodies: [
    {
      key: 'governmentLiaisonOffice',
      kind: 'liaisonOffice',
      name: '区政府固定联系办事机构',
      duties: [
        '负责与区检察院日常相关工作联系',
        '负责日常信息沟通、协作配合机制的具体运行与工作落实',
        '制定、提出工作计划和意见',
      ],
      unit: 'legalAffairsOffice',
      counterpart: 'procuratorate',
      source: '一、（一）',
    },
    {
      key: 'procuratorateLiaisonOffice',
      kind: 'liaisonOffice',
      name: '区检察院固定联系办事机构',
      duties: [
        '负责日常工作联系',
        '负责日常信息沟通、协作配合机制的具体运行与工作落实',
        '制定、提出工作计划和意见',
      ],
      unit: 'procuratorate',
      department: '民事行政和生态资源检察科',
      counterpart: 'government',
      source: '一、（一）',
    },
  ],
  meetingSeries: [
    {
      key: 'jointMeeting',
      name: '联席会议',
      kind: 'joint',
      cadence: { kind: 'yearly' },
      participants: ['government', 'procuratorate'],
      participantsText: '由区政府、区检察院和相关部门领导参加',
      purpose: [
        '通报工作情况',
        '分析工作中存在的问题',
        '研究依法行政和检察监督的全局性、政策性问题和其他重大事项',
      ],
      source: '一、（二）',
    },
  ],
  matterRules: [
    {
      key: 'agencyConsultation',
      type: 'consultation',
      name: '行政执法机关咨询区检察院',
      description: '行政执法机关和区检察院就新型、重大、复杂和疑难案件办理中的专业性问题相互咨询。',
      from: ['adminAgencies'],
      to: [{ unit: 'procuratorate' }],
      source: '二、（二）',
    },
    {
      key: 'procuratorateConsultation',
      type: 'consultation',
      name: '区检察院咨询行政执法机关',
      description: '行政执法机关和区检察院就新型、重大、复杂和疑难案件办理中的专业性问题相互咨询。',
      from: ['procuratorate'],
      to: [{ unit: 'adminAgencies' }],
      source: '二、（二）',
    },
    {
      key: 'suggestion',
      type: 'procuratorialSuggestion',
      name: '检察建议',
      description:
        '对行政违法监督情况，区检察院采用抄送监督文书的方式及时向政府机关进行通报。' +
        '发案单位及主管部门收到检察建议后，应当在一个月内将检察建议采纳情况向区检察院书面反馈。' +
        '区政府接到区检察院所通报的行政执法部门未按时处理或者反馈的，应予以督办。',
      from: ['procuratorate'],
      to: [{ unit: 'adminAgencies' }],
      copyTo: [{ unit: 'government' }],
      clocks: [
        {
          key: 'feedback',
          name: '将检察建议采纳情况向区检察院书面反馈',
          owner: 'recipient',
          startsOn: 'received',
          deadline: { kind: 'months', months: 1 },
          source: '三、（二）',
        },
      ],
      escalation: [
        {
          key: 'governmentSupervises',
          name: '通报区政府，区政府对未按时处理或者反馈的行政执法部门予以督办',
          action: 'notify',
          targets: [{ unit: 'government' }],
          source: '二、（三）',
        },
      ],
      source: '三、（二）；二、（三）',
    },
    {
      key: 'rectificationEvaluation',
      type: 'review',
      name: '整改落实情况评估',
      description: '区检察院对发案单位及主管部门整改落实情况进行评估并向政府监察部门和法制部门通报。',
      from: ['procuratorate'],
      to: [{ unit: 'supervisionDepartment' }, { unit: 'legalAffairsOffice' }],
      source: '三、（二）',
    },
    {
      key: 'preLitigationSuggestion',
      type: 'procuratorialSuggestion',
      name: '诉前检察建议',
      description:
        '行政机关收到诉前检察建议后，要对照检察建议全面自查，并及时反馈区检察院；对确属于行政不作为或违法行使职权的，应积极履行职责或纠正违法行为，' +
        '不得以各种理由推托、迟延检察建议的落实和反馈。',
      from: ['procuratorate'],
      to: [{ unit: 'adminAgencies' }],
      source: '四、（一）',
    },
    {
      key: 'publicInterestClue',
      type: 'clueTransfer',
      name: '公益诉讼案件线索移送',
      description: '及时互通公益诉讼案件线索移送、违法行政行为整改。',
      from: ['adminAgencies'],
      to: [{ unit: 'procuratorate' }],
      source: '四、（三）',
    },
  ],
  obligations: [
    {
      key: 'jointInspection',
      name: '生效行政处罚案件联合检查',
      kind: 'inspection',
      description:
        '每年举行一次对全区各行政机关作出的生效行政处罚案件的联合检查，从中发现问题并督促行政机关纠正。',
      units: ['government', 'procuratorate'],
      cadence: { kind: 'yearly' },
      source: '一、（二）',
    },
  ],
} satisfies ManifestInput;
