/**
 * Writes a new migration with the difference between the entities and a
 * database migrated to the latest committed migration. Developer tool:
 * `pnpm --filter @liandong/server migration:create [name]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bootstrapDatabase, OWNER_ROLE } from '../src/db/database-roles.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { createOrm } from '../src/db/orm.ts';

const name = process.argv[2];
const dir = await mkdtemp(path.join(os.tmpdir(), 'liandong-migration-'));
const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: 54390 });
try {
  await bootstrapDatabase(cluster.superuserUrl(), 'liandong', { owner: 'owner-pass', app: 'app-pass' });
  const url = new URL(cluster.superuserUrl('liandong'));
  url.username = OWNER_ROLE;
  url.password = 'owner-pass';
  const orm = await createOrm({ url: url.toString() });
  try {
    await orm.migrator.up();
    const result = await orm.migrator.create(undefined, false, false, name);
    console.log(
      result.fileName ? `wrote ${result.fileName}` : 'no changes: the entities match the migrations',
    );
  } finally {
    await orm.close();
  }
} finally {
  await cluster.stop();
  await rm(dir, { recursive: true, force: true });
}
