import { describe, fail, type Message } from '../../core/errors.js';
import { addDaysIso, formatIsoDate, tryParseIsoDate } from '../../core/iso-date.js';
import { valueAt } from '../../law/parameters.js';
import { SCHOOL_YEAR_START, STAGE_LENGTH_YEARS } from '../../law/params/calendar.js';
import { toRoman } from '../common/format.js';
import { checkDate, checkOptions, checkYear, MAX_YEAR, MIN_YEAR } from '../common/validate.js';

/**
 * Kinds of TĐKT period:
 * - `year`: the calendar year ("năm", 1/1–31/12) of annual titles;
 * - `half`: a half-year ("6 tháng đầu năm" / "6 tháng cuối năm"), id `2025-H1`;
 * - `quarter`: a quarter ("Quý I–IV") of the plan tables, id `2025-Q3`;
 * - `school-year`: a school year ("năm học"), id `2025-2026`;
 * - `stage`: a "giai đoạn", id `2021-2025`.
 * @category Calendar
 */
export type CalendarPeriodKind = 'year' | 'half' | 'quarter' | 'school-year' | 'stage';

/**
 * A period with its id, first and last day and its Vietnamese and English labels.
 * @category Calendar
 */
export interface CalendarPeriod {
  /** Kind of period. */
  readonly kind: CalendarPeriodKind;
  /** Canonical id: `2025`, `2025-H1`, `2025-Q3`, `2025-2026` (school year or stage). */
  readonly id: string;
  /** First day (ISO). */
  readonly from: string;
  /** Last day (ISO). */
  readonly to: string;
  /** The year the period starts in. */
  readonly startYear: number;
  /** Quarter (1–4) or half (1–2); absent for the other kinds. */
  readonly index?: number;
  /**
   * Stages only: true when the stage is the 5-year TĐKT stage of the formula
   * (2016–2020, 2021–2025, 2026–2030 …); false for other "giai đoạn" such as 2020–2025.
   */
  readonly standard?: boolean;
  /** Label as plans write it ("Quý III năm 2025", "năm học 2025-2026", "giai đoạn 2021 - 2025"). */
  readonly label: Message;
}

/**
 * Options for school years.
 * @category Calendar
 */
export interface SchoolYearOptions {
  /** First day of the school year as `MM-DD`; default the parameter `SCHOOL_YEAR_START` ('09-01'). */
  readonly start?: string;
}

const KINDS: readonly CalendarPeriodKind[] = ['year', 'half', 'quarter', 'school-year', 'stage'];

type Path = readonly (string | number)[];

function badPeriod(path: Path, value: unknown, kind: string): never {
  throw fail(
    'INVALID_PERIOD',
    path,
    `Mã kỳ không hợp lệ cho loại ${kind}: ${describe(value)}`,
    `Invalid period id for kind ${kind}: ${describe(value)}`,
  );
}

function checkKind(value: unknown): CalendarPeriodKind {
  if (typeof value !== 'string' || !KINDS.includes(value as CalendarPeriodKind)) {
    throw fail(
      'INVALID_INPUT',
      ['kind'],
      `Loại kỳ không hợp lệ: ${describe(value)}; dùng một trong ${KINDS.join(', ')}`,
      `Unknown period kind ${describe(value)}; use one of ${KINDS.join(', ')}`,
    );
  }
  return value as CalendarPeriodKind;
}

function lastDay(year: number, month: number): string {
  // Day before the first of the next month.
  return addDaysIso(
    month === 12 ? formatIsoDate(year + 1, 1, 1) : formatIsoDate(year, month + 1, 1),
    -1,
  );
}

/**
 * The `MM-DD` start of a school year (option or parameter), checked.
 * @internal
 */
export function schoolYearStart(options: unknown): string {
  const o = checkOptions<'start'>(options);
  if (o.start === undefined) {
    const v = valueAt(SCHOOL_YEAR_START, '2000-01-01') ?? SCHOOL_YEAR_START.values[0];
    return v ? v.value : '09-01';
  }
  const s = o.start;
  if (
    typeof s !== 'string' ||
    !/^\d{2}-\d{2}$/.test(s) ||
    s === '02-29' ||
    !tryParseIsoDate(`2001-${s}`)
  ) {
    throw fail(
      'INVALID_INPUT',
      ['options', 'start'],
      `Ngày bắt đầu năm học phải có dạng MM-DD (không phải 02-29), nhận được ${describe(s)}`,
      `The school-year start must be MM-DD (not 02-29), got ${describe(s)}`,
    );
  }
  return s;
}

function stageLength(year: number): number {
  const v =
    valueAt(STAGE_LENGTH_YEARS, formatIsoDate(Math.max(year, 2000), 1, 1)) ??
    STAGE_LENGTH_YEARS.values[0];
  return v ? v.value : 5;
}

/**
 * The standard TĐKT stage containing a year: [L·floor((year−1)/L)+1, +L−1].
 * @internal
 */
export function stageBounds(year: number): { from: number; to: number } {
  const L = stageLength(year);
  const from = L * Math.floor((year - 1) / L) + 1;
  return { from, to: from + L - 1 };
}

function yearPeriod(year: number): CalendarPeriod {
  return Object.freeze({
    kind: 'year',
    id: String(year),
    from: formatIsoDate(year, 1, 1),
    to: formatIsoDate(year, 12, 31),
    startYear: year,
    label: Object.freeze({ vi: `Năm ${year}`, en: `Year ${year}` }),
  });
}

function halfPeriod(year: number, half: 1 | 2): CalendarPeriod {
  return Object.freeze({
    kind: 'half',
    id: `${year}-H${half}`,
    from: formatIsoDate(year, half === 1 ? 1 : 7, 1),
    to: formatIsoDate(year, half === 1 ? 6 : 12, half === 1 ? 30 : 31),
    startYear: year,
    index: half,
    label: Object.freeze(
      half === 1
        ? { vi: `6 tháng đầu năm ${year}`, en: `First half of ${year}` }
        : { vi: `6 tháng cuối năm ${year}`, en: `Second half of ${year}` },
    ),
  });
}

function quarterPeriod(year: number, q: number): CalendarPeriod {
  const firstMonth = 3 * (q - 1) + 1;
  return Object.freeze({
    kind: 'quarter',
    id: `${year}-Q${q}`,
    from: formatIsoDate(year, firstMonth, 1),
    to: lastDay(year, firstMonth + 2),
    startYear: year,
    index: q,
    label: Object.freeze({ vi: `Quý ${toRoman(q)} năm ${year}`, en: `Q${q} ${year}` }),
  });
}

function schoolYearPeriod(startYear: number, start: string): CalendarPeriod {
  const from = `${String(startYear).padStart(4, '0')}-${start}`;
  const to = addDaysIso(`${String(startYear + 1).padStart(4, '0')}-${start}`, -1);
  const id = `${startYear}-${startYear + 1}`;
  return Object.freeze({
    kind: 'school-year',
    id,
    from,
    to,
    startYear,
    label: Object.freeze({ vi: `Năm học ${id}`, en: `School year ${startYear}–${startYear + 1}` }),
  });
}

function stagePeriod(fromYear: number, toYear: number): CalendarPeriod {
  const std = stageBounds(fromYear);
  return Object.freeze({
    kind: 'stage',
    id: `${fromYear}-${toYear}`,
    from: formatIsoDate(fromYear, 1, 1),
    to: formatIsoDate(toYear, 12, 31),
    startYear: fromYear,
    standard: std.from === fromYear && std.to === toYear,
    label: Object.freeze({
      vi: `Giai đoạn ${fromYear} - ${toYear}`,
      en: `${fromYear}–${toYear} period`,
    }),
  });
}

// A multi-year period is accepted when it overlaps the supported years (the stage of 1900 is
// 1896–1900; the school year of late 2200 is 2200–2201).
function checkOverlap(fromYear: number, toYear: number, path: Path): void {
  if (toYear < MIN_YEAR || fromYear > MAX_YEAR) {
    throw fail(
      'YEAR_OUT_OF_RANGE',
      path,
      `Kỳ ${fromYear}-${toYear} nằm ngoài phạm vi hỗ trợ ${MIN_YEAR}–${MAX_YEAR}`,
      `CalendarPeriod ${fromYear}-${toYear} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}`,
    );
  }
}

function parseYearPair(value: string): [number, number] | undefined {
  const m = /^\s*(\d{4})\s*[-\u2010-\u2015\u2212]\s*(\d{4})\s*$/u.exec(value);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * The period of a kind named by its id: `getPeriod('quarter', '2025-Q3')`. Years accept a
 * number; school years and stages accept "2025-2026", "2025 - 2026" or "2025–2026", and a
 * number (the start year of a school year; any year inside a standard stage).
 *
 * @example
 * ```ts
 * import { getPeriod } from 'tdkt';
 * getPeriod('quarter', '2025-Q3').label.vi;       // 'Quý III năm 2025'
 * getPeriod('school-year', '2025-2026').to;       // '2026-08-31'
 * getPeriod('stage', 2023).id;                    // '2021-2025'
 * getPeriod('stage', '2020-2025').standard;       // false (a 6-year "giai đoạn" of a plan)
 * ```
 * @throws TdktError (`INVALID_PERIOD`) for an id that does not fit the kind,
 * (`INVALID_INPUT`) for an unknown kind, (`YEAR_OUT_OF_RANGE`) for years outside 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function getPeriod(
  kind: CalendarPeriodKind,
  id: string | number,
  options?: SchoolYearOptions,
): CalendarPeriod {
  const k = checkKind(kind);
  const path = ['id'];
  if (typeof id === 'number') {
    const y = checkYear(id, path);
    if (k === 'year') return yearPeriod(y);
    if (k === 'school-year') return schoolYearPeriod(y, schoolYearStart(options));
    if (k === 'stage') {
      const b = stageBounds(y);
      return stagePeriod(b.from, b.to);
    }
    return badPeriod(path, id, k);
  }
  if (typeof id !== 'string') return badPeriod(path, id, k);
  const text = id.trim();
  if (text.length > 40) return badPeriod(path, '(too long)', k);
  switch (k) {
    case 'year': {
      if (!/^\d{4}$/.test(text)) return badPeriod(path, id, k);
      return yearPeriod(checkYear(Number(text), path));
    }
    case 'half': {
      const m = /^(\d{4})-H([12])$/i.exec(text);
      if (!m) return badPeriod(path, id, k);
      return halfPeriod(checkYear(Number(m[1]), path), m[2] === '1' ? 1 : 2);
    }
    case 'quarter': {
      const m = /^(\d{4})-Q([1-4])$/i.exec(text);
      if (!m) return badPeriod(path, id, k);
      return quarterPeriod(checkYear(Number(m[1]), path), Number(m[2]));
    }
    case 'school-year': {
      const pair = parseYearPair(text);
      if (!pair || pair[1] !== pair[0] + 1) return badPeriod(path, id, k);
      checkOverlap(pair[0], pair[1], path);
      return schoolYearPeriod(pair[0], schoolYearStart(options));
    }
    case 'stage': {
      const pair = parseYearPair(text);
      if (!pair || pair[1] < pair[0]) return badPeriod(path, id, k);
      checkOverlap(pair[0], pair[1], path);
      return stagePeriod(pair[0], pair[1]);
    }
  }
}

/**
 * First and last day of a period named by kind and id.
 *
 * @example
 * ```ts
 * import { periodRange } from 'tdkt';
 * periodRange('quarter', '2025-Q1');        // { from: '2025-01-01', to: '2025-03-31' }
 * periodRange('school-year', '2025-2026');  // { from: '2025-09-01', to: '2026-08-31' }
 * periodRange('stage', '2021-2025');        // { from: '2021-01-01', to: '2025-12-31' }
 * ```
 * @throws TdktError (`INVALID_PERIOD`) for an id that does not fit the kind,
 * (`INVALID_INPUT`) for an unknown kind, (`YEAR_OUT_OF_RANGE`) for years outside 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function periodRange(
  kind: CalendarPeriodKind,
  id: string | number,
  options?: SchoolYearOptions,
): { from: string; to: string } {
  const p = getPeriod(kind, id, options);
  return { from: p.from, to: p.to };
}

/**
 * The period of a kind that contains a date. Stages are the standard 5-year TĐKT stages.
 *
 * @example
 * ```ts
 * import { periodOf } from 'tdkt';
 * periodOf('half', '2025-07-01').id;         // '2025-H2'
 * periodOf('school-year', '2026-03-15').id;  // '2025-2026'
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed or impossible date (2025-02-29),
 * (`INVALID_INPUT`) for an unknown kind, (`YEAR_OUT_OF_RANGE`) outside 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function periodOf(
  kind: CalendarPeriodKind,
  date: string,
  options?: SchoolYearOptions,
): CalendarPeriod {
  const k = checkKind(kind);
  const d = checkDate(date);
  switch (k) {
    case 'year':
      return yearPeriod(d.year);
    case 'half':
      return halfPeriod(d.year, d.month <= 6 ? 1 : 2);
    case 'quarter':
      return quarterPeriod(d.year, Math.floor((d.month - 1) / 3) + 1);
    case 'school-year': {
      const start = schoolYearStart(options);
      const md = `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      const startYear = md >= start ? d.year : d.year - 1;
      return schoolYearPeriod(startYear, start);
    }
    case 'stage': {
      const b = stageBounds(d.year);
      return stagePeriod(b.from, b.to);
    }
  }
}

/**
 * The quarter ("Quý I–IV") containing a date.
 *
 * @example
 * ```ts
 * import { quarterOf } from 'tdkt';
 * quarterOf('2028-06-11').id;        // '2028-Q2'
 * quarterOf('2028-06-11').label.vi;  // 'Quý II năm 2028'
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed or impossible date,
 * (`YEAR_OUT_OF_RANGE`) outside 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function quarterOf(date: string): CalendarPeriod {
  return periodOf('quarter', date);
}

/**
 * The half-year ("6 tháng đầu năm" / "6 tháng cuối năm") containing a date.
 *
 * @example
 * ```ts
 * import { halfOf } from 'tdkt';
 * halfOf('2025-06-30').label.vi; // '6 tháng đầu năm 2025'
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed or impossible date,
 * (`YEAR_OUT_OF_RANGE`) outside 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function halfOf(date: string): CalendarPeriod {
  return periodOf('half', date);
}

/**
 * The school year ("năm học") containing a date, bucketed 1/9–31/8 by default (parameter
 * `SCHOOL_YEAR_START`) or from `options.start`. The official framework changes every year;
 * see `SCHOOL_YEAR_FRAMEWORKS` for the dates of a given year.
 *
 * @example
 * ```ts
 * import { schoolYearOf } from 'tdkt';
 * schoolYearOf('2025-08-31').id;        // '2024-2025'
 * schoolYearOf('2025-09-01').label.vi;  // 'Năm học 2025-2026'
 * schoolYearOf('2025-08-20', { start: '08-15' }).id; // '2025-2026'
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed or impossible date,
 * (`INVALID_INPUT`) for a bad `start`, (`YEAR_OUT_OF_RANGE`) outside 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function schoolYearOf(date: string, options?: SchoolYearOptions): CalendarPeriod {
  return periodOf('school-year', date, options);
}

/**
 * The 5-year TĐKT stage ("giai đoạn") containing a year or a date:
 * stage(year) = [5·floor((year−1)/5)+1, +4] (2023 → 2021–2025), the cycle of the National
 * Congresses of Patriotic Emulation since 2000. Not every "giai đoạn" in a plan is this stage
 * ("giai đoạn 2011 - 2020", "giai đoạn 2020 - 2025"): use `getPeriod('stage', '2020-2025')`
 * for those.
 *
 * @example
 * ```ts
 * import { stageOf } from 'tdkt';
 * stageOf(2023).id;            // '2021-2025'
 * stageOf('2030-12-31').id;    // '2026-2030'
 * stageOf(2031).label.vi;      // 'Giai đoạn 2031 - 2035'
 * ```
 * @throws TdktError (`INVALID_YEAR`) / (`INVALID_DATE`) for a malformed year or date,
 * (`YEAR_OUT_OF_RANGE`) outside 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function stageOf(yearOrDate: number | string): CalendarPeriod {
  if (typeof yearOrDate === 'string') return periodOf('stage', yearOrDate);
  const b = stageBounds(checkYear(yearOrDate));
  return stagePeriod(b.from, b.to);
}

/**
 * Every period containing a date: its year, half, quarter, school year and stage.
 *
 * @example
 * ```ts
 * import { periodsOf } from 'tdkt';
 * const p = periodsOf('2028-06-11');
 * [p.year.id, p.half.id, p.quarter.id, p.schoolYear.id, p.stage.id];
 * // ['2028', '2028-H1', '2028-Q2', '2027-2028', '2026-2030']
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed or impossible date,
 * (`YEAR_OUT_OF_RANGE`) outside 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function periodsOf(
  date: string,
  options?: SchoolYearOptions,
): {
  year: CalendarPeriod;
  half: CalendarPeriod;
  quarter: CalendarPeriod;
  schoolYear: CalendarPeriod;
  stage: CalendarPeriod;
} {
  checkDate(date);
  return {
    year: periodOf('year', date),
    half: periodOf('half', date),
    quarter: periodOf('quarter', date),
    schoolYear: periodOf('school-year', date, options),
    stage: periodOf('stage', date),
  };
}

/**
 * True when a date lies within a period (inclusive).
 *
 * @example
 * ```ts
 * import { getPeriod, periodContains } from 'tdkt';
 * periodContains(getPeriod('school-year', '2025-2026'), '2026-05-31'); // true
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed date, (`INVALID_INPUT`) for a malformed period.
 * @category Calendar
 * @since 0.1.0
 */
export function periodContains(
  period: { readonly from: string; readonly to: string },
  date: string,
): boolean {
  if (
    typeof period !== 'object' ||
    period === null ||
    !tryParseIsoDate(period.from) ||
    !tryParseIsoDate(period.to)
  ) {
    throw fail(
      'INVALID_INPUT',
      ['period'],
      'Kỳ phải có from và to là ngày ISO',
      'A period needs ISO dates `from` and `to`',
    );
  }
  const d = checkDate(date);
  const iso = formatIsoDate(d.year, d.month, d.day);
  return period.from <= iso && iso <= period.to;
}
