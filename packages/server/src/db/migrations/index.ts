import type { MigrationObject } from '@mikro-orm/core';
import { Migration0001Initial } from './migration-0001-initial.ts';
import { Migration0002AppRoleGrants } from './migration-0002-app-role-grants.ts';
import { Migration0003Matters } from './migration-0003-matters.ts';
import { Migration0004TaskListsMeetings } from './migration-0004-task-lists-meetings.ts';
import { Migration0005Scheduler } from './migration-0005-scheduler.ts';
import { Migration0006AuditChain } from './migration-0006-audit-chain.ts';
import { Migration0007DueWorkFinder } from './migration-0007-due-work-finder.ts';
import { Migration0008TaskTreeIndexes } from './migration-0008-task-tree-indexes.ts';

/** Every migration, in order. Listed here (not discovered from disk) so they run the same from source or a bundle. */
export const migrations: MigrationObject[] = [
  { name: 'Migration0001Initial', class: Migration0001Initial },
  { name: 'Migration0002AppRoleGrants', class: Migration0002AppRoleGrants },
  { name: 'Migration0003Matters', class: Migration0003Matters },
  { name: 'Migration0004TaskListsMeetings', class: Migration0004TaskListsMeetings },
  { name: 'Migration0005Scheduler', class: Migration0005Scheduler },
  { name: 'Migration0006AuditChain', class: Migration0006AuditChain },
  { name: 'Migration0007DueWorkFinder', class: Migration0007DueWorkFinder },
  { name: 'Migration0008TaskTreeIndexes', class: Migration0008TaskTreeIndexes },
];
