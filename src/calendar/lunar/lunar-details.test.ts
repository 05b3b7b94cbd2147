// Details of the lunar module that the calendar tests leave open: every ΔT segment of the
// Espenak–Meeus fit, and the code, path and wording of every error. Written to kill the mutants
// that survived mutation testing (docs/quality.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { caught } from '../../../test/support/caught.js';
import { toDayNumber } from '../../core/iso-date.js';
import { deltaTSeconds, newMoonJd, newMoonJde } from './astronomy.js';
import {
  canChi,
  formatLunarDate,
  fromLunar,
  hungKingsDay,
  lunarMonths,
  tet,
  toLunar,
} from './index.js';
import { lunarOfDay, solsticeYear } from './lunar-year.js';

/** Code, path and English message of the first issue. */
function issue(run: () => unknown): [string, readonly (string | number)[], string] {
  const e = caught(run);
  return [e.code, e.issues[0]!.path, e.issues[0]!.message.en];
}

describe('ΔT: each Espenak–Meeus segment from its first year', () => {
  // The published polynomials (NASA, "Five Millennium Canon of Solar Eclipses"), evaluated
  // separately; a segment boundary year takes the value of the segment that starts there.
  it.each([
    [1700, 26.08],
    [1800, 13.72],
    [1830, 7.67338],
    [1860, 7.62],
    [1880, -5.008487],
    [1900, -2.79],
    [1910, 10.3884],
    [1920, 21.2],
    [1930, 24.1329],
    [1941, 24.773141],
    [1961, 33.579881],
    [1975, 45.45],
    [1986, 54.877738],
    [2005, 64.670575],
    [2020, 71.599],
    [2050, 93.0],
    [2100, 202.74],
    [2150, 328.48],
    [2200, 442.08],
  ])('ΔT(%d) = %f s', (year, seconds) => {
    expect(deltaTSeconds(year)).toBeCloseTo(seconds, 5);
  });

  it('new moons in Universal Time are ΔT (≈ 64 s in 2000) before Terrestrial Time', () => {
    expect((newMoonJde(0) - newMoonJd(0)) * 86400).toBeCloseTo(deltaTSeconds(2000.02), 1);
    expect((newMoonJde(0) - newMoonJd(0)) * 86400).toBeCloseTo(63.87, 1);
  });
});

describe('solar years and months', () => {
  it('computes solstice years 1700–2300 only, and a RangeError beyond', () => {
    expect(solsticeYear(1700, 7).year).toBe(1700);
    expect(solsticeYear(2300, 7).year).toBe(2300);
    expect(() => solsticeYear(1699, 7)).toThrow(RangeError);
    expect(() => solsticeYear(2301, 7)).toThrow(RangeError);
  });

  it('knows the length of the month a day falls in', () => {
    // Month 12 of Quý Mão: 11/1/2024 – 9/2/2024 (30 days); month 12 of Ất Tỵ has 29 days.
    expect(lunarOfDay(toDayNumber(2024, 1, 20), 2024, 7)).toEqual({
      year: 2023,
      month: 12,
      day: 10,
      leap: false,
      monthLength: 30,
      monthStart: toDayNumber(2024, 1, 11),
    });
    expect(lunarOfDay(toDayNumber(2026, 2, 16), 2026, 7).monthLength).toBe(29);
  });
});

describe('errors of the lunar functions', () => {
  it('timeZone: −12 … 14 hours, default 7', () => {
    // The new moon of 9/2/2024 22:59 UT falls on the 9th at UTC−12 and the 10th at UTC+14.
    expect(tet(2024, { timeZone: -12 })).toBe('2024-02-09');
    expect(tet(2024, { timeZone: 14 })).toBe('2024-02-10');
    expect(tet(2024, {})).toBe('2024-02-10');
    expect(tet(2024, { timeZone: undefined } as never)).toBe('2024-02-10');
    for (const timeZone of [-12.5, 14.5, Number.NaN, Number.POSITIVE_INFINITY, '7']) {
      const [code, path] = issue(() => tet(2024, { timeZone } as never));
      expect([code, path]).toEqual(['INVALID_INPUT', ['options', 'timeZone']]);
    }
    expect(issue(() => toLunar('2024-01-01', { timeZone: 14.5 }))).toEqual([
      'INVALID_INPUT',
      ['options', 'timeZone'],
      'timeZone must be an offset from UTC in hours within −12…14, got 14.5',
    ]);
    expect(caught(() => tet(2024, { timeZone: 15 })).issues[0]!.message.vi).toBe(
      'Múi giờ phải là số giờ lệch so với UTC trong khoảng −12…14, nhận được 15',
    );
    const notObject = caught(() => tet(2025, 'x' as never));
    expect([notObject.code, notObject.issues[0]!.message]).toEqual([
      'INVALID_INPUT',
      {
        vi: 'Tùy chọn phải là một đối tượng, nhận được "x"',
        en: 'Options must be an object, got "x"',
      },
    ]);
  });

  it('years: integers within 1900–2100, reported at path ["year"]', () => {
    for (const run of [
      () => tet(2024.5),
      () => hungKingsDay(2024.5),
      () => lunarMonths(2024.5),
      () => fromLunar({ year: 2024.5, month: 1, day: 1 }),
    ]) {
      expect(issue(run)).toEqual([
        'INVALID_INPUT',
        ['year'],
        'Year must be an integer, got 2024.5',
      ]);
    }
    expect(caught(() => tet('2024' as never)).issues[0]!.message.vi).toBe(
      'Năm phải là số nguyên, nhận được "2024"',
    );
    for (const run of [() => tet(1899), () => hungKingsDay(2101), () => lunarMonths(1899)]) {
      expect(issue(run).slice(0, 2)).toEqual(['OUT_OF_RANGE', ['year']]);
    }
  });

  it('dates outside the range name the range in both languages', () => {
    const e = caught(() => toLunar('1899-06-01'));
    expect([e.code, e.issues[0]!.path]).toEqual(['OUT_OF_RANGE', ['date']]);
    expect(e.issues[0]!.message).toEqual({
      vi: '1899-06-01 nằm ngoài phạm vi hỗ trợ của âm lịch (năm âm lịch 1900–2100, tức 31/01/1900 – 28/01/2101)',
      en: '1899-06-01 is outside the supported lunar range (lunar years 1900–2100, i.e. 1900-01-31 – 2101-01-28)',
    });
    // Far outside: rejected before any astronomy (no RangeError from the solar-year tables).
    expect(issue(() => toLunar('1000-06-01')).slice(0, 2)).toEqual(['OUT_OF_RANGE', ['date']]);
    expect(issue(() => toLunar('2500-06-01')).slice(0, 2)).toEqual(['OUT_OF_RANGE', ['date']]);
  });

  it('fromLunar: each field of the lunar date', () => {
    expect(issue(() => fromLunar(null as never))).toEqual([
      'INVALID_INPUT',
      [],
      'Expected a lunar date { year, month, day, leap? }, got null',
    ]);
    expect(caught(() => fromLunar(5 as never)).issues[0]!.message.vi).toBe(
      'Cần một ngày âm lịch { year, month, day, leap? }, nhận được 5',
    );
    expect(issue(() => fromLunar({ year: 2024, month: 'x' as never, day: 1 }))).toEqual([
      'INVALID_LUNAR_DATE',
      ['month'],
      'month must be an integer from 1 to 12, got "x"',
    ]);
    expect(caught(() => fromLunar({ year: 2024, month: 0, day: 1 })).issues[0]!.message.vi).toBe(
      'Tháng phải là số nguyên từ 1 đến 12, nhận được 0',
    );
    expect(issue(() => fromLunar({ year: 2024, month: 1, day: 31 }))).toEqual([
      'INVALID_LUNAR_DATE',
      ['day'],
      'day must be an integer from 1 to 30, got 31',
    ]);
    expect(caught(() => fromLunar({ year: 2024, month: 1, day: 1.5 })).issues[0]!.message.vi).toBe(
      'Ngày phải là số nguyên từ 1 đến 30, nhận được 1.5',
    );
    const leapNotBoolean = caught(() =>
      fromLunar({ year: 2023, month: 2, day: 1, leap: 'yes' as never }),
    );
    expect([
      leapNotBoolean.code,
      leapNotBoolean.issues[0]!.path,
      leapNotBoolean.issues[0]!.message,
    ]).toEqual([
      'INVALID_INPUT',
      ['leap'],
      { vi: 'leap phải là true/false, nhận được "yes"', en: 'leap must be a boolean, got "yes"' },
    ]);
    expect(fromLunar({ year: 2023, month: 2, day: 1, leap: false })).toBe('2023-02-20');
    expect(fromLunar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
  });

  it('fromLunar: leap months and month lengths that do not exist', () => {
    const noLeapYear = caught(() => fromLunar({ year: 2024, month: 3, day: 1, leap: true }));
    expect([noLeapYear.code, noLeapYear.issues[0]!.path, noLeapYear.issues[0]!.message]).toEqual([
      'INVALID_LUNAR_DATE',
      ['leap'],
      {
        vi: 'Năm âm lịch 2024 không có tháng 3 nhuận (năm này không có tháng nhuận)',
        en: 'Lunar year 2024 has no leap month 3 (that year has no leap month)',
      },
    ]);
    expect(
      caught(() => fromLunar({ year: 2023, month: 3, day: 1, leap: true })).issues[0]!.message,
    ).toEqual({
      vi: 'Năm âm lịch 2023 không có tháng 3 nhuận (tháng nhuận là tháng 2)',
      en: 'Lunar year 2023 has no leap month 3 (its leap month is 2)',
    });
    expect(caught(() => fromLunar({ year: 2024, month: 1, day: 30 })).issues[0]!.message).toEqual({
      vi: 'Tháng 1 năm âm lịch 2024 chỉ có 29 ngày (nhận được ngày 30)',
      en: 'Month 1 of lunar year 2024 has only 29 days (got day 30)',
    });
    expect(
      caught(() => fromLunar({ year: 2023, month: 2, day: 30, leap: true })).issues[0]!.message,
    ).toEqual({
      vi: 'Tháng 2 nhuận năm âm lịch 2023 chỉ có 29 ngày (nhận được ngày 30)',
      en: 'Month 2 (leap) of lunar year 2023 has only 29 days (got day 30)',
    });
  });

  it('canChi and formatLunarDate', () => {
    expect(issue(() => canChi(1.5))).toEqual([
      'INVALID_INPUT',
      ['year'],
      'Year must be an integer, got 1.5',
    ]);
    expect(caught(() => canChi(2 ** 53)).issues[0]!.message.vi).toBe(
      `Năm phải là số nguyên, nhận được ${2 ** 53}`,
    );
    expect(issue(() => formatLunarDate(null as never))).toEqual([
      'INVALID_INPUT',
      [],
      'Expected a lunar date, got null',
    ]);
    expect(caught(() => formatLunarDate([] as never)).issues[0]!.message.vi).toBe(
      'Cần một ngày âm lịch, nhận được an array',
    );
    expect(issue(() => formatLunarDate({ year: 2024, month: 13, day: 1, leap: false }))).toEqual([
      'INVALID_LUNAR_DATE',
      ['month'],
      'month must be an integer from 1 to 12, got 13',
    ]);
    expect(
      caught(() => formatLunarDate({ year: 2024, month: 1, day: 0, leap: false })).issues[0]!
        .message,
    ).toEqual({
      vi: 'Ngày phải là số nguyên từ 1 đến 30, nhận được 0',
      en: 'day must be an integer from 1 to 30, got 0',
    });
    // Calendars print "mùng" for days 1–10 only.
    expect(formatLunarDate({ year: 2024, month: 1, day: 10, leap: false })).toEqual({
      vi: 'mùng 10 tháng Giêng năm Giáp Thìn',
      en: 'day 10 of month 1, year of the Wood Dragon (2024)',
    });
    expect(formatLunarDate({ year: 2023, month: 2, day: 11, leap: true })).toEqual({
      vi: '11 tháng Hai nhuận năm Quý Mão',
      en: 'day 11 of leap month 2, year of the Water Cat (2023)',
    });
  });
});
