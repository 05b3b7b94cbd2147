import { D, type Dec } from '../core/decimal.js';
import { PLAN_INSPECTION_MIN_PCT } from '../law/params/inspection.js';
import { checkCount, quotaLimit } from '../quotas/quota-limit.js';
import { checkOptions, checkRatio, latestValue, type Path } from './validate.js';

/**
 * The ratio a call uses: the caller's, or `PLAN_INSPECTION_MIN_PCT` (0.3, Lạng Sơn 2013 plan).
 * @internal
 */
export function resolveRatio(value: unknown, path: Path): Dec {
  return checkRatio(value === undefined ? latestValue(PLAN_INSPECTION_MIN_PCT) : value, path);
}

/**
 * `ceil(r × n)` in exact decimal arithmetic (the quotas module's `quotaLimit` rounding up).
 * @internal
 */
export function quotaOf(unitCount: number, ratio: Dec): number {
  return quotaLimit(unitCount, ratio.toFixed(), 'ceil');
}

/**
 * `ceil(1 / r)` in exact decimal arithmetic.
 * @internal
 */
export function cycleOf(ratio: Dec): number {
  return new D(1).div(ratio).ceil().toNumber();
}

/**
 * Options of {@link inspectionQuota} and {@link inspectionCycleYears}.
 * @category Inspection
 * @since 0.1.0
 */
export interface InspectionRatioOptions {
  /**
   * Share of the managed units to inspect each year: `'30%'`, `'0.3'` or `0.3`, above 0 and at
   * most 1. Default: the `PLAN_INSPECTION_MIN_PCT` parameter (0.3, from the Lạng Sơn 2013 plan
   * KH 12/KH-UBND §II.2: "ít nhất 30% số đơn vị thuộc cấp mình, ngành mình quản lý").
   */
  readonly ratio?: string | number;
}

/**
 * The number of units a level or sector must put in its annual inspection plan:
 * `ceil(ratio × unitCount)` in exact decimal arithmetic (never 0.3 × 10 = 3.0000000000000004 → 4).
 * The default ratio is the plan target "at least 30% of the units it manages" (Lạng Sơn 2013,
 * KH 12/KH-UBND §II.2); rounding up reads "ít nhất" (at least), an inference since the plan
 * states no rounding.
 *
 * @example
 * ```ts
 * import { inspectionQuota } from 'tdkt';
 * inspectionQuota(10);                    // 3
 * inspectionQuota(47);                    // 15
 * inspectionQuota(11);                    // 4   (3.3 rounded up)
 * inspectionQuota(20, { ratio: '25%' });  // 5
 * ```
 * @throws TdktError (`INVALID_INPUT`) when `unitCount` is not a non-negative integer,
 * (`INVALID_RATIO` or `INVALID_NUMBER`) when the ratio is not a number in (0, 1].
 * @category Inspection
 * @since 0.1.0
 */
export function inspectionQuota(unitCount: number, options?: InspectionRatioOptions): number {
  const n = checkCount(unitCount, ['unitCount']);
  const opts = checkOptions<'ratio'>(options, ['options']);
  return quotaOf(n, resolveRatio(opts.ratio, ['options', 'ratio']));
}

/**
 * The number of years in which a plan that inspects `ratio` of the units each year can reach
 * every unit: `ceil(1 / ratio)` (4 years at 30%, 5 at 20%, 1 at 100%).
 *
 * @example
 * ```ts
 * import { inspectionCycleYears } from 'tdkt';
 * inspectionCycleYears();                  // 4
 * inspectionCycleYears({ ratio: '20%' });  // 5
 * inspectionCycleYears({ ratio: 0.25 });   // 4
 * ```
 * @throws TdktError (`INVALID_RATIO` or `INVALID_NUMBER`) when the ratio is not a number in (0, 1].
 * @category Inspection
 * @since 0.1.0
 */
export function inspectionCycleYears(options?: InspectionRatioOptions): number {
  const opts = checkOptions<'ratio'>(options, ['options']);
  return cycleOf(resolveRatio(opts.ratio, ['options', 'ratio']));
}
