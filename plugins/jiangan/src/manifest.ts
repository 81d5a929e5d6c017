import type { ManifestInput } from '@liandong/sdk';

/**
 * 江岸区“府检联动”: 江岸区人民政府 江岸区人民检察院《关于印发江岸区“府检联动”实施方案的通知》
 * (岸政〔2025〕5号). The 方案 names no member unit but the 区人民检察院, states no period
 * for any meeting or reply, and no deadline for any work priority: where it is silent the
 * manifest says nothing and the core defaults apply.
 */
export const manifest = {
  id: 'jiangan',
  version: '1.0.0',
  sdk: '^0.1.0',
  name: '江岸区府检联动',
  description:
    '《江岸区“府检联动”实施方案》：16项工作重点（5个方面）；协调机制（召集人、副召集人、成员单位、办公室）；常态化沟通协作；专项有序衔接；拓展数据共享。' +
    '另：加强在规范性文件制定、业务培训、案件听证、大数据建设共享等方面的交流合作（三、（二））；' +
    '推进行政执法数据、社会公共数据与检察监督数据衔接，建立完善数据交换共享标准（三、（四））；' +
    '社区矫正对象申请外出的，社区矫正机构可以邀请检察机关进行会商或者召开听证会（二、13.）。',
  charter: {
    title: '江岸区人民政府 江岸区人民检察院 关于印发江岸区“府检联动”实施方案的通知',
    docNumber: '岸政〔2025〕5号',
    issuedBy: ['江岸区人民政府', '江岸区人民检察院'],
    issuedOn: '2025-06-30',
    status: 'inForce',
  },
  jurisdiction: {
    name: '江岸区',
    divisionCode: '420102',
    level: 'district',
    province: { code: '42', name: '湖北省' },
    parent: { name: '武汉市', divisionCode: '420100' },
  },
  units: [
    {
      key: 'government',
      name: '区人民政府',
      aliases: ['江岸区人民政府'],
      kind: 'government',
      isMember: false,
      source: '三、（一）',
    },
    {
      // 区人民政府各有关部门和区人民检察院为“府检联动”协调机制成员单位: the only member unit named.
      key: 'procuratorate',
      name: '区人民检察院',
      aliases: ['江岸区人民检察院'],
      kind: 'procuratorate',
      isMember: true,
      roles: ['“府检联动”协调机制办公室设在区人民检察院'],
      source: '三、（一）',
    },
    {
      key: 'partyGovernmentOffice',
      name: '区委(区人民政府)办公室',
      kind: 'other',
      isMember: false,
      source: '三、（一）',
    },
    {
      key: 'enforcementSupervisionOrgan',
      name: '执法监督机关',
      kind: 'department',
      isMember: false,
      source: '二、9.',
    },
  ],
  bodies: [
    {
      key: 'coordinationMechanism',
      kind: 'jointMeeting',
      name: '“府检联动”协调机制',
      // Two conveners (由区人民政府分管副区长、区人民检察院检察长任召集人); the schema has one convener position.
      convener: { title: '区人民政府分管副区长、区人民检察院检察长' },
      deputyConveners: [{ title: '区委(区人民政府)办公室分管副主任', unit: 'partyGovernmentOffice' }],
      members: ['procuratorate'],
      // The other members are described, not named: 区人民政府各有关部门.
      memberPositions: [{ title: '区人民政府各有关部门', unit: 'government' }],
      duties: ['听取工作情况报告,研究部署重大事项和解决重大问题'],
      source: '三、（一）',
    },
    {
      key: 'coordinationOffice',
      kind: 'office',
      name: '“府检联动”协调机制办公室',
      hostUnit: 'procuratorate',
      head: { title: '区人民检察院分管副检察长', unit: 'procuratorate' },
      serves: 'coordinationMechanism',
      duties: ['负责日常联络、沟通协调等工作'],
      source: '三、（一）',
    },
  ],
  meetingSeries: [
    {
      // 由召集人根据工作需要定期,听取工作情况报告: no period stated.
      key: 'mechanismMeeting',
      name: '“府检联动”协调机制会议',
      kind: 'joint',
      cadence: { kind: 'asNeeded' },
      body: 'coordinationMechanism',
      chair: '召集人',
      purpose: ['听取工作情况报告,研究部署重大事项和解决重大问题'],
      source: '三、（一）',
    },
    ...(
      [
        ['coordinationMeeting', '协调会', 'coordination'],
        ['symposium', '座谈会', 'symposium'],
        ['analysisMeeting', '研判会', 'analysis'],
      ] as const
    ).map(([key, name, kind]) => ({
      key,
      name,
      kind,
      // 区人民政府和区人民检察院根据各成员单位申请和工作需要 … 召开
      cadence: { kind: 'asNeeded' } as const,
      body: 'coordinationMechanism',
      participantsText: '相关部门',
      purpose: ['共同会商研究解决问题和推进工作'],
      onRequestOfUnit: true,
      source: '三、（二）',
    })),
  ],
  matterRules: [
    {
      key: 'irregularEnforcementClue',
      type: 'clueTransfer',
      name: '不规范执法问题线索移送',
      description: '检察机关对行政机关涉嫌不规范执法的问题线索,及时移送执法监督机关。',
      from: ['procuratorate'],
      to: [{ unit: 'enforcementSupervisionOrgan' }],
      source: '二、9.',
    },
    {
      key: 'adminCriminalTransfer',
      type: 'clueTransfer',
      name: '行政执法与刑事司法双向衔接',
      description:
        '持续优化行政执法与刑事司法双向衔接,推进案情研判和案件移送常态化、规范化,实现行刑案件衔接有序、配合有力。对行政执法机关不依法向公安机关移送涉嫌犯罪案件或者移送后公安机关应当立案而不立案的,检察机关依法予以监督。',
      source: '三、（三）',
    },
    {
      key: 'publicInterestClue',
      type: 'clueTransfer',
      name: '公益诉讼线索移送',
      description:
        '强化行政机关与检察机关的沟通协作,建立健全公益诉讼线索移送、信息共享、工作会商、联合调研等工作机制。',
      to: [{ unit: 'procuratorate' }],
      source: '二、11.',
    },
    {
      key: 'procuratorialSuggestion',
      type: 'procuratorialSuggestion',
      name: '检察建议',
      description:
        '检察机关在履行法律监督职责中发现行政机关违法行使职权或者不行使职权的,依法律规定以制发检察建议等方式督促纠正,行政机关应当积极配合支持。行政机关进一步支持检察机关开展对损害社会公共利益线索的调查取证工作,做好对公益诉讼检察建议的办理落实和回复,将检察建议的落实回复情况纳入对行政机关的工作考评中,实现社会公共利益保护的双赢、多赢。',
      from: ['procuratorate'],
      // 办理落实和回复: no period stated, so the core default applies.
      clocks: [{ key: 'reply', name: '办理落实和回复', owner: 'recipient', startsOn: 'received' }],
      source: '三、（三）；二、11.',
    },
    {
      key: 'penaltyOpinion',
      type: 'procuratorialOpinion',
      name: '行政处罚检察意见',
      description:
        '对检察机关认为需要对被不起诉人给予行政处罚的,检察机关和行政机关加强配合、协作,做好行政处罚检察意见的沟通、移送、处理、反馈,切实解决不刑不罚、应移未移、应罚未罚问题。',
      from: ['procuratorate'],
      // 沟通、移送、处理、反馈: no period stated, so the core default applies.
      clocks: [{ key: 'feedback', name: '处理、反馈', owner: 'recipient', startsOn: 'received' }],
      source: '二、12.',
    },
  ],
  taskListTemplates: [
    {
      // 二、工作重点: each priority's heading is the task title and its text one unnumbered measure
      // ('—'). The 方案 states no deadline and names no responsible unit for any priority.
      key: 'workPriorities',
      title: '工作重点',
      source: '二、',
      areas: [
        {
          no: '一',
          title: '积极推进平安江岸建设',
          tasks: [
            {
              no: '1',
              title: '坚决维护国家安全',
              measures: [
                {
                  no: '—',
                  text: '践行总体国家安全观,严厉打击危害国家安全犯罪,深化反渗透反颠覆反暴恐反邪教工作。全面排查化解涉及政治安全风险隐患,维护国家政权安全、制度安全、意识形态安全,确保社会大局平安稳定。',
                },
              ],
            },
            {
              no: '2',
              title: '共同守护经济金融安全',
              measures: [
                {
                  no: '—',
                  text: '行政机关与检察机关加强在金融监管、市场监管等领域行政违法行为信息共享与线索移送,依法严惩金融领域违法犯罪,妥善处理非法集资等涉众型经济犯罪,加大反洗钱和追赃挽损力度,严守不发生系统性风险底线,守护健康有序的金融环境。',
                },
              ],
            },
            {
              no: '3',
              title: '合力维护社会安定',
              measures: [
                {
                  no: '—',
                  text: '针对社会治安领域新情况、新风险,在惩治多发性犯罪、涉众型犯罪、维护校园及周边安全等领域深化合作。加大危化品、建筑施工、交通运输、城镇燃气等行业领域安全生产行政执法和检察监督力度,凝聚监管合力。常态化开展扫黑除恶斗争,严厉打击涉黑涉恶违法犯罪,切实维护社会安全稳定。',
                },
              ],
            },
          ],
        },
        {
          no: '二',
          title: '服务保障经济社会高质量发展',
          tasks: [
            {
              no: '4',
              title: '服务保障科技创新',
              measures: [
                {
                  no: '—',
                  text: '加强对关键核心技术、新业态新模式司法保护,深化知识产权一体综合履职,依法惩处知识产权领域违法犯罪行为,加大对企业关键核心技术和原始创新成果的司法保护力度,推动新质生产力加快形成。',
                },
              ],
            },
            {
              no: '5',
              title: '服务保障产业转型升级',
              measures: [
                {
                  no: '—',
                  text: '依法审慎处置企业生产、经营、融资活动中的创新行为,加强对刑事侦查、审判活动和查封、扣押、冻结财产等措施的监督,依法审慎办理涉新兴产业企业案件。依法严惩侵害产业转型和企业经营的犯罪,会同有关部门整治清理“空壳公司”“僵尸企业”。进一步提高执法司法水平,主动为传统产业升级、未来产业壮大提供良好法治服务。',
                },
              ],
            },
            {
              no: '6',
              title: '服务保障流域综合治理',
              measures: [
                {
                  no: '—',
                  text: '落实《湖北省流域综合治理和统筹发展规划纲要》,严厉打击破坏流域生态环境刑事犯罪。依托“河湖长(林长)+检察长”工作机制,加强检察公益诉讼与环保督察、监察、审计等工作的有效衔接,形成全方位流域保护工作格局。',
                },
              ],
            },
          ],
        },
        {
          no: '三',
          title: '打造法治化营商环境',
          tasks: [
            {
              no: '7',
              title: '服务保障重大项目推进',
              measures: [
                {
                  no: '—',
                  text: '依法严惩危害重大项目及项目投资者、建设者合法权益的各类犯罪。推进建设工程领域检察监督与行政执法深度合作,充分利用大数据资源,挖掘违法犯罪线索,提升执法司法效率,以良好的法治化环境保障重大项目建设稳步推进。',
                },
              ],
            },
            {
              no: '8',
              title: '平等保护市场主体权益',
              measures: [
                {
                  no: '—',
                  text: '充分发挥法治固根本、稳预期、利长远功能,统一执法司法尺度和裁量标准,依法保障企业正常生产经营,严厉打击破坏市场经济秩序和侵犯企业合法权益的违法犯罪。畅通涉企案件刑事责任追究和行政处罚双向移送渠道,做到依法惩处、依法保护。',
                },
              ],
            },
          ],
        },
        {
          no: '四',
          title: '推进社会治理体系和治理能力现代化',
          tasks: [
            {
              no: '9',
              title: '促进依法行政',
              measures: [
                {
                  no: '—',
                  text: '深化“依法行政+检察监督”社会治理新模式,检察机关加强对履行法律监督职责中发现的行政违法行为的监督,加强分析监督,对行政执法违法风险点进行提示预警,行政机关积极配合检察机关依法办理行政违法监督案件。健全执法监督与检察机关法律监督的衔接配合机制,形成监督合力。检察机关对行政机关涉嫌不规范执法的问题线索,及时移送执法监督机关。',
                },
              ],
            },
            {
              no: '10',
              title: '推进社会矛盾化解',
              measures: [
                {
                  no: '—',
                  text: '坚持和发展新时代“枫桥经验”,探索司法办案、信访风险评估、矛盾化解同步推进工作机制,有效化解矛盾纠纷,减少涉法涉诉重复信访。推进行政调解、人民调解、司法调解有效衔接,对于涉法涉诉案件,共同建立事前预防、案中调解和事后化解的纠纷解决机制,在调查核实、专家咨询、公开听证、司法救助、释法说理等方面加强协作配合,促进矛盾纠纷得到依法、公平、有效解决,实现案结事了政通人和。',
                },
              ],
            },
            {
              no: '11',
              title: '加强社会公共利益保护',
              measures: [
                {
                  no: '—',
                  text: '强化行政机关与检察机关的沟通协作,建立健全公益诉讼线索移送、信息共享、工作会商、联合调研等工作机制。检察机关全面落实行政公益诉讼的诉前磋商机制,制定诉前磋商规范指引,推进诉前磋商常态化、规范化。行政机关进一步支持检察机关开展对损害社会公共利益线索的调查取证工作,做好对公益诉讼检察建议的办理落实和回复,将检察建议的落实回复情况纳入对行政机关的工作考评中,实现社会公共利益保护的双赢、多赢。',
                },
              ],
            },
            {
              no: '12',
              title: '完善行刑反向衔接工作',
              measures: [
                {
                  no: '—',
                  text: '检察机关加强与行政机关沟通联系,与行政机关统一执法司法尺度和标准。对检察机关认为需要对被不起诉人给予行政处罚的,检察机关和行政机关加强配合、协作,做好行政处罚检察意见的沟通、移送、处理、反馈,切实解决不刑不罚、应移未移、应罚未罚问题。',
                },
              ],
            },
            {
              no: '13',
              title: '加强社区矫正执法与法律监督工作领域的协作配合',
              measures: [
                {
                  no: '—',
                  text: '按照《江岸区对社区矫正对象进行数字化监督管理工作机制》要求,进一步推动实现信息共享,数据互通,有效解决社区矫正对象不假外出、脱管漏管、再次违法犯罪等监管难题。认真贯彻《关于规范社区矫正对象外出从事生产经营活动工作的通知》,社区矫正对象因正常生产经营需要申请外出或者申请经常性跨市县活动的,社区矫正机构可以邀请检察机关进行会商或者召开听证会,在依法审批的同时,做好外出期间监督管理。',
                },
              ],
            },
          ],
        },
        {
          no: '五',
          title: '加强民生领域法治保障',
          tasks: [
            {
              no: '14',
              title: '全力护航民生民利',
              measures: [
                {
                  no: '—',
                  text: '在环境资源保护、食品药品安全、农产品质量安全、安全生产、劳动保障等重点领域开展深度合作,切实保障民生福祉。健全司法救助与社会救助相衔接的综合救助模式,检察机关切实履行对弱势群体支持起诉职责,完善“支持起诉+多元纠纷化解+司法救助”模式,强化对弱势群体的保护。检察机关与行政机关合力用足民事、行政、刑事和社会信用等综合手段,妥善处理用工纠纷,从严惩处恶意欠薪,依法维护农民工劳动报酬权益。',
                },
              ],
            },
            {
              no: '15',
              title: '推进民生公益保护',
              measures: [
                {
                  no: '—',
                  text: '积极稳妥拓展公益诉讼案件范围,探索开展妇女、残疾人权益保护公益诉讼,保障妇女依法享有平等就业等权利,推进残疾人无障碍环境建设。共同加强在征地拆迁、社会保险等领域的行政争议实质性化解,检察机关提供相应的法律咨询,与行政机关共同磋商行政争议化解的具体方案,提升民生公益保护效果。',
                },
              ],
            },
            {
              no: '16',
              title: '系统推进未成年人保护',
              measures: [
                {
                  no: '—',
                  text: '强化未成年人综合保护,落实侵害未成年人案件强制报告、密切接触未成年人行业人员入职查询制度。督促相关单位、人员积极履行报告义务,督促密切接触未成年人的单位执行从业禁止规定。依法严惩侵害未成年人违法犯罪,深化未成年人检察一体综合履职。',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
} satisfies ManifestInput;
