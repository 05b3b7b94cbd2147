/**
 * The TĐKT calendar: observances and anniversaries, National Congresses of Patriotic
 * Emulation, periods (year, half, quarter, school year, stage), annual plan milestones, and —
 * from their own folders — the lunar calendar and working days.
 * @packageDocumentation
 */

export {
  type AnniversariesOptions,
  type Anniversary,
  anniversariesInYear,
  anniversary,
  type ObservanceOccurrence,
  type ObservancesInYearOptions,
  observancesInYear,
  type Roundness,
  type RoundnessVi,
  roundnessOf,
} from './anniversary/anniversary.js';
export {
  type AnniversaryLabelCheck,
  checkAnniversaryLabel,
  type LabelDate,
  type LabelIssue,
  type LabelSuggestion,
  type ParsedAnniversaryLabel,
  parseAnniversaryLabel,
  parseAnniversaryLabels,
} from './anniversary/label.js';
export {
  congressInYear,
  congressOfStage,
  EMULATION_CONGRESSES,
  type EmulationCongress,
  getCongress,
  nextCongress,
} from './congresses/congresses.js';
export * from './lunar/index.js';
export {
  type PlanMilestone,
  type PlanMilestonesOptions,
  planMilestones,
} from './milestones/milestones.js';
export {
  findObservance,
  getObservance,
  listObservances,
  OBSERVANCES,
  type ObservanceFilter,
  observanceDate,
  observancesOn,
} from './observances/observances.js';
export type {
  CalendarTag,
  Observance,
  ObservanceBasis,
  ObservanceDate,
  ObservanceKind,
} from './observances/types.js';
export {
  type CalendarPeriod,
  type CalendarPeriodKind,
  getPeriod,
  halfOf,
  periodContains,
  periodOf,
  periodRange,
  periodsOf,
  quarterOf,
  type SchoolYearOptions,
  schoolYearOf,
  stageOf,
} from './periods/periods.js';
export {
  SCHOOL_YEAR_FRAMEWORKS,
  type SchoolYearFramework,
  schoolYearFramework,
} from './periods/school-years.js';
export * from './workdays/index.js';
