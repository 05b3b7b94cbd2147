import type { Dec } from '../core/decimal.js';
import { describe, fail, isRecordObject, type Message } from '../core/errors.js';
import type { Parameter } from '../law/parameters.js';
import { parseRatio } from '../quotas/quota-limit.js';

/**
 * A path into the caller's input.
 * @internal
 */
export type Path = readonly (string | number)[];

/**
 * Seed used when the caller gives none: the same inputs always give the same plan.
 * @internal
 */
export const DEFAULT_SEED = 'tdkt';

/** Smallest and largest calendar year accepted. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/**
 * The value of a parameter in force now: the latest dated value (parameters of this module hold
 * one value each, from the plan that set it).
 * @internal
 */
export function latestValue<T>(param: Parameter<T>): T {
  const last = param.values[param.values.length - 1];
  if (!last) throw new Error(`[tdkt] parameter ${param.id} has no value`);
  return last.value;
}

// One options check for the whole library (core/errors.ts), re-exported for inspection.
export { checkOptions } from '../core/errors.js';

/**
 * The named fields of an object received from a caller, each still to be checked.
 * @internal
 */
export type Fields<K extends string> = { readonly [P in K]?: unknown };

/**
 * View a plain object as its named fields (still unchecked).
 * @internal
 */
export function fields<K extends string>(value: Record<string, unknown>): Fields<K> {
  return value as Fields<K>;
}

/**
 * A calendar year: an integer from 1 to 9999.
 * @internal
 */
export function checkYear(value: unknown, path: Path): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < MIN_YEAR ||
    value > MAX_YEAR
  ) {
    throw fail(
      'INVALID_YEAR',
      path,
      `Năm phải là số nguyên từ ${MIN_YEAR} đến ${MAX_YEAR}, nhận được ${describe(value)}`,
      `A year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}, got ${describe(value)}`,
    );
  }
  return value;
}

/**
 * A ratio in (0, 1]: `'30%'`, `'0.3'` or `0.3`. Zero is refused: a plan that inspects nobody has
 * no cycle.
 * @internal
 */
export function checkRatio(value: unknown, path: Path): Dec {
  const r = parseRatio(value, path);
  if (r.lte(0)) {
    throw fail(
      'INVALID_RATIO',
      path,
      `Tỷ lệ kiểm tra phải lớn hơn 0 và không quá 1 (100%), nhận được ${describe(value)}`,
      `An inspection ratio must be above 0 and at most 1 (100%), got ${describe(value)}`,
    );
  }
  return r;
}

/**
 * A seed: a string or a finite number; `undefined` gives {@link DEFAULT_SEED}.
 * @internal
 */
export function checkSeed(value: unknown, path: Path): string | number {
  if (value === undefined) return DEFAULT_SEED;
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
    return value;
  }
  throw fail(
    'INVALID_INPUT',
    path,
    `Hạt giống (seed) phải là chuỗi hoặc số hữu hạn, nhận được ${describe(value)}`,
    `A seed must be a string or a finite number, got ${describe(value)}`,
  );
}

/**
 * An optional boolean flag.
 * @internal
 */
export function checkFlag(value: unknown, path: Path, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw fail(
    'INVALID_INPUT',
    path,
    `Cần giá trị true/false, nhận được ${describe(value)}`,
    `Expected true or false, got ${describe(value)}`,
  );
}

/**
 * A unit id: a non-empty string.
 * @internal
 */
export function checkUnitId(value: unknown, path: Path): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw fail(
      'INVALID_INPUT',
      path,
      `Mã đơn vị phải là chuỗi khác rỗng, nhận được ${describe(value)}`,
      `A unit id must be a non-empty string, got ${describe(value)}`,
    );
  }
  return value;
}

/**
 * The error for a unit listed twice.
 * @internal
 */
export function duplicateUnit(id: string, path: Path, firstIndex: number) {
  return fail(
    'DUPLICATE_UNIT',
    path,
    `Đơn vị ${describe(id)} bị trùng (đã có ở vị trí ${firstIndex})`,
    `Unit ${describe(id)} is listed twice (first at index ${firstIndex})`,
  );
}

/**
 * A list of distinct unit ids.
 * @internal
 */
export function checkUnitList(value: unknown, path: Path): string[] {
  if (!Array.isArray(value)) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Danh sách đơn vị phải là một mảng, nhận được ${describe(value)}`,
      `The unit list must be an array, got ${describe(value)}`,
    );
  }
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const id = checkUnitId(value[i], [...path, i]);
    const first = seen.get(id);
    if (first !== undefined) throw duplicateUnit(id, [...path, i], first);
    seen.set(id, i);
    out.push(id);
  }
  return out;
}

/**
 * The error for a reference to a unit that is not in the list.
 * @internal
 */
export function unknownUnit(id: unknown, path: Path) {
  return fail(
    'UNKNOWN_UNIT',
    path,
    `Đơn vị ${describe(id)} không có trong danh sách đơn vị`,
    `Unit ${describe(id)} is not in the unit list`,
  );
}

/**
 * A free-text reason: a string (used for both languages) or `{ vi, en }`.
 * @internal
 */
export function checkReason(value: unknown, path: Path): Message | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { vi: value, en: value };
  if (isRecordObject(value)) {
    const m = fields<'vi' | 'en'>(value);
    if (typeof m.vi === 'string' && typeof m.en === 'string') return { vi: m.vi, en: m.en };
  }
  throw fail(
    'INVALID_INPUT',
    path,
    `Lý do phải là chuỗi hoặc { vi, en }, nhận được ${describe(value)}`,
    `A reason must be a string or { vi, en }, got ${describe(value)}`,
  );
}
