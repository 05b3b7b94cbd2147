import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../src/core/errors.js';
import { dayNumberToIso } from '../../src/core/iso-date.js';
import {
  checkParameter,
  defineParameter,
  type Parameter,
  type ParameterValue,
  valueAt,
} from '../../src/law/parameters.js';
import { getParameter, listParameters } from '../../src/law/params/index.js';

const basis = [{ instrument: '06/2022/QH15' }];

describe('national parameters', () => {
  it('LDTT_NEW_HIRE_MIN_MONTHS: 10 months under Decree 91/2017, 6 from 2024', () => {
    const p = getParameter('LDTT_NEW_HIRE_MIN_MONTHS');
    expect(valueAt(p, '2017-10-01')?.value).toBe(10);
    expect(valueAt(p, '2023-12-31')?.value).toBe(10);
    expect(valueAt(p, '2024-01-01')?.value).toBe(6);
    expect(valueAt(p, '2017-09-30')).toBeUndefined();
  });

  it('every registered parameter is well formed and cited', () => {
    const all = listParameters();
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    for (const p of all) {
      expect(() => checkParameter(p)).not.toThrow();
      expect(getParameter(p.id)).toBe(p);
      expect(Object.isFrozen(p)).toBe(true);
      for (const v of p.values) expect(v.basis.length).toBeGreaterThan(0);
    }
  });

  it('unknown ids throw UNKNOWN_PARAMETER', () => {
    for (const bad of ['NOPE', '', 'toString', '__proto__', 5, null]) {
      try {
        getParameter(bad as string);
        expect.unreachable();
      } catch (e) {
        expect((e as TdktError).code).toBe('UNKNOWN_PARAMETER');
      }
    }
  });
});

describe('defineParameter', () => {
  it('freezes a valid parameter', () => {
    const p = defineParameter({
      id: 'LS_CAP',
      description: { vi: 'Tỷ lệ', en: 'Ratio' },
      unit: 'ratio',
      values: [{ from: '2024-01-01', value: '0.15', basis, confidence: 'confirmed' }],
    });
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.values[0])).toBe(true);
    expect(valueAt(p, '2024-06-01')?.value).toBe('0.15');
  });

  it.each([
    ['lower-case id', { id: 'bad_id' }],
    [
      'unordered dates',
      {
        values: [
          { from: '2024-01-01', value: 1, basis, confidence: 'confirmed' },
          { from: '2023-01-01', value: 2, basis, confidence: 'confirmed' },
        ],
      },
    ],
    [
      'invalid date',
      { values: [{ from: '2025-02-29', value: 1, basis, confidence: 'confirmed' }] },
    ],
    [
      'no basis',
      { values: [{ from: '2024-01-01', value: 1, basis: [], confidence: 'confirmed' }] },
    ],
  ])('rejects %s', (_name, patch) => {
    const base = {
      id: 'OK_ID',
      description: { vi: 'a', en: 'a' },
      unit: 'count',
      values: [{ from: '2024-01-01', value: 1, basis, confidence: 'confirmed' }],
    };
    expect(() => defineParameter({ ...base, ...patch } as Parameter)).toThrow(TdktError);
  });
});

describe('valueAt', () => {
  const p: Parameter<number> = {
    id: 'X',
    description: { vi: 'x', en: 'x' },
    unit: 'count',
    values: [
      { from: '2017-10-01', value: 1, basis, confidence: 'confirmed' },
      { from: '2024-01-01', value: 2, basis, confidence: 'confirmed' },
      { from: '2026-10-01', value: 3, basis, confidence: 'secondary', provisional: true },
    ],
  };
  it('literal boundaries', () => {
    expect(valueAt(p, '2017-09-30')).toBeUndefined();
    expect(valueAt(p, '2017-10-01')?.value).toBe(1);
    expect(valueAt(p, '2023-12-31')?.value).toBe(1);
    expect(valueAt(p, '2024-01-01')?.value).toBe(2);
    expect(valueAt(p, '2026-10-01')?.value).toBe(2);
    expect(valueAt(p, '2026-10-01', { includeProvisional: true })?.value).toBe(3);
    expect(valueAt(p, '2026-09-30', { includeProvisional: true })?.value).toBe(2);
  });

  // Random sorted value lists of day numbers between 1990 and 2040.
  const dayNo = fc.integer({ min: 7305, max: 25567 });
  const values = fc
    .array(fc.record({ day: dayNo, provisional: fc.boolean() }), { minLength: 1, maxLength: 8 })
    .map((vs) =>
      vs
        .sort((a, b) => a.day - b.day)
        .map(
          (v, i): ParameterValue<number> => ({
            from: dayNumberToIso(v.day),
            value: i,
            basis,
            confidence: 'confirmed',
            ...(v.provisional ? { provisional: true } : {}),
          }),
        ),
    );

  it('resolves exactly the entry with the latest from ≤ date; before → undefined; provisional skipped unless asked', () => {
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: 7000, max: 26000 }),
        fc.boolean(),
        (vs, d, withProv) => {
          const param: Parameter<number> = {
            id: 'P',
            description: { vi: 'p', en: 'p' },
            unit: 'count',
            values: vs,
          };
          const date = dayNumberToIso(d);
          const eligible = vs.filter((v) => withProv || v.provisional !== true);
          const expected = eligible.filter((v) => v.from <= date).at(-1);
          const got = valueAt(param, date, { includeProvisional: withProv });
          expect(got).toBe(expected);
          if (eligible.length > 0 && date < (eligible[0] as ParameterValue<number>).from)
            expect(got).toBeUndefined();
          if (got) {
            expect(got.from <= date).toBe(true);
            expect(eligible.some((v) => v.from > got.from && v.from <= date)).toBe(false);
          }
        },
      ),
      { seed: 42, numRuns: 5000 },
    );
  });

  it('malformed inputs throw TdktError', () => {
    expect(() => valueAt(p, '2025-02-29')).toThrow(TdktError);
    expect(() => valueAt(null as never, '2025-01-01')).toThrow(TdktError);
    expect(() => valueAt({ values: [null] } as never, '2025-01-01')).toThrow(TdktError);
  });
});
