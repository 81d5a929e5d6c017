import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { scopeOf } from '../../http/tenant-scope.ts';
import { recordAudit } from '../audit/audit.ts';
import {
  ATTACHMENT_MAX_BYTES,
  postgresAttachmentStore,
  safeFileName,
  sniffType,
} from './attachment-store.ts';
import { callerOf, loadVisibleMatter } from './matter-access.ts';
import { inMatterTransaction } from './matter-transaction.ts';
import { matterParams, security } from './schemas.ts';

const attachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});

/** Reads the one uploaded file, within the size limit; 413/415/400 with our codes otherwise. */
async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: 'Send the file as multipart/form-data.' });
  const part = await request.file({ limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1 } });
  if (!part) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.file', message: 'no file was sent' }] });
  }
  try {
    const content = await part.toBuffer();
    // The size check inside toBuffer can miss a limit reached on the last chunk: the stream says it was cut.
    if (part.file.truncated) throw new AppError('MATTER_ATTACHMENT_TOO_LARGE');
    return { content, clientName: part.filename };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('MATTER_ATTACHMENT_TOO_LARGE');
    throw error;
  }
}

/** Files on a matter: PDF, images, Office documents and text, sniffed by content, stored in PostgreSQL. */
export const matterAttachmentRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  await app.register(multipart, { limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5 } });
  const store = postgresAttachmentStore;

  app.post(
    '/matters/:id/attachments',
    {
      schema: {
        tags: ['matters'],
        summary:
          'Attach a file (multipart/form-data, field `file`, at most 10 MiB: PDF, PNG, JPEG, DOCX, XLSX, text)',
        description:
          'The type is judged by the file’s content, not its name or declared type; the stored name is ours. ' +
          'Anyone who sees the matter, except read-only leaders and operators.',
        security,
        params: matterParams,
        consumes: ['multipart/form-data'],
        response: { 201: attachmentSchema, ...errorResponses(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const caller = callerOf(request, scope);
      if (scope.role === 'leader' || scope.role === 'platform_operator') throw new AppError('FORBIDDEN');
      const meta = await inMatterTransaction(ctx, scope.tenant.id, null, async (em) => {
        // Visibility first: an outsider learns nothing from a 413 or 415.
        const { matter } = await loadVisibleMatter(em, scope, request.params.id);
        const { content, clientName } = await readUpload(request);
        const type = sniffType(content);
        if (!type) throw new AppError('MATTER_ATTACHMENT_TYPE');
        const now = ctx.clock.now();
        const stored = await store.put(em, {
          tenantId: scope.tenant.id,
          matterId: matter.id,
          fileName: safeFileName(clientName, type),
          type,
          content,
          uploadedBy: caller.actor.id,
          at: now,
        });
        recordAudit(em, {
          tenantId: scope.tenant.id,
          actor: caller.actor,
          action: 'matter.attached',
          entityType: 'matter',
          entityId: matter.id,
          after: {
            attachmentId: stored.id,
            fileName: stored.fileName,
            size: stored.size,
            sha256: stored.sha256,
          },
          requestId: caller.requestId,
          at: now,
        });
        return stored;
      });
      return reply.status(201).send(meta);
    },
  );

  app.get(
    '/matters/:id/attachments',
    {
      schema: {
        tags: ['matters'],
        summary: 'Files on a matter',
        security,
        params: matterParams,
        response: { 200: z.object({ attachments: z.array(attachmentSchema) }), ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inMatterTransaction(ctx, scope.tenant.id, null, async (em) => {
        const { matter } = await loadVisibleMatter(em, scope, request.params.id);
        return { attachments: await store.list(em, matter.id) };
      });
    },
  );

  app.get(
    '/matters/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['matters'],
        summary: 'Download a file (404 when the matter or the file is not there for the caller)',
        security,
        params: matterParams.extend({ attachmentId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const file = await inMatterTransaction(ctx, scope.tenant.id, null, async (em) => {
        const { matter } = await loadVisibleMatter(em, scope, request.params.id);
        return store.get(em, matter.id, request.params.attachmentId);
      });
      if (!file) throw new AppError('NOT_FOUND');
      return reply
        .header('content-type', file.meta.contentType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.meta.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );
};
