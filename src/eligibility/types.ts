import type { HonourCode } from '../catalogue/codes.js';
import type { RecipientKind } from '../catalogue/types.js';
import type { Message } from '../core/errors.js';
import type { InitiativeKind } from '../core/records.js';
import type { Citation, Confidence } from '../law/citation.js';
import type { ParameterValue } from '../law/parameters.js';
import type { RegimeId } from '../law/regimes.js';

/**
 * Outcome of one criterion: three-valued, so missing data is `unknown`, never a silent `unmet`.
 * @category Eligibility
 */
export type CriterionOutcome = 'met' | 'unmet' | 'unknown';

/**
 * Outcome of a verdict over its computable criteria: `eligible` (all met), `ineligible` (at least
 * one unmet) or `undetermined` (none unmet, at least one unknown).
 * @category Eligibility
 */
export type VerdictOutcome = 'eligible' | 'ineligible' | 'undetermined';

/**
 * A parameter a criterion used, as resolved for the verdict's regime and date.
 * @category Eligibility
 */
export interface ParameterUse {
  /** Parameter id, e.g. `'LDTT_NEW_HIRE_MIN_MONTHS'`. */
  readonly id: string;
  /** The value applied (`null`: the condition does not exist in this regime). */
  readonly value: unknown;
  /** How sure the library is of the value; `unconfirmed` values are flagged. */
  readonly confidence: Confidence;
  /** `'national'`, or `'profile:<id>'` when a profile overrode the national value. */
  readonly source: string;
}

/**
 * The result of one criterion, with its citation and the values compared.
 * @category Eligibility
 */
export interface CriterionResult {
  /** Stable id inside the honour's rule, e.g. `'rating'`, `'new-hire'`, `'cstdcs-streak'`. */
  id: string;
  /** `met`, `unmet` or `unknown` (missing data, or a deferral). */
  outcome: CriterionOutcome;
  /** What was checked and what was found, in Vietnamese and English. */
  message: Message;
  /** Legal basis: the article of the law and the sources of the parameters used. */
  basis: readonly Citation[];
  /** The threshold or requirement. */
  expected?: unknown;
  /** What the record shows. */
  actual?: unknown;
  /** Sub-criteria of an any-of / all-of group, or of an honour evaluated in the same review. */
  children?: CriterionResult[];
  /** Weakest confidence of the criterion's basis and parameters. */
  confidence: Confidence;
  /** The parameters the criterion used, with their resolved values. */
  parameters: readonly ParameterUse[];
}

/**
 * Something only the council (or a human) can decide, listed with its legal basis.
 * @category Eligibility
 */
export interface Judgement {
  /** Stable id, e.g. `'solidarity'`, `'council-selection'`. */
  id: string;
  /** What has to be decided, in Vietnamese and English. */
  message: Message;
  /** Legal basis. */
  basis: readonly Citation[];
}

/**
 * The answer to "does this record meet the criteria of this honour for this period?".
 * @category Eligibility
 */
export interface Verdict {
  /** The honour evaluated. */
  honour: HonourCode;
  /** The regime whose rules were applied. */
  regime: RegimeId;
  /** The period evaluated (calendar year, or start year of the school year). */
  period: number;
  /** Over the computable criteria; judgements never change it. */
  outcome: VerdictOutcome;
  /** Every criterion, in the order of the law. */
  criteria: CriterionResult[];
  /** What the council still has to decide. */
  judgements: Judgement[];
  /** The record's `id`. */
  subject: string;
  /** The honour's name in this regime (names change, e.g. "Xã, phường, đặc khu tiêu biểu"). */
  title: Message;
  /** The date the regime and the parameters were resolved for. */
  asOf: string;
  /** Why this regime: named in the options, given by the profile, or in force on `asOf`. */
  regimeSource: 'option' | 'profile' | 'as-of';
  /** True when the regime is provisional (opt-in only). */
  provisional: boolean;
  /** True when a pending review defers the award ("chưa xét"): the outcome cannot be eligible. */
  deferred: boolean;
  /** Weakest confidence among the criteria. */
  confidence: Confidence;
  /** The main articles of the honour in this regime. */
  basis: readonly Citation[];
  /** The profile applied, if any. */
  profile?: string;
}

/**
 * Options of {@link evaluate} and {@link evaluateMany}.
 * @category Eligibility
 */
export interface EvaluateOptions {
  /** The period: a calendar year, or the start year of a school year. */
  period: number;
  /** Name a regime explicitly (the only way, with `includeProvisional`, to reach `VN-2026-10`). */
  regime?: RegimeId;
  /** Evaluation date (ISO). Default: the day after the period ends. */
  asOf?: string;
  /** Let `asOf` resolve to a provisional regime. */
  includeProvisional?: boolean;
  /** A ministry's or province's profile layered on a national regime. */
  profile?: Profile;
}

/**
 * Options of {@link eligibleHonours}: the same as {@link EvaluateOptions}.
 * @category Eligibility
 */
export type EligibleHonoursOptions = EvaluateOptions;

/**
 * Threshold of a ratio compared with exact integers: `strict` ⇒ `k·denominator > numerator·n`,
 * else `k·denominator ≥ numerator·n`.
 * @category Eligibility
 */
export interface RatioValue {
  /** Numerator of the threshold (7 for 70%). */
  readonly numerator: number;
  /** Denominator of the threshold (10 for 70%). */
  readonly denominator: number;
  /** `true` for "more than" (e.g. above 50%), `false` for "at least" (e.g. 70% or more). */
  readonly strict: boolean;
}

/**
 * A predicate on one period, used by streaks and counts.
 * - `{ kind: 'rating', min }`: the period's rating is at least the parameter `min`;
 * - `{ kind: 'holds', codes, concurrent? }`: an award of one of `codes` for the period, not
 *   revoked; with `concurrent`, the evaluated period may instead meet that honour's own rule in
 *   the same review.
 * @category Eligibility
 */
export type PeriodPredicate =
  | { readonly kind: 'rating'; readonly min: string }
  | {
      readonly kind: 'holds';
      readonly codes: readonly HonourCode[];
      readonly concurrent?: ConcurrentSpec;
    };

/**
 * Which honour to evaluate in the same review when the record holds no award for the period.
 * @category Eligibility
 */
export interface ConcurrentSpec {
  /** Honour for civil records. */
  readonly civil: HonourCode;
  /** Honour for armed-forces records (default: `civil`). */
  readonly armedForces?: HonourCode;
}

/**
 * The next-award clock (Decree 98/2023 Đ30 k9): the window starts after the achievement period
 * written in the latest decision among `after` (and the honour itself when `self` and the
 * parameter `STREAK_CONSUMPTION` is `disjoint`); else after its year; else from its decision date
 * per the parameter `CLOCK_FALLBACK`.
 * @category Eligibility
 */
export interface ClockSpec {
  /** Awards whose decisions reset the clock (the prerequisite of a ladder). */
  readonly after?: readonly HonourCode[];
  /** Include earlier awards of the honour being evaluated (no double use, §G3). */
  readonly self?: boolean;
}

/**
 * A window of periods ending at the evaluated period: the last `length` periods (a parameter id),
 * or every period since the clock when `length` is absent.
 * @category Eligibility
 */
export interface WindowSpec {
  /** Parameter id of the window length in periods. */
  readonly length?: string;
  /** The next-award clock bounding the window. */
  readonly clock?: ClockSpec;
}

/**
 * The condition vocabulary. Thresholds are parameter ids (strings naming entries of the
 * parameter registry, or of a profile's overrides), never numbers.
 * @category Eligibility
 */
export type ConditionSpec =
  | { readonly type: 'notUnderReview' }
  | { readonly type: 'rating'; readonly min: string }
  | { readonly type: 'noDiscipline'; readonly from: string }
  | { readonly type: 'noAdministrativeSanction' }
  | { readonly type: 'servedMonths'; readonly min: string }
  | {
      readonly type: 'heldInPeriod';
      readonly codes: readonly HonourCode[];
      readonly concurrent?: ConcurrentSpec;
    }
  | { readonly type: 'heldBefore'; readonly codes: readonly HonourCode[] }
  | { readonly type: 'consecutive'; readonly pred: PeriodPredicate; readonly window: WindowSpec }
  | {
      readonly type: 'countInWindow';
      readonly pred: PeriodPredicate;
      readonly min: string;
      readonly window: WindowSpec;
    }
  | {
      readonly type: 'initiatives';
      readonly minScope: string;
      readonly min: string;
      readonly kinds?: readonly InitiativeKind[];
      readonly window?: WindowSpec;
    }
  | {
      readonly type: 'consecutiveAwards';
      readonly code: HonourCode;
      readonly count: string;
      readonly blockLength: string;
      readonly clock?: ClockSpec;
      readonly concurrent?: boolean;
    }
  | {
      readonly type: 'memberShare';
      readonly field: 'ldtt' | 'completedDuties' | 'cstdcs';
      readonly min: string;
    }
  | {
      readonly type: 'memberCount';
      readonly field: 'ldtt' | 'completedDuties' | 'cstdcs';
      readonly min: string;
    }
  | { readonly type: 'noMemberDisciplined'; readonly from: string }
  | { readonly type: 'ledCluster' }
  | { readonly type: 'anyOf'; readonly items: readonly RuleCriterionSpec[] }
  | { readonly type: 'allOf'; readonly items: readonly RuleCriterionSpec[] };

/**
 * A criterion of a rule: a condition plus its id, label and legal basis. Labels may name
 * parameters in braces, e.g. `'Xếp loại từ {LDTT_MIN_RATING} trở lên'`; they are filled in
 * with the resolved values.
 * @category Eligibility
 */
export type RuleCriterionSpec = ConditionSpec & {
  /** Stable id, unique within the rule. */
  readonly id: string;
  /** Short statement of the criterion. */
  readonly label: Message;
  /** Legal basis of the criterion itself (parameters add their own). */
  readonly basis: readonly Citation[];
};

/**
 * Something for the council to decide; `message` may name parameters in braces.
 * @category Eligibility
 */
export interface JudgementSpec {
  /** Stable id. */
  readonly id: string;
  /** What has to be decided. */
  readonly message: Message;
  /** Legal basis. */
  readonly basis: readonly Citation[];
  /** Only for these occupations (e.g. the workers/farmers track of BK TTg). */
  readonly occupations?: readonly ('official' | 'worker' | 'farmer')[];
}

/**
 * A rule: the criteria of one honour for one kind of recipient in one or more regimes, as data.
 * @category Eligibility
 */
export interface RuleSpec {
  /** The honour. */
  readonly honour: HonourCode;
  /** The kind of record it applies to. */
  readonly recipient: RecipientKind;
  /** The regimes it serves. */
  readonly regimes: readonly RegimeId[];
  /** The honour's name in those regimes. */
  readonly title: Message;
  /** Main articles. */
  readonly basis: readonly Citation[];
  /** Computable criteria, in the order of the law. */
  readonly criteria: readonly RuleCriterionSpec[];
  /** What the council decides. */
  readonly judgements: readonly JudgementSpec[];
}

/**
 * A criterion a profile adds to the national rule of some honours.
 * @category Eligibility
 */
export type ProfileCriterionSpec = RuleCriterionSpec & {
  /** Honours it is added to. */
  readonly honours: readonly HonourCode[];
};

/**
 * A judgement a profile adds to the national rule of some honours.
 * @category Eligibility
 */
export type ProfileJudgementSpec = JudgementSpec & {
  /** Honours it is added to. */
  readonly honours: readonly HonourCode[];
};

/**
 * Input of {@link defineProfile}: a ministry's or province's regulation layered on a national
 * regime. `overrides` replaces national parameters, either by dated values or by one plain value
 * that holds throughout the regime.
 * @category Eligibility
 */
export interface ProfileSpec {
  /** Stable id, e.g. `'lao-cai-2024'`. */
  id: string;
  /** Display name. */
  name?: string | Message;
  /** The national regime the profile layers on. */
  base: RegimeId;
  /** The profile's own instrument(s), cited for plain-value overrides and added criteria. */
  basis?: readonly Citation[];
  /** Confidence of plain-value overrides (default `'confirmed'`). */
  confidence?: Confidence;
  /** Parameter id → dated values, or one plain value. Unknown ids are rejected. */
  overrides?: Readonly<Record<string, readonly ParameterValue[] | unknown>>;
  /** Criteria added to some honours. */
  extraCriteria?: readonly ProfileCriterionSpec[];
  /** Judgements added to some honours. */
  extraJudgements?: readonly ProfileJudgementSpec[];
}

/**
 * A validated, frozen profile made by {@link defineProfile}.
 * @category Eligibility
 */
export interface Profile {
  /** Stable id. */
  readonly id: string;
  /** Display name. */
  readonly name: Message;
  /** The national regime the profile layers on. */
  readonly base: RegimeId;
  /** The profile's instruments. */
  readonly basis: readonly Citation[];
  /** Overridden parameters with their dated values. */
  readonly overrides: Readonly<Record<string, readonly ParameterValue[]>>;
  /** Criteria added to some honours. */
  readonly extraCriteria: readonly ProfileCriterionSpec[];
  /** Judgements added to some honours. */
  readonly extraJudgements: readonly ProfileJudgementSpec[];
}

/**
 * Summary of an encoded rule: which honour, for whom, under which regimes, how sure.
 * @category Eligibility
 */
export interface RuleSummary {
  /** The honour. */
  readonly honour: HonourCode;
  /** The kind of record. */
  readonly recipient: RecipientKind;
  /** Regimes served. */
  readonly regimes: readonly RegimeId[];
  /** The honour's name. */
  readonly title: Message;
  /** Main articles. */
  readonly basis: readonly Citation[];
  /** Weakest confidence of the rule's criteria and parameters, per regime. */
  readonly confidence: Readonly<Partial<Record<RegimeId, Confidence>>>;
}
