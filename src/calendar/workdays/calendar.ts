import { describe, fail, isRecordObject, type Message } from '../../core/errors.js';
import { formatIsoDate, parseIsoDate, toDayNumber } from '../../core/iso-date.js';
import { VN_WORK_YEAR_DATA } from './data.js';
import type {
  CalendarConfidence,
  ExtraDayOff,
  WorkCalendar,
  WorkSwap,
  WorkYear,
  WorkYearSource,
} from './types.js';

/**
 * The Gregorian years the working-day functions support: 2014 (the first full year under the
 * 2012 Labour Code's 5-day Tết) to 2100 (the end of the lunar tables).
 *
 * @example
 * ```ts
 * import { WORK_YEAR_RANGE } from 'tdkt';
 * WORK_YEAR_RANGE; // { first: 2014, last: 2100 }
 * ```
 * @category Working days
 * @since 0.1.0
 */
export const WORK_YEAR_RANGE: { readonly first: number; readonly last: number } = Object.freeze({
  first: 2014,
  last: 2100,
});

type Path = readonly (string | number)[];

/** A checked record seen through the fields of `T`, each still of unknown type. */
type Loose<T> = { readonly [K in keyof T]?: unknown };

interface WorkdayOptionsShape {
  readonly calendar?: unknown;
}

/** Internal state kept beside each calendar object (frozen objects cannot carry it). */
interface CalendarState {
  readonly restDays: readonly boolean[]; // index 1..7
  readonly byYear: ReadonlyMap<number, WorkYear>;
}

const states = new WeakMap<object, CalendarState>();

/**
 * The internal state of a calendar built by {@link createWorkCalendar}, or undefined.
 * @internal
 */
export function calendarState(cal: unknown): CalendarState | undefined {
  return typeof cal === 'object' && cal !== null ? states.get(cal) : undefined;
}

function invalid(path: Path, vi: string, en: string): never {
  throw fail('INVALID_INPUT', path, vi, en);
}

/**
 * Validate and read a year number within {@link WORK_YEAR_RANGE}.
 * @internal
 */
export function checkWorkYear(year: unknown, path: Path): number {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    invalid(
      path,
      `Năm phải là số nguyên, nhận được ${describe(year)}`,
      `Year must be an integer, got ${describe(year)}`,
    );
  }
  if (year < WORK_YEAR_RANGE.first || year > WORK_YEAR_RANGE.last) {
    throw fail(
      'OUT_OF_RANGE',
      path,
      `Lịch ngày làm việc chỉ hỗ trợ các năm ${WORK_YEAR_RANGE.first}–${WORK_YEAR_RANGE.last} (nhận được ${year})`,
      `Working days are supported for ${WORK_YEAR_RANGE.first}–${WORK_YEAR_RANGE.last} only (got ${year})`,
    );
  }
  return year;
}

function readArray(value: unknown, path: Path): readonly unknown[] {
  if (!Array.isArray(value)) {
    invalid(
      path,
      `Cần một mảng, nhận được ${describe(value)}`,
      `Expected an array, got ${describe(value)}`,
    );
  }
  return value;
}

function readDate(value: unknown, path: Path, year?: number): string {
  const p = parseIsoDate(value, path);
  if (year !== undefined && Math.abs(p.year - year) > 1) {
    invalid(
      path,
      `Ngày ${String(value)} không thuộc năm ${year} (hoặc năm liền kề)`,
      `Date ${String(value)} is not in ${year} (or an adjacent year)`,
    );
  }
  return formatIsoDate(p.year, p.month, p.day);
}

function readDates(value: unknown, path: Path, year: number): readonly string[] {
  const arr = readArray(value, path);
  return Object.freeze(arr.map((d, i) => readDate(d, [...path, i], year)));
}

function readMessage(value: unknown, path: Path): Message {
  const v = isRecordObject(value) ? (value as Loose<Message>) : undefined;
  if (!v || typeof v.vi !== 'string' || typeof v.en !== 'string') {
    invalid(
      path,
      'Tên phải có dạng { vi: string, en: string }',
      'A name must be { vi: string, en: string }',
    );
  }
  return Object.freeze({ vi: v.vi as string, en: v.en as string });
}

const CONFIDENCES: readonly CalendarConfidence[] = ['verified', 'secondary', 'unverified'];

function readOptionalString(value: unknown, path: Path): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    invalid(
      path,
      `Cần một chuỗi, nhận được ${describe(value)}`,
      `Expected a string, got ${describe(value)}`,
    );
  }
  return value;
}

function readSource(value: unknown, path: Path): WorkYearSource {
  if (!isRecordObject(value)) {
    invalid(
      path,
      `Nguồn phải là một đối tượng, nhận được ${describe(value)}`,
      `A source must be an object, got ${describe(value)}`,
    );
  }
  const v = value as Loose<WorkYearSource>;
  const topic = v.topic;
  if (typeof topic !== 'string') {
    invalid([...path, 'topic'], 'Nguồn cần mô tả (topic)', 'A source needs a topic');
  }
  const confidence = v.confidence;
  if (!CONFIDENCES.includes(confidence as CalendarConfidence)) {
    invalid(
      [...path, 'confidence'],
      `Độ tin cậy phải là ${CONFIDENCES.join(' | ')}, nhận được ${describe(confidence)}`,
      `confidence must be ${CONFIDENCES.join(' | ')}, got ${describe(confidence)}`,
    );
  }
  const reference = readOptionalString(v.reference, [...path, 'reference']);
  const url = readOptionalString(v.url, [...path, 'url']);
  return Object.freeze({
    topic,
    confidence: confidence as CalendarConfidence,
    ...(reference !== undefined ? { reference } : {}),
    ...(url !== undefined ? { url } : {}),
  });
}

/**
 * Validate one year of announced data and return a frozen copy.
 * @internal
 */
export function readWorkYear(value: unknown, path: Path): WorkYear {
  if (!isRecordObject(value)) {
    invalid(
      path,
      `Dữ liệu năm phải là một đối tượng, nhận được ${describe(value)}`,
      `A year's data must be an object, got ${describe(value)}`,
    );
  }
  const v = value as Loose<WorkYear>;
  const year = checkWorkYear(v.year, [...path, 'year']);
  const out: {
    year: number;
    tetDaysOff?: readonly string[];
    nationalDayExtra?: readonly string[];
    compensatory?: readonly string[];
    swaps?: readonly WorkSwap[];
    extraDaysOff?: readonly ExtraDayOff[];
    sources?: readonly WorkYearSource[];
    note?: string;
  } = { year };
  for (const key of ['tetDaysOff', 'nationalDayExtra', 'compensatory'] as const) {
    if (v[key] !== undefined) out[key] = readDates(v[key], [...path, key], year);
  }
  if (v.swaps !== undefined) {
    const arr = readArray(v.swaps, [...path, 'swaps']);
    out.swaps = Object.freeze(
      arr.map((s, i) => {
        const p = [...path, 'swaps', i];
        if (!isRecordObject(s)) {
          invalid(
            p,
            `Hoán đổi phải có dạng { off, worked }, nhận được ${describe(s)}`,
            `A swap must be { off, worked }, got ${describe(s)}`,
          );
        }
        const sw = s as Loose<WorkSwap>;
        return Object.freeze({
          off: readDate(sw.off, [...p, 'off'], year),
          worked: readDate(sw.worked, [...p, 'worked'], year),
        });
      }),
    );
  }
  if (v.extraDaysOff !== undefined) {
    const arr = readArray(v.extraDaysOff, [...path, 'extraDaysOff']);
    out.extraDaysOff = Object.freeze(
      arr.map((e, i) => {
        const p = [...path, 'extraDaysOff', i];
        if (!isRecordObject(e)) {
          invalid(
            p,
            `Ngày nghỉ thêm phải có dạng { date, name? }, nhận được ${describe(e)}`,
            `An extra day off must be { date, name? }, got ${describe(e)}`,
          );
        }
        const x = e as Loose<ExtraDayOff>;
        const date = readDate(x.date, [...p, 'date'], year);
        return Object.freeze(
          x.name === undefined ? { date } : { date, name: readMessage(x.name, [...p, 'name']) },
        );
      }),
    );
  }
  if (v.sources !== undefined) {
    const arr = readArray(v.sources, [...path, 'sources']);
    out.sources = Object.freeze(arr.map((s, i) => readSource(s, [...path, 'sources', i])));
  }
  const note = readOptionalString(v.note, [...path, 'note']);
  if (note !== undefined) out.note = note;
  return Object.freeze(out);
}

function readWeekend(value: unknown, path: Path): readonly number[] {
  const arr = readArray(value, path);
  const seen = new Set<number>();
  arr.forEach((d, i) => {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 7) {
      invalid(
        [...path, i],
        `Ngày nghỉ hằng tuần là số 1 (thứ Hai) … 7 (Chủ nhật), nhận được ${describe(d)}`,
        `A weekly rest day is an ISO weekday 1 (Monday) … 7 (Sunday), got ${describe(d)}`,
      );
    }
    seen.add(d);
  });
  if (seen.size === 7) {
    invalid(
      path,
      'Phải có ít nhất một ngày làm việc trong tuần',
      'At least one weekday must be a working day',
    );
  }
  return Object.freeze([...seen].sort((a, b) => a - b));
}

/**
 * What {@link createWorkCalendar} accepts.
 * @category Working days
 */
export interface WorkCalendarSpec {
  /**
   * Announced data per year. A year given here replaces the built-in entry of that year;
   * other built-in years are kept unless `replaceBuiltIn` is true.
   */
  readonly years?: readonly WorkYear[];
  /** ISO weekdays of weekly rest (1 = Monday … 7 = Sunday); default `[6, 7]`. */
  readonly weekend?: readonly number[];
  /** Drop the built-in years (2020–2026) and use only `years`. Default false. */
  readonly replaceBuiltIn?: boolean;
  /**
   * Apply the swaps of the data ("hoán đổi"). They bind civil servants; enterprises may choose.
   * Default true.
   */
  readonly applySwaps?: boolean;
}

function build(
  years: readonly WorkYear[],
  weekend: readonly number[],
  applySwaps: boolean,
): WorkCalendar {
  const byYear = new Map<number, WorkYear>();
  for (const y of years) byYear.set(y.year, y);
  const sorted = Object.freeze([...byYear.values()].sort((a, b) => a.year - b.year));
  const cal: WorkCalendar = Object.freeze({ weekend, years: sorted, applySwaps });
  const restDays: boolean[] = [false, false, false, false, false, false, false, false];
  for (const d of weekend) restDays[d] = true;
  states.set(cal, { restDays: Object.freeze(restDays), byYear });
  return cal;
}

let defaultCalendar: WorkCalendar | undefined;

/**
 * The built-in calendar: Saturday and Sunday off, the announced years 2020–2026.
 * @internal
 */
export function getDefaultCalendar(): WorkCalendar {
  if (!defaultCalendar) {
    defaultCalendar = build(
      VN_WORK_YEAR_DATA.map((y, i) => readWorkYear(y, ['VN_WORK_YEARS', i])),
      Object.freeze([6, 7]),
      true,
    );
  }
  return defaultCalendar;
}

/**
 * The announced schedules built into the library (2020–2026), with their sources. Years not
 * listed are computed from the Labour Code rules and marked `estimated`.
 *
 * @example
 * ```ts
 * import { builtInWorkYears } from 'tdkt';
 * builtInWorkYears().find((y) => y.year === 2025)?.swaps;
 * // [{ off: '2025-05-02', worked: '2025-04-26' }]
 * ```
 * @category Working days
 * @since 0.1.0
 */
export function builtInWorkYears(): readonly WorkYear[] {
  return getDefaultCalendar().years;
}

/**
 * Build a working-day calendar: the weekly rest days, and the announced data per year on top
 * of the built-in years (a given year replaces the built-in one). Pass the result as
 * `options.calendar` to the working-day functions. Calendars are frozen and cache what they
 * compute.
 *
 * @example
 * ```ts
 * import { createWorkCalendar, isWorkingDay } from 'tdkt';
 * // An enterprise working Saturdays, not following the civil-service swaps:
 * const factory = createWorkCalendar({ weekend: [7], applySwaps: false });
 * isWorkingDay('2025-04-26', { calendar: factory }); // true (a Saturday)
 * isWorkingDay('2025-05-02', { calendar: factory }); // true (no swap)
 * // Adding next year's announcement:
 * const cal = createWorkCalendar({
 *   years: [{ year: 2027, tetDaysOff: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'] }],
 * });
 * isWorkingDay('2027-02-10', { calendar: cal }); // false
 * ```
 * @throws TdktError (`INVALID_INPUT`) naming the offending path (e.g. `years.0.swaps.1.off`),
 * (`INVALID_DATE`) for a malformed date, (`OUT_OF_RANGE`) for a year outside 2014–2100.
 * @category Working days
 * @since 0.1.0
 */
export function createWorkCalendar(spec: WorkCalendarSpec = {}): WorkCalendar {
  if (!isRecordObject(spec as unknown)) {
    invalid(
      ['spec'],
      `Cần một đối tượng { years?, weekend?, replaceBuiltIn?, applySwaps? }, nhận được ${describe(spec)}`,
      `Expected an object { years?, weekend?, replaceBuiltIn?, applySwaps? }, got ${describe(spec)}`,
    );
  }
  const sp = spec as Loose<WorkCalendarSpec>;
  const given =
    sp.years === undefined
      ? []
      : readArray(sp.years, ['years']).map((y, i) => readWorkYear(y, ['years', i]));
  const seen = new Set<number>();
  given.forEach((y, i) => {
    if (seen.has(y.year)) {
      invalid(['years', i, 'year'], `Năm ${y.year} bị lặp`, `Year ${y.year} is given twice`);
    }
    seen.add(y.year);
  });
  for (const key of ['replaceBuiltIn', 'applySwaps'] as const) {
    if (sp[key] !== undefined && typeof sp[key] !== 'boolean') {
      invalid(
        [key],
        `${key} phải là true/false, nhận được ${describe(sp[key])}`,
        `${key} must be a boolean, got ${describe(sp[key])}`,
      );
    }
  }
  const weekend =
    sp.weekend === undefined ? Object.freeze([6, 7]) : readWeekend(sp.weekend, ['weekend']);
  const base =
    sp.replaceBuiltIn === true ? [] : getDefaultCalendar().years.filter((y) => !seen.has(y.year));
  return build([...base, ...given], weekend, sp.applySwaps !== false);
}

/**
 * Resolve `options.calendar` (default: the built-in calendar) and its state.
 * @internal
 */
export function resolveCalendar(options: unknown): { cal: WorkCalendar; state: CalendarState } {
  if (options !== undefined && !isRecordObject(options)) {
    invalid(
      ['options'],
      `Tùy chọn phải là một đối tượng, nhận được ${describe(options)}`,
      `Options must be an object, got ${describe(options)}`,
    );
  }
  const given =
    options === undefined ? undefined : (options as Loose<WorkdayOptionsShape>).calendar;
  const cal = given === undefined ? getDefaultCalendar() : given;
  const state = calendarState(cal);
  if (!state) {
    invalid(
      ['options', 'calendar'],
      'options.calendar phải được tạo bằng createWorkCalendar()',
      'options.calendar must come from createWorkCalendar()',
    );
  }
  return { cal: cal as WorkCalendar, state };
}

/**
 * Day number of an ISO date within the supported years (throws INVALID_DATE / OUT_OF_RANGE).
 * @internal
 */
export function workDayNumber(value: unknown, path: Path): { day: number; year: number } {
  const p = parseIsoDate(value, path);
  if (p.year < WORK_YEAR_RANGE.first || p.year > WORK_YEAR_RANGE.last) {
    throw fail(
      'OUT_OF_RANGE',
      path,
      `Lịch ngày làm việc chỉ hỗ trợ các năm ${WORK_YEAR_RANGE.first}–${WORK_YEAR_RANGE.last} (nhận được ${String(value)})`,
      `Working days are supported for ${WORK_YEAR_RANGE.first}–${WORK_YEAR_RANGE.last} only (got ${String(value)})`,
    );
  }
  return { day: toDayNumber(p.year, p.month, p.day), year: p.year };
}
