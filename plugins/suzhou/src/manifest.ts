import type { ManifestInput } from '@liandong/sdk';

/**
 * 宿州市“府检联动”: 宿州市人民政府 宿州市人民检察院《关于建立“府检联动”工作机制的实施意见》
 * (宿政秘〔2022〕31号) with its annex, the 2022 key task list. Every declaration
 * says where in the document it comes from; text is copied as the document writes it.
 */

/** The 28 member units of the joint meeting, in the order 三、（一） lists them. */
export const memberUnitKeys = [
  'educationSportsBureau',
  'scienceTechnologyBureau',
  'economyInformationBureau',
  'publicSecurityBureau',
  'civilAffairsBureau',
  'justiceBureau',
  'financeBureau',
  'humanResourcesSocialSecurityBureau',
  'naturalResourcesBureau',
  'ecologyEnvironmentBureau',
  'housingUrbanRuralBureau',
  'transportBureau',
  'agricultureRuralBureau',
  'waterResourcesBureau',
  'forestryBureau',
  'commerceBureau',
  'healthCommission',
  'emergencyBureau',
  'marketRegulationBureau',
  'localFinancialRegulationBureau',
  'urbanManagementBureau',
  'civilAirDefenceOffice',
  'petitionBureau',
  'ruralRevitalizationBureau',
  'dataResourcesBureau',
  'federationOfIndustryAndCommerce',
  'taxationBureau',
  'tobaccoBureau',
] as const;

const MEMBERS = '三、（一）';
/** 联席会议成员单位各设1名联络员 (三、（二）). */
const member = { isMember: true, liaisons: 1, source: MEMBERS } as const;
const memberParties = memberUnitKeys.map((unit) => ({ unit }));

export const manifest = {
  id: 'suzhou',
  version: '1.0.0',
  sdk: '^0.1.0',
  name: '宿州市府检联动',
  description:
    '宿州市人民政府与宿州市人民检察院建立的“府检联动”工作机制：联席会议机制、日常联络机制、信息共享机制、专项行动参与机制、任务清单落实机制、交流学习培训机制；附件为2022年度“府检联动”重点工作任务清单。' +
    '另：借助政府12345热线、行政执法监督综合管理平台等搭建府检信息共享平台，各成员单位应及时答复其他单位的咨询（三、（三））；' +
    '视情开展联合执法监督专项行动，涉及对方工作、职权范围内的专项行动可邀请对方参与（三、（四））；' +
    '每年确定不同主题，联合制定重点工作任务清单，明确责任单位和完成期限（三、（五））；' +
    '各成员单位举办相关培训时可以预留名额，通过授课、业务交流、“同堂培训”等方式共同提高能力（三、（六））。',
  charter: {
    title: '宿州市人民政府 宿州市人民检察院关于建立“府检联动”工作机制的实施意见',
    docNumber: '宿政秘〔2022〕31号',
    issuedBy: ['宿州市人民政府', '宿州市人民检察院'],
    issuedOn: '2022-05-10',
    status: 'inForce',
  },
  jurisdiction: {
    name: '宿州市',
    divisionCode: '341300',
    level: 'prefecture',
    province: { code: '34', name: '安徽省' },
  },
  units: [
    // The two parties that establish the joint meeting (三、（一）); their leaders are convener and
    // deputy conveners, and the document lists the member units apart from them.
    {
      key: 'government',
      name: '市政府',
      aliases: ['宿州市人民政府'],
      kind: 'government',
      isMember: false,
      source: MEMBERS,
    },
    {
      key: 'procuratorate',
      name: '市检察院',
      aliases: ['宿州市人民检察院'],
      kind: 'procuratorate',
      isMember: false,
      roles: ['府检联动工作办公室(联席会议办公室)设在市检察院'],
      source: '三、（一）（二）',
    },
    // 成员为……等部门和单位主要负责人 (三、（一）): 28 units. Aliases are the names the annex uses.
    { key: 'educationSportsBureau', name: '市教育体育局', kind: 'department', ...member },
    { key: 'scienceTechnologyBureau', name: '市科技局', kind: 'department', ...member },
    { key: 'economyInformationBureau', name: '市经济和信息化局', kind: 'department', ...member },
    { key: 'publicSecurityBureau', name: '市公安局', kind: 'police', ...member },
    { key: 'civilAffairsBureau', name: '市民政局', kind: 'department', ...member },
    { key: 'justiceBureau', name: '市司法局', kind: 'department', ...member },
    { key: 'financeBureau', name: '市财政局', kind: 'department', ...member },
    {
      key: 'humanResourcesSocialSecurityBureau',
      name: '市人力资源社会保障局',
      aliases: ['市人力资源和社会保障局'],
      kind: 'department',
      ...member,
    },
    {
      key: 'naturalResourcesBureau',
      name: '市自然资源局',
      aliases: ['市自然资源和规划局'],
      kind: 'department',
      ...member,
    },
    { key: 'ecologyEnvironmentBureau', name: '市生态环境局', kind: 'department', ...member },
    {
      key: 'housingUrbanRuralBureau',
      name: '市住房城乡建设局',
      aliases: ['市住建局'],
      kind: 'department',
      ...member,
    },
    { key: 'transportBureau', name: '市交通运输局', kind: 'department', ...member },
    { key: 'agricultureRuralBureau', name: '市农业农村局', kind: 'department', ...member },
    { key: 'waterResourcesBureau', name: '市水利局', kind: 'department', ...member },
    { key: 'forestryBureau', name: '市林业局', kind: 'department', ...member },
    { key: 'commerceBureau', name: '市商务局', kind: 'department', ...member },
    {
      key: 'healthCommission',
      name: '市卫生健康委',
      aliases: ['市卫生健康委员会'],
      kind: 'department',
      ...member,
    },
    {
      key: 'emergencyBureau',
      name: '市应急局',
      aliases: ['市应急管理局'],
      kind: 'department',
      ...member,
    },
    {
      key: 'marketRegulationBureau',
      name: '市市场监管局',
      aliases: ['市市场监督管理局'],
      kind: 'department',
      ...member,
    },
    {
      key: 'localFinancialRegulationBureau',
      name: '市地方金融监管局',
      aliases: ['市地方金融监督管理局'],
      kind: 'department',
      ...member,
    },
    { key: 'urbanManagementBureau', name: '市城管局', kind: 'department', ...member },
    { key: 'civilAirDefenceOffice', name: '市人防办', kind: 'department', ...member },
    { key: 'petitionBureau', name: '市信访局', kind: 'department', ...member },
    { key: 'ruralRevitalizationBureau', name: '市乡村振兴局', kind: 'department', ...member },
    { key: 'dataResourcesBureau', name: '市数据资源局', kind: 'department', ...member },
    { key: 'federationOfIndustryAndCommerce', name: '市工商联', kind: 'other', ...member },
    { key: 'taxationBureau', name: '市税务局', kind: 'department', ...member },
    { key: 'tobaccoBureau', name: '市烟草局', kind: 'department', ...member },
    // Named only as responsible units in the annex, not member units.
    {
      key: 'fourSendsOneServiceOffice',
      name: '市“四送一服”办公室',
      kind: 'other',
      isMember: false,
      source: '附件 一、1.②',
    },
    {
      key: 'relevantEnforcementAgencies',
      name: '相关行政执法机关',
      kind: 'department',
      isMember: false,
      source: '附件 一、3.①；五、11.②',
    },
    {
      key: 'governmentServiceBureau',
      name: '市政务服务管理局',
      kind: 'department',
      isMember: false,
      source: '附件 二、5.①',
    },
    {
      key: 'housingManagementCentre',
      name: '市房管中心',
      kind: 'other',
      isMember: false,
      source: '附件 二、6.②',
    },
    {
      key: 'socialCreditJointMeetingOffice',
      name: '市社会信用体系建设联席会议办公室',
      kind: 'other',
      isMember: false,
      source: '附件 三、7.②',
    },
    {
      key: 'womensFederation',
      name: '市妇联',
      kind: 'other',
      isMember: false,
      source: '附件 五、12.③',
    },
  ],
  bodies: [
    {
      key: 'jointMeeting',
      kind: 'jointMeeting',
      name: '联席会议',
      convener: { title: '市政府主要负责同志', unit: 'government' },
      deputyConveners: [
        { title: '市政府分管负责同志', unit: 'government' },
        { title: '市检察院主要负责同志', unit: 'procuratorate' },
      ],
      members: [...memberUnitKeys],
      memberPositions: [{ title: '部门和单位主要负责人' }],
      duties: ['通报、会商、研究府检联动工作情况'],
      source: '三、（一）',
    },
    {
      key: 'linkageOffice',
      kind: 'office',
      name: '府检联动工作办公室(联席会议办公室)',
      hostUnit: 'procuratorate',
      serves: 'jointMeeting',
      duties: [
        '承担府检联动日常工作及联席会议的组织、联络和协调等',
        '在联席会议召开之前,由府检联动工作办公室(联席会议办公室)召开联络员会议,研究联席会议的筹备、议题及其他有关事项',
        '适时对各成员单位落实年度重点工作任务清单、执行联席会议决议或纪要等情况进行检查,督促工作落实',
      ],
      source: '三、（二）；三、（五）',
    },
  ],
  meetingSeries: [
    {
      key: 'annualJointMeeting',
      name: '联席会议',
      kind: 'joint',
      cadence: { kind: 'yearly', timing: 'startOfYear' },
      body: 'jointMeeting',
      chair: '召集人或召集人委托的副召集人',
      participants: ['government', 'procuratorate', ...memberUnitKeys],
      purpose: ['通报、会商、研究府检联动工作情况'],
      preparedBy: 'liaisonMeeting',
      source: '三、（一）',
    },
    {
      key: 'topicalMeeting',
      name: '专题会议',
      kind: 'topical',
      cadence: { kind: 'asNeeded' },
      body: 'jointMeeting',
      // A 专题会议 is a meeting of the 联席会议, so 联席会议召开之前 the liaison meeting prepares it too.
      preparedBy: 'liaisonMeeting',
      source: '三、（一）',
    },
    {
      // 在联席会议召开之前: held before each joint meeting (preparedBy above); no dates of its own.
      key: 'liaisonMeeting',
      name: '联络员会议',
      kind: 'liaison',
      cadence: { kind: 'asNeeded' },
      body: 'linkageOffice',
      organiser: 'procuratorate',
      participants: 'allMemberUnits',
      purpose: ['研究联席会议的筹备、议题及其他有关事项'],
      source: '三、（二）',
    },
    ...(
      [
        ['briefingMeeting', '通报会', 'briefing'],
        ['coordinationMeeting', '协调会', 'coordination'],
        ['symposium', '座谈会', 'symposium'],
        ['analysisMeeting', '研判会', 'analysis'],
      ] as const
    ).map(([key, name, kind]) => ({
      key,
      name,
      kind,
      cadence: { kind: 'asNeeded' } as const,
      body: 'linkageOffice',
      organiser: 'procuratorate',
      participantsText: '相关成员单位',
      purpose: ['通报情况,会商工作,共同研究解决问题和推进工作的方式和路径'],
      onRequestOfUnit: true,
      source: '三、（二）',
    })),
  ],
  matterRules: [
    {
      key: 'consultation',
      type: 'consultation',
      name: '咨询',
      description:
        '推进行刑衔接,各成员单位应及时答复其他单位关于立案追诉标准、证据收集固定保全、行政执法专业问题等方面的咨询,统一执法司法尺度和标准。',
      to: memberParties,
      // 及时答复: the document states no period, so the core default for consultations applies.
      clocks: [{ key: 'reply', name: '及时答复', owner: 'recipient', startsOn: 'received' }],
      source: '三、（三）',
    },
    {
      key: 'memberNotification',
      type: 'notification',
      name: '市联席会议成员单位向市检察院通报、交流',
      description: '通过府检联动工作办公室(联席会议办公室),市联席会议成员单位需向市检察院通报、交流的事项。',
      from: [...memberUnitKeys],
      to: [{ unit: 'procuratorate' }],
      source: '三、（二）',
    },
    {
      key: 'procuratorateNotification',
      type: 'notification',
      name: '市检察院向市联席会议成员单位通报、交流',
      description: '通过府检联动工作办公室(联席会议办公室),市检察院需向市联席会议成员单位通报、交流的事项。',
      from: ['procuratorate'],
      to: memberParties,
      source: '三、（二）',
    },
    {
      key: 'clueTransfer',
      type: 'clueTransfer',
      name: '相关案件线索移送',
      description: '相关案件线索移送工作按照“两法衔接”、公益诉讼协作配合等机制履行有关移送程序。',
      source: '三、（二）',
    },
  ],
  obligations: [
    {
      // 适时: at times the office chooses; no fixed period.
      key: 'taskListInspection',
      name: '检查任务清单落实和联席会议决议执行情况',
      kind: 'inspection',
      description:
        '府检联动工作办公室(联席会议办公室)适时对各成员单位落实年度重点工作任务清单、执行联席会议决议或纪要等情况进行检查,督促工作落实。',
      units: ['procuratorate'],
      cadence: { kind: 'asNeeded' },
      to: memberParties,
      source: '三、（五）',
    },
    {
      key: 'jointSupervision',
      name: '联合督导调研',
      kind: 'inspection',
      description:
        '根据工作需要,也可组织联席会议成员单位开展联合督导调研,对重大案件办理、重大改革推进、重大矛盾化解等方面进行督查,确保府检联动各项工作落到实处、取得实效。',
      units: [...memberUnitKeys],
      leadUnit: 'procuratorate',
      cadence: { kind: 'asNeeded' },
      source: '三、（五）',
    },
  ],
  catalogues: [
    {
      key: 'jointDecisions',
      kind: 'jointDecisions',
      name: '联席会议共同研究决定的事项',
      items: [
        '研究确定“府检联动”年度重点工作任务清单',
        '研究解决市政府阶段性重点工作推进中可能引发的行政争议',
        '研究协调行政复议中需要化解的重大、复杂行政争议',
        '研究协调行政公益诉讼案件办理过程中需要行政机关配合支持的具体事项',
        '研究协调行政执法过程中需要检察机关予以支持保障的具体问题',
        '针对行政机关与检察机关就相关法律法规适用理解不一致情况进行研究,统一适用标准',
        '其他需要共同研究决定的事项',
      ],
      source: '三、（一）',
    },
    {
      key: 'memberNotificationItems',
      kind: 'notificationItems',
      name: '市联席会议成员单位需向市检察院通报、交流的事项',
      from: memberParties,
      to: [{ unit: 'procuratorate' }],
      items: [
        '推进法治政府建设工作部署及依法行政工作的重要事项和重大举措',
        '新颁布的与司法相关的行政规范性文件',
        '行政执法与刑事司法衔接相关情况',
        '行政复议案件受理、办理情况',
        '行政机关在行政诉讼和非诉行政执行工作中存在的问题',
        '在行政执法或行政复议过程中发现行政行为存在的普遍或突出问题,以及有关新情况、新问题',
        '行政公益诉讼诉前检察建议落实情况,以及是否存在引发行政争议风险等情况',
        '其他需要及时沟通、交流的事项',
      ],
      source: '三、（二）',
    },
    {
      key: 'procuratorateNotificationItems',
      kind: 'notificationItems',
      name: '市检察院需向市联席会议成员单位通报、交流的事项',
      from: [{ unit: 'procuratorate' }],
      to: memberParties,
      items: [
        '行政公益诉讼工作相关情况',
        '行政检察工作相关情况,包括行政检察与行政执法衔接情况',
        '行政机关对检察建议的整改落实和反馈情况',
        '开展法律监督工作中发现的行政行为存在的普遍性或突出问题',
        '结合司法办案对行政执法工作的意见和建议',
        '其他需要及时沟通、交流的事项',
      ],
      source: '三、（二）',
    },
  ],
  taskListTemplates: [
    {
      // The annex. Deadlines are relative to 2022; a cell that groups markers (①②长期坚持) is
      // given to each measure it names. Tasks 4, 8 and 10 have one unnumbered measure ('—'), with
      // deadline and units stated for the task as a whole.
      key: 'keyTasks2022',
      title: '2022年度“府检联动”重点工作任务清单',
      year: 2022,
      source: '附件',
      areas: [
        {
          no: '一',
          title: '重大改革推进方面',
          tasks: [
            {
              no: '1',
              title: '依法妥善处理好涉及行政审批、行政许可、行政协议等行政案件,助力优化营商环境。',
              measures: [
                {
                  no: '①',
                  text: '按照行政争议协调化解工作机制,做好有关案件涉及行政争议的协调化解工作。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['justiceBureau'],
                },
                {
                  no: '②',
                  text: '利用网站、微信、热线电话、信件、面对面等“五位一体”方式,广泛接受市场主体特别是民营企业的投诉和求助,及时转办相关涉法涉诉问题线索,并对重点问题办理情况进行跟踪。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['fourSendsOneServiceOffice'],
                },
                {
                  no: '③',
                  text: '出台、实施《关于充分发挥检察职能 助力打造一流营商环境的实施意见》,深化落实《服务保障民营经济健康发展“七个三”行动计划》,着重办好涉及行政审批、行政许可、行政协议等行政检察案件,并就影响企业经营的突出问题向有关政府部门发出检察建议,助力优化营商环境。',
                  deadline: {
                    text: '5月底前完成并长期坚持',
                    rule: { kind: 'thenOngoing', first: { kind: 'endOfMonth', month: 5 } },
                  },
                  units: ['procuratorate'],
                },
                {
                  no: '④',
                  text: '制定出台《关于推进企业合规建设工作的意见》,配套建立第三方监督评估机制及管理委员会,为企业合规工作提供制度保障。',
                  deadline: { text: '10月底前', rule: { kind: 'endOfMonth', month: 10 } },
                  leadUnits: ['procuratorate'],
                  units: ['procuratorate'],
                },
                {
                  no: '⑤',
                  text: '开展涉案企业合规工作,对启动合规程序的企业,要求其承诺并践行可管控的整改措施,并由第三方监督评估机制管委会开展监督管理,达到合规经营。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate'],
                },
              ],
            },
            {
              no: '2',
              title:
                '着力打通信息壁垒和数据孤岛,推进跨地域、跨系统、跨部门、跨业务的网络协同,实现数据共享,以“数字宿州”建设成果促进“法治宿州”建设不断提升。',
              measures: [
                {
                  no: '①',
                  text: '强化相关数据共享需求的沟通协调,组织召开工作会商会,充分了解数据共享需求、各自平台功能特点和对接模式,并做好相关技术准备工作。',
                  deadline: { text: '8月底前', rule: { kind: 'endOfMonth', month: 8 } },
                  units: ['dataResourcesBureau', 'procuratorate'],
                },
                {
                  no: '②',
                  text: '制定出台《健全完善侦查监督与协作配合机制实施办法》,推动两级检察院全面设立、启用侦查监督与协作配合办公室。',
                  deadline: { text: '4月底前', rule: { kind: 'endOfMonth', month: 4 } },
                  units: ['procuratorate', 'publicSecurityBureau'],
                },
                {
                  no: '③',
                  text: '依托刑事案件智能辅助办案系统(206系统)建设应用,着力破解检察机关与公安机关办案数据共享问题,拓宽监督线索来源渠道。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate', 'publicSecurityBureau'],
                },
              ],
            },
            {
              no: '3',
              title: '完善行政执法与刑事司法、行政执法与行政检察双向衔接机制。',
              measures: [
                {
                  no: '①',
                  text: '加强线索移送,对办案中认为需要给予被不起诉人行政处罚、政务处分或其他处分的,应将线索移送有关主管机关处理,有关主管机关及时向检察机关通报处理情况。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate', 'relevantEnforcementAgencies'],
                },
                {
                  no: '②',
                  text: '择优聘任一批行政机关专业人员兼任检察官助理,进一步深化检察机关与行政机关的交流协作。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['procuratorate'],
                },
                {
                  no: '③',
                  text: '建立行刑衔接议事协调机制,推进行政执法与刑事司法衔接常态化、规范化。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['procuratorate', 'justiceBureau'],
                },
                {
                  no: '④',
                  text: '依法保障涉企社区矫正对象经营权,对处于社区矫正期的企业负责人赴外地从事生产经营活动,依法依规简化审批程序和方式。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate', 'justiceBureau'],
                },
                {
                  no: '⑤',
                  text: '继续开展土地执法查处领域行政非诉执行监督专项行动,会同市自然资源和规划局出台在非诉执行领域加强协作配合的意见。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['procuratorate', 'naturalResourcesBureau'],
                },
                {
                  no: '⑥',
                  text: '加强职务犯罪案件办理过程中的协作配合。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate', 'publicSecurityBureau'],
                },
              ],
            },
          ],
        },
        {
          no: '二',
          title: '重大矛盾化解方面',
          tasks: [
            {
              no: '4',
              title: '协同化解行政复议矛盾。',
              deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
              units: ['justiceBureau', 'procuratorate'],
              measures: [
                {
                  no: '—',
                  text: '研究制定在行政复议中推进行政争议实质性化解的意见,明确检察机关应行政机关邀请,以陪议、旁听等方式参与行政复议环节矛盾化解工作。',
                },
              ],
            },
            {
              no: '5',
              title: '诉前化解行政争议矛盾。',
              measures: [
                {
                  no: '①',
                  text: '坚持和发展新时代“枫桥经验”,推动“宿事速办”12345政务热线与12309检察服务中心数据联通,力求涉法涉诉案件投诉渠道畅通、答复处理及时。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['procuratorate', 'governmentServiceBureau', 'dataResourcesBureau'],
                },
                {
                  no: '②',
                  text: '探索司法办案、信访风险评估、矛盾化解同步推进工作机制,推进行政调解与人民调解、司法调解有效衔接。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['procuratorate', 'justiceBureau', 'petitionBureau'],
                },
                {
                  no: '③',
                  text: '做实行政争议实质性化解工作,综合运用调查核实、公开听证、司法救助等方式,依法依情依理化解行政争议。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['procuratorate'],
                },
                {
                  no: '④',
                  text: '依托驻乡镇检察室或乡镇综治中心,设立检察便民服务中心,提供法律咨询、参与矛盾纠纷化解等,确保“民生大事”涉检清单落到实处。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate'],
                },
              ],
            },
            {
              no: '6',
              title: '提升行政争议前端治理能力。',
              measures: [
                {
                  no: '①',
                  text: '围绕环保督察案件、房屋征收案件等行政争议矛盾集中领域联合开展调研,并通过提出检察建议等方式推动解决存在的问题。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['ecologyEnvironmentBureau', 'housingUrbanRuralBureau', 'procuratorate'],
                },
                {
                  no: '②',
                  text: '开展公共租赁住房分配和管理专项监督活动,共同推进公共租赁住房监管常态化。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['procuratorate', 'civilAffairsBureau', 'housingManagementCentre'],
                },
                {
                  no: '③',
                  text: '在对市政府行政规范性文件、重大行政决策进行合法性审查过程中,可以根据需要邀请检察机关提出法律意见。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['justiceBureau'],
                },
                {
                  no: '④',
                  text: '结合司法办案,通过制发检察建议等方式帮助堵塞漏洞,避免同一问题重复发生。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate'],
                },
              ],
            },
          ],
        },
        {
          no: '三',
          title: '重大项目建设方面',
          tasks: [
            {
              no: '7',
              title: '加强诚信体系建设。',
              measures: [
                {
                  no: '①',
                  text: '行政机关签订行政协议前,可根据需要邀请检察院派员参与协议内容的论证,为吸引投资和项目建设营造更加优良的环境。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: [...memberUnitKeys],
                },
                {
                  no: '②',
                  text: '完善公共信用信息共享服务平台,将国家推送的失信被执行人名单纳入公共信用信息共享服务平台,实现失信数据的共享与应用,并联合相关部门落实失信惩戒措施。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['socialCreditJointMeetingOffice'],
                },
              ],
            },
            {
              no: '8',
              title: '加强和规范行政应诉工作。',
              deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
              units: [...memberUnitKeys],
              measures: [
                {
                  no: '—',
                  text: '认真落实行政机关负责人出庭应诉制度,健全完善行政机关负责人出庭应诉通报、督察、约谈、考核等机制,确保行政机关负责人出庭应诉率100%,不断提升出庭应诉效果。',
                },
              ],
            },
          ],
        },
        {
          no: '四',
          title: '重大风险防控方面',
          tasks: [
            {
              no: '9',
              title: '加强金融风险防控。',
              measures: [
                {
                  no: '①',
                  text: '建立健全非法集资案件处置信息共享机制,强化非法集资风险监测预警,稳妥推进案件处置,坚决守住风险底线。',
                  deadline: {
                    text: '12月底前完成并长期坚持',
                    rule: { kind: 'thenOngoing', first: { kind: 'endOfMonth', month: 12 } },
                  },
                  units: ['localFinancialRegulationBureau'],
                },
                {
                  no: '②',
                  text: '探索与检察机关建立沟通协调机制,不断强化检察机关与行业监管部门之间的信息共享、监督贯通,共同防范化解金融风险。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['localFinancialRegulationBureau'],
                },
                {
                  no: '③',
                  text: '积极开展打击洗钱犯罪专项行动,按照反洗钱相关工作程序协助有关部门开展反洗钱调查,并将有关线索及时移送相关部门。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['publicSecurityBureau', 'procuratorate'],
                },
                {
                  no: '④',
                  text: '加强与人民银行中心支行等单位的沟通联系,对办案中发现的金融风险及时预警。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate'],
                },
              ],
            },
            {
              no: '10',
              title: '多渠道做好信访救助。',
              deadline: {
                text: '12月底前完成并长期坚持',
                rule: { kind: 'thenOngoing', first: { kind: 'endOfMonth', month: 12 } },
              },
              units: ['civilAffairsBureau', 'procuratorate'],
              measures: [
                {
                  no: '—',
                  text: '共同研究解决司法救助与社会救助衔接问题,及时将符合条件“因案致贫、返贫”困难群众纳入社会救助范围。',
                },
              ],
            },
          ],
        },
        {
          no: '五',
          title: '重大利益保护方面',
          tasks: [
            {
              no: '11',
              title: '加强公共利益保护。',
              measures: [
                {
                  no: '①',
                  text: '以“公益诉讼守护美好生活”等专项监督活动为载体,加强国有财产保护、国有土地使用权出让、生态环境和资源保护、食品药品安全、安全生产和英烈保护等领域公益诉讼工作,探索开展文物和文化遗产保护、网络空间治理、平台反垄断和不正当竞争、知识产权、新业态劳动者权益保障等新领域公益诉讼工作并取得新进展。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate'],
                },
                {
                  no: '②',
                  text: '推动检察机关与相关行政机关会签的公益诉讼协作配合和“河(湖)长+检察长”“林长+检察长”等府检联动机制落实落细,增强公益保护合力。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate', 'relevantEnforcementAgencies'],
                },
                {
                  no: '③',
                  text: '用好《公益诉讼专项资金管理办法》,确保公益诉讼相关资金缴入代管账户并规范管理和使用。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: [
                    'procuratorate',
                    'financeBureau',
                    'naturalResourcesBureau',
                    'ecologyEnvironmentBureau',
                    'agricultureRuralBureau',
                    'waterResourcesBureau',
                    'marketRegulationBureau',
                    'forestryBureau',
                  ],
                },
                {
                  no: '④',
                  text: '完善公益诉讼诉前磋商方式方法,为府检双方交换意见、消弭分歧创设平台,通过磋商、诉前检察建议推动源头治理、系统治理,把在诉前实现维护公益目的作为开展公益诉讼的最佳状态。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate'],
                },
                {
                  no: '⑤',
                  text: '积极配合检察机关依法开展公益诉讼,对于检察机关办理的公益诉讼案件,积极配合调查取证、提供专业意见等。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: [...memberUnitKeys],
                },
                {
                  no: '⑥',
                  text: '对检察建议提出的问题,及时整改,按期回复,并举一反三、全面自查。对检察机关提起诉讼的案件积极出庭应诉,主动开展整治,切实履行好保护公益的工作职责。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: [...memberUnitKeys],
                },
              ],
            },
            {
              no: '12',
              title: '加强未成年人综合保护。',
              measures: [
                {
                  no: '①',
                  text: '推动《预防未成年人犯罪法》规定的教育矫治措施落实到位,落实侵害未成年人案件强制报告规定、密切接触未成年人行业人员查询制度及从业禁止规定。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: [
                    'procuratorate',
                    'educationSportsBureau',
                    'publicSecurityBureau',
                    'healthCommission',
                  ],
                },
                {
                  no: '②',
                  text: '推动、协同政府有关部门完善涉未成年人违法犯罪信息库。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate', 'dataResourcesBureau'],
                },
                {
                  no: '③',
                  text: '建立法治副校长工作机制,推动法治副校长实职化,推进在办理涉未成年人犯罪案件中全面开展家庭教育工作。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['procuratorate', 'educationSportsBureau', 'womensFederation'],
                },
              ],
            },
            {
              no: '13',
              title: '加强特殊群体保护。',
              measures: [
                {
                  no: '①',
                  text: '开展“检察蓝”助力解决农民工讨薪问题专项行动,依法打击恶意欠薪违法行为,加大支持起诉力度,强化对农民工合法权益的保护。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate', 'humanResourcesSocialSecurityBureau'],
                },
                {
                  no: '②',
                  text: '做好涉军维权工作。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate'],
                },
                {
                  no: '③',
                  text: '依法严惩涉医违法犯罪,推动建立良好医疗秩序。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['procuratorate', 'publicSecurityBureau', 'healthCommission'],
                },
              ],
            },
            {
              no: '14',
              title: '推动提升安全生产治理水平。',
              measures: [
                {
                  no: '①',
                  text: '共同落实好最高检“八号检察建议”,助力安全生产溯源治理。',
                  deadline: { text: '长期坚持', rule: { kind: 'ongoing' } },
                  units: ['emergencyBureau', 'procuratorate'],
                },
                {
                  no: '②',
                  text: '进一步加强制度机制建设,持续推动执法信息数据共享、案件线索“双向移送”,完善检察机关提前介入涉安全生产领域刑事案件制度,共筑安全生产防线。',
                  deadline: { text: '12月底前', rule: { kind: 'endOfMonth', month: 12 } },
                  units: ['emergencyBureau', 'procuratorate'],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
} satisfies ManifestInput;
