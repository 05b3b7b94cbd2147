import * as z from 'zod';
import {
  AnniversariesOptionsSchema,
  ExtraDayOffSchema,
  ObservanceFilterSchema,
  ObservancesInYearOptionsSchema,
  PlanMilestonesOptionsSchema,
  PostingOptionsSchema,
  SchoolYearOptionsSchema,
  WorkCalendarSpecSchema,
  WorkdayOptionsSchema,
  WorkSwapSchema,
  WorkYearSchema,
  WorkYearSourceSchema,
} from './calendar.js';
import {
  CrossCheckPairSchema,
  CrossCheckTeamOptionsSchema,
  InspectionConstraintSchema,
  PlanActualsSchema,
  PlanTargetSchema,
  PlanTargetsInputSchema,
} from './inspection.js';
import {
  AssignCrossChecksOptionsSchema,
  EvaluateOptionsSchema,
  InspectionQuotaOptionsSchema,
  InspectionUnitSchema,
  LunarDateSchema,
  LunarOptionsSchema,
  PlanInspectionsOptionsSchema,
} from './options.js';
import { CitationSchema, MessageSchema } from './primitives.js';
import {
  ClockSchema,
  ConcurrentSchema,
  ParameterValueSchema,
  PREDICATE_VARIANTS,
  PROFILE_CRITERION_VARIANTS,
  ProfileJudgementSpecSchema,
  ProfileSpecSchema,
  RULE_CRITERION_VARIANTS,
  RuleCriterionSchema,
  WindowSchema,
} from './profile.js';
import {
  CapFromParameterOptionsSchema,
  QuotaCandidateSchema,
  QuotaCandidatesSchema,
  SelectWithinQuotaOptionsSchema,
} from './quotas.js';
import {
  AchievementPeriodSchema,
  CollectiveMembersSchema,
  CollectiveRecordSchema,
  CollectiveYearSchema,
  DisciplineSchema,
  HonourCodeSchema,
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
  AdjustmentItemSpecSchema,
  AdjustmentSpecSchema,
  BandSpecSchema,
  ClusterResultOptionsSchema,
  ClusterSpecSchema,
  CommaPointsSchema,
  CriterionSpecSchema,
  MembersSchema,
  PointsSchema,
  RankOptionsSchema,
  ReconcileOptionsSchema,
  RotationRuleSchema,
  ScoreEntryDecimalCommaSchema,
  ScoreEntrySchema,
  ScoreOptionsSchema,
  ScoreSheetSpecSchema,
  TiersSchema,
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
  /** Schemas written once in `$defs` under these names (files that repeat them often). */
  readonly defs?: readonly (readonly [z.ZodType, string])[];
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
        'The spec of defineScoreSheet(): a cluster score sheet (bảng chấm điểm thi đua cụm, khối) with its criteria tree, bonus (điểm thưởng) and deduction (điểm trừ) sections, bands (xếp loại), decimals and rounding. A sheet returned by defineScoreSheet() and serialised passes too.',
    },
    {
      file: 'criterion-spec.json',
      schema: CriterionSpecSchema,
      title: 'CriterionSpec',
      description:
        'A criterion (tiêu chí) of a score sheet: scored directly, per occurrence or by tier, or a group of sub-criteria.',
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
        "The entry of scoreUnit(): a unit's scores by leaf criterion id, occurrences, tiered outcomes, bonus (điểm thưởng) and deduction (điểm trừ) lines, and the stage. Decimals with a point.",
    },
    {
      file: 'score-entry-decimal-comma.json',
      schema: ScoreEntryDecimalCommaSchema,
      title: 'ScoreEntry (decimal comma)',
      description:
        'The entry of scoreUnit() called with { decimalComma: true }: as score-entry.json, but scores and free points may also use the Vietnamese decimal comma ("9,5").',
    },
    {
      file: 'score-options.json',
      schema: ScoreOptionsSchema,
      title: 'ScoreOptions',
      description:
        'Options of scoreUnit(): accept the decimal comma, require every leaf to be scored, let exclusive items stack.',
    },
    {
      file: 'rank-options.json',
      schema: RankOptionsSchema,
      title: 'RankOptions',
      description:
        'Options of rankUnits(): ranking method, tie-breakers in order and the votes the "vote" tie-breaker needs.',
    },
    {
      file: 'reconcile-options.json',
      schema: ReconcileOptionsSchema,
      title: 'ReconcileOptions',
      description:
        'Options of reconcile(): the scoring stage that prevails (tự chấm, kiểm tra chéo, cụm, Hội đồng, chính thức).',
    },
    {
      file: 'cluster-spec.json',
      schema: ClusterSpecSchema,
      title: 'ClusterSpec',
      description:
        'An emulation cluster or block (cụm, khối thi đua) in a year, the first argument of clusterResult(): members, head (cụm trưởng) and deputy (cụm phó).',
    },
    {
      file: 'cluster-result-options.json',
      schema: ClusterResultOptionsSchema,
      title: 'ClusterResultOptions',
      description:
        'Options of clusterResult(): those of rankUnits() and scoreUnit(), the date, the number of Cờ thi đua and Bằng khen proposals, the prevailing stage and a rotation rule (luân phiên cụm trưởng).',
    },
    {
      file: 'inspection-quota-options.json',
      schema: InspectionQuotaOptionsSchema,
      title: 'InspectionRatioOptions',
      description:
        'Options of inspectionQuota() and inspectionCycleYears(): the share of units to inspect, above zero and at most 1 (default 0.3).',
    },
    {
      file: 'plan-inspections-options.json',
      schema: PlanInspectionsOptionsSchema,
      title: 'PlanInspectionsOptions',
      description:
        'Options of planInspections(): units (unique ids), first year, number of years, ratio (above zero), seed, and the units to include or exclude in given years.',
    },
    {
      file: 'assign-cross-checks-options.json',
      schema: AssignCrossChecksOptionsSchema,
      title: 'CrossCheckOptions',
      description:
        "Options of assignCrossChecks() and planCrossChecks() (kiểm tra chéo): seed, reciprocal pairs, last year's pairs, groups of units.",
    },
    {
      file: 'cross-check-team-options.json',
      schema: CrossCheckTeamOptionsSchema,
      title: 'CrossCheckTeamOptions',
      description:
        'Options of assignCrossCheckTeams(): the number of units in each delegation (đoàn kiểm tra chéo) and a seed.',
    },
    {
      file: 'plan-targets-input.json',
      schema: PlanTargetsInputSchema,
      title: 'PlanTargetsInput',
      description:
        'The plan of checkPlanTargets(): numeric targets of an annual TĐKT plan (chỉ tiêu kế hoạch) and the bases of its share targets.',
    },
    {
      file: 'plan-actuals.json',
      schema: PlanActualsSchema,
      title: 'PlanActuals',
      description:
        'What a plan achieved, by metric (kết quả thực hiện), the second argument of checkPlanTargets().',
    },
    {
      file: 'lunar-date.json',
      schema: LunarDateSchema,
      title: 'LunarDate',
      description:
        'A date of the Vietnamese lunar calendar (âm lịch), the input of fromLunar(): lunar year 1900–2100, month 1–12, day 1–30, leap for a leap month (tháng nhuận).',
    },
    {
      file: 'lunar-options.json',
      schema: LunarOptionsSchema,
      title: 'LunarOptions',
      description:
        'Options of the lunar functions (toLunar, fromLunar, tet, lunarMonths …): the offset of the reference meridian from UTC in hours (default 7).',
    },
    {
      file: 'quota-candidates.json',
      schema: QuotaCandidatesSchema,
      title: 'QuotaCandidate[]',
      description:
        'The candidates of selectWithinQuota() (ứng viên trong hạn mức "không quá X%"): unique non-blank ids, an optional rank (1 = best) and score (exact decimal); other fields are kept.',
    },
    {
      file: 'select-within-quota-options.json',
      schema: SelectWithinQuotaOptionsSchema,
      title: 'SelectWithinQuotaOptions',
      description:
        'Options of selectWithinQuota(): a cap base × ratio (rounded, default floor), ratio null for no cap, or an explicit limit; and the order of the candidates.',
    },
    {
      file: 'cap-from-parameter-options.json',
      schema: CapFromParameterOptionsSchema,
      title: 'CapFromParameterOptions',
      description:
        'Options of capFromParameter(): the rounding of base × ratio (default floor) and whether values of provisional regimes count.',
    },
    {
      file: 'profile-spec.json',
      schema: ProfileSpecSchema,
      title: 'ProfileSpec',
      defs: [
        [HonourCodeSchema, 'HonourCode'],
        [CitationSchema, 'Citation'],
        [MessageSchema, 'Message'],
      ],
      description:
        "The spec of defineProfile(): a ministry's or province's regulation (quy định của bộ, ngành, tỉnh) layered on a national regime: parameter overrides, criteria and judgements added to some honours. That parameters exist and overrides have their type is checked by defineProfile.",
    },
    {
      file: 'anniversaries-options.json',
      schema: AnniversariesOptionsSchema,
      title: 'AnniversariesOptions',
      description:
        'Options of anniversariesInYear(): only round anniversaries (năm tròn, năm lẻ 5), only TĐKT days, only one kind of observance.',
    },
    {
      file: 'observances-in-year-options.json',
      schema: ObservancesInYearOptionsSchema,
      title: 'ObservancesInYearOptions',
      description:
        'Options of observancesInYear(): include proposals, only TĐKT days, only one kind of observance.',
    },
    {
      file: 'observance-filter.json',
      schema: ObservanceFilterSchema,
      title: 'ObservanceFilter',
      description:
        'The filter of listObservances(): kind, TĐKT days, solar or lunar (âm lịch) dates, established days or proposals.',
    },
    {
      file: 'plan-milestones-options.json',
      schema: PlanMilestonesOptionsSchema,
      title: 'PlanMilestonesOptions',
      description:
        'Options of planMilestones(): add the National Congress of Patriotic Emulation (Đại hội thi đua yêu nước toàn quốc) in congress years.',
    },
    {
      file: 'school-year-options.json',
      schema: SchoolYearOptionsSchema,
      title: 'SchoolYearOptions',
      description:
        'Options of the school-year functions (năm học): the first day of the school year as MM-DD (not 02-29; default 09-01).',
    },
    {
      file: 'workday-options.json',
      schema: WorkdayOptionsSchema,
      title: 'WorkdayOptions',
      description:
        'Options of the working-day functions (ngày làm việc): a calendar object made by createWorkCalendar() (build it from a work-calendar-spec.json spec; it cannot be sent as JSON).',
    },
    {
      file: 'posting-options.json',
      schema: PostingOptionsSchema,
      title: 'PostingOptions',
      description:
        'Options of postingPeriodEnd() and earliestCouncilMeeting() (thời gian niêm yết công khai): kind, working days, whether the posting day counts, and the calendar.',
    },
    {
      file: 'work-calendar-spec.json',
      schema: WorkCalendarSpecSchema,
      title: 'WorkCalendarSpec',
      description:
        'The spec of createWorkCalendar(): announced days off per year (each year once), weekly rest days (at least one working day left), built-in years, swaps (hoán đổi ngày làm việc).',
    },
    {
      file: 'work-year.json',
      schema: WorkYearSchema,
      title: 'WorkYear',
      description:
        "The Government's announced schedule of one year (2014–2100): Tết days off, days adjoining 2/9, compensatory days (nghỉ bù), swaps, other days off; every date in the year or an adjacent one.",
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
const RANK_DOCS = {
  method: 'competition (1, 2, 2, 4; default) or dense (1, 2, 2, 3).',
  tieBreakers:
    'Tie-breakers after the total, in order: total, base, fewer-deductions, more-bonus, vote, group:<id>, criterion:<id>.',
  votes: 'Votes per unit, for the vote tie-breaker.',
};
const PERIOD_KIND = 'Which calendar the years follow: "calendar" (default) or "school" (năm học).';

const CRITERION_DOCS = {
  type: 'The condition (notUnderReview, rating, noDiscipline, servedMonths, heldInPeriod, consecutive, countInWindow, initiatives, memberShare, anyOf, allOf …).',
  id: 'Stable id, unique within the rule (or the profile).',
  label: 'Short statement of the criterion; may name parameters in braces.',
  basis: 'Legal basis of the criterion.',
  honours: 'Honours the criterion is added to.',
  min: 'Parameter id of the threshold.',
  from: 'Parameter id of the lightest form that counts.',
  codes: 'Honour codes.',
  concurrent:
    'heldInPeriod: honour evaluated in the same review; consecutiveAwards: count the evaluated period.',
  pred: 'What each period must satisfy.',
  window: 'The periods considered.',
  minScope: 'Parameter id of the minimum scope of initiatives.',
  kinds: 'Kinds of initiatives that count (default all).',
  code: 'The honour counted.',
  count: 'Parameter id of the number of awards.',
  blockLength: 'Parameter id of the length of a block of periods.',
  clock: 'The next-award clock.',
  field: 'Member figure compared: ldtt, completedDuties or cstdcs.',
  items: 'Sub-criteria of the group (at least one).',
};

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
        profile:
          'A ministry or provincial profile: only the object defineProfile() returns is accepted (build it from its spec; it cannot be sent as JSON).',
      },
    ],
    [
      CriterionSpecSchema,
      {
        id: 'Unique id of the criterion within the sheet (non-blank, at most 200 characters).',
        title: 'Title as written in the sheet (Vietnamese).',
        titleEn: 'English gloss of the title.',
        max: 'Maximum points (điểm chuẩn, điểm tối đa), above zero: a plain decimal string or a number.',
        children:
          "Sub-criteria; Σ (weight × max) of the children may not exceed this criterion's maximum.",
        weight: "Multiplier of this criterion's value in its parent's sum (default 1), above zero.",
        perOccurrence:
          'Leaf scored per occurrence (e.g. "+2 điểm/sáng kiến"): points per occurrence, capped at max.',
        tiers:
          'Leaf scored by outcome (e.g. giải Nhất 20, Nhì 12): points per tier, each at most max.',
        basis: 'Legal or local basis (căn cứ) of the criterion.',
        confidence: 'How sure the library is of the criterion.',
        note: 'A short note.',
        kind: 'Present in a serialised sheet (defineScoreSheet output); ignored on input.',
        depth: 'Present in a serialised sheet (defineScoreSheet output); ignored on input.',
      },
    ],
    [
      ScoreSheetSpecSchema,
      {
        id: 'Identifier of the sheet.',
        title: 'Title of the sheet (Vietnamese).',
        titleEn: 'English gloss of the title.',
        max: 'Nominal maximum of the base (e.g. 100), above zero; totals may exceed it through bonuses.',
        criteria: 'Top-level criteria (tiêu chí), at least one.',
        bonus: 'Bonus points (điểm thưởng): items and caps.',
        deduction: 'Deduction points (điểm trừ): items and caps.',
        bands: 'Bands (xếp loại) by total score.',
        bandCheck:
          'How bands are checked: no-overlap (default), strict (no overlap and no gap) or none.',
        bandOn: 'What the bands classify: the total (default) or the base.',
        scale: 'Decimal places of results, 0–20 (default 2).',
        rounding: 'Rounding of results (default half-up).',
        source: 'Where the sheet comes from (citations).',
        confidence: 'How sure the library is of the sheet as a whole.',
        note: 'A short note.',
        leaves: 'Present in a serialised sheet (defineScoreSheet output); ignored on input.',
      },
    ],
    [
      AdjustmentSpecSchema,
      {
        max: "Cap of the section's total per unit.",
        items: 'Declared items (unique ids).',
        allowFreeform: 'Accept lines without an item (free points with a reason). Default true.',
      },
    ],
    [
      AdjustmentItemSpecSchema,
      {
        id: 'Unique id of the item within its section.',
        title: 'Title (Vietnamese).',
        titleEn: 'English gloss.',
        points: 'Points per occurrence (give points or tiers, not both).',
        tiers: 'Points per outcome (give points or tiers, not both).',
        max: 'Cap of this item over all lines of one unit, above zero.',
        exclusiveGroup: 'Items of the same group do not stack: only the largest applies.',
        basis: 'Legal or local basis.',
        confidence: 'Confidence of the item and its points.',
        note: 'A short note.',
      },
    ],
    [
      BandSpecSchema,
      {
        code: 'Code of the band, e.g. "XUAT_SAC".',
        title: 'Title of the band (Vietnamese).',
        min: 'Lower bound of the total.',
        max: 'Upper bound of the total (absent: none); not below min.',
        includeMin: 'Whether min itself belongs to the band (default true).',
        includeMax: 'Whether max itself belongs to the band (default false).',
      },
    ],
    [
      ScoreEntrySchema,
      {
        unit: 'The unit scored (non-blank id).',
        scores: 'Points of each leaf criterion, by criterion id (non-negative).',
        counts: 'Occurrences of per-occurrence leaves, by criterion id.',
        outcomes: 'Outcome(s) of tiered leaves, by criterion id: one tier or a list.',
        bonuses: 'Bonus lines (điểm thưởng).',
        deductions: 'Deduction lines (điểm trừ), positive amounts.',
        stage: 'The stage these scores belong to: self, cross-check, cluster, council or final.',
      },
    ],
    [
      ScoreEntryDecimalCommaSchema,
      {
        unit: 'The unit scored (non-blank id).',
        scores: 'Points of each leaf criterion, by criterion id (non-negative; "9.5" or "9,5").',
        counts: 'Occurrences of per-occurrence leaves, by criterion id.',
        outcomes: 'Outcome(s) of tiered leaves, by criterion id: one tier or a list.',
        bonuses: 'Bonus lines (điểm thưởng).',
        deductions: 'Deduction lines (điểm trừ), positive amounts.',
        stage: 'The stage these scores belong to: self, cross-check, cluster, council or final.',
      },
    ],
    ...[PointsSchema, CommaPointsSchema].map(
      (schema) =>
        [
          schema,
          {
            points: 'Free points (non-negative), for a line without an item.',
            reason: 'Why, as written in the minutes.',
            item: 'A declared item of the section (its points are computed; give no points).',
            count: 'Occurrences (default 1).',
            tier: 'Outcome of a tiered item.',
          },
        ] as const,
    ),
    [
      ScoreOptionsSchema,
      {
        decimalComma: 'Accept the Vietnamese decimal comma ("9,5") in scores and points.',
        requireAll: 'Every leaf must be scored (default false: unscored leaves count 0).',
        stackExclusive: 'Let items of an exclusive group stack (default false).',
      },
    ],
    [RankOptionsSchema, RANK_DOCS],
    [ReconcileOptionsSchema, { prevail: 'The stage that prevails (default: the latest given).' }],
    [
      ClusterSpecSchema,
      {
        id: 'Identifier of the cluster.',
        name: 'Name, e.g. "Cụm thi đua các huyện, thành phố".',
        year: 'The year being reviewed.',
        members: 'Member unit ids (unique); when given, every member needs an entry.',
        head: "This year's head (cụm trưởng), a member; null: knowingly none.",
        deputy: "This year's deputy (cụm phó), a member; null: knowingly none.",
      },
    ],
    [
      ClusterResultOptionsSchema,
      {
        ...RANK_DOCS,
        decimalComma: 'Accept the Vietnamese decimal comma ("9,5") in the entries.',
        requireAll: 'Every leaf must be scored (default false).',
        stackExclusive: 'Let items of an exclusive group stack (default false).',
        date: 'Date for dated parameters (ISO; default: 31 December of the cluster year).',
        flagCount:
          'Leaders proposed for the Cờ thi đua (default: parameter CLUSTER_FLAG_PROPOSALS).',
        certificateCount: 'Next units proposed for Bằng khen (default 0).',
        prevail: 'The prevailing stage when a unit has several (default: the latest).',
        rotation: "Suggest next year's head and deputy by rotation (luân phiên).",
      },
    ],
    [
      RotationRuleSchema,
      {
        headRank: 'Rank of the unit that becomes head (default 2).',
        deputyRank: 'Rank of the unit that becomes deputy (default 1).',
        noRepeatHead: 'Never the same head twice in a row (default true).',
      },
    ],
    [
      CitationSchema,
      {
        instrument:
          "Document number as written in Vietnamese, e.g. '06/2022/QH15', '14/2024/QĐ-UBND' (not blank).",
        article: 'Điều (article), an integer ≥ 1.',
        clause: 'Khoản (clause), an integer ≥ 1.',
        point: 'Điểm (point), a letter such as "a" or "đ".',
        url: 'Where the text was read.',
        confidence: 'How sure the library is of what this citation supports.',
        note: 'A short note.',
      },
    ],
    [MessageSchema, { vi: 'Vietnamese text.', en: 'English text.' }],
    [
      InspectionQuotaOptionsSchema,
      {
        ratio:
          'Share of units to inspect, above 0 and at most 1: number, "0.3" or "30%" (default 0.3).',
      },
    ],
    [
      InspectionUnitSchema,
      {
        id: 'Identifier of the unit (unique, non-blank).',
        lastInspected: 'Year the unit was last inspected, before from; null or absent: never.',
      },
    ],
    [
      PlanInspectionsOptionsSchema,
      {
        units: 'Units to plan for: { id, lastInspected? } objects or plain ids (unique).',
        from: 'First year of the plan (1–9999).',
        years: 'Number of years to plan (0–100).',
        ratio: 'Share of units to inspect each year, above zero (default 0.3).',
        seed: 'Seed of the deterministic choice: same inputs, same plan.',
        mustInclude:
          'Units to inspect in a given year whatever the rotation says (a complaint, a new unit).',
        mustExclude: 'Units not to inspect in a given year (e.g. inspected by a higher level).',
      },
    ],
    [
      InspectionConstraintSchema,
      {
        unit: 'A unit of the plan.',
        year: 'A year of the plan; absent: every year of the plan.',
        reason: 'Why: a string (used in both languages) or { vi, en }.',
      },
    ],
    [
      AssignCrossChecksOptionsSchema,
      {
        seed: 'Seed of the deterministic assignment.',
        avoidReciprocal: 'Avoid pairs that check each other (default true).',
        previous: "Last year's pairs, not repeated when avoidable.",
        groups: 'The group of each unit (e.g. districts vs departments), by unit id.',
        acrossGroups: 'Each unit checks a unit of another group (needs groups; default false).',
      },
    ],
    [
      CrossCheckPairSchema,
      { inspector: 'The unit that checks.', inspected: 'The unit whose scores are checked.' },
    ],
    [
      CrossCheckTeamOptionsSchema,
      {
        teamSize: 'Units in each delegation (đoàn kiểm tra chéo), from 1 to the units minus one.',
        seed: 'Seed of the draw.',
      },
    ],
    [
      PlanTargetsInputSchema,
      {
        targets: 'The targets (default: the Lạng Sơn 2013 plan: 30%, 100%, 02).',
        managedUnits: "Units the level or sector manages: the base of 'inspected-units'.",
        clusterUnits: "Units of the cluster: the base of 'cross-checked-units'.",
        bases: 'Base of any metric, by metric name.',
      },
    ],
    [
      PlanTargetSchema,
      {
        id: 'Stable id (unique among the targets); default: the metric.',
        metric:
          "What is counted: 'inspected-units', 'cross-checked-units', 'advanced-models' or a metric of your own.",
        atLeast: 'A whole count (2 or "02") or a percentage of the base ("30%").',
        rounding: 'Rounding of a share into a count: ceil (default), floor or half-up.',
        label: 'Name of the target in both languages.',
        basis: 'Where the target comes from.',
        confidence: 'How sure the library is of the target.',
      },
    ],
    [
      LunarDateSchema,
      {
        year: 'Lunar year (năm âm lịch), named by the solar year of its Tết; 1900–2100.',
        month: 'Lunar month 1–12.',
        day: 'Day of the lunar month 1–30.',
        leap: 'True for the leap month (tháng nhuận).',
      },
    ],
    [
      LunarOptionsSchema,
      { timeZone: 'Offset of the reference meridian from UTC in hours, −12 to 14 (default 7).' },
    ],
    [
      QuotaCandidateSchema,
      {
        id: 'Unique non-blank id of the person or collective.',
        rank: 'Rank, 1 = best; equal ranks are ties. Required with order "rank".',
        score: 'Score, higher is better (exact decimal). Required with order "score".',
      },
    ],
    [
      SelectWithinQuotaOptionsSchema,
      {
        base: 'The count the ratio applies to (e.g. 47 LĐTT holders); required with a ratio.',
        ratio: 'The ratio in [0, 1]: 0.15, "0.15" or "15%"; null: no cap.',
        limit: 'An explicit cap instead of base × ratio (then neither base nor ratio).',
        rounding: 'Rounding of base × ratio (default floor: "không quá").',
        order:
          'Order of the candidates: as-given (default), rank (ascending) or score (descending).',
      },
    ],
    [
      CapFromParameterOptionsSchema,
      {
        rounding: 'Rounding of base × ratio (default floor).',
        includeProvisional: 'Use values of provisional regimes (default false).',
      },
    ],
    [
      ProfileSpecSchema,
      {
        id: "Stable id, e.g. 'lao-cai-2024'.",
        name: 'Display name: a string (both languages) or { vi, en }; default: the id.',
        base: 'The national regime the profile layers on.',
        basis: "The profile's own instrument(s), cited for plain-value overrides.",
        confidence: "Confidence of plain-value overrides (default 'confirmed').",
        overrides:
          'Parameter id → dated values (in date order) or one plain value of the parameter type.',
        extraCriteria: 'Criteria added to some honours (unique ids).',
        extraJudgements: 'Judgements (for the council) added to some honours.',
      },
    ],
    [
      ProfileJudgementSpecSchema,
      {
        id: 'Stable id.',
        message: 'What the council has to decide.',
        basis: 'Legal basis.',
        occupations: 'Only for these occupations (dropped by defineProfile).',
        honours: 'Honours it is added to.',
      },
    ],
    [
      ParameterValueSchema,
      {
        from: 'First day the value applies (ISO).',
        value: 'The value, of the type of the national parameter.',
        basis: 'At least one citation.',
        confidence: 'How sure the profile is of the value.',
        note: 'A short note.',
      },
    ],
    [
      AnniversariesOptionsSchema,
      {
        roundOnly: 'Only anniversaries N divisible by 5 (năm tròn, năm lẻ 5).',
        tdkt: 'true: only the days at the heart of TĐKT work; false: only the others.',
        kind: 'Only observances having this kind.',
      },
    ],
    [
      ObservancesInYearOptionsSchema,
      {
        includeProposed: 'Include proposals such as 24/11 (default false).',
        tdkt: 'true: only the days at the heart of TĐKT work; false: only the others.',
        kind: 'Only observances having this kind.',
      },
    ],
    [
      ObservanceFilterSchema,
      {
        kind: 'Keep observances having this kind.',
        tdkt: 'true: only the days at the heart of TĐKT work; false: only the others.',
        calendar: 'Keep solar-dated or lunar-dated (âm lịch) observances only.',
        status: 'Keep established observances or proposals only (default both).',
      },
    ],
    [
      PlanMilestonesOptionsSchema,
      { congress: 'Add the National Congress in congress years (default true).' },
    ],
    [
      SchoolYearOptionsSchema,
      { start: 'First day of the school year as MM-DD, not 02-29 (default 09-01).' },
    ],
    [
      WorkdayOptionsSchema,
      { calendar: 'A calendar made by createWorkCalendar() (default: the built-in calendar).' },
    ],
    [
      PostingOptionsSchema,
      {
        calendar: 'A calendar made by createWorkCalendar() (default: the built-in calendar).',
        kind: 'state (default): state-level nominees; hero: "Anh hùng" nominees.',
        days: 'Working days of posting, 1–365, instead of the parameter.',
        countStartDay: 'Count the posting day itself when it is a working day (default false).',
      },
    ],
    [
      WorkCalendarSpecSchema,
      {
        years: 'Announced data per year (each year once); a year replaces the built-in one.',
        weekend: 'ISO weekdays of weekly rest, 1 = Monday … 7 = Sunday (default [6, 7]).',
        replaceBuiltIn: 'Drop the built-in years and use only years (default false).',
        applySwaps: 'Apply the swaps of the data (hoán đổi; default true).',
      },
    ],
    [
      WorkYearSchema,
      {
        year: 'Gregorian year, 2014–2100.',
        tetDaysOff: 'Weekdays off for Tết Nguyên Đán as announced.',
        nationalDayExtra: 'Day(s) off adjoining 2/9 (Quốc khánh).',
        compensatory: 'Compensatory days off (nghỉ bù).',
        swaps: 'Swapped working days (hoán đổi).',
        extraDaysOff: 'Other days off announced for the year.',
        sources: 'Where the schedule comes from.',
        note: 'Remarks.',
      },
    ],
    ...[...RULE_CRITERION_VARIANTS, ...PROFILE_CRITERION_VARIANTS].map(
      (schema) => [schema, CRITERION_DOCS] as const,
    ),
    ...PREDICATE_VARIANTS.map(
      (schema) =>
        [
          schema,
          {
            kind: 'rating: the period is rated at least min; holds: an award of one of codes.',
            min: 'Parameter id of the minimum rating.',
            codes: 'Honour codes, any of which counts.',
            concurrent: 'Honour evaluated in the same review when no award is held.',
          },
        ] as const,
    ),
    [
      ConcurrentSchema,
      {
        civil: 'Honour for civil records.',
        armedForces: 'Honour for armed-forces records (default: civil).',
      },
    ],
    [
      ClockSchema,
      {
        after: 'Awards whose decisions reset the next-award clock.',
        self: 'Include earlier awards of the honour being evaluated.',
      },
    ],
    [
      WindowSchema,
      {
        length: 'Parameter id of the window length in periods; absent: since the clock.',
        clock: 'The next-award clock bounding the window.',
      },
    ],
    [
      WorkSwapSchema,
      { off: 'The weekday given off.', worked: 'The rest day worked instead (làm bù).' },
    ],
    [ExtraDayOffSchema, { date: 'The day off.', name: 'Its name in both languages.' }],
    [
      WorkYearSourceSchema,
      {
        topic: "What the source supports, e.g. 'Tết'.",
        reference: 'The document.',
        url: 'A public page quoting it.',
        confidence: 'verified, secondary or unverified.',
      },
    ],
  ]);
}

/** JSON Schema keywords for the rules between the fields of one object (zod refinements). */
function extras(): Map<unknown, Readonly<Record<string, unknown>>> {
  // `if`/`then` of JSON Schema, built from entries (an object literal with a `then` key reads
  // as a thenable to linters).
  const ifThen = (condition: unknown, consequence: unknown) =>
    Object.fromEntries([
      ['if', condition],
      ['then', consequence],
    ]);
  const voteNeedsVotes = ifThen(
    { required: ['tieBreakers'], properties: { tieBreakers: { contains: { const: 'vote' } } } },
    { required: ['votes'] },
  );
  const line = {
    oneOf: [{ required: ['item'] }, { required: ['points'], not: { required: ['tier'] } }],
  };
  return new Map<unknown, Readonly<Record<string, unknown>>>([
    [
      CriterionSpecSchema,
      {
        allOf: [
          { not: { required: ['perOccurrence', 'tiers'] } },
          ifThen(
            { required: ['children'], properties: { children: { minItems: 1 } } },
            { properties: { perOccurrence: false, tiers: false } },
          ),
        ],
      },
    ],
    [TiersSchema, { minProperties: 1 }],
    [MembersSchema, { uniqueItems: true }],
    [AdjustmentItemSpecSchema, { oneOf: [{ required: ['points'] }, { required: ['tiers'] }] }],
    [PointsSchema, line],
    [CommaPointsSchema, line],
    [RankOptionsSchema, voteNeedsVotes],
    [ClusterResultOptionsSchema, voteNeedsVotes],
    [
      AssignCrossChecksOptionsSchema,
      ifThen(
        { required: ['acrossGroups'], properties: { acrossGroups: { const: true } } },
        { required: ['groups'] },
      ),
    ],
    [
      SelectWithinQuotaOptionsSchema,
      {
        anyOf: [
          {
            required: ['limit'],
            not: { anyOf: [{ required: ['ratio'] }, { required: ['base'] }] },
          },
          {
            required: ['ratio'],
            properties: { ratio: { type: 'null' } },
            not: { required: ['limit'] },
          },
          { required: ['ratio', 'base'], not: { required: ['limit'] } },
        ],
      },
    ],
  ]);
}

const DOCS_MARK = 'x-tdkt-docs';

/** Write the field descriptions on the objects `jsonSchemas` marked, description first. */
function described(
  node: unknown,
  docs: readonly (readonly [unknown, Readonly<Record<string, string>>])[],
): unknown {
  if (Array.isArray(node)) return node.map((n) => described(n, docs));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  const mark = (node as Record<string, unknown>)[DOCS_MARK];
  const d = typeof mark === 'number' ? docs[mark]?.[1] : undefined;
  for (const [k, v] of Object.entries(node)) {
    if (k === DOCS_MARK) continue;
    if (k === 'properties' && d && typeof v === 'object' && v !== null) {
      const props: Record<string, unknown> = {};
      for (const [key, p] of Object.entries(v)) {
        const description = d[key];
        props[key] = described(
          description !== undefined && typeof p === 'object' ? { description, ...p } : p,
          docs,
        );
      }
      out[k] = props;
    } else {
      out[k] = described(v, docs);
    }
  }
  return out;
}

/** Remove zod's `readOnly` annotations (a read-only TypeScript array is not read-only data). */
function withoutReadOnly(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutReadOnly);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k !== 'readOnly') out[k] = withoutReadOnly(v);
  }
  return out;
}

/**
 * The JSON Schema (draft 2020-12, input side) of every public schema, keyed by file name
 * (`'individual-record.json'` …). Pure: `scripts/generate-schemas.ts` writes them to
 * `schemas/`, and a test compares the committed files with a fresh run.
 *
 * Rules between fields that are local to an object are written in JSON Schema too (`oneOf`,
 * `if`/`then`, `not`): a score-sheet item has points or tiers, a free bonus line has no tier,
 * `acrossGroups` needs `groups`, the `vote` tie-breaker needs `votes`. What JSON Schema cannot
 * express is checked by the zod schemas and by the library: unique ids and years, the
 * member-count relations, `achievementPeriod.from ≤ to`, dates before year 1000, maxima and
 * bands of a score sheet, references between the parts of a plan.
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
  const docList = [...fieldDocs()];
  const docIndex = new Map(docList.map(([schema], i) => [schema, i]));
  const more = extras();
  const out: Record<string, Record<string, unknown>> = {};
  for (const e of entries()) {
    // A local registry (never the global one): names the recursive criteria in `$defs`.
    const metadata = z.registry<{ id?: string }>();
    metadata.add(CriterionSpecSchema, { id: 'CriterionSpec' });
    metadata.add(RuleCriterionSchema, { id: 'RuleCriterionSpec' });
    for (const [schema, id] of e.defs ?? []) metadata.add(schema, { id });
    const body = z.toJSONSchema(e.schema, {
      target: 'draft-2020-12',
      io: 'input',
      metadata,
      unrepresentable: 'any',
      override: (ctx) => {
        // The profile is an opaque object (z.custom): say so instead of `{}`.
        if (ctx.zodSchema._zod.def.type === 'custom') ctx.jsonSchema.type = 'object';
        Object.assign(ctx.jsonSchema, more.get(ctx.zodSchema));
        // Only mark the object here: zod shares and fills JSON nodes until the end, so the
        // field descriptions are written on the finished (unshared) output by `described`.
        const d = docIndex.get(ctx.zodSchema);
        if (d !== undefined) ctx.jsonSchema[DOCS_MARK] = d;
      },
    }) as Record<string, unknown>;
    const { $schema, ...rest } = described(withoutReadOnly(body), docList) as Record<
      string,
      unknown
    >;
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
