import type { HonourCode } from '../catalogue/codes.js';
import type { RecipientKind } from '../catalogue/types.js';
import type { Message } from '../core/errors.js';
import type { HonourReceived, PeriodKind } from '../core/records.js';
import type { Citation, Confidence } from '../law/citation.js';
import type { RegimeId } from '../law/regimes.js';
import { type PeriodBounds, periodBounds, periodOfDate } from './periods.js';
import type { ResolveEnv } from './resolve.js';
import type { CriterionResult, Judgement, VerdictOutcome } from './types.js';
import type { Facts } from './validate.js';

/**
 * Everything one evaluation reads and the little state it writes (deferral, notes).
 * @internal
 */
export interface EvalCtx {
  readonly facts: Facts;
  readonly p: number;
  readonly honour: HonourCode;
  readonly bounds: PeriodBounds;
  readonly rt: Runtime;
  readonly depth: number;
  /** Set when a pending review defers the award. */
  deferred: boolean;
  /** Judgements added during evaluation (honours evaluated in the same review). */
  notes: Judgement[] | undefined;
}

/**
 * A criterion compiled for one regime, date and profile.
 * @internal
 */
export interface CompiledCriterion {
  readonly id: string;
  readonly confidence: Confidence;
  run(ctx: EvalCtx): CriterionResult;
}

/**
 * A judgement kept only for some occupations.
 * @internal
 */
export interface ConditionalJudgement {
  readonly occupations: readonly string[];
  readonly judgement: Judgement;
}

/**
 * A rule compiled for one regime, date and profile.
 * @internal
 */
export interface CompiledRule {
  readonly honour: HonourCode;
  readonly recipient: RecipientKind;
  readonly regime: RegimeId;
  readonly title: Message;
  readonly basis: readonly Citation[];
  readonly criteria: readonly CompiledCriterion[];
  readonly judgements: readonly Judgement[];
  readonly conditionalJudgements: readonly ConditionalJudgement[];
  readonly confidence: Confidence;
}

/**
 * Result of an honour evaluated inside another one (same review).
 * @internal
 */
export interface NestedResult {
  readonly rule: CompiledRule;
  readonly outcome: VerdictOutcome;
  readonly criteria: CriterionResult[];
}

/**
 * How the next-award clock reads a decision that states no achievement period (`CLOCK_FALLBACK`).
 * @internal
 */
export type ClockFallback = 'PERIODS_STARTING_AFTER_DECISION' | 'PERIODS_ENDING_AFTER_DECISION';

/**
 * Compiled rules of one regime, date and profile, with the general parameters resolved.
 * @internal
 */
export interface Runtime {
  readonly env: ResolveEnv;
  rule(honour: HonourCode, recipient: RecipientKind): CompiledRule | undefined;
  nested(honour: HonourCode, ctx: EvalCtx): NestedResult | undefined;
}

/**
 * The period an award was for: its `year`, else the period holding the end of its achievement
 * period, else the period of its decision date.
 * @internal
 */
export function heldPeriod(h: HonourReceived, kind: PeriodKind): number | undefined {
  if (h.year !== undefined) return h.year;
  if (h.achievementPeriod) return periodOfDate(h.achievementPeriod.to, kind);
  if (h.decisionDate) return periodOfDate(h.decisionDate, kind);
  return undefined;
}

/**
 * First period after the achievements an award used (Decree 98/2023 Đ30 k9): the period after
 * its written achievement period, else after its year, else from its decision date per
 * `fallback`. `undefined` when the award carries no date at all.
 * @internal
 */
export function clockOf(
  h: HonourReceived,
  kind: PeriodKind,
  fallback: ClockFallback,
): number | undefined {
  if (h.achievementPeriod) return periodOfDate(h.achievementPeriod.to, kind) + 1;
  if (h.year !== undefined) return h.year + 1;
  if (h.decisionDate) {
    const p = periodOfDate(h.decisionDate, kind);
    if (fallback === 'PERIODS_STARTING_AFTER_DECISION') return p + 1;
    return h.decisionDate === periodBounds(p, kind).end ? p + 1 : p;
  }
  return undefined;
}

/**
 * How an award is described in messages: "năm 2022", "quyết định ngày 2019-03-15 (thành tích
 * 2017-01-01 – 2018-12-31)".
 * @internal
 */
export function awardText(h: HonourReceived): Message {
  const parts: Message[] = [];
  if (h.year !== undefined) parts.push({ vi: `năm ${h.year}`, en: `for ${h.year}` });
  if (h.decisionDate) {
    parts.push({ vi: `quyết định ngày ${h.decisionDate}`, en: `decided on ${h.decisionDate}` });
  }
  if (h.achievementPeriod) {
    const { from, to } = h.achievementPeriod;
    parts.push({ vi: `thành tích ${from} – ${to}`, en: `achievements ${from} – ${to}` });
  }
  if (parts.length === 0) return { vi: 'không ghi thời gian', en: 'undated' };
  return { vi: parts.map((p) => p.vi).join(', '), en: parts.map((p) => p.en).join(', ') };
}
