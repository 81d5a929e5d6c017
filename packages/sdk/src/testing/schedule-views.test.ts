import { createCalendar } from '@liandong/core';
import { describe, expect, it } from 'vitest';
import { definePlugin } from '../define-plugin.ts';
import { smallCityManifest } from './fixtures/small-city.manifest.ts';
import { pluginTestKit } from './index.ts';

const kit = pluginTestKit(definePlugin(smallCityManifest));
const opinion = { matterRule: 'nonProsecutionOpinion', clock: 'reply', startedOn: '2026-03-02' } as const;

describe('kit.meetings', () => {
  it('expands each series into its periods of the year, in date order', () => {
    expect(kit.meetings(2026).map((m) => `${m.series} ${m.label.zh}`)).toEqual([
      'joint 2026年上半年',
      'liaison 2026年第1季度',
      'liaison 2026年第2季度',
      'joint 2026年下半年',
      'liaison 2026年第3季度',
      'liaison 2026年第4季度',
    ]);
    expect(kit.meetings(2026, 'joint')[1]).toEqual({
      series: 'joint',
      name: '联席会议',
      index: 2,
      start: '2026-07-01',
      end: '2026-12-31',
      label: { zh: '2026年下半年', en: 'H2 2026' },
    });
    expect(() => kit.meetings(2026, 'monthly')).toThrow('no meeting series "monthly"; known: joint, liaison');
  });
});

describe('kit.obligations', () => {
  it('gives each period its due date on the official calendar', () => {
    const monthly = kit.obligations(2026, 'monthlyCases');
    expect(monthly).toHaveLength(12);
    expect(monthly[0]).toMatchObject({
      obligation: 'monthlyCases',
      units: ['emergency'],
      label: { zh: '2026年1月' },
      due: '2026-02-05',
      provisional: false,
    });
    // 2026-04-05 is 清明节 (a Sunday, off until 04-06): the due date moves to the next working day.
    expect(monthly[2]?.due).toBe('2026-04-07');
    expect(kit.obligations(2026).map((o) => o.obligation)).toContain('annualEvaluation');
  });
});

describe('kit.dueDate', () => {
  it('computes a clock from its start, moved past the 劳动节 holiday, and explains it', () => {
    const due = kit.dueDate(opinion);
    expect(due).toMatchObject({
      date: '2026-05-06',
      rule: { kind: 'months', months: 2 },
      ruleText: { zh: '2个月内', en: 'within 2 months' },
      provisional: false,
    });
    expect(due.explanation.zh).toContain('2026-05-02为法定节假日（劳动节）');
    expect(kit.dueDate({ matterRule: 'nonProsecutionOpinion', startedOn: '2026-06-01' }).date).toBe(
      '2026-08-03',
    );
  });

  it('counts with the calendar it is given', () => {
    const calendar = createCalendar({ localRestDays: [{ date: '2026-08-03', name: '本地休息日' }] });
    if (!calendar.ok) throw new Error(calendar.error.en);
    const local = pluginTestKit(definePlugin(smallCityManifest), { calendar: calendar.value });
    expect(local.dueDate({ matterRule: 'nonProsecutionOpinion', startedOn: '2026-06-01' }).date).toBe(
      '2026-08-04',
    );
  });

  it('says what is wrong with a query', () => {
    expect(() => kit.dueDate({ ...opinion, matterRule: 'opinion' })).toThrow(
      'no matter rule "opinion"; known: nonProsecutionOpinion',
    );
    expect(() => kit.dueDate({ ...opinion, clock: 'serve' })).toThrow('no clock "serve"; known: reply');
    expect(() => kit.dueDate({ ...opinion, startedOn: '2026-02-30' })).toThrow(/CORE_INVALID_DATE/);
  });
});

describe('kit.reminders and kit.escalation', () => {
  it('places reminders before and on the due date', () => {
    expect(kit.reminders(opinion)).toEqual(['2026-04-24', '2026-05-06']);
  });

  it('dates the escalation ladder from the due date; a step without a period waits for a decision', () => {
    expect(kit.escalation(opinion)).toEqual([
      {
        key: 'notice',
        name: '书面通知督促',
        action: 'notify',
        on: '2026-05-19',
        targets: [{ unit: 'justice' }],
        targetsFromHook: false,
        ifNecessary: false,
      },
      {
        key: 'upward',
        name: '提请上级人民检察院通报',
        action: 'reportUpward',
        on: null,
        targets: [{ external: '省人民检察院' }],
        targetsFromHook: false,
        alternativeTo: 'notice',
        ifNecessary: true,
      },
    ]);
  });

  it('lets the plugin hook choose targets from the matter fields, and checks its answer', () => {
    const hooked = pluginTestKit(
      definePlugin(smallCityManifest, {
        chooseEscalationTargets: ({ stepKey, fields }) =>
          stepKey === 'notice' && fields.sector === '安全生产' ? ['emergency'] : undefined,
      }),
    );
    const [notice, upward] = hooked.escalation({ ...opinion, fields: { sector: '安全生产' } });
    expect(notice).toMatchObject({ targets: [{ unit: 'emergency' }], targetsFromHook: true });
    expect(upward).toMatchObject({ targets: [{ external: '省人民检察院' }], targetsFromHook: false });
    expect(hooked.escalation(opinion)[0]?.targets).toEqual([{ unit: 'justice' }]);

    let calls = 0;
    const impure = pluginTestKit(
      definePlugin(smallCityManifest, {
        chooseEscalationTargets: () => (calls++ % 2 === 0 ? ['justice'] : undefined),
      }),
    );
    expect(() => impure.escalation(opinion)).toThrow(
      'chooseEscalationTargets is not pure: two calls for step "notice" disagree',
    );
    const mutating = pluginTestKit(
      definePlugin(smallCityManifest, {
        chooseEscalationTargets: ({ fields }) => {
          (fields as Record<string, unknown>).seen = true;
          return undefined;
        },
      }),
    );
    expect(() => mutating.escalation({ ...opinion, fields: {} })).toThrow(TypeError);

    const wrong = pluginTestKit(
      definePlugin(smallCityManifest, { chooseEscalationTargets: () => ['市应急局'] }),
    );
    expect(() => wrong.escalation(opinion)).toThrow(
      'chooseEscalationTargets chose unknown unit "市应急局" for step "notice"',
    );
  });
});
