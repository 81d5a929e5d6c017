import { field, isLoose, looseList, looseString } from './loose-data.ts';
import { formatPath, type ValidationProblem } from './validation-problem.ts';

type Path = readonly PropertyKey[];

/** The keyed collections of a manifest, checked for duplicate keys. */
const KEYED_COLLECTIONS = [
  'units',
  'bodies',
  'meetingSeries',
  'matterRules',
  'obligations',
  'catalogues',
  'taskListTemplates',
] as const;

class ReferenceChecker {
  readonly problems: ValidationProblem[] = [];
  readonly unitKeys = new Set<string>();
  /** Unit names and aliases → the key of the unit that carries them, for "did you mean". */
  readonly unitNames = new Map<string, { key: string; path: Path }>();
  readonly bodyKeys = new Set<string>();
  readonly seriesKeys = new Set<string>();

  report(path: Path, message: string): void {
    this.problems.push({ path: formatPath(path), message });
  }

  /** Reports repeated `key` fields among `items`; returns the set of keys seen. */
  uniqueKeys(items: readonly unknown[], at: Path, what: string): Set<string> {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const key = looseString(field(item, 'key'));
      if (key === undefined) return;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, i);
      else
        this.report(
          [...at, i, 'key'],
          `duplicate ${what} key "${key}" (also ${formatPath([...at, earlier])})`,
        );
    });
    return new Set(first.keys());
  }

  unit(value: unknown, path: Path): void {
    const key = looseString(value);
    if (key === undefined || this.unitKeys.has(key)) return;
    const named = this.unitNames.get(key);
    const hint = named ? `; units are referenced by key: did you mean "${named.key}"?` : '';
    this.report(path, `unknown unit "${key}"${hint}`);
  }

  units(values: unknown, path: Path): void {
    looseList(values).forEach((v, i) => {
      this.unit(v, [...path, i]);
    });
  }

  /** A members/participants field: "allMemberUnits" or unit keys. */
  unitsOrAll(values: unknown, path: Path): void {
    if (Array.isArray(values)) this.units(values, path);
  }

  party(value: unknown, path: Path): void {
    if (isLoose(value) && 'unit' in value) this.unit(value.unit, [...path, 'unit']);
  }

  parties(values: unknown, path: Path): void {
    looseList(values).forEach((v, i) => {
      this.party(v, [...path, i]);
    });
  }

  position(value: unknown, path: Path): void {
    if (isLoose(value) && 'unit' in value) this.unit(value.unit, [...path, 'unit']);
  }

  positions(values: unknown, path: Path): void {
    looseList(values).forEach((v, i) => {
      this.position(v, [...path, i]);
    });
  }
}

function indexUnits(c: ReferenceChecker, units: readonly unknown[]): void {
  units.forEach((unit, i) => {
    const key = looseString(field(unit, 'key')) ?? '';
    const names = [looseString(field(unit, 'name')), ...looseList(field(unit, 'aliases')).map(looseString)];
    names.forEach((name, j) => {
      if (name === undefined) return;
      const path: Path = j === 0 ? ['units', i, 'name'] : ['units', i, 'aliases', j - 1];
      const earlier = c.unitNames.get(name);
      // A name must pick out one unit, or the test kit and onboarding could not look it up.
      if (earlier) c.report(path, `duplicate unit name "${name}" (also ${formatPath(earlier.path)})`);
      else c.unitNames.set(name, { key, path });
    });
  });
}

function checkBodies(c: ReferenceChecker, bodies: readonly unknown[]): void {
  bodies.forEach((body, i) => {
    const at: Path = ['bodies', i];
    for (const one of ['convener', 'leader', 'head']) c.position(field(body, one), [...at, one]);
    for (const many of ['deputyConveners', 'deputyLeaders', 'memberPositions']) {
      c.positions(field(body, many), [...at, many]);
    }
    c.unitsOrAll(field(body, 'members'), [...at, 'members']);
    for (const one of ['hostUnit', 'unit', 'counterpart']) c.unit(field(body, one), [...at, one]);
    const serves = looseString(field(body, 'serves'));
    if (serves === undefined) return;
    if (!c.bodyKeys.has(serves)) c.report([...at, 'serves'], `unknown body "${serves}"`);
    else if (serves === field(body, 'key')) c.report([...at, 'serves'], 'an office cannot serve itself');
  });
}

function checkSeries(c: ReferenceChecker, series: readonly unknown[]): void {
  series.forEach((s, i) => {
    const at: Path = ['meetingSeries', i];
    const body = looseString(field(s, 'body'));
    if (body !== undefined && !c.bodyKeys.has(body)) c.report([...at, 'body'], `unknown body "${body}"`);
    c.unit(field(s, 'organiser'), [...at, 'organiser']);
    c.unitsOrAll(field(s, 'participants'), [...at, 'participants']);
    const prep = looseString(field(s, 'preparedBy'));
    if (prep === undefined) return;
    if (!c.seriesKeys.has(prep)) c.report([...at, 'preparedBy'], `unknown meeting series "${prep}"`);
    else if (prep === field(s, 'key')) c.report([...at, 'preparedBy'], 'a series cannot prepare itself');
  });
}

function checkMatterRules(c: ReferenceChecker, rules: readonly unknown[]): void {
  rules.forEach((rule, i) => {
    const at: Path = ['matterRules', i];
    c.units(field(rule, 'from'), [...at, 'from']);
    c.parties(field(rule, 'to'), [...at, 'to']);
    c.parties(field(rule, 'copyTo'), [...at, 'copyTo']);
    c.uniqueKeys(looseList(field(rule, 'clocks')), [...at, 'clocks'], 'clock');
    const steps = looseList(field(rule, 'escalation'));
    const stepKeys = c.uniqueKeys(steps, [...at, 'escalation'], 'escalation step');
    steps.forEach((step, j) => {
      const sp: Path = [...at, 'escalation', j];
      c.parties(field(step, 'targets'), [...sp, 'targets']);
      const alt = looseString(field(step, 'alternativeTo'));
      if (alt === undefined) return;
      if (!stepKeys.has(alt))
        c.report([...sp, 'alternativeTo'], `unknown escalation step "${alt}" in this rule`);
      else if (alt === field(step, 'key'))
        c.report([...sp, 'alternativeTo'], 'a step cannot be its own alternative');
    });
  });
}

function checkObligations(c: ReferenceChecker, obligations: readonly unknown[]): void {
  obligations.forEach((o, i) => {
    const at: Path = ['obligations', i];
    c.units(field(o, 'units'), [...at, 'units']);
    c.unit(field(o, 'leadUnit'), [...at, 'leadUnit']);
    c.parties(field(o, 'to'), [...at, 'to']);
    c.parties(field(o, 'copyTo'), [...at, 'copyTo']);
  });
}

function checkCatalogues(c: ReferenceChecker, catalogues: readonly unknown[]): void {
  catalogues.forEach((cat, i) => {
    c.parties(field(cat, 'from'), ['catalogues', i, 'from']);
    c.parties(field(cat, 'to'), ['catalogues', i, 'to']);
  });
}

function checkTaskLists(c: ReferenceChecker, templates: readonly unknown[]): void {
  templates.forEach((t, i) => {
    looseList(field(t, 'areas')).forEach((area, a) => {
      looseList(field(area, 'tasks')).forEach((task, k) => {
        const tp: Path = ['taskListTemplates', i, 'areas', a, 'tasks', k];
        c.units(field(task, 'leadUnits'), [...tp, 'leadUnits']);
        c.units(field(task, 'units'), [...tp, 'units']);
        looseList(field(task, 'measures')).forEach((m, n) => {
          c.units(field(m, 'leadUnits'), [...tp, 'measures', n, 'leadUnits']);
          c.units(field(m, 'units'), [...tp, 'measures', n, 'units']);
        });
      });
    });
  });
}

/**
 * Checks what the schema cannot: keys are unique in their collection, and every
 * key a declaration refers to (a unit, a body, a series, an escalation step) exists.
 * Works on raw input so it can run alongside schema validation.
 */
export function checkReferences(input: unknown): ValidationProblem[] {
  const c = new ReferenceChecker();
  const keys = Object.fromEntries(
    KEYED_COLLECTIONS.map((name) => [
      name,
      c.uniqueKeys(looseList(field(input, name)), [name], keyWord(name)),
    ]),
  );
  for (const k of keys.units ?? []) c.unitKeys.add(k);
  for (const k of keys.bodies ?? []) c.bodyKeys.add(k);
  for (const k of keys.meetingSeries ?? []) c.seriesKeys.add(k);
  indexUnits(c, looseList(field(input, 'units')));
  checkBodies(c, looseList(field(input, 'bodies')));
  checkSeries(c, looseList(field(input, 'meetingSeries')));
  checkMatterRules(c, looseList(field(input, 'matterRules')));
  checkObligations(c, looseList(field(input, 'obligations')));
  checkCatalogues(c, looseList(field(input, 'catalogues')));
  checkTaskLists(c, looseList(field(input, 'taskListTemplates')));
  return c.problems;
}

function keyWord(collection: (typeof KEYED_COLLECTIONS)[number]): string {
  const words = {
    units: 'unit',
    bodies: 'body',
    meetingSeries: 'meeting series',
    matterRules: 'matter rule',
    obligations: 'obligation',
    catalogues: 'catalogue',
    taskListTemplates: 'task list template',
  } as const;
  return words[collection];
}
