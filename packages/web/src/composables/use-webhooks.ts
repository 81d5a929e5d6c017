import { ElMessageBox } from 'element-plus';
import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, unwrap } from '../api/client.ts';
import { useConfirmedAction } from './use-confirmed-action.ts';
import { useResource } from './use-resource.ts';
import { useTenantParam } from './use-tenant-param.ts';

interface EndpointRef {
  readonly id: string;
  readonly url: string;
}

/** Endpoints that receive the tenant's events (e.g. a county OA system): add, list, disable, enable. */
export function useWebhooks() {
  const { t } = useI18n();
  const tenant = useTenantParam();
  const { run, explain } = useConfirmedAction();
  const endpoints = useResource(() =>
    unwrap(api.GET('/api/t/{tenant}/webhooks', { params: { path: { tenant: tenant.value } } })),
  );
  const form = reactive({ url: '', description: '', urlError: '', error: '', isSaving: false });
  const path = (endpoint: EndpointRef) => ({ tenant: tenant.value, endpointId: endpoint.id });

  async function add(): Promise<void> {
    form.error = '';
    form.urlError = /^https?:\/\/\S+$/.test(form.url.trim()) ? '' : t('admin.urlInvalid');
    if (form.isSaving || form.urlError) return;
    form.isSaving = true;
    try {
      const description = form.description.trim();
      const created = await unwrap(
        api.POST('/api/t/{tenant}/webhooks', {
          params: { path: { tenant: tenant.value } },
          body: { url: form.url.trim(), ...(description ? { description } : {}) },
        }),
      );
      Object.assign(form, { url: '', description: '' });
      await endpoints.reload();
      // The signing secret is shown this once; the receiving system needs it to check signatures.
      await ElMessageBox.alert(
        t('admin.webhookSecret', { secret: created.secret }),
        t('admin.webhookAdded'),
        {
          confirmButtonText: t('admin.passwordNoted'),
        },
      ).catch(() => undefined);
    } catch (caught) {
      const { text, error } = explain(caught);
      form.urlError = error.fields.url ? text : '';
      form.error = text;
    } finally {
      form.isSaving = false;
    }
  }

  async function disable(endpoint: EndpointRef): Promise<void> {
    const done = await run(
      () =>
        unwrap(
          api.POST('/api/t/{tenant}/webhooks/{endpointId}/disable', { params: { path: path(endpoint) } }),
        ),
      { confirm: t('admin.webhookDisableConfirm', { url: endpoint.url }), done: t('admin.webhookDisabled') },
    );
    if (done) await endpoints.reload();
  }

  async function enable(endpoint: EndpointRef): Promise<void> {
    const done = await run(
      () =>
        unwrap(
          api.POST('/api/t/{tenant}/webhooks/{endpointId}/enable', { params: { path: path(endpoint) } }),
        ),
      { done: t('admin.webhookEnabled') },
    );
    if (done) await endpoints.reload();
  }

  /** Queues a test event, so the receiving system's administrator can check it arrives and verifies. */
  async function ping(endpoint: EndpointRef): Promise<void> {
    await run(
      () =>
        unwrap(api.POST('/api/t/{tenant}/webhooks/{endpointId}/ping', { params: { path: path(endpoint) } })),
      { done: t('admin.webhookPinged', { url: endpoint.url }) },
    );
  }

  return { endpoints, form, add, disable, enable, ping };
}
