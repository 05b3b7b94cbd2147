// Type-level contract between each option/spec schema and the TypeScript type the function it
// describes declares: z.input of the schema and the function's type are mutually assignable,
// and — deeper than assignability, which ignores a missing optional field — they have exactly
// the same fields at every level (same names, optionality and value types), read-only
// modifiers aside. `tsc` checks these; the runtime `it` bodies are empty on purpose.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { LunarDateInput, LunarOptions } from '../calendar/lunar/lunar.js';
import type { EvaluateOptions } from '../eligibility/types.js';
import type { CrossCheckOptions, CrossCheckTeamOptions } from '../inspection/cross-check.js';
import type { InspectionUnit, PlanInspectionsOptions } from '../inspection/plan.js';
import type { InspectionRatioOptions } from '../inspection/quota.js';
import type { PlanActuals, PlanTarget, PlanTargetsInput } from '../inspection/targets.js';
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
});
