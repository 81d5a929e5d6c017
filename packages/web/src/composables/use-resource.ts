import { computed, type Ref, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { type ApiError, toApiError } from '../api/errors.ts';
import { describeError } from './describe-error.ts';

export interface Resource<T> {
  readonly data: Ref<T | null>;
  readonly isLoading: Ref<boolean>;
  readonly error: Ref<ApiError | null>;
  /** The error as one sentence that says what to do. */
  readonly errorText: Ref<string>;
  reload(): Promise<void>;
}

/** Loads something from the API with loading and error states a page can show as they are. */
export function useResource<T>(loader: () => Promise<T>, options: { immediate?: boolean } = {}): Resource<T> {
  const { t, locale } = useI18n();
  const data = shallowRef<T | null>(null) as Ref<T | null>;
  const isLoading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const errorText = computed(() => (error.value ? describeError(error.value, t, locale.value) : ''));

  async function reload(): Promise<void> {
    isLoading.value = true;
    error.value = null;
    try {
      data.value = await loader();
    } catch (caught) {
      error.value = toApiError(caught);
    } finally {
      isLoading.value = false;
    }
  }

  if (options.immediate ?? true) void reload();
  return { data, isLoading, error, errorText, reload };
}
