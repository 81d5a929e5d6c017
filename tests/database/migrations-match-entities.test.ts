import { createOrm, type MikroORM } from '@liandong/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  database = await createTestDatabase();
  orm = await createOrm({ url: database.ownerUrl, poolMax: 1 });
});
afterAll(async () => {
  await orm.close(true);
  await database.drop();
});

describe('committed migrations', () => {
  it('produce exactly the schema the entities describe (a change to an entity needs its migration)', async () => {
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(sql.trim()).toBe('');
  });
});
