import * as z from 'zod';
import { D } from '../core/decimal.js';
import { tryParseIsoDate } from '../core/iso-date.js';

/**
 * The bilingual message of a custom issue, carried in zod's `params` so that
 * `toTdktIssues` can report it in both languages.
 * @internal
 */
export function bilingual(
  vi: string,
  en: string,
): { message: string; params: { vi: string; en: string } } {
  return { message: en, params: { vi, en } };
}

/** Lowest year the schemas accept. @internal */
export const MIN_YEAR = 1900;
/** Highest year the schemas accept. @internal */
export const MAX_YEAR = 2200;

/**
 * An ISO `YYYY-MM-DD` string naming a real calendar date from year 1000 on (`'2025-02-29'`
 * fails). Its JSON Schema carries `format: "date"` and a leap-year-aware pattern.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'tdkt';
 * IsoDateSchema.safeParse('2024-02-29').success; // true
 * IsoDateSchema.safeParse('2025-02-29').success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const IsoDateSchema = /* @__PURE__ */ z.iso
  .date({ abort: true })
  .refine(
    (s) => tryParseIsoDate(s) !== undefined,
    bilingual(
      'Ngày không có thật hoặc trước năm 1000; cần dạng YYYY-MM-DD',
      'Not a real calendar date from year 1000 on; expected YYYY-MM-DD',
    ),
  );

/**
 * A year (calendar year, or the start year of a school year): an integer from 1900 to 2200.
 *
 * @example
 * ```ts
 * import { YearSchema } from 'tdkt';
 * YearSchema.safeParse(2024).success; // true
 * YearSchema.safeParse(2024.5).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const YearSchema = /* @__PURE__ */ z.int().min(MIN_YEAR).max(MAX_YEAR);

/**
 * A count of people or units: a non-negative safe integer.
 *
 * @example
 * ```ts
 * import { CountSchema } from 'tdkt';
 * CountSchema.safeParse(47).success; // true
 * CountSchema.safeParse(-1).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const CountSchema = /* @__PURE__ */ z.int().min(0);

const DECIMAL_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const NON_NEGATIVE_DECIMAL_RE = /^\+?(?:\d+(?:\.\d*)?|\.\d+)$/;
const RATIO_RE = /^(?:0(?:\.\d*)?|1(?:\.0*)?|\.\d+)$/;
const PERCENT_RE = /^(?:\d{1,2}(?:\.\d*)?|100(?:\.0*)?|\.\d+)%$/;
const RATIO_STRING_RE = new RegExp(`${RATIO_RE.source}|${PERCENT_RE.source}`);

/**
 * Bilingual messages of the string patterns above, keyed by the pattern as zod reports it
 * (`String(regex)`).
 * @internal
 */
export const PATTERN_MESSAGES: Readonly<Record<string, { vi: string; en: string }>> = {
  [String(DECIMAL_RE)]: {
    vi: 'Không phải số thập phân dạng thường (ví dụ "97.5"; không dùng dấu phẩy thập phân, số mũ hay dấu phân cách hàng nghìn)',
    en: 'Not a plain decimal (e.g. "97.5"; no decimal comma, exponent or thousands separator)',
  },
  [String(NON_NEGATIVE_DECIMAL_RE)]: {
    vi: 'Không phải số thập phân không âm dạng thường (ví dụ "2.5")',
    en: 'Not a plain non-negative decimal (e.g. "2.5")',
  },
  [String(RATIO_STRING_RE)]: {
    vi: 'Tỷ lệ phải trong khoảng [0, 1] (ví dụ "0.3") hoặc 0%–100% (ví dụ "30%")',
    en: 'A ratio must be within [0, 1] (e.g. "0.3") or 0%–100% (e.g. "30%")',
  },
};

/**
 * A decimal quantity given as a string (a plain decimal such as `'97.5'`: no exponent, no
 * thousands separator, no decimal comma) or a finite number. The library computes with it
 * exactly.
 *
 * @example
 * ```ts
 * import { DecimalSchema } from 'tdkt';
 * DecimalSchema.safeParse('97.50').success; // true
 * DecimalSchema.safeParse('9,5').success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const DecimalSchema = /* @__PURE__ */ z.union([z.string().regex(DECIMAL_RE), z.number()]);

/**
 * A decimal quantity that cannot be negative (a maximum, a score, bonus or deduction points).
 *
 * @example
 * ```ts
 * import { NonNegativeDecimalSchema } from 'tdkt';
 * NonNegativeDecimalSchema.safeParse('2.5').success; // true
 * NonNegativeDecimalSchema.safeParse(-1).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const NonNegativeDecimalSchema = /* @__PURE__ */ z.union([
  z.string().regex(NON_NEGATIVE_DECIMAL_RE),
  z.number().min(0),
]);

/**
 * A ratio in [0, 1]: a number (`0.3`), a plain decimal string (`'0.15'`) or a percentage
 * string (`'20%'`).
 *
 * @example
 * ```ts
 * import { RatioSchema } from 'tdkt';
 * RatioSchema.safeParse('20%').success; // true
 * RatioSchema.safeParse(1.5).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const RatioSchema = /* @__PURE__ */ z.union([
  z.string().regex(RATIO_STRING_RE),
  z.number().min(0).max(1),
]);

/**
 * True when a ratio accepted by {@link RatioSchema} is strictly positive.
 * @internal
 */
export function isPositiveRatio(ratio: string | number): boolean {
  const s = typeof ratio === 'number' ? ratio : ratio.replace(/%$/, '');
  try {
    return new D(s).gt(0);
  } catch {
    return false;
  }
}

/**
 * A seed for the deterministic choices of the inspection planner: a string or a finite number.
 *
 * @example
 * ```ts
 * import { SeedSchema } from 'tdkt';
 * SeedSchema.safeParse('2025').success; // true
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const SeedSchema = /* @__PURE__ */ z.union([z.string(), z.number()]);

/**
 * A non-empty identifier string.
 *
 * @example
 * ```ts
 * import { IdSchema } from 'tdkt';
 * IdSchema.safeParse('NV-001').success; // true
 * IdSchema.safeParse('').success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const IdSchema = /* @__PURE__ */ z.string().min(1);
