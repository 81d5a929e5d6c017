import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';

/** A small, fast PRNG (sfc32) seeded from text, so a bench data set is the same for the same seed. */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    // cyrb128: spreads any seed text over the four 32-bit words of state.
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0; i < seed.length; i++) {
      const k = seed.charCodeAt(i);
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    this.a = h1 >>> 0;
    this.b = h2 >>> 0;
    this.c = h3 >>> 0;
    this.d = h4 >>> 0;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A version-4-shaped UUID from this stream. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => this.nextUint32().toString(16).padStart(8, '0')).join('');
    const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/**
 * Makes `randomUUID` (node:crypto and the global one) draw from a seeded stream while
 * the template tenants are built through the real services, so their ids — and every
 * clone's — are the same on every run. Returns the function that restores them.
 */
export function seedRandomUuids(stream: () => SeededRandom): () => void {
  const original = crypto.randomUUID;
  const originalGlobal = globalThis.crypto.randomUUID.bind(globalThis.crypto);
  const seeded = (() => stream().uuid()) as typeof crypto.randomUUID;
  crypto.randomUUID = seeded;
  globalThis.crypto.randomUUID = seeded;
  // Services import `randomUUID` by name; this rebinds those live ESM imports.
  syncBuiltinESMExports();
  return () => {
    crypto.randomUUID = original;
    globalThis.crypto.randomUUID = originalGlobal as typeof crypto.randomUUID;
    syncBuiltinESMExports();
  };
}
