import * as z from 'zod';
import type { ProfileCriterionSpec, RuleCriterionSpec } from '../eligibility/types.js';
import { RegimeIdSchema } from './options.js';
import {
  bilingual,
  CitationSchema,
  ConfidenceSchema,
  IsoDateSchema,
  MessageSchema,
  onValid,
} from './primitives.js';
import { HonourCodeSchema } from './records.js';

// `defineProfile` reads the fields it knows and ignores any other key of the spec, of a
// judgement, of a dated value and of a criterion (it copies only the fields each type reads). These schemas are closed (an
// unknown key is an error), so that a misspelt field ("extraCriterion") is reported rather than
// silently dropped. A citation is copied as given: it is closed too, with the fields of
// `Citation`. The profile spec is plain data (no functions): it can be sent as JSON and turned
// into a profile with `defineProfile`.

type Ctx = z.core.$RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], vi: string, en: string): void {
  ctx.addIssue({ code: 'custom', path, ...bilingual(vi, en) });
}

/** A parameter id (the library checks that it exists, as a national or overridden parameter). */
const ParamIdSchema = /* @__PURE__ */ z.string();
const CodesSchema = /* @__PURE__ */ z.array(HonourCodeSchema).min(1).readonly();
const CitationsSchema = /* @__PURE__ */ z.array(CitationSchema).readonly();
const HonoursSchema = /* @__PURE__ */ z.array(HonourCodeSchema).min(1).readonly();
const MemberFieldSchema = /* @__PURE__ */ z.enum(['ldtt', 'completedDuties', 'cstdcs']);

/** @internal */
export const ConcurrentSchema = /* @__PURE__ */ z.strictObject({
  civil: HonourCodeSchema,
  armedForces: HonourCodeSchema.exactOptional(),
});

/** @internal */
export const ClockSchema = /* @__PURE__ */ z.strictObject({
  after: CodesSchema.exactOptional(),
  self: z.boolean().exactOptional(),
});

/** @internal */
export const WindowSchema = /* @__PURE__ */ z.strictObject({
  length: ParamIdSchema.exactOptional(),
  clock: ClockSchema.exactOptional(),
});

/**
 * The two forms of a period predicate (`PeriodPredicate`).
 * @internal
 */
export const PREDICATE_VARIANTS = /* @__PURE__ */ [
  z.strictObject({ kind: z.literal('rating'), min: ParamIdSchema }),
  z.strictObject({
    kind: z.literal('holds'),
    codes: CodesSchema,
    concurrent: ConcurrentSchema.exactOptional(),
  }),
] as const;

const PredicateSchema = /* @__PURE__ */ z.discriminatedUnion('kind', PREDICATE_VARIANTS);

/** Fields of every criterion: id, label and basis. */
const COMMON = {
  id: z.string().min(1),
  label: MessageSchema,
  basis: CitationsSchema,
};

/** The fields of each condition type (`ConditionSpec`), the groups aside. */
const CONDITIONS = {
  notUnderReview: {},
  rating: { min: ParamIdSchema },
  noDiscipline: { from: ParamIdSchema },
  noAdministrativeSanction: {},
  servedMonths: { min: ParamIdSchema },
  heldInPeriod: { codes: CodesSchema, concurrent: ConcurrentSchema.exactOptional() },
  heldBefore: { codes: CodesSchema },
  consecutive: { pred: PredicateSchema, window: WindowSchema },
  countInWindow: { pred: PredicateSchema, min: ParamIdSchema, window: WindowSchema },
  initiatives: {
    minScope: ParamIdSchema,
    min: ParamIdSchema,
    kinds: z
      .array(z.enum(['initiative', 'research', 'combat']))
      .min(1)
      .readonly()
      .exactOptional(),
    window: WindowSchema.exactOptional(),
  },
  consecutiveAwards: {
    code: HonourCodeSchema,
    count: ParamIdSchema,
    blockLength: ParamIdSchema,
    clock: ClockSchema.exactOptional(),
    concurrent: z.boolean().exactOptional(),
  },
  memberShare: { field: MemberFieldSchema, min: ParamIdSchema },
  memberCount: { field: MemberFieldSchema, min: ParamIdSchema },
  noMemberDisciplined: { from: ParamIdSchema },
  ledCluster: {},
} as const;

/** One object schema per condition type, with `extra` fields added (e.g. `honours`). */
function variants<E extends z.core.$ZodLooseShape>(extra: E) {
  const one = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
    z.strictObject({ type: z.literal(type), ...COMMON, ...shape, ...extra });
  const items = z
    .array(z.lazy(() => RuleCriterionSchema))
    .min(1)
    .readonly();
  return [
    one('notUnderReview', CONDITIONS.notUnderReview),
    one('rating', CONDITIONS.rating),
    one('noDiscipline', CONDITIONS.noDiscipline),
    one('noAdministrativeSanction', CONDITIONS.noAdministrativeSanction),
    one('servedMonths', CONDITIONS.servedMonths),
    one('heldInPeriod', CONDITIONS.heldInPeriod),
    one('heldBefore', CONDITIONS.heldBefore),
    one('consecutive', CONDITIONS.consecutive),
    one('countInWindow', CONDITIONS.countInWindow),
    one('initiatives', CONDITIONS.initiatives),
    one('consecutiveAwards', CONDITIONS.consecutiveAwards),
    one('memberShare', CONDITIONS.memberShare),
    one('memberCount', CONDITIONS.memberCount),
    one('noMemberDisciplined', CONDITIONS.noMemberDisciplined),
    one('ledCluster', CONDITIONS.ledCluster),
    one('anyOf', { items }),
    one('allOf', { items }),
  ] as const;
}

// The declared types of the exports below are written by hand: the inferred types of these 17
// object schemas, repeated in each export, made the declaration files 0.7 MB. The schema objects
// are shared, so that json-schema.ts documents the very objects the unions hold.
const ruleVariants = /* @__PURE__ */ variants({});
const profileVariants = /* @__PURE__ */ variants({ honours: HonoursSchema });

/**
 * A criterion of a rule (the eligibility module's `RuleCriterionSpec`): a condition of the
 * condition vocabulary, with its id, label and basis; `anyOf`/`allOf` groups hold at least one
 * criterion. Thresholds are parameter ids (their existence is checked by `defineProfile`).
 * @internal
 */
export const RuleCriterionSchema: z.ZodType<RuleCriterionSpec, RuleCriterionSpec> =
  /* @__PURE__ */ z.lazy(() => z.discriminatedUnion('type', ruleVariants));

/**
 * The object schemas of a rule criterion, one per condition type.
 * @internal
 */
export const RULE_CRITERION_VARIANTS: readonly z.ZodObject[] = ruleVariants;

/**
 * The object schemas of a profile criterion, one per condition type.
 * @internal
 */
export const PROFILE_CRITERION_VARIANTS: readonly z.ZodObject[] = profileVariants;

/**
 * A criterion a profile adds to the national rule of some honours (the eligibility module's
 * `ProfileCriterionSpec`): a {@link RuleCriterionSchema} criterion plus the honours it is added
 * to (at least one).
 * @internal
 */
export const ProfileCriterionSpecSchema: z.ZodType<ProfileCriterionSpec, ProfileCriterionSpec> =
  /* @__PURE__ */ z.discriminatedUnion('type', profileVariants);

/**
 * A judgement a profile adds to the national rule of some honours (the eligibility module's
 * `ProfileJudgementSpec`); with `occupations`, the judgement is listed only for those occupations.
 * @internal
 */
export const ProfileJudgementSpecSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().min(1),
  message: MessageSchema,
  basis: CitationsSchema,
  occupations: z
    .array(z.enum(['official', 'worker', 'farmer']))
    .readonly()
    .exactOptional(),
  honours: HonoursSchema,
});

/**
 * A dated value of an overridden parameter (`ParameterValue`): from a date, the value, at least
 * one citation and a confidence.
 * @internal
 */
export const ParameterValueSchema = /* @__PURE__ */ z.strictObject({
  from: IsoDateSchema,
  value: z.unknown(),
  basis: z.array(CitationSchema).min(1).readonly(),
  confidence: ConfidenceSchema,
  note: z.string().exactOptional(),
});

/**
 * An override: dated values in date order, or one plain value (anything but a list).
 * @internal
 */
export const ParameterOverrideSchema = /* @__PURE__ */ z.union([
  z
    .array(ParameterValueSchema)
    .readonly()
    .superRefine(
      onValid((values, ctx) => {
        values.forEach((v, i) => {
          const prev = values[i - 1];
          if (prev !== undefined && v.from < prev.from) {
            issue(
              ctx,
              [i, 'from'],
              'Các giá trị phải theo thứ tự ngày',
              'Values must be in date order',
            );
          }
        });
      }),
    ),
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.record(z.string(), z.unknown())]),
]);

/**
 * The spec of `defineProfile` (the eligibility module's `ProfileSpec`): a ministry's or
 * province's regulation layered on a national regime — an id, a name (a string or
 * `{ vi, en }`), the base regime, the profile's instruments, the confidence of plain-value
 * overrides, parameter overrides (dated values in date order, or one plain value), and criteria
 * and judgements added to some honours (unique criterion ids, known honour codes). Plain data:
 * it can be sent as JSON and turned into a profile with `defineProfile`. What this schema cannot
 * check is left to `defineProfile`: that overridden and referenced parameters exist and that an
 * override has the type of the national parameter. Closed: an unknown key is an error
 * (`defineProfile` would ignore it). `defineProfile` checks a criterion less deeply than this
 * schema (it checks the id, type, label, basis and parameter ids, and evaluation reads the
 * rest) and drops a judgement's `occupations`.
 *
 * @example
 * ```ts
 * import { ProfileSpecSchema } from 'tdkt';
 * ProfileSpecSchema.safeParse({
 *   id: 'lao-cai-2024',
 *   name: 'Lào Cai, QĐ 14/2024/QĐ-UBND',
 *   base: 'VN-2024',
 *   basis: [{ instrument: '14/2024/QĐ-UBND', article: 9 }],
 *   overrides: { LDTT_NEW_HIRE_MIN_MONTHS: 12 },
 *   extraCriteria: [
 *     {
 *       id: 'no-sanction',
 *       honours: ['LDTT'],
 *       type: 'noAdministrativeSanction',
 *       label: { vi: 'Không bị xử phạt hành chính', en: 'No administrative sanction' },
 *       basis: [{ instrument: '14/2024/QĐ-UBND', article: 9 }],
 *     },
 *   ],
 * }).success; // true
 * ProfileSpecSchema.safeParse({ id: 'x', base: 'VN-2030' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ProfileSpecSchema = /* @__PURE__ */ z
  .strictObject({
    id: z.string().min(1),
    name: z.union([z.string(), MessageSchema]).exactOptional(),
    base: RegimeIdSchema,
    basis: CitationsSchema.exactOptional(),
    confidence: ConfidenceSchema.exactOptional(),
    overrides: z.record(z.string(), ParameterOverrideSchema).exactOptional(),
    extraCriteria: z.array(ProfileCriterionSpecSchema).readonly().exactOptional(),
    extraJudgements: z.array(ProfileJudgementSpecSchema).readonly().exactOptional(),
  })
  .superRefine(
    onValid((spec, ctx) => {
      const seen = new Map<string, number>();
      (spec.extraCriteria ?? []).forEach((c, i) => {
        const first = seen.get(c.id);
        if (first !== undefined) {
          issue(
            ctx,
            ['extraCriteria', i, 'id'],
            `Mã tiêu chí ${c.id.slice(0, 40)} bị lặp (đã có ở mục ${first})`,
            `Duplicate criterion id ${c.id.slice(0, 40)} (first at entry ${first})`,
          );
        } else {
          seen.set(c.id, i);
        }
      });
    }),
  );
