import type { HonourCode } from '../catalogue/codes.js';
import type { RecipientKind } from '../catalogue/types.js';
import { describe, fail, isRecordObject, provisionalOption, TdktError } from '../core/errors.js';
import type { TdktRecord } from '../core/records.js';
import type { Confidence } from '../law/citation.js';
import { getRegime, REGIMES, type Regime, type RegimeId, regimeAt } from '../law/regimes.js';
import type { CompiledRule, EvalCtx, Runtime } from './context.js';
import { honourName } from './names.js';
import { periodBounds } from './periods.js';
import { factsOf } from './prepare.js';
import { isProfile } from './profiles.js';
import { allRules, honoursFor } from './registry.js';
import { getRuntime, outcomeOf, runCriteria } from './runtime.js';
import type {
  EligibleHonoursOptions,
  EvaluateOptions,
  Judgement,
  Profile,
  RuleSummary,
  Verdict,
} from './types.js';
import { type Facts, isKnownHonour, isValidDate, MAX_YEAR, MIN_YEAR } from './validate.js';

type Path = readonly (string | number)[];

interface Options {
  readonly period: number;
  readonly regime: Regime | undefined;
  readonly asOf: string | undefined;
  readonly includeProvisional: boolean;
  readonly profile: Profile | undefined;
  /** The regime choice per period calendar, computed once. */
  readonly choices: { calendar?: Choice; school?: Choice };
}

type RawOptions = { [K in keyof EvaluateOptions]?: unknown };

/** The options checked last: repeated calls with equal options skip the checks. */
let lastOptions: { raw: RawOptions; checked: Options } | undefined;

function optionsOf(value: unknown, path: Path): Options {
  const l = lastOptions;
  if (l && isRecordObject(value)) {
    const o = value as RawOptions;
    if (
      o.period === l.raw.period &&
      o.regime === l.raw.regime &&
      o.asOf === l.raw.asOf &&
      o.includeProvisional === l.raw.includeProvisional &&
      o.profile === l.raw.profile
    ) {
      return l.checked;
    }
  }
  const checked = checkOptions(value, path);
  const o = value as RawOptions;
  lastOptions = {
    raw: {
      period: o.period,
      regime: o.regime,
      asOf: o.asOf,
      includeProvisional: o.includeProvisional,
      profile: o.profile,
    },
    checked,
  };
  return checked;
}

interface Choice {
  readonly regime: Regime;
  readonly asOf: string;
  readonly paramDate: string;
  readonly source: Verdict['regimeSource'];
}

const REGIME_BY_ID: ReadonlyMap<string, Regime> = new Map(REGIMES.map((r) => [r.id, r]));
const REGIME_IDS: ReadonlySet<string> = new Set(REGIME_BY_ID.keys());

function checkOptions(value: unknown, path: Path): Options {
  if (!isRecordObject(value)) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Tùy chọn phải là một đối tượng có "period", nhận được ${describe(value)}`,
      `Options must be an object with "period", got ${describe(value)}`,
    );
  }
  const o = value as { [K in keyof EvaluateOptions]?: unknown };
  const period = o.period;
  if (
    typeof period !== 'number' ||
    !Number.isInteger(period) ||
    period < MIN_YEAR ||
    period > MAX_YEAR
  ) {
    throw fail(
      'INVALID_INPUT',
      [...path, 'period'],
      `Kỳ xét phải là một năm (số nguyên ${MIN_YEAR}–${MAX_YEAR}), nhận được ${describe(period)}`,
      `period must be a year (integer ${MIN_YEAR}–${MAX_YEAR}), got ${describe(period)}`,
    );
  }
  let regime: Regime | undefined;
  if (o.regime !== undefined) {
    if (typeof o.regime !== 'string' || !REGIME_IDS.has(o.regime)) {
      throw fail(
        'UNKNOWN_REGIME',
        [...path, 'regime'],
        `Không có chế độ pháp lý ${describe(o.regime)} (có: ${[...REGIME_IDS].join(', ')})`,
        `Unknown regime ${describe(o.regime)} (known: ${[...REGIME_IDS].join(', ')})`,
      );
    }
    regime = REGIME_BY_ID.get(o.regime) as Regime;
  }
  if (o.asOf !== undefined && !isValidDate(o.asOf)) {
    throw fail(
      'INVALID_DATE',
      [...path, 'asOf'],
      `Ngày xét không hợp lệ: ${describe(o.asOf)}; cần YYYY-MM-DD`,
      `Invalid asOf: ${describe(o.asOf)}; expected YYYY-MM-DD`,
    );
  }
  const includeProvisional = provisionalOption(o, path);
  let profile: Profile | undefined;
  if (o.profile !== undefined) {
    if (!isProfile(o.profile)) {
      throw fail(
        'INVALID_INPUT',
        [...path, 'profile'],
        'Hồ sơ quy định (profile) phải được tạo bằng defineProfile',
        'profile must be created with defineProfile',
      );
    }
    profile = o.profile;
    if (regime && regime.id !== profile.base) {
      throw fail(
        'PROFILE_REGIME_MISMATCH',
        [...path, 'regime'],
        `Profile "${profile.id}" áp dụng trên chế độ ${profile.base}, không phải ${regime.id}`,
        `Profile "${profile.id}" layers on ${profile.base}, not ${regime.id}`,
      );
    }
  }
  return {
    period,
    regime,
    asOf: o.asOf as string | undefined,
    includeProvisional,
    profile,
    choices: {},
  };
}

function checkHonour(value: unknown, path: Path): HonourCode {
  if (!isKnownHonour(value)) {
    throw fail(
      'UNKNOWN_HONOUR',
      path,
      `Mã khen thưởng không tồn tại: ${describe(value)}`,
      `Unknown honour code: ${describe(value)}`,
    );
  }
  return value;
}

const regimeCache = new Map<string, Regime>();

function regimeOn(asOf: string, includeProvisional: boolean, path: Path): Regime {
  const key = includeProvisional ? `${asOf}+` : asOf;
  let r = regimeCache.get(key);
  if (!r) {
    try {
      r = regimeAt(asOf, { includeProvisional });
    } catch (e) {
      if (e instanceof TdktError)
        throw new TdktError(
          e.code,
          e.issues.map((i) => ({ ...i, path })),
        );
      throw e;
    }
    if (regimeCache.size > 4096) regimeCache.clear();
    regimeCache.set(key, r);
  }
  return r;
}

function choose(o: Options, kind: Facts['periodKind']): Choice {
  const known = o.choices[kind];
  if (known) return known;
  const choice = chooseOnce(o, kind);
  o.choices[kind] = choice;
  return choice;
}

function chooseOnce(o: Options, kind: Facts['periodKind']): Choice {
  const asOf = o.asOf ?? periodBounds(o.period, kind).next;
  let regime: Regime;
  let source: Verdict['regimeSource'];
  if (o.regime) {
    regime = o.regime;
    source = 'option';
  } else if (o.profile) {
    regime = getRegime(o.profile.base);
    source = 'profile';
  } else {
    regime = regimeOn(asOf, o.includeProvisional, [
      'options',
      o.asOf === undefined ? 'period' : 'asOf',
    ]);
    source = 'as-of';
  }
  let paramDate = asOf;
  if (paramDate < regime.from) paramDate = regime.from;
  if (regime.to !== undefined && paramDate > regime.to) paramDate = regime.to;
  return { regime, asOf, paramDate, source };
}

function runtimeFor(choice: Choice, profile: Profile | undefined): Runtime {
  return getRuntime({
    regime: choice.regime.id,
    paramDate: choice.paramDate,
    provisional: choice.regime.status === 'provisional',
    profile,
  });
}

function noRule(honour: HonourCode, kind: RecipientKind, regime: RegimeId, path: Path): TdktError {
  const where = allRules()
    .filter((r) => r.honour === honour)
    .map((r) => `${r.recipient}: ${r.regimes.join(', ')}`);
  const name = honourName(honour);
  const known = where.length > 0 ? where.join('; ') : '—';
  return fail(
    'NO_RULE',
    path,
    `Thư viện chưa mã hóa tiêu chuẩn "${name.vi}" cho hồ sơ loại ${kind} theo chế độ ${regime} (đã có: ${known})`,
    `No rule for "${name.en}" for ${kind === 'individual' ? 'an' : 'a'} ${kind} record under ${regime} (encoded: ${known})`,
  );
}

function verdictOf(
  rule: CompiledRule,
  rt: Runtime,
  facts: Facts,
  period: number,
  choice: Choice,
  profile: Profile | undefined,
): Verdict {
  const ctx: EvalCtx = {
    facts,
    p: period,
    honour: rule.honour,
    bounds: periodBounds(period, facts.periodKind),
    rt,
    depth: 0,
    deferred: false,
    notes: undefined,
  };
  const criteria = runCriteria(rule, ctx);
  const judgements: Judgement[] = rule.judgements.slice();
  if (facts.occupation !== undefined) {
    for (const c of rule.conditionalJudgements) {
      if (c.occupations.includes(facts.occupation)) judgements.push(c.judgement);
    }
  }
  if (ctx.notes) judgements.push(...ctx.notes);
  const verdict: Verdict = {
    honour: rule.honour,
    regime: rule.regime,
    period,
    outcome: outcomeOf(criteria),
    criteria,
    judgements,
    subject: facts.id,
    title: rule.title,
    asOf: choice.asOf,
    regimeSource: choice.source,
    provisional: choice.regime.status === 'provisional',
    deferred: ctx.deferred,
    confidence: rule.confidence,
    basis: rule.basis,
  };
  if (profile) verdict.profile = profile.id;
  return verdict;
}

/**
 * Does this record meet the criteria of this honour for this period? Applies the rules of the
 * regime in force (or the one named), checks every computable criterion (`met`, `unmet` or
 * `unknown` with expected and actual values and citations) and lists what the council still has
 * to decide.
 *
 * The regime is `options.regime`, else the profile's base regime, else `regimeAt(asOf)`;
 * `asOf` defaults to the day after the period ends (a school year ends the day before
 * `SCHOOL_YEAR_START` of the next year). Parameters are resolved at `asOf` clamped into the
 * regime's dates.
 *
 * @example
 * ```ts
 * import { evaluate } from 'tdkt';
 * const v = evaluate(
 *   {
 *     kind: 'individual',
 *     id: 'nv-01',
 *     years: [{ year: 2024, rating: 'HTXSNV' }],
 *     honours: [{ code: 'LDTT', year: 2024 }],
 *   },
 *   'CSTDCS',
 *   { period: 2024 },
 * );
 * v.regime; // 'VN-2024'
 * // From 2024 an HTXSNV rating replaces the initiative:
 * v.outcome; // 'eligible'
 * v.criteria.map((c) => c.id); // ['not-under-review', 'holds-ldtt', 'excellence-or-initiative']
 * ```
 * @throws TdktError (`INVALID_INPUT`, `INVALID_DATE`, `UNKNOWN_HONOUR`, `UNKNOWN_REGIME`) naming
 * the path of malformed input; (`NO_REGIME`) before 2017-10-01; (`NO_RULE`) when the library
 * encodes no rule for that honour, kind of record and regime; (`PROFILE_REGIME_MISMATCH`) when
 * `regime` differs from the profile's base.
 * @category Eligibility
 * @since 0.1.0
 */
export function evaluate(
  record: TdktRecord,
  honour: HonourCode,
  options: EvaluateOptions,
): Verdict {
  const o = optionsOf(options, ['options']);
  const code = checkHonour(honour, ['honour']);
  const facts = factsOf(record, ['record']);
  const choice = choose(o, facts.periodKind);
  const rt = runtimeFor(choice, o.profile);
  const rule = rt.rule(code, facts.kind);
  if (!rule) throw noRule(code, facts.kind, choice.regime.id, ['honour']);
  return verdictOf(rule, rt, facts, o.period, choice, o.profile);
}

/**
 * {@link evaluate} for many records and one honour, built for throughput: the options are
 * checked once and the rule is compiled once per kind of record and period calendar. Returns
 * exactly what mapping `evaluate` would.
 *
 * @example
 * ```ts
 * import { evaluateMany } from 'tdkt';
 * const staff = ['a', 'b'].map((id, i) => ({
 *   kind: 'individual' as const,
 *   id,
 *   years: [{ year: 2024, rating: i === 0 ? ('HTTNV' as const) : ('HTNV' as const) }],
 *   honours: [],
 * }));
 * evaluateMany(staff, 'LDTT', { period: 2024 }).map((v) => v.outcome);
 * // ['eligible', 'ineligible']
 * ```
 * @throws TdktError as {@link evaluate}, with paths under `records[i]`.
 * @category Eligibility
 * @since 0.1.0
 */
export function evaluateMany(
  records: readonly TdktRecord[],
  honour: HonourCode,
  options: EvaluateOptions,
): Verdict[] {
  const o = optionsOf(options, ['options']);
  const code = checkHonour(honour, ['honour']);
  if (!Array.isArray(records)) {
    throw fail(
      'INVALID_INPUT',
      ['records'],
      `Danh sách hồ sơ phải là một mảng, nhận được ${describe(records)}`,
      `records must be an array, got ${describe(records)}`,
    );
  }
  const prepared = new Map<
    string,
    { choice: Choice; rt: Runtime; rule: CompiledRule | undefined }
  >();
  const out: Verdict[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const facts = factsOf(records[i], ['records', i]);
    const key = `${facts.kind}|${facts.periodKind}`;
    let prep = prepared.get(key);
    if (!prep) {
      const choice = choose(o, facts.periodKind);
      const rt = runtimeFor(choice, o.profile);
      prep = { choice, rt, rule: rt.rule(code, facts.kind) };
      prepared.set(key, prep);
    }
    if (!prep.rule) throw noRule(code, facts.kind, prep.choice.regime.id, ['records', i, 'kind']);
    out[i] = verdictOf(prep.rule, prep.rt, facts, o.period, prep.choice, o.profile);
  }
  return out;
}

const CIVIL_ONLY: ReadonlySet<HonourCode> = new Set(['LDTT', 'TTLDTT', 'TTLDXS']);
const ARMED_ONLY: ReadonlySet<HonourCode> = new Set(['CSTT', 'DVTT', 'DVQT']);

/**
 * Every honour the record may receive for the period: the verdicts whose outcome is not
 * `'ineligible'`, for each honour with a rule for the record's kind in the chosen regime
 * (armed-forces records get CSTT, ĐVTT and ĐVQT instead of LĐTT, TTLĐTT and TTLĐXS).
 *
 * @example
 * ```ts
 * import { eligibleHonours } from 'tdkt';
 * const verdicts = eligibleHonours(
 *   { kind: 'individual', id: 'nv-02', years: [{ year: 2024, rating: 'HTTNV' }], honours: [] },
 *   { period: 2024 },
 * );
 * verdicts.map((v) => v.honour); // ['LDTT']
 * ```
 * @throws TdktError as {@link evaluate}.
 * @category Eligibility
 * @since 0.1.0
 */
export function eligibleHonours(record: TdktRecord, options: EligibleHonoursOptions): Verdict[] {
  const o = optionsOf(options, ['options']);
  const facts = factsOf(record, ['record']);
  const choice = choose(o, facts.periodKind);
  const rt = runtimeFor(choice, o.profile);
  const out: Verdict[] = [];
  for (const code of honoursFor(facts.kind)) {
    if (facts.armedForces ? CIVIL_ONLY.has(code) : ARMED_ONLY.has(code)) continue;
    const rule = rt.rule(code, facts.kind);
    if (!rule) continue;
    const v = verdictOf(rule, rt, facts, o.period, choice, o.profile);
    if (v.outcome !== 'ineligible') out.push(v);
  }
  return out;
}

/**
 * The honours the eligibility engine encodes: for each, the kind of record, the regimes and the
 * weakest confidence of its criteria and parameters in each regime.
 *
 * @example
 * ```ts
 * import { listRules } from 'tdkt';
 * const cstdcs = listRules().find((r) => r.honour === 'CSTDCS');
 * cstdcs?.regimes; // ['VN-2017', 'VN-2024', 'VN-2025-07', 'VN-2026-10']
 * ```
 * @category Eligibility
 * @since 0.1.0
 */
export function listRules(): RuleSummary[] {
  const byKey = new Map<
    string,
    { regimes: RegimeId[]; confidence: Partial<Record<RegimeId, Confidence>> }
  >();
  const out: RuleSummary[] = [];
  for (const r of allRules()) {
    const key = `${r.honour}|${r.recipient}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { regimes: [], confidence: {} };
      byKey.set(key, entry);
      // The first rule of an honour and recipient in the table names the summary.
      out.push({
        honour: r.honour,
        recipient: r.recipient,
        regimes: entry.regimes,
        title: r.title,
        basis: r.basis,
        confidence: entry.confidence,
      });
    }
    for (const id of r.regimes) {
      const regime = getRegime(id);
      const rt = getRuntime({
        regime: id,
        paramDate: regime.from,
        provisional: regime.status === 'provisional',
        profile: undefined,
      });
      const compiled = rt.rule(r.honour, r.recipient);
      entry.regimes.push(id);
      if (compiled) entry.confidence[id] = compiled.confidence;
    }
  }
  const order = REGIMES.map((r) => r.id);
  for (const s of out)
    (s.regimes as RegimeId[]).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return out;
}
