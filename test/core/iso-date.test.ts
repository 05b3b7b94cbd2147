import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../src/core/errors.js';
import {
  addDaysIso,
  dayNumberToIso,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isoToDayNumber,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
  tryParseIsoDate,
  wholeMonthsBetween,
} from '../../src/core/iso-date.js';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y: number, m: number) => (m === 2 && leap(y) ? 29 : (DAYS[m - 1] as number));

/** A real date from year 1000 to 9999. */
const dateParts = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, dim(year, month)) }));

describe('day numbers', () => {
  it('1970-01-01 is day 0; known days', () => {
    expect(toDayNumber(1970, 1, 1)).toBe(0);
    expect(toDayNumber(1969, 12, 31)).toBe(-1);
    expect(toDayNumber(2000, 3, 1)).toBe(11017);
    expect(isoToDayNumber('2024-01-01')).toBe(19723);
    expect(dayNumberToIso(19723)).toBe('2024-01-01');
  });

  it('round trip toDayNumber/fromDayNumber over random dates 1000–9999, against Date.UTC', () => {
    fc.assert(
      fc.property(dateParts, ({ year, month, day }) => {
        const n = toDayNumber(year, month, day);
        expect(fromDayNumber(n)).toEqual({ year, month, day });
        expect(n).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
        const iso = formatIsoDate(year, month, day);
        expect(isoToDayNumber(iso)).toBe(n);
        expect(dayNumberToIso(n)).toBe(iso);
      }),
      { seed: 42, numRuns: 5000 },
    );
  });

  it('consecutive day numbers are consecutive dates', () => {
    fc.assert(
      fc.property(dateParts, ({ year, month, day }) => {
        const next = fromDayNumber(toDayNumber(year, month, day) + 1);
        if (day < dim(year, month)) expect(next).toEqual({ year, month, day: day + 1 });
        else if (month < 12) expect(next).toEqual({ year, month: month + 1, day: 1 });
        else expect(next).toEqual({ year: year + 1, month: 1, day: 1 });
      }),
      { seed: 42, numRuns: 3000 },
    );
  });
});

describe('parsing', () => {
  it.each(['2024-02-29', '2000-02-29', '1000-01-01', '9999-12-31', '2025-12-31'])(
    '%s is a date',
    (d) => {
      expect(isIsoDate(d)).toBe(true);
      expect(tryParseIsoDate(d)).toEqual({
        year: Number(d.slice(0, 4)),
        month: Number(d.slice(5, 7)),
        day: Number(d.slice(8)),
      });
    },
  );
  it.each([
    '2025-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-00-10',
    '2024-13-01',
    '2024-01-00',
    '0999-12-31',
    '2024-1-1',
    '2024-01-01T00:00',
    ' 2024-01-01',
    '20240101',
    '',
  ])('%s is not', (d) => {
    expect(isIsoDate(d)).toBe(false);
    expect(() => parseIsoDate(d, ['x', 1])).toThrow(TdktError);
  });
  it('non-strings are not dates', () => {
    for (const v of [null, undefined, 20240101, new Date(0), {}, []])
      expect(isIsoDate(v)).toBe(false);
  });
  it('parseIsoDate names the path in both languages', () => {
    try {
      parseIsoDate('2025-02-29', ['honours', 0, 'decisionDate']);
      expect.unreachable();
    } catch (e) {
      const err = e as TdktError;
      expect(err.code).toBe('INVALID_DATE');
      expect(err.issues[0]?.path).toEqual(['honours', 0, 'decisionDate']);
      expect(err.issues[0]?.message.vi).toContain('Ngày không hợp lệ');
      expect(err.issues[0]?.message.en).toContain('Invalid date');
    }
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['1970-01-01', 4],
    ['2024-01-01', 1],
    ['2025-09-02', 2],
    ['2000-02-29', 2],
    ['1948-06-11', 5],
    ['2026-11-22', 7],
    ['1000-01-01', 3],
    ['9999-12-31', 5],
  ])('isoWeekday(%s) = %i', (d, w) => {
    expect(isoWeekday(d)).toBe(w);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2024-03-01', 0, '2024-03-01'],
  ])('addDaysIso(%s, %i) = %s', (d, n, out) => {
    expect(addDaysIso(d, n)).toBe(out);
  });

  it.each([
    ['2024-01-15', '2024-07-15', 6],
    ['2024-01-15', '2024-07-14', 5],
    ['2024-01-15', '2024-01-15', 0],
    ['2024-01-15', '2024-02-14', 0],
    ['2024-01-31', '2024-02-29', 0],
    ['2024-01-31', '2024-03-31', 2],
    ['2023-01-01', '2024-01-01', 12],
    ['2024-07-15', '2024-01-15', -6],
    ['2024-07-14', '2024-01-15', -5],
    ['2024-03-01', '2024-02-29', 0],
  ])('wholeMonthsBetween(%s, %s) = %i', (a, b, n) => {
    expect(wholeMonthsBetween(a, b)).toBe(n);
  });

  it('whole months are antisymmetric', () => {
    const iso = dateParts.map((p) => formatIsoDate(p.year, p.month, p.day));
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        expect(wholeMonthsBetween(a, b) + wholeMonthsBetween(b, a)).toBe(0);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});
