import * as z from 'zod';
import {
  bilingual,
  CitationSchema,
  ConfidenceSchema,
  CountSchema,
  CountStringSchema,
  MessageSchema,
  NonBlankIdSchema,
  onValid,
  PercentStringSchema,
  SeedSchema,
} from './primitives.js';

// The inspection functions (`inspectionQuota`, `planInspections`, `planCrossChecks`,
// `assignCrossChecks`, `assignCrossCheckTeams`, `checkPlanTargets`) read the fields they know
// and ignore any other key. These schemas are closed instead (an unknown key is an error), so
// that a misspelt field ("mustInclde", "lastInspection") is reported rather than silently
// dropped. Open maps (groups, bases, actuals) are open because the function reads every key.

/**
 * A calendar year as the inspection functions take it: an integer from 1 to 9999.
 * @internal
 */
export const InspectionYearSchema = /* @__PURE__ */ z.int().min(1).max(9999);

/**
 * A unit that must be (or must not be) inspected in a year of a plan
 * (`InspectionConstraint`): the unit, the year (absent: every year of the plan) and the reason
 * (a string used in both languages, or `{ vi, en }`).
 * @internal
 */
export const InspectionConstraintSchema = /* @__PURE__ */ z.strictObject({
  unit: NonBlankIdSchema,
  year: InspectionYearSchema.exactOptional(),
  reason: z.union([z.string(), MessageSchema]).exactOptional(),
});

/**
 * A pair of last year's cross-check assignment (`CrossCheck`).
 * @internal
 */
export const CrossCheckPairSchema = /* @__PURE__ */ z.strictObject({
  inspector: NonBlankIdSchema,
  inspected: NonBlankIdSchema,
});

/**
 * Options of `assignCrossCheckTeams` (the inspection module's `CrossCheckTeamOptions`): the
 * size of each delegation (a whole number from 1; at most the number of units minus one,
 * checked by the function) and a seed. Closed: an unknown key is an error (the function would
 * ignore it).
 *
 * @example
 * ```ts
 * import { CrossCheckTeamOptionsSchema } from 'tdkt';
 * CrossCheckTeamOptionsSchema.safeParse({ teamSize: 2, seed: 7 }).success; // true
 * CrossCheckTeamOptionsSchema.safeParse({ teamSize: 0 }).success; // false
 * CrossCheckTeamOptionsSchema.safeParse({ seed: 7 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const CrossCheckTeamOptionsSchema = /* @__PURE__ */ z.strictObject({
  teamSize: z.int().min(1),
  seed: SeedSchema.exactOptional(),
});

/**
 * A numeric target of an annual TĐKT plan (`PlanTarget`): at least a count (`2`, `'02'`) or a
 * share of a base (`'30%'`).
 * @internal
 */
export const PlanTargetSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().min(1).exactOptional(),
  metric: NonBlankIdSchema,
  atLeast: z.union([CountSchema, CountStringSchema, PercentStringSchema]),
  rounding: z.enum(['ceil', 'floor', 'half-up']).exactOptional(),
  label: MessageSchema.exactOptional(),
  basis: z.array(CitationSchema).readonly().exactOptional(),
  confidence: ConfidenceSchema.exactOptional(),
});

/**
 * The plan of `checkPlanTargets` (the inspection module's `PlanTargetsInput`): its targets
 * (unique ids; an id defaults to the metric), the units managed, the units of the cluster, and
 * the base of any other metric. Closed: an unknown key is an error (the function would ignore
 * it).
 *
 * @example
 * ```ts
 * import { PlanTargetsInputSchema } from 'tdkt';
 * PlanTargetsInputSchema.safeParse({
 *   targets: [
 *     { metric: 'inspected-units', atLeast: '30%', rounding: 'ceil' },
 *     { id: 'MODELS', metric: 'advanced-models', atLeast: '02' },
 *   ],
 *   managedUnits: 47,
 *   bases: { 'trained-officers': 120 },
 * }).success; // true
 * PlanTargetsInputSchema.safeParse({ targets: [{ metric: 'x', atLeast: '150%' }] }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const PlanTargetsInputSchema = /* @__PURE__ */ z
  .strictObject({
    targets: z.array(PlanTargetSchema).readonly().exactOptional(),
    managedUnits: CountSchema.exactOptional(),
    clusterUnits: CountSchema.exactOptional(),
    bases: z.record(z.string(), CountSchema).exactOptional(),
  })
  .superRefine(
    onValid((plan, ctx) => {
      const seen = new Map<string, number>();
      (plan.targets ?? []).forEach((t, i) => {
        const id = t.id ?? t.metric;
        const first = seen.get(id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['targets', i, 'id'],
            ...bilingual(
              `Chỉ tiêu "${id.slice(0, 40)}" bị trùng (đã có ở vị trí ${first})`,
              `Target "${id.slice(0, 40)}" is listed twice (first at index ${first})`,
            ),
          });
        } else {
          seen.set(id, i);
        }
      });
    }),
  );

/**
 * What a plan achieved, the second argument of `checkPlanTargets` (the inspection module's
 * `PlanActuals`): a count per metric, by its name (`'inspected-units'`) or in camelCase
 * (`inspectedUnits`); a metric given both ways must have one value. The function checks only the
 * metrics its targets name; this schema checks every entry.
 *
 * @example
 * ```ts
 * import { PlanActualsSchema } from 'tdkt';
 * PlanActualsSchema.safeParse({ inspectedUnits: 14, 'advanced-models': 2 }).success; // true
 * PlanActualsSchema.safeParse({ inspectedUnits: 14.5 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const PlanActualsSchema = /* @__PURE__ */ z
  .record(z.string(), CountSchema.optional())
  .superRefine(
    onValid((actuals, ctx) => {
      for (const [key, value] of Object.entries(actuals)) {
        const alias = key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
        const other = alias === key || !Object.hasOwn(actuals, alias) ? undefined : actuals[alias];
        if (value !== undefined && other !== undefined && other !== value) {
          ctx.addIssue({
            code: 'custom',
            path: [alias],
            ...bilingual(
              `Hai giá trị khác nhau cho cùng chỉ tiêu: ${key} = ${value}, ${alias} = ${other}`,
              `Two different values for one metric: ${key} = ${value}, ${alias} = ${other}`,
            ),
          });
        }
      }
    }),
  );
