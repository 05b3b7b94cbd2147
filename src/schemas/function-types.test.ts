// Type-level contract between each option/spec schema and the TypeScript type the function it
// describes declares: z.input of the schema and the function's type are mutually assignable,
// and — deeper than assignability, which ignores a missing optional field — they have exactly
// the same fields at every level (same names, optionality and value types), read-only
// modifiers aside. `tsc` checks these; the runtime `it` bodies are empty on purpose.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  AnniversariesOptions,
  ObservancesInYearOptions,
} from '../calendar/anniversary/anniversary.js';
import type { LunarDateInput, LunarOptions } from '../calendar/lunar/lunar.js';
import type { PlanMilestonesOptions } from '../calendar/milestones/milestones.js';
import type { ObservanceFilter } from '../calendar/observances/observances.js';
import type { SchoolYearOptions } from '../calendar/periods/periods.js';
import type { WorkCalendarSpec } from '../calendar/workdays/calendar.js';
import type { PostingOptions } from '../calendar/workdays/posting.js';
import type { WorkdayOptions, WorkYear } from '../calendar/workdays/types.js';
import type {
  EvaluateOptions,
  ProfileCriterionSpec,
  ProfileJudgementSpec,
  ProfileSpec,
} from '../eligibility/types.js';
import type { CrossCheckOptions, CrossCheckTeamOptions } from '../inspection/cross-check.js';
import type { InspectionUnit, PlanInspectionsOptions } from '../inspection/plan.js';
import type { InspectionRatioOptions } from '../inspection/quota.js';
import type { PlanActuals, PlanTarget, PlanTargetsInput } from '../inspection/targets.js';
import type { CapFromParameterOptions } from '../quotas/cap-from-parameter.js';
import type { QuotaCandidate, SelectWithinQuotaOptions } from '../quotas/select-within-quota.js';
import type { ClusterResultOptions, ClusterSpec } from '../scoring/cluster.js';
import type { ReconcileOptions } from '../scoring/stages.js';
import type {
  AdjustmentInput,
  BandSpec,
  CriterionSpec,
  RankOptions,
  ScoreEntry,
  ScoreOptions,
  ScoreSheetSpec,
} from '../scoring/types.js';
import type {
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
import type {
  CrossCheckTeamOptionsSchema,
  PlanActualsSchema,
  PlanTargetsInputSchema,
} from './inspection.js';
import type {
  AssignCrossChecksOptionsSchema,
  CrossCheckUnitsSchema,
  EvaluateOptionsSchema,
  InspectionQuotaOptionsSchema,
  InspectionUnitSchema,
  LunarDateSchema,
  LunarOptionsSchema,
  PlanInspectionsOptionsSchema,
} from './options.js';
import type {
  ProfileCriterionSpecSchema,
  ProfileJudgementSpecSchema,
  ProfileSpecSchema,
} from './profile.js';
import type {
  CapFromParameterOptionsSchema,
  QuotaCandidateSchema,
  QuotaCandidatesSchema,
  SelectWithinQuotaOptionsSchema,
} from './quotas.js';
import type {
  BandSpecSchema,
  ClusterResultOptionsSchema,
  ClusterSpecSchema,
  CriterionSpecData,
  CriterionSpecSchema,
  PointsSchema,
  RankOptionsSchema,
  ReconcileOptionsSchema,
  ScoreEntryDecimalCommaSchema,
  ScoreEntrySchema,
  ScoreOptionsSchema,
  ScoreSheetSpecSchema,
} from './scoring.js';

/** Read-only modifiers removed at every level (a readonly array is the same JSON). */
type Plain<T> = T extends readonly (infer E)[]
  ? Plain<E>[]
  : T extends string | number | boolean | null | undefined
    ? T
    : { -readonly [K in keyof T]: Plain<T[K]> };

/** The fields a serialised ScoreSheet carries and `defineScoreSheet` ignores. */
type SerialisedCriterion = Omit<CriterionSpecData, 'kind' | 'depth' | 'children'> & {
  readonly children?: readonly SerialisedCriterion[];
};

describe('each schema accepts exactly the type its function declares', () => {
  it('scoring', () => {
    // CriterionSpec (recursive): same fields, plus `kind`/`depth` of a serialised sheet.
    type Crit = z.input<typeof CriterionSpecSchema>;
    expectTypeOf<Crit>().toExtend<CriterionSpec>();
    expectTypeOf<CriterionSpec>().toExtend<Crit>();
    expectTypeOf<keyof Crit>().toEqualTypeOf<keyof CriterionSpec | 'kind' | 'depth'>();
    expectTypeOf<Plain<Omit<Crit, 'children' | 'kind' | 'depth'>>>().toEqualTypeOf<
      Plain<Omit<CriterionSpec, 'children'>>
    >();
    expectTypeOf<SerialisedCriterion>().toExtend<CriterionSpec>();

    type Sheet = z.input<typeof ScoreSheetSpecSchema>;
    expectTypeOf<Sheet>().toExtend<ScoreSheetSpec>();
    expectTypeOf<ScoreSheetSpec>().toExtend<Sheet>();
    expectTypeOf<Plain<Omit<Sheet, 'leaves' | 'criteria'>>>().toEqualTypeOf<
      Plain<Omit<ScoreSheetSpec, 'criteria'>>
    >();
    expectTypeOf<keyof Sheet>().toEqualTypeOf<keyof ScoreSheetSpec | 'leaves'>();

    expectTypeOf<z.input<typeof BandSpecSchema>>().toExtend<BandSpec>();
    expectTypeOf<BandSpec>().toExtend<z.input<typeof BandSpecSchema>>();
    expectTypeOf<Plain<z.input<typeof BandSpecSchema>>>().toEqualTypeOf<Plain<BandSpec>>();

    expectTypeOf<z.input<typeof PointsSchema>>().toExtend<AdjustmentInput>();
    expectTypeOf<AdjustmentInput>().toExtend<z.input<typeof PointsSchema>>();
    expectTypeOf<Plain<z.input<typeof PointsSchema>>>().toEqualTypeOf<Plain<AdjustmentInput>>();

    for (const _ of [0]) {
      type E = z.input<typeof ScoreEntrySchema>;
      expectTypeOf<E>().toExtend<ScoreEntry>();
      expectTypeOf<ScoreEntry>().toExtend<E>();
      expectTypeOf<Plain<E>>().toEqualTypeOf<Plain<ScoreEntry>>();
      type C = z.input<typeof ScoreEntryDecimalCommaSchema>;
      expectTypeOf<Plain<C>>().toEqualTypeOf<Plain<ScoreEntry>>();
    }

    expectTypeOf<z.input<typeof ScoreOptionsSchema>>().toExtend<ScoreOptions>();
    expectTypeOf<ScoreOptions>().toExtend<z.input<typeof ScoreOptionsSchema>>();
    expectTypeOf<Plain<z.input<typeof ScoreOptionsSchema>>>().toEqualTypeOf<Plain<ScoreOptions>>();

    expectTypeOf<z.input<typeof RankOptionsSchema>>().toExtend<RankOptions>();
    expectTypeOf<RankOptions>().toExtend<z.input<typeof RankOptionsSchema>>();
    expectTypeOf<Plain<z.input<typeof RankOptionsSchema>>>().toEqualTypeOf<Plain<RankOptions>>();

    expectTypeOf<z.input<typeof ReconcileOptionsSchema>>().toExtend<ReconcileOptions>();
    expectTypeOf<ReconcileOptions>().toExtend<z.input<typeof ReconcileOptionsSchema>>();
    expectTypeOf<Plain<z.input<typeof ReconcileOptionsSchema>>>().toEqualTypeOf<
      Plain<ReconcileOptions>
    >();

    expectTypeOf<z.input<typeof ClusterSpecSchema>>().toExtend<ClusterSpec>();
    expectTypeOf<ClusterSpec>().toExtend<z.input<typeof ClusterSpecSchema>>();
    expectTypeOf<Plain<z.input<typeof ClusterSpecSchema>>>().toEqualTypeOf<Plain<ClusterSpec>>();

    type CRO = z.input<typeof ClusterResultOptionsSchema>;
    expectTypeOf<CRO>().toExtend<ClusterResultOptions>();
    expectTypeOf<ClusterResultOptions>().toExtend<CRO>();
    expectTypeOf<Plain<CRO>>().toEqualTypeOf<Plain<ClusterResultOptions>>();
  });

  it('inspection', () => {
    type Q = z.input<typeof InspectionQuotaOptionsSchema>;
    expectTypeOf<Q>().toExtend<InspectionRatioOptions>();
    expectTypeOf<InspectionRatioOptions>().toExtend<Q>();
    expectTypeOf<Plain<Q>>().toEqualTypeOf<Plain<InspectionRatioOptions>>();

    type U = z.input<typeof InspectionUnitSchema>;
    expectTypeOf<U>().toExtend<InspectionUnit>();
    expectTypeOf<InspectionUnit>().toExtend<U>();
    expectTypeOf<Plain<U>>().toEqualTypeOf<Plain<InspectionUnit>>();

    type P = z.input<typeof PlanInspectionsOptionsSchema>;
    expectTypeOf<P>().toExtend<PlanInspectionsOptions>();
    expectTypeOf<PlanInspectionsOptions>().toExtend<P>();
    expectTypeOf<Plain<P>>().toEqualTypeOf<Plain<PlanInspectionsOptions>>();

    type X = z.input<typeof AssignCrossChecksOptionsSchema>;
    expectTypeOf<X>().toExtend<CrossCheckOptions>();
    expectTypeOf<CrossCheckOptions>().toExtend<X>();
    expectTypeOf<Plain<X>>().toEqualTypeOf<Plain<CrossCheckOptions>>();

    expectTypeOf<z.input<typeof CrossCheckUnitsSchema>>().toEqualTypeOf<readonly string[]>();

    type T = z.input<typeof CrossCheckTeamOptionsSchema>;
    expectTypeOf<T>().toExtend<CrossCheckTeamOptions>();
    expectTypeOf<CrossCheckTeamOptions>().toExtend<T>();
    expectTypeOf<Plain<T>>().toEqualTypeOf<Plain<CrossCheckTeamOptions>>();

    // `PlanTarget.metric` is `'inspected-units' | … | (string & {})`: a string.
    type PT = z.input<typeof PlanTargetsInputSchema>;
    type Target = Omit<PlanTarget, 'metric'> & { readonly metric: string };
    type Input = Omit<PlanTargetsInput, 'targets'> & { readonly targets?: readonly Target[] };
    expectTypeOf<PT>().toExtend<PlanTargetsInput>();
    expectTypeOf<PlanTargetsInput>().toExtend<PT>();
    expectTypeOf<Plain<PT>>().toEqualTypeOf<Plain<Input>>();

    type A = z.input<typeof PlanActualsSchema>;
    expectTypeOf<A>().toExtend<PlanActuals>();
    expectTypeOf<PlanActuals>().toExtend<A>();
    expectTypeOf<Plain<A>>().toEqualTypeOf<Plain<PlanActuals>>();
  });

  it('eligibility and calendar', () => {
    type O = z.input<typeof EvaluateOptionsSchema>;
    expectTypeOf<O>().toExtend<EvaluateOptions>();
    expectTypeOf<EvaluateOptions>().toExtend<O>();
    expectTypeOf<O>().toEqualTypeOf<EvaluateOptions>();

    type L = z.input<typeof LunarDateSchema>;
    expectTypeOf<L>().toExtend<LunarDateInput>();
    expectTypeOf<LunarDateInput>().toExtend<L>();
    expectTypeOf<Plain<L>>().toEqualTypeOf<Plain<LunarDateInput>>();

    type LO = z.input<typeof LunarOptionsSchema>;
    expectTypeOf<LO>().toExtend<LunarOptions>();
    expectTypeOf<LunarOptions>().toExtend<LO>();
    expectTypeOf<Plain<LO>>().toEqualTypeOf<Plain<LunarOptions>>();
  });

  it('quotas', () => {
    // A candidate is open: its other fields are kept, so the schema's input has an index
    // signature; the QuotaCandidate interface has none (TypeScript does not let an interface
    // stand for an index signature), so it is compared with the index signature added.
    type C = z.input<typeof QuotaCandidateSchema>;
    type Open = QuotaCandidate & { readonly [key: string]: unknown };
    expectTypeOf<C>().toExtend<QuotaCandidate>();
    expectTypeOf<Open>().toExtend<C>();
    expectTypeOf<Plain<C>>().toEqualTypeOf<Plain<Open>>();
    expectTypeOf<z.input<typeof QuotaCandidatesSchema>>().toExtend<readonly QuotaCandidate[]>();
    expectTypeOf<readonly Open[]>().toExtend<z.input<typeof QuotaCandidatesSchema>>();

    type O = z.input<typeof SelectWithinQuotaOptionsSchema>;
    expectTypeOf<O>().toExtend<SelectWithinQuotaOptions>();
    expectTypeOf<SelectWithinQuotaOptions>().toExtend<O>();
    expectTypeOf<Plain<O>>().toEqualTypeOf<Plain<SelectWithinQuotaOptions>>();

    type P = z.input<typeof CapFromParameterOptionsSchema>;
    expectTypeOf<P>().toExtend<CapFromParameterOptions>();
    expectTypeOf<CapFromParameterOptions>().toExtend<P>();
    expectTypeOf<Plain<P>>().toEqualTypeOf<Plain<CapFromParameterOptions>>();
  });

  it('profile', () => {
    // ProfileSpec types an override as `readonly ParameterValue[] | unknown`, that is
    // `unknown`; the schema describes what defineProfile accepts (dated values, or one plain
    // JSON value that is not a list). With that narrowing, the types agree both ways.
    type S = z.input<typeof ProfileSpecSchema>;
    type Spec = Omit<ProfileSpec, 'overrides'> & { overrides?: NonNullable<S['overrides']> };
    expectTypeOf<S>().toExtend<ProfileSpec>();
    expectTypeOf<Spec>().toExtend<S>();
    expectTypeOf<Plain<Omit<S, 'overrides' | 'extraCriteria' | 'extraJudgements'>>>().toEqualTypeOf<
      Plain<Omit<ProfileSpec, 'overrides' | 'extraCriteria' | 'extraJudgements'>>
    >();
    expectTypeOf<keyof S>().toEqualTypeOf<keyof ProfileSpec>();

    type C = z.input<typeof ProfileCriterionSpecSchema>;
    expectTypeOf<C>().toExtend<ProfileCriterionSpec>();
    expectTypeOf<ProfileCriterionSpec>().toExtend<C>();
    expectTypeOf<C['type']>().toEqualTypeOf<ProfileCriterionSpec['type']>();
    expectTypeOf<Plain<Extract<C, { type: 'consecutive' }>>>().toEqualTypeOf<
      Plain<Extract<ProfileCriterionSpec, { type: 'consecutive' }>>
    >();
    expectTypeOf<Plain<Extract<C, { type: 'initiatives' }>>>().toEqualTypeOf<
      Plain<Extract<ProfileCriterionSpec, { type: 'initiatives' }>>
    >();
    expectTypeOf<Plain<Extract<C, { type: 'consecutiveAwards' }>>>().toEqualTypeOf<
      Plain<Extract<ProfileCriterionSpec, { type: 'consecutiveAwards' }>>
    >();

    type J = z.input<typeof ProfileJudgementSpecSchema>;
    expectTypeOf<J>().toExtend<ProfileJudgementSpec>();
    expectTypeOf<ProfileJudgementSpec>().toExtend<J>();
    expectTypeOf<Plain<J>>().toEqualTypeOf<Plain<ProfileJudgementSpec>>();
  });

  it('calendar options', () => {
    type A = z.input<typeof AnniversariesOptionsSchema>;
    expectTypeOf<A>().toExtend<AnniversariesOptions>();
    expectTypeOf<AnniversariesOptions>().toExtend<A>();
    expectTypeOf<Plain<A>>().toEqualTypeOf<Plain<AnniversariesOptions>>();

    type OY = z.input<typeof ObservancesInYearOptionsSchema>;
    expectTypeOf<OY>().toExtend<ObservancesInYearOptions>();
    expectTypeOf<ObservancesInYearOptions>().toExtend<OY>();
    expectTypeOf<Plain<OY>>().toEqualTypeOf<Plain<ObservancesInYearOptions>>();

    type F = z.input<typeof ObservanceFilterSchema>;
    expectTypeOf<F>().toExtend<ObservanceFilter>();
    expectTypeOf<ObservanceFilter>().toExtend<F>();
    expectTypeOf<Plain<F>>().toEqualTypeOf<Plain<ObservanceFilter>>();

    type M = z.input<typeof PlanMilestonesOptionsSchema>;
    expectTypeOf<M>().toExtend<PlanMilestonesOptions>();
    expectTypeOf<PlanMilestonesOptions>().toExtend<M>();
    expectTypeOf<Plain<M>>().toEqualTypeOf<Plain<PlanMilestonesOptions>>();

    type SY = z.input<typeof SchoolYearOptionsSchema>;
    expectTypeOf<SY>().toExtend<SchoolYearOptions>();
    expectTypeOf<SchoolYearOptions>().toExtend<SY>();
    expectTypeOf<Plain<SY>>().toEqualTypeOf<Plain<SchoolYearOptions>>();

    type W = z.input<typeof WorkdayOptionsSchema>;
    expectTypeOf<W>().toExtend<WorkdayOptions>();
    expectTypeOf<WorkdayOptions>().toExtend<W>();
    expectTypeOf<Plain<W>>().toEqualTypeOf<Plain<WorkdayOptions>>();

    type PO = z.input<typeof PostingOptionsSchema>;
    expectTypeOf<PO>().toExtend<PostingOptions>();
    expectTypeOf<PostingOptions>().toExtend<PO>();
    expectTypeOf<keyof PO>().toEqualTypeOf<keyof PostingOptions>();
    expectTypeOf<Plain<Omit<PO, 'calendar'>>>().toEqualTypeOf<
      Plain<Omit<PostingOptions, 'calendar'>>
    >();

    type WS = z.input<typeof WorkCalendarSpecSchema>;
    expectTypeOf<WS>().toExtend<WorkCalendarSpec>();
    expectTypeOf<WorkCalendarSpec>().toExtend<WS>();
    expectTypeOf<Plain<WS>>().toEqualTypeOf<Plain<WorkCalendarSpec>>();

    type WY = z.input<typeof WorkYearSchema>;
    expectTypeOf<WY>().toExtend<WorkYear>();
    expectTypeOf<WorkYear>().toExtend<WY>();
    expectTypeOf<Plain<WY>>().toEqualTypeOf<Plain<WorkYear>>();
  });
});
