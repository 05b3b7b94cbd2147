import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../core/errors.js';
import { valueAt } from '../../law/parameters.js';
import {
  POSTING_HERO_WORKING_DAYS,
  POSTING_WORKING_DAYS,
  PUBLIC_HOLIDAY_NATIONAL_DAY_DAYS,
  PUBLIC_HOLIDAY_TET_DAYS,
  WORKDAYS_PARAMETERS,
} from '../../law/params/workdays.js';
import { earliestCouncilMeeting, postingPeriodEnd, workingDaysBetween } from './index.js';

function thrown(fn: () => unknown): TdktError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

describe('posting parameters', () => {
  it('are the parameters of the workdays file', () => {
    expect(WORKDAYS_PARAMETERS.map((p) => p.id)).toEqual([
      'POSTING_WORKING_DAYS',
      'POSTING_HERO_WORKING_DAYS',
      'PUBLIC_HOLIDAY_TET_DAYS',
      'PUBLIC_HOLIDAY_NATIONAL_DAY_DAYS',
    ]);
  });

  it('POSTING_WORKING_DAYS: none fixed under VN-2017, 10 from 2024, 10 (unconfirmed clause) from 7/2025', () => {
    const p = POSTING_WORKING_DAYS;
    expect(valueAt(p, '2020-06-01')?.value).toBeNull();
    expect(valueAt(p, '2024-01-01')?.value).toBe(10);
    expect(valueAt(p, '2024-01-01')?.basis[0]).toMatchObject({
      instrument: '98/2023/NĐ-CP',
      article: 46,
      clause: 2,
    });
    expect(valueAt(p, '2025-07-01')?.value).toBe(10);
    expect(valueAt(p, '2025-07-01')?.confidence).toBe('unconfirmed');
    expect(valueAt(p, '2025-07-01')?.basis[0]).toMatchObject({
      instrument: '152/2025/NĐ-CP',
      article: 44,
      clause: 2,
    });
  });

  it('POSTING_HERO_WORKING_DAYS: 10 from 2024 (NĐ 98/2023 Đ46 k1)', () => {
    const p = POSTING_HERO_WORKING_DAYS;
    expect(valueAt(p, '2023-12-31')).toBeUndefined();
    expect(valueAt(p, '2026-03-01')?.value).toBe(10);
    expect(valueAt(p, '2026-03-01')?.basis[0]).toMatchObject({ article: 46, clause: 1 });
  });

  it('Tết 5 days and National Day 2 days from 2021 (Labour Code 2019 Đ112 k1)', () => {
    expect(valueAt(PUBLIC_HOLIDAY_TET_DAYS, '2025-01-01')?.value).toBe(5);
    expect(valueAt(PUBLIC_HOLIDAY_NATIONAL_DAY_DAYS, '2020-09-02')?.value).toBe(1);
    expect(valueAt(PUBLIC_HOLIDAY_NATIONAL_DAY_DAYS, '2021-09-02')?.value).toBe(2);
  });
});

describe('postingPeriodEnd / earliestCouncilMeeting', () => {
  it('10 working days across Tết 2025 (first day not counted)', () => {
    const p = postingPeriodEnd('2025-01-20');
    expect(p).toMatchObject({
      start: '2025-01-20',
      workingDays: 10,
      end: '2025-02-10',
      earliestMeeting: '2025-02-11',
      parameter: 'POSTING_WORKING_DAYS',
      confidence: 'confirmed',
      estimated: false,
    });
    expect(workingDaysBetween(p.start, p.end)).toBe(10);
  });

  it('counting the posting day itself gives one day less', () => {
    expect(postingPeriodEnd('2025-01-20', { countStartDay: true }).end).toBe('2025-02-07');
    // A posting made on a Saturday: the count starts on the next working day either way.
    expect(postingPeriodEnd('2025-03-08', { countStartDay: true }).end).toBe(
      postingPeriodEnd('2025-03-08').end,
    );
  });

  it('across the 2025 swap: Saturday 26/4 counts, 30/4–4/5 do not', () => {
    expect(earliestCouncilMeeting('2025-04-21')).toBe('2025-05-08');
  });

  it('under Decree 152/2025 the value is flagged unconfirmed; estimated in an unannounced year', () => {
    const p = postingPeriodEnd('2027-03-01');
    expect(p.confidence).toBe('unconfirmed');
    expect(p.estimated).toBe(true);
    expect(p.end).toBe('2027-03-15');
  });

  it('hero posting and caller-given days', () => {
    expect(postingPeriodEnd('2025-03-03', { kind: 'hero' }).parameter).toBe(
      'POSTING_HERO_WORKING_DAYS',
    );
    const p = postingPeriodEnd('2019-03-04', { days: 5 });
    expect(p).toMatchObject({ workingDays: 5, end: '2019-03-11', parameter: 'options.days' });
    expect(p.estimated).toBe(true);
  });

  it('no fixed period under the 2017 regime without options.days', () => {
    const e = thrown(() => postingPeriodEnd('2019-03-04'));
    expect(e.code).toBe('NO_FIXED_PERIOD');
    expect(e.issues[0]!.path).toEqual(['options', 'days']);
    expect(thrown(() => postingPeriodEnd('2023-06-01', { kind: 'hero' })).code).toBe(
      'NO_FIXED_PERIOD',
    );
  });

  it('bad input names the path; garbage never escapes as another error', () => {
    expect(thrown(() => postingPeriodEnd('2025-02-30')).issues[0]!.path).toEqual(['startDate']);
    expect(
      thrown(() => postingPeriodEnd('2025-02-03', { kind: 'x' as never })).issues[0]!.path,
    ).toEqual(['options', 'kind']);
    expect(thrown(() => postingPeriodEnd('2025-02-03', { days: 0 })).issues[0]!.path).toEqual([
      'options',
      'days',
    ]);
    const garbage = fc.anything({ withBoxedValues: true, withNullPrototype: true });
    fc.assert(
      fc.property(
        fc.oneof(garbage, fc.constantFrom('2025-01-20', '2019-01-01', '2101-01-01')),
        fc.oneof(garbage, fc.record({ kind: garbage, days: garbage, countStartDay: garbage })),
        (a, b) => {
          const before = structuredClone(b);
          try {
            earliestCouncilMeeting(a as never, b as never);
          } catch (e) {
            if (!(e instanceof TdktError)) throw e;
          }
          expect(b).toEqual(before);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});
