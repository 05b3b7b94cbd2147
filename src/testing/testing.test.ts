// tdkt/testing as a downstream project uses it: build records, evaluate them, read the unmet
// criteria; and the errors it gives for arguments it cannot work with.
import { describe, expect, it } from 'vitest';
import { caught } from '../../test/support/caught.js';
import { evaluate } from '../eligibility/engine.js';
import {
  collective,
  generateAgency,
  individual,
  unknownCriteria,
  unmetCriteria,
  withHonour,
  withYears,
  yearsRated,
} from './index.js';

describe('building records for a test', () => {
  it('LĐTT 2024 for an officer rated HTXSNV in 2024, built with the fixtures: eligible', () => {
    const r = withYears(individual({ id: 'nv-01' }), { year: 2024, rating: 'HTXSNV' });
    const v = evaluate(r, 'LDTT', { period: 2024 });
    expect(v.outcome).toBe('eligible');
    expect(unmetCriteria(v)).toEqual([]);
  });

  it('rated only HTNV in 2024: LĐTT is not met (Law 06/2022 Đ24 k1 asks HTTNV or better); the helper names the rating', () => {
    const v = evaluate(individual({ years: yearsRated(2024, 2024, 'HTNV') }), 'LDTT', {
      period: 2024,
    });
    expect(v.outcome).toBe('ineligible');
    expect(unmetCriteria(v)).toEqual(['rating']);
    expect(unknownCriteria(v)).toEqual([]);
  });

  it('no rating recorded for 2024: the rating is unknown, not unmet', () => {
    const v = evaluate(individual({ years: [{ year: 2024 }] }), 'LDTT', { period: 2024 });
    expect(v.outcome).toBe('undetermined');
    expect(unknownCriteria(v)).toEqual(['rating']);
    expect(unmetCriteria(v)).toEqual([]);
  });

  it('builders copy: changing the result leaves the overrides and the original record alone', () => {
    const years = [{ year: 2023, rating: 'HTTNV' as const }];
    const r = individual({ years });
    r.years.push({ year: 2024 });
    expect(years).toHaveLength(1);
    const r2 = withHonour(r, 'LDTT', 2023);
    expect(r.honours).toEqual([]);
    expect(r2.honours).toEqual([{ code: 'LDTT', year: 2023 }]);
  });

  it('withYears replaces a period already present and keeps the periods in year order', () => {
    const r = withYears(
      individual({ years: [{ year: 2024, rating: 'HTNV' }] }),
      { year: 2024, rating: 'HTXSNV' },
      { year: 2022, rating: 'HTTNV' },
    );
    expect(r.years).toEqual([
      { year: 2022, rating: 'HTTNV' },
      { year: 2024, rating: 'HTXSNV' },
    ]);
  });

  it('an invalid record can still be built on purpose (to test one’s own validation)', () => {
    const r = individual({ years: [{ year: 'năm ngoái' as never }] });
    expect(r.years[0]?.year).toBe('năm ngoái');
    // A year that is not a number keeps its place instead of breaking the sort.
    const mixed = withYears(r, { year: 2024n as never }, { year: 2023 });
    expect(mixed.years.map((y) => y.year)).toEqual(['năm ngoái', 2024n, 2023]);
  });
});

describe('generateAgency: the same seed, the same agency; figures that add up', () => {
  it('is reproducible and the unit figures count its staff', () => {
    const a = generateAgency({ seed: 'so-noi-vu', units: 3, staffPerUnit: 5, years: 4 });
    expect(generateAgency({ seed: 'so-noi-vu', units: 3, staffPerUnit: 5, years: 4 })).toEqual(a);
    expect(a.units).toHaveLength(3);
    expect(a.staff).toHaveLength(15);
    for (const u of a.units) {
      for (const y of u.years) {
        const active = a.staff.filter(
          (p) => p.id.startsWith(`${u.id}-`) && p.years.some((x) => x.year === y.year),
        );
        expect(y.members?.total).toBe(active.length);
      }
    }
  });
});

describe('arguments the fixtures cannot work with', () => {
  // As JavaScript callers may call it, outside the types.
  const anyYears = withYears as unknown as (...a: unknown[]) => unknown;
  const cases: [string, () => unknown, unknown][] = [
    ['individual(null)', () => individual(null as never), ['overrides']],
    ['collective("x")', () => collective('x' as never), ['overrides']],
    ['individual({ years: {} })', () => individual({ years: {} as never }), ['overrides', 'years']],
    ['withYears(undefined)', () => anyYears(undefined), ['record']],
    ['withYears on a record without honours', () => anyYears({ years: [] }), ['record']],
    ['withYears with a null period', () => anyYears(individual(), null), ['years', 0]],
    [
      'withYears on a record holding a null period',
      () => anyYears({ ...individual(), years: [null] }),
      ['record', 'years', 0],
    ],
    ['withHonour(record, 5)', () => withHonour(individual(), 5 as never), ['honour']],
    ['unmetCriteria({})', () => unmetCriteria({} as never), ['verdict']],
    [
      'unmetCriteria with a hole in criteria',
      () => unmetCriteria({ criteria: [null] } as never),
      ['verdict', 'criteria', 0],
    ],
    [
      'unknownCriteria with children that are not an array',
      () => unknownCriteria({ criteria: [{ id: 'a', outcome: 'met', children: 5 }] } as never),
      ['verdict', 'criteria', 0, 'children'],
    ],
    ['generateAgency(null)', () => generateAgency(null as never), ['options']],
    ['generateAgency with an object seed', () => generateAgency({ seed: {} as never }), ['seed']],
    ['generateAgency with an infinite seed', () => generateAgency({ seed: Infinity }), ['seed']],
  ];
  for (const [what, call, path] of cases) {
    it(`${what} → INVALID_INPUT at ${JSON.stringify(path)}`, () => {
      const e = caught(call);
      expect([e.code, e.issues[0]?.path]).toEqual(['INVALID_INPUT', path]);
      expect(e.issues[0]?.message.en).not.toBe('');
    });
  }
});
