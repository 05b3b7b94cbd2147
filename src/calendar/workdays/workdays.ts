import { describe, fail } from '../../core/errors.js';
import { dayNumberToIso } from '../../core/iso-date.js';
import { checkWorkYear, resolveCalendar, WORK_YEAR_RANGE, workDayNumber } from './calendar.js';
import { OFF, REST, WORKED_REST_DAY, WORKING, type YearTable, yearTable } from './engine.js';
import type {
  DayOffKind,
  PublicHoliday,
  SwappedWorkingDay,
  WorkCalendar,
  WorkdayOptions,
} from './types.js';

/**
 * Why a day is or is not a working day, as returned by {@link workingDayInfo}.
 * @category Working days
 */
export interface WorkingDayInfo {
  /** The date (ISO). */
  readonly date: string;
  /** True on a working day. */
  readonly working: boolean;
  /**
   * `working`; `rest-day` (weekly rest); `swap-worked` (a rest day worked by swap); or the kind
   * of day off (`holiday`, `tet`, `compensatory`, `swap-off`, `extra`).
   */
  readonly reason: 'working' | 'rest-day' | 'swap-worked' | DayOffKind;
  /** The day off, when the date is one (also for a holiday falling on a rest day). */
  readonly holiday?: PublicHoliday;
  /**
   * True when the answer rests on the rules rather than on the year's announcement (a year
   * without data, or an estimated day off).
   */
  readonly estimated: boolean;
}

function tableAt(cal: WorkCalendar, day: number, year: number): { t: YearTable; i: number } {
  const t = yearTable(cal, year);
  return { t, i: day - t.first };
}

/**
 * True when `date` is a working day: not a weekly rest day (Saturday and Sunday by default)
 * unless worked by a swap, and not an official day off (Labour Code 2019 Đ112 holidays, the
 * Tết days and the day adjoining 2/9 chosen by the Government, compensatory days, swapped days,
 * extra days announced).
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'tdkt';
 * isWorkingDay('2025-01-27'); // false (Tết: 28 tháng Chạp)
 * isWorkingDay('2025-04-26'); // true  (a Saturday worked for the 2/5 swap)
 * isWorkingDay('2025-05-02'); // false (swapped day off)
 * isWorkingDay('2026-04-27'); // false (nghỉ bù: Giỗ Tổ fell on Sunday 26/4)
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed date, (`OUT_OF_RANGE`) outside 2014–2100,
 * (`INVALID_INPUT`) for bad options.
 * @category Working days
 * @since 0.1.0
 */
export function isWorkingDay(date: string, options?: WorkdayOptions): boolean {
  const { cal } = resolveCalendar(options);
  const { day, year } = workDayNumber(date, ['date']);
  const { t, i } = tableAt(cal, day, year);
  const s = t.status[i];
  return s === WORKING || s === WORKED_REST_DAY;
}

/**
 * Whether `date` is a working day, and why: the holiday it is, or the weekly rest, and whether
 * the answer is estimated (no announcement for that year).
 *
 * @example
 * ```ts
 * import { workingDayInfo } from 'tdkt';
 * const i = workingDayInfo('2023-09-04');
 * i.working;        // false
 * i.reason;         // 'compensatory'
 * i.holiday?.name.vi; // 'Nghỉ bù Quốc khánh (02/09/2023)'
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed date, (`OUT_OF_RANGE`) outside 2014–2100,
 * (`INVALID_INPUT`) for bad options.
 * @category Working days
 * @since 0.1.0
 */
export function workingDayInfo(date: string, options?: WorkdayOptions): WorkingDayInfo {
  const { cal } = resolveCalendar(options);
  const { day, year } = workDayNumber(date, ['date']);
  const { t, i } = tableAt(cal, day, year);
  const iso = dayNumberToIso(day);
  const s = t.status[i];
  const holiday = t.holidays.find((h) => h.date === iso);
  const estimated = !t.announced || holiday?.estimated === true;
  const base = { date: iso, estimated, ...(holiday ? { holiday } : {}) };
  if (s === WORKED_REST_DAY) return { ...base, working: true, reason: 'swap-worked' };
  if (s === WORKING) return { ...base, working: true, reason: 'working' };
  if (s === OFF && holiday) return { ...base, working: false, reason: holiday.kind };
  return { ...base, working: false, reason: s === REST ? 'rest-day' : 'holiday' };
}

/**
 * True when `date` is an official day off other than an ordinary weekly rest day: a public
 * holiday (also when it falls on a weekend), a Tết day, a compensatory day, a swapped day off
 * or an extra day off.
 *
 * @example
 * ```ts
 * import { isPublicHoliday } from 'tdkt';
 * isPublicHoliday('2025-09-01'); // true  (Quốc khánh, adjoining day)
 * isPublicHoliday('2025-09-06'); // false (an ordinary Saturday)
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed date, (`OUT_OF_RANGE`) outside 2014–2100.
 * @category Working days
 * @since 0.1.0
 */
export function isPublicHoliday(date: string, options?: WorkdayOptions): boolean {
  const { cal } = resolveCalendar(options);
  const { day, year } = workDayNumber(date, ['date']);
  const { t, i } = tableAt(cal, day, year);
  if (t.status[i] === OFF) return true;
  const iso = dayNumberToIso(day);
  return t.holidays.some((h) => h.date === iso);
}

function readDays(days: unknown): number {
  if (typeof days !== 'number' || !Number.isInteger(days) || Math.abs(days) > 40000) {
    throw fail(
      'INVALID_INPUT',
      ['days'],
      `Số ngày làm việc phải là số nguyên trong khoảng ±40000, nhận được ${describe(days)}`,
      `days must be an integer within ±40000, got ${describe(days)}`,
    );
  }
  return days;
}

function pastRange(path: readonly (string | number)[]): never {
  throw fail(
    'OUT_OF_RANGE',
    path,
    `Kết quả vượt ra ngoài các năm được hỗ trợ ${WORK_YEAR_RANGE.first}–${WORK_YEAR_RANGE.last}`,
    `The result falls outside the supported years ${WORK_YEAR_RANGE.first}–${WORK_YEAR_RANGE.last}`,
  );
}

/**
 * The date `days` working days after `date` (before it when negative). The first day is not
 * counted (Civil Code 2015 Đ147): `addWorkingDays(d, 1)` is the next working day after `d`, so a
 * result for `days ≠ 0` is always a working day. `days = 0` returns `date` unchanged. Skips
 * weekly rest days and every official day off, including the lunar ones (Tết, Giỗ Tổ) and the
 * days the Government announces each year.
 *
 * @example
 * ```ts
 * import { addWorkingDays } from 'tdkt';
 * addWorkingDays('2025-01-24', 1);  // '2025-02-03' (across the Tết break 25/1–2/2)
 * addWorkingDays('2025-04-25', 1);  // '2025-04-26' (Saturday worked for the swap)
 * addWorkingDays('2025-04-29', 1);  // '2025-05-05' (30/4, 1/5, 2/5 off, then a weekend)
 * addWorkingDays('2025-02-03', -1); // '2025-01-24'
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed date, (`INVALID_INPUT`) when `days` is not an
 * integer within ±40000, (`OUT_OF_RANGE`) when the date or the result is outside 2014–2100.
 * @category Working days
 * @since 0.1.0
 */
export function addWorkingDays(date: string, days: number, options?: WorkdayOptions): string {
  const { cal } = resolveCalendar(options);
  const start = workDayNumber(date, ['date']);
  let left = readDays(days);
  if (left === 0) return dayNumberToIso(start.day);
  const step = left > 0 ? 1 : -1;
  left = Math.abs(left);
  let year = start.year;
  let t = yearTable(cal, year);
  let status = t.status;
  let n = start.day;
  let i = n - t.first;
  while (left > 0) {
    n += step;
    i += step;
    if (i < 0 || i >= status.length) {
      year += step;
      if (year < WORK_YEAR_RANGE.first || year > WORK_YEAR_RANGE.last) pastRange(['days']);
      t = yearTable(cal, year);
      status = t.status;
      i = n - t.first;
    }
    const s = status[i];
    if (s === WORKING || s === WORKED_REST_DAY) left--;
  }
  return dayNumberToIso(n);
}

/**
 * The number of working days to add to `from` to reach `to`: the working days after `from` up
 * to and including `to` when `to` is later, or minus the working days from `to` up to the day
 * before `from` when `to` is earlier. When `to` is a working day,
 * `addWorkingDays(from, workingDaysBetween(from, to)) === to`.
 *
 * @example
 * ```ts
 * import { workingDaysBetween } from 'tdkt';
 * workingDaysBetween('2025-01-24', '2025-02-03'); // 1  (the Tết break in between)
 * workingDaysBetween('2025-02-03', '2025-01-24'); // -1
 * workingDaysBetween('2025-03-03', '2025-03-10'); // 5
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed date, (`OUT_OF_RANGE`) outside 2014–2100.
 * @category Working days
 * @since 0.1.0
 */
export function workingDaysBetween(from: string, to: string, options?: WorkdayOptions): number {
  const { cal } = resolveCalendar(options);
  const a = workDayNumber(from, ['from']);
  const b = workDayNumber(to, ['to']);
  if (a.day === b.day) return 0;
  const forward = b.day > a.day;
  // Count working days in (a, b] or [b, a).
  let lo = forward ? a.day + 1 : b.day;
  const hi = forward ? b.day : a.day - 1;
  let year = forward ? a.year : b.year;
  let count = 0;
  while (lo <= hi) {
    const t = yearTable(cal, year);
    const end = Math.min(hi, t.first + t.status.length - 1);
    for (let d = lo; d <= end; d++) {
      const s = t.status[d - t.first];
      if (s === WORKING || s === WORKED_REST_DAY) count++;
    }
    lo = end + 1;
    year++;
  }
  return forward ? count : -count;
}

/**
 * Vietnam's official days off in a year, sorted by date: the public holidays of Labour Code 2019
 * Đ112 k1 (1/1; the Tết break; Giỗ Tổ 10/3 ÂL; 30/4; 1/5; 2/9 and its adjoining day), the
 * compensatory days (Đ111 k3), swapped days off and extra days announced. Holidays falling on a
 * weekly rest day are listed with `restDay: true`. Days not announced for that year are marked
 * `estimated: true`.
 *
 * @example
 * ```ts
 * import { publicHolidays } from 'tdkt';
 * publicHolidays(2025)
 *   .filter((h) => !h.restDay)
 *   .map((h) => h.date);
 * // ['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
 * //  '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02']
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a non-integer year, (`OUT_OF_RANGE`) outside 2014–2100.
 * @category Working days
 * @since 0.1.0
 */
export function publicHolidays(year: number, options?: WorkdayOptions): PublicHoliday[] {
  const { cal } = resolveCalendar(options);
  return [...yearTable(cal, checkWorkYear(year, ['year'])).holidays];
}

/**
 * The weekly rest days worked in a year because of a swap ("ngày làm bù"), e.g. Saturday
 * 26/4/2025 worked for Friday 2/5/2025 off.
 *
 * @example
 * ```ts
 * import { swappedWorkingDays } from 'tdkt';
 * swappedWorkingDays(2025).map((d) => [d.date, d.replaces]); // [['2025-04-26', '2025-05-02']]
 * swappedWorkingDays(2026).map((d) => d.date);               // ['2026-01-10']
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a non-integer year, (`OUT_OF_RANGE`) outside 2014–2100.
 * @category Working days
 * @since 0.1.0
 */
export function swappedWorkingDays(year: number, options?: WorkdayOptions): SwappedWorkingDay[] {
  const { cal } = resolveCalendar(options);
  return [...yearTable(cal, checkWorkYear(year, ['year'])).worked];
}

/**
 * True when the year has announced data in the calendar (otherwise its days off are estimated
 * from the rules).
 *
 * @example
 * ```ts
 * import { isAnnouncedWorkYear } from 'tdkt';
 * isAnnouncedWorkYear(2025); // true
 * isAnnouncedWorkYear(2030); // false
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a non-integer year, (`OUT_OF_RANGE`) outside 2014–2100.
 * @category Working days
 * @since 0.1.0
 */
export function isAnnouncedWorkYear(year: number, options?: WorkdayOptions): boolean {
  const { cal } = resolveCalendar(options);
  return yearTable(cal, checkWorkYear(year, ['year'])).announced;
}
