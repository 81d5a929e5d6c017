import { ElMessage } from 'element-plus';
import { type Ref, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, unwrap } from '../api/client.ts';
import type { MatterAttachment } from '../api/types.ts';
import { useConfirmedAction } from './use-confirmed-action.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

/** The server's limit; checked here too so a large file is not sent only to be refused. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** A size people read: 12 KB, 3.4 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Files on a matter: the list, upload (the server judges the type by content), download. */
export function useMatterAttachments(matterId: Ref<string>) {
  const { t } = useI18n();
  const tenant = useTenantParam();
  const { explain } = useConfirmedAction();
  const path = () => ({ tenant: tenant.value, id: matterId.value });
  const list = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/matters/{id}/attachments', { params: { path: path() } })),
  );
  const uploadError = ref('');
  const isUploading = ref(false);

  async function upload(file: File): Promise<void> {
    uploadError.value = '';
    if (file.size > ATTACHMENT_MAX_BYTES) {
      uploadError.value = t('attachments.tooLarge', { name: file.name });
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    isUploading.value = true;
    try {
      await unwrap(
        api.POST('/api/t/{tenant}/matters/{id}/attachments', {
          params: { path: path() },
          // The route takes multipart/form-data, which the OpenAPI document does not describe as a body.
          body: form as never,
        }),
      );
      ElMessage.success(t('attachments.uploaded', { name: file.name }));
      await list.reload();
    } catch (caught) {
      uploadError.value = `${file.name}：${explain(caught).text}`;
    } finally {
      isUploading.value = false;
    }
  }

  async function download(file: MatterAttachment): Promise<void> {
    try {
      const blob = await unwrap(
        api.GET('/api/t/{tenant}/matters/{id}/attachments/{attachmentId}', {
          params: { path: { ...path(), attachmentId: file.id } },
          parseAs: 'blob',
        }),
      );
      const url = URL.createObjectURL(blob as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      ElMessage.error({ message: explain(caught).text, showClose: true });
    }
  }

  return { list, upload, download, uploadError, isUploading };
}
