import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { likeEscaped } from '../../db/like-pattern.ts';
import { inTenant } from '../../db/tenant-transaction.ts';
import type { AppContext } from '../../http/app-context.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { requireRole, scopeOf } from '../../http/tenant-scope.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { Liaison } from './liaison.entity.ts';
import { Member } from './member.entity.ts';
import { tenantSchema } from './onboarding.schemas.ts';
import { toTenantDto } from './tenant-dto.ts';
import { Unit } from './unit.entity.ts';

const security = [{ bearerAuth: [] }];
const tenantParams = z.object({ tenant: z.string().min(1).max(40) });

const unitSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.string(),
  isMember: z.boolean(),
  sectors: z.array(z.string()),
  roles: z.array(z.string()),
  status: z.string(),
  liaisons: z.array(z.object({ id: z.uuid(), slot: z.number().int(), personName: z.string().nullable() })),
});

/** The tenant's own overview, units, people and audit log (mounted under `/api/t/:tenant`). */
export const tenantRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['tenant'],
        summary: 'The tenant: its jurisdiction, plugin and what it holds',
        security,
        params: tenantParams,
        response: {
          200: z.object({
            tenant: tenantSchema,
            me: z.object({ role: z.string(), unitId: z.string().nullable() }),
            counts: z.object({
              units: z.number().int(),
              memberUnits: z.number().int(),
              members: z.number().int(),
              bodies: z.number().int(),
              meetingSeries: z.number().int(),
              taskListTemplates: z.number().int(),
            }),
          }),
          ...errorResponses(401, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      // Every count in one statement (the home page is the most requested read); row-level
      // security keeps each subquery to this tenant, and tenant_id is named for the indexes.
      const counts = await inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const [row] = await em.execute<HomeCounts[]>(
          `select (select count(*) from unit where tenant_id = ? and status = 'active')::int as units,
                  (select count(*) from unit where tenant_id = ? and status = 'active' and is_member)::int as "memberUnits",
                  (select count(*) from member where tenant_id = ? and status = 'active')::int as members,
                  (select count(*) from body where tenant_id = ?)::int as bodies,
                  (select count(*) from meeting_series where tenant_id = ?)::int as "meetingSeries",
                  (select count(*) from task_list_template where tenant_id = ?)::int as "taskListTemplates"`,
          Array.from({ length: 6 }, () => scope.tenant.id),
        );
        if (!row) throw new Error('counts query returned no row');
        return row;
      });
      return { tenant: toTenantDto(scope.tenant), me: { role: scope.role, unitId: scope.unitId }, counts };
    },
  );

  app.get(
    '/units',
    {
      schema: {
        tags: ['tenant'],
        summary: 'Units (成员单位) and their liaison slots',
        security,
        params: tenantParams,
        response: { 200: z.object({ units: z.array(unitSchema) }), ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const units = await em.find(Unit, {}, { orderBy: { sortOrder: 'asc' } });
        const liaisons = await em.find(Liaison, {}, { orderBy: { slot: 'asc' } });
        return {
          units: units.map((unit) => ({
            id: unit.id,
            key: unit.key,
            name: unit.name,
            aliases: unit.aliases,
            kind: unit.kind,
            isMember: unit.isMember,
            sectors: unit.sectors,
            roles: unit.roles,
            status: unit.status,
            liaisons: liaisons
              .filter((liaison) => liaison.unit.id === unit.id)
              .map((liaison) => ({
                id: liaison.id,
                slot: liaison.slot,
                personName: liaison.personName ?? null,
              })),
          })),
        };
      });
    },
  );

  app.get(
    '/members',
    {
      schema: {
        tags: ['tenant'],
        summary: 'People of the tenant with their units and roles (linkage office)',
        security,
        params: tenantParams,
        response: {
          200: z.object({
            members: z.array(
              z.object({
                id: z.uuid(),
                displayName: z.string(),
                role: z.string(),
                unitId: z.uuid(),
                status: z.string(),
              }),
            ),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin', 'platform_operator']);
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const members = await em.find(Member, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
        return {
          members: members.map((member) => ({
            id: member.id,
            displayName: member.displayName,
            role: member.role,
            unitId: member.unit.id,
            status: member.status,
          })),
        };
      });
    },
  );

  app.get(
    '/audit',
    {
      schema: {
        tags: ['tenant'],
        summary: 'Audit log, newest first (linkage office)',
        security,
        params: tenantParams,
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.iso.datetime({ offset: true }).optional(),
          /** Exactly this action (`matter.send`), or every action under a prefix ending in a dot (`matter.`). */
          action: z.string().trim().min(1).max(100).optional(),
          /** Part of the actor's name. */
          actor: z.string().trim().min(1).max(100).optional(),
          entityType: z.string().trim().min(1).max(60).optional(),
          entityId: z.string().trim().min(1).max(100).optional(),
          /** Days in Beijing time, inclusive. */
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
        }),
        response: {
          200: z.object({
            events: z.array(
              z.object({
                id: z.uuid(),
                occurredAt: z.string(),
                actorLabel: z.string(),
                action: z.string(),
                entityType: z.string(),
                entityId: z.string(),
                before: z.unknown(),
                after: z.unknown(),
                requestId: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin', 'platform_operator']);
      const { limit, before, action, actor, entityType, entityId, from, to } = request.query;
      const occurredAt = {
        ...(before ? { $lt: new Date(before) } : {}),
        ...(from ? { $gte: new Date(`${from}T00:00:00+08:00`) } : {}),
        ...(to ? { $lt: new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000) } : {}),
      };
      const where = {
        ...(Object.keys(occurredAt).length > 0 ? { occurredAt } : {}),
        ...(action ? { action: action.endsWith('.') ? { $like: `${likeEscaped(action)}%` } : action } : {}),
        ...(actor ? { actorLabel: { $ilike: `%${likeEscaped(actor)}%` } } : {}),
        ...(entityType ? { entityType } : {}),
        ...(entityId ? { entityId } : {}),
      };
      return inTenant(ctx.orm, scope.tenant.id, async (em) => {
        const events = await em.find(AuditEvent, where, {
          orderBy: { occurredAt: 'desc', id: 'desc' },
          limit,
        });
        return {
          events: events.map((event) => ({
            id: event.id,
            occurredAt: event.occurredAt.toISOString(),
            actorLabel: event.actorLabel,
            action: event.action,
            entityType: event.entityType,
            entityId: event.entityId,
            before: event.before,
            after: event.after,
            requestId: event.requestId ?? null,
          })),
        };
      });
    },
  );

  app.get(
    '/audit/actions',
    {
      schema: {
        tags: ['tenant'],
        summary: 'The actions that occur in the audit log, for its filter (linkage office)',
        security,
        params: tenantParams,
        response: { 200: z.object({ actions: z.array(z.string()) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      requireRole(scope, ['tenant_admin', 'platform_operator']);
      const rows = await inTenant(ctx.orm, scope.tenant.id, (em) =>
        em.execute<{ action: string }[]>(
          'select distinct action from audit_event where tenant_id = ? order by action',
          [scope.tenant.id],
        ),
      );
      return { actions: rows.map((row) => row.action) };
    },
  );
};

interface HomeCounts {
  units: number;
  memberUnits: number;
  members: number;
  bodies: number;
  meetingSeries: number;
  taskListTemplates: number;
}
