/**
 * The kinds of matter (事项) the product tracks. Generic in core; plugins
 * state each one's deadlines, recipients, copy-to units and escalation.
 */
export const MATTER_TYPES = [
  /** 线索移送 — forward admin→criminal referral, public-interest, duty-crime or irregular-enforcement clue. */
  'clueTransfer',
  /** 检察建议 — incl. pre-litigation (诉前检察建议). */
  'procuratorialSuggestion',
  /** 检察意见 — reverse referral after non-prosecution, or on a non-transferred case. */
  'procuratorialOpinion',
  /** 咨询 — either direction. */
  'consultation',
  /** 通报 — informing the other side. */
  'notification',
  /** 报送 / 备案 — periodic or event-driven reports and filings. */
  'periodicReport',
  /** 评查 / 检查 / 评估 — reviews, inspections and evaluations. */
  'review',
] as const;

export type MatterType = (typeof MATTER_TYPES)[number];

/** Chinese names of the matter types, as the UI and documents use them. */
export const MATTER_TYPE_NAMES: Readonly<Record<MatterType, { readonly zh: string; readonly en: string }>> = {
  clueTransfer: { zh: '线索移送', en: 'Clue transfer' },
  procuratorialSuggestion: { zh: '检察建议', en: 'Procuratorial suggestion' },
  procuratorialOpinion: { zh: '检察意见', en: 'Procuratorial opinion' },
  consultation: { zh: '咨询', en: 'Consultation' },
  notification: { zh: '通报', en: 'Notification' },
  periodicReport: { zh: '报送备案', en: 'Report / filing' },
  review: { zh: '评查检查', en: 'Review / inspection' },
};
