/**
 * Fixture builders for downstream tests (`tdkt/testing`): records with sensible defaults, a
 * seeded generator of realistic agencies, and assertion-free helpers that read verdicts.
 * Works with vitest, jest, node:test or any other runner.
 * @packageDocumentation
 */

import type { HonourCode } from '../catalogue/codes.js';
import { describe, fail, isRecordObject } from '../core/errors.js';
import type {
  CollectiveRecord,
  CollectiveYear,
  HonourReceived,
  IndividualRecord,
  IndividualYear,
  Rating,
} from '../core/records.js';

/**
 * The builders check only the shape they read (an object, arrays where they add to one): a
 * downstream test may build an invalid record on purpose, to test its own validation.
 */
function need(ok: boolean, path: readonly (string | number)[], vi: string, en: string): void {
  if (!ok) throw fail('INVALID_INPUT', path, vi, en);
}

function optionalObject(value: unknown, name: string): void {
  need(
    value === undefined || isRecordObject(value),
    [name],
    `${name} phải là một đối tượng, nhận được ${describe(value)}`,
    `${name} must be an object, got ${describe(value)}`,
  );
}

function optionalArray(value: unknown, path: readonly (string | number)[]): void {
  need(
    value === undefined || Array.isArray(value),
    path,
    `${path.join('.')} phải là một mảng, nhận được ${describe(value)}`,
    `${path.join('.')} must be an array, got ${describe(value)}`,
  );
}

/** A record the copy-and-add builders can work on: an object whose years and honours are arrays. */
function checkRecord(record: unknown): void {
  optionalObject(record, 'record');
  need(record !== undefined, ['record'], 'Cần một hồ sơ (record)', 'A record is required');
  const r = record as { years?: unknown; honours?: unknown };
  need(
    Array.isArray(r.years) && Array.isArray(r.honours),
    ['record'],
    'Hồ sơ cần hai mảng years và honours',
    'The record needs the arrays years and honours',
  );
}

// Records are plain JSON-like data; a small deep copy keeps src/ free of host APIs.
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => clone(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clone(v);
    return out as T;
  }
  return value;
}

function checkOverrides(overrides: unknown): void {
  optionalObject(overrides, 'overrides');
  const o = (overrides ?? {}) as { years?: unknown; honours?: unknown };
  optionalArray(o.years, ['overrides', 'years']);
  optionalArray(o.honours, ['overrides', 'honours']);
}

/**
 * A person's record with defaults: id `'ca-nhan-1'`, no years, no honours. Overrides replace
 * the defaults (the arrays are copied, never shared).
 *
 * @example
 * ```ts
 * import { individual } from 'tdkt/testing';
 * const r = individual({ id: 'nv-01', years: [{ year: 2024, rating: 'HTXSNV' }] });
 * r.kind; // 'individual'
 * ```
 * @throws TdktError (`INVALID_INPUT`) when `overrides` is not an object, or its `years` or
 * `honours` not an array. Anything else may be invalid on purpose: it is copied as given.
 * @category Testing
 * @since 0.1.0
 */
export function individual(
  overrides: Partial<Omit<IndividualRecord, 'kind'>> = {},
): IndividualRecord {
  checkOverrides(overrides);
  return {
    id: 'ca-nhan-1',
    ...clone(overrides),
    kind: 'individual',
    years: clone(overrides.years ?? []),
    honours: clone(overrides.honours ?? []),
  };
}

/**
 * A collective's record with defaults: id `'tap-the-1'`, no years, no honours.
 *
 * @example
 * ```ts
 * import { collective } from 'tdkt/testing';
 * const c = collective({ years: [{ year: 2024, rating: 'HTXSNV', members: { total: 20, ldtt: 14 } }] });
 * c.years[0]?.members?.total; // 20
 * ```
 * @throws TdktError (`INVALID_INPUT`) when `overrides` is not an object, or its `years` or
 * `honours` not an array.
 * @category Testing
 * @since 0.1.0
 */
export function collective(
  overrides: Partial<Omit<CollectiveRecord, 'kind'>> = {},
): CollectiveRecord {
  checkOverrides(overrides);
  return {
    id: 'tap-the-1',
    ...clone(overrides),
    kind: 'collective',
    years: clone(overrides.years ?? []),
    honours: clone(overrides.honours ?? []),
  };
}

/**
 * Assessment periods from `from` to `to` (inclusive) with the same fields, e.g. a rating.
 *
 * @example
 * ```ts
 * import { yearsRated } from 'tdkt/testing';
 * yearsRated(2022, 2024, 'HTTNV').map((y) => y.year); // [2022, 2023, 2024]
 * ```
 * @throws TdktError (`INVALID_INPUT`) when the years are not integers or `to < from`.
 * @category Testing
 * @since 0.1.0
 */
export function yearsRated(from: number, to: number, rating?: Rating): IndividualYear[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > 200) {
    throw fail('INVALID_INPUT', ['from'], 'Khoảng năm không hợp lệ', 'Invalid range of years');
  }
  const out: IndividualYear[] = [];
  for (let y = from; y <= to; y++) out.push(rating ? { year: y, rating } : { year: y });
  return out;
}

/**
 * A copy of the record with these periods added; a period already present is replaced.
 *
 * @example
 * ```ts
 * import { individual, withYears } from 'tdkt/testing';
 * const r = withYears(individual(), { year: 2023, rating: 'HTTNV' }, { year: 2024, rating: 'HTXSNV' });
 * r.years.length; // 2
 * ```
 * @throws TdktError (`INVALID_INPUT`) when the record lacks the arrays `years` and `honours`,
 * or a period (given or already in the record) is not an object.
 * @category Testing
 * @since 0.1.0
 */
export function withYears<R extends IndividualRecord | CollectiveRecord>(
  record: R,
  ...years: R extends IndividualRecord ? IndividualYear[] : CollectiveYear[]
): R {
  checkRecord(record);
  const periods: [unknown, (string | number)[]][] = [
    ...record.years.map((y, i): [unknown, (string | number)[]] => [y, ['record', 'years', i]]),
    ...years.map((y, i): [unknown, (string | number)[]] => [y, ['years', i]]),
  ];
  for (const [y, at] of periods) {
    need(
      isRecordObject(y),
      at,
      `Mỗi kỳ phải là một đối tượng { year, … }, nhận được ${describe(y)}`,
      `Each period must be an object { year, … }, got ${describe(y)}`,
    );
  }
  const copy = clone(record);
  const byYear = new Map<number, IndividualYear | CollectiveYear>();
  for (const y of copy.years) byYear.set(y.year, y);
  for (const y of clone(years)) byYear.set(y.year, y);
  (copy as { years: unknown[] }).years = [...byYear.values()].sort(
    // Only numeric years are ordered: a test may build an invalid year on purpose (a string, a
    // bigint), which then keeps its place.
    (a, b) => (typeof a.year === 'number' && typeof b.year === 'number' ? a.year - b.year : 0),
  );
  return copy;
}

/**
 * A copy of the record with an honour added. Give a code and a year for annual titles, or a
 * full `HonourReceived` (a type of the main entry point) for decisions with dates and achievement
 * periods.
 *
 * @example
 * ```ts
 * import { individual, withHonour } from 'tdkt/testing';
 * const r = withHonour(withHonour(individual(), 'LDTT', 2024), {
 *   code: 'BK_BO_TINH', decisionDate: '2019-03-15',
 *   achievementPeriod: { from: '2017-01-01', to: '2018-12-31' },
 * });
 * r.honours.map((h) => h.code); // ['LDTT', 'BK_BO_TINH']
 * ```
 * @throws TdktError (`INVALID_INPUT`) when the record lacks the arrays `years` and `honours`,
 * or the honour is neither a code nor an object.
 * @category Testing
 * @since 0.1.0
 */
export function withHonour<R extends IndividualRecord | CollectiveRecord>(
  record: R,
  honour: HonourCode | HonourReceived,
  year?: number,
): R {
  checkRecord(record);
  need(
    typeof honour === 'string' || isRecordObject(honour),
    ['honour'],
    `Cần một mã danh hiệu hoặc một đối tượng HonourReceived, nhận được ${describe(honour)}`,
    `Expected an honour code or a HonourReceived object, got ${describe(honour)}`,
  );
  const copy = clone(record);
  const h: HonourReceived =
    typeof honour === 'string'
      ? year === undefined
        ? { code: honour }
        : { code: honour, year }
      : clone(honour);
  copy.honours.push(h);
  return copy;
}

/**
 * The part of a verdict the helpers read: any object with `criteria` (a `Verdict` fits).
 * @category Testing
 */
export interface VerdictLike {
  /** The verdict's criteria. */
  readonly criteria: readonly CriterionLike[];
}
/**
 * The part of a criterion result the helpers read (a `CriterionResult` fits).
 * @category Testing
 */
export interface CriterionLike {
  /** Criterion id. */
  readonly id: string;
  /** Three-valued outcome. */
  readonly outcome: 'met' | 'unmet' | 'unknown';
  /** Children of a group. */
  readonly children?: readonly CriterionLike[];
}

function collect(
  list: readonly CriterionLike[],
  outcome: CriterionLike['outcome'],
  out: string[],
  path: (string | number)[],
) {
  list.forEach((c, i) => {
    const at = [...path, i];
    need(
      isRecordObject(c),
      at,
      `Tiêu chí phải là một đối tượng, nhận được ${describe(c)}`,
      `A criterion must be an object, got ${describe(c)}`,
    );
    if (c.children !== undefined) optionalArray(c.children, [...at, 'children']);
    if (c.children && c.children.length > 0) {
      collect(c.children, outcome, out, [...at, 'children']);
      if (c.outcome === outcome) out.push(c.id);
    } else if (c.outcome === outcome) out.push(c.id);
  });
}

/**
 * Ids of the unmet criteria of a verdict, leaves first then their groups. Assertion-free: use it
 * with your runner's `expect`.
 *
 * @example
 * ```ts
 * import { evaluate } from 'tdkt';
 * import { individual, unmetCriteria } from 'tdkt/testing';
 * const v = evaluate(individual({ years: [{ year: 2024, rating: 'HTNV' }] }), 'LDTT', { period: 2024 });
 * unmetCriteria(v); // e.g. ['rating']
 * ```
 * @throws TdktError (`INVALID_INPUT`) when the argument is not a verdict (an object whose
 * `criteria`, and their `children`, are arrays of objects).
 * @category Testing
 * @since 0.1.0
 */
export function unmetCriteria(verdict: VerdictLike): string[] {
  return criteriaWith(verdict, 'unmet');
}

/**
 * Ids of the criteria whose outcome is unknown (missing data) in a verdict.
 *
 * @example
 * ```ts
 * import { evaluate } from 'tdkt';
 * import { individual, unknownCriteria } from 'tdkt/testing';
 * const v = evaluate(individual({ years: [{ year: 2024 }] }), 'LDTT', { period: 2024 });
 * unknownCriteria(v).length > 0; // true: the rating is missing
 * ```
 * @throws TdktError (`INVALID_INPUT`) when the argument is not a verdict (an object whose
 * `criteria`, and their `children`, are arrays of objects).
 * @category Testing
 * @since 0.1.0
 */
export function unknownCriteria(verdict: VerdictLike): string[] {
  return criteriaWith(verdict, 'unknown');
}

function criteriaWith(verdict: VerdictLike, outcome: CriterionLike['outcome']): string[] {
  if (!isRecordObject(verdict) || !Array.isArray(verdict.criteria)) {
    throw fail(
      'INVALID_INPUT',
      ['verdict'],
      'Không phải một kết quả xét (Verdict)',
      'Not a Verdict',
    );
  }
  const out: string[] = [];
  collect(verdict.criteria, outcome, out, ['verdict', 'criteria']);
  return out;
}

/** Options of {@link generateAgency}. */
export interface AgencyOptions {
  /** Seed: the same seed gives the same agency. Default 1. */
  readonly seed?: number | string;
  /** Number of units (collectives). Default 4. */
  readonly units?: number;
  /** Staff per unit. Default 8. */
  readonly staffPerUnit?: number;
  /** Last year of the history. Default 2025. */
  readonly lastYear?: number;
  /** Length of the history in years. Default 10. */
  readonly years?: number;
}

/** A generated agency: its units and their staff, with histories. */
export interface GeneratedAgency {
  /** The agency's units (collectives), with their yearly ratings and membership figures. */
  readonly units: CollectiveRecord[];
  /** The staff of all units (individuals), with their yearly ratings and the honours received. */
  readonly staff: IndividualRecord[];
}

function seeded(seed: number | string): () => number {
  let h = 2166136261 >>> 0;
  for (const ch of String(seed)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  let a = h || 1;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RATINGS: readonly Rating[] = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'KHTNV'];

/**
 * A seeded, realistic agency: units with staff and 10-year histories (ratings, initiatives,
 * annual titles consistent with the ratings, an occasional discipline or pending review, new
 * hires). For load tests and examples; the histories are plausible, not legally audited.
 *
 * @example
 * ```ts
 * import { generateAgency } from 'tdkt/testing';
 * const a = generateAgency({ seed: 7, units: 3, staffPerUnit: 5 });
 * a.staff.length; // 15
 * generateAgency({ seed: 7, units: 3, staffPerUnit: 5 }).staff[0]?.years[0]?.rating === a.staff[0]?.years[0]?.rating; // true
 * ```
 * @throws TdktError (`INVALID_INPUT`) for options that are not an object, counts outside
 * 1–10,000, years outside 1–50, or a seed that is neither a string nor a finite number.
 * @category Testing
 * @since 0.1.0
 */
export function generateAgency(options: AgencyOptions = {}): GeneratedAgency {
  optionalObject(options, 'options');
  const unitCount = options.units ?? 4;
  const per = options.staffPerUnit ?? 8;
  const last = options.lastYear ?? 2025;
  const span = options.years ?? 10;
  const checks: Array<[string, unknown, number, number]> = [
    ['units', unitCount, 1, 10_000],
    ['staffPerUnit', per, 1, 10_000],
    ['years', span, 1, 50],
    ['lastYear', last, 1950, 2150],
  ];
  for (const [name, v, lo, hi] of checks) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) {
      throw fail(
        'INVALID_INPUT',
        [name],
        `${name} phải là số nguyên trong [${lo}, ${hi}]`,
        `${name} must be an integer in [${lo}, ${hi}]`,
      );
    }
  }
  const seed = options.seed ?? 1;
  need(
    typeof seed === 'string' || (typeof seed === 'number' && Number.isFinite(seed)),
    ['seed'],
    `seed phải là một chuỗi hoặc một số hữu hạn, nhận được ${describe(seed)}`,
    `seed must be a string or a finite number, got ${describe(seed)}`,
  );
  const rnd = seeded(seed);
  const first = last - span + 1;
  const units: CollectiveRecord[] = [];
  const staff: IndividualRecord[] = [];
  for (let u = 1; u <= unitCount; u++) {
    const unitId = `don-vi-${String(u).padStart(2, '0')}`;
    const people: IndividualRecord[] = [];
    for (let p = 1; p <= per; p++) {
      const hiredYear =
        rnd() < 0.15 ? first + Math.floor(rnd() * span) : first - 1 - Math.floor(rnd() * 10);
      const hiredMonth = 1 + Math.floor(rnd() * 12);
      const person: IndividualRecord = {
        kind: 'individual',
        id: `${unitId}-nv-${String(p).padStart(2, '0')}`,
        hiredOn: `${hiredYear}-${String(hiredMonth).padStart(2, '0')}-01`,
        years: [],
        honours: [],
      };
      for (let y = Math.max(first, hiredYear); y <= last; y++) {
        const rating = RATINGS[Math.floor(rnd() * RATINGS.length)] as Rating;
        const year: IndividualYear = { year: y, rating };
        if (rnd() < 0.25)
          year.initiatives = [
            { scope: rnd() < 0.85 ? 'co-so' : 'bo-tinh', id: `${person.id}-sk-${y}` },
          ];
        if (rnd() < 0.03) year.discipline = 'khien-trach';
        if (y === last && rnd() < 0.02) year.underReview = true;
        person.years.push(year);
        const good = rating === 'HTXSNV' || rating === 'HTTNV';
        if (good && !year.discipline && y < last) {
          person.honours.push({ code: 'LDTT', year: y });
          if ((rating === 'HTXSNV' || year.initiatives) && rnd() < 0.5)
            person.honours.push({ code: 'CSTDCS', year: y });
        }
      }
      people.push(person);
    }
    staff.push(...people);
    const unit: CollectiveRecord = { kind: 'collective', id: unitId, years: [], honours: [] };
    for (let y = first; y <= last; y++) {
      const active = people.filter((p) => p.years.some((x) => x.year === y));
      const rated = active.map((p) => p.years.find((x) => x.year === y));
      unit.years.push({
        year: y,
        rating: RATINGS[Math.floor(rnd() * 3)] as Rating,
        members: {
          total: active.length,
          completedDuties: rated.filter((r) => r?.rating && r.rating !== 'KHTNV').length,
          ldtt: active.filter((p) => p.honours.some((h) => h.code === 'LDTT' && h.year === y))
            .length,
          cstdcs: active.filter((p) => p.honours.some((h) => h.code === 'CSTDCS' && h.year === y))
            .length,
          disciplined: rated.filter((r) => r?.discipline).length,
        },
        ledCluster: rnd() < 1 / Math.max(unitCount, 2),
      });
    }
    units.push(unit);
  }
  return { units, staff };
}
