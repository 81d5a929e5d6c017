import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATTER_TYPES, type MatterType } from '../matters/matter-type.ts';
import { CLOCK_EFFECTS } from './clock-effects.ts';
import { DEFAULT_DEADLINES, resolveClockDeadline } from './default-deadlines.ts';
import {
  ACTION_SIDE,
  allowedActions,
  applyTransition,
  INITIAL_MATTER_STATE,
  isTerminalState,
  MATTER_ACTIONS,
  MATTER_STATES,
  MATTER_WORKFLOWS,
  type MatterAction,
  type MatterState,
  nextStates,
} from './matter-workflow.ts';

const walk = (type: MatterType, actions: MatterAction[]): MatterState => {
  let state: MatterState = INITIAL_MATTER_STATE;
  for (const action of actions) {
    const result = applyTransition(type, state, action);
    if (!result.ok) throw new Error(`${type}: ${action} refused in ${state}`);
    state = result.to;
  }
  return state;
};

describe('matter workflows', () => {
  it.each([
    ['procuratorialOpinion', ['send', 'receive', 'reply', 'evaluate', 'close'], 'closed'],
    ['procuratorialSuggestion', ['send', 'receive', 'reply', 'evaluate', 'close'], 'closed'],
    ['clueTransfer', ['send', 'receive', 'reply', 'close'], 'closed'],
    ['consultation', ['send', 'receive', 'reply', 'close'], 'closed'],
    ['notification', ['send', 'receive', 'close'], 'closed'],
    ['periodicReport', ['submit', 'acknowledge', 'close'], 'closed'],
    ['review', ['send', 'return', 'revise', 'send', 'receive', 'reply'], 'replied'],
    ['procuratorialOpinion', ['send', 'withdraw'], 'withdrawn'],
  ] as const)('%s: %j ends %s', (type, actions, end) => {
    expect(walk(type, [...actions])).toBe(end);
  });

  it.each([
    ['notification', 'received', 'reply'],
    ['consultation', 'replied', 'evaluate'],
    ['periodicReport', 'draft', 'send'],
    ['procuratorialOpinion', 'draft', 'reply'],
    ['procuratorialOpinion', 'received', 'withdraw'],
    ['procuratorialOpinion', 'closed', 'close'],
  ] as const)('%s in %s refuses %s and names what is allowed', (type, state, action) => {
    const result = applyTransition(type, state, action);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.state).toBe(state);
      expect(result.allowedActions).toEqual(allowedActions(type, state));
      expect(result.allowedActions).not.toContain(action);
    }
  });

  it('names the allowed actions and next states of a sent opinion', () => {
    expect(allowedActions('procuratorialOpinion', 'sent')).toEqual(['receive', 'return', 'withdraw']);
    expect(nextStates('procuratorialOpinion', 'sent')).toEqual(['received', 'returned', 'withdrawn']);
    expect(isTerminalState('procuratorialOpinion', 'closed')).toBe(true);
    expect(isTerminalState('notification', 'received')).toBe(false);
  });

  it('every table stays inside the declared states and actions, and every state is reachable from draft', () => {
    for (const type of MATTER_TYPES) {
      const table = MATTER_WORKFLOWS[type];
      const reached = new Set<MatterState>([INITIAL_MATTER_STATE]);
      const queue: MatterState[] = [INITIAL_MATTER_STATE];
      while (queue.length > 0) {
        const state = queue.shift() as MatterState;
        for (const next of nextStates(type, state)) {
          if (reached.has(next)) continue;
          reached.add(next);
          queue.push(next);
        }
      }
      for (const [state, edges] of Object.entries(table)) {
        expect(MATTER_STATES).toContain(state);
        expect(reached.has(state as MatterState), `${type}.${state} unreachable`).toBe(true);
        for (const [action, to] of Object.entries(edges ?? {})) {
          expect(MATTER_ACTIONS).toContain(action);
          expect(MATTER_STATES).toContain(to);
        }
      }
      // Every matter can end: closed or withdrawn is reachable.
      expect(reached.has('closed') && reached.has('withdrawn'), type).toBe(true);
    }
  });

  it('property: any sequence of actions either follows the table or is refused without changing state', () => {
    const types = fc.constantFrom(...MATTER_TYPES);
    const actions = fc.array(fc.constantFrom(...MATTER_ACTIONS), { maxLength: 30 });
    fc.assert(
      fc.property(types, actions, (type, sequence) => {
        let state: MatterState = INITIAL_MATTER_STATE;
        for (const action of sequence) {
          const allowed = allowedActions(type, state);
          const result = applyTransition(type, state, action);
          expect(result.ok).toBe(allowed.includes(action));
          if (result.ok) {
            expect(result.to).toBe(MATTER_WORKFLOWS[type][state]?.[action]);
            expect(nextStates(type, state)).toContain(result.to);
            state = result.to;
          } else {
            expect(result.allowedActions).toEqual(allowed);
          }
        }
        // Terminal states are exactly those without actions.
        expect(isTerminalState(type, state)).toBe(allowedActions(type, state).length === 0);
      }),
    );
  });

  it('only the recipient answers and only the sender closes; each answer stops the answering side', () => {
    expect(ACTION_SIDE.reply).toBe('recipient');
    expect(ACTION_SIDE.close).toBe('sender');
    expect(CLOCK_EFFECTS.reply.stops).toBe('recipient');
    expect(CLOCK_EFFECTS.receive.starts).toContain('received');
    expect(CLOCK_EFFECTS.receive.stops).toBe('sender');
  });
});

describe('default deadlines', () => {
  it('a procuratorial suggestion without a stated period has the statutory two months, 15 days when urgent', () => {
    const resolved = resolveClockDeadline('procuratorialSuggestion', undefined);
    expect(resolved.rule).toEqual({ kind: 'months', months: 2 });
    expect(resolved.origin.kind).toBe('default');
    expect(DEFAULT_DEADLINES.procuratorialSuggestion?.urgent).toEqual({ kind: 'calendarDays', days: 15 });
    expect(DEFAULT_DEADLINES.procuratorialSuggestion?.clock).toMatchObject({
      owner: 'recipient',
      startsOn: 'received',
    });
  });

  it('a stated period wins; a type the law gives no period has no due date and says so', () => {
    expect(resolveClockDeadline('consultation', { kind: 'calendarDays', days: 7 }).rule).toEqual({
      kind: 'calendarDays',
      days: 7,
    });
    const none = resolveClockDeadline('consultation', undefined);
    expect(none.rule).toBeNull();
    expect(none.origin.kind === 'none' && none.origin.zh).toContain('不设期满日');
  });
});
