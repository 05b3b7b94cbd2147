import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { checkParameter, valueAt } from '../law/parameters.js';
import {
  ANNIVERSARY_ROUND,
  CALENDAR_PARAMETERS,
  SCHOOL_YEAR_START,
  STAGE_LENGTH_YEARS,
} from '../law/params/calendar.js';
import { getParameter } from '../law/params/index.js';
import { fromRoman, ordinalEn, toRoman } from './common/format.js';
import { deepFreeze } from './common/validate.js';
import * as calendar from './index.js';

describe('calendar parameters', () => {
  it('are valid, cited and tagged', () => {
    expect(CALENDAR_PARAMETERS.map((p) => p.id)).toEqual([
      'ANNIVERSARY_ROUND',
      'STAGE_LENGTH_YEARS',
    ]);
    for (const p of [...CALENDAR_PARAMETERS, SCHOOL_YEAR_START]) {
      expect(() => checkParameter(p)).not.toThrow();
      expect(Object.isFrozen(p)).toBe(true);
    }
    expect(valueAt(ANNIVERSARY_ROUND, '2025-01-01')?.value).toEqual({ ten: 10, five: 5 });
    expect(valueAt(ANNIVERSARY_ROUND, '2025-01-01')?.confidence).toBe('secondary');
    expect(ANNIVERSARY_ROUND.values[0]?.basis[0]?.instrument).toBe('145/2013/NĐ-CP');
    expect(valueAt(STAGE_LENGTH_YEARS, '2025-01-01')?.value).toBe(5);
    expect(valueAt(STAGE_LENGTH_YEARS, '2025-01-01')?.confidence).toBe('inference');
    expect(valueAt(SCHOOL_YEAR_START, '2025-01-01')?.value).toBe('09-01');
    expect(valueAt(SCHOOL_YEAR_START, '2025-01-01')?.confidence).toBe('inference');
  });

  it('are reachable through the registry; SCHOOL_YEAR_START agrees with the registered one', () => {
    expect(getParameter('ANNIVERSARY_ROUND').values[0]?.value).toEqual({ ten: 10, five: 5 });
    expect(getParameter('STAGE_LENGTH_YEARS').values[0]?.value).toBe(5);
    expect(valueAt(getParameter('SCHOOL_YEAR_START'), '2025-01-01')?.value).toBe(
      valueAt(SCHOOL_YEAR_START, '2025-01-01')?.value,
    );
  });
});

describe('format helpers', () => {
  it('Roman numerals round-trip', () => {
    expect([1, 4, 9, 11, 12, 40, 1952].map(toRoman)).toEqual([
      'I',
      'IV',
      'IX',
      'XI',
      'XII',
      'XL',
      'MCMLII',
    ]);
    for (let n = 1; n <= 3000; n++) expect(fromRoman(toRoman(n))).toBe(n);
    expect(fromRoman('IIII')).toBeUndefined();
    expect(fromRoman('VX')).toBeUndefined();
    expect(fromRoman('')).toBeUndefined();
  });

  it('English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinalEn)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
    ]);
  });
});

describe('the calendar barrel', () => {
  it('exports the whole calendar, lunar and working days included', () => {
    for (const name of [
      'anniversary',
      'anniversariesInYear',
      'observancesInYear',
      'roundnessOf',
      'parseAnniversaryLabel',
      'parseAnniversaryLabels',
      'checkAnniversaryLabel',
      'OBSERVANCES',
      'getObservance',
      'findObservance',
      'listObservances',
      'observanceDate',
      'observancesOn',
      'EMULATION_CONGRESSES',
      'getCongress',
      'congressInYear',
      'nextCongress',
      'congressOfStage',
      'planMilestones',
      'getPeriod',
      'periodRange',
      'periodOf',
      'periodsOf',
      'periodContains',
      'quarterOf',
      'halfOf',
      'schoolYearOf',
      'stageOf',
      'SCHOOL_YEAR_FRAMEWORKS',
      'schoolYearFramework',
      'tet',
      'fromLunar',
      'toLunar',
      'addWorkingDays',
    ]) {
      expect(calendar, name).toHaveProperty(name);
    }
  });
});

// Garbage in → a result or a TdktError, never another error; the input is never mutated.
const garbage = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5000, max: 5000 }),
  fc.double(),
  fc.constantFrom(
    '2025-02-29',
    '2024-02-29',
    '1899-12-31',
    '2201-01-01',
    '2025-13-01',
    '2025-1-1',
    'thi-dua-ai-quoc',
    'TDKT_TRADITION_DAY',
    'tet-nguyen-dan',
    '2025-2026',
    '2025-Q3',
    '2025-H1',
    'XI',
    'quarter',
    'stage',
    'school-year',
    1900,
    2200,
    2201,
    1948,
    2028,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    null,
    undefined,
  ),
  fc.record(
    {
      roundOnly: fc.anything(),
      tdkt: fc.anything(),
      kind: fc.anything(),
      start: fc.anything(),
      congress: fc.anything(),
      includeProposed: fc.anything(),
      calendar: fc.anything(),
      status: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

type Fn = (...args: unknown[]) => unknown;
const FUNCTIONS: [string, number][] = [
  ['anniversary', 2],
  ['anniversariesInYear', 2],
  ['observancesInYear', 2],
  ['roundnessOf', 1],
  ['parseAnniversaryLabel', 1],
  ['parseAnniversaryLabels', 1],
  ['checkAnniversaryLabel', 1],
  ['getObservance', 1],
  ['findObservance', 1],
  ['listObservances', 1],
  ['observanceDate', 2],
  ['observancesOn', 1],
  ['getCongress', 1],
  ['congressInYear', 1],
  ['nextCongress', 1],
  ['congressOfStage', 1],
  ['planMilestones', 2],
  ['getPeriod', 3],
  ['periodRange', 3],
  ['periodOf', 3],
  ['periodsOf', 2],
  ['periodContains', 2],
  ['quarterOf', 1],
  ['halfOf', 1],
  ['schoolYearOf', 2],
  ['stageOf', 1],
  ['schoolYearFramework', 1],
];

describe('garbage input', () => {
  it.each(FUNCTIONS)(
    '%s returns or throws TdktError, and never mutates its input',
    (name, arity) => {
      const fn = (calendar as unknown as Record<string, Fn>)[name] as Fn;
      fc.assert(
        fc.property(fc.array(garbage, { minLength: arity, maxLength: arity }), (args) => {
          // Deep-frozen: any attempt to mutate the input throws a TypeError in strict mode.
          for (const a of args) deepFreeze(a);
          try {
            fn(...args);
          } catch (e) {
            if (!(e instanceof TdktError)) throw e;
            expect(e.message.startsWith('[tdkt]')).toBe(true);
            for (const issue of e.issues) {
              expect(Array.isArray(issue.path)).toBe(true);
              expect(issue.message.vi.length).toBeGreaterThan(0);
              expect(issue.message.en.length).toBeGreaterThan(0);
            }
          }
        }),
        { seed: 42, numRuns: 200 },
      );
    },
  );

  it('accepts deep-frozen options', () => {
    const opts = Object.freeze({ roundOnly: true, tdkt: true });
    expect(calendar.anniversariesInYear(2028, opts).length).toBe(3);
    const start = Object.freeze({ start: '09-01' });
    expect(calendar.schoolYearOf('2028-06-11', start).id).toBe('2027-2028');
  });
});
