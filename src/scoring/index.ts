export {
  type ClusterLeader,
  type ClusterProposal,
  type ClusterResult,
  type ClusterResultOptions,
  type ClusterSpec,
  type ClusterTerm,
  capGovernmentFlagProposals,
  clusterResult,
  type GovernmentFlagCap,
  type GovernmentFlagOptions,
  type LeaderCandidate,
  type NextTerm,
  type RotationRule,
  termForYear,
} from './cluster.js';
export { rankUnits } from './rank.js';
export { scoreUnit } from './score-unit.js';
export { defineScoreSheet } from './sheet.js';
export { HCMC_TDKT_WORK_SHEET, LABOUR_FORM_06_SHEET } from './sheets/index.js';
export {
  type ReconcileOptions,
  type Reconciliation,
  reconcile,
  STAGES,
  type StageDifference,
} from './stages.js';
export type {
  AdjustmentInput,
  AdjustmentItem,
  AdjustmentItemSpec,
  AdjustmentLine,
  AdjustmentSection,
  AdjustmentSpec,
  BandCheck,
  BandSpec,
  BandStatus,
  CriterionSpec,
  RankedUnit,
  RankOptions,
  ScoreBand,
  ScoreCriterion,
  ScoreEntry,
  ScoreOptions,
  ScoreSheet,
  ScoreSheetSpec,
  Stage,
  UnitScore,
} from './types.js';
