import { D, type Dec, parseDecimal, type Rounding, roundingMode } from '../core/decimal.js';
import { describe, fail } from '../core/errors.js';

/**
 * Parse a ratio given as `'0.15'`, `0.15` or `'15%'` into an exact decimal in [0, 1].
 * @internal
 */
export function parseRatio(ratio: unknown, path: readonly (string | number)[] = ['ratio']): Dec {
  let r: Dec;
  if (typeof ratio === 'string' && /%\s*$/.test(ratio)) {
    r = parseDecimal(ratio.replace(/%\s*$/, ''), path).div(100);
  } else {
    r = parseDecimal(ratio, path);
  }
  if (r.lt(0) || r.gt(1)) {
    throw fail(
      'INVALID_RATIO',
      path,
      `Tỷ lệ phải nằm trong [0, 1] (hoặc 0%–100%), nhận được ${describe(ratio)}`,
      `Ratio must be within [0, 1] (or 0%–100%), got ${describe(ratio)}`,
    );
  }
  return r;
}

/**
 * Check a count: a non-negative safe integer.
 * @internal
 */
export function checkCount(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Cần một số nguyên không âm, nhận được ${describe(value)}`,
      `Expected a non-negative integer, got ${describe(value)}`,
    );
  }
  return value;
}

/**
 * The number of places a ratio allows out of `base`, in exact decimal arithmetic with a
 * declared rounding. The default `'floor'` reads the ratio as a cap ("không quá"): 15% of 47
 * LĐTT holders is 7.05 → 7. Use `'ceil'` for a minimum ("ít nhất"): 30% of 47 units → 15.
 *
 * @example
 * ```ts
 * import { quotaLimit } from 'tdkt';
 * quotaLimit(47, '0.15');        // 7   (CSTĐCS cap, Decree 91/2017 Đ9 k3)
 * quotaLimit(12, '20%');         // 2   (Cờ thi đua Chính phủ, CV 5007/BNV-TĐKT)
 * quotaLimit(10, 0.3, 'ceil');   // 3   (never 4 from 3.0000000000000004)
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a base that is not a non-negative integer,
 * (`INVALID_RATIO`) for a ratio outside [0, 1], (`INVALID_ROUNDING`) for an unknown rounding.
 * @category Quotas
 * @since 0.1.0
 */
export function quotaLimit(
  base: number,
  ratio: string | number,
  rounding: Rounding = 'floor',
): number {
  const n = checkCount(base, ['base']);
  const r = parseRatio(ratio);
  const mode = roundingMode(rounding, ['rounding']);
  return new D(n).times(r).toDecimalPlaces(0, mode).toNumber();
}
