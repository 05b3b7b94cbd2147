import { fail, isRecordObject, provisionalOption } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';
import type { Citation, Confidence } from './citation.js';
import { readCitations, readConfidence } from './read-citation.js';

/**
 * One dated value of a parameter: it holds from `from` until the next value's `from`.
 * @category Law
 */
export interface ParameterValue<T = unknown> {
  /** First day the value holds (ISO). */
  readonly from: string;
  /** The value; `null` means "none" (e.g. no national cap). */
  readonly value: T;
  /** Legal basis of the value. */
  readonly basis: readonly Citation[];
  /** How sure the library is of this value; `unconfirmed` values are flagged in verdicts. */
  readonly confidence: Confidence;
  /** True for values from a provisional regime: used only when a caller opts in. */
  readonly provisional?: boolean;
  /** Why this value, in a sentence. */
  readonly note?: string;
}

/**
 * A threshold of the law as data: a stable id, a meaning, a unit and dated values with their
 * citations (OpenFisca style: a value holds from its start date until the next one).
 * @category Law
 */
export interface Parameter<T = unknown> {
  /** Stable id, e.g. `'LDTT_NEW_HIRE_MIN_MONTHS'`. */
  readonly id: string;
  /** What it means, in both languages. */
  readonly description: { readonly vi: string; readonly en: string };
  /** Unit of the value, e.g. `'months'`, `'ratio'`, `'periods'`, `'count'`. */
  readonly unit: string;
  /** Dated values, in increasing order of `from`. */
  readonly values: readonly ParameterValue<T>[];
}

/**
 * The value entry of a parameter in force on `date` (the latest `from` ≤ date), or `undefined`
 * before the first value. Provisional values are skipped unless `includeProvisional`.
 * Pure: compares ISO strings, never builds a `Date`.
 *
 * @example
 * ```ts
 * import { valueAt, getParameter } from 'tdkt';
 * const p = getParameter('LDTT_NEW_HIRE_MIN_MONTHS');
 * valueAt(p, '2023-06-30')?.value; // 10
 * valueAt(p, '2024-01-01')?.value; // 6
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed date, (`INVALID_INPUT`) for a malformed parameter,
 * options that are not an object or an `includeProvisional` that is not a boolean.
 * @category Law
 * @since 0.1.0
 */
export function valueAt<T>(
  param: Parameter<T>,
  date: string,
  options: { includeProvisional?: boolean } = {},
): ParameterValue<T> | undefined {
  if (!isRecordObject(param) || !Array.isArray(param.values)) {
    throw fail('INVALID_INPUT', ['param'], 'Tham số không hợp lệ', 'Malformed parameter');
  }
  parseIsoDate(date, ['date']);
  const provisional = provisionalOption(options, ['options']);
  let found: ParameterValue<T> | undefined;
  for (let i = 0; i < param.values.length; i++) {
    const v = param.values[i] as ParameterValue<T> | undefined;
    if (!isRecordObject(v) || typeof v.from !== 'string') {
      throw fail(
        'INVALID_INPUT',
        ['param', 'values', i],
        'Giá trị tham số không hợp lệ',
        'Malformed parameter value',
      );
    }
    if (v.provisional === true && !provisional) continue;
    if (v.from <= date && (!found || v.from >= found.from)) found = v;
  }
  return found;
}

/**
 * Validate a parameter definition: id, ordered real dates, citations. Used by the registry's
 * tests and by {@link defineParameter}. Returns each value's checked, frozen citations.
 * @internal
 */
export function checkParameter(param: Parameter): readonly (readonly Citation[])[] {
  if (!isRecordObject(param) || typeof param.id !== 'string') {
    throw fail(
      'INVALID_PARAMETER',
      ['parameter'],
      'Tham số phải là một đối tượng có mã (id) dạng chuỗi',
      'A parameter must be an object with a string id',
    );
  }
  const path = ['parameter', param.id];
  if (!/^[A-Z][A-Z0-9_]*$/.test(param.id)) {
    throw fail(
      'INVALID_PARAMETER',
      path,
      'Mã tham số phải là chữ in hoa ASCII',
      'Parameter id must be upper-case ASCII',
    );
  }
  if (!Array.isArray(param.values)) {
    throw fail(
      'INVALID_PARAMETER',
      [...path, 'values'],
      'Danh sách giá trị (values) phải là một mảng',
      'values must be an array',
    );
  }
  let prev = '';
  return param.values.map((v, i) => {
    if (typeof v !== 'object' || v === null) {
      throw fail(
        'INVALID_PARAMETER',
        [...path, 'values', i],
        'Mỗi giá trị của tham số phải là một đối tượng',
        'Each parameter value must be an object',
      );
    }
    parseIsoDate(v.from, [...path, 'values', i, 'from']);
    if (v.from < prev) {
      throw fail(
        'INVALID_PARAMETER',
        [...path, 'values', i],
        'Các giá trị phải theo thứ tự ngày',
        'Values must be in date order',
      );
    }
    prev = v.from;
    if (!Array.isArray(v.basis) || v.basis.length === 0) {
      throw fail(
        'INVALID_PARAMETER',
        [...path, 'values', i, 'basis'],
        'Mỗi giá trị cần căn cứ pháp lý',
        'Every value needs a legal basis',
      );
    }
    readConfidence(v.confidence, [...path, 'values', i, 'confidence'], 'INVALID_PARAMETER');
    return readCitations(v.basis, [...path, 'values', i, 'basis'], 'INVALID_PARAMETER');
  });
}

/**
 * Declare a parameter (frozen, validated). Use it in a profile or to add a local threshold.
 *
 * @example
 * ```ts
 * import { defineParameter, valueAt } from 'tdkt';
 * const cap = defineParameter({
 *   id: 'LAO_CAI_CSTDCS_CAP',
 *   description: { vi: 'Tỷ lệ CSTĐCS tối đa', en: 'CSTĐCS cap' },
 *   unit: 'ratio',
 *   values: [{ from: '2024-01-01', value: '0.15', basis: [{ instrument: '14/2024/QĐ-UBND' }], confidence: 'confirmed' }],
 * });
 * valueAt(cap, '2024-06-01')?.value; // '0.15'
 * ```
 * @throws TdktError (`INVALID_PARAMETER`) for a bad id, unordered or invalid dates, a value without
 * basis, a malformed citation (an empty instrument, an article or clause that is not a positive
 * integer) or an unknown confidence.
 * @category Law
 * @since 0.1.0
 */
export function defineParameter<T>(param: Parameter<T>): Parameter<T> {
  const bases = checkParameter(param as Parameter);
  return Object.freeze({
    ...param,
    description: Object.freeze({ ...param.description }),
    values: Object.freeze(
      param.values.map((v, i) => Object.freeze({ ...v, basis: bases[i] as readonly Citation[] })),
    ),
  });
}
