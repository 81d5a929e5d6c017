import type { MatterType } from '../matters/matter-type.ts';

/** Every state a matter can be in; each type uses a subset (see {@link MATTER_WORKFLOWS}). */
export const MATTER_STATES = [
  /** 草稿 — written, not yet sent. */
  'draft',
  /** 已发出 — sent (served) to the recipient. */
  'sent',
  /** 已签收 — the recipient confirmed receipt. */
  'received',
  /** 已回复 — the recipient answered in writing. */
  'replied',
  /** 已评估 — the sender evaluated the answer (e.g. a suggestion's rectification). */
  'evaluated',
  /** 已报送 — a periodic report or filing was submitted. */
  'submitted',
  /** 已确认 — the recipient acknowledged a report. */
  'acknowledged',
  /** 已退回 — the recipient sent it back (wrong addressee, incomplete). */
  'returned',
  /** 已撤回 — the sender withdrew it. */
  'withdrawn',
  /** 已办结 */
  'closed',
] as const;

/** A state of {@link MATTER_STATES}. */
export type MatterState = (typeof MATTER_STATES)[number];

/** Every action a user can take on a matter. */
export const MATTER_ACTIONS = [
  'send',
  'receive',
  'reply',
  'evaluate',
  'submit',
  'acknowledge',
  'return',
  'revise',
  'withdraw',
  'close',
] as const;

/** An action of {@link MATTER_ACTIONS}. */
export type MatterAction = (typeof MATTER_ACTIONS)[number];

/** Which side takes an action: the sending unit or a receiving unit. */
export type MatterSide = 'sender' | 'recipient';

/**
 * The side that may take each action. The server adds the roles (the linkage
 * office may act for either side); core only says whose act it is.
 */
export const ACTION_SIDE: Readonly<Record<MatterAction, MatterSide>> = {
  send: 'sender',
  receive: 'recipient',
  reply: 'recipient',
  evaluate: 'sender',
  submit: 'sender',
  acknowledge: 'recipient',
  return: 'recipient',
  revise: 'sender',
  withdraw: 'sender',
  close: 'sender',
};

/** A type's transition table: for each state it uses, the actions allowed and where they lead. */
export type TransitionTable = Readonly<
  Partial<Record<MatterState, Readonly<Partial<Record<MatterAction, MatterState>>>>>
>;

// Matters that expect a written answer: 送达 → 签收 → 书面回复 → 评估 → 办结.
const answered: TransitionTable = {
  draft: { send: 'sent', withdraw: 'withdrawn' },
  sent: { receive: 'received', return: 'returned', withdraw: 'withdrawn' },
  received: { reply: 'replied' },
  replied: { evaluate: 'evaluated', close: 'closed' },
  evaluated: { close: 'closed' },
  returned: { revise: 'draft', withdraw: 'withdrawn' },
};

// A consultation's answer is the end of it: nothing to evaluate.
const consulted: TransitionTable = {
  draft: answered.draft,
  sent: answered.sent,
  received: answered.received,
  replied: { close: 'closed' },
  returned: answered.returned,
};

// 通报 informs; receipt is all the recipient owes.
const notified: TransitionTable = {
  draft: { send: 'sent', withdraw: 'withdrawn' },
  sent: { receive: 'received', withdraw: 'withdrawn' },
  received: { close: 'closed' },
};

// 报送/备案: the sender's duty is to submit on time; the recipient acknowledges or returns it.
const reported: TransitionTable = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { acknowledge: 'acknowledged', return: 'returned' },
  acknowledged: { close: 'closed' },
  returned: { revise: 'draft', withdraw: 'withdrawn' },
};

/** The transition table of each matter type. States a type does not list are terminal for it. */
export const MATTER_WORKFLOWS: Readonly<Record<MatterType, TransitionTable>> = {
  clueTransfer: answered,
  procuratorialSuggestion: answered,
  procuratorialOpinion: answered,
  consultation: consulted,
  notification: notified,
  periodicReport: reported,
  review: answered,
};

/** The state a new matter of the type starts in. */
export const INITIAL_MATTER_STATE: MatterState = 'draft';

/** The actions allowed on a matter of `type` in `state`, in table order (empty when terminal). */
export function allowedActions(type: MatterType, state: MatterState): MatterAction[] {
  return Object.keys(MATTER_WORKFLOWS[type][state] ?? {}) as MatterAction[];
}

/** The states reachable in one step from `state`, without duplicates. */
export function nextStates(type: MatterType, state: MatterState): MatterState[] {
  return [...new Set(Object.values(MATTER_WORKFLOWS[type][state] ?? {}))];
}

/** Whether no action leads out of `state` for the type. */
export function isTerminalState(type: MatterType, state: MatterState): boolean {
  return allowedActions(type, state).length === 0;
}

/** The outcome of {@link applyTransition}: the new state, or why the action is refused. */
export type TransitionResult =
  | { readonly ok: true; readonly from: MatterState; readonly to: MatterState; readonly action: MatterAction }
  | {
      readonly ok: false;
      readonly state: MatterState;
      readonly action: MatterAction;
      readonly allowedActions: readonly MatterAction[];
    };

/** Applies `action` to a matter of `type` in `state`; refuses, naming the allowed actions, when the table has no such edge. */
export function applyTransition(
  type: MatterType,
  state: MatterState,
  action: MatterAction,
): TransitionResult {
  const to = MATTER_WORKFLOWS[type][state]?.[action];
  if (to === undefined) return { ok: false, state, action, allowedActions: allowedActions(type, state) };
  return { ok: true, from: state, to, action };
}
