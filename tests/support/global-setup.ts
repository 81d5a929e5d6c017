import { bootstrapDatabase, migrate, OWNER_ROLE } from '@liandong/server';
import type { TestProject } from 'vitest/node';
import { openDatabaseSource } from './database-source.ts';
import {
  TEMPLATE_DATABASE,
  TEST_PASSWORDS,
  type TestDatabaseInfo,
  withCredentials,
} from './test-database-info.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseInfo;
  }
}

/** Starts one PostgreSQL for the run and migrates a template database every test file copies. */
export default async function setup(project: TestProject) {
  const source = await openDatabaseSource();
  await bootstrapDatabase(source.adminUrl, TEMPLATE_DATABASE, TEST_PASSWORDS);
  const templateOwnerUrl = withCredentials(
    source.adminUrl,
    TEMPLATE_DATABASE,
    OWNER_ROLE,
    TEST_PASSWORDS.owner,
  );
  await migrate(templateOwnerUrl, TEST_PASSWORDS.app);
  project.provide('testDatabase', { adminUrl: source.adminUrl, kind: source.kind });
  return async () => {
    await source.stop();
  };
}
