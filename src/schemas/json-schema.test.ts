import { describe, expect, it } from 'vitest';
import { jsonSchemas } from './json-schema.js';
import { validateRecord } from './validate.js';

interface Json {
  $schema?: unknown;
  $id?: unknown;
  $ref?: unknown;
  $defs?: unknown;
  title?: unknown;
  description?: unknown;
  type?: unknown;
  const?: unknown;
  enum?: unknown;
  pattern?: unknown;
  minLength?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  minItems?: unknown;
  items?: unknown;
  properties?: unknown;
  required?: unknown;
  additionalProperties?: unknown;
  anyOf?: unknown;
  oneOf?: unknown;
  [key: string]: unknown;
}

/**
 * A small structural JSON Schema checker (the keywords our files use), enough to show that a
 * non-TypeScript validator reading these files accepts and rejects what the library does.
 */
function check(root: Json, schema: Json, value: unknown, path = ''): string[] {
  if (typeof schema.$ref === 'string') {
    const ref = schema.$ref;
    const target = ref === '#' ? root : ((root.$defs as Json)[ref.replace('#/$defs/', '')] as Json);
    return check(root, target, value, path);
  }
  const errors: string[] = [];
  const t = schema.type;
  if (typeof t === 'string') {
    const ok =
      t === 'integer'
        ? Number.isInteger(value)
        : t === 'array'
          ? Array.isArray(value)
          : t === 'object'
            ? typeof value === 'object' && value !== null && !Array.isArray(value)
            : t === 'null'
              ? value === null
              : typeof value === t;
    if (!ok) return [`${path}: type ${t}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: const`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: enum`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${path}: pattern`);
    }
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${path}: minLength`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errors.push(`${path}: minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      errors.push(`${path}: maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push(`${path}: minItems`);
    if (schema.items) {
      value.forEach((v, i) => {
        errors.push(...check(root, schema.items as Json, v, `${path}/${i}`));
      });
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Json;
    const props = (schema.properties ?? {}) as Record<string, Json>;
    for (const r of (schema.required ?? []) as string[])
      if (!(r in obj)) errors.push(`${path}/${r}: required`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) errors.push(...check(root, props[k], v, `${path}/${k}`));
      else if (schema.additionalProperties === false)
        errors.push(`${path}/${k}: additionalProperties`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...check(root, schema.additionalProperties as Json, v, `${path}/${k}`));
      }
    }
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const alts = schema[key];
    if (Array.isArray(alts)) {
      const passing = alts.filter((a) => check(root, a as Json, value, path).length === 0).length;
      if (key === 'anyOf' ? passing === 0 : passing !== 1) errors.push(`${path}: ${key}`);
    }
  }
  return errors;
}

const schemas = jsonSchemas() as Record<string, Json>;
const recordSchema = schemas['record.json'] as Json;

const person = {
  kind: 'individual',
  id: 'NV-001',
  hiredOn: '2019-03-01',
  years: [{ year: 2024, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] }],
  honours: [{ code: 'LDTT', year: 2024, decisionDate: '2024-02-29' }],
};
const unit = {
  kind: 'collective',
  id: 'P1',
  years: [{ year: 2024, members: { total: 10, ldtt: 8 } }],
  honours: [],
};
const village = { kind: 'village', id: 'T3', years: [{ year: 2024 }], honours: [] };

describe('JSON Schemas', () => {
  it('one file per public schema, each with $schema, $id, title and description', () => {
    expect(Object.keys(schemas).sort()).toEqual(
      [
        'assign-cross-checks-options.json',
        'band-spec.json',
        'cluster-result-options.json',
        'cluster-spec.json',
        'collective-members.json',
        'collective-record.json',
        'collective-year.json',
        'criterion-spec.json',
        'cross-check-team-options.json',
        'discipline.json',
        'evaluate-options.json',
        'honour-received.json',
        'individual-record.json',
        'individual-year.json',
        'initiative.json',
        'inspection-quota-options.json',
        'local-record.json',
        'lunar-date.json',
        'lunar-options.json',
        'plan-actuals.json',
        'plan-inspections-options.json',
        'plan-targets-input.json',
        'rank-options.json',
        'rating.json',
        'reconcile-options.json',
        'record.json',
        'score-entry-decimal-comma.json',
        'score-entry.json',
        'score-options.json',
        'score-sheet-spec.json',
        'scope.json',
        'quota-candidates.json',
        'select-within-quota-options.json',
        'cap-from-parameter-options.json',
        'profile-spec.json',
        'anniversaries-options.json',
        'observances-in-year-options.json',
        'observance-filter.json',
        'plan-milestones-options.json',
        'school-year-options.json',
        'workday-options.json',
        'posting-options.json',
        'work-calendar-spec.json',
        'work-year.json',
      ].sort(),
    );
    for (const [file, s] of Object.entries(schemas)) {
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toBe(`https://unpkg.com/tdkt/schemas/${file}`);
      expect(typeof s.title).toBe('string');
      expect((s.description as string).length).toBeGreaterThan(20);
    }
  });

  it('required fields and closed objects', () => {
    const ind = schemas['individual-record.json'] as Json;
    expect(ind.required).toEqual(['kind', 'id', 'years', 'honours']);
    expect(ind.additionalProperties).toBe(false);
    expect((schemas['collective-members.json'] as Json).required).toEqual(['total']);
    expect((schemas['evaluate-options.json'] as Json).required).toEqual(['period']);
    expect((schemas['lunar-date.json'] as Json).required).toEqual(['year', 'month', 'day']);
    expect(recordSchema.oneOf).toHaveLength(3);
  });

  it('every object is closed and every field documented (open maps excepted)', () => {
    const problems: string[] = [];
    // Maps read key by key (scores, tiers, votes, overrides …) are open; so are the opaque
    // profile and calendar, a quota candidate (its other fields are kept) and a plain override
    // value of object type.
    const open =
      /(\/properties\/(profile|calendar|scores|counts|outcomes|tiers|votes|groups|bases|overrides)|plan-actuals\.json|quota-candidates\.json\/items|overrides\/additionalProperties\/anyOf\/1\/anyOf\/4)$/;
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => {
          walk(n, `${where}/${i}`);
        });
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      const s = node as Json;
      if (s.type === 'object' && !open.test(where)) {
        if (s.additionalProperties !== false) problems.push(`${where}: not closed`);
        for (const [k, p] of Object.entries((s.properties ?? {}) as Record<string, Json>)) {
          if (typeof p.description !== 'string') problems.push(`${where}/${k}: no description`);
        }
      }
      for (const [k, v] of Object.entries(s)) walk(v, `${where}/${k}`);
    };
    for (const [file, s] of Object.entries(schemas)) walk(s, file);
    expect(problems).toEqual([]);
  });

  it('the examples the library accepts pass the JSON Schema', () => {
    for (const r of [person, unit, village]) {
      expect(validateRecord(r).ok).toBe(true);
      expect(check(recordSchema, recordSchema, r)).toEqual([]);
    }
    const ind = schemas['individual-record.json'] as Json;
    expect(check(ind, ind, person)).toEqual([]);
    const sheet = schemas['score-sheet-spec.json'] as Json;
    const spec = {
      id: 'S',
      criteria: [
        {
          id: 'A',
          max: '60',
          children: [{ id: 'A1', max: 30, children: [{ id: 'A1a', max: '10.5' }] }],
        },
      ],
    };
    expect(check(sheet, sheet, spec)).toEqual([]);
    const crit = schemas['criterion-spec.json'] as Json;
    expect(check(crit, crit, spec.criteria[0])).toEqual([]);
    expect(
      check(crit, crit, { id: 'A', max: 1, children: [{ id: 'B', max: '1', extra: 1 }] }),
    ).not.toEqual([]);
  });

  it('structural errors fail both the library and the JSON Schema', () => {
    const ind = schemas['individual-record.json'] as Json;
    const cases: [string, unknown][] = [
      ['unknown key', { ...person, years: [{ year: 2024, ratting: 'HTXSNV' }] }],
      ['missing honours', { kind: 'individual', id: 'X', years: [] }],
      ['bad rating', { ...person, years: [{ year: 2024, rating: 'XS' }] }],
      ['bad code', { ...person, honours: [{ code: 'NOPE' }] }],
      ['not a leap year', { ...person, honours: [{ code: 'LDTT', decisionDate: '2025-02-29' }] }],
      ['year out of range', { ...person, years: [{ year: 1800 }] }],
      ['fractional year', { ...person, years: [{ year: 2024.5 }] }],
      ['empty id', { ...person, id: '' }],
    ];
    for (const [name, input] of cases) {
      expect(validateRecord(input).ok, name).toBe(false);
      expect(check(ind, ind, input).length, name).toBeGreaterThan(0);
      expect(check(recordSchema, recordSchema, input).length, name).toBeGreaterThan(0);
    }
  });

  it('documented gaps: cross-field rules pass the JSON Schema, only the library rejects them', () => {
    const gaps: unknown[] = [
      { ...person, years: [{ year: 2024 }, { year: 2024 }] },
      { ...unit, years: [{ year: 2024, members: { total: 3, ldtt: 5 } }] },
      {
        ...person,
        honours: [{ code: 'LDTT', achievementPeriod: { from: '2024-02-01', to: '2024-01-01' } }],
      },
    ];
    for (const g of gaps) {
      expect(validateRecord(g).ok).toBe(false);
      expect(check(recordSchema, recordSchema, g)).toEqual([]);
    }
  });
});
