import { addDaysIso } from '../core/iso-date.js';
import type { PeriodKind } from '../core/records.js';
import { valueAt } from '../law/parameters.js';
import { getParameter } from '../law/params/index.js';

/**
 * Bounds of an assessment period.
 * @internal
 */
export interface PeriodBounds {
  /** Last day (ISO). */
  readonly end: string;
  /** The day after the period ends (ISO): the default evaluation date. */
  readonly next: string;
}

let schoolStart: string | undefined;

/**
 * Month and day (`MM-DD`) a school year starts, from the parameter `SCHOOL_YEAR_START`.
 * @internal
 */
export function schoolYearStart(): string {
  if (schoolStart === undefined) {
    const v = valueAt(getParameter('SCHOOL_YEAR_START'), '2017-10-01')?.value;
    schoolStart = typeof v === 'string' ? v : '09-01';
  }
  return schoolStart;
}

const cache = new Map<number, PeriodBounds>();

/**
 * Bounds of period `year` (validated: MIN_YEAR–MAX_YEAR, so four digits) of the given kind: a calendar year, or the school year starting in
 * `year` (from `SCHOOL_YEAR_START` to the day before it in the next year).
 * @internal
 */
export function periodBounds(year: number, kind: PeriodKind): PeriodBounds {
  const key = kind === 'school' ? -year - 1 : year;
  let b = cache.get(key);
  if (b === undefined) {
    if (kind === 'school') {
      const md = schoolYearStart();
      const next = `${year + 1}-${md}`;
      b = { end: addDaysIso(next, -1), next };
    } else {
      b = { end: `${year}-12-31`, next: `${year + 1}-01-01` };
    }
    if (cache.size > 4096) cache.clear();
    cache.set(key, b);
  }
  return b;
}

/**
 * The period (of the given kind) that contains an ISO date.
 * @internal
 */
export function periodOfDate(date: string, kind: PeriodKind): number {
  const y = Number(date.slice(0, 4));
  if (kind !== 'school') return y;
  return date.slice(5) >= schoolYearStart() ? y : y - 1;
}

/**
 * A period label for messages: `2024`, or `2024–2025` for a school year.
 * @internal
 */
export function periodLabel(year: number, kind: PeriodKind): string {
  return kind === 'school' ? `${year}–${year + 1}` : String(year);
}
