/**
 * Schemas of every input (zod 4), their bilingual validation and their JSON Schemas.
 * @packageDocumentation
 */

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
} from '../core/records.js';
export {
  AnniversariesOptionsSchema,
  ObservanceFilterSchema,
  ObservancesInYearOptionsSchema,
  PlanMilestonesOptionsSchema,
  PostingOptionsSchema,
  SchoolYearOptionsSchema,
  WorkCalendarSpecSchema,
  WorkdayOptionsSchema,
  WorkYearSchema,
} from './calendar.js';
export {
  CrossCheckTeamOptionsSchema,
  PlanActualsSchema,
  PlanTargetsInputSchema,
} from './inspection.js';
export { toTdktIssues } from './issues.js';
export { jsonSchemas } from './json-schema.js';
export {
  AssignCrossChecksOptionsSchema,
  CrossCheckUnitsSchema,
  EvaluateOptionsSchema,
  InspectionQuotaOptionsSchema,
  InspectionUnitSchema,
  LunarDateSchema,
  LunarOptionsSchema,
  PlanInspectionsOptionsSchema,
  RegimeIdSchema,
} from './options.js';
export {
  CountSchema,
  DecimalSchema,
  IdSchema,
  IsoDateSchema,
  NonNegativeDecimalSchema,
  PositiveRatioSchema,
  RatioSchema,
  SeedSchema,
  YearSchema,
} from './primitives.js';
export { ProfileSpecSchema } from './profile.js';
export {
  CapFromParameterOptionsSchema,
  QuotaCandidateSchema,
  QuotaCandidatesSchema,
  SelectWithinQuotaOptionsSchema,
} from './quotas.js';
export {
  AchievementPeriodSchema,
  CollectiveMembersSchema,
  CollectiveRecordSchema,
  CollectiveYearSchema,
  DisciplineSchema,
  HonourCodeSchema,
  HonourReceivedSchema,
  IndividualRecordSchema,
  IndividualYearSchema,
  InitiativeKindSchema,
  InitiativeSchema,
  LocalRecordSchema,
  LocalYearSchema,
  PeriodKindSchema,
  RatingSchema,
  ScopeSchema,
  TdktRecordSchema,
} from './records.js';
export {
  BandSpecSchema,
  ClusterResultOptionsSchema,
  ClusterSpecSchema,
  type CriterionSpecData,
  CriterionSpecSchema,
  PointsSchema,
  RankOptionsSchema,
  ReconcileOptionsSchema,
  ScoreEntryDecimalCommaSchema,
  ScoreEntrySchema,
  ScoreOptionsSchema,
  ScoreSheetSpecSchema,
} from './scoring.js';
export type {
  AssignCrossChecksOptions,
  BandSpec,
  CriterionSpec,
  EvaluateOptions,
  InspectionQuotaOptions,
  InspectionUnit,
  LunarDate,
  PlanInspectionsOptions,
  Points,
  RankOptions,
  ScoreEntry,
  ScoreSheetSpec,
} from './types.js';
export { parse, parseRecord, type ValidationResult, validate, validateRecord } from './validate.js';
