import type { ManifestInput } from '@liandong/sdk';

/**
 * 繁峙县乡镇综合行政执法与检察机关衔接联动机制 — encoded from the undated
 * charter (seeds/003). Every declaration names where the document states it.
 * The document numbers 二、 as （一）（二）（三）（四）（六）… — there is no
 * （五）; the three paragraphs after the first paragraph of （四）are cited as
 * "二、（四）第二段" etc.
 */
export const manifest = {
  id: 'fanshi',
  version: '1.0.0',
  sdk: '^0.1.0',
  name: '繁峙县乡镇综合行政执法与检察机关衔接联动',
  description:
    '县人民检察院与乡镇综合行政执法之间的沟通联系、工作衔接、监督和组织保障机制。' +
    '另：人民检察院依法履行职责时审查乡镇综合行政执法机构应移不移、公安机关应立不立的情形（二、（一）、（三））；' +
    '公安机关可能应当立案而不立案的，人民检察院依法开展立案监督（二、（四）第三段）；' +
    '人民检察院在履行法律监督职责中开展行政争议实质性化解工作（三、）；' +
    '人民检察院依法调阅卷宗材料、询问当事人等调查核实的，乡镇综合行政执法机构和个人应当协助配合（三、）；' +
    '配合乡镇人民政府建立行政执法与刑事司法衔接信息共享平台（一、（一））；' +
    '本机制未作出规定的，按照有关法律、法规、规章执行（五、）。',
  charter: {
    title: '繁峙县乡镇综合行政执法与审判机关衔接联动机制',
    issuedBy: ['繁峙县人民检察院', '乡镇人民政府'],
    status: 'inForce',
  },
  jurisdiction: {
    name: '繁峙县',
    divisionCode: '140924',
    level: 'county',
    province: { code: '14', name: '山西省' },
    parent: { name: '忻州市', divisionCode: '140900' },
  },
  units: [
    {
      key: 'procuratorate',
      name: '县人民检察院',
      aliases: ['人民检察院', '县检察院', '检察院', '检察机关', '有关检察机关'],
      kind: 'procuratorate',
      roles: ['领导小组组长单位', '领导小组办公室所在单位'],
      source: '一、；四、',
    },
    {
      key: 'townshipGovernment',
      name: '乡镇人民政府',
      aliases: ['乡镇', '所辖乡镇人民政府'],
      kind: 'townshipGovernment',
      roles: ['领导小组副组长单位'],
      source: '一、；四、',
    },
    {
      key: 'townshipEnforcement',
      name: '乡镇综合行政执法机构',
      aliases: ['乡镇综合行政执法', '乡镇行政执法'],
      kind: 'department',
      sectors: ['乡镇综合行政执法'],
      source: '一、（一）；二、',
    },
    {
      key: 'countyAgencies',
      name: '县级有关行政机关',
      aliases: ['相关行政执法机关'],
      kind: 'department',
      isMember: false,
      source: '一、（二）；二、（八）第二段',
    },
    {
      key: 'police',
      name: '公安机关',
      kind: 'police',
      isMember: false,
      source: '二、（一）、（四）',
    },
    {
      key: 'justiceAdministration',
      name: '同级司法行政机关',
      aliases: ['司法行政机关'],
      kind: 'department',
      isMember: false,
      source: '二、（四）、（七）',
    },
    {
      key: 'supervisionCommission',
      name: '监察机关',
      kind: 'supervisionCommission',
      isMember: false,
      source: '三、第二段',
    },
  ],
  bodies: [
    {
      key: 'leadingGroup',
      kind: 'leadingGroup',
      name: '领导小组',
      duties: ['负责对衔接工作的具体指导', '解决衔接工作遇到的问题', '加强统筹协调', '推进督促落实'],
      leader: { title: '检察院检察长', unit: 'procuratorate' },
      deputyLeaders: [{ title: '乡镇长', unit: 'townshipGovernment' }],
      members: ['procuratorate', 'townshipGovernment'],
      memberPositions: [
        { title: '检察院分管副检察长', unit: 'procuratorate' },
        { title: '乡镇负责行政执法的副乡镇长', unit: 'townshipGovernment' },
        { title: '检察院工作人员', unit: 'procuratorate' },
        { title: '乡镇执法人员', unit: 'townshipEnforcement' },
      ],
      source: '四、',
    },
    {
      key: 'office',
      kind: 'office',
      name: '领导小组办公室',
      duties: ['具体负责实施衔接工作', '合力排查化解社会矛盾纠纷', '督促检查和推进落实等工作'],
      hostUnit: 'procuratorate',
      head: { title: '分管副检察长', unit: 'procuratorate' },
      serves: 'leadingGroup',
      source: '四、',
    },
  ],
  meetingSeries: [
    {
      key: 'jointMeeting',
      name: '人民检察院与乡镇行政执法联席会议',
      kind: 'joint',
      // 一、（一）建立联席会议制度 but states no cadence: the nearest form is asNeeded (see README).
      cadence: { kind: 'asNeeded' },
      participants: ['procuratorate', 'townshipEnforcement'],
      purpose: ['加强人民检察院与乡镇综合行政执法的工作信息资源共享'],
      source: '一、（一）',
    },
    {
      key: 'problemAnalysis',
      name: '衔接工作问题研究分析',
      kind: 'analysis',
      cadence: { kind: 'asNeeded' },
      organiser: 'procuratorate',
      participants: ['procuratorate', 'townshipGovernment', 'countyAgencies'],
      purpose: ['研究分析乡镇综合行政执法与刑事司法衔接工作中的问题，提出解决方案'],
      source: '一、（二）',
    },
  ],
  matterRules: [
    {
      key: 'nonTransferOpinion',
      type: 'procuratorialOpinion',
      name: '应当移送涉嫌犯罪案件而不移送的检察意见',
      description:
        '人民检察院对二、（一）至（三）款的线索审查后，认为乡镇综合行政执法机构应当依法移送涉嫌犯罪案件而不移送的，' +
        '经检察长批准，向乡镇人民政府提出检察意见，要求乡镇人民政府及时向公安机关移送案件并将有关材料抄送人民检察院；' +
        '检察意见抄送同级司法行政机关。乡镇人民政府收到检察意见后无正当理由仍不移送的，人民检察院将有关情况书面通知公安机关。',
      from: ['procuratorate'],
      to: [{ unit: 'townshipGovernment' }],
      copyTo: [{ unit: 'justiceAdministration' }],
      clocks: [
        {
          key: 'transfer',
          name: '及时向公安机关移送案件并将有关材料抄送人民检察院',
          owner: 'recipient',
          startsOn: 'received',
          source: '二、（四）',
        },
      ],
      escalation: [
        {
          key: 'noticeToPolice',
          name: '无正当理由仍不移送的，将有关情况书面通知公安机关',
          action: 'notify',
          targets: [{ unit: 'police' }],
          source: '二、（四）第二段',
        },
      ],
      source: '二、（四）',
    },
    {
      key: 'nonProsecutionOpinion',
      type: 'procuratorialOpinion',
      name: '对被不起诉人给予行政处罚的检察意见',
      description:
        '人民检察院决定不起诉的案件，同时审查是否需要对被不起诉人给予行政处罚；需要的，经检察长批准，向所辖乡镇人民政府提出检察意见，' +
        '自不起诉决定作出之日起三日内连同不起诉决定书一并送达，并抄送同级司法行政机关。' +
        '检察意见书应当写明采取和解除刑事强制措施，查封、扣押、冻结涉案财物以及对被不起诉人予以训诫或者责令具结悔过，赔礼道歉、赔偿损失等情况；' +
        '需要没收违法所得的，将查封、扣押、冻结的涉案财物一并移送；办案过程中收集的相关证据材料可以一并移送。' +
        '乡镇人民政府自收到检察意见书之日起两个月以内将处理结果或者办理情况书面回复；因情况紧急需要立即处理的，人民检察院可以根据实际情况确定回复期限。' +
        '在要求的期限内不回复或者无正当理由不作处理的，按二、（七）督办。',
      from: ['procuratorate'],
      to: [{ unit: 'townshipGovernment' }],
      copyTo: [{ unit: 'justiceAdministration' }],
      clocks: [
        {
          key: 'serve',
          name: '连同不起诉决定书一并送达',
          owner: 'sender',
          startsOn: 'decided',
          deadline: { kind: 'calendarDays', days: 3 },
          source: '二、（四）第四段',
        },
        {
          key: 'reply',
          name: '将处理结果或者办理情况书面回复人民检察院',
          owner: 'recipient',
          startsOn: 'received',
          deadline: { kind: 'months', months: 2 },
          urgent: { allowed: true },
          source: '二、（六）',
        },
      ],
      escalation: [
        {
          key: 'notifyJustice',
          name: '将有关情况书面通报同级司法行政机关',
          action: 'notify',
          decidedBy: '检察长',
          targets: [{ unit: 'justiceAdministration' }],
          source: '二、（七）',
        },
        {
          key: 'upperProcuratorate',
          name: '提请上级人民检察院通报其上级政府',
          action: 'reportUpward',
          decidedBy: '检察长',
          targets: [{ external: '上级人民检察院' }, { external: '上级政府' }],
          alternativeTo: 'notifyJustice',
          source: '二、（七）',
        },
        {
          key: 'reportCounty',
          name: '报告县委和县人民代表大会常务委员会',
          action: 'reportUpward',
          targets: [{ external: '县委' }, { external: '县人民代表大会常务委员会' }],
          ifNecessary: true,
          source: '二、（七）',
        },
      ],
      source: '二、（四）第四段至（七）',
    },
    {
      key: 'townshipConsultation',
      type: 'consultation',
      name: '乡镇人民政府咨询人民检察院',
      description:
        '乡镇人民政府就刑事案件立案追诉标准、证据收集、固定保全等问题咨询人民检察院的，人民检察院应当及时答复；书面咨询的，应当在七日以内书面回复。',
      from: ['townshipGovernment'],
      to: [{ unit: 'procuratorate' }],
      clocks: [
        {
          key: 'writtenReply',
          name: '书面咨询的，七日以内书面回复',
          owner: 'recipient',
          startsOn: 'received',
          deadline: { kind: 'calendarDays', days: 7 },
          source: '二、（八）',
        },
      ],
      source: '二、（八）',
    },
    {
      key: 'policeHearing',
      type: 'consultation',
      name: '公安机关就乡镇移送案件听取人民检察院意见建议',
      description:
        '公安机关就乡镇人民政府移送的涉嫌犯罪案件主动听取人民检察院意见建议的，人民检察院应当及时答复。',
      from: ['police'],
      to: [{ unit: 'procuratorate' }],
      source: '二、（八）',
    },
    {
      key: 'procuratorateConsultation',
      type: 'consultation',
      name: '人民检察院咨询乡镇综合行政执法专业问题',
      description:
        '人民检察院在办理案件过程中，可以就乡镇综合行政执法专业问题向乡镇人民政府和相关行政执法机关咨询。',
      from: ['procuratorate'],
      to: [{ unit: 'townshipGovernment' }, { unit: 'countyAgencies' }],
      source: '二、（八）第二段',
    },
    {
      key: 'nonFilingSupervisionRequest',
      type: 'clueTransfer',
      name: '建议人民检察院对公安机关不立案依法监督',
      description:
        '公安机关收到乡镇综合行政执法机构移送涉嫌犯罪案件后应当立案侦查而不立案侦查，乡镇人民政府建议人民检察院依法监督，人民检察院应当依法受理并进行审查。',
      from: ['townshipGovernment'],
      to: [{ unit: 'procuratorate' }],
      source: '二、（二）',
    },
    {
      key: 'publicInterestClue',
      type: 'clueTransfer',
      name: '公益诉讼线索移送',
      description:
        '乡镇人民政府及时处理和评估日常监管、检查巡查、行政执法、监督举报等渠道发现的违法问题线索，对涉及多个行政机关职责、协调处理难度大、' +
        '执法后不足以弥补国家利益或者社会公共利益损失，以及其他适合检察公益诉讼的问题线索，及时移送有关检察机关。线索处理结果应当相互通报。',
      from: ['townshipGovernment'],
      to: [{ unit: 'procuratorate' }],
      source: '二、（九）',
    },
    {
      key: 'publicInterestConsultation',
      type: 'clueTransfer',
      name: '乡镇行政执法问题线索磋商',
      description:
        '检察机关办理公益诉讼案件中发现涉及乡镇行政执法问题线索，可以先行与乡镇人民政府磋商，督促依法处理。线索处理结果应当相互通报。',
      from: ['procuratorate'],
      to: [{ unit: 'townshipGovernment' }],
      source: '二、（九）',
    },
    {
      key: 'dutyCrimeClue',
      type: 'clueTransfer',
      name: '职务违法、犯罪案件线索移送',
      description: '人民检察院发现乡镇综合行政执法人员涉嫌职务违法、犯罪的，应当将案件线索移送监察机关处理。',
      from: ['procuratorate'],
      to: [{ unit: 'supervisionCommission' }],
      source: '三、第二段',
    },
    {
      key: 'suggestion',
      type: 'procuratorialSuggestion',
      name: '检察建议',
      description:
        '发现存在需要完善工作机制等问题的，可征求乡镇意见，提出检察建议（一、（三））；' +
        '在履行法律监督职责中发现乡镇人民政府违法行使职权或者不行使职权的，可以依照法律规定制发检察建议等督促其纠正（三、）。',
      from: ['procuratorate'],
      to: [{ unit: 'townshipGovernment' }],
      source: '一、（三）；三、',
    },
  ],
  obligations: [
    {
      key: 'mutualNotification',
      name: '定期互相通报检察机关与行政执法衔接的工作情况',
      kind: 'notification',
      description: '原文为“定期”，未规定周期；周期由本县在运行中确定。',
      units: ['procuratorate', 'townshipGovernment'],
      // 定期 with no period stated: the schema has no "regular, unstated interval"; asNeeded is the nearest form.
      cadence: { kind: 'asNeeded' },
      to: [{ unit: 'procuratorate' }, { unit: 'townshipGovernment' }],
      source: '一、（三）',
    },
  ],
} satisfies ManifestInput;
