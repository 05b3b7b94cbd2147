import * as z from 'zod';
import { isRecordObject } from '../core/errors.js';
import type { Profile } from '../eligibility/types.js';
import { REGIMES, type RegimeId } from '../law/regimes.js';
import {
  CrossCheckPairSchema,
  InspectionConstraintSchema,
  InspectionYearSchema,
} from './inspection.js';
import {
  bilingual,
  IsoDateSchema,
  NonBlankIdSchema,
  onValid,
  PositiveRatioSchema,
  SeedSchema,
  YearSchema,
} from './primitives.js';

type Ctx = z.core.$RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], vi: string, en: string): void {
  ctx.addIssue({ code: 'custom', path, ...bilingual(vi, en) });
}

/** An issue for every id that repeats an earlier one, at `path(i)`. */
function uniqueIds(
  ids: readonly string[],
  ctx: Ctx,
  path: (i: number) => (string | number)[],
): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) {
      issue(
        ctx,
        path(i),
        `Mã đơn vị "${id.slice(0, 40)}" trùng với mục ${first}`,
        `Unit id "${id.slice(0, 40)}" repeats entry ${first}`,
      );
    } else {
      seen.set(id, i);
    }
  });
}

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
 * Options of `evaluate`, `evaluateMany` and `eligibleHonours` (the eligibility module's
 * `EvaluateOptions`): the period (a year, 1900–2200), an optional regime, the date of
 * consideration, opt-in provisional rules and a profile. The profile must be the object
 * `defineProfile` returns (`evaluate` refuses any other object, and a regime other than the
 * profile's base); this schema, like its JSON Schema, only checks that it is an object — a
 * service receiving JSON builds the profile with `defineProfile` from its spec. Closed: an
 * unknown key is an error (`evaluate` would ignore it).
 *
 * @example
 * ```ts
 * import { EvaluateOptionsSchema } from 'tdkt';
 * EvaluateOptionsSchema.safeParse({ period: 2024, asOf: '2025-01-15', includeProvisional: false }).success; // true
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
    .custom<Profile>(
      (v) => isRecordObject(v),
      bilingual(
        'Hồ sơ quy định (profile) phải là đối tượng do defineProfile tạo',
        'A profile must be the object defineProfile returns',
      ),
    )
    .exactOptional(),
});

/**
 * Options of `inspectionQuota` and `inspectionCycleYears` (the inspection module's
 * `InspectionRatioOptions`): the share of units to inspect, above 0 and at most 1 (`0.3`,
 * `'0.3'`, `'30%'`; default 0.3). Closed: an unknown key is an error (the functions would
 * ignore it).
 *
 * @example
 * ```ts
 * import { InspectionQuotaOptionsSchema } from 'tdkt';
 * InspectionQuotaOptionsSchema.safeParse({ ratio: '30%' }).success; // true
 * InspectionQuotaOptionsSchema.safeParse({ ratio: 0 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const InspectionQuotaOptionsSchema = /* @__PURE__ */ z.strictObject({
  ratio: PositiveRatioSchema.exactOptional(),
});

/**
 * A unit to plan inspections for (the inspection module's `InspectionUnit`), with the year it
 * was last inspected (1–9999; absent or `null`: never). Closed: an unknown key is an error
 * (`planInspections` would ignore it).
 *
 * @example
 * ```ts
 * import { InspectionUnitSchema } from 'tdkt';
 * InspectionUnitSchema.safeParse({ id: 'XA-AN-BINH', lastInspected: 2023 }).success; // true
 * InspectionUnitSchema.safeParse({ id: 'XA-MOI', lastInspected: null }).success; // true
 * InspectionUnitSchema.safeParse({ id: ' ' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const InspectionUnitSchema = /* @__PURE__ */ z.strictObject({
  id: NonBlankIdSchema,
  lastInspected: z.union([InspectionYearSchema, z.null()]).exactOptional(),
});

type PlanData = z.output<typeof PlanObject>;

const PlanObject = /* @__PURE__ */ z.strictObject({
  units: z.array(z.union([NonBlankIdSchema, InspectionUnitSchema])).readonly(),
  from: InspectionYearSchema,
  years: z.int().min(0).max(100),
  ratio: PositiveRatioSchema.exactOptional(),
  seed: SeedSchema.exactOptional(),
  mustInclude: z.array(InspectionConstraintSchema).readonly().exactOptional(),
  mustExclude: z.array(InspectionConstraintSchema).readonly().exactOptional(),
});

/** The cross-field rules `planInspections` checks before planning. */
function checkPlan(o: PlanData, ctx: Ctx): void {
  const ids = o.units.map((u) => (typeof u === 'string' ? u : u.id));
  uniqueIds(ids, ctx, (i) => (typeof o.units[i] === 'string' ? ['units', i] : ['units', i, 'id']));
  if (o.from + o.years - 1 > 9999) {
    issue(
      ctx,
      ['years'],
      'Kế hoạch phải kết thúc không muộn hơn năm 9999',
      'The plan must end by the year 9999',
    );
  }
  o.units.forEach((u, i) => {
    if (typeof u !== 'string' && typeof u.lastInspected === 'number' && u.lastInspected >= o.from) {
      issue(
        ctx,
        ['units', i, 'lastInspected'],
        `Năm kiểm tra gần nhất (${u.lastInspected}) phải trước năm bắt đầu kế hoạch (${o.from})`,
        `lastInspected (${u.lastInspected}) must be before the first plan year (${o.from})`,
      );
    }
  });
  const known = new Set(ids);
  const included = new Map<string, number>();
  for (const key of ['mustInclude', 'mustExclude'] as const) {
    (o[key] ?? []).forEach((c, j) => {
      if (!known.has(c.unit)) {
        issue(
          ctx,
          [key, j, 'unit'],
          `Đơn vị "${c.unit.slice(0, 40)}" không có trong danh sách đơn vị`,
          `Unit "${c.unit.slice(0, 40)}" is not in the unit list`,
        );
        return;
      }
      if (c.year !== undefined && (c.year < o.from || c.year >= o.from + o.years)) {
        issue(
          ctx,
          [key, j, 'year'],
          `Năm ${c.year} nằm ngoài kế hoạch`,
          `Year ${c.year} is outside the plan`,
        );
        return;
      }
      const years =
        c.year === undefined ? Array.from({ length: o.years }, (_, k) => o.from + k) : [c.year];
      for (const y of years) {
        const cell = `${y}\u0000${c.unit}`;
        if (key === 'mustInclude') {
          if (!included.has(cell)) included.set(cell, j);
        } else if (included.has(cell)) {
          issue(
            ctx,
            [key, j],
            `Đơn vị "${c.unit.slice(0, 40)}" vừa bắt buộc kiểm tra (mustInclude[${included.get(cell)}]) vừa bị loại trừ năm ${y}`,
            `Unit "${c.unit.slice(0, 40)}" is both required (mustInclude[${included.get(cell)}]) and excluded in ${y}`,
          );
          return;
        }
      }
    });
  }
}

/**
 * Options of `planInspections` (the inspection module's `PlanInspectionsOptions`): the units
 * (`{ id, lastInspected? }` objects or plain ids, unique), the first year (1–9999), how many
 * years (0–100, ending by 9999), a ratio above zero, a seed, and the units that must be
 * inspected (`mustInclude`) or left out (`mustExclude`) in given years with their reasons.
 * Checked here as in `planInspections`: unique ids, `lastInspected` before `from`, constraints
 * naming known units and years of the plan, no unit both required and excluded in a year.
 * Whether the exclusions leave enough units for the quota and for the inspection cycle is the
 * planner's finding (`QUOTA_UNREACHABLE`, `COVERAGE_UNREACHABLE`). Closed: an unknown key is an
 * error (`planInspections` would ignore it).
 *
 * @example
 * ```ts
 * import { PlanInspectionsOptionsSchema } from 'tdkt';
 * PlanInspectionsOptionsSchema.safeParse({
 *   units: [{ id: 'A' }, { id: 'B', lastInspected: 2024 }, 'C'],
 *   from: 2025,
 *   years: 3,
 *   ratio: '30%',
 *   seed: 'LS-2025',
 *   mustInclude: [{ unit: 'C', year: 2025, reason: 'có đơn khiếu nại' }],
 *   mustExclude: [{ unit: 'A', year: 2026, reason: { vi: 'Bộ đã kiểm tra', en: 'inspected by the ministry' } }],
 * }).success; // true
 * PlanInspectionsOptionsSchema.safeParse({ units: ['A'], from: 2025, years: 1, mustInclude: [{ unit: 'Z' }] }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const PlanInspectionsOptionsSchema = /* @__PURE__ */ PlanObject.superRefine(
  onValid(checkPlan),
);

/**
 * Options of `assignCrossChecks` and `planCrossChecks` (the inspection module's
 * `CrossCheckOptions`): a seed, whether to avoid reciprocal pairs, last year's pairs, the group
 * of each unit and whether each unit must check another group (`acrossGroups` needs `groups`).
 * The units named in `groups` must be among the units (checked by the function). Closed: an
 * unknown key is an error (the functions would ignore it).
 *
 * @example
 * ```ts
 * import { AssignCrossChecksOptionsSchema } from 'tdkt';
 * AssignCrossChecksOptionsSchema.safeParse({
 *   seed: 42,
 *   avoidReciprocal: true,
 *   previous: [{ inspector: 'A', inspected: 'B' }],
 *   groups: { A: 'huyen', B: 'huyen', C: 'so' },
 *   acrossGroups: true,
 * }).success; // true
 * AssignCrossChecksOptionsSchema.safeParse({ acrossGroups: true }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const AssignCrossChecksOptionsSchema = /* @__PURE__ */ z
  .strictObject({
    seed: SeedSchema.exactOptional(),
    avoidReciprocal: z.boolean().exactOptional(),
    previous: z.array(CrossCheckPairSchema).readonly().exactOptional(),
    groups: z.record(z.string(), NonBlankIdSchema).exactOptional(),
    acrossGroups: z.boolean().exactOptional(),
  })
  .superRefine(
    onValid((o, ctx) => {
      if (o.acrossGroups === true && o.groups === undefined) {
        issue(
          ctx,
          ['acrossGroups'],
          'acrossGroups cần có groups (nhóm của từng đơn vị)',
          'acrossGroups needs groups (the group of each unit)',
        );
      }
    }),
  );

/**
 * The units of `assignCrossChecks`, `planCrossChecks` and `assignCrossCheckTeams`: at least two
 * unique, non-blank ids.
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
  .array(NonBlankIdSchema)
  .min(2)
  .readonly()
  .superRefine(
    onValid((ids, ctx) => {
      uniqueIds(ids, ctx, (i) => [i]);
    }),
  );

/**
 * A date of the Vietnamese lunar calendar, the input of `fromLunar` (the calendar module's
 * `LunarDateInput`): a lunar year the library supports (1900–2100), month 1–12, day 1–30,
 * `leap` for a leap month. Whether that month has 30 days, and whether that month is the leap
 * month of that year, is checked by `fromLunar` (`INVALID_LUNAR_DATE`). Closed: an unknown key
 * is an error (`fromLunar` would ignore it).
 *
 * @example
 * ```ts
 * import { LunarDateSchema } from 'tdkt';
 * LunarDateSchema.safeParse({ year: 2025, month: 6, day: 1, leap: true }).success; // true
 * LunarDateSchema.safeParse({ year: 2025, month: 13, day: 1 }).success; // false
 * LunarDateSchema.safeParse({ year: 2150, month: 1, day: 1 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const LunarDateSchema = /* @__PURE__ */ z.strictObject({
  year: z.int().min(1900).max(2100),
  month: z.int().min(1).max(12),
  day: z.int().min(1).max(30),
  leap: z.boolean().exactOptional(),
});

/**
 * Options of the lunar functions (`toLunar`, `fromLunar`, `tet`, `lunarMonths` …; the calendar
 * module's `LunarOptions`): the offset of the reference meridian from UTC in hours, −12 to 14
 * (default 7). Closed: an unknown key is an error (the functions would ignore it).
 *
 * @example
 * ```ts
 * import { LunarOptionsSchema } from 'tdkt';
 * LunarOptionsSchema.safeParse({ timeZone: 8 }).success; // true
 * LunarOptionsSchema.safeParse({ timeZone: 15 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const LunarOptionsSchema = /* @__PURE__ */ z.strictObject({
  timeZone: z.number().min(-12).max(14).exactOptional(),
});
