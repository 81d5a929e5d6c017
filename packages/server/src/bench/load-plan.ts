import type pg from 'pg';
import type { PluginRegistry } from '../modules/plugins/plugin-registry.ts';

/** What the load needs of one tenant: its admin, its current list and measures, some matters. */
export interface LoadTenant {
  readonly code: string;
  readonly username: string;
  token: string;
  readonly listId: string;
  readonly measures: readonly { id: string; unitId: string }[];
  readonly matterIds: readonly string[];
  readonly ruleKeys: readonly string[];
}

/** One HTTP request of the workload, for one tenant. */
export interface PlannedRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
}

export type EndpointName =
  | 'home'
  | 'mattersList'
  | 'matterDetail'
  | 'taskList'
  | 'dashboard'
  | 'createMatter'
  | 'transition'
  | 'progressReport';

export const READS: readonly EndpointName[] = [
  'home',
  'mattersList',
  'matterDetail',
  'taskList',
  'dashboard',
];
export const WRITES: readonly EndpointName[] = ['createMatter', 'transition', 'progressReport'];

/** The list filters the mix rotates through (the single-endpoint run uses the first, as the floor does). */
const LIST_FILTERS = [
  'state=sent',
  'type=procuratorialSuggestion',
  'light=red',
  'sort=due',
  'state=received&sort=due',
];

let counter = 0;
const next = <T>(items: readonly T[]): T => items[counter++ % items.length] as T;

/** A draft the session created: `transition` sends it at the version the create returned. */
export interface CreatedDraft {
  readonly id: string;
  readonly version: number;
  /** `send`, or `submit` for the types a unit submits (reports, reviews), as the draft allows. */
  readonly action: 'send' | 'submit';
}

/** What `transition` needs of a create's answer. */
export function createdDraft(view: { id: string; version: number; allowedActions: string[] }): CreatedDraft {
  return {
    id: view.id,
    version: view.version,
    action: view.allowedActions.includes('submit') ? 'submit' : 'send',
  };
}

/** The request of an endpoint for a tenant; `transition` sends the draft `created` returned. */
export function plannedRequest(
  name: EndpointName,
  tenant: LoadTenant,
  today: string,
  created?: CreatedDraft,
  rotate = true,
): PlannedRequest {
  const base = `/api/t/${tenant.code}`;
  switch (name) {
    case 'home':
      return { method: 'GET', path: `${base}/` };
    case 'mattersList':
      return {
        method: 'GET',
        path: `${base}/matters?${rotate ? next(LIST_FILTERS) : LIST_FILTERS[0]}&limit=20`,
      };
    case 'matterDetail':
      return { method: 'GET', path: `${base}/matters/${next(tenant.matterIds)}` };
    case 'taskList':
      return { method: 'GET', path: `${base}/task-lists/${tenant.listId}` };
    case 'dashboard':
      return { method: 'GET', path: `${base}/task-lists/${tenant.listId}/completion` };
    case 'createMatter':
      return {
        method: 'POST',
        path: `${base}/matters`,
        body: {
          ruleKey: next(tenant.ruleKeys),
          title: `基准测试事项 ${counter}`,
          decidedOn: today,
          periodEnd: today,
        },
      };
    case 'transition':
      // A rule whose clock starts on the decision stores its draft twice (version 2): send what the create returned.
      return {
        method: 'POST',
        path: `${base}/matters/${created?.id ?? 'none'}/actions/${created?.action ?? 'send'}`,
        body: { version: created?.version ?? 1 },
      };
    case 'progressReport': {
      const measure = next(tenant.measures);
      return {
        method: 'POST',
        path: `${base}/task-lists/${tenant.listId}/measures/${measure.id}/progress`,
        body: { text: '基准测试进展报告', unitId: measure.unitId },
      };
    }
  }
}

/**
 * A user session of the mix: 27 reads and 3 writes (9 to 1) — the home page, lists with
 * filters, details, the task list and its figures; a new draft, sending it, a progress report.
 */
export const MIX_SESSION: readonly EndpointName[] = [
  'home',
  'mattersList',
  'matterDetail',
  'matterDetail',
  'mattersList',
  'taskList',
  'dashboard',
  'createMatter',
  'transition',
  'mattersList',
  'matterDetail',
  'home',
  'dashboard',
  'taskList',
  'matterDetail',
  'mattersList',
  'progressReport',
  'matterDetail',
  'home',
  'mattersList',
  'dashboard',
  'taskList',
  'matterDetail',
  'mattersList',
  'home',
  'dashboard',
  'matterDetail',
  'mattersList',
  'taskList',
  'home',
];

/** Tenants spread over the whole data set (every k-th), with what their requests need. */
export async function loadTenants(
  client: pg.Client,
  plugins: PluginRegistry,
  sample: number,
  year: number,
): Promise<LoadTenant[]> {
  const { rows } = await client.query<{
    id: string;
    code: string;
    plugin_id: string;
    list_id: string | null;
  }>(
    `with numbered as (select t.*, row_number() over (order by code) as n, count(*) over () as total from tenant t where code like 't%')
     select id, code, plugin_id,
       (select l.id from task_list l where l.tenant_id = numbered.id and l.year = $2 order by l.created_at limit 1) as list_id
     from numbered where (n - 1) % greatest(1, total / $1) = 0 order by code limit $1`,
    [sample, year],
  );
  const tenants: LoadTenant[] = [];
  for (const row of rows) {
    if (!row.list_id) continue;
    const measures = await client.query<{ id: string; unit_id: string }>(
      `select m.id, coalesce(m.lead_unit_ids[1], m.unit_ids[1]) as unit_id from measure m
         join task t on t.tenant_id = m.tenant_id and t.id = m.task_id
         join task_area a on a.tenant_id = t.tenant_id and a.id = t.area_id
        where m.tenant_id = $1 and a.task_list_id = $2 and coalesce(m.lead_unit_ids[1], m.unit_ids[1]) is not null
        order by m.id limit 10`,
      [row.id, row.list_id],
    );
    const matters = await client.query<{ id: string }>(
      `select id from matter where tenant_id = $1 order by id limit 20`,
      [row.id],
    );
    const ruleKeys = plugins.get(row.plugin_id)?.manifest.matterRules.map((rule) => rule.key) ?? [];
    if (measures.rows.length === 0 || matters.rows.length === 0 || ruleKeys.length === 0) continue;
    tenants.push({
      code: row.code,
      username: `${row.code}-admin`,
      token: '',
      listId: row.list_id,
      measures: measures.rows.map((measure) => ({ id: measure.id, unitId: measure.unit_id })),
      matterIds: matters.rows.map((matter) => matter.id),
      ruleKeys,
    });
  }
  return tenants;
}
