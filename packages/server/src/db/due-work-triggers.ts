/**
 * Triggers that keep the scheduler's "who has work today" marks right whoever
 * writes the rows (migration 0007; the sweep itself is in
 * modules/scheduler/due-work.ts). Declared on the entities so the schema the
 * migrations build and the one the entities describe stay the same.
 */

/**
 * Arms `matter_clock.light_check_on` at `due_on - 45` (the light sweep's
 * look-ahead, earlier than any yellow threshold a plugin sets) whenever a
 * clock is inserted or its due date or status changes; clears it when the
 * clock stops running. The sweep's own update of the column alone is kept.
 */
export const LIGHT_ARM_TRIGGER = {
  name: 'light_arm',
  timing: 'before' as const,
  events: ['insert' as const, 'update' as const],
  forEach: 'row' as const,
  body: `
    if tg_op = 'INSERT' or new.due_on is distinct from old.due_on or new.status is distinct from old.status then
      new.light_check_on := case when new.status = 'running' and new.due_on is not null then new.due_on - 45 end;
    end if;
    return new;`,
};

/**
 * A change to a tenant's units or plugin snapshot can open or close periodic
 * obligations: the tenant's mark is cleared so the next sweep looks. Only an
 * update of an existing mark (no mark already means "look"), so a tenant
 * import restoring rows in any order never collides with it. Unconditional,
 * so it waits for a sweep holding the mark and clears what that sweep wrote.
 */
export const OBLIGATIONS_MARK_TRIGGER = {
  name: 'due_work_obligations',
  timing: 'after' as const,
  events: ['insert' as const, 'update' as const],
  forEach: 'row' as const,
  body: `
    update due_work_mark set obligations_on = null where tenant_id = new.tenant_id;
    return null;`,
};
