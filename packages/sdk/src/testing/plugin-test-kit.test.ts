import { describe, expect, it } from 'vitest';
import { definePlugin } from '../define-plugin.ts';
import { PluginValidationError } from '../validation/plugin-validation-error.ts';
import { smallCityManifest } from './fixtures/small-city.manifest.ts';
import { pluginTestKit } from './index.ts';

const kit = pluginTestKit(definePlugin(smallCityManifest));

describe('pluginTestKit', () => {
  it('loads the plugin as the platform does and refuses an invalid one', () => {
    expect(kit.manifest.id).toBe('small-city');
    const broken = structuredClone(smallCityManifest);
    broken.obligations[0]!.units = ['市数据局'];
    expect(() => pluginTestKit(definePlugin(broken))).toThrow(PluginValidationError);
    expect(() => pluginTestKit({ default: definePlugin(smallCityManifest) })).not.toThrow();
  });

  it('finds units by the names the charter uses', () => {
    expect(kit.units().map((u) => u.key)).toEqual([
      'cityGov',
      'procuratorate',
      'justice',
      'emergency',
      'dataBureau',
    ]);
    expect(kit.unit('市应急管理局').key).toBe('emergency');
    expect(kit.unit('市应急局').key).toBe('emergency');
    expect(kit.unit('dataBureau').name).toBe('市数据资源局');
    expect(() => kit.unit('市公安局')).toThrow(/no unit named "市公安局"; units: 市政府 \(cityGov\), /);
  });

  it('flattens a task list so each task and measure knows its area', () => {
    const list = kit.taskList('tasks2026');
    expect(list.template.year).toBe(2026);
    expect(list.tasks).toHaveLength(1);
    expect(list.tasks[0]?.area).toEqual({ no: '一', title: '安全生产方面' });
    expect(list.measures[0]).toMatchObject({
      no: '①',
      task: { no: '1', title: '开展安全生产领域公益诉讼专项监督' },
      leadUnits: ['procuratorate'],
      units: ['emergency', 'dataBureau'],
    });
    expect(() => kit.taskList('tasks2025')).toThrow(
      'no task list template "tasks2025"; templates: tasks2026',
    );
  });
});
