import { createHash } from 'node:crypto';
import { unescapeCopy, utcIsoMicros } from './copy-text.ts';
import type { UuidMask } from './uuid-mask.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const HASHED = [
  'tenant_id',
  'id',
  'occurred_at',
  'actor_id',
  'actor_label',
  'action',
  'entity_type',
  'entity_id',
].concat(['before', 'after', 'request_id']);

/** One audit row's fixed places in the template's bytes (a UUID keeps its length when masked). */
interface AuditRow {
  readonly seq: string;
  /** Start and end of each hashed field; -1 for a null (hashed as ''). */
  readonly fields: Int32Array;
  /** Fields whose COPY text has escapes, hashed from their unescaped value. */
  readonly escaped: ReadonlySet<number>;
  readonly occurred: string;
  readonly prevAt: number;
  readonly hashAt: number;
}

/**
 * A template tenant's rows of one table as COPY text bytes, with every UUID's byte
 * offset found once: a clone is then a copy of the bytes with those places XOR-masked
 * (and, for the audit log, its hash chain recomputed in place), with no parsing per clone.
 */
export interface TemplateRows {
  readonly bytes: Buffer;
  readonly rows: number;
  readonly uuidAt: Int32Array;
  readonly audit: readonly AuditRow[] | null;
}

export function prepareRows(
  lines: readonly string[],
  columns: readonly string[],
  isAudit: boolean,
): TemplateRows {
  const bytes = Buffer.from(lines.length > 0 ? `${lines.join('\n')}\n` : '', 'utf8');
  // As latin1 every byte is one character, so match offsets are byte offsets.
  const binary = bytes.toString('latin1');
  const offsets: number[] = [];
  for (const match of binary.matchAll(UUID)) offsets.push(match.index);
  return {
    bytes,
    rows: lines.length,
    uuidAt: Int32Array.from(offsets),
    audit: isAudit ? auditRows(binary, columns) : null,
  };
}

function auditRows(binary: string, columns: readonly string[]): AuditRow[] {
  const at = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`audit_event has no column ${name}`);
    return index;
  };
  const hashed = HASHED.map(at);
  const [seqAt, prevAt, hashAt, occurredAt] = [at('seq'), at('prev_hash'), at('hash'), at('occurred_at')];
  const rows: AuditRow[] = [];
  let lineStart = 0;
  while (lineStart < binary.length) {
    const lineEnd = binary.indexOf('\n', lineStart);
    const starts: number[] = [];
    const ends: number[] = [];
    let start = lineStart;
    for (;;) {
      const tab = binary.indexOf('\t', start);
      const end = tab < 0 || tab > lineEnd ? lineEnd : tab;
      starts.push(start);
      ends.push(end);
      if (end === lineEnd) break;
      start = end + 1;
    }
    const field = (index: number) => binary.slice(starts[index], ends[index]);
    const fields = new Int32Array(hashed.length * 2);
    const escaped = new Set<number>();
    hashed.forEach((column, k) => {
      const isNull = field(column) === '\\N';
      fields[k * 2] = isNull ? -1 : (starts[column] ?? 0);
      fields[k * 2 + 1] = isNull ? -1 : (ends[column] ?? 0);
      if (!isNull && field(column).includes('\\')) escaped.add(k);
    });
    rows.push({
      seq: field(seqAt),
      fields,
      escaped,
      occurred: utcIsoMicros(field(occurredAt)),
      prevAt: starts[prevAt] ?? 0,
      hashAt: starts[hashAt] ?? 0,
    });
    lineStart = lineEnd + 1;
  }
  return rows;
}

const HEX_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 16; i++) HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i;
const HEX_CHAR = Uint8Array.from('0123456789abcdef', (char) => char.charCodeAt(0));
const BAR = Buffer.from('|');
const GENESIS = '0'.repeat(64);

/** The clone's COPY text: the template's bytes with its mask applied and, for the audit log, the chain rewritten. */
export function cloneRows(template: TemplateRows, mask: UuidMask): Buffer {
  const out = Buffer.allocUnsafe(template.bytes.length);
  template.bytes.copy(out);
  const nibbles = mask.nibbleMask;
  for (const offset of template.uuidAt) {
    for (let k = 0; k < 36; k++) {
      const flip = nibbles[k] ?? 0;
      if (flip !== 0) out[offset + k] = HEX_CHAR[(HEX_VALUE[out[offset + k] ?? 0] ?? 0) ^ flip] ?? 0;
    }
  }
  if (template.audit) rechain(out, template.audit);
  return out;
}

/** The chain as `audit_event_chain_fn` computes it and `verifyAuditChain` checks it; seqs are the template's (1…n). */
function rechain(out: Buffer, rows: readonly AuditRow[]): void {
  let previous = GENESIS;
  for (const row of rows) {
    const hash = createHash('sha256');
    hash.update(previous);
    hash.update(BAR);
    hash.update(row.seq);
    for (let k = 0; k < HASHED.length; k++) {
      hash.update(BAR);
      const start = row.fields[k * 2] ?? -1;
      const end = row.fields[k * 2 + 1] ?? -1;
      if (start < 0) continue;
      if (k === 2) hash.update(row.occurred);
      else if (row.escaped.has(k)) hash.update(unescapeCopy(out.toString('utf8', start, end)) ?? '', 'utf8');
      else hash.update(out.subarray(start, end));
    }
    const digest = hash.digest('hex');
    out.write(previous, row.prevAt, 'latin1');
    out.write(digest, row.hashAt, 'latin1');
    previous = digest;
  }
}
