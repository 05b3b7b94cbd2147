import { D, type Dec, formatDecimal, parseDecimal, type Rounding } from '../core/decimal.js';

/**
 * Exact arithmetic for scoring, in two interchangeable implementations:
 * - `FAST`: integer micro-points (1 point = 1,000,000) in plain JS numbers, exact while values
 *   have at most 6 decimals and stay within ±10^9 points;
 * - `DEC`: decimal.js (the library's private clone), exact for every input.
 * The scoring code runs on `FAST` first; any value `FAST` cannot hold exactly throws the
 * private `NOT_EXACT` signal and the whole unit is recomputed on `DEC`. Both give the same
 * strings (property-tested).
 * @internal
 */
export interface Arith<T> {
  readonly zero: T;
  /** A sheet number (compiled once). */
  num(n: SheetNum): T;
  /**
   * Parse an input value found at path `[p0, p1, p2]` (throws TdktError naming that path for
   * invalid text; NOT_EXACT on FAST for anything it cannot read exactly).
   */
  parse(
    value: unknown,
    decimalComma: boolean,
    p0: string,
    p1?: string | number,
    p2?: string | number,
  ): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  /** Multiply by a non-negative integer count. */
  times(a: T, k: number): T;
  /** Multiply by a sheet number (a weight or per-occurrence points). */
  mul(a: T, w: SheetNum): T;
  cmp(a: T, b: T): number;
  sign(a: T): number;
  fmt(a: T, scale: number, rounding: Rounding): string;
}

/**
 * A number of a sheet compiled for both implementations.
 * @internal
 */
export interface SheetNum {
  readonly dec: Dec;
  /** Micro-points, or `null` when not exactly representable. */
  readonly micro: number | null;
}

const UNIT = 1_000_000;
const BOUND = 1e15;

/**
 * Thrown by `FAST` for values it cannot hold exactly; never escapes the module.
 * @internal
 */
export const NOT_EXACT: { readonly notExact: true } = Object.freeze({ notExact: true });

/**
 * Compile a decimal for both implementations.
 * @internal
 */
export function sheetNum(dec: Dec): SheetNum {
  let micro: number | null = null;
  if (dec.decimalPlaces() <= 6 && dec.abs().lte(1e9)) micro = Number(dec.times(UNIT).toFixed(0));
  return { dec, micro };
}

const FAST_RE = /^(-?)(\d{1,9})(?:\.(\d{1,6}))?$/;

function safe(n: number): number {
  if (!Number.isSafeInteger(n)) throw NOT_EXACT;
  return n;
}

function fastParse(value: unknown): number {
  if (typeof value === 'number') {
    const n = Math.round(value * UNIT);
    if (n / UNIT !== value || !(Math.abs(n) <= BOUND)) throw NOT_EXACT;
    return n === 0 ? 0 : n;
  }
  if (typeof value === 'string') {
    const m = FAST_RE.exec(value);
    if (!m) throw NOT_EXACT;
    const frac = m[3] ? Number(`${m[3]}000000`.slice(0, 6)) : 0;
    const n = Number(m[2]) * UNIT + frac;
    return m[1] && n !== 0 ? -n : n;
  }
  throw NOT_EXACT;
}

const POW10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000'];

function fastFormat(n: number, scale: number, rounding: Rounding): string {
  let q = n;
  let digits = 6;
  if (scale < 6) {
    digits = scale;
    const div = POW10[6 - scale] as number;
    const r = n % div;
    const t = (n - r) / div;
    if (r === 0 || rounding === 'down') q = t;
    else if (rounding === 'floor') q = r < 0 ? t - 1 : t;
    else if (rounding === 'ceil') q = r > 0 ? t + 1 : t;
    else {
      const twice = r < 0 ? -2 * r : 2 * r;
      const s = r < 0 ? -1 : 1;
      if (rounding === 'half-up') q = twice >= div ? t + s : t;
      else q = twice > div || (twice === div && t % 2 !== 0) ? t + s : t;
    }
  }
  const neg = q < 0;
  const a = neg ? -q : q;
  let out: string;
  if (digits === 0) out = String(a);
  else {
    const unit = POW10[digits] as number;
    const f = a % unit;
    const fs = String(f);
    out = `${(a - f) / unit}.${ZEROS[digits - fs.length]}${fs}`;
  }
  if (scale > 6) out += '0'.repeat(scale - 6);
  return neg ? `-${out}` : out;
}

/**
 * Integer micro-point arithmetic.
 * @internal
 */
export const FAST: Arith<number> = {
  zero: 0,
  num(n) {
    if (n.micro === null) throw NOT_EXACT;
    return n.micro;
  },
  parse: fastParse,
  add: (a, b) => safe(a + b),
  sub: (a, b) => safe(a - b),
  times: (a, k) => safe(a * k),
  mul(a, w) {
    if (w.micro === null) throw NOT_EXACT;
    const p = safe(a * w.micro);
    if (p % UNIT !== 0) throw NOT_EXACT;
    return p / UNIT;
  },
  cmp: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  sign: (a) => (a < 0 ? -1 : a > 0 ? 1 : 0),
  fmt: fastFormat,
};

/**
 * decimal.js arithmetic (reference implementation).
 * @internal
 */
export const DEC: Arith<Dec> = {
  zero: new D(0),
  num: (n) => n.dec,
  parse: (value, comma, p0, p1, p2) =>
    parseDecimal(value, p1 === undefined ? [p0] : p2 === undefined ? [p0, p1] : [p0, p1, p2], {
      decimalComma: comma,
    }),
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  times: (a, k) => a.times(k),
  mul: (a, w) => a.times(w.dec),
  cmp: (a, b) => a.cmp(b),
  sign: (a) => (a.isZero() ? 0 : a.isNeg() ? -1 : 1),
  fmt: (a, scale, rounding) => formatDecimal(a, scale, rounding),
};
