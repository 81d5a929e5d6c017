import type { Command } from 'commander';
import { inTenant } from '../db/tenant-transaction.ts';
import { verifyAuditChain } from '../modules/audit/audit-chain.ts';
import { Tenant } from '../modules/tenancy/tenant.entity.ts';
import { runCommand, UsageError, withDatabase } from './cli-support.ts';

/** `liandong audit verify <tenant>`: recompute the tenant's hash chain and report the first broken link. */
export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('check the tamper-evident audit log');
  audit
    .command('verify')
    .argument('<tenant>', 'tenant code')
    .description('recompute the tenant’s audit hash chain; exit 1 at the first broken link')
    .action((code: string) =>
      runCommand(async () => {
        const report = await withDatabase(async (database) => {
          const tenant = await database.orm.em.fork().findOne(Tenant, { code });
          if (!tenant) throw new UsageError(`no tenant "${code}"`);
          return inTenant(database.orm, tenant.id, (em) => verifyAuditChain(em, tenant.id));
        });
        if (report.firstBroken) {
          const { seq, eventId, reason } = report.firstBroken;
          const why = {
            gap: 'an event is missing before it',
            link: 'it does not link to the event before it',
            hash: 'its content was changed',
          };
          process.stdout.write(
            `BROKEN at event #${seq} (${eventId}): ${why[reason]}; ${report.checked} events before it are intact\n`,
          );
          process.exitCode = 1;
          return;
        }
        process.stdout.write(`OK: ${report.checked} events, chain intact\n`);
      }),
    );
}
