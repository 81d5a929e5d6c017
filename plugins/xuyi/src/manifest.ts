import type { ManifestInput } from '@liandong/sdk';

/**
 * 盱眙县“府检联动”工作机制 — encoded from the draft for comment (征求意见稿,
 * seeds/000). Every declaration names where the document states it
 * ("二、（一）二是" = section 二, item （一）, its second point).
 */
export const manifest = {
  id: 'xuyi',
  version: '1.0.0',
  sdk: '^0.1.0',
  name: '盱眙县府检联动',
  description:
    '盱眙县人民政府与盱眙县人民检察院“府检联动”工作机制（征求意见稿）。' +
    '另：组建行政执法、检察、审判、人大、政协等部门人员参与的专门人才库（二、（二）二是）；' +
    '乡镇建立“党政办+司法所所长+政府法律顾问”模式的专门审查队伍（二、（二）三是）；' +
    '司法行政部门会同审判机关、检察机关等建立行政争议预防与实质化解工作机制，出台《关于行政争议实质性化解协作意见》，' +
    '“集中管辖法院+复议机构+属地检察机关”跨区域联合协作化解模式，组建基层行政争议专业调解队伍（二、（四））；' +
    '量化细化行政执法自由裁量标准，“首违不罚”，从轻、减轻、免予行政处罚“三张清单”，法治副会长、专项法治体检（二、（五））；' +
    '行政机关对需要移送法院执行的行政处罚案件依法及时移送（三、（一））；' +
    '检察机关调查核实的，行政机关予以协助配合（三、（三））；' +
    '县人民政府、人民检察院明确牵头部门和专门人员负责“府检联动”工作（四、（一））；' +
    '业务交流、“同堂培训”，行政机关专业人员兼任特邀检察官助理（四、（二））；联合开展专项整治（四、（三））。',
  charter: {
    title: '盱眙县人民政府 盱眙县人民检察院关于建立“府检联动”工作机制的意见（征求意见稿）',
    issuedBy: ['盱眙县人民政府', '盱眙县人民检察院'],
    status: 'draft',
  },
  jurisdiction: {
    name: '盱眙县',
    divisionCode: '320830',
    level: 'county',
    province: { code: '32', name: '江苏省' },
    parent: { name: '淮安市', divisionCode: '320800' },
  },
  units: [
    {
      key: 'government',
      name: '盱眙县人民政府',
      aliases: ['县人民政府'],
      kind: 'government',
      roles: ['“府检联动”联席会议召集单位'],
      source: '序言；四、（一）',
    },
    {
      key: 'procuratorate',
      name: '盱眙县人民检察院',
      aliases: ['人民检察院', '检察机关', '检察院', '属地检察机关'],
      kind: 'procuratorate',
      roles: ['“府检联动”联席会议召集单位', '行政执法联席会议参与单位', '涉企行政执法评估小组参与单位'],
      source: '序言；四、（一）',
    },
    {
      key: 'justiceBureau',
      name: '司法行政部门',
      aliases: ['司法局', '司法行政机关'],
      kind: 'department',
      roles: [
        '行政执法联席会议牵头单位',
        '涉企行政执法评估小组牵头单位',
        '行政争议预防与实质化解工作机制牵头单位',
      ],
      source: '二、（一）一是、二是；二、（五）二是',
    },
    {
      key: 'marketRegulation',
      name: '市场监管部门',
      kind: 'department',
      sectors: ['市场监管'],
      roles: ['重点领域和重点部门'],
      source: '二、（一）一是、二是；二、（六）一是',
    },
    {
      key: 'ecoEnvironment',
      name: '生态环保部门',
      aliases: ['生态环境部门'],
      kind: 'department',
      sectors: ['生态环保', '生态环境'],
      roles: ['重点领域和重点部门'],
      source: '二、（一）一是、二是；二、（六）一是',
    },
    {
      key: 'naturalResources',
      name: '自然资源与规划部门',
      kind: 'department',
      sectors: ['自然资源与规划'],
      roles: ['重点领域和重点部门'],
      source: '二、（一）一是、二是；二、（六）一是',
    },
    {
      key: 'socialSecurity',
      name: '社会保障部门',
      kind: 'department',
      sectors: ['社会保障'],
      roles: ['重点领域和重点部门'],
      source: '二、（一）一是、二是',
    },
    {
      key: 'urbanRuralConstruction',
      name: '城乡建设部门',
      kind: 'department',
      sectors: ['城乡建设'],
      roles: ['重点领域和重点部门'],
      source: '二、（一）一是、二是',
    },
    {
      key: 'agriculture',
      name: '农业农村部门',
      kind: 'department',
      isMember: false,
      sectors: ['农业农村'],
      source: '二、（六）一是',
    },
    {
      key: 'adminAgencies',
      name: '行政机关',
      aliases: ['行政执法机关', '本级部门', '相关行政机关', '政府有关部门', '主管部门', '有关单位'],
      kind: 'department',
      isMember: false,
      source: '二、（二）一是；二、（三）；二、（六）；三、',
    },
    {
      key: 'enforcementSupervisor',
      name: '同级人民政府行政执法监督机构',
      kind: 'department',
      isMember: false,
      source: '二、（三）一是',
    },
    {
      key: 'townships',
      name: '镇（街）',
      aliases: ['乡镇', '下级政府'],
      kind: 'townshipGovernment',
      isMember: false,
      source: '二、（二）一是、三是',
    },
    {
      key: 'court',
      name: '审判机关',
      kind: 'court',
      isMember: false,
      source: '二、（四）一是、二是',
    },
    {
      key: 'qingjiangpuCourt',
      name: '清江浦法院',
      aliases: ['集中管辖法院'],
      kind: 'court',
      isMember: false,
      source: '二、（四）二是',
    },
    {
      key: 'police',
      name: '公安机关',
      kind: 'police',
      isMember: false,
      source: '二、（六）一是',
    },
    {
      key: 'disciplineSupervision',
      name: '纪委监委',
      kind: 'supervisionCommission',
      isMember: false,
      source: '二、（三）三是',
    },
  ],
  bodies: [
    {
      key: 'jointMeeting',
      kind: 'jointMeeting',
      name: '“府检联动”联席会议',
      duties: ['听取工作情况报告', '研究部署重大事项和解决重大问题'],
      // 由县人民政府、人民检察院召集: two co-conveners; the schema has one convener position.
      convener: { title: '县人民政府、人民检察院' },
      members: 'allMemberUnits',
      source: '四、（一）',
    },
  ],
  meetingSeries: [
    {
      key: 'lawEnforcementJointMeeting',
      name: '行政执法联席会议',
      kind: 'lawEnforcementJoint',
      cadence: { kind: 'quarterly' },
      organiser: 'justiceBureau',
      participants: [
        'justiceBureau',
        'procuratorate',
        'marketRegulation',
        'ecoEnvironment',
        'naturalResources',
        'socialSecurity',
        'urbanRuralConstruction',
      ],
      participantsText:
        '聚焦市场监管、生态环保、自然资源与规划、社会保障、城乡建设等重点领域和重点部门，由司法行政部门牵头，检察机关参与',
      purpose: ['通报相关执法情况', '会商重点案件办理', '及时解决执法司法过程中遇到的难点、堵点问题'],
      source: '二、（一）一是',
    },
    {
      key: 'jointMeeting',
      name: '“府检联动”联席会议',
      kind: 'joint',
      cadence: { kind: 'asNeeded' },
      body: 'jointMeeting',
      chair: '县人民政府、人民检察院召集',
      participants: 'allMemberUnits',
      participantsText: '可根据事项内容召集部分成员单位或者邀请相关单位参加',
      purpose: ['听取工作情况报告', '研究部署重大事项', '解决重大问题'],
      source: '四、（一）',
    },
    {
      key: 'reverseReferralSymposium',
      name: '与相关行政机关座谈交流',
      kind: 'symposium',
      // 定期 without a period: the nearest form is asNeeded (see README).
      cadence: { kind: 'asNeeded' },
      organiser: 'procuratorate',
      participants: ['procuratorate', 'adminAgencies'],
      purpose: ['了解行政机关履职过程中存在的问题，收集其意见建议', '依此优化行刑反向衔接工作机制'],
      source: '二、（六）二是',
    },
  ],
  matterRules: [
    {
      key: 'majorEnterprisePenaltyFiling',
      type: 'periodicReport',
      name: '规上企业、重大涉企行政处罚案件处罚结果报备',
      description:
        '对规上企业、重大涉企行政处罚案件需事前备案审查，充分运用研判等方式进行价值判断，在作出处罚后3个工作日内向司法行政部门报备处罚结果。',
      from: ['adminAgencies'],
      to: [{ unit: 'justiceBureau' }],
      clocks: [
        {
          key: 'fileResult',
          name: '向司法行政部门报备处罚结果',
          owner: 'sender',
          startsOn: 'decided',
          deadline: { kind: 'workingDays', days: 3 },
          source: '二、（五）一是',
        },
      ],
      source: '二、（五）一是',
    },
    {
      key: 'normativeDocumentFiling',
      type: 'periodicReport',
      name: '规范性文件备案监督',
      description:
        '司法行政部门负责督促指导本地区规范性文件制定和监督管理工作，具体承担本级政府规范性文件的合法性审核工作，对下级政府及本级部门的规范性文件开展备案监督。',
      from: ['townships', 'adminAgencies'],
      to: [{ unit: 'justiceBureau' }],
      source: '二、（二）一是',
    },
    {
      key: 'townshipLegalityReviewFiling',
      type: 'periodicReport',
      name: '镇（街）合法性审查事项报司法行政部门备案',
      description:
        '将合法性审查作为镇（街）制定行政规范性文件、作出重大行政决策、签订政府合同、村级集体合同、重大行政执法决定等必审事项的必经程序，同时报司法行政部门备案。',
      from: ['townships'],
      to: [{ unit: 'justiceBureau' }],
      source: '二、（二）三是',
    },
    {
      key: 'majorNormativeDocumentReview',
      type: 'review',
      name: '重大或争议凸显的规范性文件联合会审评估',
      description:
        '对于重大或争议凸显的规范性文件，建立事前事中事后联合会审评估工作机制，对是否符合法定权限、是否符合有关法律、法规、规章和国家政策的规定、是否履行相关法定程序等进行详细审查。',
      from: ['justiceBureau'],
      source: '二、（二）二是',
    },
    {
      key: 'forwardReferral',
      type: 'clueTransfer',
      name: '行政执法机关向公安机关移送涉嫌犯罪案件抄告检察机关',
      from: ['adminAgencies'],
      to: [{ unit: 'police' }],
      copyTo: [{ unit: 'procuratorate' }],
      source: '二、（六）一是',
    },
    {
      key: 'nonTransferOpinion',
      type: 'procuratorialOpinion',
      name: '建议行政执法机关及时向公安机关移送案件',
      description:
        '检察机关认为行政执法机关对涉嫌犯罪案件应当移送公安机关立案侦查而不移送的，应当建议行政执法机关及时向公安机关移送案件；' +
        '对于公安机关可能存在应当立案而不立案情形的，应当依法开展立案监督，并加强后续跟踪督促、指导办案。',
      from: ['procuratorate'],
      to: [{ unit: 'adminAgencies' }],
      source: '二、（六）一是',
    },
    {
      key: 'nonProsecutionOpinion',
      type: 'procuratorialOpinion',
      name: '不起诉案件移送行政处罚的检察意见',
      description:
        '规范和细化不起诉案件的反向衔接，精准提出移送行政处罚的检察意见，对行政机关的处理情况持续跟踪监督，对未及时处理的案件制发检察建议督促主管部门履职。',
      from: ['procuratorate'],
      to: [{ unit: 'adminAgencies' }],
      clocks: [
        {
          key: 'handle',
          name: '行政机关处理',
          owner: 'recipient',
          startsOn: 'received',
          source: '二、（六）二是',
        },
      ],
      escalation: [
        {
          key: 'suggestion',
          name: '对未及时处理的案件制发检察建议督促主管部门履职',
          action: 'procuratorialSuggestion',
          targets: [{ unit: 'adminAgencies' }],
          source: '二、（六）二是',
        },
      ],
      source: '二、（六）二是',
    },
    {
      key: 'suggestion',
      type: 'procuratorialSuggestion',
      name: '行政违法行为监督',
      description:
        '检察机关加强对履行法律监督职责中发现行政违法行为的监督，对行政执法违法风险点进行提示预警；发现行政机关违法行使职权或不行使职权的，依法督促其纠正。' +
        '人民检察院可以将对行政机关的监督情况抄送上级行政机关和同级人民政府行政执法监督机构。',
      from: ['procuratorate'],
      to: [{ unit: 'adminAgencies' }],
      copyTo: [{ external: '上级行政机关' }, { unit: 'enforcementSupervisor' }],
      source: '二、（三）一是；三、（一）',
    },
    {
      key: 'publicInterestSuggestion',
      type: 'procuratorialSuggestion',
      name: '行政公益诉讼检察建议',
      description:
        '检察机关全面落实行政公益诉讼的诉前磋商机制，推进诉前磋商常态化、规范化适用。行政机关要支持检察机关开展行政公益诉讼，积极主动履行法定职责，认真做好检察建议的落实和反馈工作。',
      from: ['procuratorate'],
      to: [{ unit: 'adminAgencies' }],
      source: '三、（二）',
    },
    {
      key: 'obstructionSuggestion',
      type: 'procuratorialSuggestion',
      name: '拒绝或者妨碍调查核实的检察建议',
      description:
        '拒绝或者妨碍调查核实的，检察机关可以向有关单位或者其上级主管机关提出检察建议，必要时向县人民政府通报。',
      from: ['procuratorate'],
      to: [{ unit: 'adminAgencies' }, { external: '上级主管机关' }],
      escalation: [
        {
          key: 'notifyGovernment',
          name: '向县人民政府通报',
          action: 'notify',
          targets: [{ unit: 'government' }],
          ifNecessary: true,
          source: '三、（三）',
        },
      ],
      source: '三、（三）',
    },
    {
      key: 'publicInterestClue',
      type: 'clueTransfer',
      name: '公益诉讼案件线索移交',
      description:
        '行政机关发现可能损害国家利益、社会公共利益且属于公益诉讼监督领域的案件线索，应及时移交检察机关作为公益诉讼案件线索处理。',
      from: ['adminAgencies'],
      to: [{ unit: 'procuratorate' }],
      source: '三、（二）',
    },
    {
      key: 'administrativeViolationClue',
      type: 'clueTransfer',
      name: '行政违法问题线索移送',
      description: '与纪委监委建立行政违法问题线索移送机制，推动纪检监察与行政执法监督、检察监督的协作配合。',
      from: ['justiceBureau', 'procuratorate'],
      to: [{ unit: 'disciplineSupervision' }],
      source: '二、（三）三是',
    },
    {
      key: 'supervisionApplication',
      type: 'clueTransfer',
      name: '行政机关向检察机关申请监督',
      description:
        '行政机关认为法院的行政判决、裁定错误的，可以依法向检察机关申请监督；认为法院执行活动违法的，可以依法向检察机关申请监督。',
      from: ['adminAgencies'],
      to: [{ unit: 'procuratorate' }],
      source: '三、（一）',
    },
    {
      key: 'concentratedCourtCases',
      type: 'notification',
      name: '集中管辖法院涉及我县的诉讼案件推送',
      description:
        '将清江浦法院集中管辖的涉及我县的诉讼案件及时推送至司法局和检察机关，对争议较大的案件，邀请检察机关参与。',
      from: ['qingjiangpuCourt'],
      to: [{ unit: 'justiceBureau' }, { unit: 'procuratorate' }],
      source: '二、（四）二是',
    },
  ],
  obligations: [
    {
      key: 'monthlyCaseReport',
      name: '行政处罚及行政非诉执行案件信息报送备案',
      kind: 'report',
      description:
        '重点领域和重点部门每月5号前将各自行政处罚及行政非诉执行案件信息报送至司法行政部门备案，同时抄送检察机关。',
      units: [
        'marketRegulation',
        'ecoEnvironment',
        'naturalResources',
        'socialSecurity',
        'urbanRuralConstruction',
      ],
      cadence: { kind: 'monthly' },
      due: { kind: 'dayOfNextMonth', day: 5 },
      to: [{ unit: 'justiceBureau' }],
      copyTo: [{ unit: 'procuratorate' }],
      source: '二、（一）二是',
    },
    {
      key: 'quarterlyCaseReview',
      name: '重点领域行政执法案件及行政非诉执行案件评查',
      kind: 'review',
      description:
        '发挥执法监督、检察监督的职能优势，每季度对上述重点领域的行政执法案件及行政非诉执行案件进行评查，督促整改突出问题，规范执法行为。',
      units: ['justiceBureau', 'procuratorate'],
      cadence: { kind: 'quarterly' },
      source: '二、（一）三是',
    },
    {
      key: 'enterpriseEnforcementEvaluation',
      name: '涉企行政执法行为专项评估',
      kind: 'evaluation',
      description:
        '由司法行政部门牵头，检察机关参与，成立涉企行政执法评估小组，每季度开展涉企行政执法行为专项评估；' +
        '对长期频发且未能有效治理的违法行为，或者受到企业和群众关注的执法行为，及时评估执法措施的合理性、必要性和公平性，改进和调整执法措施。',
      units: ['justiceBureau', 'procuratorate'],
      leadUnit: 'justiceBureau',
      cadence: { kind: 'quarterly' },
      source: '二、（五）二是',
    },
  ],
  taskListTemplates: [
    {
      key: 'keyTasks',
      title: '盱眙县“府检联动”重点任务',
      source: '二、',
      areas: [
        {
          no: '（一）',
          title: '构建县级层面的行政执法协调联动机制',
          tasks: [
            {
              no: '一是',
              title:
                '聚焦市场监管、生态环保、自然资源与规划、社会保障、城乡建设等重点领域和重点部门，由司法行政部门牵头，检察机关参与，每季度召开行政执法联席会议，通报相关执法情况，会商重点案件办理，及时解决执法司法过程中遇到的难点、堵点问题。',
              leadUnits: ['justiceBureau'],
              units: [
                'procuratorate',
                'marketRegulation',
                'ecoEnvironment',
                'naturalResources',
                'socialSecurity',
                'urbanRuralConstruction',
              ],
            },
            {
              no: '二是',
              title:
                '加强信息共享，市场监管、生态环保、自然资源与规划、社会保障、城乡建设等重点领域和重点部门每月5号前将各自行政处罚及行政非诉执行案件信息报送至司法行政部门备案，同时抄送检察机关。',
              units: [
                'marketRegulation',
                'ecoEnvironment',
                'naturalResources',
                'socialSecurity',
                'urbanRuralConstruction',
              ],
            },
            {
              no: '三是',
              title:
                '发挥执法监督、检察监督的职能优势，每季度开展对上述重点领域的行政执法案件及行政非诉执行案件进行评查，督促整改突出问题，规范执法行为。',
            },
          ],
        },
        {
          no: '（二）',
          title: '强化重大事项审查评估',
          tasks: [
            {
              no: '一是',
              title:
                '准确界定审核范围。凡是内容涉及公民、法人和其他组织权利义务的规范性文件，均要纳入合法性审核范围，在规范性文件制发程序中必须严格落实合法性审核程序，确保实现规范性文件合法性审核全覆盖，做到应审必审。由司法行政部门负责督促指导本地区规范性文件制定和监督管理工作，具体承担本级政府规范性文件的合法性审核工作，对下级政府及本级部门的规范性文件开展备案监督。',
              units: ['justiceBureau'],
            },
            {
              no: '二是',
              title:
                '组建行政执法、检察、审判、人大、政协等部门人员参与的专门人才库，对于重大或争议凸显的规范性文件，建立事前事中事后联合会审评估工作机制，对相关事项是否符合法定权限、是否符合有关法律、法规、规章和国家政策的规定、是否履行相关法定程序等几个方面进行详细审查。',
            },
            {
              no: '三是',
              title:
                '推进乡镇合法性审核工作全覆盖，建立“党政办+司法所所长+政府法律顾问”模式的专门审查队伍，确保合法性审查工作有机构承担、有专人负责，将合法性审查作为镇（街）制定行政规范性文件、作出重大行政决策、签订政府合同、村级集体合同、重大行政执法决定等必审事项的必经程序，从审查依据、范围、程序、形式、内容等方面规范镇（街）红头文件内容不合规、合同签订不严格、合同形式不规范等突出问题，同时报司法行政部门备案，努力打通基层依法治理的“最后一公里”。',
            },
          ],
        },
        {
          no: '（三）',
          title: '促进依法行政',
          tasks: [
            {
              no: '一是',
              title:
                '深化“依法行政+检察监督”社会治理新模式，检察机关加强对履行法律监督职责中发现行政违法行为的监督，建立分析监督机制，对行政执法违法风险点进行提示预警，行政机关积极配合检察机关依法办理行政违法监督案件。人民检察院可以将对行政机关的监督情况抄送上级行政机关和同级人民政府行政执法监督机构。',
            },
            {
              no: '二是',
              title:
                '健全法治督察、行政执法监督与检察机关法律监督协作配合，通过信息通报、协同会商、线索移送、联合监督等方式，推动检察监督与法治政府建设良性互动。',
            },
            {
              no: '三是',
              title:
                '与纪委监委建立行政违法问题线索移送机制，推动纪检监察与行政执法监督、检察监督的协作配合，加强对行政执法行为和行政机关工作人员的监督。',
            },
          ],
        },
        {
          no: '（四）',
          title: '推进行政争议实质性化解',
          tasks: [
            {
              no: '一是',
              title:
                '由司法行政部门会同审判机关、检察机关以及行政争议易发、多发领域的有关部门共同建立行政争议预防与实质化解工作机制，出台《关于行政争议实质性化解协作意见》，进一步完善行政审判、行政检察、行政复议的衔接，更好发挥审判机关、检察机关、司法行政机关在预防、化解行政争议中的职能作用，推进行政争议实质性化解，助推法治政府建设。',
              leadUnits: ['justiceBureau'],
              units: ['court', 'procuratorate'],
            },
            {
              no: '二是',
              title:
                '强化审判机关、检察机关与行政复议机关、政府相关职能部门的协调配合，打造“集中管辖法院+复议机构+属地检察机关”跨区域联合协作化解模式，将清江浦法院集中管辖的涉及我县的诉讼案件及时推送至司法局和检察机关，对争议较大的案件，邀请检察机关参与，逐步形成诉前化解、判前化解、判后化解“三化”融合的实质性化解机制。',
            },
            {
              no: '三是',
              title:
                '组建一支由检察官、法官、警官、律师、人民调解员、人大代表等以及退休党员、乡贤、村“两委”干部等经验丰富的同志组成的基层行政争议专业调解队伍，提升行政争议调解水平，重点化解征地拆迁、生态环保、自然资源与规划等行政争议。',
            },
          ],
        },
        {
          no: '（五）',
          title: '优化法治化营商环境',
          tasks: [
            {
              no: '一是',
              title:
                '规范行政处罚流程，对规上企业、重大涉企行政处罚案件需事前备案审查，充分运用研判等方式进行价值判断，在作出处罚后3个工作日内向司法行政部门报备处罚结果。进一步量化和细化行政执法自由裁量标准，实行“首违不罚”，制定从轻、减轻、免予行政处罚“三张清单”，探索轻微违法行为容错纠错机制。在实施包容审慎执法中，应建立案件审批、法制审核、集体讨论机制，准确把握柔性执法尺度，避免“小过重罚”“重过轻罚”。',
            },
            {
              no: '二是',
              title:
                '深化涉企行政执法监督，完善执法评估纠错机制，由司法行政部门牵头，检察机关参与，成立涉企行政执法评估小组，每季度开展涉企行政执法行为专项评估。对长期频发且未能有效治理的违法行为，或者受到企业和群众关注的执法行为，通过及时评估执法措施的合理性、必要性和公平性，改进和调整执法措施。依法监督纠治企业反映强烈的违规异地执法和趋利性执法等突出问题，加强涉企刑事案件立案监督、涉财物强制措施监督，推动涉企刑事“挂案”清理，加强对审判和执行活动中违法“查扣冻”涉企财物的监督，依法保障企业生产经营活动。',
              leadUnits: ['justiceBureau'],
              units: ['procuratorate'],
            },
            {
              no: '三是',
              title:
                '发挥好法治副会长作用，为企业提供精准法治服务，搜集企业反映较多的法律问题，有针对性的编发企业法律风险防范手册、普法栏目等，帮助企业实实在在解决法律问题。聚焦县域发展重点项目、重点企业开展专项法治体检，助力企业完善内部防控机制，激发企业发展活力。',
            },
          ],
        },
        {
          no: '（六）',
          title: '完善行政处罚和刑事处罚双向衔接',
          tasks: [
            {
              no: '一是',
              title:
                '加强行刑正向衔接工作，建立健全行政执法机关向公安机关移送涉嫌犯罪案件抄告检察机关制度，检察机关主动对接生态环境、市场监管、自然资源与规划、农业农村等行政单位，认为行政执法机关对涉嫌犯罪案件应当移送公安机关立案侦查而不移送的，应当建议行政执法机关及时向公安机关移送案件；对于公安机关可能存在应当立案而不立案情形的，应当依法开展立案监督，并加强后续跟踪督促、指导办案，确保案件办理质效。',
            },
            {
              no: '二是',
              title:
                '规范和细化不起诉案件的反向衔接，精准提出移送行政处罚的检察意见，对行政机关的处理情况持续跟踪监督，对未及时处理的案件制发检察建议督促主管部门履职。同时，定期与相关行政机关座谈交流，进一步了解行政机关履职过程中存在的问题，收集其意见建议，并依此优化行刑反向衔接工作机制，真正实现行政检察与行政执法相配合，以反向衔接机制为切口深入促进社会治理。',
            },
          ],
        },
      ],
    },
  ],
} satisfies ManifestInput;
