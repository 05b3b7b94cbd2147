import * as z from 'zod';
import {
  bilingual,
  CountSchema,
  DecimalSchema,
  NonBlankIdSchema,
  onValid,
  RatioSchema,
  RoundingSchema,
} from './primitives.js';

// `selectWithinQuota` and `capFromParameter` read the option fields they know and ignore any
// other key: the option schemas are closed instead (an unknown key is an error), so that a
// misspelt field ("ration", "rouding") is reported rather than silently dropped. A candidate is
// open: `selectWithinQuota` keeps its other fields and returns the candidate as given.

/**
 * A candidate of `selectWithinQuota` (the quotas module's `QuotaCandidate`): a non-blank id, an
 * optional rank (a whole number from 1; equal ranks are ties) and an optional score (an exact
 * decimal: a plain decimal string or a finite number). Open: any other field is allowed and
 * kept (the function returns the candidate as given). Whether a rank or score is required
 * depends on `options.order` (checked by the function).
 *
 * @example
 * ```ts
 * import { QuotaCandidateSchema } from 'tdkt';
 * QuotaCandidateSchema.safeParse({ id: 'NV-01', rank: 1, score: '97.5', name: 'Nguyễn Văn A' }).success; // true
 * QuotaCandidateSchema.safeParse({ id: 'NV-01', rank: 0 }).success; // false
 * QuotaCandidateSchema.safeParse({ id: ' ' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const QuotaCandidateSchema = /* @__PURE__ */ z.looseObject({
  id: NonBlankIdSchema,
  rank: z.int().min(1).exactOptional(),
  score: DecimalSchema.exactOptional(),
});

/**
 * The candidates of `selectWithinQuota`, its first argument: a list of
 * {@link QuotaCandidateSchema} with unique ids. The rank or score that `options.order` needs is
 * checked by the function (`MISSING_RANK`, `MISSING_SCORE`): it depends on the options.
 *
 * @example
 * ```ts
 * import { QuotaCandidatesSchema } from 'tdkt';
 * QuotaCandidatesSchema.safeParse([{ id: 'A' }, { id: 'B', rank: 2 }]).success; // true
 * QuotaCandidatesSchema.safeParse([{ id: 'A' }, { id: 'A' }]).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const QuotaCandidatesSchema = /* @__PURE__ */ z
  .array(QuotaCandidateSchema)
  .readonly()
  .superRefine(
    onValid((list, ctx) => {
      const seen = new Map<string, number>();
      list.forEach((c, i) => {
        const first = seen.get(c.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            ...bilingual(
              `Ứng viên "${c.id.slice(0, 40)}" trùng với mục ${first}`,
              `Candidate "${c.id.slice(0, 40)}" repeats entry ${first}`,
            ),
          });
        } else {
          seen.set(c.id, i);
        }
      });
    }),
  );

/**
 * Options of `selectWithinQuota` (the quotas module's `SelectWithinQuotaOptions`): either a cap
 * `base` × `ratio` (a count and a ratio in [0, 1]: `0.15`, `'0.15'`, `'15%'`; rounded with
 * `rounding`, default floor), or `ratio: null` (no cap; `base` optional), or an explicit
 * `limit` (then neither `base` nor `ratio`); and the order of the candidates (`as-given`,
 * `rank` or `score`). Closed: an unknown key is an error (the function would ignore it).
 *
 * @example
 * ```ts
 * import { SelectWithinQuotaOptionsSchema } from 'tdkt';
 * SelectWithinQuotaOptionsSchema.safeParse({ base: 47, ratio: '15%', order: 'score' }).success; // true
 * SelectWithinQuotaOptionsSchema.safeParse({ limit: 3 }).success; // true
 * SelectWithinQuotaOptionsSchema.safeParse({ ratio: null }).success; // true
 * SelectWithinQuotaOptionsSchema.safeParse({ limit: 3, base: 47 }).success; // false
 * SelectWithinQuotaOptionsSchema.safeParse({ ratio: '15%' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const SelectWithinQuotaOptionsSchema = /* @__PURE__ */ z
  .strictObject({
    base: CountSchema.exactOptional(),
    ratio: z.union([RatioSchema, z.null()]).exactOptional(),
    limit: CountSchema.exactOptional(),
    rounding: RoundingSchema.exactOptional(),
    order: z.enum(['as-given', 'rank', 'score']).exactOptional(),
  })
  .superRefine(
    onValid((o, ctx) => {
      if (o.limit !== undefined) {
        if (o.ratio !== undefined || o.base !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['limit'],
            ...bilingual(
              'Chỉ cho một trong hai: limit, hoặc base và ratio',
              'Give either limit, or base and ratio, not both',
            ),
          });
        }
      } else if (o.ratio === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['ratio'],
          ...bilingual('Thiếu tỷ lệ (ratio) hoặc hạn mức (limit)', 'Missing ratio (or limit)'),
        });
      } else if (o.ratio !== null && o.base === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['base'],
          ...bilingual(
            'Tỷ lệ (ratio) cần số cơ sở (base)',
            'A ratio needs the base count it applies to',
          ),
        });
      }
    }),
  );

/**
 * Options of `capFromParameter` (the quotas module's `CapFromParameterOptions`): the rounding
 * of `base` × ratio (default floor) and whether values of provisional regimes count. Closed: an
 * unknown key is an error (the function would ignore it).
 *
 * @example
 * ```ts
 * import { CapFromParameterOptionsSchema } from 'tdkt';
 * CapFromParameterOptionsSchema.safeParse({ rounding: 'half-up', includeProvisional: true }).success; // true
 * CapFromParameterOptionsSchema.safeParse({ rounding: 'up' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const CapFromParameterOptionsSchema = /* @__PURE__ */ z.strictObject({
  rounding: RoundingSchema.exactOptional(),
  includeProvisional: z.boolean().exactOptional(),
});
