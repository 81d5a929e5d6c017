import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for reading a task list's tree in order (list → areas → tasks →
 * measures) and each measure's latest progress report: without them each step
 * read all of the tenant's rows of that table, every year's list included.
 */
export class Migration0008TaskTreeIndexes extends Migration {
  override name = 'Migration0008TaskTreeIndexes';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "task_area_tenant_id_task_list_id_sort_order_index" on "task_area" ("tenant_id", "task_list_id", "sort_order");`,
    );
    this.addSql(
      `create index "task_tenant_id_area_id_sort_order_index" on "task" ("tenant_id", "area_id", "sort_order");`,
    );
    this.addSql(
      `create index "measure_tenant_id_task_id_sort_order_index" on "measure" ("tenant_id", "task_id", "sort_order");`,
    );
    this.addSql(
      `create index "measure_progress_tenant_id_measure_id_reported_at_id_index" on "measure_progress" ("tenant_id", "measure_id", "reported_at", "id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "measure_progress_tenant_id_measure_id_reported_at_id_index";`);
    this.addSql(`drop index "measure_tenant_id_task_id_sort_order_index";`);
    this.addSql(`drop index "task_tenant_id_area_id_sort_order_index";`);
    this.addSql(`drop index "task_area_tenant_id_task_list_id_sort_order_index";`);
  }
}
