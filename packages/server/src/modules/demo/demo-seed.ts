import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.ts';
import { inTenant } from '../../db/tenant-transaction.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.ts';
import { Account } from '../auth/account.entity.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { PluginRegistry } from '../plugins/plugin-registry.ts';
import { Member, type MemberRole } from '../tenancy/member.entity.ts';
import { onboardTenant } from '../tenancy/onboarding.service.ts';
import { Tenant } from '../tenancy/tenant.entity.ts';
import { Unit } from '../tenancy/unit.entity.ts';

export const DEMO_OPERATOR = 'operator';

export interface DemoSeedDeps {
  readonly orm: MikroORM;
  readonly plugins: PluginRegistry;
  readonly clock: Clock;
  readonly password: string;
  readonly isProduction: boolean;
}

export interface DemoSeedResult {
  readonly seeded: boolean;
  readonly tenants: readonly string[];
  readonly usernames: readonly string[];
}

/** The demo staff of each tenant besides its admin: a liaison, a staff member and a leader of other units. */
const DEMO_STAFF: readonly { suffix: string; role: MemberRole; name: string }[] = [
  { suffix: 'liaison', role: 'liaison', name: '联络员' },
  { suffix: 'staff', role: 'staff', name: '工作人员' },
  { suffix: 'leader', role: 'leader', name: '领导' },
];

/**
 * On first run (no accounts yet): the operator `operator` for all provinces,
 * and one tenant per installed plugin that names its jurisdiction, coded by
 * the plugin id, with `<code>-admin` and a few staff. Never in production.
 */
export async function seedDemo(deps: DemoSeedDeps): Promise<DemoSeedResult> {
  if (deps.isProduction) throw new Error('the demo seed refuses to run in production mode');
  const em = deps.orm.em.fork();
  if ((await em.count(Account, {})) > 0) return { seeded: false, tenants: [], usernames: [] };
  const now = deps.clock.now();
  const passwordHash = await hashPassword(deps.password);
  await em.fork().transactional(async (tx) => {
    tx.create(Account, {
      id: randomUUID(),
      username: DEMO_OPERATOR,
      passwordHash,
      displayName: '省级运营人员',
      tenant: null,
      isOperator: true,
      operatorProvinces: [],
      allProvinces: true,
      failedLogins: 0,
      lockedUntil: null,
      status: 'active',
      createdAt: now,
    });
  });
  const tenants: string[] = [];
  const usernames = [DEMO_OPERATOR];
  for (const plugin of deps.plugins.list()) {
    const { manifest } = plugin;
    if (!manifest.jurisdiction.divisionCode) continue;
    const code = manifest.id;
    await onboardTenant(
      deps,
      {
        code,
        name: manifest.jurisdiction.name,
        pluginId: manifest.id,
        admin: {
          username: `${code}-admin`,
          password: deps.password,
          displayName: `${manifest.jurisdiction.name}联动办管理员`,
        },
      },
      { kind: 'system' },
    );
    tenants.push(code);
    usernames.push(`${code}-admin`, ...(await addDemoStaff(deps, code, passwordHash, now)));
  }
  return { seeded: true, tenants, usernames };
}

async function addDemoStaff(
  deps: DemoSeedDeps,
  code: string,
  passwordHash: string,
  now: Date,
): Promise<string[]> {
  const tenant = await deps.orm.em.fork().findOneOrFail(Tenant, { code });
  return inTenant(deps.orm, tenant.id, async (em) => {
    const units = await em.find(Unit, { isMember: true }, { orderBy: { sortOrder: 'asc' } });
    const usernames: string[] = [];
    DEMO_STAFF.forEach((staff, index) => {
      const unit = units[(index + 1) % units.length] ?? units[0];
      if (!unit) return;
      const id = randomUUID();
      const username = `${code}-${staff.suffix}`;
      em.create(Account, {
        id,
        username,
        passwordHash,
        displayName: `${unit.name}${staff.name}`,
        tenant: tenant.id,
        isOperator: false,
        operatorProvinces: [],
        allProvinces: false,
        failedLogins: 0,
        lockedUntil: null,
        status: 'active',
        createdAt: now,
      });
      em.create(Member, {
        tenant: tenant.id,
        id,
        unit: [tenant.id, unit.id],
        displayName: `${unit.name}${staff.name}`,
        role: staff.role,
        status: 'active',
        createdAt: now,
      });
      recordAudit(em, {
        tenantId: tenant.id,
        actor: SYSTEM_ACTOR,
        action: 'member.created',
        entityType: 'member',
        entityId: id,
        after: { username, role: staff.role, unitId: unit.id },
        at: now,
      });
      usernames.push(username);
    });
    await em.flush();
    return usernames;
  });
}
