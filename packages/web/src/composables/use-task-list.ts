import { ElMessage } from 'element-plus';
import { computed, reactive, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, authFetch, unwrap } from '../api/client.ts';
import { ApiError, isApiErrorBody, toApiError } from '../api/errors.ts';
import type { Measure } from '../api/types.ts';
import { canReportOn, measureRows } from '../components/task-list/task-list-rows.ts';
import { useSessionStore } from '../stores/session.ts';
import { useTenantStore } from '../stores/tenant.ts';
import { describeError } from './describe-error.ts';
import { useResource } from './use-resource.ts';
import { shanghaiToday } from './use-tenant-home.ts';
import { useTenantParam } from './use-tenant-param.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The year's task list: the table, progress and inspections, completion, spreadsheet export and import. */
export function useTaskList() {
  const { t, locale } = useI18n();
  const tenant = useTenantParam();
  const session = useSessionStore();
  const tenantStore = useTenantStore();
  const year = ref(Number(shanghaiToday().slice(0, 4)));
  const listId = ref('');
  const role = computed(() => tenantStore.overview?.me.role ?? session.role);
  const unitId = computed(() => tenantStore.overview?.me.unitId ?? session.me?.unitId ?? null);
  const isOffice = computed(() => role.value === 'tenant_admin');
  const errorText = (caught: unknown) => describeError(toApiError(caught), t, locale.value);

  const lists = useResource(async () => {
    const { taskLists } = await unwrap(
      api.GET('/api/t/{tenant}/task-lists', {
        params: { path: { tenant: tenant.value }, query: { year: year.value } },
      }),
    );
    if (!taskLists.some((list) => list.id === listId.value)) listId.value = taskLists[0]?.id ?? '';
    return taskLists;
  });
  const listPath = () => ({ tenant: tenant.value, listId: listId.value });
  const list = useResource(
    () => unwrap(api.GET('/api/t/{tenant}/task-lists/{listId}', { params: { path: listPath() } })),
    { immediate: false },
  );
  const completion = useResource(
    () => unwrap(api.GET('/api/t/{tenant}/task-lists/{listId}/completion', { params: { path: listPath() } })),
    { immediate: false },
  );
  const units = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/units', { params: { path: { tenant: tenant.value } } })),
  );
  const unitName = computed(() => {
    const names = new Map((units.data.value?.units ?? []).map((unit) => [unit.id, unit.name]));
    return (id: string) => names.get(id) ?? '—';
  });

  watch(year, () => void lists.reload());
  watch(listId, (id) => {
    if (!id) return;
    void list.reload();
    void completion.reload();
  });

  const rows = computed(() => (list.data.value ? measureRows(list.data.value) : []));
  const canReport = (measure: Measure) => canReportOn(measure, role.value, unitId.value);

  async function refresh(): Promise<void> {
    await Promise.all([list.reload(), completion.reload()]);
  }

  // 填报进展
  const progress = reactive({ measure: null as Measure | null, text: '', error: '', isSaving: false });
  function startProgress(measure: Measure): void {
    Object.assign(progress, { measure, text: '', error: '' });
  }
  async function saveProgress(): Promise<void> {
    const measure = progress.measure;
    if (!measure) return;
    if (!progress.text.trim()) {
      progress.error = t('taskList.reportRequired');
      return;
    }
    progress.isSaving = true;
    try {
      await unwrap(
        api.POST('/api/t/{tenant}/task-lists/{listId}/measures/{measureId}/progress', {
          params: { path: { ...listPath(), measureId: measure.id } },
          body: { text: progress.text.trim() },
        }),
      );
      progress.measure = null;
      ElMessage.success(t('taskList.reported'));
      await refresh();
    } catch (caught) {
      const error = toApiError(caught);
      progress.error = error.fields.text ?? errorText(error);
    } finally {
      progress.isSaving = false;
    }
  }

  // 督导检查 (office)
  const inspection = reactive({
    measure: null as Measure | null,
    inspectedOn: shanghaiToday(),
    inspectors: '',
    findings: '',
    error: '',
    isSaving: false,
  });
  function startInspection(measure: Measure): void {
    Object.assign(inspection, {
      measure,
      inspectedOn: shanghaiToday(),
      inspectors: '',
      findings: '',
      error: '',
    });
  }
  async function saveInspection(): Promise<void> {
    const measure = inspection.measure;
    if (!measure) return;
    if (!inspection.findings.trim()) {
      inspection.error = t('taskList.findingsRequired');
      return;
    }
    inspection.isSaving = true;
    try {
      await unwrap(
        api.POST('/api/t/{tenant}/task-lists/{listId}/measures/{measureId}/inspections', {
          params: { path: { ...listPath(), measureId: measure.id } },
          body: {
            inspectedOn: inspection.inspectedOn,
            findings: inspection.findings.trim(),
            ...(inspection.inspectors.trim() ? { inspectors: inspection.inspectors.trim() } : {}),
          },
        }),
      );
      inspection.measure = null;
      ElMessage.success(t('taskList.inspected'));
    } catch (caught) {
      inspection.error = errorText(caught);
    } finally {
      inspection.isSaving = false;
    }
  }

  async function setDone(measure: Measure, done: boolean): Promise<void> {
    try {
      await unwrap(
        api.POST('/api/t/{tenant}/task-lists/{listId}/measures/{measureId}/completion', {
          params: { path: { ...listPath(), measureId: measure.id } },
          body: { done },
        }),
      );
      await refresh();
    } catch (caught) {
      ElMessage.error(errorText(caught));
    }
  }

  /** A list was just started (from a template or empty): show it. */
  async function showCreated(id: string): Promise<void> {
    ElMessage.success(t('taskList.created'));
    await lists.reload();
    listId.value = id;
  }

  async function exportSheet(): Promise<void> {
    const response = await authFetch(
      new Request(`${location.origin}/api/t/${tenant.value}/task-lists/${listId.value}/export.xlsx`),
    ).catch(() => null);
    if (!response?.ok) {
      ElMessage.error(t('errors.generic'));
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `${list.data.value?.title ?? 'task-list'}.xlsx`;
    link.click();
    URL.revokeObjectURL(url);
  }

  const importError = ref('');
  async function importSheet(file: File): Promise<void> {
    importError.value = '';
    const response = await authFetch(
      new Request(`${location.origin}/api/t/${tenant.value}/task-lists/import`, {
        method: 'POST',
        headers: { 'content-type': XLSX },
        body: await file.arrayBuffer(),
      }),
    ).catch(() => null);
    if (!response) {
      importError.value = t('errors.network');
      return;
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new ApiError(response.status, isApiErrorBody(body) ? body : undefined);
      const rows = Object.values(error.fields).slice(0, 5);
      importError.value = [describeError(error, t, locale.value), ...rows].join('；');
      return;
    }
    ElMessage.success(t('taskList.imported'));
    await lists.reload();
    if (body && typeof body === 'object' && 'id' in body) listId.value = String(body.id);
  }

  return {
    year,
    listId,
    lists,
    list,
    completion,
    rows,
    unitName,
    isOffice,
    canReport,
    progress,
    startProgress,
    saveProgress,
    inspection,
    startInspection,
    saveInspection,
    setDone,
    showCreated,
    exportSheet,
    importSheet,
    importError,
  };
}
