import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTenant } from '../../db/tenant-transaction.ts';
import { AppError } from '../../errors.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { recordAudit } from '../audit/audit.ts';
import { Liaison, type LiaisonRow } from '../tenancy/liaison.entity.ts';
import { Member } from '../tenancy/member.entity.ts';
import { Unit, type UnitRow } from '../tenancy/unit.entity.ts';
import { actorOf, security, tenantParams } from './admin-support.ts';
import {
  createUnitSchema,
  liaisonDtoSchema,
  liaisonSchema,
  unitDtoSchema,
  updateUnitSchema,
} from './unit-admin.schemas.ts';

const unitParams = tenantParams.extend({ unitId: z.uuid() });
const tags = ['admin'];

function unitDto(unit: UnitRow) {
  return {
    id: unit.id,
    key: unit.key,
    name: unit.name,
    kind: unit.kind,
    isMember: unit.isMember,
    aliases: unit.aliases,
    sectors: unit.sectors,
    sortOrder: unit.sortOrder,
    status: unit.status,
    version: unit.version,
  };
}

function liaisonDto(liaison: LiaisonRow) {
  return {
    id: liaison.id,
    unitId: liaison.unit.id,
    slot: liaison.slot,
    personName: liaison.personName ?? null,
    phone: liaison.phone ?? null,
    memberId: liaison.memberId ?? null,
  };
}

async function unitOr404(em: EntityManager, unitId: string): Promise<UnitRow> {
  const unit = await em.findOne(Unit, { id: unitId });
  if (!unit) throw new AppError('NOT_FOUND');
  return unit;
}

/**
 * The linkage office edits its units and liaisons after onboarding. A unit is
 * retired, never deleted: old matters keep pointing at it, pickers hide it.
 */
export const unitAdminRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post(
    '/units',
    {
      schema: {
        tags,
        summary: 'Add a unit with its liaison slots (linkage office)',
        security,
        params: tenantParams,
        body: createUnitSchema,
        response: { 201: unitDtoSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const body = request.body;
      const now = ctx.clock.now();
      const tenantId = scope.tenant.id;
      const created = await inTenant(ctx.orm, tenantId, async (em) => {
        if (await em.findOne(Unit, { key: body.key })) {
          throw new AppError('ADMIN_UNIT_KEY_TAKEN', { fields: [{ path: 'body.key', message: 'taken' }] });
        }
        const last = await em.findOne(Unit, {}, { orderBy: { sortOrder: 'desc' } });
        const unit = em.create(Unit, {
          tenant: tenantId,
          id: randomUUID(),
          key: body.key,
          name: body.name,
          aliases: body.aliases,
          kind: body.kind,
          isMember: body.isMember,
          sectors: body.sectors,
          roles: [],
          liaisonSlots: body.liaisonSlots,
          sortOrder: (last?.sortOrder ?? 0) + 1,
          status: 'active',
          createdAt: now,
        });
        await em.flush();
        for (let slot = 1; slot <= body.liaisonSlots; slot++) {
          em.create(Liaison, {
            tenant: tenantId,
            id: randomUUID(),
            unit: [tenantId, unit.id],
            slot,
            personName: null,
            phone: null,
            memberId: null,
            createdAt: now,
          });
        }
        recordAudit(em, {
          tenantId,
          actor: actorOf(request),
          action: 'unit.created',
          entityType: 'unit',
          entityId: unit.id,
          after: unitDto(unit),
          requestId: request.id,
          at: now,
        });
        await em.flush();
        return unitDto(unit);
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/units/:unitId',
    {
      schema: {
        tags,
        summary: 'Rename or edit a unit (linkage office)',
        security,
        params: unitParams,
        body: updateUnitSchema,
        response: { 200: unitDtoSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const now = ctx.clock.now();
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const unit = await unitOr404(em, request.params.unitId);
        const before = unitDto(unit);
        em.assign(unit, request.body);
        await em.flush();
        recordAudit(em, {
          tenantId: scope.tenant.id,
          actor: actorOf(request),
          action: 'unit.updated',
          entityType: 'unit',
          entityId: unit.id,
          before,
          after: unitDto(unit),
          requestId: request.id,
          at: now,
        });
        return unitDto(unit);
      });
    },
  );

  for (const [verb, status] of [
    ['retire', 'retired'],
    ['reinstate', 'active'],
  ] as const) {
    app.post(
      `/units/:unitId/${verb}`,
      {
        schema: {
          tags,
          summary:
            verb === 'retire'
              ? 'Retire a unit: hidden from pickers, kept on old records (linkage office)'
              : 'Bring a retired unit back (linkage office)',
          security,
          params: unitParams,
          response: { 200: unitDtoSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const scope = scopeOf(request);
        requireRole(scope, ['tenant_admin']);
        const now = ctx.clock.now();
        return inTenant(ctx.orm, scope.tenant.id, async (em) => {
          const unit = await unitOr404(em, request.params.unitId);
          if (unit.status === status) return unitDto(unit);
          const before = unitDto(unit);
          unit.status = status;
          await em.flush();
          recordAudit(em, {
            tenantId: scope.tenant.id,
            actor: actorOf(request),
            action: `unit.${status === 'retired' ? 'retired' : 'reinstated'}`,
            entityType: 'unit',
            entityId: unit.id,
            before,
            after: unitDto(unit),
            requestId: request.id,
            at: now,
          });
          return unitDto(unit);
        });
      },
    );
  }

  app.put(
    '/units/:unitId/liaisons/:slot',
    {
      schema: {
        tags,
        summary: 'Name the person in a liaison slot (联络员), or clear it (linkage office)',
        security,
        params: unitParams.extend({ slot: z.coerce.number().int().min(1).max(5) }),
        body: liaisonSchema,
        response: { 200: liaisonDtoSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin']);
      const now = ctx.clock.now();
      const tenantId = scope.tenant.id;
      return inTenant(ctx.orm, tenantId, async (em) => {
        const unit = await unitOr404(em, request.params.unitId);
        const { memberId } = request.body;
        if (memberId && !(await em.findOne(Member, { id: memberId }))) {
          throw new AppError('VALIDATION_FAILED', {
            fields: [{ path: 'body.memberId', message: 'no such member in this tenant' }],
          });
        }
        let liaison = await em.findOne(Liaison, { unit: [tenantId, unit.id], slot: request.params.slot });
        const before = liaison ? liaisonDto(liaison) : null;
        if (!liaison) {
          if (request.params.slot > unit.liaisonSlots + 1) throw new AppError('NOT_FOUND');
          liaison = em.create(Liaison, {
            tenant: tenantId,
            id: randomUUID(),
            unit: [tenantId, unit.id],
            slot: request.params.slot,
            createdAt: now,
          });
          unit.liaisonSlots = Math.max(unit.liaisonSlots, request.params.slot);
        }
        liaison.personName = request.body.personName;
        liaison.phone = request.body.phone;
        liaison.memberId = memberId;
        await em.flush();
        recordAudit(em, {
          tenantId,
          actor: actorOf(request),
          action: 'liaison.updated',
          entityType: 'liaison',
          entityId: liaison.id,
          before,
          after: liaisonDto(liaison),
          requestId: request.id,
          at: now,
        });
        return liaisonDto(liaison);
      });
    },
  );
};
