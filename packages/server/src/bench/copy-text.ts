import { createHash } from 'node:crypto';

/** The audit chain's genesis link (as `audit-event.entity.ts`). */
const GENESIS = '0'.repeat(64);

/** A field of PostgreSQL's COPY text format as its value (null for \N). */
export function unescapeCopy(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  return field.replace(/\\(.)/g, (_, char: string) => {
    switch (char) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      default:
        return char;
    }
  });
}

/** `2026-01-05 02:00:00.12+00` (a session in UTC) → `2026-01-05T02:00:00.120000Z`, as the chain hashes it. */
export function utcIsoMicros(timestamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d+))?\+00$/.exec(timestamp);
  if (!match) throw new Error(`unexpected timestamp "${timestamp}" (is the session in UTC?)`);
  return `${match[1]}T${match[2]}.${(match[3] ?? '').padEnd(6, '0')}Z`;
}

/**
 * Rewrites `seq`, `prev_hash` and `hash` of one tenant's audit rows (COPY text lines in
 * seq order) exactly as the `audit_event_chain_fn` trigger computes them and
 * `verifyAuditChain` checks them, so the load can run with the trigger off.
 */
export function rechainAudit(lines: readonly string[], columns: readonly string[]): string[] {
  const at = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`audit_event has no column ${name}`);
    return index;
  };
  const [seqAt, prevAt, hashAt] = [at('seq'), at('prev_hash'), at('hash')];
  const parts = [
    'tenant_id',
    'id',
    'occurred_at',
    'actor_id',
    'actor_label',
    'action',
    'entity_type',
    'entity_id',
  ]
    .concat(['before', 'after', 'request_id'])
    .map(at);
  let previous = GENESIS;
  return lines.map((line, index) => {
    const fields = line.split('\t');
    const seq = String(index + 1);
    const values = parts.map((position, k) => {
      const value = unescapeCopy(fields[position] ?? '\\N');
      return k === 2 && value !== null ? utcIsoMicros(value) : (value ?? '');
    });
    const hash = createHash('sha256')
      .update([previous, seq, ...values].join('|'), 'utf8')
      .digest('hex');
    fields[seqAt] = seq;
    fields[prevAt] = previous;
    fields[hashAt] = hash;
    previous = hash;
    return fields.join('\t');
  });
}
