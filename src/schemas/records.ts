import * as z from 'zod';
import { HONOUR_CODES } from '../catalogue/codes.js';
import { bilingual, CountSchema, IdSchema, IsoDateSchema, YearSchema } from './primitives.js';

/**
 * Annual assessment grade, best first: `HTXSNV`, `HTTNV`, `HTNV`, `KHTNV`.
 *
 * @example
 * ```ts
 * import { RatingSchema } from 'tdkt';
 * RatingSchema.parse('HTXSNV'); // 'HTXSNV'
 * RatingSchema.safeParse('XUAT_SAC').success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const RatingSchema = /* @__PURE__ */ z.enum(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);

/**
 * Disciplinary form, lightest first (`khien-trach` … `buoc-thoi-viec`).
 *
 * @example
 * ```ts
 * import { DisciplineSchema } from 'tdkt';
 * DisciplineSchema.safeParse('canh-cao').success; // true
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const DisciplineSchema = /* @__PURE__ */ z.enum([
  'khien-trach',
  'canh-cao',
  'ha-bac-luong',
  'giang-chuc',
  'cach-chuc',
  'buoc-thoi-viec',
]);

/**
 * Scope of an initiative or research result, narrowest first: `co-so`, `bo-tinh`, `toan-quoc`.
 *
 * @example
 * ```ts
 * import { ScopeSchema } from 'tdkt';
 * ScopeSchema.safeParse('bo-tinh').success; // true
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ScopeSchema = /* @__PURE__ */ z.enum(['co-so', 'bo-tinh', 'toan-quoc']);

/**
 * Kind of evidence: `initiative` (sáng kiến), `research` or `combat`.
 *
 * @example
 * ```ts
 * import { InitiativeKindSchema } from 'tdkt';
 * InitiativeKindSchema.safeParse('research').success; // true
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const InitiativeKindSchema = /* @__PURE__ */ z.enum(['initiative', 'research', 'combat']);

/**
 * Which calendar an annual record follows: `calendar` year or `school` year.
 *
 * @example
 * ```ts
 * import { PeriodKindSchema } from 'tdkt';
 * PeriodKindSchema.safeParse('school').success; // true
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const PeriodKindSchema = /* @__PURE__ */ z.enum(['calendar', 'school']);

/**
 * A catalogue honour code (ASCII, e.g. `'CSTDCS'`, `'BK_TTG'`).
 *
 * @example
 * ```ts
 * import { HonourCodeSchema } from 'tdkt';
 * HonourCodeSchema.safeParse('LDTT').success; // true
 * HonourCodeSchema.safeParse('LĐTT').success; // false: codes are ASCII
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const HonourCodeSchema = /* @__PURE__ */ z.enum(HONOUR_CODES);

/**
 * An initiative, research result or combat feat with its recognised scope.
 *
 * @example
 * ```ts
 * import { InitiativeSchema } from 'tdkt';
 * InitiativeSchema.parse({ scope: 'co-so', kind: 'initiative', id: 'SK-2024-07' });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const InitiativeSchema = /* @__PURE__ */ z.strictObject({
  scope: ScopeSchema,
  kind: InitiativeKindSchema.exactOptional(),
  id: IdSchema.exactOptional(),
});

/**
 * An achievement period written in an award decision; `from` must not be after `to`.
 *
 * @example
 * ```ts
 * import { AchievementPeriodSchema } from 'tdkt';
 * AchievementPeriodSchema.safeParse({ from: '2019-01-01', to: '2023-12-31' }).success; // true
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const AchievementPeriodSchema = /* @__PURE__ */ z
  .strictObject({ from: IsoDateSchema, to: IsoDateSchema })
  .superRefine((p, ctx) => {
    // ISO strings of real dates compare like the dates they name.
    if (p.from > p.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        input: p.to,
        ...bilingual(
          `Ngày kết thúc (${p.to}) trước ngày bắt đầu (${p.from})`,
          `The end date (${p.to}) is before the start date (${p.from})`,
        ),
      });
    }
  });

/**
 * An honour received, as written in its decision.
 *
 * @example
 * ```ts
 * import { HonourReceivedSchema } from 'tdkt';
 * HonourReceivedSchema.parse({ code: 'CSTDCS', year: 2023, decisionDate: '2024-01-15' });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const HonourReceivedSchema = /* @__PURE__ */ z.strictObject({
  code: HonourCodeSchema,
  year: YearSchema.exactOptional(),
  decisionDate: IsoDateSchema.exactOptional(),
  achievementPeriod: AchievementPeriodSchema.exactOptional(),
  revoked: z.boolean().exactOptional(),
  issuer: z.string().exactOptional(),
});

/** Reject a second entry for the same year, at the duplicate's `year`. */
function uniqueYears(entries: readonly { year: number }[], ctx: z.RefinementCtx): void {
  const seen = new Map<number, number>();
  entries.forEach((e, i) => {
    const first = seen.get(e.year);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'year'],
        input: e.year,
        ...bilingual(
          `Năm ${e.year} đã có ở mục ${first}; mỗi kỳ chỉ một mục`,
          `Year ${e.year} already appears at entry ${first}; one entry per period`,
        ),
      });
    } else {
      seen.set(e.year, i);
    }
  });
}

/**
 * One assessment period of an individual.
 *
 * @example
 * ```ts
 * import { IndividualYearSchema } from 'tdkt';
 * IndividualYearSchema.parse({ year: 2024, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const IndividualYearSchema = /* @__PURE__ */ z.strictObject({
  year: YearSchema,
  rating: RatingSchema.exactOptional(),
  discipline: DisciplineSchema.exactOptional(),
  administrativeSanction: z.boolean().exactOptional(),
  underReview: z.boolean().exactOptional(),
  initiatives: z.array(InitiativeSchema).exactOptional(),
});

/**
 * The record of a person: annual assessments and honours received. Years must be unique.
 *
 * @example
 * ```ts
 * import { IndividualRecordSchema } from 'tdkt';
 * IndividualRecordSchema.parse({
 *   kind: 'individual',
 *   id: 'NV-001',
 *   years: [{ year: 2024, rating: 'HTXSNV' }],
 *   honours: [{ code: 'LDTT', year: 2024 }],
 * });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const IndividualRecordSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('individual'),
  id: IdSchema,
  armedForces: z.boolean().exactOptional(),
  periodKind: PeriodKindSchema.exactOptional(),
  hiredOn: IsoDateSchema.exactOptional(),
  occupation: z.enum(['official', 'worker', 'farmer']).exactOptional(),
  years: z.array(IndividualYearSchema).superRefine(uniqueYears),
  honours: z.array(HonourReceivedSchema),
});

/** The parts of a membership count, with their names for messages. */
const MEMBER_PARTS = {
  completedDuties: {
    vi: 'Số thành viên hoàn thành nhiệm vụ trở lên',
    en: 'Members rated HTNV or better',
  },
  ldtt: { vi: 'Số thành viên đạt Lao động tiên tiến', en: 'Members awarded LĐTT' },
  cstdcs: { vi: 'Số thành viên đạt Chiến sĩ thi đua cơ sở', en: 'Members awarded CSTĐCS' },
  disciplined: { vi: 'Số thành viên bị kỷ luật', en: 'Members disciplined' },
  disciplinedWarningOrAbove: {
    vi: 'Số thành viên bị kỷ luật từ cảnh cáo trở lên',
    en: 'Members disciplined at cảnh cáo or above',
  },
} as const;

/**
 * Membership figures of a collective for one period. Every part is at most `total`, and
 * `disciplinedWarningOrAbove` is at most `disciplined`.
 *
 * @example
 * ```ts
 * import { CollectiveMembersSchema } from 'tdkt';
 * CollectiveMembersSchema.safeParse({ total: 20, ldtt: 16, cstdcs: 3 }).success; // true
 * CollectiveMembersSchema.safeParse({ total: 20, ldtt: 21 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const CollectiveMembersSchema = /* @__PURE__ */ z
  .strictObject({
    total: CountSchema,
    completedDuties: CountSchema.exactOptional(),
    ldtt: CountSchema.exactOptional(),
    cstdcs: CountSchema.exactOptional(),
    disciplined: CountSchema.exactOptional(),
    disciplinedWarningOrAbove: CountSchema.exactOptional(),
  })
  .superRefine((m, ctx) => {
    for (const key of Object.keys(MEMBER_PARTS) as (keyof typeof MEMBER_PARTS)[]) {
      const v = m[key];
      const name = MEMBER_PARTS[key];
      if (v !== undefined && v > m.total) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: v,
          ...bilingual(
            `${name.vi} (${key} = ${v}) lớn hơn tổng số thành viên (total = ${m.total})`,
            `${name.en} (${key} = ${v}) exceed the total number of members (total = ${m.total})`,
          ),
        });
      }
    }
    const w = m.disciplinedWarningOrAbove;
    if (w !== undefined && m.disciplined !== undefined && w <= m.total && w > m.disciplined) {
      ctx.addIssue({
        code: 'custom',
        path: ['disciplinedWarningOrAbove'],
        input: w,
        ...bilingual(
          `${MEMBER_PARTS.disciplinedWarningOrAbove.vi} (${w}) lớn hơn số thành viên bị kỷ luật (disciplined = ${m.disciplined})`,
          `${MEMBER_PARTS.disciplinedWarningOrAbove.en} (${w}) exceed members disciplined (disciplined = ${m.disciplined})`,
        ),
      });
    }
  });

/**
 * One assessment period of a collective.
 *
 * @example
 * ```ts
 * import { CollectiveYearSchema } from 'tdkt';
 * CollectiveYearSchema.parse({ year: 2024, rating: 'HTXSNV', members: { total: 20, ldtt: 16 } });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const CollectiveYearSchema = /* @__PURE__ */ z.strictObject({
  year: YearSchema,
  rating: RatingSchema.exactOptional(),
  members: CollectiveMembersSchema.exactOptional(),
  ledCluster: z.boolean().exactOptional(),
  underReview: z.boolean().exactOptional(),
});

/**
 * The record of a collective (unit, team, department). Years must be unique.
 *
 * @example
 * ```ts
 * import { CollectiveRecordSchema } from 'tdkt';
 * CollectiveRecordSchema.parse({
 *   kind: 'collective',
 *   id: 'PHONG-TCHC',
 *   years: [{ year: 2024, rating: 'HTXSNV', members: { total: 12, ldtt: 10 } }],
 *   honours: [],
 * });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const CollectiveRecordSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('collective'),
  id: IdSchema,
  armedForces: z.boolean().exactOptional(),
  periodKind: PeriodKindSchema.exactOptional(),
  foundedOn: IsoDateSchema.exactOptional(),
  years: z.array(CollectiveYearSchema).superRefine(uniqueYears),
  honours: z.array(HonourReceivedSchema),
});

/**
 * One period of a household, village or commune.
 *
 * @example
 * ```ts
 * import { LocalYearSchema } from 'tdkt';
 * LocalYearSchema.parse({ year: 2024 });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const LocalYearSchema = /* @__PURE__ */ z.strictObject({
  year: YearSchema,
  underReview: z.boolean().exactOptional(),
});

/**
 * The record of a household, village or commune. Years must be unique.
 *
 * @example
 * ```ts
 * import { LocalRecordSchema } from 'tdkt';
 * LocalRecordSchema.parse({ kind: 'household', id: 'HO-12', years: [{ year: 2024 }], honours: [] });
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const LocalRecordSchema = /* @__PURE__ */ z.strictObject({
  kind: z.enum(['household', 'village', 'commune']),
  id: IdSchema,
  years: z.array(LocalYearSchema).superRefine(uniqueYears),
  honours: z.array(HonourReceivedSchema),
});

/**
 * Any record the eligibility engine accepts, told apart by `kind`.
 *
 * @example
 * ```ts
 * import { TdktRecordSchema } from 'tdkt';
 * TdktRecordSchema.safeParse({ kind: 'village', id: 'THON-3', years: [], honours: [] }).success; // true
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const TdktRecordSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  IndividualRecordSchema,
  CollectiveRecordSchema,
  LocalRecordSchema,
]);
