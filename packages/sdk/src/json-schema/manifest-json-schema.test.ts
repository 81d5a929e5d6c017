import { describe, expect, it } from 'vitest';
import { manifestFieldPaths, manifestJsonSchema } from './manifest-json-schema.ts';

describe('manifestJsonSchema', () => {
  it('describes the validated manifest with every default required', () => {
    const schema = manifestJsonSchema();
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'units', 'bodies', 'taskListTemplates']));
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes author input with defaulted fields optional', () => {
    const schema = manifestJsonSchema({ io: 'input' });
    expect(schema.required).toContain('units');
    expect(schema.required).not.toContain('bodies');
  });

  it('can target OpenAPI 3.0', () => {
    const schema = manifestJsonSchema({ target: 'openapi-3.0' });
    expect(schema.$schema).toBeUndefined();
    expect(manifestJsonSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('is itself plain JSON', () => {
    const schema = manifestJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe('manifestFieldPaths', () => {
  it('lists nested fields through arrays and unions', () => {
    const paths = manifestFieldPaths();
    expect(paths).toEqual(
      expect.arrayContaining([
        'units.aliases',
        'bodies.convener.unit',
        'matterRules.clocks.deadline.first.day',
        'matterRules.escalation.alternativeTo',
        'matterRules.reminders.onDueDate',
        'taskListTemplates.areas.tasks.measures.deadline.rule',
      ]),
    );
  });
});
