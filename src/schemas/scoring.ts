import * as z from 'zod';
import type { Dec } from '../core/decimal.js';
import type { Citation, Confidence } from '../law/citation.js';
import {
  bilingual,
  CitationSchema,
  CommaNonNegativeDecimalSchema,
  ConfidenceSchema,
  CountSchema,
  DecimalSchema,
  decimalValue,
  IsoDateSchema,
  NonBlankIdSchema,
  NonNegativeDecimalSchema,
  onValid,
  PositiveDecimalSchema,
  RoundingSchema,
  SheetIdSchema,
  YearSchema,
} from './primitives.js';

// The scoring functions (`defineScoreSheet`, `scoreUnit`, `rankUnits`, `reconcile`,
// `clusterResult`) read the fields they know and ignore any other key. These schemas are
// closed instead (an unknown key is an error), so that a misspelt field ("maxx", "tieBreaker")
// is reported rather than silently dropped. Open maps (tiers, scores, counts, outcomes, votes)
// are open because the function reads every key of them.

type Ctx = z.core.$RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], vi: string, en: string): void {
  ctx.addIssue({ code: 'custom', path, ...bilingual(vi, en) });
}

const STAGES = ['self', 'cross-check', 'cluster', 'council', 'final'] as const;

/**
 * A scoring stage (`Stage`): self-assessment, cross-check, cluster meeting, council, final.
 * @internal
 */
export const StageSchema = /* @__PURE__ */ z.enum(STAGES);

/**
 * A criterion of a score sheet as {@link CriterionSpecSchema} accepts it (recursive): the
 * scoring module's `CriterionSpec`, plus the two fields a serialised `ScoreSheet` carries
 * (`kind`, `depth`), which `defineScoreSheet` ignores.
 * @category Schemas
 * @since 0.1.0
 */
export interface CriterionSpecData {
  /** Unique id within the sheet (non-blank, at most 200 characters). */
  readonly id: string;
  /** Title as written in the cluster's sheet (Vietnamese). */
  readonly title?: string;
  /** English gloss of the title. */
  readonly titleEn?: string;
  /** Maximum points, above zero. */
  readonly max: string | number;
  /** Sub-criteria; Σ (weight × max) of the children may not exceed this one's `max`. */
  readonly children?: readonly CriterionSpecData[];
  /** Multiplier of this node's value in its parent's sum (default 1), above zero. */
  readonly weight?: string | number;
  /** Leaf: points per occurrence, above zero, capped at `max`. */
  readonly perOccurrence?: string | number;
  /** Leaf: points per outcome (non-empty; each at most `max`). */
  readonly tiers?: Readonly<Record<string, string | number>>;
  /** Legal or local basis of this criterion. */
  readonly basis?: readonly Citation[];
  /** How sure the library is of this criterion. */
  readonly confidence?: Confidence;
  /** A short note. */
  readonly note?: string;
  /** Present in a serialised sheet (`defineScoreSheet` output); ignored on input. */
  readonly kind?: 'group' | 'score' | 'per-occurrence' | 'tiered';
  /** Present in a serialised sheet (`defineScoreSheet` output); ignored on input. */
  readonly depth?: number;
}

/**
 * Tiers: a non-empty map of tier id → non-negative points.
 * @internal
 */
export const TiersSchema = /* @__PURE__ */ z
  .record(SheetIdSchema, NonNegativeDecimalSchema)
  .refine(
    (t) => Object.keys(t).length > 0,
    bilingual(
      'Bậc (tiers) phải là một đối tượng không rỗng { mã bậc: điểm }',
      'Tiers must be a non-empty object { tier: points }',
    ),
  );

function contribution(c: CriterionSpecData): Dec {
  const max = decimalValue(c.max);
  return c.weight === undefined ? max : max.times(decimalValue(c.weight));
}

/** The rules `defineScoreSheet` checks on one criterion, as zod issues. */
function checkCriterion(c: CriterionSpecData, ctx: Ctx): void {
  const group = c.children !== undefined && c.children.length > 0;
  if (group && (c.perOccurrence !== undefined || c.tiers !== undefined)) {
    issue(
      ctx,
      [],
      `Tiêu chí "${c.id}" có tiêu chí con nên không thể tính theo lần hoặc theo bậc`,
      `Criterion "${c.id}" has children, so it cannot be per-occurrence or tiered`,
    );
  }
  if (c.perOccurrence !== undefined && c.tiers !== undefined) {
    issue(
      ctx,
      [],
      `Tiêu chí "${c.id}": chỉ chọn một trong perOccurrence và tiers`,
      `Criterion "${c.id}": give perOccurrence or tiers, not both`,
    );
  }
  const max = decimalValue(c.max);
  for (const [key, points] of Object.entries(c.tiers ?? {})) {
    if (decimalValue(points).gt(max)) {
      issue(
        ctx,
        ['tiers', key],
        `Điểm của bậc "${key}" vượt quá điểm tối đa ${max}`,
        `Points of tier "${key}" exceed the maximum ${max}`,
      );
    }
  }
  if (group && c.children) {
    let sum = decimalValue(0);
    for (const child of c.children) sum = sum.plus(contribution(child));
    if (sum.gt(max)) {
      issue(
        ctx,
        ['children'],
        `Tổng điểm tối đa của các tiêu chí con (${sum}) vượt quá điểm tối đa của "${c.id}" (${max})`,
        `Sum of the children's maxima (${sum}) exceeds the maximum of "${c.id}" (${max})`,
      );
    }
  }
}

/**
 * A criterion of a score sheet (tiêu chí), with its sub-criteria (recursive): the scoring
 * module's `CriterionSpec`. A leaf is scored directly, per occurrence (`perOccurrence`) or by
 * tier (`tiers`); a node with children is a group. Checked here as in `defineScoreSheet`: a
 * maximum above zero, children's Σ (weight × max) within the maximum, tiers within the
 * maximum, a group neither per-occurrence nor tiered. Ids unique across the tree are checked
 * with the whole sheet ({@link ScoreSheetSpecSchema}). Closed: an unknown key is an error
 * (`defineScoreSheet` would ignore it); `kind` and `depth`, present in a serialised sheet, are
 * accepted and ignored.
 *
 * @example
 * ```ts
 * import { CriterionSpecSchema } from 'tdkt';
 * CriterionSpecSchema.safeParse({
 *   id: 'I',
 *   title: 'Thực hiện nhiệm vụ chính trị',
 *   max: 60,
 *   children: [{ id: 'I.1', max: '30' }, { id: 'I.2', max: '30', weight: 1 }],
 * }).success; // true
 * CriterionSpecSchema.safeParse({ id: 'SK', max: 10, perOccurrence: 2 }).success; // true
 * CriterionSpecSchema.safeParse({ id: 'A', max: 0 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const CriterionSpecSchema: z.ZodType<CriterionSpecData, CriterionSpecData> =
  /* @__PURE__ */ z
    .strictObject({
      id: SheetIdSchema,
      title: z.string().exactOptional(),
      titleEn: z.string().exactOptional(),
      max: PositiveDecimalSchema,
      get children() {
        return z.array(CriterionSpecSchema).readonly().exactOptional();
      },
      weight: PositiveDecimalSchema.exactOptional(),
      perOccurrence: PositiveDecimalSchema.exactOptional(),
      tiers: TiersSchema.exactOptional(),
      basis: z.array(CitationSchema).readonly().exactOptional(),
      confidence: ConfidenceSchema.exactOptional(),
      note: z.string().exactOptional(),
      kind: z.enum(['group', 'score', 'per-occurrence', 'tiered']).exactOptional(),
      depth: z.int().min(1).exactOptional(),
    })
    .superRefine(onValid(checkCriterion));

/**
 * A declared bonus or deduction item (`AdjustmentItemSpec`): points per occurrence or points
 * per tier (exactly one of them), an optional cap and exclusive group.
 * @internal
 */
export const AdjustmentItemSpecSchema = /* @__PURE__ */ z
  .strictObject({
    id: SheetIdSchema,
    title: z.string().exactOptional(),
    titleEn: z.string().exactOptional(),
    points: NonNegativeDecimalSchema.exactOptional(),
    tiers: TiersSchema.exactOptional(),
    max: PositiveDecimalSchema.exactOptional(),
    exclusiveGroup: SheetIdSchema.exactOptional(),
    basis: z.array(CitationSchema).readonly().exactOptional(),
    confidence: ConfidenceSchema.exactOptional(),
    note: z.string().exactOptional(),
  })
  .superRefine(
    onValid((it, ctx) => {
      if ((it.points === undefined) === (it.tiers === undefined)) {
        issue(
          ctx,
          [],
          'Mục cần đúng một trong points và tiers',
          'An item needs exactly one of points and tiers',
        );
      }
    }),
  );

/**
 * The bonus ("điểm thưởng") or deduction ("điểm trừ") section of a sheet (`AdjustmentSpec`).
 * @internal
 */
export const AdjustmentSpecSchema = /* @__PURE__ */ z
  .strictObject({
    max: NonNegativeDecimalSchema.exactOptional(),
    items: z.array(AdjustmentItemSpecSchema).readonly().exactOptional(),
    allowFreeform: z.boolean().exactOptional(),
  })
  .superRefine(
    onValid((s, ctx) => {
      const seen = new Set<string>();
      (s.items ?? []).forEach((it, i) => {
        if (seen.has(it.id)) {
          issue(
            ctx,
            ['items', i, 'id'],
            `Mã mục "${it.id}" bị trùng`,
            `Item id "${it.id}" is duplicated`,
          );
        }
        seen.add(it.id);
      });
    }),
  );

interface Band {
  readonly code: string;
  readonly min: Dec;
  readonly max: Dec | null;
  readonly inMin: boolean;
  readonly inMax: boolean;
}

function bandOf(b: {
  code: string;
  min: string | number;
  max?: string | number;
  includeMin?: boolean;
  includeMax?: boolean;
}): Band {
  return {
    code: b.code,
    min: decimalValue(b.min),
    max: b.max === undefined ? null : decimalValue(b.max),
    inMin: b.includeMin ?? true,
    inMax: b.includeMax ?? false,
  };
}

/**
 * A band (xếp loại) of a score sheet (`BandSpec`): a code and a score range, inclusive at `min`
 * and exclusive at `max` unless told otherwise; no `max` means open above. An empty range
 * (`max` below `min`, or equal without both ends included) is an error, as in
 * `defineScoreSheet`. Closed: an unknown key is an error.
 *
 * @example
 * ```ts
 * import { BandSpecSchema } from 'tdkt';
 * BandSpecSchema.safeParse({ code: 'XUAT_SAC', title: 'Xuất sắc', min: 90 }).success; // true
 * BandSpecSchema.safeParse({ code: 'TOT', min: 80, max: 70 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const BandSpecSchema = /* @__PURE__ */ z
  .strictObject({
    code: SheetIdSchema,
    title: z.string().exactOptional(),
    min: DecimalSchema,
    max: DecimalSchema.exactOptional(),
    includeMin: z.boolean().exactOptional(),
    includeMax: z.boolean().exactOptional(),
  })
  .superRefine(
    onValid((s, ctx) => {
      const b = bandOf(s);
      if (b.max && (b.max.lt(b.min) || (b.max.eq(b.min) && !(b.inMin && b.inMax)))) {
        issue(
          ctx,
          [],
          `Xếp loại "${b.code}" rỗng: cận dưới ${b.min}, cận trên ${b.max}`,
          `Band "${b.code}" is empty: min ${b.min}, max ${b.max}`,
        );
      }
    }),
  );

function joint(a: Band, b: Band): 'overlap' | 'gap' | 'contiguous' {
  if (!a.max) return 'overlap';
  const c = a.max.cmp(b.min);
  if (c > 0) return 'overlap';
  if (c < 0) return 'gap';
  if (a.inMax && b.inMin) return 'overlap';
  if (!a.inMax && !b.inMin) return 'gap';
  return 'contiguous';
}

type SheetData = z.output<typeof ScoreSheetObject>;

/** The sheet-wide rules of `defineScoreSheet`: unique ids, the nominal maximum, the bands. */
function checkSheet(s: SheetData, ctx: Ctx): void {
  const seen = new Set<string>();
  const walk = (list: readonly CriterionSpecData[], path: (string | number)[]) => {
    list.forEach((c, i) => {
      if (seen.has(c.id)) {
        issue(
          ctx,
          [...path, i, 'id'],
          `Mã tiêu chí "${c.id}" bị trùng`,
          `Criterion id "${c.id}" is duplicated`,
        );
      }
      seen.add(c.id);
      if (c.children) walk(c.children, [...path, i, 'children']);
    });
  };
  walk(s.criteria, ['criteria']);
  if (s.max !== undefined) {
    let sum = decimalValue(0);
    for (const c of s.criteria) sum = sum.plus(contribution(c));
    if (sum.gt(decimalValue(s.max))) {
      issue(
        ctx,
        ['criteria'],
        `Tổng điểm tối đa của các tiêu chí (${sum}) vượt quá điểm tối đa của bảng (${decimalValue(s.max)})`,
        `Sum of the criteria's maxima (${sum}) exceeds the sheet's maximum (${decimalValue(s.max)})`,
      );
    }
  }
  const bands = (s.bands ?? []).map(bandOf);
  const codes = new Set<string>();
  bands.forEach((b, i) => {
    if (codes.has(b.code)) {
      issue(
        ctx,
        ['bands', i, 'code'],
        `Mã xếp loại "${b.code}" bị trùng`,
        `Band code "${b.code}" is duplicated`,
      );
    }
    codes.add(b.code);
  });
  const check = s.bandCheck ?? 'no-overlap';
  if (check === 'none') return;
  const sorted = [...bands].sort(
    (a, b) => a.min.cmp(b.min) || (a.inMin === b.inMin ? 0 : a.inMin ? -1 : 1),
  );
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as Band;
    const b = sorted[i] as Band;
    const j = joint(a, b);
    if (j === 'overlap') {
      issue(
        ctx,
        ['bands'],
        `Xếp loại "${a.code}" và "${b.code}" chồng lên nhau`,
        `Bands "${a.code}" and "${b.code}" overlap`,
      );
    } else if (j === 'gap' && check === 'strict') {
      issue(
        ctx,
        ['bands'],
        `Có khoảng trống giữa xếp loại "${a.code}" và "${b.code}"`,
        `Gap between bands "${a.code}" and "${b.code}"`,
      );
    }
  }
}

const ScoreSheetObject = /* @__PURE__ */ z.strictObject({
  id: SheetIdSchema,
  title: z.string().exactOptional(),
  titleEn: z.string().exactOptional(),
  max: PositiveDecimalSchema.exactOptional(),
  criteria: z.array(CriterionSpecSchema).min(1).readonly(),
  bonus: AdjustmentSpecSchema.exactOptional(),
  deduction: AdjustmentSpecSchema.exactOptional(),
  bands: z.array(BandSpecSchema).readonly().exactOptional(),
  bandCheck: z.enum(['no-overlap', 'strict', 'none']).exactOptional(),
  bandOn: z.enum(['total', 'base']).exactOptional(),
  scale: z.int().min(0).max(20).exactOptional(),
  rounding: RoundingSchema.exactOptional(),
  source: z.array(CitationSchema).readonly().exactOptional(),
  confidence: ConfidenceSchema.exactOptional(),
  note: z.string().exactOptional(),
  leaves: z.array(z.string()).readonly().exactOptional(),
});

/**
 * The spec of `defineScoreSheet` (the scoring module's `ScoreSheetSpec`): the criteria tree
 * (at least one criterion), an optional nominal maximum, bonus and deduction sections with
 * their items and caps, bands with the way they are checked (`bandCheck`) and what they
 * classify (`bandOn`), the decimals (`scale`, 0–20) and rounding of results, and descriptive
 * fields. Every rule of `defineScoreSheet` is checked here too: unique criterion, item and band
 * ids, maxima within their parent's, bands neither empty nor overlapping (nor leaving gaps with
 * `bandCheck: 'strict'`). A sheet returned by `defineScoreSheet` and serialised to JSON passes
 * (its extra `leaves`, `kind` and `depth` fields are accepted and ignored). Closed: any other
 * unknown key is an error (`defineScoreSheet` would ignore it).
 *
 * @example
 * ```ts
 * import { ScoreSheetSpecSchema } from 'tdkt';
 * ScoreSheetSpecSchema.safeParse({
 *   id: 'CUM-1-2025',
 *   max: 100,
 *   criteria: [
 *     { id: 'A', max: 70 },
 *     { id: 'B', max: 30, tiers: { NHAT: 30, NHI: 20 } },
 *   ],
 *   bonus: { max: 5, items: [{ id: 'SK', points: 1, max: 3 }] },
 *   deduction: { max: 10 },
 *   bands: [{ code: 'XUAT_SAC', min: 90 }, { code: 'TOT', min: 70, max: 90 }],
 *   bandCheck: 'no-overlap',
 *   rounding: 'half-up',
 * }).success; // true
 * ScoreSheetSpecSchema.safeParse({ id: 'X', criteria: [] }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ScoreSheetSpecSchema = /* @__PURE__ */ ScoreSheetObject.superRefine(
  onValid(checkSheet),
);

function pointsSchema(comma: boolean) {
  return z
    .strictObject({
      points: (comma ? CommaNonNegativeDecimalSchema : NonNegativeDecimalSchema).exactOptional(),
      reason: z.string().exactOptional(),
      item: z.string().exactOptional(),
      count: CountSchema.exactOptional(),
      tier: z.string().exactOptional(),
    })
    .superRefine(
      onValid((line, ctx) => {
        if (line.item !== undefined && line.points !== undefined) {
          issue(
            ctx,
            ['points'],
            'Mục đã khai báo tự tính điểm; không ghi points',
            'A declared item computes its own points; do not give points',
          );
        }
        if (line.item === undefined && line.points === undefined) {
          issue(ctx, ['points'], 'Thiếu số điểm (hoặc mục item)', 'Missing points (or an item)');
        }
        if (line.item === undefined && line.tier !== undefined) {
          issue(ctx, ['tier'], 'Dòng tự do không có bậc', 'A free line has no tiers');
        }
      }),
    );
}

/**
 * One bonus or deduction line of a score entry (the scoring module's `AdjustmentInput`): free
 * points (non-negative) with a reason, or a declared item of the sheet (`item`) with a `count`
 * or a `tier` — `points` and `item` are exclusive, and a `tier` needs an `item`. Whether the
 * item and tier exist is checked by `scoreUnit` against the sheet. Closed: an unknown key is an
 * error (`scoreUnit` would ignore it).
 *
 * @example
 * ```ts
 * import { PointsSchema } from 'tdkt';
 * PointsSchema.safeParse({ points: '1.5', reason: 'Mô hình mới' }).success; // true
 * PointsSchema.safeParse({ item: 'GIAI', tier: 'NHAT', count: 2 }).success; // true
 * PointsSchema.safeParse({ item: 'GIAI', points: 1 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const PointsSchema = /* @__PURE__ */ pointsSchema(false);

/**
 * {@link PointsSchema} with the decimal comma (`scoreUnit` with `{ decimalComma: true }`).
 * @internal
 */
export const CommaPointsSchema = /* @__PURE__ */ pointsSchema(true);

function entrySchema(comma: boolean, points: typeof PointsSchema) {
  return z
    .strictObject({
      unit: NonBlankIdSchema,
      scores: z.record(
        z.string(),
        comma ? CommaNonNegativeDecimalSchema : NonNegativeDecimalSchema,
      ),
      counts: z.record(z.string(), CountSchema).exactOptional(),
      outcomes: z
        .record(z.string(), z.union([z.string(), z.array(z.string()).readonly()]))
        .exactOptional(),
      bonuses: z.array(points).readonly().exactOptional(),
      deductions: z.array(points).readonly().exactOptional(),
      stage: StageSchema.exactOptional(),
    })
    .superRefine(
      onValid((e, ctx) => {
        for (const key of Object.keys(e.counts ?? {})) {
          if (Object.hasOwn(e.scores, key) || Object.hasOwn(e.outcomes ?? {}, key)) {
            issue(
              ctx,
              ['counts', key],
              `Tiêu chí "${key}" được ghi ở hai nơi (scores, counts, outcomes)`,
              `Criterion "${key}" is given twice (scores, counts, outcomes)`,
            );
          }
        }
        for (const key of Object.keys(e.outcomes ?? {})) {
          if (Object.hasOwn(e.scores, key)) {
            issue(
              ctx,
              ['outcomes', key],
              `Tiêu chí "${key}" đã có điểm trong scores`,
              `Criterion "${key}" already has a score in scores`,
            );
          }
        }
      }),
    );
}

/**
 * The entry of `scoreUnit` (the scoring module's `ScoreEntry`): a unit, the points of its leaf
 * criteria (`scores`), the occurrences of per-occurrence leaves (`counts`), the outcomes of
 * tiered leaves (`outcomes`), bonus and deduction lines, and the stage. Each criterion is given
 * in one of `scores`, `counts`, `outcomes` only. Decimals use a point (`'9.5'`); for entries
 * scored with `{ decimalComma: true }` use {@link ScoreEntryDecimalCommaSchema}. Criterion ids,
 * maxima, items and tiers are checked against the sheet by `scoreUnit`. Closed: an unknown key
 * is an error (`scoreUnit` would ignore it).
 *
 * @example
 * ```ts
 * import { ScoreEntrySchema } from 'tdkt';
 * ScoreEntrySchema.safeParse({
 *   unit: 'SO-NOI-VU',
 *   stage: 'self',
 *   scores: { A: '65.5' },
 *   counts: { SK: 3 },
 *   outcomes: { GIAI: ['NHAT', 'BA'] },
 *   bonuses: [{ points: 2, reason: 'Mô hình mới' }],
 *   deductions: [{ item: 'CHAM', count: 1 }],
 * }).success; // true
 * ScoreEntrySchema.safeParse({ unit: 'X', scores: { A: '9,5' } }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ScoreEntrySchema = /* @__PURE__ */ entrySchema(false, PointsSchema);

/**
 * The entry of `scoreUnit` called with `{ decimalComma: true }`: as {@link ScoreEntrySchema},
 * except that scores and free points may also use the Vietnamese decimal comma (`'9,5'`).
 *
 * @example
 * ```ts
 * import { ScoreEntryDecimalCommaSchema } from 'tdkt';
 * ScoreEntryDecimalCommaSchema.safeParse({ unit: 'X', scores: { A: '9,5', B: '8.25' } }).success; // true
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ScoreEntryDecimalCommaSchema = /* @__PURE__ */ entrySchema(true, CommaPointsSchema);

const SCORE_OPTIONS = {
  decimalComma: z.boolean().exactOptional(),
  requireAll: z.boolean().exactOptional(),
  stackExclusive: z.boolean().exactOptional(),
};

/**
 * Options of `scoreUnit` (the scoring module's `ScoreOptions`): accept the decimal comma,
 * require every leaf to be scored, let exclusive items stack. Closed: an unknown key is an
 * error (`scoreUnit` would ignore it).
 *
 * @example
 * ```ts
 * import { ScoreOptionsSchema } from 'tdkt';
 * ScoreOptionsSchema.safeParse({ decimalComma: true, requireAll: true }).success; // true
 * ScoreOptionsSchema.safeParse({ requireAll: 'yes' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ScoreOptionsSchema = /* @__PURE__ */ z.strictObject(SCORE_OPTIONS);

const TIE_BREAKER_RE =
  /^(?:total|base|fewer-deductions|more-bonus|vote|(?:group|criterion):[^\n\r\u2028\u2029]+)$/;

const RANK_OPTIONS = {
  method: z.enum(['competition', 'dense']).exactOptional(),
  tieBreakers: z
    .array(
      z
        .string()
        .regex(
          TIE_BREAKER_RE,
          bilingual(
            'Tiêu chí phụ không hợp lệ (total, group:<mã>, criterion:<mã>, base, fewer-deductions, more-bonus, vote)',
            'Unknown tie-breaker (total, group:<id>, criterion:<id>, base, fewer-deductions, more-bonus, vote)',
          ),
        ),
    )
    .readonly()
    .exactOptional(),
  votes: z.record(z.string(), CountSchema).exactOptional(),
};

function checkVotes(
  o: { tieBreakers?: readonly string[]; votes?: Readonly<Record<string, number>> },
  ctx: Ctx,
): void {
  if (o.tieBreakers?.includes('vote') && o.votes === undefined) {
    issue(
      ctx,
      ['votes'],
      'Tiêu chí phụ "vote" cần số phiếu (votes)',
      'The "vote" tie-breaker needs votes',
    );
  }
}

/**
 * Options of `rankUnits` (the scoring module's `RankOptions`): `competition` (1, 2, 2, 4) or
 * `dense` (1, 2, 2, 3) ranking, the tie-breakers in order (`'total'`, `'base'`,
 * `'fewer-deductions'`, `'more-bonus'`, `'vote'`, `'group:<id>'`, `'criterion:<id>'`) and the
 * votes per unit the `'vote'` tie-breaker needs. Closed: an unknown key is an error
 * (`rankUnits` would ignore it).
 *
 * @example
 * ```ts
 * import { RankOptionsSchema } from 'tdkt';
 * RankOptionsSchema.safeParse({
 *   method: 'dense',
 *   tieBreakers: ['criterion:I', 'fewer-deductions', 'vote'],
 *   votes: { A: 7, B: 5 },
 * }).success; // true
 * RankOptionsSchema.safeParse({ tieBreakers: ['I'] }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const RankOptionsSchema = /* @__PURE__ */ z
  .strictObject(RANK_OPTIONS)
  .superRefine(onValid(checkVotes));

/**
 * Options of `reconcile` (the scoring module's `ReconcileOptions`): the stage that prevails.
 * Closed: an unknown key is an error (`reconcile` would ignore it).
 *
 * @example
 * ```ts
 * import { ReconcileOptionsSchema } from 'tdkt';
 * ReconcileOptionsSchema.safeParse({ prevail: 'council' }).success; // true
 * ReconcileOptionsSchema.safeParse({ prevail: 'hoi-dong' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ReconcileOptionsSchema = /* @__PURE__ */ z.strictObject({
  prevail: StageSchema.exactOptional(),
});

/**
 * The members of a cluster: non-blank ids, each once.
 * @internal
 */
export const MembersSchema = /* @__PURE__ */ z.array(NonBlankIdSchema).readonly();

/**
 * An emulation cluster or block (cụm, khối thi đua) in a year, the first argument of
 * `clusterResult` (the scoring module's `ClusterSpec`): id, name, year, members (unique),
 * this year's head and deputy (`null`: knowingly none), who must be members when members are
 * given. Closed: an unknown key is an error (`clusterResult` would ignore it).
 *
 * @example
 * ```ts
 * import { ClusterSpecSchema } from 'tdkt';
 * ClusterSpecSchema.safeParse({
 *   id: 'CUM-HUYEN',
 *   name: 'Cụm thi đua các huyện, thành phố',
 *   year: 2012,
 *   members: ['BAC_SON', 'HUU_LUNG', 'TP'],
 *   head: 'TP',
 *   deputy: null,
 * }).success; // true
 * ClusterSpecSchema.safeParse({ id: 'C', members: ['A'], head: 'B' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ClusterSpecSchema = /* @__PURE__ */ z
  .strictObject({
    id: NonBlankIdSchema,
    name: z.string().exactOptional(),
    year: YearSchema.exactOptional(),
    members: MembersSchema.exactOptional(),
    head: z.union([NonBlankIdSchema, z.null()]).exactOptional(),
    deputy: z.union([NonBlankIdSchema, z.null()]).exactOptional(),
  })
  .superRefine(
    onValid((c, ctx) => {
      if (!c.members) return;
      const seen = new Set<string>();
      c.members.forEach((m, i) => {
        if (seen.has(m)) {
          issue(
            ctx,
            ['members', i],
            `Thành viên "${m}" xuất hiện hai lần`,
            `Member "${m}" appears twice`,
          );
        }
        seen.add(m);
      });
      for (const role of ['head', 'deputy'] as const) {
        const u = c[role];
        if (typeof u === 'string' && !seen.has(u)) {
          issue(
            ctx,
            [role],
            `"${u}" không phải thành viên của cụm`,
            `"${u}" is not a member of the cluster`,
          );
        }
      }
    }),
  );

/**
 * A rotation rule for next year's head and deputy (`RotationRule`).
 * @internal
 */
export const RotationRuleSchema = /* @__PURE__ */ z.strictObject({
  headRank: z.int().min(1).exactOptional(),
  deputyRank: z.int().min(1).exactOptional(),
  noRepeatHead: z.boolean().exactOptional(),
});

/**
 * Options of `clusterResult` (the scoring module's `ClusterResultOptions`): those of
 * `rankUnits` and `scoreUnit`, plus the date for dated parameters, the number of Cờ thi đua
 * and Bằng khen proposals, the prevailing stage and a rotation rule. A rotation that forbids a
 * repeated head also needs this year's head in the cluster (checked by `clusterResult`).
 * Closed: an unknown key is an error (`clusterResult` would ignore it).
 *
 * @example
 * ```ts
 * import { ClusterResultOptionsSchema } from 'tdkt';
 * ClusterResultOptionsSchema.safeParse({
 *   date: '2012-12-31',
 *   flagCount: 1,
 *   certificateCount: 2,
 *   prevail: 'council',
 *   tieBreakers: ['fewer-deductions'],
 *   rotation: { headRank: 2, deputyRank: 1, noRepeatHead: true },
 * }).success; // true
 * ClusterResultOptionsSchema.safeParse({ flagCount: -1 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ClusterResultOptionsSchema = /* @__PURE__ */ z
  .strictObject({
    ...RANK_OPTIONS,
    ...SCORE_OPTIONS,
    date: IsoDateSchema.exactOptional(),
    flagCount: CountSchema.exactOptional(),
    certificateCount: CountSchema.exactOptional(),
    prevail: StageSchema.exactOptional(),
    rotation: RotationRuleSchema.exactOptional(),
  })
  .superRefine(onValid(checkVotes));
