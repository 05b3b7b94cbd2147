import type { HonourCode } from '../catalogue/codes.js';

/**
 * Annual assessment grade, best first: HTXSNV (excellent), HTTNV (good), HTNV (completed), KHTNV
 * (not completed).
 * @category Records
 */
export type Rating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

/**
 * Disciplinary form, lightest first: khiển trách (reprimand), cảnh cáo (warning), hạ bậc lương,
 * giáng chức, cách chức, buộc thôi việc.
 * @category Records
 */
export type Discipline =
  | 'khien-trach'
  | 'canh-cao'
  | 'ha-bac-luong'
  | 'giang-chuc'
  | 'cach-chuc'
  | 'buoc-thoi-viec';

/**
 * Scope of an initiative or research result, narrowest first: unit (cơ sở), ministry or province,
 * nationwide.
 * @category Records
 */
export type Scope = 'co-so' | 'bo-tinh' | 'toan-quoc';

/**
 * Kind of evidence: a workplace initiative (sáng kiến), an accepted research topic, or
 * ingenuity in combat or combat support.
 * @category Records
 */
export type InitiativeKind = 'initiative' | 'research' | 'combat';

/**
 * Which calendar an annual record follows: calendar year, or school year ("năm học") starting in `year`.
 * @category Records
 */
export type PeriodKind = 'calendar' | 'school';

/**
 * An initiative, research result or combat feat, with the scope recognised for it.
 * @category Records
 */
export interface Initiative {
  /** Scope of effect recognised by the competent head or council. */
  scope: Scope;
  /** Default `'initiative'`. */
  kind?: InitiativeKind;
  /** Optional identifier, so one achievement is never used twice. */
  id?: string;
}

/**
 * One assessment period of an individual.
 * @category Records
 */
export interface IndividualYear {
  /** Calendar year, or the start year of the school year. */
  year: number;
  /** Annual assessment grade; absent = unknown (gives `unknown`, never a silent fail). */
  rating?: Rating;
  /** The heaviest disciplinary form applied in that period. */
  discipline?: Discipline;
  /** An administrative sanction in the period (some provinces exclude it from LĐTT). */
  administrativeSanction?: boolean;
  /** Pending discipline, investigation, inspection or complaint: awards are deferred. */
  underReview?: boolean;
  /** Initiatives, research results or combat feats recognised for this period. */
  initiatives?: Initiative[];
}

/**
 * An honour received, as written in its decision.
 * @category Records
 */
export interface HonourReceived {
  /** Catalogue code. */
  code: HonourCode;
  /** Annual titles: the period they were awarded for. */
  year?: number;
  /** Date of the award decision (ISO). */
  decisionDate?: string;
  /** Achievement period written in the decision (ISO dates). */
  achievementPeriod?: { from: string; to: string };
  /** Revoked awards count for nothing. */
  revoked?: boolean;
  /** Who issued it, e.g. "UBND tỉnh Lạng Sơn" (the form's code does not change with the issuer). */
  issuer?: string;
}

/**
 * The record of a person: annual assessments and honours received.
 * @category Records
 */
export interface IndividualRecord {
  /** Discriminant of the record kinds. */
  kind: 'individual';
  /** Caller's identifier, echoed in results. */
  id: string;
  /** True: the armed-forces family (CSTT instead of LĐTT). */
  armedForces?: boolean;
  /** Default `'calendar'`. */
  periodKind?: PeriodKind;
  /** Start of employment at the evaluating unit (ISO). */
  hiredOn?: string;
  /** Occupation group where the law has a special track (BK TTg Đ73 k2: workers and farmers). */
  occupation?: 'official' | 'worker' | 'farmer';
  /** One entry per assessment period. */
  years: IndividualYear[];
  /** Honours received. */
  honours: HonourReceived[];
}

/**
 * Membership figures of a collective for one period; ratios are computed exactly from them.
 * @category Records
 */
export interface CollectiveMembers {
  /** Members counted for the period. */
  total: number;
  /** Members rated HTNV or better. */
  completedDuties?: number;
  /** Members awarded LĐTT (or CSTT) for the period. */
  ldtt?: number;
  /** Members awarded CSTĐCS for the period. */
  cstdcs?: number;
  /** Members disciplined (any form) in the period. */
  disciplined?: number;
  /** Members disciplined at cảnh cáo or heavier (the old TTLĐTT/TTLĐXS rule). */
  disciplinedWarningOrAbove?: number;
}

/**
 * One assessment period of a collective.
 * @category Records
 */
export interface CollectiveYear {
  /** The period: a calendar year, or the start year of a school year. */
  year: number;
  /** The collective's own rating. */
  rating?: Rating;
  /** Membership figures for the period (needed by the ratio criteria). */
  members?: CollectiveMembers;
  /** Voted leader of its cụm/khối thi đua for the period. */
  ledCluster?: boolean;
  /** Pending inspection or complaint: awards are deferred. */
  underReview?: boolean;
}

/**
 * The record of a collective (unit, team, department).
 * @category Records
 */
export interface CollectiveRecord {
  /** Discriminant of the record kinds. */
  kind: 'collective';
  /** Caller's identifier, echoed in results. */
  id: string;
  /** True: the armed-forces family (ĐVTT / ĐVQT). */
  armedForces?: boolean;
  /** Default `'calendar'`. */
  periodKind?: PeriodKind;
  /** Founding date (ISO), for honours that need years of history. */
  foundedOn?: string;
  /** One entry per assessment period. */
  years: CollectiveYear[];
  /** Honours received. */
  honours: HonourReceived[];
}

/**
 * The record of a household, village or commune. Their criteria are set by provinces on a
 * national frame, so the engine lists them as judgements with their basis.
 * @category Records
 */
export interface LocalRecord {
  /** Discriminant of the record kinds: a household, a village (thôn, tổ dân phố) or a commune. */
  kind: 'household' | 'village' | 'commune';
  /** Caller's identifier, echoed in results. */
  id: string;
  /** One entry per assessment period; `underReview` defers awards. */
  years: Array<{ year: number; underReview?: boolean }>;
  /** Honours received. */
  honours: HonourReceived[];
}

/**
 * Any record the eligibility engine accepts.
 * @category Records
 */
export type TdktRecord = IndividualRecord | CollectiveRecord | LocalRecord;
