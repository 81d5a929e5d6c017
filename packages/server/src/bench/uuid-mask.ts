import { SeededRandom } from './seeded-random.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const HEX = '0123456789abcdef';

/**
 * Maps every UUID of a template tenant's rows to the clone's by XOR with a per-clone
 * mask: a bijection, so keys stay unique and references (columns, arrays, jsonb) stay
 * consistent without a lookup table; the version and variant nibbles are kept.
 */
export class UuidMask {
  /** The XOR of each of a UUID's 36 characters (0 for the dashes, version and variant). */
  readonly nibbleMask: Uint8Array;

  constructor(seed: string) {
    const random = new SeededRandom(seed);
    this.nibbleMask = new Uint8Array(36);
    for (let i = 0; i < 36; i++) {
      const isFixed = i === 8 || i === 13 || i === 14 || i === 18 || i === 19 || i === 23;
      this.nibbleMask[i] = isFixed ? 0 : random.int(16);
    }
  }

  uuid(text: string): string {
    let out = '';
    for (let i = 0; i < 36; i++) {
      const code = text.charCodeAt(i);
      if (code === 45) {
        out += '-';
        continue;
      }
      const value = code < 58 ? code - 48 : code - 87;
      out += HEX[value ^ (this.nibbleMask[i] ?? 0)];
    }
    return out;
  }

  /** Every UUID in a line of COPY text, wherever it sits (key, array, jsonb, text). */
  line(text: string): string {
    return text.replace(UUID, (match) => this.uuid(match));
  }
}
