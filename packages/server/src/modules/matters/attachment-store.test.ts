import { describe, expect, it } from 'vitest';
import { safeFileName, sniffType } from './attachment-store.ts';

const bytes = (...values: number[]) => Buffer.from(values);

describe('sniffType', () => {
  it.each([
    [Buffer.from('%PDF-1.7\n'), 'application/pdf'],
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    [
      Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('....word/document.xml')]),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('....xl/workbook.xml')]),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    [Buffer.from('回复意见：已移送公安机关。\r\n\t第二行'), 'text/plain; charset=utf-8'],
  ])('recognises %#', (content, type) => {
    expect(sniffType(content)?.contentType).toBe(type);
  });

  it.each([
    ['an executable', bytes(0x4d, 0x5a, 0x90, 0x00)],
    [
      'a zip that is not an Office document',
      Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('evil.sh')]),
    ],
    ['invalid UTF-8', bytes(0xc3, 0x28)],
    ['text with NUL bytes', Buffer.from('abc\u0000def')],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s', (_name, content) => {
    expect(sniffType(content)).toBeNull();
  });
});

describe('safeFileName', () => {
  const pdf = { contentType: 'application/pdf', extension: 'pdf' };
  it('keeps only the last segment, drops path and control characters, and uses the sniffed extension', () => {
    expect(safeFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(safeFileName('C:\\Users\\a\\检察意见书.exe', pdf)).toBe('检察意见书.pdf');
    expect(safeFileName('..\u0000hidden', pdf)).toBe('hidden.pdf');
    expect(safeFileName(undefined, pdf)).toBe('attachment.pdf');
    expect(safeFileName('a<b>:c"|?*.pdf', pdf)).toBe('abc.pdf');
  });
});
