import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/audit.ts';

/** The signed-in caller as the audit log names them. */
export function requestActor(request: FastifyRequest): Actor {
  const principal = request.principal;
  return principal ? { id: principal.accountId, label: principal.username } : { id: null, label: 'unknown' };
}
