import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MatterAttachment, type MatterAttachmentRow } from './matter-extras.entity.ts';

/** The largest file a matter takes. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** What we store about a file besides its bytes. */
export interface AttachmentMeta {
  readonly id: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly uploadedBy: string | null;
  readonly createdAt: string;
}

/** A file as sniffed from its content: what it is, whatever the client claimed. */
export interface SniffedType {
  readonly contentType: string;
  readonly extension: string;
}

/**
 * Where attachment bytes live. PostgreSQL for now (one store to back up, RLS
 * applies to files too); an object store can implement the same interface.
 */
export interface AttachmentStore {
  put(
    em: EntityManager,
    input: {
      readonly tenantId: string;
      readonly matterId: string;
      readonly fileName: string;
      readonly type: SniffedType;
      readonly content: Buffer;
      readonly uploadedBy: string | null;
      readonly at: Date;
    },
  ): Promise<AttachmentMeta>;
  list(em: EntityManager, matterId: string): Promise<AttachmentMeta[]>;
  get(
    em: EntityManager,
    matterId: string,
    id: string,
  ): Promise<{ meta: AttachmentMeta; content: Buffer } | null>;
}

function metaOf(row: MatterAttachmentRow): AttachmentMeta {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const startsWith = (content: Buffer, bytes: readonly number[]) =>
  bytes.every((byte, index) => content[index] === byte);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Control characters other than tab, newline, form feed and carriage return mean binary. */
function isBinaryControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(code)) || code === 0x7f;
}

/**
 * The file's type by its magic bytes: PDF, PNG, JPEG, DOCX/XLSX (a zip with
 * the Office part that names it) or plain UTF-8 text. Anything else is null:
 * the client's declared type and name are never trusted.
 */
export function sniffType(content: Buffer): SniffedType | null {
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { contentType: 'application/pdf', extension: 'pdf' };
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { contentType: 'image/png', extension: 'png' };
  }
  if (startsWith(content, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) {
    // Part names are stored uncompressed in the zip's headers.
    if (content.includes('word/document.xml')) {
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    }
    if (content.includes('xl/workbook.xml')) {
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    }
    return null;
  }
  if (content.length === 0) return null;
  try {
    const text = utf8.decode(content);
    return [...text].some(isBinaryControl)
      ? null
      : { contentType: 'text/plain; charset=utf-8', extension: 'txt' };
  } catch {
    return null;
  }
}

/**
 * A display name that is only a name: the last path segment of what the
 * client sent, without control or path characters, its extension replaced by
 * the sniffed one. Never used as a path: bytes live in the database.
 */
export function safeFileName(clientName: string | undefined, type: SniffedType): string {
  const base = (clientName ?? '').split(/[\\/]/).at(-1) ?? '';
  const cleaned = base
    .split('')
    .filter((char) => char.charCodeAt(0) > 0x1f && char.charCodeAt(0) !== 0x7f && !'<>:"|?*'.includes(char))
    .join('')
    .replace(/^\.+/, '')
    .trim();
  const stem = cleaned.replace(/\.[^.]*$/, '').slice(0, 100) || 'attachment';
  return `${stem}.${type.extension}`;
}

/** Files in PostgreSQL, as bytea rows of `matter_attachment`. */
export const postgresAttachmentStore: AttachmentStore = {
  async put(em, input) {
    const row = em.create(MatterAttachment, {
      tenant: input.tenantId,
      id: randomUUID(),
      matter: [input.tenantId, input.matterId],
      fileName: input.fileName,
      contentType: input.type.contentType,
      size: input.content.length,
      sha256: createHash('sha256').update(input.content).digest('hex'),
      content: input.content,
      uploadedBy: input.uploadedBy,
      createdAt: input.at,
    });
    return metaOf(row);
  },
  async list(em, matterId) {
    const rows = await em.find(
      MatterAttachment,
      { matter: { id: matterId } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return rows.map(metaOf);
  },
  async get(em, matterId, id) {
    const row = await em.findOne(
      MatterAttachment,
      { id, matter: { id: matterId } },
      { populate: ['content'] },
    );
    return row ? { meta: metaOf(row), content: Buffer.from(row.content) } : null;
  },
};
