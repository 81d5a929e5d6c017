import { randomBytes, randomUUID } from 'node:crypto';
import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { Account } from '../auth/account.entity.ts';
import { hashPassword } from '../auth/passwords.ts';
import { MEMBER_ROLES, Member, type MemberRow } from '../tenancy/member.entity.ts';
import { Unit } from '../tenancy/unit.entity.ts';
import { actorOf, security, tenantParams } from './admin-support.ts';

const tags = ['admin'];
const memberParams = tenantParams.extend({ memberId: z.uuid() });

const memberDtoSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(MEMBER_ROLES),
  unitId: z.uuid(),
  status: z.string(),
  version: z.number().int(),
});

function memberDto(member: MemberRow, username: string) {
  return {
    id: member.id,
    username,
    displayName: member.displayName,
    role: member.role,
    unitId: member.unit.id,
    status: member.status,
    version: member.version,
  };
}

async function activeUnit(em: EntityManager, unitId: string): Promise<void> {
  const unit = await em.findOne(Unit, { id: unitId });
  if (!unit) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.unitId', message: 'no such unit' }] });
  }
  if (unit.status !== 'active') {
    throw new AppError('ADMIN_UNIT_RETIRED', { fields: [{ path: 'body.unitId', message: 'retired' }] });
  }
}

function notSelf(accountId: string | undefined, memberId: string): void {
  // An office that demotes or disables its last admin by mistake has no one left to undo it.
  if (accountId === memberId) throw new AppError('ADMIN_SELF_CHANGE');
}

/** People: invite to a unit with a role, change role or unit, disable and enable again. */
export const memberAdminRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post(
    '/members',
    {
      schema: {
        tags,
        summary:
          'Invite a person: an account and a member, with a one-time initial password (linkage office)',
        security,
        params: tenantParams,
        body: z.strictObject({
          username: z
            .string()
            .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'lower-case letters, digits, . _ -; 3–64'),
          displayName: z.string().trim().min(1).max(100),
          unitId: z.uuid(),
          role: z.enum(MEMBER_ROLES),
        }),
        response: {
          201: z.object({ member: memberDtoSchema, initialPassword: z.string() }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const body = request.body;
      // Shown once to the office, which hands it over; only its argon2 hash is stored.
      const initialPassword = randomBytes(12).toString('base64url');
      const passwordHash = await hashPassword(initialPassword);
      const now = ctx.clock.now();
      const tenantId = scope.tenant.id;
      try {
        const member = await inTenant(ctx.orm, tenantId, async (em) => {
          await activeUnit(em, body.unitId);
          if (await em.findOne(Account, { username: body.username })) throw new AppError('USERNAME_TAKEN');
          const id = randomUUID();
          em.create(Account, {
            id,
            username: body.username,
            passwordHash,
            displayName: body.displayName,
            tenant: tenantId,
            isOperator: false,
            operatorProvinces: [],
            allProvinces: false,
            failedLogins: 0,
            lockedUntil: null,
            status: 'active',
            createdAt: now,
          });
          await em.flush();
          const created = em.create(Member, {
            tenant: tenantId,
            id,
            unit: [tenantId, body.unitId],
            displayName: body.displayName,
            role: body.role,
            status: 'active',
            createdAt: now,
          });
          await em.flush();
          const dto = memberDto(created, body.username);
          recordAudit(em, {
            tenantId,
            actor: actorOf(request),
            action: 'member.invited',
            entityType: 'member',
            entityId: id,
            after: dto,
            requestId: request.id,
            at: now,
          });
          return dto;
        });
        return reply.status(201).send({ member, initialPassword });
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw new AppError('USERNAME_TAKEN');
        throw error;
      }
    },
  );

  app.patch(
    '/members/:memberId',
    {
      schema: {
        tags,
        summary: 'Change a person’s role, unit or name; applies at their next request (linkage office)',
        security,
        params: memberParams,
        body: z
          .strictObject({
            role: z.enum(MEMBER_ROLES),
            unitId: z.uuid(),
            displayName: z.string().trim().min(1).max(100),
          })
          .partial()
          .refine((body) => Object.keys(body).length > 0, 'give at least one field to change'),
        response: { 200: memberDtoSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const { role, unitId, displayName } = request.body;
      if (role !== undefined || unitId !== undefined) {
        notSelf(request.principal?.accountId, request.params.memberId);
      }
      const now = ctx.clock.now();
      const tenantId = scope.tenant.id;
      return inTenant(ctx.orm, tenantId, async (em) => {
        const member = await em.findOne(Member, { id: request.params.memberId });
        if (!member) throw new AppError('NOT_FOUND');
        const account = await em.findOneOrFail(Account, { id: member.id });
        const before = memberDto(member, account.username);
        if (unitId !== undefined) {
          await activeUnit(em, unitId);
          member.unit = em.getReference(Unit, [tenantId, unitId]);
        }
        if (role !== undefined) member.role = role;
        if (displayName !== undefined) member.displayName = displayName;
        await em.flush();
        const after = memberDto(member, account.username);
        recordAudit(em, {
          tenantId,
          actor: actorOf(request),
          action: 'member.updated',
          entityType: 'member',
          entityId: member.id,
          before,
          after,
          requestId: request.id,
          at: now,
        });
        return after;
      });
    },
  );

  for (const [verb, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    app.post(
      `/members/:memberId/${verb}`,
      {
        schema: {
          tags,
          summary: `${verb === 'disable' ? 'Disable' : 'Enable'} a person’s access at once (linkage office)`,
          security,
          params: memberParams,
          response: { 200: memberDtoSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request) => {
        const scope = scopeOf(request);
        requireRole(scope, ['tenant_admin']);
        notSelf(request.principal?.accountId, request.params.memberId);
        const now = ctx.clock.now();
        const tenantId = scope.tenant.id;
        return inTenant(ctx.orm, tenantId, async (em) => {
          const member = await em.findOne(Member, { id: request.params.memberId });
          if (!member) throw new AppError('NOT_FOUND');
          const account = await em.findOneOrFail(Account, { id: member.id });
          const before = memberDto(member, account.username);
          member.status = status;
          // The account belongs to this tenant alone, so it follows the member.
          account.status = status;
          await em.flush();
          const after = memberDto(member, account.username);
          recordAudit(em, {
            tenantId,
            actor: actorOf(request),
            action: `member.${status === 'disabled' ? 'disabled' : 'enabled'}`,
            entityType: 'member',
            entityId: member.id,
            before,
            after,
            requestId: request.id,
            at: now,
          });
          return after;
        });
      },
    );
  }
};
