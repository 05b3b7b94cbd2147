import type { Rounding } from '../core/decimal.js';
import type { Message } from '../core/errors.js';
import type { Citation, Confidence } from '../law/citation.js';

/**
 * A scoring stage, in order: self-assessment ("tự chấm"), cross-check ("kiểm tra chéo",
 * "thẩm định"), cluster meeting ("cụm, khối bình xét"), council ("Hội đồng Thi đua – Khen
 * thưởng") and final (approved, locked).
 * @category Scoring
 */
export type Stage = 'self' | 'cross-check' | 'cluster' | 'council' | 'final';

/**
 * How a sheet's bands are checked: `'no-overlap'` (default: overlaps are errors, gaps are
 * allowed and reported per unit), `'strict'` (no overlap and no gap between the lowest and the
 * highest band), `'none'` (anything; the first declared band containing a total wins).
 * @category Scoring
 */
export type BandCheck = 'no-overlap' | 'strict' | 'none';

/**
 * A criterion of a score sheet ("tiêu chí"), at any depth (I / 1 / a / -). A node with
 * `children` is a group whose value is the (weighted) sum of its children; a node without is a
 * leaf scored by the entry: directly (`scores`), per occurrence (`perOccurrence` + `counts`) or
 * by tier (`tiers` + `outcomes`).
 * @category Scoring
 */
export interface CriterionSpec {
  /** Unique id within the sheet, e.g. `'I'`, `'I.1'`, `'I.1.a'`. */
  readonly id: string;
  /** Title as written in the sheet (Vietnamese). */
  readonly title?: string;
  /** English gloss of the title. */
  readonly titleEn?: string;
  /** Maximum points ("điểm chuẩn", "điểm tối đa"); positive. */
  readonly max: string | number;
  /** Sub-criteria; Σ (weight × max) of the children may not exceed this node's `max`. */
  readonly children?: readonly CriterionSpec[];
  /** Multiplier of this node's value in its parent's sum (default 1). */
  readonly weight?: string | number;
  /** Leaf: points per occurrence ("+2 điểm/sáng kiến"), capped at `max`. */
  readonly perOccurrence?: string | number;
  /** Leaf: points per outcome ("giải Nhất 20, Nhì 12, Ba 10"), capped at `max`. */
  readonly tiers?: Readonly<Record<string, string | number>>;
  /** Legal or local basis of this criterion. */
  readonly basis?: readonly Citation[];
  /** How sure the library is of this criterion and its maximum. */
  readonly confidence?: Confidence;
  /** A short note (e.g. "illustrative sub-item"). */
  readonly note?: string;
}

/**
 * A declared bonus ("điểm thưởng") or deduction ("điểm trừ") item.
 * @category Scoring
 */
export interface AdjustmentItemSpec {
  /** Unique id within its section. */
  readonly id: string;
  /** Title (Vietnamese). */
  readonly title?: string;
  /** English gloss. */
  readonly titleEn?: string;
  /** Points per occurrence (an entry line gives `count`, default 1). */
  readonly points?: string | number;
  /** Points per outcome (an entry line gives `tier`). */
  readonly tiers?: Readonly<Record<string, string | number>>;
  /** Cap of this item over all lines of one unit. */
  readonly max?: string | number;
  /** Items of the same group do not stack: only the largest applies (unless `stackExclusive`). */
  readonly exclusiveGroup?: string;
  /** Legal or local basis. */
  readonly basis?: readonly Citation[];
  /** Confidence of the item and its points. */
  readonly confidence?: Confidence;
  /** A short note. */
  readonly note?: string;
}

/**
 * The bonus or deduction section of a sheet.
 * @category Scoring
 */
export interface AdjustmentSpec {
  /** Cap of the section's total per unit. */
  readonly max?: string | number;
  /** Declared items. */
  readonly items?: readonly AdjustmentItemSpec[];
  /** Accept lines without an item (free points with a reason). Default true. */
  readonly allowFreeform?: boolean;
}

/**
 * A band ("xếp loại"): `min` included and `max` excluded unless told otherwise; no `max` means
 * open above.
 * @category Scoring
 */
export interface BandSpec {
  /** Band code, e.g. `'TTLDTT'`. */
  readonly code: string;
  /** Title (Vietnamese). */
  readonly title?: string;
  /** Lower bound. */
  readonly min: string | number;
  /** Upper bound; absent = open above. */
  readonly max?: string | number;
  /** The lower bound belongs to the band (default true). */
  readonly includeMin?: boolean;
  /** The upper bound belongs to the band (default false). */
  readonly includeMax?: boolean;
}

/**
 * The input of {@link defineScoreSheet}.
 * @category Scoring
 */
export interface ScoreSheetSpec {
  /** Sheet id. */
  readonly id: string;
  /** Title (Vietnamese). */
  readonly title?: string;
  /** English gloss. */
  readonly titleEn?: string;
  /** Nominal maximum of the base (e.g. 100); the total may exceed it through bonuses. */
  readonly max?: string | number;
  /** The criteria tree. */
  readonly criteria: readonly CriterionSpec[];
  /** Bonus points ("điểm thưởng"). */
  readonly bonus?: AdjustmentSpec;
  /** Deductions ("điểm trừ"), positive amounts. */
  readonly deduction?: AdjustmentSpec;
  /** Bands ("xếp loại"). */
  readonly bands?: readonly BandSpec[];
  /** How bands are checked (default `'no-overlap'`). */
  readonly bandCheck?: BandCheck;
  /** Which amount the bands classify: the total (default) or the base. */
  readonly bandOn?: 'total' | 'base';
  /** Decimal places of results (0–20, default 2). */
  readonly scale?: number;
  /** Rounding of results (default `'half-up'`). */
  readonly rounding?: Rounding;
  /** Where the sheet comes from. */
  readonly source?: readonly Citation[];
  /** How sure the library is of the sheet as a whole. */
  readonly confidence?: Confidence;
  /** A short note. */
  readonly note?: string;
}

/**
 * A validated criterion (frozen). Numbers are exact decimal strings.
 * @category Scoring
 */
export interface ScoreCriterion {
  /** Id. */
  readonly id: string;
  /** Title. */
  readonly title?: string;
  /** English gloss. */
  readonly titleEn?: string;
  /** Maximum points. */
  readonly max: string;
  /** Weight in the parent's sum. */
  readonly weight: string;
  /** How the node gets its value. */
  readonly kind: 'group' | 'score' | 'per-occurrence' | 'tiered';
  /** 1 for top-level criteria. */
  readonly depth: number;
  /** Points per occurrence (`per-occurrence` leaves). */
  readonly perOccurrence?: string;
  /** Points per outcome (`tiered` leaves). */
  readonly tiers?: Readonly<Record<string, string>>;
  /** Sub-criteria (`group` nodes). */
  readonly children?: readonly ScoreCriterion[];
  /** Basis. */
  readonly basis?: readonly Citation[];
  /** Confidence. */
  readonly confidence?: Confidence;
  /** Note. */
  readonly note?: string;
}

/**
 * A validated bonus or deduction item (frozen).
 * @category Scoring
 */
export interface AdjustmentItem {
  /** Id. */
  readonly id: string;
  /** Title. */
  readonly title?: string;
  /** English gloss. */
  readonly titleEn?: string;
  /** Points per occurrence. */
  readonly points?: string;
  /** Points per outcome. */
  readonly tiers?: Readonly<Record<string, string>>;
  /** Cap per unit. */
  readonly max?: string;
  /** Exclusive group. */
  readonly exclusiveGroup?: string;
  /** Basis. */
  readonly basis?: readonly Citation[];
  /** Confidence. */
  readonly confidence?: Confidence;
  /** Note. */
  readonly note?: string;
}

/**
 * A validated bonus or deduction section (frozen).
 * @category Scoring
 */
export interface AdjustmentSection {
  /** Cap of the section per unit. */
  readonly max?: string;
  /** Declared items. */
  readonly items: readonly AdjustmentItem[];
  /** Lines without an item are accepted. */
  readonly allowFreeform: boolean;
}

/**
 * A validated band (frozen).
 * @category Scoring
 */
export interface ScoreBand {
  /** Code. */
  readonly code: string;
  /** Title. */
  readonly title?: string;
  /** Lower bound. */
  readonly min: string;
  /** Upper bound (absent = open). */
  readonly max?: string;
  /** Lower bound included. */
  readonly includeMin: boolean;
  /** Upper bound included. */
  readonly includeMax: boolean;
}

/**
 * A validated score sheet, as returned by {@link defineScoreSheet} (deeply frozen). It has the
 * shape of a {@link ScoreSheetSpec}, so it can be serialised and defined again.
 * @category Scoring
 */
export interface ScoreSheet {
  /** Id. */
  readonly id: string;
  /** Title. */
  readonly title?: string;
  /** English gloss. */
  readonly titleEn?: string;
  /** Nominal maximum of the base. */
  readonly max?: string;
  /** Criteria tree. */
  readonly criteria: readonly ScoreCriterion[];
  /** Bonus section. */
  readonly bonus: AdjustmentSection;
  /** Deduction section. */
  readonly deduction: AdjustmentSection;
  /** Bands, as declared. */
  readonly bands: readonly ScoreBand[];
  /** Band check. */
  readonly bandCheck: BandCheck;
  /** What the bands classify. */
  readonly bandOn: 'total' | 'base';
  /** Decimal places of results. */
  readonly scale: number;
  /** Rounding of results. */
  readonly rounding: Rounding;
  /** Leaf ids in sheet order. */
  readonly leaves: readonly string[];
  /** Source. */
  readonly source?: readonly Citation[];
  /** Confidence. */
  readonly confidence?: Confidence;
  /** Note. */
  readonly note?: string;
}

/**
 * One bonus or deduction line of an entry: free points with a reason, or a declared item
 * (`item`) with a `count` or a `tier`.
 * @category Scoring
 */
export interface AdjustmentInput {
  /** Points (free lines only; declared items compute their own). Positive amounts. */
  readonly points?: string | number;
  /** Why. */
  readonly reason?: string;
  /** A declared item of the section. */
  readonly item?: string;
  /** Occurrences (default 1). */
  readonly count?: number;
  /** Outcome of a tiered item. */
  readonly tier?: string;
}

/**
 * The input of {@link scoreUnit}: one unit's scores at one stage.
 * @category Scoring
 */
export interface ScoreEntry {
  /** Unit id. */
  readonly unit: string;
  /** Points of leaf criteria by id. */
  readonly scores: Readonly<Record<string, string | number>>;
  /** Occurrences of per-occurrence leaves by id. */
  readonly counts?: Readonly<Record<string, number>>;
  /** Outcomes of tiered leaves by id (one or several). */
  readonly outcomes?: Readonly<Record<string, string | readonly string[]>>;
  /** Bonus lines ("điểm thưởng"). */
  readonly bonuses?: readonly AdjustmentInput[];
  /** Deduction lines ("điểm trừ"), positive amounts. */
  readonly deductions?: readonly AdjustmentInput[];
  /** The stage these scores belong to. */
  readonly stage?: Stage;
}

/**
 * Options of {@link scoreUnit}.
 * @category Scoring
 */
export interface ScoreOptions {
  /** Accept the Vietnamese decimal comma ("9,5"). Default false: "9,5" is an error. */
  readonly decimalComma?: boolean;
  /** Every leaf must be scored (`MISSING_SCORE` otherwise). Default false: unscored leaves count 0 and are listed in `missing`. */
  readonly requireAll?: boolean;
  /** Let items of an exclusive group stack (default false: the largest applies). */
  readonly stackExclusive?: boolean;
}

/**
 * One bonus or deduction line as applied.
 * @category Scoring
 */
export interface AdjustmentLine {
  /** Index of the line in the entry. */
  readonly index: number;
  /** Declared item, if any. */
  readonly item?: string;
  /** Reason given. */
  readonly reason?: string;
  /** Occurrences. */
  readonly count?: number;
  /** Tier. */
  readonly tier?: string;
  /** Points claimed by the line. */
  readonly claimed: string;
  /** Points after the item's cap and exclusive group (before the section cap). */
  readonly applied: string;
  /** True when the item's cap reduced the line. */
  readonly capped?: boolean;
  /** True when a larger item of the same exclusive group applies instead. */
  readonly excluded?: boolean;
}

/**
 * Where a unit's total falls among the sheet's bands.
 * @category Scoring
 */
export type BandStatus = 'in-band' | 'below-all' | 'in-gap' | 'above-all' | 'no-bands';

/**
 * A unit's score on a sheet. Numbers are strings with exactly `scale` decimals.
 * `total = base + bonus − deduction`; the total may exceed the nominal maximum.
 * @category Scoring
 */
export interface UnitScore {
  /** Unit id. */
  readonly unit: string;
  /** Sheet id. */
  readonly sheet: string;
  /** Stage, when the entry gave one. */
  readonly stage?: Stage;
  /** Sum of the criteria. */
  readonly base: string;
  /** Bonus after item, group and section caps. */
  readonly bonus: string;
  /** Deduction after caps (a positive amount). */
  readonly deduction: string;
  /** base + bonus − deduction. */
  readonly total: string;
  /** Band code, when the (rounded) total falls in one. */
  readonly band?: string;
  /** Where the total falls among the bands. */
  readonly bandStatus: BandStatus;
  /** Values of the top-level criteria (unscored leaves count 0). */
  readonly groups: Readonly<Record<string, string>>;
  /** Values of every group and every scored leaf. Unscored leaves are absent (not "0"). */
  readonly criteria: Readonly<Record<string, string>>;
  /** Leaves with no score, in sheet order. */
  readonly missing: readonly string[];
  /** True when every leaf was scored. */
  readonly complete: boolean;
  /** Bonus lines (empty = no bonus claimed). */
  readonly bonuses: readonly AdjustmentLine[];
  /** Deduction lines (empty = no deduction, distinct from a deduction of 0). */
  readonly deductions: readonly AdjustmentLine[];
  /** What the caps, bands and missing scores did, in both languages. */
  readonly notes: readonly Message[];
}

/**
 * Options of {@link rankUnits}.
 * @category Scoring
 */
export interface RankOptions {
  /** `'competition'` (1, 2, 2, 4; default) or `'dense'` (1, 2, 2, 3) for `rank`. */
  readonly method?: 'competition' | 'dense';
  /**
   * Tie-breakers after the total, in order: `'total'`, `'group:<id>'` or `'criterion:<id>'`
   * (higher value of that criterion), `'base'` (higher base), `'fewer-deductions'` (smaller
   * deduction), `'more-bonus'` (larger bonus), `'vote'` (more votes, from `votes`).
   */
  readonly tieBreakers?: readonly string[];
  /** Votes per unit, for the `'vote'` tie-breaker. */
  readonly votes?: Readonly<Record<string, number>>;
}

/**
 * A unit's place in a ranking.
 * @category Scoring
 */
export interface RankedUnit {
  /** Unit id. */
  readonly unit: string;
  /** Rank by the chosen method. */
  readonly rank: number;
  /** The unit's total, as given. */
  readonly total: string;
  /** Competition rank (1, 2, 2, 4). */
  readonly competitionRank: number;
  /** Dense rank (1, 2, 2, 3). */
  readonly denseRank: number;
  /** What separated this unit from the previous one (`null`: tied); absent for the first. */
  readonly separatedBy?: string | null;
  /** Other units sharing this rank. */
  readonly tiedWith: readonly string[];
}
