// Fuzz of the foundation's public functions: on any input they return a result or throw a
// TdktError, never another error type, and never mutate their input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HONOUR_CODES, isHonourCode } from '../../src/catalogue/codes.js';
import { TdktError, type TdktIssue } from '../../src/core/errors.js';
import { dayNumberToIso, isIsoDate, tryParseIsoDate } from '../../src/core/iso-date.js';
import type { TdktRecord } from '../../src/core/records.js';
import { formatCitation } from '../../src/law/format-citation.js';
import { defineParameter, valueAt } from '../../src/law/parameters.js';
import { getParameter, listParameters } from '../../src/law/params/index.js';
import { getRegime, REGIMES, regimeAt } from '../../src/law/regimes.js';
import { quotaLimit } from '../../src/quotas/quota-limit.js';
import { parseRecord, validateRecord } from '../../src/schemas/validate.js';

const SEED = 42;
// Fewer inputs under mutation testing (stryker.config.mjs sets FC_NUM_RUNS); 10,000 otherwise.
const RUNS = Number(process.env['FC_NUM_RUNS'] ?? 10_000);

/** Every kind of value fast-check can make: null prototypes, boxed values, maps, sets, typed arrays, sparse arrays, bigints, dates, unicode. */
const wild = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withUnicodeString: true,
  maxDepth: 4,
});
const anyValue = fc.oneof(fc.anything(), wild);

/** Run `fn`; it may return anything or throw a TdktError, nothing else. */
function resultOrTdktError<T>(fn: () => T): { value?: T; error?: TdktError } {
  try {
    return { value: fn() };
  } catch (e) {
    expect(e).toBeInstanceOf(TdktError);
    const err = e as TdktError;
    expect(err.message.startsWith('[tdkt] ')).toBe(true);
    for (const issue of err.issues) checkIssue(issue);
    return { error: err };
  }
}

function checkIssue(issue: TdktIssue): void {
  expect(Array.isArray(issue.path)).toBe(true);
  for (const k of issue.path) expect(['string', 'number']).toContain(typeof k);
  expect(typeof issue.message.vi).toBe('string');
  expect(typeof issue.message.en).toBe('string');
  expect(issue.message.vi.length).toBeGreaterThan(0);
  expect(issue.message.en.length).toBeGreaterThan(0);
}

/** A structured clone of the inputs, or undefined when they cannot be cloned. */
function snapshot(inputs: unknown[]): unknown[] | undefined {
  try {
    return structuredClone(inputs);
  } catch {
    return undefined;
  }
}

/** Call `fn(...inputs)`: a result or a TdktError, inputs unchanged. */
function fuzzCall<T>(
  fn: (...args: never[]) => T,
  inputs: unknown[],
): { value?: T; error?: TdktError } {
  const before = snapshot(inputs);
  const out = resultOrTdktError(() => fn(...(inputs as never[])));
  if (before !== undefined) expect(inputs).toEqual(before);
  return out;
}

// Targeted arbitraries.
const realDate = fc.integer({ min: -354_000, max: 2_932_000 }).map(dayNumberToIso); // years ~1000–9999
const recentDate = fc.integer({ min: 15_000, max: 25_000 }).map(dayNumberToIso); // 2011–2038
const dateLike = fc.oneof(
  realDate,
  recentDate,
  fc
    .tuple(
      fc.integer({ min: 0, max: 99_999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.string(),
  fc.constantFrom(
    '2025-02-29',
    '2024-02-29',
    '2017-09-30',
    '2017-10-01',
    '2026-10-01',
    '',
    ' 2024-01-01',
  ),
  anyValue,
);
const options = fc.oneof(
  fc.constant(undefined),
  fc.record({ includeProvisional: fc.oneof(fc.boolean(), anyValue) }, { requiredKeys: [] }),
  anyValue,
);
const citationLike = fc.record(
  {
    instrument: fc.oneof(
      fc.constantFrom('06/2022/QH15', '98/2023/NĐ-CP', '14/2024/QĐ-UBND', ''),
      fc.string(),
      anyValue,
    ),
    article: fc.oneof(fc.nat(100), fc.double(), anyValue),
    clause: fc.oneof(fc.nat(20), anyValue),
    point: fc.oneof(fc.constantFrom('a', 'đ'), fc.string(), anyValue),
  },
  { requiredKeys: [] },
);
const valueLike = fc.record(
  {
    from: dateLike,
    value: anyValue,
    basis: fc.oneof(fc.array(citationLike, { maxLength: 2 }), anyValue),
    confidence: fc.oneof(fc.constantFrom('confirmed', 'secondary', 'unconfirmed'), anyValue),
    provisional: fc.oneof(fc.boolean(), anyValue),
  },
  { requiredKeys: [] },
);
const parameterLike = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.constantFrom('OK_ID', 'A', 'bad id', '', '__proto__'), fc.string(), anyValue),
      description: fc.oneof(fc.record({ vi: fc.string(), en: fc.string() }), anyValue),
      unit: fc.oneof(fc.string(), anyValue),
      values: fc.oneof(fc.array(valueLike, { maxLength: 4 }), anyValue),
    },
    { requiredKeys: [] },
  ),
  anyValue,
);

describe('foundation fuzz: a result or a TdktError, inputs never mutated', () => {
  it('regimeAt', () => {
    fc.assert(
      fc.property(dateLike, options, (date, opts) => {
        const { value } = fuzzCall(regimeAt, [date, opts]);
        if (value) {
          expect(REGIMES).toContain(value);
          expect(value.from <= (date as string)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('regimeAt on real dates: the regime whose range holds the date', () => {
    fc.assert(
      fc.property(realDate, fc.boolean(), (date, prov) => {
        const { value, error } = fuzzCall(regimeAt, [date, { includeProvisional: prov }]);
        if (date < '2017-10-01') expect(error?.code).toBe('NO_REGIME');
        else {
          const r = value as (typeof REGIMES)[number];
          const next = REGIMES.filter((x) => prov || x.status !== 'provisional').find(
            (x) => x.from > r.from,
          );
          expect(r.from <= date && (next === undefined || date < next.from)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('getRegime', () => {
    const id = fc.oneof(
      fc.constantFrom(...REGIMES.map((r) => r.id), 'VN-2030', 'toString', '__proto__'),
      fc.string(),
      anyValue,
    );
    fc.assert(
      fc.property(id, (x) => {
        const { value, error } = fuzzCall(getRegime, [x]);
        if (value) expect(value.id).toBe(x);
        if (error) expect(error.code).toBe('UNKNOWN_REGIME');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('valueAt', () => {
    const registered = fc.constantFrom(...listParameters());
    fc.assert(
      fc.property(fc.oneof(registered, parameterLike), dateLike, options, (param, date, opts) => {
        fuzzCall(valueAt, [param, date, opts]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('getParameter', () => {
    const ids = listParameters().map((p) => p.id);
    const id = fc.oneof(
      fc.constantFrom(...ids, 'NOPE', 'toString', 'constructor', '__proto__', 'hasOwnProperty'),
      fc.string(),
      anyValue,
    );
    fc.assert(
      fc.property(id, (x) => {
        const { value, error } = fuzzCall(getParameter, [x]);
        if (value) expect(value.id).toBe(x);
        if (error) expect(error.code).toBe('UNKNOWN_PARAMETER');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('listParameters', () => {
    const first = listParameters();
    fc.assert(
      fc.property(anyValue, (arg) => {
        const { value } = fuzzCall(listParameters as (...a: never[]) => unknown, [arg]);
        expect(value).toEqual(first);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('defineParameter', () => {
    fc.assert(
      fc.property(parameterLike, (param) => {
        const { value, error } = fuzzCall(defineParameter, [param]);
        if (value) expect(Object.isFrozen(value)).toBe(true);
        if (error)
          expect(['INVALID_PARAMETER', 'INVALID_DATE', 'INVALID_INPUT']).toContain(error.code);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('formatCitation', () => {
    fc.assert(
      fc.property(fc.oneof(citationLike, anyValue), (c) => {
        const { value, error } = fuzzCall(formatCitation, [c]);
        if (value) {
          expect(typeof value.vi).toBe('string');
          expect(typeof value.en).toBe('string');
        }
        if (error) expect(error.code).toBe('INVALID_INPUT');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('isIsoDate', () => {
    fc.assert(
      fc.property(dateLike, (v) => {
        const { value, error } = fuzzCall(isIsoDate, [v]);
        expect(error).toBeUndefined();
        expect(value).toBe(tryParseIsoDate(v) !== undefined);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('quotaLimit', () => {
    const base = fc.oneof(fc.nat(10_000), fc.integer(), fc.double(), anyValue);
    const ratio = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double(),
      fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
      fc.stringMatching(/^[+-]?\d{0,3}([.,]\d{0,4})?%?$/),
      fc.string(),
      anyValue,
    );
    const rounding = fc.oneof(
      fc.constantFrom(
        'floor',
        'ceil',
        'half-up',
        'half-even',
        'down',
        'up',
        '__proto__',
        'toString',
      ),
      anyValue,
    );
    fc.assert(
      fc.property(base, ratio, rounding, (b, r, m) => {
        const { value } = fuzzCall(quotaLimit, [b, r, m]);
        if (value !== undefined) {
          expect(Number.isSafeInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(b as number);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('isHonourCode', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...HONOUR_CODES), fc.string(), anyValue), (v) => {
        const { value, error } = fuzzCall(isHonourCode, [v]);
        expect(error).toBeUndefined();
        expect(value).toBe(
          typeof v === 'string' && (HONOUR_CODES as readonly string[]).includes(v),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

// Records: valid ones generated from the types, and mutants of them.
const year = fc.integer({ min: 1900, max: 2200 });
const honour = fc.record(
  {
    code: fc.constantFrom(...HONOUR_CODES),
    year,
    decisionDate: recentDate,
    achievementPeriod: fc
      .tuple(recentDate, recentDate)
      .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
    revoked: fc.boolean(),
    issuer: fc.string(),
  },
  { requiredKeys: ['code'] },
);
const uniqueYears = <T extends { year: number }>(arb: fc.Arbitrary<T>) =>
  fc.uniqueArray(arb, { selector: (y) => y.year, maxLength: 6 });
const individual = fc.record(
  {
    kind: fc.constant('individual' as const),
    id: fc.string({ minLength: 1 }),
    armedForces: fc.boolean(),
    periodKind: fc.constantFrom('calendar' as const, 'school' as const),
    hiredOn: recentDate,
    occupation: fc.constantFrom('official' as const, 'worker' as const, 'farmer' as const),
    years: uniqueYears(
      fc.record(
        {
          year,
          rating: fc.constantFrom(
            'HTXSNV' as const,
            'HTTNV' as const,
            'HTNV' as const,
            'KHTNV' as const,
          ),
          discipline: fc.constantFrom(
            'khien-trach' as const,
            'canh-cao' as const,
            'buoc-thoi-viec' as const,
          ),
          administrativeSanction: fc.boolean(),
          underReview: fc.boolean(),
          initiatives: fc.array(
            fc.record(
              {
                scope: fc.constantFrom('co-so' as const, 'bo-tinh' as const, 'toan-quoc' as const),
                kind: fc.constantFrom(
                  'initiative' as const,
                  'research' as const,
                  'combat' as const,
                ),
                id: fc.string({ minLength: 1 }),
              },
              { requiredKeys: ['scope'] },
            ),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: ['year'] },
      ),
    ),
    honours: fc.array(honour, { maxLength: 4 }),
  },
  { requiredKeys: ['kind', 'id', 'years', 'honours'] },
);
const members = fc
  .record({
    total: fc.nat(500),
    parts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    present: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  })
  .map(({ total, parts, present }) => {
    const part = (i: number) => Math.floor((parts[i] as number) * total);
    const m: { total: number } & Partial<
      Record<
        'completedDuties' | 'ldtt' | 'cstdcs' | 'disciplined' | 'disciplinedWarningOrAbove',
        number
      >
    > = { total };
    const keys = ['completedDuties', 'ldtt', 'cstdcs', 'disciplined'] as const;
    keys.forEach((k, i) => {
      if (present[i]) m[k] = part(i);
    });
    if (present[4]) m.disciplinedWarningOrAbove = Math.min(part(5), m.disciplined ?? total);
    return m;
  });
const collective = fc.record(
  {
    kind: fc.constant('collective' as const),
    id: fc.string({ minLength: 1 }),
    armedForces: fc.boolean(),
    periodKind: fc.constantFrom('calendar' as const, 'school' as const),
    foundedOn: realDate,
    years: uniqueYears(
      fc.record(
        {
          year,
          rating: fc.constantFrom('HTXSNV' as const, 'HTNV' as const),
          members,
          ledCluster: fc.boolean(),
          underReview: fc.boolean(),
        },
        { requiredKeys: ['year'] },
      ),
    ),
    honours: fc.array(honour, { maxLength: 4 }),
  },
  { requiredKeys: ['kind', 'id', 'years', 'honours'] },
);
const local = fc.record({
  kind: fc.constantFrom('household' as const, 'village' as const, 'commune' as const),
  id: fc.string({ minLength: 1 }),
  years: uniqueYears(fc.record({ year, underReview: fc.boolean() }, { requiredKeys: ['year'] })),
  honours: fc.array(honour, { maxLength: 3 }),
});
const validRecord: fc.Arbitrary<TdktRecord> = fc.oneof(
  individual,
  collective,
  local,
) as fc.Arbitrary<TdktRecord>;

/** A valid record with one thing broken: a stray key, a wrong value, or a removed field. */
const brokenRecord = fc
  .tuple(validRecord, fc.nat(), fc.constantFrom('stray', 'wrong', 'drop'), anyValue)
  .map(([rec, pick, how, junk]) => {
    const copy = structuredClone(rec) as unknown as Record<string, unknown>;
    // Collect every object node of the record with its path.
    const nodes: Record<string, unknown>[] = [];
    const walk = (n: unknown) => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (typeof n === 'object' && n !== null) {
        nodes.push(n as Record<string, unknown>);
        Object.values(n).forEach(walk);
      }
    };
    walk(copy);
    const node = nodes[pick % nodes.length] as Record<string, unknown>;
    const keys = Object.keys(node);
    if (how === 'stray' || keys.length === 0) node['zz_unknown_field'] = junk;
    else {
      const key = keys[pick % keys.length] as string;
      // The fields this kind of node requires (the others may be absent).
      const required =
        'honours' in node
          ? ['kind', 'id', 'years', 'honours']
          : 'code' in node
            ? ['code']
            : 'scope' in node
              ? ['scope']
              : 'total' in node
                ? ['total']
                : 'from' in node
                  ? ['from', 'to']
                  : ['year'];
      if (how === 'drop' && required.includes(key)) {
        delete node[key];
      } else node[key] = typeof node[key] === 'string' ? 12345 : 'not-valid-here';
    }
    return copy;
  });

function parentExists(input: unknown, path: readonly (string | number)[]): boolean {
  let n: unknown = input;
  for (const k of path.slice(0, -1)) {
    if (typeof n !== 'object' || n === null || !Object.hasOwn(n, k)) return false;
    n = (n as Record<string | number, unknown>)[k];
  }
  return true;
}

describe('records fuzz', () => {
  it('validateRecord never throws, never mutates, and issues point into the input', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, validRecord, brokenRecord), (input) => {
        const before = snapshot([input]);
        let r: ReturnType<typeof validateRecord> | undefined;
        expect(() => {
          r = validateRecord(input);
        }).not.toThrow();
        if (before !== undefined) expect([input]).toEqual(before);
        const res = r as ReturnType<typeof validateRecord>;
        if (res.ok) {
          expect(res.value).toEqual(input);
          expect(res.value).not.toBe(input);
        } else {
          expect(res.issues.length).toBeGreaterThan(0);
          for (const issue of res.issues) {
            checkIssue(issue);
            expect(parentExists(input, issue.path)).toBe(true);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('generated valid records always validate; broken ones never do', () => {
    fc.assert(
      fc.property(validRecord, (rec) => {
        const r = validateRecord(rec);
        expect(r).toEqual({ ok: true, value: rec });
      }),
      { seed: SEED, numRuns: 3000 },
    );
    fc.assert(
      fc.property(brokenRecord, (rec) => {
        expect(validateRecord(rec).ok).toBe(false);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('parseRecord: the record or TdktError INVALID_INPUT', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, validRecord, brokenRecord), (input) => {
        const { value, error } = fuzzCall(parseRecord, [input]);
        if (error) {
          expect(error.code).toBe('INVALID_INPUT');
          expect(error.issues.length).toBeGreaterThan(0);
        } else expect(value).toEqual(input);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
