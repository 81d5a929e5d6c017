import { describe, expect, it } from 'vitest';
import { smallCityManifest } from '../testing/fixtures/small-city.manifest.ts';
import { validateManifest } from './validate-manifest.ts';
import { formatProblem } from './validation-problem.ts';

// biome-ignore lint/suspicious/noExplicitAny: the tests break the manifest in ways its type forbids.
type Broken = Record<string, any>;

/** A deep, freely mutable copy of the fixture (the tests break it on purpose). */
function fixture(): Broken {
  return structuredClone(smallCityManifest) as Broken;
}

function problemLines(input: unknown, sdkVersion?: string): string[] {
  const result = validateManifest(input, sdkVersion);
  if (result.ok) return [];
  return result.problems.map(formatProblem);
}

describe('validateManifest', () => {
  it('accepts the fixture and fills defaults', () => {
    const result = validateManifest(fixture());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.manifest.units[2]?.aliases).toEqual([]);
    expect(result.manifest.units[0]?.isMember).toBe(true);
    expect(result.manifest.charter.status).toBe('inForce');
  });

  it('produces a manifest that survives JSON unchanged (no functions, no dates)', () => {
    const result = validateManifest(fixture());
    if (!result.ok) throw new Error('fixture invalid');
    expect(JSON.parse(JSON.stringify(result.manifest))).toEqual(result.manifest);
  });

  it('names an unknown unit in a task list measure with its exact path', () => {
    const m = fixture();
    m.taskListTemplates[0].areas[0].tasks[0].measures[0].units = ['emergency', 'nowhere'];
    expect(problemLines(m)).toEqual([
      'taskListTemplates[0].areas[0].tasks[0].measures[0].units[1]: unknown unit "nowhere"',
    ]);
  });

  it('explains that units are referenced by key when a name is used', () => {
    const m = fixture();
    m.obligations[0].units = ['市数据局'];
    expect(problemLines(m)).toEqual([
      'obligations[0].units[0]: unknown unit "市数据局"; units are referenced by key: did you mean "dataBureau"?',
    ]);
  });

  it('checks every kind of reference and reports all problems at once', () => {
    const m = fixture();
    m.bodies[0].convener.unit = 'mayor';
    m.bodies[0].members = ['justice', 'ghost'];
    m.bodies[1].hostUnit = 'ghostHost';
    m.bodies[1].serves = 'nothing';
    m.meetingSeries[0].organiser = 'nobody';
    m.meetingSeries[0].body = 'noBody';
    m.meetingSeries[0].preparedBy = 'noSeries';
    m.meetingSeries[1].participants = ['justice', 'ghost2'];
    m.matterRules[0].from = ['fromX'];
    m.matterRules[0].to = [{ unit: 'toX' }, { external: '某某' }];
    m.matterRules[0].copyTo = [{ unit: 'copyX' }];
    m.matterRules[0].escalation[0].targets = [{ unit: 'targetX' }];
    m.matterRules[0].escalation[1].alternativeTo = 'noStep';
    m.obligations[1].leadUnit = 'leadX';
    m.obligations[0].to = [{ unit: 'toY' }];
    m.catalogues[0].from = [{ unit: 'fromY' }];
    m.taskListTemplates[0].areas[0].tasks[0].leadUnits = ['leadY'];
    expect(problemLines(m)).toEqual([
      'bodies[0].convener.unit: unknown unit "mayor"',
      'bodies[0].members[1]: unknown unit "ghost"',
      'bodies[1].hostUnit: unknown unit "ghostHost"',
      'bodies[1].serves: unknown body "nothing"',
      'meetingSeries[0].body: unknown body "noBody"',
      'meetingSeries[0].organiser: unknown unit "nobody"',
      'meetingSeries[0].preparedBy: unknown meeting series "noSeries"',
      'meetingSeries[1].participants[1]: unknown unit "ghost2"',
      'matterRules[0].from[0]: unknown unit "fromX"',
      'matterRules[0].to[0].unit: unknown unit "toX"',
      'matterRules[0].copyTo[0].unit: unknown unit "copyX"',
      'matterRules[0].escalation[0].targets[0].unit: unknown unit "targetX"',
      'matterRules[0].escalation[1].alternativeTo: unknown escalation step "noStep" in this rule',
      'obligations[0].to[0].unit: unknown unit "toY"',
      'obligations[1].leadUnit: unknown unit "leadX"',
      'catalogues[0].from[0].unit: unknown unit "fromY"',
      'taskListTemplates[0].areas[0].tasks[0].leadUnits[0]: unknown unit "leadY"',
    ]);
  });

  it('rejects self-references', () => {
    const m = fixture();
    m.bodies[1].serves = 'office';
    m.meetingSeries[1].preparedBy = 'liaison';
    m.matterRules[0].escalation[1].alternativeTo = 'upward';
    expect(problemLines(m)).toEqual([
      'bodies[1].serves: an office cannot serve itself',
      'meetingSeries[1].preparedBy: a series cannot prepare itself',
      'matterRules[0].escalation[1].alternativeTo: a step cannot be its own alternative',
    ]);
  });

  it('reports duplicate keys in every collection, clocks and escalation steps', () => {
    const m = fixture();
    m.units.push({ ...m.units[0], name: '另一个', aliases: [] });
    m.bodies.push({ ...m.bodies[1] });
    m.meetingSeries.push({ ...m.meetingSeries[1] });
    m.obligations.push({ ...m.obligations[0] });
    m.catalogues.push({ ...m.catalogues[0] });
    m.taskListTemplates.push({ ...m.taskListTemplates[0] });
    m.matterRules[0].clocks.push({ ...m.matterRules[0].clocks[0] });
    m.matterRules[0].escalation.push({ ...m.matterRules[0].escalation[0] });
    m.matterRules.push({ ...m.matterRules[0], clocks: [], escalation: [] });
    expect(problemLines(m)).toEqual([
      'units[5].key: duplicate unit key "cityGov" (also units[0])',
      'bodies[2].key: duplicate body key "office" (also bodies[1])',
      'meetingSeries[2].key: duplicate meeting series key "liaison" (also meetingSeries[1])',
      'matterRules[1].key: duplicate matter rule key "nonProsecutionOpinion" (also matterRules[0])',
      'obligations[2].key: duplicate obligation key "monthlyCases" (also obligations[0])',
      'catalogues[1].key: duplicate catalogue key "governmentNotifies" (also catalogues[0])',
      'taskListTemplates[1].key: duplicate task list template key "tasks2026" (also taskListTemplates[0])',
      'matterRules[0].clocks[1].key: duplicate clock key "reply" (also matterRules[0].clocks[0])',
      'matterRules[0].escalation[2].key: duplicate escalation step key "notice" (also matterRules[0].escalation[0])',
    ]);
  });

  it('reports a unit name or alias used twice', () => {
    const m = fixture();
    m.units[3].aliases = ['市应急管理局', '市司法局'];
    m.units[4].name = '市政府';
    expect(problemLines(m)).toEqual([
      'units[3].aliases[1]: duplicate unit name "市司法局" (also units[2].name)',
      'units[4].name: duplicate unit name "市政府" (also units[0].name)',
    ]);
  });

  it('converts schema issues to the same path format, unknown fields included', () => {
    const m = fixture();
    m.units[3].kind = 'bureau';
    m.units[0].aliasses = ['x'];
    m.matterRules[0].clocks[0].deadline = { kind: 'fortnights', n: 2 };
    m.matterRules[0].to[1] = { unti: 'justice' };
    m.matterRules[0].reminders = [{ workingDaysBefore: 0 }];
    m.obligations[0].cadence = { kind: 'weekly' };
    m.version = '1.0';
    delete m.charter.issuedBy;
    const lines = problemLines(m);
    expect(lines).toEqual([
      'version: a version is MAJOR.MINOR.PATCH, e.g. 1.0.0',
      'charter.issuedBy: required: expected array',
      'units[0].aliasses: unknown field',
      expect.stringMatching(
        /^units\[3]\.kind: invalid option: expected one of "government"\|"procuratorate"\|/,
      ),
      'matterRules[0].to[1]: expected { unit: "<unit key>" } or { external: "<name>" }',
      expect.stringMatching(
        /^matterRules\[0]\.clocks\[0]\.deadline\.kind: invalid option: expected one of "calendarDays"\|.*"ongoing"\|"thenOngoing"$/,
      ),
      'matterRules[0].reminders[0].workingDaysBefore: too small: expected number to be >0',
      expect.stringMatching(/^obligations\[0]\.cadence\.kind: invalid option: expected one of "monthly"\|/),
    ]);
  });

  it('resolves a union to the branch the author meant', () => {
    const m = fixture();
    m.matterRules[0].to = [{ unit: 42 }];
    expect(problemLines(m)).toEqual([
      'matterRules[0].to[0].unit: invalid input: expected string, received number',
    ]);
  });

  it('tells a missing field from a wrong one, inside unions too', () => {
    const m = fixture();
    delete m.bodies[1].hostUnit;
    m.matterRules[0].to = [{}];
    m.matterRules[0].reminders = [{ workingDaysBefore: 'five' }];
    expect(problemLines(m)).toEqual([
      'bodies[1].hostUnit: required: expected string',
      'matterRules[0].to[0]: expected { unit: "<unit key>" } or { external: "<name>" }',
      'matterRules[0].reminders[0].workingDaysBefore: invalid input: expected number, received string',
    ]);
  });

  it('asks core whether each deadline rule can be computed, and checks thresholds are in order', () => {
    const m = fixture();
    m.obligations[1].due = { kind: 'dateOfYear', month: 2, day: 30 };
    m.matterRules[0].clocks[0].deadline = { kind: 'calendarDays', days: 7000 };
    m.matterRules[0].escalation[0].after = { kind: 'workingDays', days: 0 };
    m.matterRules[0].thresholds = { yellowWithinWorkingDays: 5, blueWithinWorkingDays: 3 };
    m.taskListTemplates[0].areas[0].tasks[0].measures[0].deadline.rule = {
      kind: 'thenOngoing',
      first: { kind: 'dateOfYear', month: 4, day: 31 },
    };
    expect(problemLines(m)).toEqual([
      'matterRules[0].escalation[0].after.days: too small: expected number to be >0',
      'matterRules[0].thresholds: blueWithinWorkingDays (3) must be at least yellowWithinWorkingDays (5): blue warns first',
      'matterRules[0].clocks[0].deadline: invalid deadline rule: calendarDays.days must be 1–3660',
      'obligations[1].due: invalid deadline rule: dateOfYear must name an existing month and day',
      'taskListTemplates[0].areas[0].tasks[0].measures[0].deadline.rule: invalid deadline rule: dateOfYear must name an existing month and day',
    ]);
  });

  it('reports schema and reference problems together', () => {
    const m = fixture();
    m.units[0].kind = 'bureau';
    m.obligations[0].units = ['ghost'];
    expect(problemLines(m)).toEqual([
      expect.stringMatching(/^units\[0]\.kind: invalid option/),
      'obligations[0].units[0]: unknown unit "ghost"',
    ]);
  });

  it('checks the SDK range', () => {
    const m = fixture();
    expect(problemLines(m, '0.1.7')).toEqual([]);
    expect(problemLines(m, '0.2.0')).toEqual(['sdk: the plugin needs SDK "^0.1.0", but this SDK is 0.2.0']);
    m.sdk = '0.1.x';
    expect(problemLines(m)).toEqual([
      'sdk: unsupported range "0.1.x": use ^x.y.z, ~x.y.z, >=x.y.z, x.y.z or x.y.z - a.b.c',
    ]);
  });

  it('reports a non-object manifest without crashing', () => {
    expect(problemLines('nope')).toEqual(['invalid input: expected object, received string']);
    expect(problemLines(undefined)).toEqual(['required: expected object']);
  });
});
