import type * as z from 'zod';
import type {
  AssignCrossChecksOptionsSchema,
  EvaluateOptionsSchema,
  InspectionQuotaOptionsSchema,
  InspectionUnitSchema,
  LunarDateSchema,
  PlanInspectionsOptionsSchema,
} from './options.js';
import type {
  BandSpecSchema,
  CriterionSpecData,
  CriterionSpecSchema,
  PointsSchema,
  RankOptionsSchema,
  ScoreEntrySchema,
  ScoreSheetSpecSchema,
} from './scoring.js';

/**
 * Options of `evaluate` (see {@link EvaluateOptionsSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type EvaluateOptions = z.input<typeof EvaluateOptionsSchema>;
/**
 * Options of `inspectionQuota` (see {@link InspectionQuotaOptionsSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type InspectionQuotaOptions = z.input<typeof InspectionQuotaOptionsSchema>;
/**
 * A unit to plan inspections for (see {@link InspectionUnitSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type InspectionUnit = z.input<typeof InspectionUnitSchema>;
/**
 * Options of `planInspections` (see {@link PlanInspectionsOptionsSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type PlanInspectionsOptions = z.input<typeof PlanInspectionsOptionsSchema>;
/**
 * Options of `assignCrossChecks` (see {@link AssignCrossChecksOptionsSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type AssignCrossChecksOptions = z.input<typeof AssignCrossChecksOptionsSchema>;
/**
 * A Vietnamese lunar date, the input of `fromLunar` (see {@link LunarDateSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type LunarDate = z.input<typeof LunarDateSchema>;
/**
 * A criterion of a score sheet (see {@link CriterionSpecSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type CriterionSpec = CriterionSpecData;
/**
 * A band of a score sheet (see {@link BandSpecSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type BandSpec = z.input<typeof BandSpecSchema>;
/**
 * The spec of `defineScoreSheet` (see {@link ScoreSheetSpecSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type ScoreSheetSpec = z.input<typeof ScoreSheetSpecSchema>;
/**
 * Bonus or deduction points (see {@link PointsSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type Points = z.input<typeof PointsSchema>;
/**
 * The entry of `scoreUnit` (see {@link ScoreEntrySchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type ScoreEntry = z.input<typeof ScoreEntrySchema>;
/**
 * Options of `rankUnits` (see {@link RankOptionsSchema}).
 * @category Schemas
 * @since 0.1.0
 */
export type RankOptions = z.input<typeof RankOptionsSchema>;
