import { describe, fail, isRecordObject } from '../../core/errors.js';
import { dayNumberToIso } from '../../core/iso-date.js';
import type { Citation, Confidence } from '../../law/citation.js';
import { valueAt } from '../../law/parameters.js';
import { POSTING_HERO_WORKING_DAYS, POSTING_WORKING_DAYS } from '../../law/params/workdays.js';
import { resolveCalendar, workDayNumber } from './calendar.js';
import { yearTable } from './engine.js';
import type { WorkdayOptions } from './types.js';
import { addWorkingDays, isWorkingDay } from './workdays.js';

/**
 * Options of {@link postingPeriodEnd} and {@link earliestCouncilMeeting}.
 * @category Working days
 */
export interface PostingOptions extends WorkdayOptions {
  /**
   * `'state'` (default): posting of state-level nominees by the ministry or province before its
   * council meets (`POSTING_WORKING_DAYS`); `'hero'`: the posting of "Anh hùng" nominees for
   * public comment (`POSTING_HERO_WORKING_DAYS`).
   */
  readonly kind?: 'state' | 'hero';
  /** Override the number of working days (required under the 2017 regime, which fixed none). */
  readonly days?: number;
  /**
   * Count the posting day itself when it is a working day. Default false: the first day is not
   * counted (Civil Code 2015 Đ147), the safer reading.
   */
  readonly countStartDay?: boolean;
}

/**
 * A computed posting period.
 * @category Working days
 */
export interface PostingPeriod {
  /** The day the list is posted. */
  readonly start: string;
  /** Working days of posting. */
  readonly workingDays: number;
  /** The last day of the posting period (a working day). */
  readonly end: string;
  /** The first working day after the period: the earliest day the council may meet. */
  readonly earliestMeeting: string;
  /** The parameter applied, or `'options.days'` when the caller gave the number. */
  readonly parameter: 'POSTING_WORKING_DAYS' | 'POSTING_HERO_WORKING_DAYS' | 'options.days';
  /** Confidence of the number of days (`confirmed` when given by the caller). */
  readonly confidence: Confidence;
  /** Legal basis of the number of days. */
  readonly basis: readonly Citation[];
  /** True when a day of the period lies in a year without announced days off. */
  readonly estimated: boolean;
}

function readOptions(options: unknown): {
  kind: 'state' | 'hero';
  days: number | undefined;
  countStartDay: boolean;
} {
  if (options !== undefined && !isRecordObject(options)) {
    throw fail(
      'INVALID_INPUT',
      ['options'],
      `Tùy chọn phải là một đối tượng, nhận được ${describe(options)}`,
      `Options must be an object, got ${describe(options)}`,
    );
  }
  const o = (options ?? {}) as {
    readonly kind?: unknown;
    readonly days?: unknown;
    readonly countStartDay?: unknown;
  };
  const kind = o.kind === undefined ? 'state' : o.kind;
  if (kind !== 'state' && kind !== 'hero') {
    throw fail(
      'INVALID_INPUT',
      ['options', 'kind'],
      `kind phải là 'state' hoặc 'hero', nhận được ${describe(kind)}`,
      `kind must be 'state' or 'hero', got ${describe(kind)}`,
    );
  }
  const days = o.days;
  if (
    days !== undefined &&
    (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 365)
  ) {
    throw fail(
      'INVALID_INPUT',
      ['options', 'days'],
      `days phải là số nguyên từ 1 đến 365, nhận được ${describe(days)}`,
      `days must be an integer from 1 to 365, got ${describe(days)}`,
    );
  }
  const count = o.countStartDay;
  if (count !== undefined && typeof count !== 'boolean') {
    throw fail(
      'INVALID_INPUT',
      ['options', 'countStartDay'],
      `countStartDay phải là true/false, nhận được ${describe(count)}`,
      `countStartDay must be a boolean, got ${describe(count)}`,
    );
  }
  return { kind, days: days as number | undefined, countStartDay: count === true };
}

/**
 * The public posting period of nominees before the emulation and commendation council meets:
 * at least 10 working days for state-level honours under Decree 98/2023 Đ46 k2 (2024–) and
 * Decree 152/2025 Đ44 k2 (from 1/7/2025; the clause mapping is unconfirmed), and 10 working
 * days for "Anh hùng" nominees (Decree 98/2023 Đ46 k1). Working days skip weekends, Tết and
 * every official day off. Under the 2017 regime no period was fixed: pass `options.days`.
 *
 * @example
 * ```ts
 * import { postingPeriodEnd } from 'tdkt';
 * const p = postingPeriodEnd('2025-01-20');
 * p.workingDays;     // 10
 * p.end;             // '2025-02-10' (the Tết break 25/1–2/2 does not count)
 * p.earliestMeeting; // '2025-02-11'
 * p.basis[0]?.instrument; // '98/2023/NĐ-CP'
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed date, (`OUT_OF_RANGE`) outside 2014–2100,
 * (`NO_FIXED_PERIOD`) when the law in force on that date fixes no period and `options.days` is
 * absent, (`INVALID_INPUT`) for bad options.
 * @category Working days
 * @since 0.1.0
 */
export function postingPeriodEnd(startDate: string, options?: PostingOptions): PostingPeriod {
  const opts = readOptions(options);
  const { cal } = resolveCalendar(options);
  const start = workDayNumber(startDate, ['startDate']);
  const startIso = dayNumberToIso(start.day);
  const param = opts.kind === 'hero' ? POSTING_HERO_WORKING_DAYS : POSTING_WORKING_DAYS;
  const entry = valueAt(param, startIso);
  let n: number;
  let parameter: PostingPeriod['parameter'];
  let confidence: Confidence;
  let basis: readonly Citation[];
  if (opts.days !== undefined) {
    n = opts.days;
    parameter = 'options.days';
    confidence = 'confirmed';
    basis = entry?.basis ?? [];
  } else if (entry && typeof entry.value === 'number') {
    n = entry.value;
    parameter = param.id as PostingPeriod['parameter'];
    confidence = entry.confidence;
    basis = entry.basis;
  } else {
    throw fail(
      'NO_FIXED_PERIOD',
      ['options', 'days'],
      `Quy định có hiệu lực ngày ${startIso} không ấn định số ngày niêm yết (${param.id}); hãy truyền options.days`,
      `The rules in force on ${startIso} fix no posting period (${param.id}); pass options.days`,
    );
  }
  const countStart = opts.countStartDay && isWorkingDay(startIso, options);
  const end = addWorkingDays(startIso, countStart ? n - 1 : n, options);
  const earliestMeeting = addWorkingDays(end, 1, options);
  const lastYear = Number(earliestMeeting.slice(0, 4));
  let estimated = false;
  for (let y = start.year; y <= lastYear; y++) {
    if (!yearTable(cal, y).announced) estimated = true;
  }
  return Object.freeze({
    start: startIso,
    workingDays: n,
    end,
    earliestMeeting,
    parameter,
    confidence,
    basis,
    estimated,
  });
}

/**
 * The earliest day the council may meet after posting the nominees on `postingStart`: the first
 * working day after the posting period of {@link postingPeriodEnd}.
 *
 * @example
 * ```ts
 * import { earliestCouncilMeeting } from 'tdkt';
 * earliestCouncilMeeting('2025-04-21'); // '2025-05-08' (10 working days incl. Saturday 26/4, skipping 30/4–4/5)
 * ```
 * @throws TdktError as {@link postingPeriodEnd}.
 * @category Working days
 * @since 0.1.0
 */
export function earliestCouncilMeeting(postingStart: string, options?: PostingOptions): string {
  return postingPeriodEnd(postingStart, options).earliestMeeting;
}
