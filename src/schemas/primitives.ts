import * as z from 'zod';
import { D, type Dec } from '../core/decimal.js';
import { tryParseIsoDate } from '../core/iso-date.js';
import { CONFIDENCES } from '../law/citation.js';

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

/**
 * A refinement that runs only on a value whose shape is valid (zod runs object refinements even
 * after some issues, e.g. a failed pattern): cross-field rules need well-formed fields. An
 * unknown key does not stop it.
 * @internal
 */
export function onValid<T>(
  check: (value: T, ctx: z.core.$RefinementCtx<T>) => void,
): (value: T, ctx: z.core.$RefinementCtx<T>) => void {
  return (value, ctx) => {
    if (ctx.issues.some((i) => i.code !== 'unrecognized_keys')) return;
    check(value, ctx);
  };
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

// Decimal text exactly as the library's parser reads it: surrounding white space is trimmed, a
// sign is allowed, no exponent, no thousands separator, no decimal comma.
const UNSIGNED = String.raw`(?:\d+(?:\.\d*)?|\.\d+)`;
const ZERO = String.raw`(?:0+(?:\.0*)?|\.0+)`;
const NON_ZERO = String.raw`(?=[.\d]*[1-9])`;
const RATIO_UNSIGNED = String.raw`(?:0+(?:\.\d*)?|\.\d+|0*1(?:\.0*)?)`;
const PERCENT_UNSIGNED = String.raw`(?:0*\d{1,2}(?:\.\d*)?|0*100(?:\.0*)?|\.\d+)`;

const DECIMAL_RE = new RegExp(`^\\s*[+-]?${UNSIGNED}\\s*$`);
const NON_NEGATIVE_DECIMAL_RE = new RegExp(`^\\s*(?:\\+?${UNSIGNED}|-${ZERO})\\s*$`);
const POSITIVE_DECIMAL_RE = new RegExp(`^\\s*\\+?${NON_ZERO}${UNSIGNED}\\s*$`);
const COMMA_NON_NEGATIVE_DECIMAL_RE = new RegExp(
  `^\\s*(?:\\+?${UNSIGNED}|-${ZERO}|\\+?\\d+,\\d+|-0+,0+)\\s*$`,
);
const RATIO_STRING_RE = new RegExp(
  `^\\s*(?:\\+?${RATIO_UNSIGNED}|-${ZERO})\\s*$|^\\s*(?:\\+?${PERCENT_UNSIGNED}|-${ZERO})\\s*%\\s*$`,
);
const POSITIVE_RATIO_STRING_RE = new RegExp(
  `^\\s*\\+?${NON_ZERO}${RATIO_UNSIGNED}\\s*$|^\\s*\\+?${NON_ZERO}${PERCENT_UNSIGNED}\\s*%\\s*$`,
);
const COUNT_STRING_RE = /^\s*\d{1,9}\s*$/;
const PERCENT_STRING_RE = new RegExp(`^\\s*(?:\\+?${PERCENT_UNSIGNED}|-${ZERO})\\s*%\\s*$`);
const NON_BLANK_RE = /\S/;
const SHEET_ID_RE = /^(?!__proto__$)[\s\S]*\S/;

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
  [String(POSITIVE_DECIMAL_RE)]: {
    vi: 'Không phải số thập phân lớn hơn 0 dạng thường (ví dụ "2.5")',
    en: 'Not a plain decimal above zero (e.g. "2.5")',
  },
  [String(COMMA_NON_NEGATIVE_DECIMAL_RE)]: {
    vi: 'Không phải số thập phân không âm (ví dụ "2.5" hoặc "2,5")',
    en: 'Not a non-negative decimal (e.g. "2.5" or "2,5")',
  },
  [String(RATIO_STRING_RE)]: {
    vi: 'Tỷ lệ phải trong khoảng [0, 1] (ví dụ "0.3") hoặc 0%–100% (ví dụ "30%")',
    en: 'A ratio must be within [0, 1] (e.g. "0.3") or 0%–100% (e.g. "30%")',
  },
  [String(POSITIVE_RATIO_STRING_RE)]: {
    vi: 'Tỷ lệ phải lớn hơn 0 và không quá 1 (ví dụ "0.3") hoặc 100% (ví dụ "30%")',
    en: 'A ratio must be above 0 and at most 1 (e.g. "0.3") or 100% (e.g. "30%")',
  },
  [String(COUNT_STRING_RE)]: {
    vi: 'Cần một số nguyên không âm viết bằng chữ số (ví dụ "02")',
    en: 'Expected a whole count written in digits (e.g. "02")',
  },
  [String(PERCENT_STRING_RE)]: {
    vi: 'Cần một tỷ lệ phần trăm từ 0% đến 100% (ví dụ "30%")',
    en: 'Expected a percentage from 0% to 100% (e.g. "30%")',
  },
  [String(NON_BLANK_RE)]: {
    vi: 'Không được để trống hoặc chỉ có khoảng trắng',
    en: 'Must not be empty or blank',
  },
  [String(SHEET_ID_RE)]: {
    vi: 'Cần một mã không rỗng (không chỉ có khoảng trắng, không phải "__proto__")',
    en: 'Expected a non-blank id (not "__proto__")',
  },
};

/**
 * A decimal quantity given as a string (a plain decimal such as `'97.5'`, read as the library
 * reads it: surrounding white space ignored, an optional sign, no exponent, no thousands
 * separator, no decimal comma) or a finite number. The library computes with it exactly.
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
 * Zero written with a minus sign (`'-0'`) is zero, so it is accepted, as the library does.
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
 * A decimal quantity above zero (the maximum of a criterion, a weight, points per occurrence).
 * @internal
 */
export const PositiveDecimalSchema = /* @__PURE__ */ z.union([
  z.string().regex(POSITIVE_DECIMAL_RE),
  z.number().gt(0),
]);

/**
 * A non-negative decimal that may also use the Vietnamese decimal comma (`'9,5'`): the scores
 * and free points of `scoreUnit` called with `{ decimalComma: true }`.
 * @internal
 */
export const CommaNonNegativeDecimalSchema = /* @__PURE__ */ z.union([
  z.string().regex(COMMA_NON_NEGATIVE_DECIMAL_RE),
  z.number().min(0),
]);

/**
 * A ratio in [0, 1]: a number (`0.3`), a plain decimal string (`'0.15'`) or a percentage
 * string (`'20%'`, 0%–100%), read as the library reads it (white space around the number and
 * before `%` is ignored).
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
 * A ratio above zero and at most 1 (`0.3`, `'0.3'`, `'30%'`): the inspection ratios of
 * `inspectionQuota`, `inspectionCycleYears` and `planInspections`, which refuse 0 (a plan that
 * inspects nobody has no cycle).
 *
 * @example
 * ```ts
 * import { PositiveRatioSchema } from 'tdkt';
 * PositiveRatioSchema.safeParse('30%').success; // true
 * PositiveRatioSchema.safeParse(0).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const PositiveRatioSchema = /* @__PURE__ */ z.union([
  z.string().regex(POSITIVE_RATIO_STRING_RE),
  z.number().gt(0).max(1),
]);

/**
 * A whole count written in digits (`'02'`, at most 9 digits), as a plan target accepts it.
 * @internal
 */
export const CountStringSchema = /* @__PURE__ */ z.string().regex(COUNT_STRING_RE);

/**
 * A percentage string from 0% to 100% (`'30%'`), as a plan target accepts it.
 * @internal
 */
export const PercentStringSchema = /* @__PURE__ */ z.string().regex(PERCENT_STRING_RE);

/**
 * True when a ratio accepted by {@link RatioSchema} is strictly positive.
 * @internal
 */
export function isPositiveRatio(ratio: string | number): boolean {
  const s = typeof ratio === 'number' ? ratio : ratio.trim().replace(/\s*%$/, '');
  try {
    return new D(s).gt(0);
  } catch {
    return false;
  }
}

/**
 * A ratio accepted by {@link RatioSchema} as an exact decimal (percentages divided by 100).
 * @internal
 */
export function ratioValue(ratio: string | number): Dec {
  if (typeof ratio === 'number') return new D(ratio);
  const s = ratio.trim();
  return s.endsWith('%') ? new D(s.slice(0, -1).trim()).div(100) : new D(s);
}

/**
 * A decimal accepted by {@link DecimalSchema} (or its comma form) as an exact decimal.
 * @internal
 */
export function decimalValue(value: string | number): Dec {
  return new D(typeof value === 'number' ? value : value.trim().replace(',', '.'));
}

/**
 * An identifier the library trims before checking: a string with at least one character other
 * than white space (unit ids of the scoring and inspection functions).
 * @internal
 */
export const NonBlankIdSchema = /* @__PURE__ */ z.string().regex(NON_BLANK_RE);

/**
 * An id inside a score sheet (sheet, criterion, item, tier, band, exclusive group): non-blank,
 * at most 200 characters (UTF-16 code units), never `"__proto__"`.
 * @internal
 */
export const SheetIdSchema = /* @__PURE__ */ z.string().max(200).regex(SHEET_ID_RE);

/**
 * How sure the library is of a value: the `Confidence` codes.
 * @internal
 */
export const ConfidenceSchema = /* @__PURE__ */ z.enum(CONFIDENCES);

/**
 * A declared rounding mode (`Rounding`).
 * @internal
 */
export const RoundingSchema = /* @__PURE__ */ z.enum([
  'floor',
  'ceil',
  'half-up',
  'half-even',
  'down',
]);

/**
 * A text in Vietnamese and English (`Message`).
 * @internal
 */
export const MessageSchema = /* @__PURE__ */ z.strictObject({ vi: z.string(), en: z.string() });

/** The fields of a citation other than its instrument. */
/**
 * A citation (`Citation`) as every function that takes one checks it: an instrument with at
 * least one non-blank character; article and clause integers ≥ 1; point, url and note strings;
 * a known confidence.
 * @internal
 */
export const CitationSchema = /* @__PURE__ */ z.strictObject({
  instrument: z.string().regex(/\S/),
  article: z.number().int().min(1).exactOptional(),
  clause: z.number().int().min(1).exactOptional(),
  point: z.string().exactOptional(),
  url: z.string().exactOptional(),
  confidence: ConfidenceSchema.exactOptional(),
  note: z.string().exactOptional(),
});

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
