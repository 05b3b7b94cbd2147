import * as z from 'zod';
import { isRecordObject } from '../core/errors.js';
import { REGIMES, type RegimeId } from '../law/regimes.js';
import {
  bilingual,
  IdSchema,
  IsoDateSchema,
  isPositiveRatio,
  RatioSchema,
  SeedSchema,
  YearSchema,
} from './primitives.js';

/**
 * A regime id the library encodes (`'VN-2017'`, `'VN-2024'`, `'VN-2025-07'`, `'VN-2026-10'`).
 *
 * @example
 * ```ts
 * import { RegimeIdSchema } from 'tdkt';
 * RegimeIdSchema.safeParse('VN-2024').success; // true
 * RegimeIdSchema.safeParse('VN-2030').success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const RegimeIdSchema = /* @__PURE__ */ z.enum(
  REGIMES.map((r) => r.id) as [RegimeId, ...RegimeId[]],
);

/**
 * Options of `evaluate` and `eligibleHonours`: the period (a year), an optional regime, the
 * date of consideration, opt-in provisional rules and a profile object.
 *
 * @example
 * ```ts
 * import { EvaluateOptionsSchema } from 'tdkt';
 * EvaluateOptionsSchema.parse({ period: 2024, asOf: '2025-01-15' });
 * EvaluateOptionsSchema.safeParse({ period: '2024' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const EvaluateOptionsSchema = /* @__PURE__ */ z.strictObject({
  period: YearSchema,
  regime: RegimeIdSchema.exactOptional(),
  asOf: IsoDateSchema.exactOptional(),
  includeProvisional: z.boolean().exactOptional(),
  profile: z
    .custom<object>(
      (v) => isRecordObject(v),
      bilingual('Hồ sơ cấu hình (profile) phải là một đối tượng', 'A profile must be an object'),
    )
    .exactOptional(),
});

/**
 * Options of `inspectionQuota`: the ratio of units to inspect (default 0.3).
 *
 * @example
 * ```ts
 * import { InspectionQuotaOptionsSchema } from 'tdkt';
 * InspectionQuotaOptionsSchema.safeParse({ ratio: '30%' }).success; // true
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const InspectionQuotaOptionsSchema = /* @__PURE__ */ z.strictObject({
  ratio: RatioSchema.exactOptional(),
});

/**
 * A unit to plan inspections for, with the year it was last inspected.
 *
 * @example
 * ```ts
 * import { InspectionUnitSchema } from 'tdkt';
 * InspectionUnitSchema.parse({ id: 'XA-AN-BINH', lastInspected: 2023 });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const InspectionUnitSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  lastInspected: YearSchema.exactOptional(),
});

/**
 * Options of `planInspections`: units with unique ids, the first year, how many years
 * (1–100), a ratio above zero and a seed.
 *
 * @example
 * ```ts
 * import { PlanInspectionsOptionsSchema } from 'tdkt';
 * PlanInspectionsOptionsSchema.parse({
 *   units: [{ id: 'A' }, { id: 'B', lastInspected: 2024 }],
 *   from: 2025,
 *   years: 3,
 *   seed: 'LS-2025',
 * });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const PlanInspectionsOptionsSchema = /* @__PURE__ */ z.strictObject({
  units: z.array(InspectionUnitSchema).superRefine((units, ctx) => {
    const seen = new Map<string, number>();
    units.forEach((u, i) => {
      const first = seen.get(u.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          input: u.id,
          ...bilingual(
            `Mã đơn vị "${u.id.slice(0, 40)}" trùng với mục ${first}`,
            `Unit id "${u.id.slice(0, 40)}" repeats entry ${first}`,
          ),
        });
      } else {
        seen.set(u.id, i);
      }
    });
  }),
  from: YearSchema,
  years: z.int().min(1).max(100),
  ratio: RatioSchema.refine(
    isPositiveRatio,
    bilingual('Tỷ lệ kiểm tra phải lớn hơn 0', 'The inspection ratio must be above zero'),
  ).exactOptional(),
  seed: SeedSchema.exactOptional(),
});

/**
 * Options of `assignCrossChecks`: a seed for the deterministic assignment.
 *
 * @example
 * ```ts
 * import { AssignCrossChecksOptionsSchema } from 'tdkt';
 * AssignCrossChecksOptionsSchema.parse({ seed: 42 });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const AssignCrossChecksOptionsSchema = /* @__PURE__ */ z.strictObject({
  seed: SeedSchema.exactOptional(),
});

/**
 * The units of `assignCrossChecks`: at least two non-empty, unique ids.
 *
 * @example
 * ```ts
 * import { CrossCheckUnitsSchema } from 'tdkt';
 * CrossCheckUnitsSchema.safeParse(['A', 'B', 'C']).success; // true
 * CrossCheckUnitsSchema.safeParse(['A']).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const CrossCheckUnitsSchema = /* @__PURE__ */ z
  .array(IdSchema)
  .min(2)
  .superRefine((ids, ctx) => {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          input: id,
          ...bilingual(
            `Mã đơn vị "${id.slice(0, 40)}" trùng với mục ${first}`,
            `Unit id "${id.slice(0, 40)}" repeats entry ${first}`,
          ),
        });
      } else {
        seen.set(id, i);
      }
    });
  });

/**
 * A date of the Vietnamese lunar calendar, the input of `fromLunar`: month 1–12, day 1–30,
 * `leap` for a leap month.
 *
 * @example
 * ```ts
 * import { LunarDateSchema } from 'tdkt';
 * LunarDateSchema.parse({ year: 2025, month: 1, day: 1 });
 * LunarDateSchema.safeParse({ year: 2025, month: 13, day: 1 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const LunarDateSchema = /* @__PURE__ */ z.strictObject({
  year: YearSchema,
  month: z.int().min(1).max(12),
  day: z.int().min(1).max(30),
  leap: z.boolean().exactOptional(),
});
