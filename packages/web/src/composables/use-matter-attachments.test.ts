import { describe, expect, it } from 'vitest';
import { formatSize } from './use-matter-attachments.ts';

describe('attachment sizes', () => {
  it('reads as people say them', () => {
    expect(formatSize(68)).toBe('68 B');
    expect(formatSize(12_300)).toBe('12 KB');
    expect(formatSize(3_565_158)).toBe('3.4 MB');
  });
});
