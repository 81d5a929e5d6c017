import { ElMessage, ElMessageBox } from 'element-plus';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { type ApiError, toApiError } from '../api/errors.ts';
import { describeError } from './describe-error.ts';

export interface ConfirmedActionOptions {
  /** Asked first; nothing happens unless the person confirms. */
  readonly confirm?: string;
  /** Said when it worked. */
  readonly done: string;
}

/**
 * Runs one action (mostly the linkage office's): an optional confirmation, the call, a short
 * success notice, or the server's reason in words (never a raw error object).
 */
export function useConfirmedAction() {
  const { t, locale } = useI18n();
  const isBusy = ref(false);

  /** The error as one sentence; `fields` holds the server's field messages for a form. */
  function explain(error: unknown): { text: string; error: ApiError } {
    const apiError = toApiError(error);
    return { text: describeError(apiError, t, locale.value), error: apiError };
  }

  async function run<T>(call: () => Promise<T>, options: ConfirmedActionOptions): Promise<T | null> {
    if (options.confirm) {
      const isConfirmed = await ElMessageBox.confirm(options.confirm, t('admin.confirmTitle'), {
        confirmButtonText: t('admin.confirm'),
        cancelButtonText: t('common.cancel'),
        type: 'warning',
      })
        .then(() => true)
        .catch(() => false);
      if (!isConfirmed) return null;
    }
    isBusy.value = true;
    try {
      const result = await call();
      ElMessage.success(options.done);
      return result;
    } catch (caught) {
      ElMessage.error({ message: explain(caught).text, duration: 6000, showClose: true });
      return null;
    } finally {
      isBusy.value = false;
    }
  }

  return { run, explain, isBusy };
}
