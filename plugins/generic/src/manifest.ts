import type { ManifestInput } from '@liandong/sdk';

/**
 * A county without a charter of its own: only what the five seed documents have
 * in common. Sources cite the documents by seed number: 000 盱眙, 001 宿州,
 * 002 江岸, 003 繁峙, 004 翔安 (see README for the table). Onboarding supplies
 * the division code and province; the county's office adjusts the rest.
 */
export const manifest = {
  id: 'generic',
  version: '1.0.0',
  sdk: '^0.1.0',
  name: '通用县级府检联动',
  description:
    '尚无本地“府检联动”文件的县（区）使用的通用机制，只含五份样本文件的共同内容：县人民政府与县人民检察院、联席会议、设在检察院的办公室、' +
    '双向咨询、检察建议、检察意见、线索移送和相互通报。期限均不另行规定，适用法定（核心）默认期限。引入后由本县办公室按本地文件调整。',
  charter: {
    title: '通用县级“府检联动”工作机制（据五份样本文件的共同内容）',
    issuedBy: ['县人民政府', '县人民检察院'],
  },
  jurisdiction: { name: '通用（县级）', level: 'county' },
  units: [
    {
      key: 'government',
      name: '县人民政府',
      aliases: ['县政府'],
      kind: 'government',
      roles: ['联席会议召集单位'],
      source: '000 四、（一）；001 三、（一）；002 三、（一）；004 一、（一）',
    },
    {
      key: 'procuratorate',
      name: '县人民检察院',
      aliases: ['县检察院', '检察机关'],
      kind: 'procuratorate',
      roles: ['联席会议召集单位', '办公室所在单位'],
      source: '000–004',
    },
    {
      key: 'justiceBureau',
      name: '县司法局',
      aliases: ['司法行政部门', '司法行政机关', '法制部门'],
      kind: 'department',
      source: '000 二、（一）；001 附件；003 二、（四）；004 一、（一）',
    },
    {
      key: 'departments',
      name: '县人民政府有关部门',
      aliases: ['行政机关', '行政执法机关'],
      kind: 'department',
      roles: ['由本县按实际列明的成员单位'],
      source: '001 三、（一）；002 三、（一）',
    },
    {
      key: 'police',
      name: '公安机关',
      kind: 'police',
      isMember: false,
      source: '000 二、（六）；001 附件；002 三、（三）；003 二、（一）',
    },
  ],
  bodies: [
    {
      key: 'jointMeeting',
      kind: 'jointMeeting',
      name: '“府检联动”联席会议',
      duties: ['通报工作情况', '研究解决重大问题'],
      convener: { title: '县人民政府、县人民检察院' },
      members: 'allMemberUnits',
      source: '000 四、（一）；001 三、（一）；002 三、（一）；004 一、（二）',
    },
    {
      key: 'office',
      kind: 'office',
      name: '“府检联动”工作办公室',
      duties: ['负责日常联络、沟通协调等工作'],
      hostUnit: 'procuratorate',
      serves: 'jointMeeting',
      source: '001 三、（二）；002 三、（一）；003 四、',
    },
  ],
  meetingSeries: [
    {
      key: 'jointMeeting',
      name: '联席会议',
      kind: 'joint',
      cadence: { kind: 'asNeeded' },
      body: 'jointMeeting',
      participants: 'allMemberUnits',
      purpose: ['通报工作情况', '研究解决重大问题'],
      source: '000 四、（一）；001 三、（一）；002 三、（一）；004 一、（二）',
    },
  ],
  matterRules: [
    {
      key: 'agencyConsultation',
      type: 'consultation',
      name: '行政机关咨询检察机关',
      from: ['departments'],
      to: [{ unit: 'procuratorate' }],
      source: '001 三、（三）；003 二、（八）；004 二、（二）',
    },
    {
      key: 'procuratorateConsultation',
      type: 'consultation',
      name: '检察机关咨询行政机关',
      from: ['procuratorate'],
      to: [{ unit: 'departments' }],
      source: '001 三、（三）；003 二、（八）；004 二、（二）',
    },
    {
      key: 'suggestion',
      type: 'procuratorialSuggestion',
      name: '检察建议',
      from: ['procuratorate'],
      to: [{ unit: 'departments' }],
      source: '000 三、（二）；001 附件；002 三、（三）；003 三、；004 三、（二）',
    },
    {
      key: 'nonProsecutionOpinion',
      type: 'procuratorialOpinion',
      name: '对被不起诉人给予行政处罚的检察意见',
      from: ['procuratorate'],
      to: [{ unit: 'departments' }],
      source: '000 二、（六）；001 附件 3.①；002 二、12.；003 二、（四）',
    },
    {
      key: 'forwardReferral',
      type: 'clueTransfer',
      name: '行政执法机关向公安机关移送涉嫌犯罪案件',
      from: ['departments'],
      to: [{ unit: 'police' }],
      source: '000 二、（六）；001 三、（二）；002 三、（三）；003 二、；004 二、（一）',
    },
    {
      key: 'publicInterestClue',
      type: 'clueTransfer',
      name: '公益诉讼线索移送',
      from: ['departments'],
      to: [{ unit: 'procuratorate' }],
      source: '000 三、（二）；001 三、（二）；002 二、11.；003 二、（九）；004 四、（三）',
    },
    {
      key: 'governmentNotification',
      type: 'notification',
      name: '行政机关向检察机关通报',
      from: ['government', 'departments'],
      to: [{ unit: 'procuratorate' }],
      source: '000 二、（三）；001 三、（二）；003 一、（三）；004 一、（二）',
    },
    {
      key: 'procuratorateNotification',
      type: 'notification',
      name: '检察机关向行政机关通报',
      from: ['procuratorate'],
      to: [{ unit: 'government' }, { unit: 'departments' }],
      source: '000 二、（三）；001 三、（二）；003 一、（三）；004 三、（二）',
    },
  ],
} satisfies ManifestInput;
