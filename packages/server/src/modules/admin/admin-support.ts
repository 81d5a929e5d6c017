import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../audit/audit.ts';

/** Who made a request, for the audit log. */
export function actorOf(request: FastifyRequest): Actor {
  const principal = request.principal;
  return principal ? { id: principal.accountId, label: principal.username } : { id: null, label: 'unknown' };
}

export const security = [{ bearerAuth: [] }];
export const tenantParams = z.object({ tenant: z.string().min(1).max(40) });
