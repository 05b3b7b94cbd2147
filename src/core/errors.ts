/** A message in both languages of the library. */
export interface Message {
  /** Vietnamese text (NFC). */
  readonly vi: string;
  /** English text. */
  readonly en: string;
}

/**
 * One problem found in an input: where it is and what is wrong.
 * @category Errors
 */
export interface TdktIssue {
  /** Path of the offending field from the root of the input, e.g. `['years', 2, 'rating']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in Vietnamese and English. */
  readonly message: Message;
}

/**
 * Thrown for programmer errors and malformed input only (an unknown code, an invalid date,
 * a score above its maximum). Domain outcomes such as "ineligible" are results, never errors.
 *
 * @example
 * ```ts
 * import { TdktError, getHonour } from 'tdkt';
 * try {
 *   getHonour('NOPE' as never);
 * } catch (e) {
 *   if (e instanceof TdktError) console.log(e.code); // 'UNKNOWN_HONOUR'
 * }
 * ```
 * @category Errors
 * @since 0.1.0
 */
export class TdktError extends Error {
  /** Stable machine-readable code, e.g. `'INVALID_INPUT'`, `'UNKNOWN_HONOUR'`, `'SCORE_ABOVE_MAX'`. */
  readonly code: string;
  /** Every offending path with its bilingual message. */
  readonly issues: readonly TdktIssue[];

  constructor(code: string, issues: readonly TdktIssue[], summary?: string) {
    const first = issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    const detail = summary ?? (first ? `${first.message.en}${where}` : code);
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(`[tdkt] ${code}: ${detail}${more}`);
    this.name = 'TdktError';
    this.code = code;
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, path: [...i.path] })));
  }
}

/**
 * Build a `TdktError` with a single issue.
 * @internal
 */
export function fail(
  code: string,
  path: readonly (string | number)[],
  vi: string,
  en: string,
): TdktError {
  return new TdktError(code, [{ path, message: { vi, en } }]);
}

/**
 * Describe a received value safely (never throws, even for objects without prototypes).
 * @internal
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const t = typeof value;
  if (t === 'string') {
    const s = value as string;
    return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
  }
  if (t === 'number' || t === 'boolean' || t === 'bigint') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (t === 'function') return 'a function';
  if (t === 'symbol') return 'a symbol';
  return 'an object';
}

/**
 * True for a plain object (not null, not an array).
 * @internal
 */
export function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An options argument: omitted (`{}`) or an object; anything else, `null` included, is refused.
 * @internal
 */
export function checkOptions<K extends string = string>(
  value: unknown,
  path: readonly (string | number)[] = ['options'],
  required = false,
): { readonly [P in K]?: unknown } {
  if (value === undefined && !required) return {};
  if (!isRecordObject(value)) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Tùy chọn phải là một đối tượng, nhận được ${describe(value)}`,
      `Options must be an object, got ${describe(value)}`,
    );
  }
  return value as { readonly [P in K]?: unknown };
}

/**
 * Read `includeProvisional` from an options argument that may be omitted. A value that is not a
 * boolean is refused rather than read as `false`: a caller who wrote `'yes'` meant something.
 * @internal
 */
export function provisionalOption(options: unknown, path: readonly (string | number)[]): boolean {
  const { includeProvisional: flag } = checkOptions<'includeProvisional'>(options, path);
  if (flag === undefined) return false;
  if (typeof flag !== 'boolean') {
    throw fail(
      'INVALID_INPUT',
      [...path, 'includeProvisional'],
      `includeProvisional phải là true/false, nhận được ${describe(flag)}`,
      `includeProvisional must be a boolean, got ${describe(flag)}`,
    );
  }
  return flag;
}
