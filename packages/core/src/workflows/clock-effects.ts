import type { ClockStartEvent } from '../deadlines/deadline-rule.ts';
import type { MatterAction, MatterSide } from './matter-workflow.ts';

/** What an action does to a matter's clocks: the start events it is, and whose clocks it stops. */
export interface ClockEffect {
  /** Clocks whose rule starts on one of these events start on the action's day. */
  readonly starts: readonly ClockStartEvent[];
  /** Running clocks owned by this side stop on the action's day (their duty is done). */
  readonly stops?: MatterSide;
}

/**
 * The clock effect of each action. Service (送达) is proven by the recipient's
 * receipt (签收回执), so receipt both starts "served" and "received" clocks and
 * fulfils the sender's duty to serve. "decided" and "periodEnd" clocks start
 * on dates the sender states when creating the matter, not on an action.
 */
export const CLOCK_EFFECTS: Readonly<Record<MatterAction, ClockEffect>> = {
  send: { starts: ['sent'] },
  receive: { starts: ['served', 'received'], stops: 'sender' },
  reply: { starts: [], stops: 'recipient' },
  evaluate: { starts: [] },
  submit: { starts: ['sent'], stops: 'sender' },
  acknowledge: { starts: [], stops: 'recipient' },
  return: { starts: [] },
  revise: { starts: [] },
  withdraw: { starts: [] },
  close: { starts: [] },
};

/** Start events that are dates stated at creation rather than actions. */
export const STATED_START_EVENTS: readonly ClockStartEvent[] = ['decided', 'periodEnd'];
