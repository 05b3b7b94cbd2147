/**
 * Inspection: the annual inspection quota (≥ 30% of managed units), multi-year inspection
 * plans, cluster cross-checks (100% of units) and plan targets (Lạng Sơn 2013, KH 12/KH-UBND).
 * @module
 */

export {
  assignCrossChecks,
  assignCrossCheckTeams,
  type CrossCheck,
  type CrossCheckFallback,
  type CrossCheckOptions,
  type CrossCheckPlan,
  type CrossCheckTeam,
  type CrossCheckTeamOptions,
  planCrossChecks,
} from './cross-check.js';
export {
  type InspectionConstraint,
  type InspectionExclusion,
  type InspectionUnit,
  type PlanInspectionsOptions,
  type PlannedInspectionYear,
  planInspections,
  type SelectionReason,
  type SelectionReasonCode,
} from './plan.js';
export {
  type InspectionRatioOptions,
  inspectionCycleYears,
  inspectionQuota,
} from './quota.js';
export {
  checkPlanTargets,
  DEFAULT_PLAN_TARGETS,
  type PlanActuals,
  type PlanTarget,
  type PlanTargetMetric,
  type PlanTargetResult,
  type PlanTargetsInput,
  type PlanTargetsReport,
} from './targets.js';
