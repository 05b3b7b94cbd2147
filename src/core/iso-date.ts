import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { fail } from './errors.js';

/** A calendar date as an ISO `YYYY-MM-DD` string. */
export type IsoDate = string;

/** A calendar date split into its parts (month 1–12). */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  // Constructed from local parts and read back as local parts: the answer cannot depend on TZ.
  return getDaysInMonth(new Date(year, month - 1, 1));
}

/**
 * Parse an ISO date and check that it is a real calendar date, or return undefined.
 * @internal
 */
export function tryParseIsoDate(value: unknown): DateParts | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_RE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Parse an ISO date or throw `TdktError('INVALID_DATE')` naming `path`.
 * @internal
 */
export function parseIsoDate(value: unknown, path: readonly (string | number)[] = []): DateParts {
  const parts = tryParseIsoDate(value);
  if (!parts) {
    const shown = typeof value === 'string' ? `"${value.slice(0, 30)}"` : typeof value;
    throw fail(
      'INVALID_DATE',
      path,
      `Ngày không hợp lệ: ${shown}; cần một ngày có thật dạng YYYY-MM-DD`,
      `Invalid date: ${shown}; expected a real calendar date as YYYY-MM-DD`,
    );
  }
  return parts;
}

/**
 * True when `value` is an ISO `YYYY-MM-DD` string naming a real calendar date.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'tdkt';
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-29'); // false
 * ```
 * @category Dates
 * @since 0.1.0
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // Checked on character codes, without allocating: the eligibility engine checks every date of
  // every record on every call. Same rule as `tryParseIsoDate` (a property test compares them).
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45
  ) {
    return false;
  }
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= 28 || day <= daysInMonth(year, month);
}

/** The decimal value of `s[from..to)` when every character there is a digit, else -1. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Format date parts as `YYYY-MM-DD`.
 * @internal
 */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 for a proleptic Gregorian date (integer arithmetic, no `Date`).
 * @internal
 */
export function toDayNumber(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jdn =
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045;
  return jdn - 2440588;
}

/**
 * Inverse of {@link toDayNumber}.
 * @internal
 */
export function fromDayNumber(n: number): DateParts {
  const jdn = n + 2440588;
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return { year, month, day };
}

/**
 * Day number of an ISO date (throws `INVALID_DATE`).
 * @internal
 */
export function isoToDayNumber(value: unknown, path: readonly (string | number)[] = []): number {
  const p = parseIsoDate(value, path);
  return toDayNumber(p.year, p.month, p.day);
}

/**
 * ISO date of a day number.
 * @internal
 */
export function dayNumberToIso(n: number): IsoDate {
  const p = fromDayNumber(n);
  return formatIsoDate(p.year, p.month, p.day);
}

/**
 * Add whole days to an ISO date (pure calendar arithmetic; time zones play no part).
 * @internal
 */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return dayNumberToIso(isoToDayNumber(date) + days);
}

/**
 * ISO weekday of an ISO date: 1 = Monday … 7 = Sunday.
 * @internal
 */
export function isoWeekday(date: IsoDate): number {
  const n = isoToDayNumber(date);
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/**
 * Whole calendar months from `from` to `to` (negative when `to` is earlier); a partial month
 * does not count. Used for "served at least N months".
 * @internal
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && b.day < a.day) months -= 1;
  if (months < 0 && b.day > a.day) months += 1;
  return months;
}
