import { type Calendar, officialCalendar } from '@liandong/core';
import type { LoadedPlugin } from '../define-plugin.ts';
import { loadPlugin } from '../load-plugin.ts';
import type { Manifest } from '../manifest/manifest.schema.ts';
import type { UnitDeclaration } from '../manifest/unit.schema.ts';
import { type FlatTaskList, findUnit, flattenTaskList } from './manifest-views.ts';
import {
  type ClockQuery,
  type DueDateResult,
  type EscalationAt,
  type MeetingOccurrence,
  type ObligationInstance,
  ScheduleViews,
} from './schedule-views.ts';

/** What a plugin's own tests use to read its manifest the way its charter reads. */
export interface PluginTestKit {
  /** The plugin as the platform loads it (validated, defaults filled in). */
  readonly plugin: LoadedPlugin;
  readonly manifest: Manifest;
  /** Every unit, in manifest order. */
  units(): readonly UnitDeclaration[];
  /** The unit the charter calls `nameOrKey` (its name, an alias, or its key); throws when none. */
  unit(nameOrKey: string): UnitDeclaration;
  /** A task list template with its tasks and measures flattened (each knows its area). */
  taskList(key: string): FlatTaskList;
  /** Meetings of the year (one per period of each fixed-cadence series), in date order. */
  meetings(year: number, seriesKey?: string): MeetingOccurrence[];
  /** Obligation instances of the year with their due dates. */
  obligations(year: number, obligationKey?: string): ObligationInstance[];
  /** When a matter's clock falls due, with the rule and the engine's explanation. */
  dueDate(query: ClockQuery): DueDateResult;
  /** The reminder dates of a matter's clock. */
  reminders(query: ClockQuery): string[];
  /** The escalation ladder of a matter that missed its clock, with dates and targets. */
  escalation(query: ClockQuery & { readonly fields?: Readonly<Record<string, unknown>> }): EscalationAt[];
}

/** Options for {@link pluginTestKit}. */
export interface PluginTestKitOptions {
  /** The working-day calendar to count with; the official one by default. */
  readonly calendar?: Calendar;
}

/**
 * Loads a plugin (module namespace, definition or loaded plugin) exactly as the
 * platform does, throwing a PluginValidationError listing every problem, and
 * returns helpers for asserting what the charter says.
 */
export function pluginTestKit(pluginOrModule: unknown, options: PluginTestKitOptions = {}): PluginTestKit {
  const plugin = loadPlugin(pluginOrModule);
  const { manifest } = plugin;
  const schedule = new ScheduleViews(manifest, plugin.hooks, options.calendar ?? officialCalendar);
  return {
    plugin,
    manifest,
    units: () => manifest.units,
    unit: (nameOrKey) => findUnit(manifest.units, nameOrKey),
    taskList: (key) => {
      const template = manifest.taskListTemplates.find((t) => t.key === key);
      if (!template) {
        const known = manifest.taskListTemplates.map((t) => t.key).join(', ') || 'none';
        throw new Error(`no task list template "${key}"; templates: ${known}`);
      }
      return flattenTaskList(template);
    },
    meetings: (year, seriesKey) => schedule.meetings(year, seriesKey),
    obligations: (year, obligationKey) => schedule.obligations(year, obligationKey),
    dueDate: (query) => schedule.dueDate(query),
    reminders: (query) => schedule.reminders(query),
    escalation: (query) => schedule.escalation(query),
  };
}
