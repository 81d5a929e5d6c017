/**
 * Writes the API's OpenAPI document to `packages/web/src/api/openapi.json`
 * without a database: the ORM is constructed without connecting, and building the
 * app only registers routes. The web UI's typed client is generated from it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { buildApp } from '../src/app.ts';
import { systemClock } from '../src/clock.ts';
import { loadConfig } from '../src/config.ts';
import { ormConfig } from '../src/db/orm.ts';
import { loadInstalledPlugins } from '../src/modules/plugins/plugin-registry.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = process.argv[2] ?? path.resolve(here, '../../web/src/api/openapi.json');

// The constructor does not connect (MikroORM.init would).
const orm = new MikroORM(ormConfig({ url: 'postgresql://openapi@127.0.0.1:1/none' }));
const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'openapi-document-writer-secret-000000' });
const app = await buildApp({ orm, config, clock: systemClock, plugins: await loadInstalledPlugins() });
await app.ready();
const document = app.swagger();
await writeFile(target, `${JSON.stringify(document, null, 2)}\n`);
await app.close();
await orm.close(true);
console.log(`OpenAPI document written to ${path.relative(process.cwd(), target)}`);
