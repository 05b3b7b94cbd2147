import type { HonourCode } from '../catalogue/codes.js';
import type { Message } from '../core/errors.js';
import { describe, fail, isRecordObject, TdktError } from '../core/errors.js';
import type { Citation, Confidence } from '../law/citation.js';
import type { ParameterValue } from '../law/parameters.js';
import { getParameter } from '../law/params/index.js';
import { readCitations, readConfidence } from '../law/read-citation.js';
import { getRegime, REGIMES, type RegimeId } from '../law/regimes.js';
import { isRatio } from './resolve.js';
import type {
  ClockSpec,
  ConcurrentSpec,
  PeriodPredicate,
  Profile,
  ProfileCriterionSpec,
  ProfileJudgementSpec,
  ProfileSpec,
  RuleCriterionSpec,
  WindowSpec,
} from './types.js';
import { isKnownHonour, isValidDate } from './validate.js';

type Path = readonly (string | number)[];

const BRAND = new WeakSet<object>();
const REGIME_IDS: ReadonlySet<string> = new Set(REGIMES.map((r) => r.id));

/**
 * True for a profile made by {@link defineProfile}.
 * @internal
 */
export function isProfile(value: unknown): value is Profile {
  // WeakSet#has is false for anything that is not an object: no type test needed.
  return BRAND.has(value as object);
}

function bad(path: Path, vi: string, en: string): never {
  throw fail('INVALID_PROFILE', path, vi, en);
}

function checkMessage(v: unknown, path: Path): Message {
  if (!isRecordObject(v)) bad(path, 'Cần { vi, en }', 'Expected { vi, en }');
  const m = v as { vi?: unknown; en?: unknown };
  if (typeof m.vi !== 'string' || typeof m.en !== 'string') {
    bad(path, 'Cần hai chuỗi vi và en', 'Expected strings vi and en');
  }
  return Object.freeze({ vi: m.vi, en: m.en });
}

function sameKind(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return true;
  if (isRatio(a) || isRatio(b)) return isRatio(a) && isRatio(b);
  return typeof a === typeof b;
}

function checkOverride(
  id: string,
  raw: unknown,
  path: Path,
  from: string,
  basis: readonly Citation[],
  confidence: Confidence,
): readonly ParameterValue[] {
  let national: ReturnType<typeof getParameter>;
  try {
    national = getParameter(id);
  } catch (e) {
    if (e instanceof TdktError) {
      throw fail(
        'UNKNOWN_PARAMETER',
        path,
        `Không có tham số "${id.slice(0, 60)}" để ghi đè`,
        `No parameter "${id.slice(0, 60)}" to override`,
      );
    }
    throw e;
  }
  const sample = national.values.find((v) => v.value !== null)?.value ?? null;
  const values: ParameterValue[] = Array.isArray(raw)
    ? raw.map((entry: unknown, i) => {
        const at = [...path, i];
        if (!isRecordObject(entry))
          bad(
            at,
            'Cần { from, value, basis, confidence }',
            'Expected { from, value, basis, confidence }',
          );
        const e = entry as {
          from?: unknown;
          value?: unknown;
          basis?: unknown;
          confidence?: unknown;
          note?: unknown;
        };
        if (!isValidDate(e.from)) bad([...at, 'from'], 'Ngày không hợp lệ', 'Invalid date');
        const b = readCitations(e.basis, [...at, 'basis'], 'INVALID_PROFILE');
        if (b.length === 0)
          bad([...at, 'basis'], 'Mỗi giá trị cần căn cứ', 'Every value needs a basis');
        const v: ParameterValue = {
          from: e.from,
          value: e.value,
          basis: b,
          confidence: readConfidence(e.confidence, [...at, 'confidence'], 'INVALID_PROFILE'),
          ...(typeof e.note === 'string' ? { note: e.note } : {}),
        };
        return v;
      })
    : [{ from, value: raw, basis, confidence }];
  values.forEach((v, i) => {
    const at = Array.isArray(raw) ? [...path, i, 'value'] : path;
    if (!sameKind(v.value, sample)) {
      bad(
        at,
        `Giá trị ${describe(v.value)} không cùng kiểu với tham số ${id}`,
        `Value ${describe(v.value)} does not match the type of parameter ${id}`,
      );
    }
    if (i > 0 && v.from < (values[i - 1] as ParameterValue).from) {
      bad(at, 'Các giá trị phải theo thứ tự ngày', 'Values must be in date order');
    }
  });
  return Object.freeze(values.map((v) => Object.freeze(v)));
}

const CONDITION_TYPES: ReadonlySet<string> = new Set([
  'notUnderReview',
  'rating',
  'noDiscipline',
  'noAdministrativeSanction',
  'servedMonths',
  'heldInPeriod',
  'heldBefore',
  'consecutive',
  'countInWindow',
  'initiatives',
  'consecutiveAwards',
  'memberShare',
  'memberCount',
  'noMemberDisciplined',
  'ledCluster',
  'anyOf',
  'allOf',
]);

/** Parameter-valued fields of each condition type. */
const PARAM_FIELDS: Readonly<Record<string, readonly string[]>> = {
  rating: ['min'],
  noDiscipline: ['from'],
  servedMonths: ['min'],
  countInWindow: ['min'],
  initiatives: ['minScope', 'min'],
  consecutiveAwards: ['count', 'blockLength'],
  memberShare: ['min'],
  memberCount: ['min'],
  noMemberDisciplined: ['from'],
};

type Known = (id: string) => boolean;
/** A spec object before checking: the fields criteria use, each possibly anything. */
interface Loose {
  [field: string]: unknown;
  id?: unknown;
  type?: unknown;
  label?: unknown;
  basis?: unknown;
  codes?: unknown;
  concurrent?: unknown;
  pred?: unknown;
  window?: unknown;
  kinds?: unknown;
  code?: unknown;
  clock?: unknown;
  field?: unknown;
  items?: unknown;
  civil?: unknown;
  armedForces?: unknown;
  after?: unknown;
  self?: unknown;
  length?: unknown;
  kind?: unknown;
  min?: unknown;
}

function param(c: Loose, f: string, path: Path, known: Known): string {
  const id = c[f];
  if (typeof id !== 'string' || !known(id)) {
    bad(
      [...path, f],
      `Tham số không tồn tại: ${describe(id)}`,
      `Unknown parameter: ${describe(id)}`,
    );
  }
  return id;
}

function object(v: unknown, path: Path): Loose {
  if (!isRecordObject(v))
    bad(
      path,
      `Cần một đối tượng, nhận được ${describe(v)}`,
      `Expected an object, got ${describe(v)}`,
    );
  return v;
}

function honourCode(v: unknown, path: Path): HonourCode {
  if (!isKnownHonour(v)) {
    throw fail(
      'UNKNOWN_HONOUR',
      path,
      `Mã khen thưởng không tồn tại: ${describe(v)}`,
      `Unknown honour code: ${describe(v)}`,
    );
  }
  return v;
}

function concurrentSpec(v: unknown, path: Path): ConcurrentSpec {
  const c = object(v, path);
  const out: { civil: HonourCode; armedForces?: HonourCode } = {
    civil: honourCode(c.civil, [...path, 'civil']),
  };
  if (c.armedForces !== undefined)
    out.armedForces = honourCode(c.armedForces, [...path, 'armedForces']);
  return out;
}

function clockSpec(v: unknown, path: Path): ClockSpec {
  const c = object(v, path);
  const out: { after?: readonly HonourCode[]; self?: boolean } = {};
  if (c.after !== undefined) out.after = checkHonours(c.after, [...path, 'after']);
  if (c.self !== undefined) {
    if (typeof c.self !== 'boolean') bad([...path, 'self'], 'Cần true/false', 'Expected a boolean');
    out.self = c.self;
  }
  return out;
}

function windowSpec(v: unknown, path: Path, known: Known): WindowSpec {
  const w = object(v, path);
  const out: { length?: string; clock?: ClockSpec } = {};
  if (w.length !== undefined) out.length = param(w, 'length', path, known);
  if (w.clock !== undefined) out.clock = clockSpec(w.clock, [...path, 'clock']);
  return out;
}

function predicate(v: unknown, path: Path, known: Known): PeriodPredicate {
  const p = object(v, path);
  if (p.kind === 'rating') return { kind: 'rating', min: param(p, 'min', path, known) };
  if (p.kind === 'holds') {
    const out: { kind: 'holds'; codes: readonly HonourCode[]; concurrent?: ConcurrentSpec } = {
      kind: 'holds',
      codes: checkHonours(p.codes, [...path, 'codes']),
    };
    if (p.concurrent !== undefined)
      out.concurrent = concurrentSpec(p.concurrent, [...path, 'concurrent']);
    return out;
  }
  bad(
    [...path, 'kind'],
    `Loại điều kiện kỳ không hợp lệ: ${describe(p.kind)} (cần rating, holds)`,
    `Invalid predicate kind: ${describe(p.kind)} (expected rating, holds)`,
  );
}

const MEMBER_FIELDS: ReadonlySet<string> = new Set(['ldtt', 'completedDuties', 'cstdcs']);
const INITIATIVE_KINDS: ReadonlySet<string> = new Set(['initiative', 'research', 'combat']);

/**
 * A criterion with every field its type reads checked and copied; other fields are dropped, so
 * the profile holds plain data only and the engine never meets a malformed field.
 */
function cleanCondition(v: unknown, path: Path, known: Known): RuleCriterionSpec {
  const c = object(v, path);
  const id = c.id;
  if (typeof id !== 'string' || id === '')
    bad([...path, 'id'], 'Cần mã tiêu chí', 'A criterion needs an id');
  const type = c.type;
  if (typeof type !== 'string' || !CONDITION_TYPES.has(type)) {
    bad(
      [...path, 'type'],
      `Loại điều kiện không hợp lệ: ${describe(type)}`,
      `Unknown condition type: ${describe(type)}`,
    );
  }
  const out: Loose = {
    id,
    type,
    label: checkMessage(c.label, [...path, 'label']),
    basis: readCitations(c.basis, [...path, 'basis'], 'INVALID_PROFILE'),
  };
  for (const f of PARAM_FIELDS[type] ?? []) out[f] = param(c, f, path, known);
  switch (type) {
    case 'heldInPeriod':
    case 'heldBefore':
      out.codes = checkHonours(c.codes, [...path, 'codes']);
      if (type === 'heldInPeriod' && c.concurrent !== undefined) {
        out.concurrent = concurrentSpec(c.concurrent, [...path, 'concurrent']);
      }
      break;
    case 'consecutive':
    case 'countInWindow':
      out.pred = predicate(c.pred, [...path, 'pred'], known);
      out.window = windowSpec(c.window, [...path, 'window'], known);
      break;
    case 'initiatives': {
      const kinds = c.kinds;
      if (kinds !== undefined) {
        if (
          !Array.isArray(kinds) ||
          kinds.length === 0 ||
          !kinds.every((k) => typeof k === 'string' && INITIATIVE_KINDS.has(k))
        ) {
          bad(
            [...path, 'kinds'],
            'Cần danh sách loại: initiative, research, combat',
            'Expected a list of kinds: initiative, research, combat',
          );
        }
        out.kinds = [...kinds];
      }
      if (c.window !== undefined) out.window = windowSpec(c.window, [...path, 'window'], known);
      break;
    }
    case 'consecutiveAwards':
      out.code = honourCode(c.code, [...path, 'code']);
      if (c.clock !== undefined) out.clock = clockSpec(c.clock, [...path, 'clock']);
      if (c.concurrent !== undefined) {
        if (typeof c.concurrent !== 'boolean')
          bad([...path, 'concurrent'], 'Cần true/false', 'Expected a boolean');
        out.concurrent = c.concurrent;
      }
      break;
    case 'memberShare':
    case 'memberCount':
      if (typeof c.field !== 'string' || !MEMBER_FIELDS.has(c.field)) {
        bad(
          [...path, 'field'],
          `Trường không hợp lệ: ${describe(c.field)} (cần ldtt, completedDuties, cstdcs)`,
          `Invalid field: ${describe(c.field)} (expected ldtt, completedDuties, cstdcs)`,
        );
      }
      out.field = c.field;
      break;
    case 'anyOf':
    case 'allOf': {
      const items = c.items;
      if (!Array.isArray(items) || items.length === 0) {
        bad([...path, 'items'], 'Nhóm cần ít nhất một tiêu chí', 'A group needs at least one item');
      }
      out.items = items.map((item: unknown, i) =>
        cleanCondition(item, [...path, 'items', i], known),
      );
      break;
    }
  }
  return out as unknown as RuleCriterionSpec;
}

function checkHonours(v: unknown, path: Path): readonly HonourCode[] {
  if (!Array.isArray(v) || v.length === 0)
    bad(path, 'Cần danh sách mã khen thưởng', 'Expected a list of honour codes');
  return Object.freeze(v.map((h: unknown, i) => honourCode(h, [...path, i])));
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/**
 * Define a ministry's or province's regulation as a profile layered on a national regime:
 * parameters it overrides (dated values, or one plain value for the whole regime), criteria and
 * judgements it adds to some honours. Verdicts made with the profile name it in the basis of each
 * criterion whose parameters it overrode.
 *
 * @example
 * ```ts
 * import { defineProfile, evaluate } from 'tdkt';
 * const laoCai = defineProfile({
 *   id: 'lao-cai-2024',
 *   name: 'Lào Cai, QĐ 14/2024/QĐ-UBND',
 *   base: 'VN-2024',
 *   basis: [{ instrument: '14/2024/QĐ-UBND', article: 9 }],
 *   extraCriteria: [
 *     {
 *       id: 'no-administrative-sanction',
 *       honours: ['LDTT'],
 *       type: 'noAdministrativeSanction',
 *       label: { vi: 'Không bị xử phạt vi phạm hành chính trong năm', en: 'No administrative sanction in the year' },
 *       basis: [{ instrument: '14/2024/QĐ-UBND', article: 9 }],
 *     },
 *   ],
 * });
 * const v = evaluate(
 *   { kind: 'individual', id: 'x', years: [{ year: 2024, rating: 'HTTNV', administrativeSanction: true }], honours: [] },
 *   'LDTT',
 *   { period: 2024, profile: laoCai },
 * );
 * v.outcome; // 'ineligible'
 * v.profile; // 'lao-cai-2024'
 * ```
 * @throws TdktError (`INVALID_PROFILE`) for a malformed spec, (`UNKNOWN_PARAMETER`) for an
 * override of a parameter that does not exist, (`UNKNOWN_REGIME`) for an unknown base,
 * (`UNKNOWN_HONOUR`) for an unknown honour code — each naming the path under `spec`.
 * @category Eligibility
 * @since 0.1.0
 */
export function defineProfile(spec: ProfileSpec): Profile {
  const root: Path = ['spec'];
  if (!isRecordObject(spec))
    bad(root, 'Profile phải là một đối tượng', 'A profile must be an object');
  const s = spec as { [K in keyof ProfileSpec]?: unknown };
  if (typeof s.id !== 'string' || s.id === '')
    bad([...root, 'id'], 'Cần mã profile', 'A profile needs an id');
  const id = s.id;
  if (typeof s.base !== 'string' || !REGIME_IDS.has(s.base)) {
    throw fail(
      'UNKNOWN_REGIME',
      [...root, 'base'],
      `Không có chế độ pháp lý ${describe(s.base)}`,
      `Unknown regime ${describe(s.base)}`,
    );
  }
  const regime = getRegime(s.base as RegimeId);
  const name: Message =
    s.name === undefined
      ? { vi: id, en: id }
      : typeof s.name === 'string'
        ? { vi: s.name, en: s.name }
        : checkMessage(s.name, [...root, 'name']);
  const basis =
    s.basis === undefined
      ? Object.freeze([Object.freeze({ instrument: name.vi, note: `profile ${id}` })])
      : readCitations(s.basis, [...root, 'basis'], 'INVALID_PROFILE');
  const confidence =
    s.confidence === undefined
      ? 'confirmed'
      : readConfidence(s.confidence, [...root, 'confidence'], 'INVALID_PROFILE');

  const overrides: Record<string, readonly ParameterValue[]> = {};
  if (s.overrides !== undefined) {
    if (!isRecordObject(s.overrides)) {
      bad([...root, 'overrides'], 'overrides phải là một đối tượng', 'overrides must be an object');
    }
    for (const key of Object.keys(s.overrides)) {
      overrides[key] = checkOverride(
        key,
        (s.overrides as Record<string, unknown>)[key],
        [...root, 'overrides', key],
        regime.from,
        basis,
        confidence,
      );
    }
  }
  const known = (pid: string): boolean => {
    if (pid in overrides) return true;
    try {
      getParameter(pid);
      return true;
    } catch {
      return false;
    }
  };

  const extraCriteria: ProfileCriterionSpec[] = [];
  if (s.extraCriteria !== undefined) {
    if (!Array.isArray(s.extraCriteria)) {
      bad(
        [...root, 'extraCriteria'],
        'extraCriteria phải là một mảng',
        'extraCriteria must be an array',
      );
    }
    const ids = new Set<string>();
    s.extraCriteria.forEach((c: unknown, i) => {
      const at = [...root, 'extraCriteria', i];
      const spec = cleanCondition(c, at, known);
      if (ids.has(spec.id))
        bad([...at, 'id'], `Mã tiêu chí ${spec.id} bị lặp`, `Duplicate criterion id ${spec.id}`);
      ids.add(spec.id);
      const honours = checkHonours((c as { honours?: unknown }).honours, [...at, 'honours']);
      extraCriteria.push(deepFreeze({ ...spec, honours } as ProfileCriterionSpec));
    });
  }
  const extraJudgements: ProfileJudgementSpec[] = [];
  if (s.extraJudgements !== undefined) {
    if (!Array.isArray(s.extraJudgements)) {
      bad(
        [...root, 'extraJudgements'],
        'extraJudgements phải là một mảng',
        'extraJudgements must be an array',
      );
    }
    s.extraJudgements.forEach((j: unknown, i) => {
      const at = [...root, 'extraJudgements', i];
      if (!isRecordObject(j)) bad(at, 'Cần một đối tượng', 'Expected an object');
      const jj = j as {
        id?: unknown;
        message?: unknown;
        basis?: unknown;
        honours?: unknown;
        occupations?: unknown;
      };
      if (typeof jj.id !== 'string' || jj.id === '')
        bad([...at, 'id'], 'Cần mã', 'An id is needed');
      const judgement: {
        -readonly [K in keyof ProfileJudgementSpec]: ProfileJudgementSpec[K];
      } = {
        id: jj.id,
        message: checkMessage(jj.message, [...at, 'message']),
        basis: readCitations(jj.basis, [...at, 'basis'], 'INVALID_PROFILE'),
        honours: checkHonours(jj.honours, [...at, 'honours']),
      };
      if (jj.occupations !== undefined) {
        const o = jj.occupations;
        if (
          !Array.isArray(o) ||
          o.length === 0 ||
          !o.every((x) => x === 'official' || x === 'worker' || x === 'farmer')
        ) {
          bad(
            [...at, 'occupations'],
            'Cần danh sách nhóm: official, worker, farmer',
            'Expected a list of occupations: official, worker, farmer',
          );
        }
        judgement.occupations = Object.freeze([...o]);
      }
      extraJudgements.push(Object.freeze(judgement));
    });
  }

  const profile: Profile = Object.freeze({
    id,
    name: Object.freeze(name),
    base: regime.id,
    basis,
    overrides: Object.freeze(overrides),
    extraCriteria: Object.freeze(extraCriteria),
    extraJudgements: Object.freeze(extraJudgements),
  });
  BRAND.add(profile);
  return profile;
}
