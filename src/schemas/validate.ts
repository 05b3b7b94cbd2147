import type * as z from 'zod';
import { TdktError, type TdktIssue } from '../core/errors.js';
import type { TdktRecord } from '../core/records.js';
import { toTdktIssues } from './issues.js';
import { TdktRecordSchema } from './records.js';

/**
 * The result of a validation: the parsed value, or every issue found (safeParse style).
 * @category Schemas
 * @since 0.1.0
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: TdktIssue[] };

/**
 * Validate any input against a schema without throwing: `{ ok: true, value }` or
 * `{ ok: false, issues }` with paths and bilingual messages. The input is never mutated; the
 * value is a fresh copy.
 *
 * @example
 * ```ts
 * import { validate, LunarDateSchema } from 'tdkt';
 * validate(LunarDateSchema, { year: 2025, month: 1, day: 1 }); // { ok: true, value: { year: 2025, month: 1, day: 1 } }
 * validate(LunarDateSchema, { year: 2025, month: 13, day: 1 }).ok; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): ValidationResult<z.output<S>> {
  try {
    const r = schema.safeParse(input, { reportInput: true });
    if (r.success) return { ok: true, value: r.data };
    return { ok: false, issues: toTdktIssues(r.error, input) };
  } catch (e) {
    if (e instanceof TdktError) return { ok: false, issues: [...e.issues] };
    // Only pathological input gets here (e.g. nesting deep enough to exhaust the stack).
    return {
      ok: false,
      issues: [
        {
          path: [],
          message: {
            vi: 'Không kiểm tra được dữ liệu đầu vào (lồng quá sâu hoặc không đọc được)',
            en: 'The input could not be validated (nested too deeply or unreadable)',
          },
        },
      ],
    };
  }
}

/**
 * Parse any input with a schema: the parsed value (a fresh copy), or a thrown
 * `TdktError('INVALID_INPUT')` listing every issue.
 *
 * @example
 * ```ts
 * import { parse, EvaluateOptionsSchema } from 'tdkt';
 * parse(EvaluateOptionsSchema, { period: 2024 }); // { period: 2024 }
 * ```
 * @throws TdktError (`INVALID_INPUT`) when the input does not match the schema.
 * @category Schemas
 * @since 0.1.0
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = validate(schema, input);
  if (r.ok) return r.value;
  throw new TdktError('INVALID_INPUT', r.issues);
}

/**
 * Validate a record (individual, collective, household, village or commune) without throwing.
 *
 * @example
 * ```ts
 * import { validateRecord } from 'tdkt';
 * const r = validateRecord({
 *   kind: 'individual',
 *   id: 'NV-001',
 *   years: [{ year: 2024, ratting: 'HTXSNV' }],
 *   honours: [],
 * });
 * r.ok; // false
 * if (!r.ok) r.issues[0]?.path; // ['years', 0, 'ratting']
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export function validateRecord(input: unknown): ValidationResult<TdktRecord> {
  return validate(TdktRecordSchema, input);
}

/**
 * Parse a record, or throw `TdktError('INVALID_INPUT')` whose issues name every offending path
 * in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { parseRecord } from 'tdkt';
 * const record = parseRecord({ kind: 'village', id: 'THON-3', years: [{ year: 2024 }], honours: [] });
 * record.kind; // 'village'
 * ```
 * @throws TdktError (`INVALID_INPUT`) when the input is not a valid record.
 * @category Schemas
 * @since 0.1.0
 */
export function parseRecord(input: unknown): TdktRecord {
  return parse(TdktRecordSchema, input);
}
