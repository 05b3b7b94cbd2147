import { fail } from '../core/errors.js';
import type { TdktRecord } from '../core/records.js';
import { type Facts, validateRecord } from './validate.js';

type Path = readonly (string | number)[];

/**
 * Where a prepared record keeps its facts: a module-private symbol, non-enumerable, so that
 * spreads, JSON and structured clones leave it behind (a copy is validated again). The facts
 * index a private copy that nobody else holds: they cannot go stale. A property rather than a
 * WeakMap: looking up every record of a batch in a WeakMap cost more than validating it.
 */
const FACTS: unique symbol = Symbol('tdkt.preparedFacts');

interface Stamp {
  /** The prepared record itself: a stamp reached through a prototype or a proxy is ignored. */
  readonly owner: object;
  readonly facts: Facts;
}

/** Deepest nesting copied; a record is a few levels deep, this only stops runaway input. */
const MAX_DEPTH = 64;

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Copy `from`'s own enumerable fields into `to`, each deep-copied. Plain assignment keeps V8's
 * fast object shapes (fromEntries builds dictionaries, which made every later read several times
 * slower); a "__proto__" key is defined as data, never assigned.
 */
function copyFields<T extends object>(from: object, to: T, path: Path, open: Set<object>): T {
  const target = to as Record<string, unknown>;
  for (const k of Object.keys(from)) {
    const value = copyOf((from as Record<string, unknown>)[k], [...path, k], open);
    if (k === '__proto__') {
      // Read-only like every other field: the copy is frozen.
      Object.defineProperty(target, k, { value, enumerable: true });
    } else target[k] = value;
  }
  return to;
}

/**
 * A deep-frozen copy of the plain data in `v` (plain objects and arrays). Other objects
 * (a `Date` in a caller's own field, say) are kept by reference: the engine never reads them.
 */
function copyOf(v: unknown, path: Path, open: Set<object>): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const array = Array.isArray(v);
  if (!array && !isPlain(v)) return v;
  if (open.has(v)) {
    throw fail(
      'INVALID_INPUT',
      path,
      'Hồ sơ có vòng tham chiếu (một đối tượng chứa chính nó)',
      'The record contains a cycle (an object that contains itself)',
    );
  }
  if (path.length > MAX_DEPTH) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Hồ sơ lồng quá ${MAX_DEPTH} cấp`,
      `The record is nested deeper than ${MAX_DEPTH} levels`,
    );
  }
  open.add(v);
  let out: unknown;
  if (array) {
    const a = v as readonly unknown[];
    const copy: unknown[] = new Array(a.length);
    for (let i = 0; i < a.length; i++) copy[i] = copyOf(a[i], [...path, i], open);
    out = copy;
  } else {
    out = copyFields(v, {}, path, open);
  }
  open.delete(v);
  return Object.freeze(out);
}

const YEAR_FIELDS = [
  'year',
  'rating',
  'discipline',
  'administrativeSanction',
  'underReview',
  'initiatives',
  'members',
  'ledCluster',
] as const;
const INITIATIVE_FIELDS = ['scope', 'kind', 'id'] as const;
const HONOUR_FIELDS = [
  'code',
  'year',
  'decisionDate',
  'achievementPeriod',
  'revoked',
  'issuer',
] as const;

/** A copy of `v` whose own fields are exactly `fields`, in that order (absent ones undefined). */
function uniform(v: unknown, fields: readonly string[]): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const src = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = src[f];
  return out;
}

/**
 * The engine's copy of an already copied record: years and honours with uniform shapes, the rest
 * shared with `record`. Validation runs on it, so what it checks is what the engine reads.
 */
function uniformCopy(r: { years?: unknown; honours?: unknown }): unknown {
  const out: { years?: unknown; honours?: unknown } = { ...r };
  if (Array.isArray(r.years)) {
    out.years = r.years.map((y) => {
      const u = uniform(y, YEAR_FIELDS);
      const inis = (u as { initiatives?: unknown } | undefined)?.initiatives;
      if (Array.isArray(inis)) {
        (u as { initiatives: unknown }).initiatives = inis.map((i) =>
          uniform(i, INITIATIVE_FIELDS),
        );
      }
      return u;
    });
  }
  if (Array.isArray(r.honours)) out.honours = r.honours.map((h) => uniform(h, HONOUR_FIELDS));
  return out;
}

/**
 * Validate a record once for many evaluations. Returns a deep-frozen copy of the record (every
 * field kept, the caller's object untouched) that {@link evaluate}, {@link evaluateMany} and
 * {@link eligibleHonours} recognise and read without validating it again: evaluating the same
 * people for several honours, periods or profiles then costs only the rules. The verdicts are
 * exactly those of the original record.
 *
 * To change a prepared record, edit the original (or a copy) and prepare it again: the copy is
 * frozen so that what was validated is what gets evaluated.
 *
 * @example
 * ```ts
 * import { evaluate, prepareRecord } from 'tdkt';
 * const staff = prepareRecord({
 *   kind: 'individual',
 *   id: 'nv-07',
 *   years: [{ year: 2024, rating: 'HTXSNV' }],
 *   honours: [{ code: 'LDTT', year: 2024 }],
 * });
 * Object.isFrozen(staff.years[0]); // true
 * evaluate(staff, 'CSTDCS', { period: 2024 }).outcome; // 'eligible'
 * evaluate(staff, 'LDTT', { period: 2024 }).outcome; // 'eligible'
 * ```
 * @throws TdktError (`INVALID_INPUT`, `UNKNOWN_HONOUR`) as {@link evaluate} would for the
 * record, with paths under `record`; (`INVALID_INPUT`) for a record that contains itself.
 * @category Eligibility
 * @since 0.1.0
 */
export function prepareRecord<T extends TdktRecord>(record: T): Readonly<T> {
  if (stampOf(record)) return record;
  // Copy the top level even when it is not a plain object (a class instance): the stamp is
  // written on our copy, never on the caller's object.
  const top: Record<string | symbol, unknown> = {};
  if (typeof record === 'object' && record !== null && !Array.isArray(record)) {
    copyFields(record, top, ['record'], new Set<object>([record]));
  }
  // Validate the caller's value for the errors (a non-object fails here, with its own path)…
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    validateRecord(record, ['record']);
  }
  // …and index a second, private copy: unfrozen, because V8 reads frozen arrays on a slower
  // path, and with one shape per kind of entry, so that the engine's reads stay monomorphic.
  const facts = validateRecord(uniformCopy(top), ['record'], true);
  const stamp: Stamp = { owner: top, facts };
  Object.defineProperty(top, FACTS, { value: stamp });
  return Object.freeze(top) as Readonly<T>;
}

function stampOf(record: unknown): Stamp | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const stamp = (record as { [FACTS]?: Stamp })[FACTS];
  return stamp !== undefined && stamp.owner === record ? stamp : undefined;
}

/**
 * The facts of a record: those stored by `prepareRecord`, else validated now.
 * @internal
 */
export function factsOf(record: unknown, path: Path): Facts {
  const stamp = stampOf(record);
  return stamp ? stamp.facts : validateRecord(record, path);
}
