import type { Matter, MatterAction } from '../api/types.ts';

/** Which side of a matter takes each action (mirrors the core workflow; the server checks it again). */
export const ACTION_SIDE: Readonly<Record<MatterAction, 'sender' | 'recipient'>> = {
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

export interface Viewer {
  readonly role: string | null;
  readonly unitId: string | null;
}

/** The actions the state allows that are mine to take: the linkage office both sides, a unit its own side, a leader none. */
export function myActions(
  matter: Pick<Matter, 'allowedActions' | 'fromUnit' | 'to'>,
  viewer: Viewer,
): MatterAction[] {
  if (viewer.role === 'tenant_admin') return [...matter.allowedActions];
  if ((viewer.role !== 'liaison' && viewer.role !== 'staff') || !viewer.unitId) return [];
  const isSender = matter.fromUnit.id === viewer.unitId;
  const isRecipient =
    matter.to.some((party) => party.unit.id === viewer.unitId) || (isSender && matter.to.length === 0);
  // Several recipients each sign for themselves: once mine is signed, receiving is someone else's to do.
  const mineSigned = matter.to.some((party) => party.unit.id === viewer.unitId && party.receivedOn !== null);
  return matter.allowedActions.filter((action) => {
    if (action === 'receive' && mineSigned) return false;
    return ACTION_SIDE[action] === 'sender' ? isSender : isRecipient;
  });
}
