import * as z from 'zod';
import {
  AssignCrossChecksOptionsSchema,
  EvaluateOptionsSchema,
  InspectionQuotaOptionsSchema,
  InspectionUnitSchema,
  LunarDateSchema,
  PlanInspectionsOptionsSchema,
} from './options.js';
import {
  AchievementPeriodSchema,
  CollectiveMembersSchema,
  CollectiveRecordSchema,
  CollectiveYearSchema,
  DisciplineSchema,
  HonourReceivedSchema,
  IndividualRecordSchema,
  IndividualYearSchema,
  InitiativeSchema,
  LocalRecordSchema,
  LocalYearSchema,
  RatingSchema,
  ScopeSchema,
  TdktRecordSchema,
} from './records.js';
import {
  BandSpecSchema,
  CriterionSpecSchema,
  PointsSchema,
  RankOptionsSchema,
  ScoreEntrySchema,
  ScoreSheetSpecSchema,
} from './scoring.js';

/**
 * Base URL of the published JSON Schema files (`$id` of each file is this plus its name).
 * @internal
 */
export const JSON_SCHEMA_BASE_URL = 'https://unpkg.com/tdkt/schemas/';

interface Entry {
  readonly file: string;
  readonly schema: z.ZodType;
  readonly title: string;
  readonly description: string;
}

function entries(): Entry[] {
  return [
    {
      file: 'record.json',
      schema: TdktRecordSchema,
      title: 'TdktRecord',
      description:
        'Any record the tdkt eligibility engine accepts (hồ sơ cá nhân, tập thể, hộ gia đình, thôn/tổ dân phố, xã), told apart by "kind".',
    },
    {
      file: 'individual-record.json',
      schema: IndividualRecordSchema,
      title: 'IndividualRecord',
      description:
        'The record of a person (hồ sơ cá nhân): one entry per assessment period (unique years) and the honours received.',
    },
    {
      file: 'individual-year.json',
      schema: IndividualYearSchema,
      title: 'IndividualYear',
      description:
        'One assessment period of a person: rating (xếp loại), discipline (kỷ luật), review status and initiatives (sáng kiến).',
    },
    {
      file: 'collective-record.json',
      schema: CollectiveRecordSchema,
      title: 'CollectiveRecord',
      description:
        'The record of a collective (hồ sơ tập thể): one entry per period (unique years) and the honours received.',
    },
    {
      file: 'collective-year.json',
      schema: CollectiveYearSchema,
      title: 'CollectiveYear',
      description: "One assessment period of a collective: its rating and its members' figures.",
    },
    {
      file: 'collective-members.json',
      schema: CollectiveMembersSchema,
      title: 'CollectiveMembers',
      description:
        'Membership figures of a collective for one period. Every part must be at most "total" and "disciplinedWarningOrAbove" at most "disciplined" (checked by the library, not by this schema).',
    },
    {
      file: 'local-record.json',
      schema: LocalRecordSchema,
      title: 'LocalRecord',
      description:
        'The record of a household (hộ gia đình), village or residential group (thôn, tổ dân phố) or commune (xã, phường).',
    },
    {
      file: 'honour-received.json',
      schema: HonourReceivedSchema,
      title: 'HonourReceived',
      description:
        'An honour received (danh hiệu thi đua, hình thức khen thưởng), as written in its decision.',
    },
    {
      file: 'initiative.json',
      schema: InitiativeSchema,
      title: 'Initiative',
      description:
        'An initiative (sáng kiến), research result (đề tài nghiên cứu) or combat feat, with the scope recognised for it.',
    },
    {
      file: 'rating.json',
      schema: RatingSchema,
      title: 'Rating',
      description:
        'Annual assessment grade: HTXSNV (hoàn thành xuất sắc nhiệm vụ) > HTTNV (hoàn thành tốt) > HTNV (hoàn thành) > KHTNV (không hoàn thành).',
    },
    {
      file: 'discipline.json',
      schema: DisciplineSchema,
      title: 'Discipline',
      description:
        'Disciplinary form, lightest first: khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc.',
    },
    {
      file: 'scope.json',
      schema: ScopeSchema,
      title: 'Scope',
      description:
        'Scope of an initiative or research result: co-so (cơ sở) < bo-tinh (bộ, ngành, tỉnh) < toan-quoc (toàn quốc).',
    },
    {
      file: 'evaluate-options.json',
      schema: EvaluateOptionsSchema,
      title: 'EvaluateOptions',
      description:
        'Options of evaluate(): the period (a year), an optional regime, the date of consideration (asOf), opt-in provisional rules and a profile object.',
    },
    {
      file: 'score-sheet-spec.json',
      schema: ScoreSheetSpecSchema,
      title: 'ScoreSheetSpec',
      description:
        'A cluster score sheet (bảng chấm điểm thi đua cụm, khối): criteria tree, bonus and deduction maxima, bands and decimals.',
    },
    {
      file: 'criterion-spec.json',
      schema: CriterionSpecSchema,
      title: 'CriterionSpec',
      description: 'A criterion (tiêu chí) of a score sheet with its maximum and sub-criteria.',
    },
    {
      file: 'band-spec.json',
      schema: BandSpecSchema,
      title: 'BandSpec',
      description: 'A band (xếp loại) of a score sheet: a code and a score range.',
    },
    {
      file: 'score-entry.json',
      schema: ScoreEntrySchema,
      title: 'ScoreEntry',
      description:
        "A unit's scores by leaf criterion id, with bonus (điểm thưởng) and deduction (điểm trừ) points.",
    },
    {
      file: 'rank-options.json',
      schema: RankOptionsSchema,
      title: 'RankOptions',
      description: 'Options of rankUnits(): ranking method and tie-breaking criterion ids.',
    },
    {
      file: 'inspection-quota-options.json',
      schema: InspectionQuotaOptionsSchema,
      title: 'InspectionQuotaOptions',
      description: 'Options of inspectionQuota(): the ratio of units to inspect (default 0.3).',
    },
    {
      file: 'plan-inspections-options.json',
      schema: PlanInspectionsOptionsSchema,
      title: 'PlanInspectionsOptions',
      description:
        'Options of planInspections(): units (unique ids), first year, number of years, ratio (above zero) and seed.',
    },
    {
      file: 'assign-cross-checks-options.json',
      schema: AssignCrossChecksOptionsSchema,
      title: 'AssignCrossChecksOptions',
      description: 'Options of assignCrossChecks(): a seed for the deterministic assignment.',
    },
    {
      file: 'lunar-date.json',
      schema: LunarDateSchema,
      title: 'LunarDate',
      description:
        'A date of the Vietnamese lunar calendar (âm lịch), the input of fromLunar(): month 1–12, day 1–30, leap for a leap month (tháng nhuận).',
    },
  ];
}

const YEAR =
  'Calendar year, or the start year of the school year (năm học) when periodKind is "school".';
const HONOURS = 'Honours received (danh hiệu thi đua, hình thức khen thưởng đã nhận).';
const REVIEW =
  'Pending discipline, investigation, inspection or complaint (đang xem xét kỷ luật, thanh tra, khiếu nại): awards are deferred.';
const ARMED =
  'True for the armed-forces family (Chiến sĩ tiên tiến, Đơn vị tiên tiến, Đơn vị quyết thắng instead of LĐTT, TTLĐTT, TTLĐXS).';
const PERIOD_KIND = 'Which calendar the years follow: "calendar" (default) or "school" (năm học).';

/** Descriptions of the fields of each object schema, in English with the Vietnamese terms. */
function fieldDocs(): Map<unknown, Readonly<Record<string, string>>> {
  return new Map<unknown, Readonly<Record<string, string>>>([
    [
      IndividualRecordSchema,
      {
        kind: 'Always "individual".',
        id: "The caller's identifier of the person, echoed in results.",
        armedForces: ARMED,
        periodKind: PERIOD_KIND,
        hiredOn: 'Start of employment at the evaluating unit (ISO date).',
        occupation:
          'Occupation group where the law has a special track (workers and farmers, Bằng khen Thủ tướng).',
        years: 'One entry per assessment period; each year at most once.',
        honours: HONOURS,
      },
    ],
    [
      IndividualYearSchema,
      {
        year: YEAR,
        rating:
          'Annual assessment grade (xếp loại): HTXSNV > HTTNV > HTNV > KHTNV. Absent = unknown.',
        discipline: 'The heaviest disciplinary form (hình thức kỷ luật) applied in the period.',
        administrativeSanction: 'An administrative sanction (xử phạt hành chính) in the period.',
        underReview: REVIEW,
        initiatives:
          'Initiatives (sáng kiến), research results or combat feats recognised for the period.',
      },
    ],
    [
      InitiativeSchema,
      {
        scope: 'Scope of effect recognised (phạm vi ảnh hưởng): co-so, bo-tinh or toan-quoc.',
        kind: 'initiative (sáng kiến, default), research (đề tài) or combat (mưu trí trong chiến đấu).',
        id: 'Optional identifier, so one achievement is never used twice.',
      },
    ],
    [
      HonourReceivedSchema,
      {
        code: 'Catalogue code of the honour (ASCII, e.g. "CSTDCS", "BK_TTG").',
        year: 'Annual titles: the period the title was awarded for.',
        decisionDate: 'Date of the award decision (ngày ký quyết định), ISO.',
        achievementPeriod: 'Achievement period written in the decision (ISO dates, from ≤ to).',
        revoked: 'True when the award was revoked (bị thu hồi): it counts for nothing.',
        issuer: 'Who issued it, e.g. "UBND tỉnh Lạng Sơn".',
      },
    ],
    [
      AchievementPeriodSchema,
      {
        from: 'First day of the period (ISO).',
        to: 'Last day of the period (ISO), not before from.',
      },
    ],
    [
      CollectiveRecordSchema,
      {
        kind: 'Always "collective".',
        id: "The caller's identifier of the collective, echoed in results.",
        armedForces: ARMED,
        periodKind: PERIOD_KIND,
        foundedOn: 'Founding date (ngày thành lập), ISO.',
        years: 'One entry per assessment period; each year at most once.',
        honours: HONOURS,
      },
    ],
    [
      CollectiveYearSchema,
      {
        year: YEAR,
        rating: "The collective's own rating.",
        members: 'Membership figures for the period.',
        ledCluster:
          'Voted leader of its emulation cluster (dẫn đầu cụm, khối thi đua) for the period.',
        underReview: REVIEW,
      },
    ],
    [
      CollectiveMembersSchema,
      {
        total: 'Members counted for the period.',
        completedDuties: 'Members rated HTNV or better (≤ total).',
        ldtt: 'Members awarded Lao động tiên tiến (or Chiến sĩ tiên tiến) for the period (≤ total).',
        cstdcs: 'Members awarded Chiến sĩ thi đua cơ sở for the period (≤ total).',
        disciplined: 'Members disciplined, any form (≤ total).',
        disciplinedWarningOrAbove: 'Members disciplined at cảnh cáo or heavier (≤ disciplined).',
      },
    ],
    [
      LocalRecordSchema,
      {
        kind: 'household (hộ gia đình), village (thôn, tổ dân phố) or commune (xã, phường).',
        id: "The caller's identifier, echoed in results.",
        years: 'One entry per period; each year at most once.',
        honours: HONOURS,
      },
    ],
    [LocalYearSchema, { year: 'Calendar year.', underReview: REVIEW }],
    [
      EvaluateOptionsSchema,
      {
        period: 'The period to evaluate: a calendar year, or the start year of a school year.',
        regime: 'The regime to apply; default: the regime in force on asOf.',
        asOf: 'Date of consideration (ISO); default: the day after the period ends.',
        includeProvisional: 'Apply provisional rules (VN-2026-10) when in force on asOf.',
        profile: 'A ministry or provincial profile (object built with the library).',
      },
    ],
    [
      CriterionSpecSchema,
      {
        id: 'Unique id of the criterion within the sheet.',
        title: 'Title as written in the sheet.',
        max: 'Maximum points (plain decimal string or number).',
        children: "Sub-criteria; their maxima must not exceed this criterion's maximum.",
      },
    ],
    [
      ScoreSheetSpecSchema,
      {
        id: 'Identifier of the sheet.',
        criteria: 'Top-level criteria (tiêu chí).',
        bonus: 'Bonus points (điểm thưởng): cap of the sum.',
        deduction: 'Deduction points (điểm trừ): cap of the sum.',
        bands: 'Bands (xếp loại) by total score.',
        scale: 'Decimal places of results (default 2).',
      },
    ],
    [
      BandSpecSchema,
      {
        code: 'Code of the band, e.g. "XUAT_SAC".',
        min: 'Lower bound of the total.',
        max: 'Upper bound of the total (absent: none).',
        includeMin: 'Whether min itself belongs to the band (default true).',
        includeMax: 'Whether max itself belongs to the band (default false).',
      },
    ],
    [
      ScoreEntrySchema,
      {
        unit: 'The unit scored.',
        scores: 'Score of each leaf criterion, by criterion id.',
        bonuses: 'Bonus points with their reasons.',
        deductions: 'Deduction points with their reasons.',
      },
    ],
    [ScoreSheetSpecSchema.shape.bonus.unwrap(), { max: 'Cap of the sum of bonus points.' }],
    [ScoreSheetSpecSchema.shape.deduction.unwrap(), { max: 'Cap of the sum of deduction points.' }],
    [PointsSchema, { points: 'Points (non-negative).', reason: 'Why, as written in the minutes.' }],
    [
      RankOptionsSchema,
      {
        method: 'competition (1, 2, 2, 4; default) or dense (1, 2, 2, 3).',
        tieBreakers: 'Criterion ids whose scores break ties, in order.',
      },
    ],
    [
      InspectionQuotaOptionsSchema,
      { ratio: 'Share of units to inspect: number, "0.3" or "30%" (default 0.3).' },
    ],
    [
      InspectionUnitSchema,
      {
        id: 'Identifier of the unit (unique).',
        lastInspected: 'Year the unit was last inspected.',
      },
    ],
    [
      PlanInspectionsOptionsSchema,
      {
        units: 'Units to plan for (unique ids).',
        from: 'First year of the plan.',
        years: 'Number of years to plan (1–100).',
        ratio: 'Share of units to inspect each year, above zero (default 0.3).',
        seed: 'Seed of the deterministic choice: same inputs, same plan.',
      },
    ],
    [AssignCrossChecksOptionsSchema, { seed: 'Seed of the deterministic assignment.' }],
    [
      LunarDateSchema,
      {
        year: 'Lunar year (năm âm lịch), named by the solar year it mostly overlaps.',
        month: 'Lunar month 1–12.',
        day: 'Day of the lunar month 1–30.',
        leap: 'True for the leap month (tháng nhuận).',
      },
    ],
  ]);
}

/**
 * The JSON Schema (draft 2020-12, input side) of every public schema, keyed by file name
 * (`'individual-record.json'` …). Pure: `scripts/generate-schemas.ts` writes them to
 * `schemas/`, and a test compares the committed files with a fresh run.
 *
 * What JSON Schema cannot express is checked only by the library: unique years, the
 * member-count relations, `achievementPeriod.from ≤ to`, dates before year 1000, unique unit
 * ids, a ratio above zero for `planInspections`.
 *
 * @example
 * ```ts
 * import { jsonSchemas } from 'tdkt';
 * const s = jsonSchemas()['individual-record.json'] as { $id: string; required: string[] };
 * s.$id; // 'https://unpkg.com/tdkt/schemas/individual-record.json'
 * s.required; // ['kind', 'id', 'years', 'honours']
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  const docs = fieldDocs();
  // A local registry (never the global one): names the recursive criterion in `$defs`.
  const metadata = z.registry<{ id?: string }>();
  metadata.add(CriterionSpecSchema, { id: 'CriterionSpec' });
  const out: Record<string, Record<string, unknown>> = {};
  for (const e of entries()) {
    const body = z.toJSONSchema(e.schema, {
      target: 'draft-2020-12',
      io: 'input',
      metadata,
      unrepresentable: 'any',
      override: (ctx) => {
        // The profile is an opaque object (z.custom): say so instead of `{}`.
        if (ctx.zodSchema._zod.def.type === 'custom') ctx.jsonSchema.type = 'object';
        const d = docs.get(ctx.zodSchema);
        const props = ctx.jsonSchema.properties;
        if (d && props) {
          for (const [key, description] of Object.entries(d)) {
            const p = props[key];
            if (p !== undefined && typeof p === 'object') props[key] = { description, ...p };
          }
        }
      },
    }) as Record<string, unknown>;
    const { $schema, ...rest } = body;
    out[e.file] = {
      $schema,
      $id: `${JSON_SCHEMA_BASE_URL}${e.file}`,
      title: e.title,
      description: e.description,
      ...rest,
    };
  }
  return out;
}
