import { Decimal } from 'decimal.js';
import { describe, fail } from './errors.js';

/**
 * The library's private decimal constructor. Never `Decimal.set`: that would change the
 * consumer's global constructor.
 * @internal
 */
export const D: typeof Decimal = /* @__PURE__ */ Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});

/** A decimal instance of the library's private constructor. */
export type Dec = InstanceType<typeof D>;

/**
 * Rounding modes the library declares: `floor` and `ceil` toward −∞/+∞, `half-up` away from
 * zero at .5, `half-even` banker's rounding, `down` toward zero.
 * @category Numbers
 */
export type Rounding = 'floor' | 'ceil' | 'half-up' | 'half-even' | 'down';

const MODES: Record<Rounding, Decimal.Rounding> = {
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
};

/**
 * The decimal.js rounding constant of a declared rounding mode (throws for an unknown mode).
 * @internal
 */
export function roundingMode(
  r: unknown,
  path: readonly (string | number)[] = [],
): Decimal.Rounding {
  if (typeof r === 'string' && Object.hasOwn(MODES, r)) return MODES[r as Rounding];
  // describe(): String() throws on objects without a prototype.
  const shown = typeof r === 'string' ? r.slice(0, 20) : describe(r);
  throw fail(
    'INVALID_ROUNDING',
    path,
    `Cách làm tròn không hợp lệ: ${shown} (cho phép: ${Object.keys(MODES).join(', ')})`,
    `Invalid rounding: ${shown} (allowed: ${Object.keys(MODES).join(', ')})`,
  );
}

/** Options for {@link parseDecimal}. */
export interface ParseDecimalOptions {
  /** Accept the Vietnamese decimal comma ("9,5"). Default false: "9,5" is an error. */
  readonly decimalComma?: boolean;
}

const PLAIN_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Parse a decimal quantity given as `string | number`, exactly. Numbers are read through their
 * shortest round-trip string (0.1 stays 0.1). Throws `TdktError('INVALID_NUMBER')` naming `path`
 * for non-finite numbers, empty strings, exponents, thousands separators and other text.
 * @internal
 */
export function parseDecimal(
  value: unknown,
  path: readonly (string | number)[] = [],
  options: ParseDecimalOptions = {},
): Dec {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw badNumber(String(value), path);
    return new D(value);
  }
  if (typeof value === 'string') {
    let s = value.trim();
    if (options.decimalComma === true && /^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
    if (PLAIN_RE.test(s)) return new D(s);
    throw badNumber(JSON.stringify(value.slice(0, 30)), path, /^\s*[+-]?\d+,\d+\s*$/.test(value));
  }
  throw badNumber(typeof value, path);
}

function badNumber(shown: string, path: readonly (string | number)[], comma = false) {
  const hintVi = comma
    ? ' (dấu phẩy thập phân chỉ được chấp nhận khi bật tùy chọn decimalComma)'
    : '';
  const hintEn = comma ? ' (the decimal comma is accepted only with the decimalComma option)' : '';
  return fail(
    'INVALID_NUMBER',
    path,
    `Không phải số thập phân hợp lệ: ${shown}${hintVi}`,
    `Not a valid decimal number: ${shown}${hintEn}`,
  );
}

/**
 * Format a decimal with exactly `scale` decimals using a declared rounding (default half-up).
 * @internal
 */
export function formatDecimal(d: Dec, scale: number, rounding: Rounding = 'half-up'): string {
  const out = d.toFixed(scale, MODES[rounding]);
  // Avoid "-0.00".
  return /^-0(\.0*)?$/.test(out) ? out.slice(1) : out;
}
