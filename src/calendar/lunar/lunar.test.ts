import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../core/errors.js';
import { dayNumberToIso, isoToDayNumber } from '../../core/iso-date.js';
import { sunLongitudeAtDayStart } from './astronomy.js';
import {
  canChi,
  formatLunarDate,
  fromLunar,
  hungKingsDay,
  LUNAR_YEAR_RANGE,
  lunarMonths,
  tet,
  toLunar,
} from './index.js';

const VECTORS = readFileSync(
  new URL('../../../test/fixtures/lunar-vectors.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [year, tetDate, gioTo] = line.split(',');
    return { year: Number(year), tet: tetDate!, gioTo: gioTo! };
  });

function thrown(fn: () => unknown): TdktError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

describe('lunar-vectors.csv (python-holidays, MIT; 1968–2100 at UTC+7)', () => {
  it('has 133 rows', () => {
    expect(VECTORS).toHaveLength(133);
    expect(VECTORS[0]!.year).toBe(1968);
    expect(VECTORS.at(-1)!.year).toBe(2100);
  });

  it.each(VECTORS)('$year: Tết $tet, Giỗ Tổ $gioTo', ({ year, tet: t, gioTo }) => {
    expect(tet(year)).toBe(t);
    expect(hungKingsDay(year)).toBe(gioTo);
    expect(toLunar(t)).toEqual({ year, month: 1, day: 1, leap: false });
    expect(toLunar(gioTo)).toEqual({ year, month: 3, day: 10, leap: false });
  });
});

describe('edge cases of lunar.md §4.2', () => {
  it('Tết 1968 is 29/1 at UTC+7 (North) and 30/1 at UTC+8 (South)', () => {
    expect(tet(1968)).toBe('1968-01-29');
    expect(tet(1968, { timeZone: 8 })).toBe('1968-01-30');
    expect(toLunar('1968-01-29', { timeZone: 8 })).toEqual({
      year: 1967,
      month: 12,
      day: 30,
      leap: false,
    });
    expect(fromLunar({ year: 1968, month: 1, day: 1 }, { timeZone: 8 })).toBe('1968-01-30');
  });

  it('Vietnam differs from China in 1965, 1969, 1985, 2007, 2030, 2053', () => {
    expect(tet(1965)).toBe('1965-02-01');
    expect(tet(1969)).toBe('1969-02-16');
    expect(tet(1985)).toBe('1985-01-21');
    expect(tet(2007)).toBe('2007-02-17');
    expect(tet(2030)).toBe('2030-02-02');
    expect(tet(2053)).toBe('2053-02-18');
    // At UTC+8 the Chinese dates come back.
    expect(tet(1985, { timeZone: 8 })).toBe('1985-02-20');
    expect(tet(2007, { timeZone: 8 })).toBe('2007-02-18');
    expect(tet(2030, { timeZone: 8 })).toBe('2030-02-03');
  });

  it('1984 has no leap month; 1985 has leap month 2 from 21/3/1985', () => {
    expect(lunarMonths(1984).some((m) => m.leap)).toBe(false);
    expect(lunarMonths(1985).filter((m) => m.leap)).toEqual([
      { month: 2, leap: true, start: '1985-03-21', end: '1985-04-19', days: 30 },
    ]);
    expect(toLunar('1985-03-21')).toEqual({ year: 1985, month: 2, day: 1, leap: true });
    expect(toLunar('1985-04-20')).toEqual({ year: 1985, month: 3, day: 1, leap: false });
  });

  it('2033: months 9, 10, 11 from 23/9, 23/10, 22/11; leap 11 from 22/12/2033; 12 from 20/1/2034', () => {
    expect(fromLunar({ year: 2033, month: 9, day: 1 })).toBe('2033-09-23');
    expect(fromLunar({ year: 2033, month: 10, day: 1 })).toBe('2033-10-23');
    expect(fromLunar({ year: 2033, month: 11, day: 1 })).toBe('2033-11-22');
    expect(fromLunar({ year: 2033, month: 11, day: 1, leap: true })).toBe('2033-12-22');
    expect(fromLunar({ year: 2033, month: 12, day: 1 })).toBe('2034-01-20');
    expect(toLunar('2033-12-22')).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(toLunar('2033-12-21')).toEqual({ year: 2033, month: 11, day: 30, leap: false });
    expect(lunarMonths(2033)).toHaveLength(13);
  });

  it('the leap months 1990–2033', () => {
    const expected: Record<number, number> = {
      1990: 5,
      1993: 3,
      1995: 8,
      1998: 5,
      2001: 4,
      2004: 2,
      2006: 7,
      2009: 5,
      2012: 4,
      2014: 9,
      2017: 6,
      2020: 4,
      2023: 2,
      2025: 6,
      2028: 5,
      2031: 3,
      2033: 11,
    };
    for (let y = 1990; y <= 2033; y++) {
      const leap = lunarMonths(y).find((m) => m.leap);
      expect(leap?.month, String(y)).toBe(expected[y]);
    }
  });

  it('Giỗ Tổ 2050 = 1/4 and 2083 = 26/4 (date-holidays is a day early); in Q1 in 2012, 2061, 2080', () => {
    expect(hungKingsDay(2050)).toBe('2050-04-01');
    expect(hungKingsDay(2083)).toBe('2083-04-26');
    expect(hungKingsDay(2012)).toBe('2012-03-31');
    expect(hungKingsDay(2061)).toBe('2061-03-31');
    expect(hungKingsDay(2080)).toBe('2080-03-30');
  });

  it('month 12 of Ất Tỵ has 29 days: New Year’s Eve is 16/2/2026 = 29 tháng Chạp', () => {
    expect(toLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(toLunar('2026-02-17')).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(lunarMonths(2025).at(-1)!.days).toBe(29);
  });

  it('the 2025 Tết holiday: Monday 27/1 = 28 Chạp Giáp Thìn, Friday 31/1 = mùng 3', () => {
    expect(toLunar('2025-01-27')).toEqual({ year: 2024, month: 12, day: 28, leap: false });
    expect(toLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(toLunar('2025-01-31')).toEqual({ year: 2025, month: 1, day: 3, leap: false });
  });

  it('pins the new moons within two minutes of local midnight (uncertain by ΔT)', () => {
    // Computed at 00:01 on 21/9/1998, 00:00 on 8/5/2054, 23:59 on 9/12/2072, 15/11/2077 and
    // 18/10/2085 (UTC+7); published implementations disagree by a day on 2072 and 2077. These
    // values document the library's answer; they are not an authority.
    for (const d of ['1998-09-21', '2054-05-08', '2072-12-09', '2077-11-15', '2085-10-18']) {
      expect(toLunar(d).day, d).toBe(1);
    }
    expect(toLunar('2072-12-09')).toEqual({ year: 2072, month: 11, day: 1, leap: false });
    expect(toLunar('2077-11-15')).toEqual({ year: 2077, month: 10, day: 1, leap: false });
  });

  it('Tết 2024, 2025, 2026 and Giỗ Tổ 2025, 2026', () => {
    expect(tet(2024)).toBe('2024-02-10');
    expect(tet(2025)).toBe('2025-01-29');
    expect(tet(2026)).toBe('2026-02-17');
    expect(hungKingsDay(2025)).toBe('2025-04-07');
    expect(hungKingsDay(2026)).toBe('2026-04-26');
  });
});

describe('structure of every lunar year 1900–2100', () => {
  const years: number[] = [];
  for (let y = LUNAR_YEAR_RANGE.first; y <= LUNAR_YEAR_RANGE.last; y++) years.push(y);

  it('months of 29 or 30 days, 12 or 13 per year, contiguous, one leap in 13-month years', () => {
    let leapYears = 0;
    for (const y of years) {
      const ms = lunarMonths(y);
      expect([12, 13]).toContain(ms.length);
      expect(ms[0]!.start).toBe(tet(y));
      expect(ms.filter((m) => m.leap)).toHaveLength(ms.length - 12);
      if (ms.length === 13) leapYears++;
      let expectedMonth = 1;
      for (let i = 0; i < ms.length; i++) {
        const m = ms[i]!;
        expect([29, 30]).toContain(m.days);
        expect(isoToDayNumber(m.end) - isoToDayNumber(m.start) + 1).toBe(m.days);
        if (m.leap) {
          expect(m.month).toBe(ms[i - 1]!.month);
        } else {
          expect(m.month).toBe(expectedMonth);
          expectedMonth++;
        }
        const next = ms[i + 1]?.start ?? (y < LUNAR_YEAR_RANGE.last ? tet(y + 1) : undefined);
        if (next) expect(isoToDayNumber(next)).toBe(isoToDayNumber(m.end) + 1);
      }
    }
    // 7 leap years per 19 (Metonic cycle): 201 years → about 74.
    expect(leapYears).toBeGreaterThanOrEqual(72);
    expect(leapYears).toBeLessThanOrEqual(76);
  });

  it('month 11 contains the December solstice, and a leap month contains no major term', () => {
    for (const y of years) {
      const ms = lunarMonths(y);
      const m11 = ms.find((m) => m.month === 11 && !m.leap)!;
      // Solstice date: the day in whose span the Sun's longitude crosses 270°.
      let solstice = isoToDayNumber(`${y}-12-18`);
      while (sunLongitudeAtDayStart(solstice + 1, 7) <= 270) solstice++;
      expect(isoToDayNumber(m11.start), String(y)).toBeLessThanOrEqual(solstice);
      expect(isoToDayNumber(m11.end), String(y)).toBeGreaterThanOrEqual(solstice);
      for (const m of ms.filter((x) => x.leap)) {
        const a = Math.floor(sunLongitudeAtDayStart(isoToDayNumber(m.start), 7) / 30);
        const b = Math.floor(sunLongitudeAtDayStart(isoToDayNumber(m.end) + 1, 7) / 30);
        expect(a, `leap month of ${y}`).toBe(b);
      }
    }
  });

  it('the December solstice lands on known local dates (UTC+7)', () => {
    // 2024-12-21 09:20 UT, 2025-12-21 15:03 UT, 2000-12-21 13:37 UT: all on the 21st locally.
    for (const y of [2000, 2024, 2025]) {
      const d = isoToDayNumber(`${y}-12-21`);
      expect(sunLongitudeAtDayStart(d, 7)).toBeLessThan(270);
      expect(sunLongitudeAtDayStart(d + 1, 7)).toBeGreaterThan(270);
    }
  });

  it('fromLunar(toLunar(d)) = d for every day 31/1/1900 – 28/1/2101, and days advance by one', () => {
    const first = isoToDayNumber('1900-01-31');
    const last = isoToDayNumber('2101-01-28');
    let prev = toLunar(dayNumberToIso(first));
    expect(prev).toEqual({ year: 1900, month: 1, day: 1, leap: false });
    for (let n = first + 1; n <= last; n++) {
      const iso = dayNumberToIso(n);
      const l = toLunar(iso);
      if (fromLunar(l) !== iso) expect(fromLunar(l)).toBe(iso);
      if (l.day !== 1 && l.day !== prev.day + 1) expect(l.day).toBe(prev.day + 1);
      prev = l;
    }
  });
});

describe('range and bad input', () => {
  it('rejects dates and years outside the range with OUT_OF_RANGE', () => {
    expect(thrown(() => toLunar('1900-01-30')).code).toBe('OUT_OF_RANGE');
    expect(toLunar('2101-01-28')).toEqual({ year: 2100, month: 12, day: 29, leap: false });
    expect(thrown(() => toLunar('2101-01-29')).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => toLunar('9999-12-31')).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => tet(1899)).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => tet(2101)).code).toBe('OUT_OF_RANGE');
    const e = thrown(() => fromLunar({ year: 2101, month: 1, day: 1 }));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.issues[0]!.path).toEqual(['year']);
  });

  it('rejects invalid ISO dates with INVALID_DATE at path date', () => {
    const e = thrown(() => toLunar('2025-02-29'));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.issues[0]!.path).toEqual(['date']);
    expect(thrown(() => toLunar('2025-1-29')).code).toBe('INVALID_DATE');
    expect(thrown(() => toLunar(20250129 as never)).code).toBe('INVALID_DATE');
  });

  it('names the field of a lunar date that does not exist', () => {
    const day30 = thrown(() => fromLunar({ year: 2025, month: 12, day: 30 }));
    expect(day30.code).toBe('INVALID_LUNAR_DATE');
    expect(day30.issues[0]!.path).toEqual(['day']);
    expect(day30.issues[0]!.message.vi).toContain('29 ngày');
    const leap = thrown(() => fromLunar({ year: 2025, month: 5, day: 1, leap: true }));
    expect(leap.code).toBe('INVALID_LUNAR_DATE');
    expect(leap.issues[0]!.path).toEqual(['leap']);
    expect(leap.issues[0]!.message.en).toContain('leap month is 6');
    expect(thrown(() => fromLunar({ year: 2024, month: 13, day: 1 })).issues[0]!.path).toEqual([
      'month',
    ]);
    expect(thrown(() => fromLunar({ year: 2024, month: 1, day: 0 })).issues[0]!.path).toEqual([
      'day',
    ]);
    expect(thrown(() => fromLunar({ year: 2024.5, month: 1, day: 1 })).code).toBe('INVALID_INPUT');
    expect(thrown(() => fromLunar(null as never)).code).toBe('INVALID_INPUT');
    // 30 exists in the 30-day leap month 2 of 1985, not in its 29-day month 1.
    expect(fromLunar({ year: 1985, month: 2, day: 30, leap: true })).toBe('1985-04-19');
  });

  it('validates the timeZone option', () => {
    const e = thrown(() => toLunar('2025-01-01', { timeZone: 99 }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]!.path).toEqual(['options', 'timeZone']);
    expect(thrown(() => tet(2025, 'x' as never)).issues[0]!.path).toEqual(['options']);
  });

  it('garbage into any lunar function gives a result or a TdktError, never mutates', () => {
    const garbage = fc.anything({ withBoxedValues: true, withNullPrototype: true });
    const fns: ((a: unknown, b: unknown) => unknown)[] = [
      (a, b) => toLunar(a as never, b as never),
      (a, b) => fromLunar(a as never, b as never),
      (a, b) => tet(a as never, b as never),
      (a, b) => hungKingsDay(a as never, b as never),
      (a, b) => lunarMonths(a as never, b as never),
      (a) => canChi(a as never),
      (a) => formatLunarDate(a as never),
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: fns.length - 1 }),
        fc.oneof(
          garbage,
          fc.record({
            year: fc.integer({ min: 1890, max: 2110 }),
            month: fc.integer(),
            day: fc.integer(),
            leap: garbage,
          }),
          fc.integer({ min: 1890, max: 2110 }),
        ),
        fc.oneof(fc.constant(undefined), garbage, fc.record({ timeZone: garbage })),
        (i, a, b) => {
          const before = [structuredCloneSafe(a), structuredCloneSafe(b)];
          try {
            fns[i]!(a, b);
          } catch (e) {
            if (!(e instanceof TdktError)) throw e;
          }
          expect([structuredCloneSafe(a), structuredCloneSafe(b)]).toEqual(before);
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });
});

function structuredCloneSafe(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

describe('names', () => {
  it('can chi of the years', () => {
    expect(canChi(2024).vi).toBe('Giáp Thìn');
    expect(canChi(2025)).toEqual({ can: 'Ất', chi: 'Tỵ', vi: 'Ất Tỵ', en: 'Wood Snake' });
    expect(canChi(2026).vi).toBe('Bính Ngọ');
    expect(canChi(1968).vi).toBe('Mậu Thân');
    expect(canChi(1900).vi).toBe('Canh Tý');
    expect(canChi(2023).en).toBe('Water Cat');
  });

  it('formats lunar dates as calendars print them', () => {
    expect(formatLunarDate(toLunar('2026-02-16')).vi).toBe('29 tháng Chạp năm Ất Tỵ');
    expect(formatLunarDate(toLunar('2026-02-17')).vi).toBe('mùng 1 tháng Giêng năm Bính Ngọ');
    expect(formatLunarDate(toLunar('2025-08-08')).vi).toBe('15 tháng Sáu nhuận năm Ất Tỵ');
  });
});
