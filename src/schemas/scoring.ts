import * as z from 'zod';
import { DecimalSchema, IdSchema, NonNegativeDecimalSchema } from './primitives.js';

/**
 * A criterion of a score sheet as {@link CriterionSpecSchema} accepts it (recursive): an id, an
 * optional title, its maximum and its sub-criteria. (The scoring module's own `CriterionSpec`
 * may carry more fields.)
 * @category Schemas
 * @since 0.1.0
 */
export interface CriterionSpecData {
  /** Unique id within the sheet. */
  id: string;
  /** Title as written in the cluster's sheet. */
  title?: string;
  /** Maximum points. */
  max: string | number;
  /** Sub-criteria; their maxima must not exceed this one's (checked by `defineScoreSheet`). */
  children?: CriterionSpecData[];
}

/**
 * A criterion of a score sheet, with its sub-criteria (recursive). The tree checks (children's
 * maxima, unique ids) are made by `defineScoreSheet`.
 *
 * @example
 * ```ts
 * import { CriterionSpecSchema } from 'tdkt';
 * CriterionSpecSchema.parse({
 *   id: 'I',
 *   title: 'Thực hiện nhiệm vụ chính trị',
 *   max: 60,
 *   children: [{ id: 'I.1', max: '30' }, { id: 'I.2', max: '30' }],
 * });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const CriterionSpecSchema: z.ZodType<CriterionSpecData, CriterionSpecData> =
  /* @__PURE__ */ z.strictObject({
    id: IdSchema,
    title: z.string().exactOptional(),
    max: NonNegativeDecimalSchema,
    get children() {
      return z.array(CriterionSpecSchema).exactOptional();
    },
  });

/**
 * A band (xếp loại) of a score sheet: a code and a score range, inclusive at `min` and
 * exclusive at `max` unless told otherwise.
 *
 * @example
 * ```ts
 * import { BandSpecSchema } from 'tdkt';
 * BandSpecSchema.parse({ code: 'XUAT_SAC', min: 90 });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const BandSpecSchema = /* @__PURE__ */ z.strictObject({
  code: IdSchema,
  min: DecimalSchema,
  max: DecimalSchema.exactOptional(),
  includeMin: z.boolean().exactOptional(),
  includeMax: z.boolean().exactOptional(),
});

/**
 * The spec of `defineScoreSheet`: criteria tree, optional bonus and deduction maxima, bands and
 * the number of decimals of results (`scale`, 0–20, default 2).
 *
 * @example
 * ```ts
 * import { ScoreSheetSpecSchema } from 'tdkt';
 * ScoreSheetSpecSchema.parse({
 *   id: 'CUM-1-2025',
 *   criteria: [{ id: 'A', max: 70 }, { id: 'B', max: 30 }],
 *   bonus: { max: 5 },
 *   deduction: { max: 10 },
 *   bands: [{ code: 'XUAT_SAC', min: 90 }],
 * });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ScoreSheetSpecSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  criteria: z.array(CriterionSpecSchema),
  bonus: z.strictObject({ max: NonNegativeDecimalSchema.exactOptional() }).exactOptional(),
  deduction: z.strictObject({ max: NonNegativeDecimalSchema.exactOptional() }).exactOptional(),
  bands: z.array(BandSpecSchema).exactOptional(),
  scale: z.int().min(0).max(20).exactOptional(),
});

/**
 * Bonus or deduction points with an optional reason.
 *
 * @example
 * ```ts
 * import { PointsSchema } from 'tdkt';
 * PointsSchema.parse({ points: '1.5', reason: 'Mô hình mới' });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const PointsSchema = /* @__PURE__ */ z.strictObject({
  points: NonNegativeDecimalSchema,
  reason: z.string().exactOptional(),
});

/**
 * The entry of `scoreUnit`: a unit, its leaf scores by criterion id, and its bonuses and
 * deductions. Maxima and unknown ids are checked against the sheet by `scoreUnit`.
 *
 * @example
 * ```ts
 * import { ScoreEntrySchema } from 'tdkt';
 * ScoreEntrySchema.parse({ unit: 'SO-NOI-VU', scores: { A: '65.5', B: 28 }, bonuses: [{ points: 2 }] });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ScoreEntrySchema = /* @__PURE__ */ z.strictObject({
  unit: IdSchema,
  scores: z.record(z.string(), NonNegativeDecimalSchema),
  bonuses: z.array(PointsSchema).exactOptional(),
  deductions: z.array(PointsSchema).exactOptional(),
});

/**
 * Options of `rankUnits`: `competition` (1, 2, 2, 4) or `dense` (1, 2, 2, 3) ranking, and the
 * criterion ids that break ties, in order.
 *
 * @example
 * ```ts
 * import { RankOptionsSchema } from 'tdkt';
 * RankOptionsSchema.parse({ method: 'dense', tieBreakers: ['A'] });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const RankOptionsSchema = /* @__PURE__ */ z.strictObject({
  method: z.enum(['competition', 'dense']).exactOptional(),
  tieBreakers: z.array(z.string()).exactOptional(),
});
