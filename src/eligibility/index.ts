/**
 * Eligibility: does a person, collective, household, village or commune meet the criteria of an
 * honour for a period, under which regime, and why (with citations)?
 * @packageDocumentation
 */

export { eligibleHonours, evaluate, evaluateMany, listRules } from './engine.js';
export { prepareRecord } from './prepare.js';
export { defineProfile } from './profiles.js';
export type {
  ClockSpec,
  ConcurrentSpec,
  ConditionSpec,
  CriterionOutcome,
  CriterionResult,
  EligibleHonoursOptions,
  EvaluateOptions,
  Judgement,
  JudgementSpec,
  ParameterUse,
  PeriodPredicate,
  Profile,
  ProfileCriterionSpec,
  ProfileJudgementSpec,
  ProfileSpec,
  RatioValue,
  RuleCriterionSpec,
  RuleSpec,
  RuleSummary,
  Verdict,
  VerdictOutcome,
  WindowSpec,
} from './types.js';
