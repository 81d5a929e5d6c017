import { computed, type Ref, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, unwrap } from '../api/client.ts';
import { toApiError } from '../api/errors.ts';
import type { TaskListTemplate } from '../api/types.ts';
import { describeError, describeFieldError } from './describe-error.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

/** The choice that starts an empty list rather than a template. */
export const EMPTY_CHOICE = '';

/** The template made for this year, else one made for no particular year, else an empty list. */
export function defaultChoice(templates: readonly TaskListTemplate[], year: number): string {
  return (
    templates.find((template) => template.year === year)?.key ??
    templates.find((template) => template.year === null)?.key ??
    EMPTY_CHOICE
  );
}

/** Starting a year's task list (linkage office): from one of the plugin's templates, or empty. */
export function useTaskListCreate(year: Ref<number>, onCreated: (id: string) => Promise<void> | void) {
  const { t, locale } = useI18n();
  const tenant = useTenantParam();
  const templates = useResource(async () => {
    const answer = await unwrap(
      api.GET('/api/t/{tenant}/task-list-templates', { params: { path: { tenant: tenant.value } } }),
    );
    return answer.templates;
  });
  const choice = ref(EMPTY_CHOICE);
  const title = ref('');
  const titleError = ref('');
  const error = ref('');
  const isCreating = ref(false);

  watch([() => templates.data.value, year], ([list]) => {
    choice.value = defaultChoice(list ?? [], year.value);
  });
  const chosen = computed(() => templates.data.value?.find((template) => template.key === choice.value));

  async function create(): Promise<void> {
    if (isCreating.value) return;
    error.value = '';
    titleError.value = '';
    isCreating.value = true;
    try {
      const trimmed = title.value.trim();
      const created = await unwrap(
        api.POST('/api/t/{tenant}/task-lists', {
          params: { path: { tenant: tenant.value } },
          body: {
            year: year.value,
            ...(choice.value !== EMPTY_CHOICE ? { templateKey: choice.value } : {}),
            ...(choice.value === EMPTY_CHOICE && trimmed ? { title: trimmed } : {}),
          },
        }),
      );
      title.value = '';
      await onCreated(created.id);
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.fields.title)
        titleError.value = describeFieldError(apiError, apiError.fields.title, t, locale.value);
      error.value = describeError(apiError, t, locale.value);
    } finally {
      isCreating.value = false;
    }
  }

  return { templates, choice, chosen, title, titleError, error, isCreating, create };
}
