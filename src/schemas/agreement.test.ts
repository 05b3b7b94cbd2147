// Runtime agreement between each option/spec schema, its JSON Schema and the function it
// describes. For representative valid inputs (every optional field included), the zod schema
// and the JSON Schema accept them and the function runs; for malformed inputs, both reject them
// and the function throws a TdktError. A fast-check property (seed 42) mutates valid inputs
// (a field replaced, removed or added) and checks, for each generated input x:
//   - the function accepts x ⇒ the schema accepts x (never "invalid" for what the function takes);
//   - the schema accepts x ⇒ the function accepts x, or throws one of the few codes that depend
//     on data outside the schema (the sheet an entry is scored on, the lunar calendar, the
//     feasibility of a plan…), listed per schema and documented in the schema's TSDoc;
//   - the JSON Schema accepts whatever the zod schema accepts, and rejects whatever it rejects
//     except for the cross-field rules only zod checks (refinements: unique ids, maxima…).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { anniversariesInYear, observancesInYear } from '../calendar/anniversary/anniversary.js';
import { fromLunar, toLunar } from '../calendar/lunar/lunar.js';
import { planMilestones } from '../calendar/milestones/milestones.js';
import { listObservances } from '../calendar/observances/observances.js';
import { schoolYearOf } from '../calendar/periods/periods.js';
import { createWorkCalendar } from '../calendar/workdays/calendar.js';
import { postingPeriodEnd } from '../calendar/workdays/posting.js';
import { isWorkingDay } from '../calendar/workdays/workdays.js';
import { TdktError } from '../core/errors.js';
import type { TdktRecord } from '../core/records.js';
import { evaluate } from '../eligibility/engine.js';
import { defineProfile } from '../eligibility/profiles.js';
import { assignCrossCheckTeams, planCrossChecks } from '../inspection/cross-check.js';
import { planInspections } from '../inspection/plan.js';
import { inspectionCycleYears, inspectionQuota } from '../inspection/quota.js';
import { checkPlanTargets } from '../inspection/targets.js';
import { capFromParameter } from '../quotas/cap-from-parameter.js';
import { selectWithinQuota } from '../quotas/select-within-quota.js';
import { clusterResult } from '../scoring/cluster.js';
import { rankUnits } from '../scoring/rank.js';
import { scoreUnit } from '../scoring/score-unit.js';
import { defineScoreSheet } from '../scoring/sheet.js';
import { reconcile } from '../scoring/stages.js';
import type { ScoreSheet, UnitScore } from '../scoring/types.js';
import {
  AnniversariesOptionsSchema,
  ObservanceFilterSchema,
  ObservancesInYearOptionsSchema,
  PlanMilestonesOptionsSchema,
  PostingOptionsSchema,
  SchoolYearOptionsSchema,
  WorkCalendarSpecSchema,
  WorkdayOptionsSchema,
  WorkYearSchema,
} from './calendar.js';
import {
  CrossCheckTeamOptionsSchema,
  PlanActualsSchema,
  PlanTargetsInputSchema,
} from './inspection.js';
import { jsonSchemas } from './json-schema.js';
import {
  AssignCrossChecksOptionsSchema,
  CrossCheckUnitsSchema,
  EvaluateOptionsSchema,
  InspectionQuotaOptionsSchema,
  InspectionUnitSchema,
  LunarDateSchema,
  LunarOptionsSchema,
  PlanInspectionsOptionsSchema,
} from './options.js';
import { PositiveRatioSchema, RatioSchema } from './primitives.js';
import { ProfileSpecSchema } from './profile.js';
import {
  CapFromParameterOptionsSchema,
  QuotaCandidatesSchema,
  SelectWithinQuotaOptionsSchema,
} from './quotas.js';
import {
  BandSpecSchema,
  ClusterResultOptionsSchema,
  ClusterSpecSchema,
  CriterionSpecSchema,
  PointsSchema,
  RankOptionsSchema,
  ReconcileOptionsSchema,
  ScoreEntryDecimalCommaSchema,
  ScoreEntrySchema,
  ScoreOptionsSchema,
  ScoreSheetSpecSchema,
} from './scoring.js';

// ---------------------------------------------------------------------------------------------
// A JSON Schema (draft 2020-12) checker for the keywords the generated files use.

interface Json {
  $ref?: unknown;
  $defs?: unknown;
  type?: unknown;
  const?: unknown;
  enum?: unknown;
  pattern?: unknown;
  minLength?: unknown;
  maxLength?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  exclusiveMinimum?: unknown;
  exclusiveMaximum?: unknown;
  minItems?: unknown;
  maxItems?: unknown;
  uniqueItems?: unknown;
  items?: unknown;
  contains?: unknown;
  properties?: unknown;
  required?: unknown;
  minProperties?: unknown;
  propertyNames?: unknown;
  additionalProperties?: unknown;
  allOf?: unknown;
  anyOf?: unknown;
  oneOf?: unknown;
  not?: unknown;
  if?: unknown;
  then?: unknown;
  else?: unknown;
  [key: string]: unknown;
}

function codePoints(s: string): number {
  return [...s].length;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeOk(t: string, v: unknown): boolean {
  switch (t) {
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    case 'null':
      return v === null;
    default:
      return typeof v === t;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function jsonErrors(root: Json, schema: unknown, value: unknown, path = ''): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: false`];
  const s = schema as Json;
  if (typeof s.$ref === 'string') {
    const ref = s.$ref;
    const target = ref === '#' ? root : (root.$defs as Json)[ref.replace('#/$defs/', '')];
    return jsonErrors(root, target, value, path);
  }
  const errors: string[] = [];
  const t = s.type;
  if (t !== undefined) {
    const types = Array.isArray(t) ? (t as string[]) : [t as string];
    if (!types.some((x) => typeOk(x, value))) return [`${path}: type ${types.join('|')}`];
  }
  if ('const' in s && !deepEqual(value, s.const)) errors.push(`${path}: const`);
  if (Array.isArray(s.enum) && !s.enum.some((e) => deepEqual(e, value)))
    errors.push(`${path}: enum`);
  if (typeof value === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value))
      errors.push(`${path}: pattern`);
    if (typeof s.minLength === 'number' && codePoints(value) < s.minLength)
      errors.push(`${path}: minLength`);
    if (typeof s.maxLength === 'number' && codePoints(value) > s.maxLength)
      errors.push(`${path}: maxLength`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && !(value >= s.minimum)) errors.push(`${path}: minimum`);
    if (typeof s.maximum === 'number' && !(value <= s.maximum)) errors.push(`${path}: maximum`);
    if (typeof s.exclusiveMinimum === 'number' && !(value > s.exclusiveMinimum))
      errors.push(`${path}: exclusiveMinimum`);
    if (typeof s.exclusiveMaximum === 'number' && !(value < s.exclusiveMaximum))
      errors.push(`${path}: exclusiveMaximum`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems)
      errors.push(`${path}: minItems`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems)
      errors.push(`${path}: maxItems`);
    if (s.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size < value.length)
      errors.push(`${path}: uniqueItems`);
    if (s.items !== undefined) {
      value.forEach((v, i) => {
        errors.push(...jsonErrors(root, s.items, v, `${path}/${i}`));
      });
    }
    if (
      s.contains !== undefined &&
      !value.some((v) => jsonErrors(root, s.contains, v).length === 0)
    )
      errors.push(`${path}: contains`);
  }
  if (isObject(value)) {
    const props = (s.properties ?? {}) as Json;
    for (const r of (s.required ?? []) as string[])
      if (!Object.hasOwn(value, r)) errors.push(`${path}/${r}: required`);
    if (typeof s.minProperties === 'number' && Object.keys(value).length < s.minProperties)
      errors.push(`${path}: minProperties`);
    for (const [k, v] of Object.entries(value)) {
      if (s.propertyNames !== undefined)
        errors.push(...jsonErrors(root, s.propertyNames, k, `${path}/${k} (name)`));
      if (Object.hasOwn(props, k)) errors.push(...jsonErrors(root, props[k], v, `${path}/${k}`));
      else if (s.additionalProperties !== undefined)
        errors.push(...jsonErrors(root, s.additionalProperties, v, `${path}/${k}`));
    }
  }
  const passes = (sub: unknown) => jsonErrors(root, sub, value, path).length === 0;
  if (Array.isArray(s.allOf))
    for (const sub of s.allOf) errors.push(...jsonErrors(root, sub, value, path));
  if (Array.isArray(s.anyOf) && !s.anyOf.some(passes)) errors.push(`${path}: anyOf`);
  if (Array.isArray(s.oneOf) && s.oneOf.filter(passes).length !== 1) errors.push(`${path}: oneOf`);
  if (s.not !== undefined && passes(s.not)) errors.push(`${path}: not`);
  if (s.if !== undefined) {
    const branch = passes(s.if) ? s.then : s.else;
    if (branch !== undefined) errors.push(...jsonErrors(root, branch, value, path));
  }
  return errors;
}

const FILES = jsonSchemas();

/** Errors of `value` against a file, or a part of it (`'file.json#/properties/x'`). */
function jsonCheck(where: string, value: unknown): string[] {
  const [file = '', pointer = ''] = where.split('#');
  const root = FILES[file] as Json;
  expect(root, file).toBeDefined();
  let schema: unknown = root;
  for (const k of pointer.split('/').filter((p) => p !== '')) schema = (schema as Json)[k];
  expect(schema, where).toBeDefined();
  return jsonErrors(root, schema, value);
}

/** True when a value survives JSON unchanged (no NaN, Infinity, undefined, -0 …). */
function jsonable(v: unknown): boolean {
  try {
    const back = JSON.parse(JSON.stringify(v)) as unknown;
    const same = (a: unknown, b: unknown): boolean => {
      if (typeof a === 'number') return Object.is(a, b);
      if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
      if (isObject(a)) {
        if (!isObject(b)) return false;
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => same(a[k], b[k]));
      }
      return a === b;
    };
    return same(v, back);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Running a function: 'ok', or the code of the TdktError it throws (anything else fails).

function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (e instanceof TdktError) return e.code;
    throw e;
  }
}

interface Pair {
  /** Name of the case. */
  readonly name: string;
  readonly schema: z.ZodType;
  /** JSON Schema file. */
  readonly file: string;
  /** The function(s) the schema describes, called with the input. */
  readonly run: (x: never) => unknown;
  /** Codes the function may throw on input the schema accepts (data outside the schema). */
  readonly libraryOnly?: readonly string[];
  /** Inputs accepted by everyone. */
  readonly valid: readonly unknown[];
  /** Inputs rejected by everyone, with the code the function throws. */
  readonly invalid: readonly (readonly [unknown, string])[];
  /** Inputs the JSON Schema accepts although zod and the function reject them (cross-field). */
  readonly jsonGaps?: readonly (readonly [unknown, string])[];
  /** Values and keys the property test plants into valid inputs. */
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly runs?: number;
  /**
   * Schema issues allowed on input the function accepts, besides unknown keys (the functions
   * ignore them; the schemas are closed on purpose). Each is a documented leniency of the
   * function, listed in docs/integration.md ("more lenient than the schemas").
   */
  readonly tolerated?: (issue: z.core.$ZodIssue, x: unknown) => boolean;
}

const unknownKeys = (i: z.core.$ZodIssue) => i.code === 'unrecognized_keys';

function valueAt(x: unknown, path: readonly PropertyKey[]): unknown {
  let n = x;
  for (const k of path) {
    if (typeof n !== 'object' || n === null) return undefined;
    n = (n as Record<PropertyKey, unknown>)[k];
  }
  return n;
}

/** Fields of a serialised sheet that `defineScoreSheet` ignores. */
const serialisedFields = (i: z.core.$ZodIssue) =>
  i.path.some((k) => k === 'kind' || k === 'depth' || k === 'leaves');

/** `rankUnits` reads the votes of the units it ranks only. */
function votesOfOthers(units: readonly string[]) {
  return (i: z.core.$ZodIssue) =>
    i.path[0] === 'votes' && i.path.length === 2 && !units.includes(String(i.path[1]));
}

function anyOf(...fs: ((i: z.core.$ZodIssue, x: unknown) => boolean)[]) {
  return (i: z.core.$ZodIssue, x: unknown) => fs.some((f) => f(i, x));
}

function agree(p: Pair, x: unknown): void {
  const zodOk = p.schema.safeParse(x).success;
  const fn = outcome(() => p.run(x as never));
  const shown = () => JSON.stringify(x);
  if (fn === 'ok' && !zodOk) {
    const r = p.schema.safeParse(x);
    const issues = r.success ? [] : r.error.issues;
    const tolerated = p.tolerated ?? (() => false);
    expect(
      issues.filter((i) => !unknownKeys(i) && !tolerated(i, x)),
      `${p.name}: the function accepts ${shown()}`,
    ).toEqual([]);
  } else if (fn !== 'ok' && zodOk)
    expect(
      p.libraryOnly ?? [],
      `${p.name}: schema accepts, function throws ${fn}: ${shown()}`,
    ).toContain(fn);
  if (!jsonable(x)) return;
  const jsonOk = jsonCheck(p.file, x).length === 0;
  if (zodOk) expect(jsonCheck(p.file, x), `${p.name}: JSON Schema rejects ${shown()}`).toEqual([]);
  else if (jsonOk) {
    const r = p.schema.safeParse(x);
    const codes = r.success ? [] : r.error.issues.map((i) => i.code);
    expect(codes, `${p.name}: only a refinement may fail where JSON passes: ${shown()}`).toEqual(
      codes.map(() => 'custom'),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations of valid inputs.

type Step = readonly (string | number)[];

function nodes(v: unknown, at: Step = [], out: Step[] = []): Step[] {
  out.push(at);
  if (Array.isArray(v)) for (const [i, x] of v.entries()) nodes(x, [...at, i], out);
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) nodes(x, [...at, k], out);
  return out;
}

function get(v: unknown, at: Step): unknown {
  let n = v;
  for (const k of at) n = (n as Record<string | number, unknown>)[k];
  return n;
}

interface Op {
  readonly kind: 'set' | 'delete' | 'add' | 'push';
  readonly at: number;
  readonly key: number;
  readonly value: number;
}

const COMMON_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  1,
  2,
  0.5,
  1.5,
  3,
  100,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'A',
  'B',
  'x',
  '0',
  '1',
  '-0',
  '+2',
  ' 5 ',
  '.5',
  '5.',
  '9,5',
  '1e3',
  '30%',
  '0%',
  '100%',
  '150%',
  ' 30 % ',
  '02',
  '__proto__',
  2024,
  1900,
  2100,
  2200,
  9999,
  10000,
  [],
  ['A'],
  ['A', 'B'],
  {},
  { vi: 'lý do', en: 'reason' },
];

function mutate(
  base: unknown,
  ops: readonly Op[],
  values: readonly unknown[],
  keys: readonly string[],
) {
  let x: unknown = structuredClone(base);
  for (const op of ops) {
    const all = nodes(x);
    const at = all[op.at % all.length] as Step;
    const value = structuredClone(values[op.value % values.length]);
    if (op.kind === 'set') {
      if (at.length === 0) x = value;
      else
        (get(x, at.slice(0, -1)) as Record<string | number, unknown>)[at[at.length - 1] as string] =
          value;
    } else if (op.kind === 'delete' && at.length > 0) {
      const parent = get(x, at.slice(0, -1));
      const k = at[at.length - 1] as string | number;
      if (Array.isArray(parent)) parent.splice(k as number, 1);
      else delete (parent as Record<string, unknown>)[k];
    } else if (op.kind === 'add') {
      const target = get(x, at);
      if (isObject(target)) target[keys[op.key % keys.length] as string] = value;
    } else if (op.kind === 'push') {
      const target = get(x, at);
      if (Array.isArray(target)) target.push(value);
    }
  }
  return x;
}

const opArb = fc.record({
  kind: fc.constantFrom('set', 'delete', 'add', 'push'),
  at: fc.nat(),
  key: fc.nat(),
  value: fc.nat(),
}) as fc.Arbitrary<Op>;

function check(p: Pair): void {
  describe(p.name, () => {
    it('valid inputs: the schema and the JSON Schema accept them, the function runs', () => {
      for (const x of p.valid) {
        const r = p.schema.safeParse(x);
        expect(r.success ? [] : r.error.issues, JSON.stringify(x)).toEqual([]);
        expect(jsonCheck(p.file, x), JSON.stringify(x)).toEqual([]);
        expect(
          outcome(() => p.run(x as never)),
          JSON.stringify(x),
        ).toBe('ok');
      }
    });
    it('malformed inputs: both schemas reject them, the function throws TdktError', () => {
      for (const [x, code] of p.invalid) {
        expect(p.schema.safeParse(x).success, JSON.stringify(x)).toBe(false);
        if (jsonable(x)) expect(jsonCheck(p.file, x), JSON.stringify(x)).not.toEqual([]);
        expect(
          outcome(() => p.run(x as never)),
          JSON.stringify(x),
        ).toBe(code);
      }
      for (const [x, code] of p.jsonGaps ?? []) {
        expect(p.schema.safeParse(x).success, JSON.stringify(x)).toBe(false);
        expect(jsonCheck(p.file, x), JSON.stringify(x)).toEqual([]);
        expect(
          outcome(() => p.run(x as never)),
          JSON.stringify(x),
        ).toBe(code);
      }
    });
    it('property: mutated inputs are accepted by the schema exactly when the function accepts them', () => {
      const values = [...COMMON_VALUES, ...(p.values ?? [])];
      const keys = ['extra', ...(p.keys ?? [])];
      fc.assert(
        fc.property(
          fc.nat({ max: p.valid.length - 1 }),
          fc.array(opArb, { minLength: 1, maxLength: 3 }),
          (i, ops) => {
            agree(p, mutate(p.valid[i], ops, values, keys));
          },
        ),
        { seed: 42, numRuns: p.runs ?? 300 },
      );
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Scoring.

const CITE = {
  instrument: '12/KH-UBND',
  article: 2,
  clause: 1,
  point: 'a',
  url: 'https://example.org',
  confidence: 'plan-text',
  note: 'n',
};

const FULL_SHEET = {
  id: 'CUM-1-2025',
  title: 'Bảng chấm điểm cụm 1',
  titleEn: 'Cluster 1 score sheet',
  max: 100,
  criteria: [
    {
      id: 'I',
      title: 'Thực hiện nhiệm vụ chính trị',
      titleEn: 'Political tasks',
      max: '60',
      weight: 1,
      basis: [CITE],
      confidence: 'plan-text',
      note: 'nhóm',
      children: [
        { id: 'I.1', max: 30 },
        { id: 'I.2', max: '15', weight: '2' },
      ],
    },
    { id: 'II', max: 20, perOccurrence: '5' },
    { id: 'III', max: 20, tiers: { NHAT: 20, NHI: '12', BA: 10 } },
  ],
  bonus: {
    max: 5,
    allowFreeform: true,
    items: [
      {
        id: 'SK',
        title: 'Sáng kiến',
        titleEn: 'Initiative',
        points: 1,
        max: 3,
        exclusiveGroup: 'G',
        basis: [CITE],
        confidence: 'confirmed',
        note: 'n',
      },
      { id: 'GIAI', tiers: { NHAT: 3, NHI: '2' }, exclusiveGroup: 'G' },
    ],
  },
  deduction: { max: '10', items: [{ id: 'CHAM', points: 2 }] },
  bands: [
    { code: 'XUAT_SAC', title: 'Xuất sắc', min: 90 },
    { code: 'TOT', min: '70', max: '90', includeMin: true, includeMax: false },
    { code: 'KHA', min: 50, max: 70 },
  ],
  bandCheck: 'strict',
  bandOn: 'total',
  scale: 2,
  rounding: 'half-up',
  source: [CITE],
  confidence: 'plan-text',
  note: 'thử',
};

const MIN_SHEET = { id: 'S', criteria: [{ id: 'A', max: 1 }] };
const SERIALISED_SHEET: unknown = JSON.parse(JSON.stringify(defineScoreSheet(FULL_SHEET as never)));

const SHEET_VALUES: readonly unknown[] = [
  'I',
  'I.1',
  'II',
  'NHAT',
  'half-even',
  'none',
  'base',
  'no-overlap',
  'confirmed',
  'nope',
  '60',
  '200',
  { id: 'Z', max: 1 },
  { id: 'I.1', max: 1 },
  { id: 'Y', max: 5, children: [{ id: 'Y1', max: 6 }] },
  { NHAT: 1 },
  [{ instrument: '' }],
  [{ instrument: 'X' }],
  { code: 'TOT', min: 80 },
  { code: 'NEW', min: 95, max: 99 },
  { id: 'X', points: 1 },
  { id: 'X', points: 1, tiers: { A: 1 } },
  { id: 'SK', points: 1 },
];
const SHEET_KEYS = [
  'weight',
  'perOccurrence',
  'tiers',
  'children',
  'points',
  'max',
  'kind',
  'depth',
  'leaves',
  'includeMax',
];

check({
  name: 'ScoreSheetSpecSchema ↔ defineScoreSheet',
  schema: ScoreSheetSpecSchema,
  file: 'score-sheet-spec.json',
  run: (x) => defineScoreSheet(x),
  libraryOnly: ['TREE_TOO_DEEP'],
  tolerated: serialisedFields,
  valid: [
    FULL_SHEET,
    MIN_SHEET,
    SERIALISED_SHEET,
    {
      ...FULL_SHEET,
      bandCheck: 'none',
      bands: [
        { code: 'A', min: 0 },
        { code: 'B', min: 0 },
      ],
    },
  ],
  invalid: [
    [{ id: 'S', criteria: [] }, 'EMPTY_SHEET'],
    [{ id: 'S', criteria: [{ id: 'A', max: 0 }] }, 'INVALID_MAX'],
    [{ id: 'S', criteria: [{ id: 'A', max: '9,5' }] }, 'INVALID_NUMBER'],
    [{ ...MIN_SHEET, scale: 21 }, 'INVALID_INPUT'],
    // null is not "absent": JSON payloads send null by mistake, and the schema refuses it too.
    [{ ...MIN_SHEET, scale: null }, 'INVALID_INPUT'],
    [{ ...MIN_SHEET, rounding: null }, 'INVALID_ROUNDING'],
    [{ ...MIN_SHEET, bandCheck: null }, 'INVALID_INPUT'],
    [{ ...MIN_SHEET, bandOn: null }, 'INVALID_INPUT'],
    [{ ...MIN_SHEET, rounding: 'up' }, 'INVALID_ROUNDING'],
    [{ ...MIN_SHEET, bandCheck: 'loose' }, 'INVALID_INPUT'],
    [{ ...MIN_SHEET, bonus: { items: [{ id: 'X' }] } }, 'INVALID_INPUT'],
    [
      { ...MIN_SHEET, bonus: { items: [{ id: 'X', points: 1, tiers: { A: 1 } }] } },
      'INVALID_INPUT',
    ],
    [
      { id: 'S', criteria: [{ id: 'A', max: 5, perOccurrence: 1, tiers: { X: 1 } }] },
      'INVALID_INPUT',
    ],
    [{ id: 'S', criteria: [{ id: 'A', max: 5, tiers: {} }] }, 'INVALID_INPUT'],
    [{ id: '__proto__', criteria: [{ id: 'A', max: 1 }] }, 'INVALID_INPUT'],
    [
      {
        id: 'S',
        criteria: [{ id: 'A', max: 1, children: [{ id: 'B', max: 1 }], perOccurrence: 1 }],
      },
      'INVALID_INPUT',
    ],
  ],
  jsonGaps: [
    [
      {
        id: 'S',
        criteria: [
          { id: 'A', max: 1 },
          { id: 'A', max: 1 },
        ],
      },
      'DUPLICATE_ID',
    ],
    [
      { id: 'S', criteria: [{ id: 'A', max: 5, children: [{ id: 'B', max: 6 }] }] },
      'MAX_EXCEEDS_PARENT',
    ],
    [{ id: 'S', max: 1, criteria: [{ id: 'A', max: 2 }] }, 'MAX_EXCEEDS_PARENT'],
    [{ id: 'S', criteria: [{ id: 'A', max: 5, tiers: { X: 6 } }] }, 'SCORE_ABOVE_MAX'],
    [{ ...MIN_SHEET, bands: [{ code: 'A', min: 5, max: 4 }] }, 'INVALID_BANDS'],
    [
      {
        ...MIN_SHEET,
        bands: [
          { code: 'A', min: 0 },
          { code: 'B', min: 5 },
        ],
      },
      'BAND_OVERLAP',
    ],
    [
      {
        ...MIN_SHEET,
        bandCheck: 'strict',
        bands: [
          { code: 'A', min: 0, max: 4 },
          { code: 'B', min: 5 },
        ],
      },
      'BAND_GAP',
    ],
    [
      {
        ...MIN_SHEET,
        bands: [
          { code: 'A', min: 0, max: 1 },
          { code: 'A', min: 1 },
        ],
      },
      'DUPLICATE_ID',
    ],
    [
      {
        ...MIN_SHEET,
        bonus: {
          items: [
            { id: 'X', points: 1 },
            { id: 'X', points: 2 },
          ],
        },
      },
      'DUPLICATE_ID',
    ],
  ],
  values: SHEET_VALUES,
  keys: SHEET_KEYS,
});

check({
  name: 'CriterionSpecSchema ↔ defineScoreSheet (one criterion)',
  schema: CriterionSpecSchema,
  file: 'criterion-spec.json',
  run: (x) => defineScoreSheet({ id: 'S', criteria: [x] }),
  tolerated: serialisedFields,
  // Ids unique across the tree are a rule of the sheet (ScoreSheetSpecSchema checks them).
  libraryOnly: ['DUPLICATE_ID', 'TREE_TOO_DEEP'],
  valid: FULL_SHEET.criteria,
  invalid: [
    [{ id: 'A' }, 'INVALID_NUMBER'],
    [{ id: 'A', max: -1 }, 'INVALID_MAX'],
    [{ id: ' ', max: 1 }, 'INVALID_INPUT'],
    [{ id: 'A'.repeat(201), max: 1 }, 'INVALID_INPUT'],
    [{ id: 'A', max: 1, weight: 0 }, 'INVALID_INPUT'],
    [{ id: 'A', max: 1, confidence: 'sure' }, 'INVALID_INPUT'],
    [{ id: 'A', max: 1, basis: [{ instrument: '' }] }, 'INVALID_INPUT'],
    [{ id: 'A', max: 1, basis: [{ instrument: '06/2022/QH15', article: 0 }] }, 'INVALID_INPUT'],
    [{ id: 'A', max: 1, basis: [{ instrument: '06/2022/QH15', clause: 1.5 }] }, 'INVALID_INPUT'],
    [{ id: 'A', max: 1, basis: [{ instrument: ' ' }] }, 'INVALID_INPUT'],
  ],
  values: SHEET_VALUES,
  keys: SHEET_KEYS,
});

check({
  name: 'BandSpecSchema ↔ defineScoreSheet (one band)',
  schema: BandSpecSchema,
  file: 'band-spec.json',
  run: (x) => defineScoreSheet({ ...MIN_SHEET, bands: [x] }),
  valid: FULL_SHEET.bands,
  invalid: [
    [{ code: 'A' }, 'INVALID_NUMBER'],
    [{ code: 'A', min: 1, includeMin: 'yes' }, 'INVALID_INPUT'],
    [{ code: '', min: 1 }, 'INVALID_INPUT'],
  ],
  jsonGaps: [[{ code: 'A', min: 5, max: 5 }, 'INVALID_BANDS']],
  values: SHEET_VALUES,
  keys: ['max', 'includeMax', 'includeMin', 'title'],
});

const SHEET: ScoreSheet = defineScoreSheet(FULL_SHEET as never);

const FULL_ENTRY = {
  unit: 'U1',
  stage: 'self',
  scores: { 'I.1': 28, 'I.2': '14.5' },
  counts: { II: 3 },
  outcomes: { III: ['NHI', 'BA'] },
  bonuses: [
    { item: 'SK', count: 2, reason: 'hai sáng kiến' },
    { item: 'GIAI', tier: 'NHAT' },
    { points: '0.5', reason: 'khác', count: 1 },
  ],
  deductions: [{ item: 'CHAM' }, { points: 1 }],
};
const ENTRY_VALUES: readonly unknown[] = [
  'I',
  'I.1',
  'I.2',
  'II',
  'III',
  'SK',
  'GIAI',
  'CHAM',
  'NHAT',
  'NHI',
  'council',
  'final',
  '31',
  '28.25',
  ['NHAT', 'BA'],
  ['NOPE'],
  { points: 1 },
  { item: 'SK' },
  { item: 'GIAI', tier: 'NHI', count: 2 },
  { points: 1, tier: 'NHAT' },
  { item: 'SK', points: 1 },
];
const ENTRY_KEYS = [
  'I.1',
  'II',
  'III',
  'points',
  'item',
  'tier',
  'count',
  'reason',
  'stage',
  'counts',
  'outcomes',
];
// Data of the sheet the entry is scored on.
const SHEET_DEPENDENT = [
  'UNKNOWN_CRITERION',
  'NOT_A_LEAF',
  'SCORE_ABOVE_MAX',
  'UNKNOWN_ITEM',
  'UNKNOWN_TIER',
  'WRONG_INPUT_KIND',
];

check({
  name: 'ScoreEntrySchema ↔ scoreUnit',
  schema: ScoreEntrySchema,
  file: 'score-entry.json',
  run: (x) => scoreUnit(SHEET, x),
  libraryOnly: SHEET_DEPENDENT,
  valid: [FULL_ENTRY, { unit: 'U2', scores: {} }, { unit: 'U3', scores: { 'I.1': '-0', III: 0 } }],
  invalid: [
    [{ unit: ' ', scores: {} }, 'INVALID_INPUT'],
    [{ unit: 'U', scores: { 'I.1': -1 } }, 'NEGATIVE_SCORE'],
    [{ unit: 'U', scores: { 'I.1': '9,5' } }, 'INVALID_NUMBER'],
    [{ unit: 'U', scores: {}, stage: 'draft' }, 'INVALID_STAGE'],
    [{ unit: 'U', scores: {}, counts: { II: 1.5 } }, 'INVALID_INPUT'],
    [{ unit: 'U', scores: {}, bonuses: [{ points: -1 }] }, 'NEGATIVE_POINTS'],
    [{ unit: 'U', scores: {}, bonuses: [{ item: 'SK', points: 1 }] }, 'CONFLICTING_INPUT'],
    [{ unit: 'U', scores: {}, bonuses: [{ reason: 'x' }] }, 'INVALID_INPUT'],
    [{ unit: 'U', scores: {}, bonuses: [{ points: 1, tier: 'NHAT' }] }, 'UNKNOWN_TIER'],
  ],
  jsonGaps: [[{ unit: 'U', scores: { II: 5 }, counts: { II: 1 } }, 'CONFLICTING_INPUT']],
  values: ENTRY_VALUES,
  keys: ENTRY_KEYS,
});

check({
  name: 'ScoreEntryDecimalCommaSchema ↔ scoreUnit with decimalComma',
  schema: ScoreEntryDecimalCommaSchema,
  file: 'score-entry-decimal-comma.json',
  run: (x) => scoreUnit(SHEET, x, { decimalComma: true }),
  libraryOnly: SHEET_DEPENDENT,
  valid: [
    FULL_ENTRY,
    { unit: 'U', scores: { 'I.1': '9,5', 'I.2': ' 3,25 ' }, bonuses: [{ points: '0,5' }] },
  ],
  invalid: [
    [{ unit: 'U', scores: { 'I.1': '1.000,5' } }, 'INVALID_NUMBER'],
    [{ unit: 'U', scores: { 'I.1': '-1,5' } }, 'NEGATIVE_SCORE'],
  ],
  values: [...ENTRY_VALUES, '9,5', '-0,0', '1,', ',5'],
  keys: ENTRY_KEYS,
});

check({
  name: 'PointsSchema ↔ scoreUnit (one bonus line)',
  schema: PointsSchema,
  file: 'score-entry.json#/properties/bonuses/items',
  run: (x) => scoreUnit(SHEET, { unit: 'U', scores: {}, bonuses: [x] }),
  libraryOnly: SHEET_DEPENDENT,
  valid: FULL_ENTRY.bonuses,
  invalid: [
    [{ item: 'SK', points: 1 }, 'CONFLICTING_INPUT'],
    [{ points: 1, tier: 'NHAT' }, 'UNKNOWN_TIER'],
    [{ count: 2 }, 'INVALID_INPUT'],
    [{ points: 1, count: -1 }, 'INVALID_INPUT'],
  ],
  values: ENTRY_VALUES,
  keys: ENTRY_KEYS,
});

const ENTRY: { unit: string; scores: Record<string, number> } = { unit: 'U', scores: { 'I.1': 1 } };

check({
  name: 'ScoreOptionsSchema ↔ scoreUnit options',
  schema: ScoreOptionsSchema,
  file: 'score-options.json',
  run: (x) => scoreUnit(SHEET, ENTRY, x),
  libraryOnly: ['MISSING_SCORE'],
  valid: [{}, { decimalComma: true, requireAll: false, stackExclusive: true }],
  invalid: [
    [{ decimalComma: 'true' }, 'INVALID_INPUT'],
    [[], 'INVALID_INPUT'],
  ],
  keys: ['decimalComma', 'requireAll', 'stackExclusive'],
});

// Units tied on everything, so that every tie-breaker reads every unit.
const TIED: UnitScore[] = ['A', 'B', 'C'].map((unit) =>
  scoreUnit(SHEET, { unit, scores: { 'I.1': 20 }, bonuses: [{ points: 1 }] }),
);

check({
  name: 'RankOptionsSchema ↔ rankUnits',
  schema: RankOptionsSchema,
  file: 'rank-options.json',
  run: (x) => rankUnits(TIED, x),
  // Votes must cover the tied units; a criterion must have a value for them.
  libraryOnly: ['MISSING_VALUE', 'MISSING_VOTE'],
  tolerated: votesOfOthers(['A', 'B', 'C']),
  valid: [
    {},
    {
      method: 'dense',
      tieBreakers: [
        'total',
        'base',
        'fewer-deductions',
        'more-bonus',
        'group:I',
        'criterion:I.1',
        'vote',
      ],
      votes: { A: 3, B: 2, C: 2 },
    },
  ],
  invalid: [
    [{ method: 'olympic' }, 'INVALID_INPUT'],
    [{ tieBreakers: ['I'] }, 'UNKNOWN_TIE_BREAKER'],
    [{ tieBreakers: 'vote' }, 'INVALID_INPUT'],
    [{ votes: { A: 1, B: 1, C: -1 }, tieBreakers: ['vote'] }, 'MISSING_VOTE'],
  ],
  jsonGaps: [],
  values: [
    'vote',
    'criterion:I.2',
    'group:II',
    'criterion:',
    'competition',
    { A: 1, B: 2, C: 3 },
    { A: 1 },
  ],
  keys: ['A', 'B', 'C', 'votes', 'tieBreakers', 'method'],
});

const STAGED = [
  scoreUnit(SHEET, { unit: 'A', stage: 'self', scores: { 'I.1': 20 } }),
  scoreUnit(SHEET, { unit: 'A', stage: 'council', scores: { 'I.1': 19 } }),
];

check({
  name: 'ReconcileOptionsSchema ↔ reconcile',
  schema: ReconcileOptionsSchema,
  file: 'reconcile-options.json',
  run: (x) => reconcile(STAGED, x),
  // The prevailing stage must be among the scores given.
  libraryOnly: ['STAGE_MISSING'],
  valid: [{}, { prevail: 'self' }],
  invalid: [[{ prevail: 'hoi-dong' }, 'INVALID_STAGE']],
  values: ['self', 'cross-check', 'cluster', 'council', 'final'],
  keys: ['prevail'],
});

const CLUSTER_SHEET = defineScoreSheet({ id: 'cum', criteria: [{ id: 'A', max: 100 }] });
const CLUSTER_ENTRIES = [
  { unit: 'BAC_SON', scores: { A: 95 } },
  { unit: 'HUU_LUNG', scores: { A: 93 }, stage: 'self' },
  { unit: 'HUU_LUNG', scores: { A: 92 }, stage: 'council' },
  { unit: 'TP', scores: { A: 90 } },
] as const;
const FULL_CLUSTER = {
  id: 'CUM-HUYEN',
  name: 'Cụm thi đua các huyện, thành phố',
  year: 2012,
  members: ['BAC_SON', 'HUU_LUNG', 'TP'],
  head: 'TP',
  deputy: 'BAC_SON',
};

check({
  name: 'ClusterSpecSchema ↔ clusterResult',
  schema: ClusterSpecSchema,
  file: 'cluster-spec.json',
  run: (x) => clusterResult(x, CLUSTER_SHEET, CLUSTER_ENTRIES),
  // Members and entries must match each other (two arguments).
  libraryOnly: ['MISSING_ENTRY', 'UNKNOWN_MEMBER'],
  valid: [FULL_CLUSTER, { id: 'C' }, { id: 'C', head: null, deputy: null, year: 2200 }],
  invalid: [
    [{ id: '' }, 'INVALID_INPUT'],
    [{ id: 'C', year: 1899 }, 'INVALID_INPUT'],
    [{ ...FULL_CLUSTER, members: ['BAC_SON', 'BAC_SON', 'HUU_LUNG', 'TP'] }, 'DUPLICATE_UNIT'],
  ],
  jsonGaps: [[{ ...FULL_CLUSTER, head: 'XYZ' }, 'UNKNOWN_MEMBER']],
  values: ['BAC_SON', 'HUU_LUNG', 'TP', ['BAC_SON', 'HUU_LUNG', 'TP'], 'Cụm'],
  keys: ['head', 'deputy', 'members', 'year', 'name'],
});

check({
  name: 'ClusterResultOptionsSchema ↔ clusterResult',
  schema: ClusterResultOptionsSchema,
  file: 'cluster-result-options.json',
  run: (x) => clusterResult(FULL_CLUSTER, CLUSTER_SHEET, CLUSTER_ENTRIES, x),
  // No two units tie in this cluster, so no vote is read.
  tolerated: votesOfOthers([]),
  // The prevailing stage must be present for every unit given at several stages; votes must
  // cover the tied units.
  libraryOnly: ['STAGE_MISSING', 'MISSING_VOTE', 'MISSING_VALUE'],
  valid: [
    {},
    {
      method: 'competition',
      tieBreakers: ['fewer-deductions', 'vote'],
      votes: { BAC_SON: 1, HUU_LUNG: 2, TP: 3 },
      decimalComma: false,
      requireAll: true,
      stackExclusive: false,
      date: '2012-12-31',
      flagCount: 1,
      certificateCount: 1,
      prevail: 'council',
      rotation: { headRank: 2, deputyRank: 1, noRepeatHead: true },
    },
  ],
  invalid: [
    [{ flagCount: -1 }, 'INVALID_INPUT'],
    [{ date: '2012-02-30' }, 'INVALID_DATE'],
    [{ rotation: { headRank: 0 } }, 'INVALID_INPUT'],
    [{ rotation: { noRepeatHead: null } }, 'INVALID_INPUT'],
    [{ prevail: 'x' }, 'INVALID_STAGE'],
    [{ tieBreakers: ['vote'] }, 'MISSING_VOTE'],
  ],
  values: ['council', 'self', 'vote', { headRank: 1 }, { noRepeatHead: 'no' }, '2013-01-01'],
  keys: [
    'rotation',
    'prevail',
    'date',
    'flagCount',
    'certificateCount',
    'votes',
    'requireAll',
    'headRank',
  ],
});

// ---------------------------------------------------------------------------------------------
// Inspection.

check({
  name: 'InspectionQuotaOptionsSchema ↔ inspectionQuota and inspectionCycleYears',
  schema: InspectionQuotaOptionsSchema,
  file: 'inspection-quota-options.json',
  run: (x) => {
    const a = outcome(() => inspectionQuota(10, x));
    const b = outcome(() => inspectionCycleYears(x));
    expect(a).toBe(b);
    if (a !== 'ok') inspectionQuota(10, x);
  },
  valid: [
    {},
    { ratio: '30%' },
    { ratio: 0.25 },
    { ratio: ' 0.3 ' },
    { ratio: '1' },
    { ratio: '100 %' },
    { ratio: '+.5' },
  ],
  invalid: [
    [{ ratio: 0 }, 'INVALID_RATIO'],
    [{ ratio: '0%' }, 'INVALID_RATIO'],
    [{ ratio: '-0' }, 'INVALID_RATIO'],
    [{ ratio: 1.01 }, 'INVALID_RATIO'],
    [{ ratio: '0,3' }, 'INVALID_NUMBER'],
    [{ ratio: '30%%' }, 'INVALID_NUMBER'],
    [null, 'INVALID_INPUT'],
  ],
  values: ['0.0001', '0.00%', '100.000%', '0100%', '1.0001', '00.5', '1.', '.0', '-0.0%'],
  keys: ['ratio'],
});

const FULL_PLAN = {
  units: [
    { id: 'A' },
    { id: 'B', lastInspected: 2024 },
    { id: 'C', lastInspected: null },
    'D',
    'E',
  ],
  from: 2025,
  years: 3,
  ratio: '30%',
  seed: 'LS-2025',
  mustInclude: [{ unit: 'C', year: 2025, reason: 'có đơn khiếu nại' }, { unit: 'D' }],
  mustExclude: [
    { unit: 'A', year: 2026, reason: { vi: 'Bộ đã kiểm tra', en: 'inspected by the ministry' } },
  ],
};

check({
  name: 'PlanInspectionsOptionsSchema ↔ planInspections',
  schema: PlanInspectionsOptionsSchema,
  file: 'plan-inspections-options.json',
  run: (x) => planInspections(x),
  // Whether the exclusions leave enough units for the quota and the cycle is the planner's finding.
  libraryOnly: ['QUOTA_UNREACHABLE', 'COVERAGE_UNREACHABLE'],
  valid: [
    FULL_PLAN,
    { units: [], from: 1, years: 0 },
    { units: ['A', 'B'], from: 9999, years: 1, ratio: 1, seed: 7 },
  ],
  invalid: [
    [{ units: ['A'], from: 2025, years: 101 }, 'INVALID_INPUT'],
    [{ units: ['A'], from: 0, years: 1 }, 'INVALID_YEAR'],
    [{ units: [' '], from: 2025, years: 1 }, 'INVALID_INPUT'],
    [{ units: ['A'], from: 2025, years: 1, ratio: '0%' }, 'INVALID_RATIO'],
    [{ units: ['A'], from: 2025, years: 1, seed: Number.NaN }, 'INVALID_INPUT'],
    [
      { units: ['A'], from: 2025, years: 1, mustInclude: [{ unit: 'A', reason: 7 }] },
      'INVALID_INPUT',
    ],
  ],
  jsonGaps: [
    [{ units: ['A', { id: 'A' }], from: 2025, years: 1 }, 'DUPLICATE_UNIT'],
    [{ units: [{ id: 'A', lastInspected: 2025 }], from: 2025, years: 1 }, 'INVALID_YEAR'],
    [{ units: ['A'], from: 9999, years: 2 }, 'INVALID_INPUT'],
    [{ units: ['A'], from: 2025, years: 1, mustInclude: [{ unit: 'Z' }] }, 'UNKNOWN_UNIT'],
    [
      { units: ['A'], from: 2025, years: 1, mustExclude: [{ unit: 'A', year: 2026 }] },
      'YEAR_OUTSIDE_PLAN',
    ],
    [
      {
        units: ['A', 'B'],
        from: 2025,
        years: 2,
        mustInclude: [{ unit: 'A' }],
        mustExclude: [{ unit: 'A', year: 2026 }],
      },
      'CONFLICTING_CONSTRAINTS',
    ],
  ],
  values: [
    'C',
    'D',
    'E',
    2025,
    2026,
    2027,
    2028,
    { unit: 'A' },
    { unit: 'B', year: 2026 },
    { id: 'F', lastInspected: 2020 },
    'F',
  ],
  keys: ['mustInclude', 'mustExclude', 'ratio', 'seed', 'lastInspected', 'year', 'reason'],
  runs: 400,
});

check({
  name: 'InspectionUnitSchema ↔ planInspections (one unit)',
  schema: InspectionUnitSchema,
  file: 'plan-inspections-options.json#/properties/units/items/anyOf/1',
  run: (x) => planInspections({ units: [x], from: 2025, years: 1 }),
  valid: [{ id: 'A' }, { id: 'B', lastInspected: 2024 }, { id: 'C', lastInspected: null }],
  invalid: [
    [{ id: '' }, 'INVALID_INPUT'],
    [{ id: 'A', lastInspected: 2024.5 }, 'INVALID_YEAR'],
    [{ id: 'A', lastInspected: '2024' }, 'INVALID_YEAR'],
  ],
  // lastInspected must be before the plan's first year (a field of the plan).
  libraryOnly: ['INVALID_YEAR'],
  // planInspections also takes a plain id in place of a unit object.
  tolerated: (i, x) => i.path.length === 0 && typeof x === 'string',
  keys: ['lastInspected'],
});

check({
  name: 'AssignCrossChecksOptionsSchema ↔ planCrossChecks',
  schema: AssignCrossChecksOptionsSchema,
  file: 'assign-cross-checks-options.json',
  run: (x) => planCrossChecks(['A', 'B', 'C', 'D'], x),
  // The units named in groups must be among the units (another argument).
  libraryOnly: ['UNKNOWN_UNIT'],
  valid: [
    {},
    {
      seed: 42,
      avoidReciprocal: false,
      previous: [
        { inspector: 'A', inspected: 'B' },
        { inspector: 'X', inspected: 'Y' },
      ],
      groups: { A: 'huyen', B: 'huyen', C: 'so' },
      acrossGroups: true,
    },
  ],
  invalid: [
    [{ acrossGroups: true }, 'INVALID_INPUT'],
    [{ seed: Number.POSITIVE_INFINITY }, 'INVALID_INPUT'],
    [{ previous: [{ inspector: 'A', inspected: '' }] }, 'INVALID_INPUT'],
    [{ groups: { A: ' ' } }, 'INVALID_INPUT'],
    [{ avoidReciprocal: 1 }, 'INVALID_INPUT'],
  ],
  values: ['huyen', { A: 'g' }, { inspector: 'C', inspected: 'D' }],
  keys: ['A', 'B', 'seed', 'avoidReciprocal', 'acrossGroups', 'groups', 'previous', 'inspector'],
});

describe('CrossCheckUnitsSchema ↔ planCrossChecks and assignCrossCheckTeams (units)', () => {
  const fns = [
    (x: never) => planCrossChecks(x),
    (x: never) => assignCrossCheckTeams(x, { teamSize: 1 }),
  ];
  it('agree on valid and malformed unit lists', () => {
    for (const x of [
      ['A', 'B'],
      ['A', 'B', 'C', ' D '],
    ]) {
      expect(CrossCheckUnitsSchema.safeParse(x).success).toBe(true);
      for (const f of fns) expect(outcome(() => f(x as never))).toBe('ok');
    }
    for (const [x, code] of [
      [['A'], 'TOO_FEW_UNITS'],
      [['A', 'A'], 'DUPLICATE_UNIT'],
      [['A', ''], 'INVALID_INPUT'],
      ['A,B', 'INVALID_INPUT'],
    ] as const) {
      expect(CrossCheckUnitsSchema.safeParse(x).success).toBe(false);
      for (const f of fns) expect(outcome(() => f(x as never))).toBe(code);
    }
  });
  it('property (seed 42)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('A', 'B', 'C', '', ' ', 'D', 7, null), { maxLength: 5 }),
        (x) => {
          const zodOk = CrossCheckUnitsSchema.safeParse(x).success;
          for (const f of fns) expect(outcome(() => f(x as never)) === 'ok').toBe(zodOk);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

check({
  name: 'CrossCheckTeamOptionsSchema ↔ assignCrossCheckTeams',
  schema: CrossCheckTeamOptionsSchema,
  file: 'cross-check-team-options.json',
  run: (x) => assignCrossCheckTeams(['A', 'B', 'C', 'D'], x),
  // At most the number of units minus one (another argument).
  libraryOnly: ['INVALID_TEAM_SIZE'],
  valid: [{ teamSize: 1 }, { teamSize: 3, seed: 'cum-2027' }],
  invalid: [
    [{}, 'INVALID_TEAM_SIZE'],
    [{ teamSize: 1.5 }, 'INVALID_TEAM_SIZE'],
    [{ teamSize: 0 }, 'INVALID_TEAM_SIZE'],
    [{ teamSize: 1, seed: {} }, 'INVALID_INPUT'],
    [undefined, 'INVALID_INPUT'],
  ],
  keys: ['teamSize', 'seed'],
});

const FULL_TARGETS = {
  targets: [
    {
      id: 'INSPECT',
      metric: 'inspected-units',
      atLeast: '30%',
      rounding: 'ceil',
      label: { vi: 'Kiểm tra', en: 'Inspections' },
      basis: [{ instrument: '12/KH-UBND', article: 2, clause: 1, point: 'a' }],
      confidence: 'plan-text',
    },
    { metric: 'cross-checked-units', atLeast: ' 100 % ', rounding: 'floor' },
    { metric: 'advanced-models', atLeast: '02' },
    { metric: 'trained-officers', atLeast: 5, rounding: 'half-up' },
  ],
  managedUnits: 47,
  clusterUnits: 9,
  bases: { 'trained-officers': 120 },
};
const ACTUALS = {
  inspectedUnits: 14,
  'cross-checked-units': 9,
  advancedModels: 2,
  'trained-officers': 5,
};

check({
  name: 'PlanTargetsInputSchema ↔ checkPlanTargets',
  schema: PlanTargetsInputSchema,
  file: 'plan-targets-input.json',
  run: (x) => checkPlanTargets(x, ACTUALS),
  // More units reported than the base given (two arguments).
  libraryOnly: ['ACTUAL_ABOVE_BASE'],
  valid: [FULL_TARGETS, {}, { targets: [] }],
  invalid: [
    [{ targets: [{ metric: 'x', atLeast: '150%' }] }, 'INVALID_RATIO'],
    [{ targets: [{ metric: 'x', atLeast: 2.5 }] }, 'INVALID_TARGET'],
    [{ targets: [{ metric: 'x', atLeast: 1, rounding: null }] }, 'INVALID_ROUNDING'],
    [{ targets: [{ metric: 'x', atLeast: '2.5' }] }, 'INVALID_TARGET'],
    [{ targets: [{ metric: ' ', atLeast: 1 }] }, 'INVALID_INPUT'],
    [{ targets: [{ metric: 'x', atLeast: 1, rounding: 'down' }] }, 'INVALID_ROUNDING'],
    [{ targets: [{ metric: 'x', atLeast: 1, label: 'x' }] }, 'INVALID_INPUT'],
    [{ targets: [{ metric: 'x', atLeast: 1, basis: [{ instrument: '' }] }] }, 'INVALID_INPUT'],
    [
      { targets: [{ metric: 'x', atLeast: 1, basis: [{ instrument: 'x', article: -2 }] }] },
      'INVALID_INPUT',
    ],
    [{ managedUnits: -1 }, 'INVALID_INPUT'],
  ],
  jsonGaps: [
    [
      {
        targets: [
          { metric: 'x', atLeast: 1 },
          { metric: 'x', atLeast: 2 },
        ],
      },
      'DUPLICATE_TARGET',
    ],
  ],
  values: [
    'inspected-units',
    'advanced-models',
    '1000000000',
    '99.5%',
    { metric: 'inspected-units', atLeast: 1 },
    { 'inspected-units': 10 },
  ],
  keys: [
    'id',
    'metric',
    'atLeast',
    'rounding',
    'label',
    'basis',
    'confidence',
    'managedUnits',
    'bases',
    'inspected-units',
  ],
});

const TARGET_KEYS = FULL_TARGETS.targets.flatMap((t) => [
  t.metric,
  t.metric.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
]);
const ALL_TARGETS = {
  targets: FULL_TARGETS.targets,
  managedUnits: 47,
  clusterUnits: 9,
  bases: FULL_TARGETS.bases,
};

check({
  name: 'PlanActualsSchema ↔ checkPlanTargets',
  schema: PlanActualsSchema,
  file: 'plan-actuals.json',
  run: (x) => checkPlanTargets(ALL_TARGETS as never, x),
  libraryOnly: ['ACTUAL_ABOVE_BASE'],
  // The function reads only the metrics its targets name.
  tolerated: (i) => !TARGET_KEYS.includes(String(i.path[0])),
  valid: [ACTUALS, {}, { 'inspected-units': 14, inspectedUnits: 14 }],
  invalid: [
    [{ inspectedUnits: -1 }, 'INVALID_INPUT'],
    [{ 'advanced-models': '2' }, 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
  ],
  jsonGaps: [[{ 'inspected-units': 14, inspectedUnits: 13 }, 'INVALID_INPUT']],
  values: [14, 15, 47],
  keys: [
    'inspected-units',
    'inspectedUnits',
    'crossCheckedUnits',
    'advancedModels',
    'trained-officers',
    'trainedOfficers',
  ],
});

// ---------------------------------------------------------------------------------------------
// Eligibility and calendar.

const RECORD: TdktRecord = {
  kind: 'individual',
  id: 'NV-1',
  years: [{ year: 2024, rating: 'HTXSNV' }],
  honours: [],
};

describe('EvaluateOptionsSchema ↔ evaluate (profile)', () => {
  it('a defineProfile result passes; the schema cannot tell a plain object from one', () => {
    const profile = defineProfile({ id: 'bo-x', base: 'VN-2024' });
    const o = { period: 2024, profile, regime: 'VN-2024' };
    expect(EvaluateOptionsSchema.safeParse(o).success).toBe(true);
    expect(outcome(() => evaluate(RECORD, 'LDTT', o as never))).toBe('ok');
    const plain = { period: 2024, profile: { id: 'bo-x', base: 'VN-2024' } };
    expect(EvaluateOptionsSchema.safeParse(plain).success).toBe(true);
    expect(outcome(() => evaluate(RECORD, 'LDTT', plain as never))).toBe('INVALID_INPUT');
  });
});

check({
  name: 'EvaluateOptionsSchema ↔ evaluate',
  schema: EvaluateOptionsSchema,
  file: 'evaluate-options.json',
  run: (x) => evaluate(RECORD, 'CSTDCS', x),
  // No regime is encoded before 2017-10-01.
  libraryOnly: ['NO_REGIME'],
  valid: [
    { period: 2024 },
    { period: 2024, regime: 'VN-2017', asOf: '2025-01-15', includeProvisional: true },
  ],
  invalid: [
    [{ period: 2024.5 }, 'INVALID_INPUT'],
    [{ period: 2024, regime: 'VN-2030' }, 'UNKNOWN_REGIME'],
    [{ period: 2024, asOf: '2025-02-29' }, 'INVALID_DATE'],
    [{ period: 2024, includeProvisional: 'yes' }, 'INVALID_INPUT'],
    [{ period: 2024, profile: [] }, 'INVALID_INPUT'],
    [{}, 'INVALID_INPUT'],
  ],
  values: [
    'VN-2024',
    'VN-2025-07',
    'VN-2026-10',
    '2025-01-01',
    '2030-12-31',
    '1999-01-01',
    2017,
    2016,
  ],
  keys: ['regime', 'asOf', 'includeProvisional', 'period'],
});

check({
  name: 'LunarDateSchema ↔ fromLunar',
  schema: LunarDateSchema,
  file: 'lunar-date.json',
  run: (x) => fromLunar(x),
  // Month lengths and leap months come from the lunar calendar.
  libraryOnly: ['INVALID_LUNAR_DATE'],
  valid: [
    { year: 2025, month: 6, day: 1, leap: true },
    { year: 1900, month: 1, day: 1 },
    { year: 2100, month: 12, day: 1, leap: false },
  ],
  invalid: [
    [{ year: 2101, month: 1, day: 1 }, 'OUT_OF_RANGE'],
    [{ year: 2025.5, month: 1, day: 1 }, 'INVALID_INPUT'],
    [{ year: 2025, month: 13, day: 1 }, 'INVALID_LUNAR_DATE'],
    [{ year: 2025, month: 1, day: 31 }, 'INVALID_LUNAR_DATE'],
    [{ year: 2025, month: 1, day: 1, leap: 1 }, 'INVALID_INPUT'],
  ],
  values: [30, 29, 12, 13, 2033, 11],
  keys: ['leap', 'month', 'day'],
});

check({
  name: 'LunarOptionsSchema ↔ toLunar and fromLunar',
  schema: LunarOptionsSchema,
  file: 'lunar-options.json',
  run: (x) => {
    const a = outcome(() => toLunar('2025-01-29', x));
    expect(outcome(() => fromLunar({ year: 2025, month: 1, day: 1 }, x))).toBe(a);
    if (a !== 'ok') toLunar('2025-01-29', x);
  },
  valid: [{}, { timeZone: 8 }, { timeZone: -12 }, { timeZone: 14 }, { timeZone: 5.75 }],
  invalid: [
    [{ timeZone: 15 }, 'INVALID_INPUT'],
    [{ timeZone: '7' }, 'INVALID_INPUT'],
    [[], 'INVALID_INPUT'],
  ],
  values: [-13, 7, -12.5],
  keys: ['timeZone'],
});

// ---------------------------------------------------------------------------------------------
// The ratio forms of the quotas and inspection modules, exhaustively on a grammar.

describe('ratio strings are read as the library reads them', () => {
  const atom = fc.constantFrom(
    '',
    ' ',
    '+',
    '-',
    '0',
    '1',
    '3',
    '9',
    '.',
    '%',
    ',',
    'e',
    '00',
    '100',
  );
  it('RatioSchema ⇔ quotaLimit accepts; PositiveRatioSchema ⇔ inspectionQuota accepts', async () => {
    const { quotaLimit } = await import('../quotas/quota-limit.js');
    fc.assert(
      fc.property(fc.array(atom, { maxLength: 7 }), (parts) => {
        const s = parts.join('');
        expect(RatioSchema.safeParse(s).success, s).toBe(outcome(() => quotaLimit(10, s)) === 'ok');
        expect(PositiveRatioSchema.safeParse(s).success, s).toBe(
          outcome(() => inspectionQuota(10, { ratio: s })) === 'ok',
        );
      }),
      { seed: 42, numRuns: 3000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Quotas.

check({
  name: 'QuotaCandidatesSchema ↔ selectWithinQuota (candidates)',
  schema: QuotaCandidatesSchema,
  file: 'quota-candidates.json',
  run: (x) => selectWithinQuota(x, { limit: 2 }),
  valid: [
    [{ id: 'A' }, { id: 'B', rank: 2, score: '97.5', name: 'Nguyễn Văn B' }, { id: 'C', score: 9 }],
    [],
    [{ id: ' A ', rank: 1, score: ' -0.5 ' }],
  ],
  invalid: [
    [[{ id: '' }], 'INVALID_INPUT'],
    [[{ id: 'A', rank: 0 }], 'INVALID_INPUT'],
    [[{ id: 'A', rank: 1.5 }], 'INVALID_INPUT'],
    [[{ id: 'A', score: '9,5' }], 'INVALID_NUMBER'],
    [[{ id: 'A', score: null }], 'INVALID_NUMBER'],
    [[{ id: 7 }], 'INVALID_INPUT'],
    [{ id: 'A' }, 'INVALID_INPUT'],
  ],
  jsonGaps: [[[{ id: 'A' }, { id: 'A', rank: 1 }], 'DUPLICATE_CANDIDATE']],
  values: ['C', 'A', 97.5, '1e3', { id: 'D' }, { id: 'A' }],
  keys: ['rank', 'score', 'id'],
});

const QUOTA_CANDIDATES = [
  { id: 'A', rank: 1, score: '90' },
  { id: 'B', rank: 2, score: '85.5' },
  { id: 'C', rank: 2, score: 85.5 },
  { id: 'D', rank: 4, score: '70' },
];

check({
  name: 'SelectWithinQuotaOptionsSchema ↔ selectWithinQuota (options)',
  schema: SelectWithinQuotaOptionsSchema,
  file: 'select-within-quota-options.json',
  run: (x) => selectWithinQuota(QUOTA_CANDIDATES, x),
  valid: [
    { base: 47, ratio: '15%' },
    { base: 10, ratio: 0.25, rounding: 'ceil', order: 'rank' },
    { limit: 2, order: 'score' },
    { ratio: null },
    { ratio: null, base: 5, rounding: 'half-even', order: 'as-given' },
    { base: 0, ratio: ' 0 ' },
  ],
  invalid: [
    [{ limit: 2, base: 5 }, 'CONFLICTING_OPTIONS'],
    [{ limit: 2, ratio: null }, 'CONFLICTING_OPTIONS'],
    [{ ratio: '15%' }, 'INVALID_INPUT'],
    [{}, 'INVALID_INPUT'],
    [{ base: 47, ratio: '150%' }, 'INVALID_RATIO'],
    [{ base: 47, ratio: '1e-1' }, 'INVALID_NUMBER'],
    [{ limit: -1 }, 'INVALID_INPUT'],
    [{ limit: 2, order: 'name' }, 'INVALID_INPUT'],
    [{ limit: 2, rounding: 'up' }, 'INVALID_ROUNDING'],
    [{ base: 4.5, ratio: 0.5 }, 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
  ],
  values: ['rank', 'score', 'as-given', 'ceil', 'down', 47, '0.15', 0.15, '15 %'],
  keys: ['base', 'ratio', 'limit', 'rounding', 'order'],
  runs: 400,
});

check({
  name: 'CapFromParameterOptionsSchema ↔ capFromParameter',
  schema: CapFromParameterOptionsSchema,
  file: 'cap-from-parameter-options.json',
  run: (x) => capFromParameter('CSTDCS_CAP_PCT_OF_LDTT', 47, '2020-12-31', x),
  valid: [{}, { rounding: 'ceil', includeProvisional: true }, { includeProvisional: false }],
  invalid: [
    [{ rounding: 'up' }, 'INVALID_ROUNDING'],
    [[], 'INVALID_INPUT'],
    ['floor', 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
    [{ includeProvisional: 'yes' }, 'INVALID_INPUT'],
    [{ includeProvisional: null }, 'INVALID_INPUT'],
    [{ rounding: null }, 'INVALID_ROUNDING'],
  ],
  values: ['half-up', 'down', 'x'],
  keys: ['rounding', 'includeProvisional'],
});

// ---------------------------------------------------------------------------------------------
// Eligibility profiles.

const PROFILE_CITE = { instrument: '14/2024/QĐ-UBND', article: 9, clause: 1, point: 'a' };
const LABEL = { vi: 'Nhãn', en: 'Label' };
const FULL_PROFILE = {
  id: 'lao-cai-2024',
  name: { vi: 'Lào Cai', en: 'Lao Cai' },
  base: 'VN-2024',
  basis: [PROFILE_CITE],
  confidence: 'plan-text',
  overrides: {
    LDTT_NEW_HIRE_MIN_MONTHS: 12,
    LDTT_MIN_RATING: [
      { from: '2024-01-01', value: 'HTXSNV', basis: [PROFILE_CITE], confidence: 'confirmed' },
      {
        from: '2025-01-01',
        value: 'HTTNV',
        basis: [{ instrument: 'CV 123/SNV' }],
        confidence: 'secondary',
        note: 'n',
      },
    ],
  },
  extraCriteria: [
    {
      id: 'no-sanction',
      honours: ['LDTT', 'CSTDCS'],
      type: 'noAdministrativeSanction',
      label: LABEL,
      basis: [PROFILE_CITE],
    },
    {
      id: 'rating',
      honours: ['LDTT'],
      type: 'rating',
      min: 'LDTT_MIN_RATING',
      label: LABEL,
      basis: [],
    },
    {
      id: 'streak',
      honours: ['CSTDCS'],
      type: 'consecutive',
      pred: { kind: 'holds', codes: ['LDTT'], concurrent: { civil: 'LDTT', armedForces: 'CSTT' } },
      window: { length: 'LDTT_NEW_HIRE_MIN_MONTHS', clock: { after: ['LDTT'], self: true } },
      label: LABEL,
      basis: [],
    },
    {
      id: 'group',
      honours: ['LDTT'],
      type: 'anyOf',
      label: LABEL,
      basis: [],
      items: [
        { id: 'a', type: 'ledCluster', label: LABEL, basis: [] },
        {
          id: 'b',
          type: 'memberShare',
          field: 'ldtt',
          min: 'LDTT_NEW_HIRE_MIN_MONTHS',
          label: LABEL,
          basis: [],
        },
      ],
    },
  ],
  extraJudgements: [
    {
      id: 'council',
      message: LABEL,
      basis: [PROFILE_CITE],
      honours: ['LDTT'],
      occupations: ['worker', 'farmer'],
    },
  ],
};

/** defineProfile, with its findings on parameters (data outside the schema) under their own code. */
function defineProfileChecked(x: never): unknown {
  try {
    return defineProfile(x);
  } catch (e) {
    if (
      e instanceof TdktError &&
      e.code === 'INVALID_PROFILE' &&
      e.issues.some((i) => /^Unknown parameter|does not match the type/.test(i.message.en))
    ) {
      throw new TdktError('PARAMETER_DATA', e.issues);
    }
    throw e;
  }
}

/** Fields of a criterion that `defineProfile` does not check (evaluation reads them). */
const UNCHECKED_CRITERION_FIELDS = new Set([
  'codes',
  'concurrent',
  'kinds',
  'code',
  'clock',
  'field',
  'civil',
  'armedForces',
  'after',
  'self',
  'pred',
  'window',
  'kind',
]);

/** `f`, or a union issue with a branch whose issues are all unknown keys or `f`. */
function throughUnions(f: (i: z.core.$ZodIssue, x: unknown) => boolean) {
  const ok = (i: z.core.$ZodIssue, x: unknown): boolean =>
    f(i, x) ||
    (i.code === 'invalid_union' &&
      i.errors.some((branch) =>
        branch.every((e) => unknownKeys(e) || ok({ ...e, path: [...i.path, ...e.path] }, x)),
      ));
  return ok;
}

check({
  name: 'ProfileSpecSchema ↔ defineProfile',
  schema: ProfileSpecSchema,
  file: 'profile-spec.json',
  run: defineProfileChecked,
  // Whether a parameter exists and an override has its type: the parameter registry.
  libraryOnly: ['UNKNOWN_PARAMETER', 'PARAMETER_DATA'],
  tolerated: throughUnions(
    anyOf(
      (i) =>
        i.path[0] === 'extraCriteria' &&
        i.path.some((k) => typeof k === 'string' && UNCHECKED_CRITERION_FIELDS.has(k)),
      // A judgement's occupations are dropped; a dated value's note is kept only when a string.
      (i) => i.path.includes('occupations'),
      (i) => i.path[0] === 'overrides' && i.path[i.path.length - 1] === 'note',
      // A plain override that is not finite (not JSON) has the type of a numeric parameter.
      (i, x) => i.path[0] === 'overrides' && typeof valueAt(x, i.path) === 'number',
    ),
  ),
  valid: [FULL_PROFILE, { id: 'p', base: 'VN-2017' }, { id: ' ', base: 'VN-2025-07', name: 'x' }],
  invalid: [
    [{ id: '', base: 'VN-2024' }, 'INVALID_PROFILE'],
    [{ id: 'p', base: 'VN-2030' }, 'UNKNOWN_REGIME'],
    [{ id: 'p', base: 'VN-2024', name: { vi: 'x' } }, 'INVALID_PROFILE'],
    [{ id: 'p', base: 'VN-2024', confidence: 'sure' }, 'INVALID_PROFILE'],
    [{ id: 'p', base: 'VN-2024', basis: [{ article: 1 }] }, 'INVALID_PROFILE'],
    [{ id: 'p', base: 'VN-2024', overrides: [] }, 'INVALID_PROFILE'],
    [
      {
        id: 'p',
        base: 'VN-2024',
        overrides: {
          LDTT_MIN_RATING: [
            { from: '2024-02-30', value: 'HTNV', basis: [PROFILE_CITE], confidence: 'confirmed' },
          ],
        },
      },
      'INVALID_PROFILE',
    ],
    [
      {
        id: 'p',
        base: 'VN-2024',
        overrides: {
          LDTT_MIN_RATING: [
            { from: '2024-01-01', value: 'HTNV', basis: [], confidence: 'confirmed' },
          ],
        },
      },
      'INVALID_PROFILE',
    ],
    [
      {
        id: 'p',
        base: 'VN-2024',
        extraCriteria: [{ id: 'x', honours: ['LDTT'], type: 'magic', label: LABEL, basis: [] }],
      },
      'INVALID_PROFILE',
    ],
    [
      {
        id: 'p',
        base: 'VN-2024',
        extraCriteria: [
          { id: 'x', honours: ['NOPE'], type: 'ledCluster', label: LABEL, basis: [] },
        ],
      },
      'UNKNOWN_HONOUR',
    ],
    [
      {
        id: 'p',
        base: 'VN-2024',
        extraCriteria: [{ id: 'x', honours: [], type: 'ledCluster', label: LABEL, basis: [] }],
      },
      'INVALID_PROFILE',
    ],
    [
      {
        id: 'p',
        base: 'VN-2024',
        extraCriteria: [
          { id: 'x', honours: ['LDTT'], type: 'allOf', items: [], label: LABEL, basis: [] },
        ],
      },
      'INVALID_PROFILE',
    ],
  ],
  jsonGaps: [
    [
      {
        id: 'p',
        base: 'VN-2024',
        extraCriteria: [
          { id: 'x', honours: ['LDTT'], type: 'ledCluster', label: LABEL, basis: [] },
          { id: 'x', honours: ['CSTDCS'], type: 'ledCluster', label: LABEL, basis: [] },
        ],
      },
      'INVALID_PROFILE',
    ],
    [
      {
        id: 'p',
        base: 'VN-2024',
        overrides: {
          LDTT_MIN_RATING: [
            { from: '2025-01-01', value: 'HTNV', basis: [PROFILE_CITE], confidence: 'confirmed' },
            { from: '2024-01-01', value: 'HTNV', basis: [PROFILE_CITE], confidence: 'confirmed' },
          ],
        },
      },
      'INVALID_PROFILE',
    ],
  ],
  values: [
    'LDTT',
    'CSTDCS',
    'NOPE',
    'VN-2024',
    'LDTT_MIN_RATING',
    'LDTT_NEW_HIRE_MIN_MONTHS',
    'NO_SUCH_PARAM',
    'HTNV',
    'confirmed',
    'rating',
    'ledCluster',
    'allOf',
    '2024-06-01',
    LABEL,
    [PROFILE_CITE],
    { kind: 'rating', min: 'LDTT_MIN_RATING' },
    { id: 'z', type: 'ledCluster', label: LABEL, basis: [] },
  ],
  keys: [
    'name',
    'basis',
    'confidence',
    'overrides',
    'extraCriteria',
    'extraJudgements',
    'LDTT_MIN_RATING',
    'codes',
    'pred',
    'window',
    'min',
    'note',
    'occupations',
    'items',
  ],
  runs: 500,
});

// ---------------------------------------------------------------------------------------------
// Calendar options.

check({
  name: 'AnniversariesOptionsSchema ↔ anniversariesInYear',
  schema: AnniversariesOptionsSchema,
  file: 'anniversaries-options.json',
  run: (x) => anniversariesInYear(2028, x),
  valid: [{}, { roundOnly: true, tdkt: false, kind: 'tradition-day' }],
  invalid: [
    [{ kind: 'holiday' }, 'INVALID_INPUT'],
    [{ roundOnly: 1 }, 'INVALID_INPUT'],
    [{ tdkt: 'true' }, 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
    [[], 'INVALID_INPUT'],
  ],
  values: ['public-holiday', 'major-national-day', 'tdkt-milestone', 'lunar'],
  keys: ['roundOnly', 'tdkt', 'kind', 'calendar'],
});

check({
  name: 'ObservancesInYearOptionsSchema ↔ observancesInYear',
  schema: ObservancesInYearOptionsSchema,
  file: 'observances-in-year-options.json',
  run: (x) => observancesInYear(2028, x),
  valid: [{}, { includeProposed: true, tdkt: true, kind: 'international-day' }],
  invalid: [
    [{ includeProposed: 'yes' }, 'INVALID_INPUT'],
    [{ kind: 7 }, 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
  ],
  values: ['public-holiday', 'tdkt-milestone', 'established'],
  keys: ['includeProposed', 'tdkt', 'kind', 'status'],
});

check({
  name: 'ObservanceFilterSchema ↔ listObservances',
  schema: ObservanceFilterSchema,
  file: 'observance-filter.json',
  run: (x) => listObservances(x),
  valid: [{}, { kind: 'public-holiday', tdkt: false, calendar: 'lunar', status: 'established' }],
  invalid: [
    [{ calendar: 'am-lich' }, 'INVALID_INPUT'],
    [{ status: 'draft' }, 'INVALID_INPUT'],
    [{ tdkt: 0 }, 'INVALID_INPUT'],
    ['lunar', 'INVALID_INPUT'],
  ],
  values: ['solar', 'lunar', 'proposed', 'established', 'tradition-day'],
  keys: ['kind', 'tdkt', 'calendar', 'status'],
});

check({
  name: 'PlanMilestonesOptionsSchema ↔ planMilestones',
  schema: PlanMilestonesOptionsSchema,
  file: 'plan-milestones-options.json',
  run: (x) => planMilestones(2028, x),
  valid: [{}, { congress: false }, { congress: true }],
  invalid: [
    [{ congress: 'no' }, 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
  ],
  keys: ['congress'],
});

check({
  name: 'SchoolYearOptionsSchema ↔ schoolYearOf',
  schema: SchoolYearOptionsSchema,
  file: 'school-year-options.json',
  run: (x) => schoolYearOf('2025-10-01', x),
  valid: [{}, { start: '08-15' }, { start: '12-31' }, { start: '02-28' }, { start: '04-30' }],
  invalid: [
    [{ start: '02-29' }, 'INVALID_INPUT'],
    [{ start: '04-31' }, 'INVALID_INPUT'],
    [{ start: '9-1' }, 'INVALID_INPUT'],
    [{ start: '13-01' }, 'INVALID_INPUT'],
    [{ start: 901 }, 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
  ],
  values: ['02-29', '02-30', '00-10', '01-00', '06-31', '07-31', ' 09-01', '09-01 ', '11-30'],
  keys: ['start'],
});

describe('WorkdayOptionsSchema ↔ isWorkingDay (calendar)', () => {
  it('a createWorkCalendar result passes; the schema cannot tell a plain object from one', () => {
    const o = { calendar: createWorkCalendar({ weekend: [7] }) };
    expect(WorkdayOptionsSchema.safeParse(o).success).toBe(true);
    expect(outcome(() => isWorkingDay('2025-04-26', o))).toBe('ok');
    const plain = { calendar: { weekend: [7], years: [], applySwaps: true } };
    expect(WorkdayOptionsSchema.safeParse(plain).success).toBe(true);
    expect(outcome(() => isWorkingDay('2025-04-26', plain as never))).toBe('INVALID_INPUT');
    expect(PostingOptionsSchema.safeParse({ ...o, kind: 'hero' }).success).toBe(true);
    expect(outcome(() => postingPeriodEnd('2025-01-20', { ...o, kind: 'hero' }))).toBe('ok');
  });
});

check({
  name: 'WorkdayOptionsSchema ↔ isWorkingDay',
  schema: WorkdayOptionsSchema,
  file: 'workday-options.json',
  run: (x) => isWorkingDay('2025-04-26', x),
  valid: [{}],
  invalid: [
    [{ calendar: 'VN' }, 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
    [[], 'INVALID_INPUT'],
  ],
});

check({
  name: 'PostingOptionsSchema ↔ postingPeriodEnd and earliestCouncilMeeting',
  schema: PostingOptionsSchema,
  file: 'posting-options.json',
  run: (x) => postingPeriodEnd('2025-01-20', x),
  valid: [{}, { kind: 'hero', days: 10, countStartDay: true }, { days: 365 }, { kind: 'state' }],
  invalid: [
    [{ days: 0 }, 'INVALID_INPUT'],
    [{ days: 366 }, 'INVALID_INPUT'],
    [{ days: 2.5 }, 'INVALID_INPUT'],
    [{ kind: 'anh-hung' }, 'INVALID_INPUT'],
    [{ countStartDay: 'no' }, 'INVALID_INPUT'],
    [{ calendar: 7 }, 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
  ],
  values: ['hero', 'state', 10, 365, 366, 5],
  keys: ['kind', 'days', 'countStartDay'],
});

const FULL_WORK_YEAR = {
  year: 2027,
  tetDaysOff: ['2027-02-04', '2027-02-05', '2027-02-08'],
  nationalDayExtra: [],
  compensatory: ['2026-12-31', '2028-01-02'],
  swaps: [{ off: '2027-05-03', worked: '2027-04-24' }],
  extraDaysOff: [
    { date: '2027-06-01', name: { vi: 'Nghỉ', en: 'Day off' } },
    { date: '2027-06-02' },
  ],
  sources: [
    { topic: 'Tết', reference: 'Công văn', url: 'https://example.org', confidence: 'secondary' },
    { topic: '2/9', confidence: 'unverified' },
  ],
  note: 'chưa chính thức',
};
const WORK_VALUES: readonly unknown[] = [
  2014,
  2027,
  2013,
  2101,
  7,
  6,
  8,
  '2027-02-04',
  '2027-02-30',
  '2030-01-01',
  '2025-12-31',
  'verified',
  'unsure',
  { off: '2027-05-03', worked: '2027-04-24' },
  { date: '2027-09-03' },
  { year: 2028 },
  { year: 2027 },
  { topic: 'x', confidence: 'verified' },
];
const WORK_KEYS = [
  'year',
  'tetDaysOff',
  'nationalDayExtra',
  'compensatory',
  'swaps',
  'extraDaysOff',
  'sources',
  'note',
  'name',
  'reference',
];

check({
  name: 'WorkCalendarSpecSchema ↔ createWorkCalendar',
  schema: WorkCalendarSpecSchema,
  file: 'work-calendar-spec.json',
  run: (x) => createWorkCalendar(x),
  valid: [
    {},
    {
      weekend: [7],
      applySwaps: false,
      replaceBuiltIn: true,
      years: [FULL_WORK_YEAR, { year: 2028 }],
    },
    { weekend: [] },
    { weekend: [6, 6, 7], years: [{ year: 2025 }] },
  ],
  invalid: [
    [{ weekend: [0] }, 'INVALID_INPUT'],
    [{ weekend: [1.5] }, 'INVALID_INPUT'],
    [{ weekend: 7 }, 'INVALID_INPUT'],
    [{ years: [{ year: 2013 }] }, 'OUT_OF_RANGE'],
    [{ years: [{ year: 2027, tetDaysOff: ['2027-02-30'] }] }, 'INVALID_DATE'],
    [{ years: [{ year: 2027, sources: [{ topic: 'x', confidence: 'sure' }] }] }, 'INVALID_INPUT'],
    [{ applySwaps: 'yes' }, 'INVALID_INPUT'],
    [{ years: {} }, 'INVALID_INPUT'],
    [null, 'INVALID_INPUT'],
  ],
  jsonGaps: [
    [{ years: [{ year: 2027 }, { year: 2027 }] }, 'INVALID_INPUT'],
    [{ weekend: [1, 2, 3, 4, 5, 6, 7] }, 'INVALID_INPUT'],
    [{ years: [{ year: 2027, compensatory: ['2030-01-01'] }] }, 'INVALID_INPUT'],
  ],
  values: [...WORK_VALUES, [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 7]],
  keys: [...WORK_KEYS, 'weekend', 'applySwaps', 'replaceBuiltIn', 'years'],
  runs: 400,
});

check({
  name: 'WorkYearSchema ↔ createWorkCalendar (one year)',
  schema: WorkYearSchema,
  file: 'work-year.json',
  run: (x) => createWorkCalendar({ years: [x] }),
  valid: [FULL_WORK_YEAR, { year: 2100 }, { year: 2014, tetDaysOff: ['2013-12-31'] }],
  invalid: [
    [{ year: 2027.5 }, 'INVALID_INPUT'],
    [{ year: 2027, swaps: [{ off: '2027-05-03' }] }, 'INVALID_DATE'],
    [{ year: 2027, extraDaysOff: [{ date: '2027-06-01', name: 'x' }] }, 'INVALID_INPUT'],
    [{ year: 2027, note: 7 }, 'INVALID_INPUT'],
    [{}, 'INVALID_INPUT'],
  ],
  jsonGaps: [
    [{ year: 2027, swaps: [{ off: '2029-05-03', worked: '2027-04-24' }] }, 'INVALID_INPUT'],
  ],
  values: WORK_VALUES,
  keys: WORK_KEYS,
  runs: 400,
});
