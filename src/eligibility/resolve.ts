import type { Message } from '../core/errors.js';
import { fail } from '../core/errors.js';
import type { Discipline, Rating, Scope } from '../core/records.js';
import type { Citation, Confidence } from '../law/citation.js';
import { type ParameterValue, valueAt } from '../law/parameters.js';
import { getParameter } from '../law/params/index.js';
import type { RegimeId } from '../law/regimes.js';
import { DISCIPLINE_NAME, RATING_NAME, SCOPE_NAME } from './names.js';
import type { ParameterUse, Profile, RatioValue } from './types.js';

/**
 * A parameter resolved for one regime and date, with the citations of its value.
 * @internal
 */
export interface ResolvedParam {
  readonly id: string;
  readonly value: unknown;
  readonly confidence: Confidence;
  readonly basis: readonly Citation[];
  /** `'national'` or `'profile:<id>'`. */
  readonly source: string;
  /** The form shown in criteria results. */
  readonly use: ParameterUse;
}

/**
 * Where and when parameters are resolved.
 * @internal
 */
export interface ResolveEnv {
  readonly regime: RegimeId;
  readonly paramDate: string;
  readonly provisional: boolean;
  readonly profile: Profile | undefined;
}

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = {
  confirmed: 4,
  'plan-text': 3,
  inference: 2,
  secondary: 1,
  unconfirmed: 0,
};

/**
 * The weaker of two confidences (confirmed > plan-text > inference > secondary > unconfirmed).
 * @internal
 */
export function weaker(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] <= CONFIDENCE_RANK[b] ? a : b;
}

/**
 * Weakest confidence of a list of citations (a citation without one counts as confirmed).
 * @internal
 */
export function basisConfidence(basis: readonly Citation[]): Confidence {
  let c: Confidence = 'confirmed';
  for (const b of basis) if (b.confidence) c = weaker(c, b.confidence);
  return c;
}

// A profile's dated values, wrapped as a parameter so that `valueAt` picks one. Profile values are
// never provisional (defineProfile has no such flag).
const PROFILE_PARAM = { id: 'profile', description: { vi: '', en: '' }, unit: '' } as const;

function pick(values: readonly ParameterValue[], date: string) {
  return valueAt({ ...PROFILE_PARAM, values }, date);
}

/**
 * Resolve a parameter: the profile's override when it has a value on the date, else the
 * national value. Throws `TdktError('PARAMETER_UNRESOLVED')` when neither exists (a rule that
 * names a parameter with no value in its regime is a programming error).
 * @internal
 */
export function resolveParam(env: ResolveEnv, id: string): ResolvedParam {
  const profile = env.profile;
  const override = profile ? profile.overrides[id] : undefined;
  if (profile && override) {
    const v = pick(override, env.paramDate);
    if (v) {
      const source = `profile:${profile.id}`;
      return {
        id,
        value: v.value,
        confidence: v.confidence,
        basis: v.basis,
        source,
        use: Object.freeze({ id, value: v.value, confidence: v.confidence, source }),
      };
    }
  }
  const v = valueAt(getParameter(id), env.paramDate, { includeProvisional: env.provisional });
  if (!v) {
    throw fail(
      'PARAMETER_UNRESOLVED',
      ['parameter', id],
      `Tham số ${id} không có giá trị vào ngày ${env.paramDate} (chế độ ${env.regime})`,
      `Parameter ${id} has no value on ${env.paramDate} (regime ${env.regime})`,
    );
  }
  return {
    id,
    value: v.value,
    confidence: v.confidence,
    basis: v.basis,
    source: 'national',
    use: Object.freeze({ id, value: v.value, confidence: v.confidence, source: 'national' }),
  };
}

/**
 * True for a ratio threshold value.
 * @internal
 */
export function isRatio(v: unknown): v is RatioValue {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as RatioValue).numerator === 'number' &&
    typeof (v as RatioValue).denominator === 'number' &&
    typeof (v as RatioValue).strict === 'boolean'
  );
}

/**
 * A percentage from a fraction, rounded half-up to one decimal, as text (`'69,6'` / `'69.6'`).
 * Display only: decisions compare integers.
 * @internal
 */
export function percentText(k: number, n: number): Message {
  const tenths = Math.floor((2000 * k + n) / (2 * n));
  const whole = Math.floor(tenths / 10);
  const dec = tenths % 10;
  return dec === 0
    ? { vi: `${whole}%`, en: `${whole}%` }
    : { vi: `${whole},${dec}%`, en: `${whole}.${dec}%` };
}

/**
 * A ratio threshold as text: `'> 50%'`, `'≥ 70%'`, `'100%'`.
 * @internal
 */
export function ratioText(r: RatioValue): Message {
  const pct = percentText(r.numerator, r.denominator);
  if (r.numerator === r.denominator && !r.strict) return pct;
  const op = r.strict ? '> ' : '≥ ';
  return { vi: op + pct.vi, en: op + pct.en };
}

/**
 * A parameter value in words for labels and messages.
 * @internal
 */
export function valueText(value: unknown): Message {
  if (value === null || value === undefined) return { vi: 'không áp dụng', en: 'not applicable' };
  if (isRatio(value)) return ratioText(value);
  if (typeof value === 'string') {
    if (value in RATING_NAME) return RATING_NAME[value as Rating];
    if (value in DISCIPLINE_NAME) return DISCIPLINE_NAME[value as Discipline];
    if (value in SCOPE_NAME) return SCOPE_NAME[value as Scope];
    return { vi: value, en: value };
  }
  return { vi: String(value), en: String(value) };
}

const PLACEHOLDER = /\{([A-Z][A-Z0-9_]*)\}/g;

/**
 * Fill `{PARAMETER_ID}` placeholders with resolved values; returns the text and the parameters
 * it named.
 * @internal
 */
export function fillTemplate(
  env: ResolveEnv,
  text: Message,
): { message: Message; params: ResolvedParam[] } {
  const params: ResolvedParam[] = [];
  const seen = new Map<string, ResolvedParam>();
  const get = (id: string) => {
    let p = seen.get(id);
    if (!p) {
      p = resolveParam(env, id);
      seen.set(id, p);
      params.push(p);
    }
    return p;
  };
  const vi = text.vi.replace(PLACEHOLDER, (_, id: string) => valueText(get(id).value).vi);
  const en = text.en.replace(PLACEHOLDER, (_, id: string) => valueText(get(id).value).en);
  return { message: { vi, en }, params };
}
