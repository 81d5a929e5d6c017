import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, unwrap } from '../api/client.ts';
import { useConfirmedAction } from './use-confirmed-action.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

type LocalDayKind = 'rest' | 'working';
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The tenant's own rest and working days (a local holiday, a make-up day) that move deadlines. */
export function useLocalDays() {
  const { t } = useI18n();
  const tenant = useTenantParam();
  const { run, explain } = useConfirmedAction();
  const days = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/calendar/local-days', { params: { path: { tenant: tenant.value } } })),
  );
  const current = computed(() =>
    (days.data.value?.days ?? [])
      .filter((day) => day.removedAt === null)
      .sort((a, b) => a.date.localeCompare(b.date)),
  );
  const form = reactive({
    date: '',
    kind: 'rest' as LocalDayKind,
    name: '',
    errors: { date: '', name: '' },
    error: '',
    isSaving: false,
  });

  /** How many deadlines the last change moved, said after each change. */
  const lastRecomputed = ref('');

  function check(): boolean {
    form.errors.date = DATE_PATTERN.test(form.date) ? '' : t('admin.dateRequired');
    form.errors.name = form.name.trim() ? '' : t('admin.required');
    return !form.errors.date && !form.errors.name;
  }

  async function add(): Promise<void> {
    form.error = '';
    if (form.isSaving || !check()) return;
    form.isSaving = true;
    try {
      const added = await unwrap(
        api.POST('/api/t/{tenant}/calendar/local-days', {
          params: { path: { tenant: tenant.value } },
          body: { date: form.date, kind: form.kind, name: form.name.trim() },
        }),
      );
      Object.assign(form, { date: '', name: '' });
      lastRecomputed.value = t('admin.recomputed', added.recomputed);
      await days.reload();
    } catch (caught) {
      const { text, error } = explain(caught);
      form.errors.date = error.fields.date ? text : '';
      form.errors.name = error.fields.name ? text : '';
      form.error = text;
    } finally {
      form.isSaving = false;
    }
  }

  async function remove(day: { id: string; date: string; name: string }): Promise<void> {
    const removed = await run(
      () =>
        unwrap(
          api.POST('/api/t/{tenant}/calendar/local-days/{dayId}/remove', {
            params: { path: { tenant: tenant.value, dayId: day.id } },
          }),
        ),
      {
        confirm: t('admin.removeDayConfirm', { date: day.date, name: day.name }),
        done: t('admin.dayRemoved', { date: day.date }),
      },
    );
    if (removed) {
      lastRecomputed.value = t('admin.recomputed', removed.recomputed);
      await days.reload();
    }
  }

  return { days, current, form, add, remove, lastRecomputed };
}
