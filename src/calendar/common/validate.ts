import { describe, fail } from '../../core/errors.js';
import { type DateParts, tryParseIsoDate } from '../../core/iso-date.js';

/** First year the calendar functions accept. @internal */
export const MIN_YEAR = 1900;
/** Last year the calendar functions accept. @internal */
export const MAX_YEAR = 2200;

type Path = readonly (string | number)[];

/**
 * A calendar year: an integer within [{@link MIN_YEAR}, {@link MAX_YEAR}].
 * @internal
 */
export function checkYear(value: unknown, path: Path = ['year']): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw fail(
      'INVALID_YEAR',
      path,
      `Năm phải là số nguyên, nhận được ${describe(value)}`,
      `Year must be an integer, got ${describe(value)}`,
    );
  }
  if (value < MIN_YEAR || value > MAX_YEAR) {
    throw fail(
      'YEAR_OUT_OF_RANGE',
      path,
      `Năm ${value} nằm ngoài phạm vi hỗ trợ ${MIN_YEAR}–${MAX_YEAR}`,
      `Year ${value} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}`,
    );
  }
  return value;
}

/**
 * An ISO date naming a real calendar day within the supported years.
 * @internal
 */
export function checkDate(value: unknown, path: Path = ['date']): DateParts {
  const parts = tryParseIsoDate(value);
  if (!parts) {
    throw fail(
      'INVALID_DATE',
      path,
      `Ngày không hợp lệ: ${describe(value)}; cần một ngày có thật dạng YYYY-MM-DD`,
      `Invalid date: ${describe(value)}; expected a real calendar date as YYYY-MM-DD`,
    );
  }
  checkYear(parts.year, path);
  return parts;
}

// One options check for the whole library (core/errors.ts), re-exported for the calendar.
export { checkOptions } from '../../core/errors.js';

/**
 * An optional boolean option (`undefined` → `fallback`).
 * @internal
 */
export function checkFlag(value: unknown, path: Path, fallback = false): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    throw fail(
      'INVALID_INPUT',
      path,
      `Cần giá trị true/false, nhận được ${describe(value)}`,
      `Expected true or false, got ${describe(value)}`,
    );
  }
  return value;
}

/**
 * A non-empty string (trimmed), or throw `code`.
 * @internal
 */
export function checkText(value: unknown, path: Path, code = 'INVALID_INPUT'): string {
  if (typeof value !== 'string') {
    throw fail(
      code,
      path,
      `Cần một chuỗi ký tự, nhận được ${describe(value)}`,
      `Expected a string, got ${describe(value)}`,
    );
  }
  return value;
}

/**
 * Freeze a plain data tree (objects and arrays) in place and return it.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
