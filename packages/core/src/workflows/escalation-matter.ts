import type { MatterType } from '../matters/matter-type.ts';

/** What an escalation step does, as plugins name it (the SDK's `ESCALATION_ACTIONS`). */
export type EscalationAction = 'notify' | 'followUpLetter' | 'procuratorialSuggestion' | 'reportUpward';

/**
 * The matter type an escalation step's linked document is. A follow-up
 * supervision letter (跟进监督函) expects a written answer like an opinion; a
 * notice and a report upward inform, so they need receipt only.
 */
export const ESCALATION_MATTER_TYPES: Readonly<Record<EscalationAction, MatterType>> = {
  notify: 'notification',
  followUpLetter: 'procuratorialOpinion',
  procuratorialSuggestion: 'procuratorialSuggestion',
  reportUpward: 'notification',
};
