import { checkOptions, describe, fail, isRecordObject } from '../../core/errors.js';
import { dayNumberToIso, parseIsoDate, toDayNumber } from '../../core/iso-date.js';
import { type LunarParts, lunarOfDay, monthsOfLunarYear, tetDay } from './lunar-year.js';

/**
 * A date of the Vietnamese lunar calendar ("âm lịch"). `year` is the lunar year, numbered by
 * the Gregorian year in which its Tết falls (so 28 tháng Chạp Giáp Thìn = 27/1/2025 has
 * `year: 2024`). `leap` marks a leap month ("tháng nhuận").
 * @category Calendar
 */
export interface LunarDate {
  /** Lunar year, named by the Gregorian year of its Tết (1/1 ÂL). */
  readonly year: number;
  /** Month 1–12 (1 = tháng Giêng, 12 = tháng Chạp). */
  readonly month: number;
  /** Day 1–30. */
  readonly day: number;
  /** True in a leap month ("tháng nhuận"), which repeats the number of the month before it. */
  readonly leap: boolean;
}

/**
 * A lunar date as input: `leap` may be omitted (a regular month).
 * @category Calendar
 */
export interface LunarDateInput {
  /** Lunar year (the Gregorian year of its Tết). */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
  /** Day 1–30. */
  readonly day: number;
  /** True for the leap month of that number; default false. */
  readonly leap?: boolean;
}

/**
 * Options of the lunar functions.
 * @category Calendar
 */
export interface LunarOptions {
  /**
   * Offset of the reference meridian from UTC in hours; default 7 (105° E, the Vietnamese
   * calendar since 1968). Use 8 to reproduce calendars computed for the Beijing meridian, e.g.
   * the southern Vietnamese calendar of 1968 (Tết Mậu Thân on 30/1/1968 instead of 29/1).
   */
  readonly timeZone?: number;
}

/**
 * One month of a lunar year, as listed by {@link lunarMonths}.
 * @category Calendar
 */
export interface LunarMonth {
  /** Month number 1–12. */
  readonly month: number;
  /** True for the leap month. */
  readonly leap: boolean;
  /** Solar date of day 1 (the new-moon day). */
  readonly start: string;
  /** Solar date of the last day. */
  readonly end: string;
  /** 29 ("tháng thiếu") or 30 ("tháng đủ"). */
  readonly days: 29 | 30;
}

/**
 * The lunar years the library supports: 1900 (Tết Canh Tý, 31/1/1900) to 2100 (its last day is
 * 28/1/2101 at UTC+7). Outside, the functions throw `TdktError('OUT_OF_RANGE')`.
 *
 * @example
 * ```ts
 * import { LUNAR_YEAR_RANGE } from 'tdkt';
 * LUNAR_YEAR_RANGE; // { first: 1900, last: 2100 }
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export const LUNAR_YEAR_RANGE: { readonly first: number; readonly last: number } = Object.freeze({
  first: 1900,
  last: 2100,
});

const DEFAULT_TIME_ZONE = 7;

/**
 * Read `options.timeZone` (hours east of UTC, −12…14), defaulting to 7.
 * @internal
 */
export function readTimeZone(options: unknown, path: readonly (string | number)[] = ['options']) {
  const tz = checkOptions<'timeZone'>(options, path).timeZone;
  if (tz === undefined) return DEFAULT_TIME_ZONE;
  if (typeof tz !== 'number' || !Number.isFinite(tz) || tz < -12 || tz > 14) {
    throw fail(
      'INVALID_INPUT',
      [...path, 'timeZone'],
      `Múi giờ phải là số giờ lệch so với UTC trong khoảng −12…14, nhận được ${describe(tz)}`,
      `timeZone must be an offset from UTC in hours within −12…14, got ${describe(tz)}`,
    );
  }
  return tz;
}

function outOfRange(path: readonly (string | number)[], shown: string): never {
  const { first, last } = LUNAR_YEAR_RANGE;
  throw fail(
    'OUT_OF_RANGE',
    path,
    `${shown} nằm ngoài phạm vi hỗ trợ của âm lịch (năm âm lịch ${first}–${last}, tức 31/01/${first} – 28/01/${last + 1})`,
    `${shown} is outside the supported lunar range (lunar years ${first}–${last}, i.e. ${first}-01-31 – ${last + 1}-01-28)`,
  );
}

/**
 * Validate a lunar year number (integer within {@link LUNAR_YEAR_RANGE}).
 * @internal
 */
export function checkLunarYear(year: unknown, path: readonly (string | number)[]): number {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Năm phải là số nguyên, nhận được ${describe(year)}`,
      `Year must be an integer, got ${describe(year)}`,
    );
  }
  if (year < LUNAR_YEAR_RANGE.first || year > LUNAR_YEAR_RANGE.last) {
    outOfRange(path, String(year));
  }
  return year;
}

/**
 * Lunar date of a solar day number, with range checks on the result.
 * @internal
 */
export function lunarPartsOfDay(
  dayNumber: number,
  gregorianYear: number,
  timeZone: number,
  path: readonly (string | number)[],
  shown: string,
): LunarParts {
  // Gregorian years 1899–2101 bracket lunar years 1900–2100 in every zone.
  if (gregorianYear < LUNAR_YEAR_RANGE.first - 1 || gregorianYear > LUNAR_YEAR_RANGE.last + 1) {
    outOfRange(path, shown);
  }
  const parts = lunarOfDay(dayNumber, gregorianYear, timeZone);
  if (parts.year < LUNAR_YEAR_RANGE.first || parts.year > LUNAR_YEAR_RANGE.last) {
    outOfRange(path, shown);
  }
  return parts;
}

/**
 * The Vietnamese lunar date ("âm lịch") of a solar date, computed at UTC+7 from the published
 * astronomy (new moons per Meeus ch. 49, solar terms per Meeus ch. 25): months start on the
 * new-moon day, month 11 contains the December solstice, and the leap month is the first month
 * after month 11 without a major solar term. Supported: 31/1/1900 – 28/1/2101 (lunar years
 * 1900–2100). Each lunar year is computed once and cached, so calls are cheap.
 *
 * @example
 * ```ts
 * import { toLunar } from 'tdkt';
 * toLunar('2025-01-29'); // { year: 2025, month: 1, day: 1, leap: false }  (Tết Ất Tỵ)
 * toLunar('2026-02-16'); // { year: 2025, month: 12, day: 29, leap: false } (29 tháng Chạp)
 * toLunar('2025-07-25'); // { year: 2025, month: 6, day: 1, leap: true }   (1/6 nhuận)
 * toLunar('1968-01-30', { timeZone: 8 }); // { year: 1968, month: 1, day: 1, leap: false }
 * ```
 * @throws TdktError (`INVALID_DATE`) when `date` is not a real ISO date, (`OUT_OF_RANGE`)
 * outside the supported range, (`INVALID_INPUT`) for a bad `timeZone`.
 * @category Calendar
 * @since 0.1.0
 */
export function toLunar(date: string, options?: LunarOptions): LunarDate {
  const tz = readTimeZone(options);
  const p = parseIsoDate(date, ['date']);
  const parts = lunarPartsOfDay(toDayNumber(p.year, p.month, p.day), p.year, tz, ['date'], date);
  return { year: parts.year, month: parts.month, day: parts.day, leap: parts.leap };
}

function checkInt(
  value: unknown,
  path: readonly (string | number)[],
  min: number,
  max: number,
  viName: string,
  enName: string,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw fail(
      'INVALID_LUNAR_DATE',
      path,
      `${viName} phải là số nguyên từ ${min} đến ${max}, nhận được ${describe(value)}`,
      `${enName} must be an integer from ${min} to ${max}, got ${describe(value)}`,
    );
  }
  return value;
}

/**
 * The solar date of a Vietnamese lunar date. The lunar year is the one that begins with the Tết
 * of that Gregorian year, so months 11 and 12 fall in the following Gregorian year's winter
 * (e.g. 29/12 of lunar year 2025 is 16/2/2026).
 *
 * @example
 * ```ts
 * import { fromLunar } from 'tdkt';
 * fromLunar({ year: 2026, month: 1, day: 1 });   // '2026-02-17' (Tết Bính Ngọ)
 * fromLunar({ year: 2026, month: 3, day: 10 });  // '2026-04-26' (Giỗ Tổ Hùng Vương)
 * fromLunar({ year: 2025, month: 12, day: 29 }); // '2026-02-16' (29 tháng Chạp Ất Tỵ)
 * fromLunar({ year: 2033, month: 11, day: 1, leap: true }); // '2033-12-22'
 * ```
 * @throws TdktError (`INVALID_INPUT`) when the argument is not an object or `year` is not an
 * integer, (`OUT_OF_RANGE`) for a year outside 1900–2100, (`INVALID_LUNAR_DATE`) naming
 * `month`, `day` or `leap` when that date does not exist (day 30 of a 29-day month, a leap flag
 * on a month that is not leap).
 * @category Calendar
 * @since 0.1.0
 */
export function fromLunar(l: LunarDateInput, options?: LunarOptions): string {
  const tz = readTimeZone(options);
  if (!isRecordObject(l)) {
    throw fail(
      'INVALID_INPUT',
      [],
      `Cần một ngày âm lịch { year, month, day, leap? }, nhận được ${describe(l)}`,
      `Expected a lunar date { year, month, day, leap? }, got ${describe(l)}`,
    );
  }
  const year = checkLunarYear(l.year, ['year']);
  const month = checkInt(l.month, ['month'], 1, 12, 'Tháng', 'month');
  const day = checkInt(l.day, ['day'], 1, 30, 'Ngày', 'day');
  const leapRaw = l.leap;
  if (leapRaw !== undefined && typeof leapRaw !== 'boolean') {
    throw fail(
      'INVALID_INPUT',
      ['leap'],
      `leap phải là true/false, nhận được ${describe(leapRaw)}`,
      `leap must be a boolean, got ${describe(leapRaw)}`,
    );
  }
  const leap = leapRaw === true;
  const months = monthsOfLunarYear(year, tz);
  const m = months.find((x) => x.month === month && x.leap === leap);
  if (!m) {
    const leapMonth = months.find((x) => x.leap);
    const which = leapMonth
      ? {
          vi: `tháng nhuận là tháng ${leapMonth.month}`,
          en: `its leap month is ${leapMonth.month}`,
        }
      : { vi: 'năm này không có tháng nhuận', en: 'that year has no leap month' };
    throw fail(
      'INVALID_LUNAR_DATE',
      ['leap'],
      `Năm âm lịch ${year} không có tháng ${month} nhuận (${which.vi})`,
      `Lunar year ${year} has no leap month ${month} (${which.en})`,
    );
  }
  if (day > m.length) {
    throw fail(
      'INVALID_LUNAR_DATE',
      ['day'],
      `Tháng ${month}${leap ? ' nhuận' : ''} năm âm lịch ${year} chỉ có ${m.length} ngày (nhận được ngày ${day})`,
      `Month ${month}${leap ? ' (leap)' : ''} of lunar year ${year} has only ${m.length} days (got day ${day})`,
    );
  }
  return dayNumberToIso(m.start + day - 1);
}

/**
 * The solar date of Tết Nguyên Đán (1 tháng Giêng, the lunar New Year) of a year, at UTC+7.
 *
 * @example
 * ```ts
 * import { tet } from 'tdkt';
 * tet(2025); // '2025-01-29'
 * tet(2026); // '2026-02-17'
 * tet(1985); // '1985-01-21' (China: 1985-02-20)
 * tet(1968, { timeZone: 8 }); // '1968-01-30' (UTC+7 gives '1968-01-29')
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a non-integer year, (`OUT_OF_RANGE`) outside
 * 1900–2100.
 * @category Calendar
 * @since 0.1.0
 */
export function tet(year: number, options?: LunarOptions): string {
  const tz = readTimeZone(options);
  return dayNumberToIso(tetDay(checkLunarYear(year, ['year']), tz));
}

/**
 * The solar date of Giỗ Tổ Hùng Vương (the Hùng Kings' Commemoration, 10 tháng 3 ÂL) of a year.
 * It is a public holiday since 2007 (Labour Code 2019 Đ112 k1 điểm e); this function answers
 * for every supported year.
 *
 * @example
 * ```ts
 * import { hungKingsDay } from 'tdkt';
 * hungKingsDay(2025); // '2025-04-07'
 * hungKingsDay(2026); // '2026-04-26' (a Sunday: Monday 27/4 is the compensatory day off)
 * hungKingsDay(2012); // '2012-03-31'
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a non-integer year, (`OUT_OF_RANGE`) outside
 * 1900–2100.
 * @category Calendar
 * @since 0.1.0
 */
export function hungKingsDay(year: number, options?: LunarOptions): string {
  return fromLunar({ year: checkLunarYear(year, ['year']), month: 3, day: 10 }, options);
}

/**
 * The months of a lunar year from tháng Giêng to tháng Chạp: 12 months, or 13 when the year has
 * a leap month, each with its first and last solar day and its length (29 or 30).
 *
 * @example
 * ```ts
 * import { lunarMonths } from 'tdkt';
 * const ms = lunarMonths(2025);
 * ms.length;                     // 13
 * ms.find((m) => m.leap);        // { month: 6, leap: true, start: '2025-07-25', end: '2025-08-22', days: 29 }
 * ms[12];                        // { month: 12, leap: false, start: '2026-01-19', end: '2026-02-16', days: 29 }
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a non-integer year, (`OUT_OF_RANGE`) outside
 * 1900–2100.
 * @category Calendar
 * @since 0.1.0
 */
export function lunarMonths(year: number, options?: LunarOptions): LunarMonth[] {
  const tz = readTimeZone(options);
  return monthsOfLunarYear(checkLunarYear(year, ['year']), tz).map((m) => ({
    month: m.month,
    leap: m.leap,
    start: dayNumberToIso(m.start),
    end: dayNumberToIso(m.start + m.length - 1),
    days: m.length as 29 | 30,
  }));
}

const STEMS = [
  ['Giáp', 'Wood'],
  ['Ất', 'Wood'],
  ['Bính', 'Fire'],
  ['Đinh', 'Fire'],
  ['Mậu', 'Earth'],
  ['Kỷ', 'Earth'],
  ['Canh', 'Metal'],
  ['Tân', 'Metal'],
  ['Nhâm', 'Water'],
  ['Quý', 'Water'],
] as const;

const BRANCHES = [
  ['Tý', 'Rat'],
  ['Sửu', 'Buffalo'],
  ['Dần', 'Tiger'],
  ['Mão', 'Cat'],
  ['Thìn', 'Dragon'],
  ['Tỵ', 'Snake'],
  ['Ngọ', 'Horse'],
  ['Mùi', 'Goat'],
  ['Thân', 'Monkey'],
  ['Dậu', 'Rooster'],
  ['Tuất', 'Dog'],
  ['Hợi', 'Pig'],
] as const;

/**
 * The sexagenary name ("can chi") of a lunar year: heavenly stem ("can") and earthly branch
 * ("chi"), with the Vietnamese zodiac animal in English (Mão is the Cat in Vietnam).
 *
 * @example
 * ```ts
 * import { canChi } from 'tdkt';
 * canChi(2025); // { can: 'Ất', chi: 'Tỵ', vi: 'Ất Tỵ', en: 'Wood Snake' }
 * canChi(2026).vi; // 'Bính Ngọ'
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a non-integer year.
 * @category Calendar
 * @since 0.1.0
 */
export function canChi(year: number): {
  readonly can: string;
  readonly chi: string;
  readonly vi: string;
  readonly en: string;
} {
  if (typeof year !== 'number' || !Number.isSafeInteger(year)) {
    throw fail(
      'INVALID_INPUT',
      ['year'],
      `Năm phải là số nguyên, nhận được ${describe(year)}`,
      `Year must be an integer, got ${describe(year)}`,
    );
  }
  const stem = STEMS[(((year + 6) % 10) + 10) % 10]!;
  const branch = BRANCHES[(((year + 8) % 12) + 12) % 12]!;
  return {
    can: stem[0],
    chi: branch[0],
    vi: `${stem[0]} ${branch[0]}`,
    en: `${stem[1]} ${branch[1]}`,
  };
}

const MONTH_NAMES_VI = [
  'Giêng',
  'Hai',
  'Ba',
  'Tư',
  'Năm',
  'Sáu',
  'Bảy',
  'Tám',
  'Chín',
  'Mười',
  'Mười Một',
  'Chạp',
] as const;

/**
 * A lunar date in words, as Vietnamese calendars print it: "mùng 1 tháng Giêng",
 * "29 tháng Chạp", "15 tháng Sáu nhuận"; English "day 29 of month 12".
 *
 * @example
 * ```ts
 * import { formatLunarDate } from 'tdkt';
 * formatLunarDate({ year: 2025, month: 12, day: 29, leap: false });
 * // { vi: '29 tháng Chạp năm Ất Tỵ', en: 'day 29 of month 12, year of the Wood Snake (2025)' }
 * ```
 * @throws TdktError (`INVALID_LUNAR_DATE`) for a month outside 1–12 or a day outside 1–30.
 * @category Calendar
 * @since 0.1.0
 */
export function formatLunarDate(l: LunarDate): { readonly vi: string; readonly en: string } {
  if (!isRecordObject(l)) {
    throw fail(
      'INVALID_INPUT',
      [],
      `Cần một ngày âm lịch, nhận được ${describe(l)}`,
      `Expected a lunar date, got ${describe(l)}`,
    );
  }
  const month = checkInt(l.month, ['month'], 1, 12, 'Tháng', 'month');
  const day = checkInt(l.day, ['day'], 1, 30, 'Ngày', 'day');
  const cc = canChi(l.year);
  const leap = l.leap === true;
  const d = day <= 10 ? `mùng ${day}` : String(day);
  return {
    vi: `${d} tháng ${MONTH_NAMES_VI[month - 1]}${leap ? ' nhuận' : ''} năm ${cc.vi}`,
    en: `day ${day} of ${leap ? 'leap ' : ''}month ${month}, year of the ${cc.en} (${l.year})`,
  };
}
