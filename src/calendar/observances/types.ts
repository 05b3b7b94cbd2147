import type { Message } from '../../core/errors.js';

/**
 * What kind of day an observance is:
 * - `public-holiday`: a paid day off of Bộ luật Lao động 2019 Điều 112 ("nghỉ lễ, tết");
 * - `major-national-day`: one of the "ngày lễ lớn" of Nghị định 145/2013/NĐ-CP Điều 4;
 * - `tradition-day`: a founding or tradition day of a sector, body or movement ("ngày thành
 *   lập", "ngày truyền thống"), not a day off;
 * - `international-day`: an international day observed in Viet Nam;
 * - `tdkt-milestone`: a founding act of emulation and commendation work (a date to count
 *   anniversaries from, not a day of its own).
 * @category Calendar
 */
export type ObservanceKind =
  | 'public-holiday'
  | 'major-national-day'
  | 'tradition-day'
  | 'international-day'
  | 'tdkt-milestone';

/**
 * Confidence tags of the calendar reference (they differ from the legal `Confidence` words):
 * - `verified`: the text was seen in the quoted source;
 * - `secondary`: seen only in a news or law-portal page, not the official gazette;
 * - `unverified`: no source text supports it (e.g. a widely cited founding year);
 * - `verify`: to check in the official text before relying on it;
 * - `plan-text`: quoted from a provincial TĐKT plan (local, not national law);
 * - `inference`: reasoned from the facts above, not stated anywhere.
 * @category Calendar
 */
export type CalendarTag =
  | 'verified'
  | 'secondary'
  | 'unverified'
  | 'verify'
  | 'plan-text'
  | 'inference';

/**
 * The day of the year an observance falls on: a solar (Gregorian) day and month, or a lunar
 * one ("âm lịch", e.g. Tết = 1/1 ÂL, Giỗ Tổ Hùng Vương = 10/3 ÂL).
 * @category Calendar
 */
export interface ObservanceDate {
  /** `'solar'` for Gregorian dates, `'lunar'` for the Vietnamese lunar calendar (UTC+7). */
  readonly calendar: 'solar' | 'lunar';
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month. */
  readonly day: number;
}

/**
 * Where a fact about an observance comes from: an instrument and/or a public page, with the
 * calendar reference's confidence tag.
 * @category Calendar
 */
export interface ObservanceBasis {
  /** Document number as written in Vietnamese, e.g. `'258/QĐ-TTg'`, `'83/SL'`. */
  readonly instrument?: string;
  /** Date of the instrument (ISO), when known. */
  readonly date?: string;
  /** Điều (article). */
  readonly article?: number;
  /** Khoản (clause). */
  readonly clause?: number;
  /** Điểm (point), a letter. */
  readonly point?: string;
  /** A public page where the fact was read (complete addresses only). */
  readonly url?: string;
  /** Confidence tag of the calendar reference. */
  readonly tag: CalendarTag;
  /** What this source supports, or how it was read. */
  readonly note?: string;
}

/**
 * One observance of the TĐKT calendar: one entry per observance, not per date. Several
 * observances share a date but count from different years (22/12: the People's Army from
 * 1944, the All-People National Defence Day from 1989).
 * @category Calendar
 */
export interface Observance {
  /** Stable kebab-case ASCII id in the law's own words, e.g. `'thi-dua-ai-quoc'`. */
  readonly id: string;
  /** Other accepted ids: the calendar reference's upper-snake codes, e.g. `'TDKT_TRADITION_DAY'`. */
  readonly aliases: readonly string[];
  /** Day and month, solar or lunar. */
  readonly date: ObservanceDate;
  /** Year of the founding event anniversaries count from; absent for Tết, Giỗ Tổ, 1/1 and proposals. */
  readonly foundingYear?: number;
  /** Confidence of the founding year (some widely cited years are `unverified`). */
  readonly foundingYearTag?: CalendarTag;
  /** Main kind. */
  readonly kind: ObservanceKind;
  /** Every kind that applies (Tết is a public holiday and a major national day). */
  readonly kinds: readonly ObservanceKind[];
  /** `'proposed'` for days not yet in law (24/11, Vietnam Culture Day). */
  readonly status: 'established' | 'proposed';
  /** True for the days at the heart of emulation and commendation work (11/6, 17/9, 1/6, 27/3 …). */
  readonly tdkt: boolean;
  /** Official Vietnamese name. */
  readonly nameVi: string;
  /** English gloss. */
  readonly nameEn: string;
  /** Vietnamese name as plans write it after "Kỷ niệm N năm …". */
  readonly labelVi: string;
  /** English name used in anniversary labels ("73rd anniversary of …"). */
  readonly labelEn: string;
  /** Paid days off under Bộ luật Lao động 2019 Điều 112 k.1, for public holidays. */
  readonly holidayDays?: number;
  /** First year the day was a paid day off, when known (Giỗ Tổ: 2007). */
  readonly holidaySince?: number;
  /** Legal basis and sources, with their confidence tags. */
  readonly basis: readonly ObservanceBasis[];
  /** A caveat in both languages, when there is one. */
  readonly note?: Message;
}
