import { describe, expect, it } from 'vitest';
import { CORE_ERRORS, CoreException, coreError, unwrap } from './errors.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('error catalogue', () => {
  it('gives every code a zh and an en message with the same placeholders', () => {
    for (const [code, { zh, en }] of Object.entries(CORE_ERRORS)) {
      expect(code).toMatch(/^CORE_[A-Z_]+$/);
      expect(zh.length, code).toBeGreaterThan(0);
      expect(en.length, code).toBeGreaterThan(0);
      expect(placeholders(zh), code).toEqual(placeholders(en));
    }
  });

  it('renders parameters and throws them as CoreException from unwrap', () => {
    const error = coreError('CORE_INVALID_DATE', { value: '2026-02-30' });
    expect(error.en).toBe('invalid date: 2026-02-30 (expected an existing YYYY-MM-DD date)');
    expect(error.zh).toContain('2026-02-30');
    expect(() => unwrap({ ok: false, error })).toThrow(CoreException);
    expect(unwrap({ ok: true, value: 1 })).toBe(1);
  });
});
