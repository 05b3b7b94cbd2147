import { describe, fail, isRecordObject } from '../core/errors.js';
import { type Citation, CONFIDENCES, type Confidence } from './citation.js';

type Path = readonly (string | number)[];

const TEXT_VI = { point: 'Điểm (point)', url: 'Đường dẫn (url)', note: 'Ghi chú (note)' } as const;

const CONFIDENCE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(CONFIDENCES);

/**
 * Check a citation given by a caller and return a frozen copy of its known fields. One contract
 * for every entry point that takes citations (profiles, score sheets, plan targets, parameters,
 * `formatCitation`), so "Điều -3" or "khoản 1.5" is refused wherever it comes in; unknown fields
 * are dropped. `code` is the error code of the calling function.
 * @internal
 */
export function readCitation(value: unknown, path: Path, code: string): Citation {
  const bad = (at: Path, vi: string, en: string): never => {
    throw fail(code, at, vi, en);
  };
  if (!isRecordObject(value)) {
    bad(
      path,
      `Trích dẫn phải là { instrument, … }, nhận được ${describe(value)}`,
      `A citation must be { instrument, … }, got ${describe(value)}`,
    );
  }
  const c = value as Partial<Record<keyof Citation, unknown>>;
  const { instrument } = c;
  if (typeof instrument !== 'string' || instrument.trim() === '') {
    bad(
      [...path, 'instrument'],
      `Trích dẫn cần số văn bản (instrument), nhận được ${describe(instrument)}`,
      `A citation needs an instrument number, got ${describe(instrument)}`,
    );
  }
  const out: { -readonly [K in keyof Citation]: Citation[K] } = {
    instrument: instrument as string,
  };
  for (const f of ['article', 'clause'] as const) {
    const n = c[f];
    if (n === undefined) continue;
    // Điều and khoản are numbered from 1; "Điều 0" or "khoản 1.5" is a typo, not a citation.
    // Number.isSafeInteger is false for anything that is not a number.
    if (!Number.isSafeInteger(n) || (n as number) < 1) {
      bad(
        [...path, f],
        `${f === 'article' ? 'Điều' : 'Khoản'} phải là số nguyên dương, nhận được ${describe(n)}`,
        `${f} must be a positive integer, got ${describe(n)}`,
      );
    }
    out[f] = n as number;
  }
  for (const f of ['point', 'url', 'note'] as const) {
    const t = c[f];
    if (t === undefined) continue;
    if (typeof t !== 'string') {
      bad(
        [...path, f],
        `${TEXT_VI[f]} phải là chuỗi, nhận được ${describe(t)}`,
        `${f} must be a string, got ${describe(t)}`,
      );
    }
    out[f] = t as string;
  }
  if (c.confidence !== undefined) {
    out.confidence = readConfidence(c.confidence, [...path, 'confidence'], code);
  }
  return Object.freeze(out);
}

/**
 * Check an array of citations ({@link readCitation} for each); a frozen array of copies.
 * @internal
 */
export function readCitations(value: unknown, path: Path, code: string): readonly Citation[] {
  if (!Array.isArray(value)) {
    throw fail(
      code,
      path,
      `Căn cứ phải là một mảng trích dẫn, nhận được ${describe(value)}`,
      `basis must be an array of citations, got ${describe(value)}`,
    );
  }
  return Object.freeze(value.map((c: unknown, i) => readCitation(c, [...path, i], code)));
}

/**
 * Check a confidence tag (`confirmed`, `secondary`, `unconfirmed`, `inference`, `plan-text`).
 * @internal
 */
export function readConfidence(value: unknown, path: Path, code: string): Confidence {
  if (!CONFIDENCE_SET.has(value as string)) {
    throw fail(
      code,
      path,
      `Mức tin cậy không hợp lệ: ${describe(value)}`,
      `Invalid confidence: ${describe(value)} (allowed: ${CONFIDENCES.join(', ')})`,
    );
  }
  return value as Confidence;
}

/**
 * {@link readConfidence} for an optional field: `undefined` stays `undefined`.
 * @internal
 */
export function readOptionalConfidence(
  value: unknown,
  path: Path,
  code: string,
): Confidence | undefined {
  return value === undefined ? undefined : readConfidence(value, path, code);
}
