import { D, type Rounding, roundingMode } from '../core/decimal.js';
import { describe, fail, type Message } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';
import type { Citation, Confidence } from '../law/citation.js';
import { valueAt } from '../law/parameters.js';
import { getParameter } from '../law/params/index.js';
import { QUOTAS_PARAMETERS } from '../law/params/quotas.js';
import { isLoose } from './guards.js';
import { checkCount, parseRatio } from './quota-limit.js';
import { capArithmetic } from './select-within-quota.js';

/**
 * Options of {@link capFromParameter}.
 * @category Quotas
 */
export interface CapFromParameterOptions {
  /** Rounding of `base` × ratio; default `'floor'` (a cap). */
  readonly rounding?: Rounding;
  /** Use values of provisional regimes (opt-in). */
  readonly includeProvisional?: boolean;
}

/**
 * A cap resolved from a dated ratio parameter on a date.
 * - `'cap'`: a ratio is in force; `limit` = `base` × ratio, rounded.
 * - `'no-cap'`: the parameter says there is none (value `null`) on that date.
 * - `'unknown'`: no value is known on that date (before the first dated value).
 * @category Quotas
 */
export interface CapResolution {
  /** Parameter id, e.g. `'CSTDCS_CAP_PCT_OF_LDTT'`. */
  readonly parameter: string;
  /** The date the parameter was read on (ISO). */
  readonly date: string;
  /** Whether a cap applies. */
  readonly status: 'cap' | 'no-cap' | 'unknown';
  /** The ratio in force (exact decimal string), or `null`. */
  readonly ratio: string | null;
  /** The base count. */
  readonly base: number;
  /** The cap, or `null` when there is no cap or it is unknown. */
  readonly limit: number | null;
  /** Rounding used. */
  readonly rounding: Rounding;
  /** The cap's arithmetic, e.g. `15% × 47 = 7.05 → 7 (floor)`. */
  readonly arithmetic: Message;
  /** First day of the value used. */
  readonly from?: string;
  /** Confidence of the value used. */
  readonly confidence?: Confidence;
  /** Legal basis of the value used. */
  readonly basis: readonly Citation[];
  /** The parameter value's note (e.g. what the denominator is). */
  readonly note?: string;
  /** One-sentence summary, in both languages. */
  readonly explanation: Message;
}

/**
 * Resolve a dated ratio cap (`CSTDCS_CAP_PCT_OF_LDTT`, `CO_CP_CAP_PCT`, `CAP_CSTDCS_AF` …) on a
 * date with `valueAt` and apply it to `base`. A `null` value means "no cap" (e.g. no national
 * CSTĐCS cap from 2024-01-01); a date before the first value gives status `'unknown'`.
 *
 * @example
 * ```ts
 * import { capFromParameter } from 'tdkt';
 * capFromParameter('CSTDCS_CAP_PCT_OF_LDTT', 47, '2020-12-31').limit; // 7
 * capFromParameter('CSTDCS_CAP_PCT_OF_LDTT', 47, '2024-12-31').status; // 'no-cap'
 * capFromParameter('CO_CP_CAP_PCT', 12, '2024-12-31').limit; // 2
 * ```
 * @throws TdktError (`UNKNOWN_PARAMETER`) for an unknown id, (`NOT_A_RATIO_PARAMETER`) for a
 * parameter whose unit is not a ratio, (`INVALID_INPUT`) for a bad base or options,
 * (`INVALID_DATE`) for a malformed date, (`INVALID_ROUNDING`) for an unknown rounding.
 * @category Quotas
 * @since 0.1.0
 */
export function capFromParameter(
  parameterId: string,
  base: number,
  date: string,
  options: CapFromParameterOptions = {},
): CapResolution {
  const opts: unknown = options === undefined ? {} : options;
  if (!isLoose<'rounding' | 'includeProvisional'>(opts)) {
    throw fail(
      'INVALID_INPUT',
      ['options'],
      `Tùy chọn phải là một đối tượng, nhận được ${describe(options)}`,
      `Options must be an object, got ${describe(options)}`,
    );
  }
  if (typeof parameterId !== 'string') {
    throw fail(
      'UNKNOWN_PARAMETER',
      ['parameterId'],
      `Mã tham số phải là chuỗi, nhận được ${describe(parameterId)}`,
      `Parameter id must be a string, got ${describe(parameterId)}`,
    );
  }
  // The quota parameters are read from their own file first (no need to load the registry).
  const param = QUOTAS_PARAMETERS.find((p) => p.id === parameterId) ?? getParameter(parameterId);
  if (param.unit !== 'ratio') {
    throw fail(
      'NOT_A_RATIO_PARAMETER',
      ['parameterId'],
      `Tham số ${param.id} không phải một tỷ lệ (đơn vị: ${param.unit})`,
      `Parameter ${param.id} is not a ratio (unit: ${param.unit})`,
    );
  }
  const n = checkCount(base, ['base']);
  parseIsoDate(date, ['date']);
  const rounding = (opts.rounding === undefined ? 'floor' : opts.rounding) as Rounding;
  const mode = roundingMode(rounding, ['options', 'rounding']);
  // valueAt checks includeProvisional (a boolean, reported at options.includeProvisional).
  const entry = valueAt(param, date, opts as { includeProvisional?: boolean });
  if (!entry) {
    return {
      parameter: param.id,
      date,
      status: 'unknown',
      ratio: null,
      base: n,
      limit: null,
      rounding,
      arithmetic: { vi: 'chưa biết tỷ lệ', en: 'ratio unknown' },
      basis: [],
      explanation: {
        vi: `Thư viện không có giá trị của ${param.id} vào ngày ${date}`,
        en: `The library has no value of ${param.id} on ${date}`,
      },
    };
  }
  const common = {
    parameter: param.id,
    date,
    base: n,
    rounding,
    from: entry.from,
    confidence: entry.confidence,
    basis: entry.basis,
    ...(entry.note !== undefined ? { note: entry.note } : {}),
  };
  if (entry.value === null) {
    return {
      ...common,
      status: 'no-cap',
      ratio: null,
      limit: null,
      arithmetic: { vi: 'không giới hạn tỷ lệ', en: 'no cap' },
      explanation: {
        vi: `${param.id}: không có giới hạn tỷ lệ vào ngày ${date} (giá trị từ ${entry.from}, độ tin cậy: ${entry.confidence})`,
        en: `${param.id}: no cap on ${date} (value from ${entry.from}, confidence: ${entry.confidence})`,
      },
    };
  }
  const r = parseRatio(entry.value, ['parameter', param.id, 'value']);
  const limit = new D(n).times(r).toDecimalPlaces(0, mode).toNumber();
  const arithmetic = capArithmetic(n, r, limit, rounding);
  return {
    ...common,
    status: 'cap',
    ratio: r.toString(),
    limit,
    arithmetic,
    explanation: {
      vi: `${param.id}: hạn mức ${limit} (${arithmetic.vi}) vào ngày ${date} (giá trị từ ${entry.from}, độ tin cậy: ${entry.confidence})`,
      en: `${param.id}: cap ${limit} (${arithmetic.en}) on ${date} (value from ${entry.from}, confidence: ${entry.confidence})`,
    },
  };
}
