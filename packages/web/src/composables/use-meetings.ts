import { ElMessage } from 'element-plus';
import { computed, reactive, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { api, unwrap } from '../api/client.ts';
import { toApiError } from '../api/errors.ts';
import type { Meeting, MeetingDetail } from '../api/types.ts';
import { useSessionStore } from '../stores/session.ts';
import { useTenantStore } from '../stores/tenant.ts';
import { describeError } from './describe-error.ts';
import { useResource } from './use-resource.ts';
import { shanghaiToday } from './use-tenant-home.ts';
import { useTenantParam } from './use-tenant-param.ts';

/** Meetings by day, for the calendar view. */
export function meetingsByDay(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const days = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    if (!meeting.scheduledOn) continue;
    days.set(meeting.scheduledOn, [...(days.get(meeting.scheduledOn) ?? []), meeting]);
  }
  return days;
}

/** The year's meetings (list and calendar), one meeting's agenda, minutes and decisions, and the calendar feed. */
export function useMeetings() {
  const { t, locale } = useI18n();
  const tenant = useTenantParam();
  const session = useSessionStore();
  const tenantStore = useTenantStore();
  const year = ref(Number(shanghaiToday().slice(0, 4)));
  const isOffice = computed(() => (tenantStore.overview?.me.role ?? session.role) === 'tenant_admin');
  const canPropose = computed(() =>
    ['tenant_admin', 'liaison', 'staff'].includes(tenantStore.overview?.me.role ?? ''),
  );
  const errorText = (caught: unknown) => describeError(toApiError(caught), t, locale.value);
  const path = () => ({ tenant: tenant.value });

  const meetings = useResource(async () => {
    const { meetings: list } = await unwrap(
      api.GET('/api/t/{tenant}/meetings', { params: { path: path(), query: { year: year.value } } }),
    );
    return [...list].sort((a, b) => (a.scheduledOn ?? '9999').localeCompare(b.scheduledOn ?? '9999'));
  });
  watch(year, () => void meetings.reload());
  const byDay = computed(() => meetingsByDay(meetings.data.value ?? []));
  const units = useResource(() => unwrap(api.GET('/api/t/{tenant}/units', { params: { path: path() } })));
  const unitName = computed(() => {
    const names = new Map((units.data.value?.units ?? []).map((unit) => [unit.id, unit.name]));
    return (id: string | null) => (id ? (names.get(id) ?? '—') : '—');
  });

  async function scheduleYear(): Promise<void> {
    try {
      await unwrap(
        api.POST('/api/t/{tenant}/meetings/schedule', {
          params: { path: path() },
          body: { year: year.value },
        }),
      );
      ElMessage.success(t('meetings.scheduled', { year: year.value }));
      await meetings.reload();
    } catch (caught) {
      ElMessage.error(errorText(caught));
    }
  }

  // One meeting, in a drawer.
  const openId = ref<string | null>(null);
  const detail = useResource<MeetingDetail | null>(
    async () =>
      openId.value
        ? unwrap(
            api.GET('/api/t/{tenant}/meetings/{meetingId}', {
              params: { path: { ...path(), meetingId: openId.value } },
            }),
          )
        : null,
    { immediate: false },
  );
  const meetingPath = () => ({ ...path(), meetingId: openId.value ?? '' });
  function open(meeting: Meeting): void {
    openId.value = meeting.id;
    minutes.text = '';
    void detail.reload().then(() => {
      minutes.text = detail.data.value?.minutes ?? '';
    });
  }

  const proposal = reactive({ title: '', description: '', error: '' });
  async function propose(): Promise<void> {
    proposal.error = '';
    if (!proposal.title.trim()) {
      proposal.error = t('meetings.required');
      return;
    }
    try {
      await unwrap(
        api.POST('/api/t/{tenant}/meetings/{meetingId}/agenda-items', {
          params: { path: meetingPath() },
          body: {
            title: proposal.title.trim(),
            ...(proposal.description.trim() ? { description: proposal.description.trim() } : {}),
          },
        }),
      );
      Object.assign(proposal, { title: '', description: '' });
      ElMessage.success(t('meetings.proposed'));
      await detail.reload();
    } catch (caught) {
      proposal.error = errorText(caught);
    }
  }

  async function decideAgenda(itemId: string, status: 'accepted' | 'rejected'): Promise<void> {
    try {
      await unwrap(
        api.POST('/api/t/{tenant}/meetings/{meetingId}/agenda-items/{itemId}/decision', {
          params: { path: { ...meetingPath(), itemId } },
          body: { status },
        }),
      );
      await detail.reload();
    } catch (caught) {
      ElMessage.error(errorText(caught));
    }
  }

  const minutes = reactive({ text: '', error: '' });
  async function saveMinutes(): Promise<void> {
    minutes.error = '';
    if (!minutes.text.trim()) {
      minutes.error = t('meetings.required');
      return;
    }
    try {
      await unwrap(
        api.PUT('/api/t/{tenant}/meetings/{meetingId}/minutes', {
          params: { path: meetingPath() },
          body: { text: minutes.text.trim() },
        }),
      );
      ElMessage.success(t('meetings.minutesSaved'));
      await Promise.all([detail.reload(), meetings.reload()]);
    } catch (caught) {
      minutes.error = errorText(caught);
    }
  }

  const decision = reactive({ text: '', unitIds: [] as string[], error: '' });
  async function addDecision(): Promise<void> {
    decision.error = '';
    if (!decision.text.trim() || decision.unitIds.length === 0) {
      decision.error = t('meetings.required');
      return;
    }
    try {
      await unwrap(
        api.POST('/api/t/{tenant}/meetings/{meetingId}/decisions', {
          params: { path: meetingPath() },
          body: { text: decision.text.trim(), unitIds: decision.unitIds },
        }),
      );
      Object.assign(decision, { text: '', unitIds: [] });
      ElMessage.success(t('meetings.decisionAdded'));
      await detail.reload();
    } catch (caught) {
      decision.error = errorText(caught);
    }
  }

  // 日历订阅
  const feedUrl = ref('');
  async function subscribe(): Promise<void> {
    try {
      const mine = tenantStore.overview?.me.unitId;
      const feed = await unwrap(
        api.POST('/api/t/{tenant}/calendar-feeds', {
          params: { path: path() },
          body: isOffice.value || !mine ? {} : { unitId: mine },
        }),
      );
      feedUrl.value = feed.url.startsWith('http') ? feed.url : `${location.origin}${feed.url}`;
    } catch (caught) {
      ElMessage.error(errorText(caught));
    }
  }
  async function copyFeed(): Promise<void> {
    await navigator.clipboard?.writeText(feedUrl.value).catch(() => undefined);
    ElMessage.success(t('meetings.copied'));
  }

  return {
    year,
    isOffice,
    canPropose,
    meetings,
    byDay,
    unitName,
    units,
    scheduleYear,
    openId,
    detail,
    open,
    proposal,
    propose,
    decideAgenda,
    minutes,
    saveMinutes,
    decision,
    addDecision,
    feedUrl,
    subscribe,
    copyFeed,
  };
}
