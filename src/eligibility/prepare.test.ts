import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HonourCode } from '../catalogue/codes.js';
import { TdktError } from '../core/errors.js';
import { tryParseIsoDate } from '../core/iso-date.js';
import type { IndividualRecord, TdktRecord } from '../core/records.js';
import { eligibleHonours, evaluate, evaluateMany } from './engine.js';
import { prepareRecord } from './prepare.js';
import type { EvaluateOptions } from './types.js';
import { isValidDate } from './validate.js';

const staff = (): IndividualRecord & { note: { team: string[] } } => ({
  kind: 'individual',
  id: 'nv-07',
  hiredOn: '2019-03-01',
  years: [
    { year: 2023, rating: 'HTTNV', initiatives: [{ scope: 'co-so' }] },
    { year: 2024, rating: 'HTXSNV' },
  ],
  honours: [
    { code: 'LDTT', year: 2023 },
    { code: 'LDTT', year: 2024 },
  ],
  note: { team: ['Phòng Tổ chức'] },
});

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(TdktError);
    return (e as TdktError).code;
  }
  return undefined;
}

describe('prepareRecord', () => {
  it('returns a deep-frozen copy with every field, and leaves the original untouched', () => {
    const original = staff();
    const before = structuredClone(original);
    const p = prepareRecord(original);
    expect(p).not.toBe(original);
    expect(p).toEqual(before);
    expect(original).toEqual(before);
    expect(Object.isFrozen(original.years)).toBe(false);
    for (const v of [p, p.years, p.years[0], p.years[0]?.initiatives, p.honours, p.note.team]) {
      expect(Object.isFrozen(v)).toBe(true);
    }
    expect(prepareRecord(p)).toBe(p);
  });

  it('CSTĐCS 2024 (LĐTT + HTXSNV): the prepared record is eligible like the original', () => {
    const original = staff();
    const p = prepareRecord(original);
    const o: EvaluateOptions = { period: 2024 };
    expect(evaluate(p, 'CSTDCS', o)).toEqual(evaluate(original, 'CSTDCS', o));
    expect(evaluate(p, 'CSTDCS', o).outcome).toBe('eligible');
    expect(evaluateMany([p, original], 'LDTT', o)).toEqual(
      evaluateMany([original, original], 'LDTT', o),
    );
    expect(eligibleHonours(p, o)).toEqual(eligibleHonours(original, o));
  });

  it('edits to the original after preparing do not reach the prepared verdicts', () => {
    const original = staff();
    const p = prepareRecord(original);
    (original.years[1] as { rating: string }).rating = 'HTNV';
    expect(evaluate(p, 'LDTT', { period: 2024 }).outcome).toBe('eligible');
    expect(evaluate(original, 'LDTT', { period: 2024 }).outcome).toBe('ineligible');
  });

  it('rejects what evaluate rejects, with the same code and path', () => {
    const bad = { ...staff(), years: [{ year: 2024, rating: 'XUAT_SAC' }] };
    let path: unknown;
    try {
      prepareRecord(bad as never);
    } catch (e) {
      path = (e as TdktError).issues[0]?.path;
    }
    expect(path).toEqual(['record', 'years', 0, 'rating']);
    expect(codeOf(() => prepareRecord({ ...staff(), honours: [{ code: 'NOPE' }] } as never))).toBe(
      'UNKNOWN_HONOUR',
    );
    for (const garbage of [null, 42, 'nv-07', [], undefined]) {
      expect(codeOf(() => prepareRecord(garbage as never))).toBe('INVALID_INPUT');
    }
  });

  it('a record that contains itself is an INVALID_INPUT, not a stack overflow', () => {
    const r = staff() as IndividualRecord & { self?: unknown };
    r.self = r;
    expect(codeOf(() => prepareRecord(r))).toBe('INVALID_INPUT');
    const deep: { x?: unknown } = {};
    let cur = deep;
    for (let i = 0; i < 200; i++) {
      const next: { x?: unknown } = {};
      cur.x = next;
      cur = next;
    }
    expect(codeOf(() => prepareRecord({ ...staff(), extra: deep } as never))).toBe('INVALID_INPUT');
  });

  it('keeps a "__proto__" key from JSON as data, without touching any prototype', () => {
    const parsed = JSON.parse(
      '{"kind":"individual","id":"x","years":[],"honours":[],"__proto__":{"polluted":true}}',
    ) as TdktRecord;
    const p = prepareRecord(parsed) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(Object.hasOwn(p, '__proto__')).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect((p as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('never writes to a caller object, even a class instance; copies of a prepared record are checked again', () => {
    class Staff {
      kind = 'individual' as const;
      id = 'nv-09';
      years = [{ year: 2024, rating: 'HTTNV' as const }];
      honours = [];
    }
    const s = new Staff();
    const p = prepareRecord(s);
    expect(Object.isFrozen(s)).toBe(false);
    expect(Object.getOwnPropertySymbols(s)).toEqual([]);
    expect(evaluate(p, 'LDTT', { period: 2024 }).outcome).toBe('eligible');
    // A spread copy loses the stamp: an edit to it is validated and evaluated, not ignored.
    const edited = { ...p, years: [{ year: 2024, rating: 'KHTNV' as const }] };
    expect(evaluate(edited, 'LDTT', { period: 2024 }).outcome).toBe('ineligible');
    const bad = { ...p, years: [{ year: 2024, rating: 'TOT' }] };
    expect(codeOf(() => evaluate(bad as never, 'LDTT', { period: 2024 }))).toBe('INVALID_INPUT');
    // An object whose prototype is a prepared record is not taken for it.
    const child = Object.create(p, {
      years: { value: [{ year: 2024, rating: 'HTNV' }], enumerable: true },
    }) as IndividualRecord;
    expect(evaluate(child, 'LDTT', { period: 2024 }).outcome).toBe('ineligible');
    expect(JSON.parse(JSON.stringify(p))).toEqual(JSON.parse(JSON.stringify(s)));
  });

  it('gives the verdict of the original for every law-derived case of test/cases', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../test/cases');
    const cases = readdirSync(dir)
      .filter((f) => /^eligibility-.+\.json$/.test(f))
      .flatMap(
        (f) =>
          (
            JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
              cases: {
                honour: HonourCode;
                period: number;
                regime?: EvaluateOptions['regime'];
                asOf?: string;
                includeProvisional?: boolean;
                record: TdktRecord;
              }[];
            }
          ).cases,
      );
    expect(cases.length).toBeGreaterThanOrEqual(200);
    for (const c of cases) {
      const o: EvaluateOptions = { period: c.period };
      if (c.regime) o.regime = c.regime;
      if (c.asOf) o.asOf = c.asOf;
      if (c.includeProvisional) o.includeProvisional = true;
      expect(evaluate(prepareRecord(c.record), c.honour, o)).toEqual(
        evaluate(c.record, c.honour, o),
      );
    }
  });
});

describe('isValidDate (the core isIsoDate, checked on character codes)', () => {
  it('agrees with the ISO date parser on dates, near-dates and junk', () => {
    const near = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ maxLength: 12 }), fc.anything()), (v) => {
        expect(isValidDate(v)).toBe(tryParseIsoDate(v) !== undefined);
      }),
      { seed: 42, numRuns: 20_000 },
    );
  });

  it('leap days: 2024-02-29 and 2000-02-29 exist, 2100-02-29 and 2023-02-29 do not', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('2100-02-29')).toBe(false);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2024-04-31')).toBe(false);
    expect(isValidDate('0999-12-31')).toBe(false);
    expect(isValidDate('2024-1-05')).toBe(false);
    expect(isValidDate('2024-01-05\n')).toBe(false);
  });
});
