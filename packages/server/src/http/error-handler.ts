import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorBody, type FieldProblem } from '../errors.ts';

/** Maps every failure to the error catalogue: users get a code and a message, never a stack trace. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    if (appError.code === 'DATABASE_UNAVAILABLE') reply.header('retry-after', '5');
    return reply.status(appError.status).send(errorBody(appError, request.id));
  });
}

/** Unknown paths: the web UI's index for its client-side routes when it is served, a coded 404 otherwise. */
export function installNotFound(app: FastifyInstance, isServingWeb: boolean): void {
  app.setNotFoundHandler((request, reply) => {
    if (isServingWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.status(404).send(errorBody(new AppError('NOT_FOUND'), request.id));
  });
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: FieldProblem[] = error.validation.map((issue) => ({
      path: fieldPath(error.validationContext, issue.instancePath),
      message: issue.message ?? 'invalid',
    }));
    const summary = fields.map((field) => `${field.path}: ${field.message}`).join('; ');
    return new AppError('VALIDATION_FAILED', { message: `The request is invalid: ${summary}`, fields });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('MALFORMED_JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('BODY_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('MALFORMED_JSON', { message: 'The Content-Length does not match the body.' });
    default:
      break;
  }
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return new AppError('MALFORMED_JSON', { message: 'The request could not be read.' });
  }
  if (error.statusCode === 429) return new AppError('RATE_LIMITED');
  if (error.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (error.statusCode === 413) return new AppError('BODY_TOO_LARGE');
  if (isDatabaseDown(error)) return new AppError('DATABASE_UNAVAILABLE');
  return new AppError('INTERNAL');
}

/** `body.admin.password` rather than `/admin/password`: names the field as the client wrote it. */
function fieldPath(context: string | undefined, instancePath: string): string {
  const parts = instancePath.split('/').filter((part) => part.length > 0);
  return [context ?? 'body', ...parts].join('.');
}

const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P03',
  '08006',
  '08001',
]);

function isDatabaseDown(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_ERRORS.has(code)) return true;
    const name = (current as { name?: unknown }).name;
    if (name === 'ConnectionException') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
