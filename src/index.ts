/**
 * tdkt: Vietnam's emulation and commendation law ("thi đua, khen thưởng") as data and pure
 * functions. Every export is re-exported from here.
 * @packageDocumentation
 */

export * from './calendar/index.js';
export * from './catalogue/index.js';
export type { Rounding } from './core/decimal.js';
export { type Message, TdktError, type TdktIssue } from './core/errors.js';
export { type IsoDate, isIsoDate } from './core/iso-date.js';
export type {
  CollectiveMembers,
  CollectiveRecord,
  CollectiveYear,
  Discipline,
  HonourReceived,
  IndividualRecord,
  IndividualYear,
  Initiative,
  InitiativeKind,
  LocalRecord,
  PeriodKind,
  Rating,
  Scope,
  TdktRecord,
} from './core/records.js';
export * from './eligibility/index.js';
export {
  assignCrossChecks,
  assignCrossCheckTeams,
  type CrossCheck,
  type CrossCheckFallback,
  type CrossCheckOptions,
  type CrossCheckPlan,
  type CrossCheckTeam,
  type CrossCheckTeamOptions,
  checkPlanTargets,
  DEFAULT_PLAN_TARGETS,
  type InspectionConstraint,
  type InspectionExclusion,
  type InspectionRatioOptions,
  type InspectionUnit,
  inspectionCycleYears,
  inspectionQuota,
  type PlanActuals,
  type PlanInspectionsOptions,
  type PlannedInspectionYear,
  type PlanTarget,
  type PlanTargetMetric,
  type PlanTargetResult,
  type PlanTargetsInput,
  type PlanTargetsReport,
  planCrossChecks,
  planInspections,
  type SelectionReason,
  type SelectionReasonCode,
} from './inspection/index.js';
export type { Citation, Confidence } from './law/citation.js';
export { formatCitation } from './law/format-citation.js';
export { INSTRUMENTS, type Instrument, type InstrumentType } from './law/instruments.js';
export { defineParameter, type Parameter, type ParameterValue, valueAt } from './law/parameters.js';
export { getParameter, listParameters } from './law/params/index.js';
export { getRegime, REGIMES, type Regime, type RegimeId, regimeAt } from './law/regimes.js';
export * from './quotas/index.js';
export {
  AchievementPeriodSchema,
  AssignCrossChecksOptionsSchema,
  BandSpecSchema,
  ClusterResultOptionsSchema,
  ClusterSpecSchema,
  CollectiveMembersSchema,
  CollectiveRecordSchema,
  CollectiveYearSchema,
  CountSchema,
  type CriterionSpecData,
  CriterionSpecSchema,
  CrossCheckTeamOptionsSchema,
  CrossCheckUnitsSchema,
  DecimalSchema,
  DisciplineSchema,
  EvaluateOptionsSchema,
  HonourCodeSchema,
  HonourReceivedSchema,
  IdSchema,
  IndividualRecordSchema,
  IndividualYearSchema,
  InitiativeKindSchema,
  InitiativeSchema,
  InspectionQuotaOptionsSchema,
  InspectionUnitSchema,
  IsoDateSchema,
  jsonSchemas,
  LocalRecordSchema,
  LocalYearSchema,
  LunarDateSchema,
  LunarOptionsSchema,
  NonNegativeDecimalSchema,
  PeriodKindSchema,
  PlanActualsSchema,
  PlanInspectionsOptionsSchema,
  PlanTargetsInputSchema,
  PointsSchema,
  PositiveRatioSchema,
  parse,
  parseRecord,
  RankOptionsSchema,
  RatingSchema,
  RatioSchema,
  ReconcileOptionsSchema,
  RegimeIdSchema,
  ScopeSchema,
  ScoreEntryDecimalCommaSchema,
  ScoreEntrySchema,
  ScoreOptionsSchema,
  ScoreSheetSpecSchema,
  SeedSchema,
  TdktRecordSchema,
  toTdktIssues,
  type ValidationResult,
  validate,
  validateRecord,
  YearSchema,
} from './schemas/index.js';
export * from './scoring/index.js';
