/**
 * How sure the library is of a legal fact (see the project's domain reference):
 * - `confirmed`: stated in a cited page quoting the instrument;
 * - `secondary`: seen only in third-party material; a lead, never a hard rule;
 * - `unconfirmed`: recalled or inferred without a source text; configurable, flagged;
 * - `inference`: reasoned from confirmed facts (e.g. "no cap found, so none");
 * - `plan-text`: from a provincial plan, a local default rather than national law.
 * @category Law
 */
export type Confidence = 'confirmed' | 'secondary' | 'unconfirmed' | 'inference' | 'plan-text';

/**
 * The confidence tags, in the order the docs list them (the one list the checks and schemas use).
 * @internal
 */
export const CONFIDENCES = [
  'confirmed',
  'secondary',
  'unconfirmed',
  'inference',
  'plan-text',
] as const;

/**
 * A pointer into a legal instrument. `instrument` is the document number as written in
 * Vietnamese (`'06/2022/QH15'`, `'98/2023/NĐ-CP'`); `point` is the letter of an "điểm".
 *
 * @example
 * ```ts
 * import type { Citation } from 'tdkt';
 * const c: Citation = { instrument: '06/2022/QH15', article: 24, clause: 1, point: 'a' };
 * ```
 * @category Law
 * @since 0.1.0
 */
export interface Citation {
  /** Document number as written in Vietnamese, e.g. `'06/2022/QH15'`. */
  readonly instrument: string;
  /** Điều (article). */
  readonly article?: number;
  /** Khoản (clause). */
  readonly clause?: number;
  /** Điểm (point), a letter such as `'a'` or `'đ'`. */
  readonly point?: string;
  /** Where the text was read (a public page quoting the instrument). */
  readonly url?: string;
  /** How sure the library is of what this citation supports. */
  readonly confidence?: Confidence;
  /** A short note, e.g. "cited as Điều 21 by one source, a numbering slip". */
  readonly note?: string;
}
