import { describe, fail, type Message } from '../../core/errors.js';
import { formatIsoDate } from '../../core/iso-date.js';
import type { Citation } from '../../law/citation.js';
import { ANNIVERSARY_ROUND } from '../../law/params/calendar.js';
import { dayMonthYearEn, dayMonthYearVi, ordinalEn } from '../common/format.js';
import { checkFlag, checkYear } from '../common/validate.js';
import {
  checkObservanceFilter,
  dateInYear,
  hasDateIn,
  matchesFilter,
  OBSERVANCES,
  requireObservance,
} from '../observances/observances.js';
import type { CalendarTag, Observance, ObservanceKind } from '../observances/types.js';

/**
 * Class of an anniversary number N in the terms of Nghị định 145/2013/NĐ-CP:
 * `'ten'` = "năm tròn" (N divisible by 10), `'five'` = "năm lẻ 5" (N divisible by 5, not
 * by 10), `'none'` = "năm khác".
 * @category Calendar
 */
export type Roundness = 'ten' | 'five' | 'none';

/**
 * The Vietnamese term of a {@link Roundness}, as Nghị định 145/2013/NĐ-CP writes it.
 * @category Calendar
 */
export type RoundnessVi = 'năm tròn' | 'năm lẻ 5' | 'năm khác';

/**
 * The N-th anniversary of an observance in a year.
 * @category Calendar
 */
export interface Anniversary {
  /** Id of the observance (canonical kebab-case, also when an alias was passed). */
  readonly observance: string;
  /** Name of the observance, in Vietnamese and English. */
  readonly name: Message;
  /** The founding year N is counted from. */
  readonly foundingYear: number;
  /** True for the days at the heart of TĐKT work (11/6, 17/9, 1/6, 27/3, 28/8). */
  readonly tdkt: boolean;
  /** N = year − founding year (by year, not by elapsed days). */
  readonly ordinal: number;
  /** The day of the anniversary in that year (ISO). */
  readonly date: string;
  /** The founding day (ISO), the left end of the plans' "(11/6/1948 - 11/6/2021)". */
  readonly foundedOn: string;
  /** Class of N: `'ten'`, `'five'` or `'none'`. */
  readonly roundness: Roundness;
  /** The decree's term: "năm tròn", "năm lẻ 5" or "năm khác". */
  readonly roundnessVi: RoundnessVi;
  /**
   * True when N is a multiple of 5: a candidate for a formal ceremony. Only a candidate:
   * Party and Government documents decide each celebration; never read it as a fact.
   */
  readonly ceremonyCandidate: boolean;
  /** The label as plans write it, in Vietnamese, and its English form. */
  readonly label: Message;
  /** Confidence of the founding year the ordinal is counted from. */
  readonly foundingYearTag: CalendarTag;
  /** Legal basis of the classification (Nghị định 145/2013, 111/2018). */
  readonly basis: readonly Citation[];
  /** What the classification does and does not say. */
  readonly note: Message;
}

const ROUNDNESS_VI: Readonly<Record<Roundness, RoundnessVi>> = {
  ten: 'năm tròn',
  five: 'năm lẻ 5',
  none: 'năm khác',
};

const NOTE: Message = Object.freeze({
  vi: 'Phân loại theo số năm N (Nghị định 145/2013/NĐ-CP); việc tổ chức kỷ niệm ở cấp nào do văn bản của Đảng, Nhà nước quyết định từng năm, không suy ra từ phép tính.',
  en: 'Classified by the anniversary number N (Decree 145/2013); the level of any celebration is decided each year by Party and State documents, never inferred from arithmetic.',
});

type RoundEntry = NonNullable<(typeof ANNIVERSARY_ROUND.values)[number]>;

// valueAt without re-parsing: `date` is a valid ISO date built by this module. Before the
// decree's first value, its terms are applied retrospectively (see the parameter's note).
function roundEntry(date: string): RoundEntry | undefined {
  const values = ANNIVERSARY_ROUND.values;
  let found: RoundEntry | undefined = values[0];
  for (const v of values) if (v.from <= date && v.provisional !== true) found = v;
  return found;
}

function roundRule(date: string): { readonly ten: number; readonly five: number } {
  return roundEntry(date)?.value ?? { ten: 10, five: 5 };
}

/**
 * Class an anniversary number N in the terms of Nghị định 145/2013/NĐ-CP: multiples of 10
 * are "năm tròn", other multiples of 5 "năm lẻ 5", the rest "năm khác". The digit is that of
 * N, not of the calendar year (the 50th of 30/4/1975, in 2025, is a "năm tròn").
 *
 * @example
 * ```ts
 * import { roundnessOf } from 'tdkt';
 * roundnessOf(80); // { roundness: 'ten', roundnessVi: 'năm tròn' }
 * roundnessOf(65); // { roundness: 'five', roundnessVi: 'năm lẻ 5' }
 * roundnessOf(73); // { roundness: 'none', roundnessVi: 'năm khác' }
 * ```
 * @throws TdktError (`INVALID_INPUT`) when N is not a positive integer.
 * @category Calendar
 * @since 0.1.0
 */
export function roundnessOf(ordinal: number): { roundness: Roundness; roundnessVi: RoundnessVi } {
  if (typeof ordinal !== 'number' || !Number.isSafeInteger(ordinal) || ordinal < 1) {
    throw fail(
      'INVALID_INPUT',
      ['ordinal'],
      `Số năm kỷ niệm phải là số nguyên dương, nhận được ${describe(ordinal)}`,
      `The anniversary number must be a positive integer, got ${describe(ordinal)}`,
    );
  }
  return classify(ordinal, roundRule('2013-12-16'));
}

function classify(
  ordinal: number,
  rule: { readonly ten: number; readonly five: number },
): { roundness: Roundness; roundnessVi: RoundnessVi } {
  const roundness: Roundness =
    ordinal % rule.ten === 0 ? 'ten' : ordinal % rule.five === 0 ? 'five' : 'none';
  return { roundness, roundnessVi: ROUNDNESS_VI[roundness] };
}

/**
 * The Vietnamese and English anniversary labels, in the plans' canonical form
 * "Kỷ niệm {N} năm {tên} ({d}/{m}/{Y0} - {d}/{m}/{Y})".
 * @internal
 */
export function formatAnniversaryLabel(o: Observance, ordinal: number, year: number): Message {
  const { day, month } = o.date;
  const y0 = year - ordinal;
  return {
    vi: `Kỷ niệm ${ordinal} năm ${o.labelVi} (${dayMonthYearVi(day, month, y0)} - ${dayMonthYearVi(day, month, year)})`,
    en: `${ordinalEn(ordinal)} anniversary of ${o.labelEn} (${dayMonthYearEn(day, month, y0)} – ${dayMonthYearEn(day, month, year)})`,
  };
}

/**
 * Build an anniversary for an observance with a founding year (no checks).
 * @internal
 */
export function buildAnniversary(o: Observance, foundingYear: number, year: number): Anniversary {
  const ordinal = year - foundingYear;
  const date = dateInYear(o, year);
  const entry = roundEntry(date);
  const { roundness, roundnessVi } = classify(ordinal, entry?.value ?? { ten: 10, five: 5 });
  return Object.freeze({
    observance: o.id,
    name: Object.freeze({ vi: o.nameVi, en: o.nameEn }),
    foundingYear,
    tdkt: o.tdkt,
    ordinal,
    date,
    foundedOn: formatIsoDate(foundingYear, o.date.month, o.date.day),
    roundness,
    roundnessVi,
    ceremonyCandidate: roundness !== 'none',
    label: Object.freeze(formatAnniversaryLabel(o, ordinal, year)),
    foundingYearTag: o.foundingYearTag ?? 'unverified',
    basis: entry?.basis ?? [],
    note: NOTE,
  });
}

/**
 * The N-th anniversary of an observance in a year: N = year − founding year, its class in
 * the terms of Nghị định 145/2013/NĐ-CP ("năm tròn", "năm lẻ 5", "năm khác") and the label as
 * plans write it. N counts by year, not by elapsed days: plans cite the anniversary for the
 * whole year, before the date as well as after.
 *
 * Observances without a founding year (Tết Nguyên Đán, Giỗ Tổ Hùng Vương, 1/1, the proposed
 * 24/11) have no ordinal: this function throws `NO_FOUNDING_YEAR` for them; use
 * `observanceDate` for their date, or `observancesInYear`, which lists them without an
 * anniversary.
 *
 * @example
 * ```ts
 * import { anniversary } from 'tdkt';
 * const a = anniversary('thi-dua-ai-quoc', 2021);
 * a.ordinal;    // 73
 * a.roundness;  // 'none'
 * a.label.vi;   // 'Kỷ niệm 73 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2021)'
 * anniversary('thi-dua-ai-quoc', 2028).roundnessVi; // 'năm tròn' (80)
 * anniversary('vien-huan-chuong', 2022).ordinal;    // 75
 * ```
 * @throws TdktError (`UNKNOWN_OBSERVANCE`) for an unknown observance, (`NO_FOUNDING_YEAR`)
 * for an observance without a founding year, (`BEFORE_FOUNDING`) for a year up to and
 * including the founding year, (`INVALID_YEAR`) / (`YEAR_OUT_OF_RANGE`) for a year that is
 * not an integer within 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function anniversary(observance: string, year: number): Anniversary {
  const o = requireObservance(observance, ['observance']);
  const y = checkYear(year);
  if (o.foundingYear === undefined) {
    throw fail(
      'NO_FOUNDING_YEAR',
      ['observance'],
      `"${o.nameVi}" không có năm gốc nên không tính kỷ niệm lần thứ N; dùng observanceDate để lấy ngày`,
      `"${o.nameEn}" has no founding year, so it has no anniversary number; use observanceDate for its date`,
    );
  }
  if (y <= o.foundingYear) {
    throw fail(
      'BEFORE_FOUNDING',
      ['year'],
      `Năm ${y} chưa có kỷ niệm "${o.nameVi}" (năm gốc ${o.foundingYear}; kỷ niệm đầu tiên năm ${o.foundingYear + 1})`,
      `No anniversary of "${o.nameEn}" in ${y} (founded ${o.foundingYear}; the first anniversary is in ${o.foundingYear + 1})`,
    );
  }
  return buildAnniversary(o, o.foundingYear, y);
}

/**
 * Options of {@link anniversariesInYear}.
 * @category Calendar
 */
export interface AnniversariesOptions {
  /** Only "năm tròn" and "năm lẻ 5" (N divisible by 5). */
  readonly roundOnly?: boolean;
  /** `true`: only the days at the heart of TĐKT work; `false`: only the others. */
  readonly tdkt?: boolean;
  /** Only observances having this kind. */
  readonly kind?: ObservanceKind;
}

function byDate(
  a: { date: string; year0: number; id: string },
  b: { date: string; year0: number; id: string },
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.year0 !== b.year0) return a.year0 - b.year0;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sortByDate<T>(
  items: T[],
  key: (x: T) => { date: string; year0: number; id: string },
): T[] {
  return items
    .map((x) => ({ x, k: key(x) }))
    .sort((p, q) => byDate(p.k, q.k))
    .map((p) => p.x);
}

/**
 * Every anniversary falling in a year, sorted by date (then by founding year): the list plans
 * pick from for "đợt thi đua cao điểm chào mừng …". Observances without a founding year and
 * those founded in or after the year are left out; so are proposals.
 *
 * @example
 * ```ts
 * import { anniversariesInYear } from 'tdkt';
 * anniversariesInYear(2028, { roundOnly: true, tdkt: true }).map((a) => `${a.observance} ${a.ordinal}`);
 * // ['chi-thi-thi-dua-ai-quoc 80', 'sac-lenh-195 80', 'thi-dua-ai-quoc 80']
 * ```
 * @throws TdktError (`INVALID_YEAR`) / (`YEAR_OUT_OF_RANGE`) for a bad year,
 * (`INVALID_INPUT`) for malformed options.
 * @category Calendar
 * @since 0.1.0
 */
export function anniversariesInYear(year: number, options?: AnniversariesOptions): Anniversary[] {
  const y = checkYear(year);
  const f = checkObservanceFilter(options === undefined ? undefined : stripRound(options));
  const roundOnly = checkFlag((options as { roundOnly?: unknown } | undefined)?.roundOnly, [
    'options',
    'roundOnly',
  ]);
  const out: Anniversary[] = [];
  for (const o of OBSERVANCES) {
    if (o.status !== 'established' || o.foundingYear === undefined || o.foundingYear >= y) continue;
    if (!matchesFilter(o, f)) continue;
    if (
      roundOnly &&
      classify(y - o.foundingYear, roundRule(dateInYear(o, y))).roundness === 'none'
    ) {
      continue;
    }
    out.push(buildAnniversary(o, o.foundingYear, y));
  }
  return sortByDate(out, (a) => ({ date: a.date, year0: a.foundingYear, id: a.observance }));
}

function stripRound(options: unknown): unknown {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return options;
  const o = options as { kind?: unknown; tdkt?: unknown };
  const out: { kind?: unknown; tdkt?: unknown } = {};
  if ('kind' in o) out.kind = o.kind;
  if ('tdkt' in o) out.tdkt = o.tdkt;
  return out;
}

/**
 * One observance on its date in a year, with its anniversary when it has a founding year.
 * @category Calendar
 */
export interface ObservanceOccurrence {
  /** The observance. */
  readonly observance: Observance;
  /** Its solar date in the year (ISO); lunar observances are converted. */
  readonly date: string;
  /** The anniversary, for observances founded before the year. */
  readonly anniversary?: Anniversary;
}

/**
 * Options of {@link observancesInYear}.
 * @category Calendar
 */
export interface ObservancesInYearOptions {
  /** Include proposals such as 24/11 (Vietnam Culture Day); default `false`. */
  readonly includeProposed?: boolean;
  /** `true`: only the days at the heart of TĐKT work; `false`: only the others. */
  readonly tdkt?: boolean;
  /** Only observances having this kind. */
  readonly kind?: ObservanceKind;
}

/**
 * Every observance of a year on its solar date, sorted by date: Tết and Giỗ Tổ included
 * (converted from the lunar calendar), each with its anniversary when it has a founding year.
 * Lunar observances are listed within the lunar calendar's range (1900–2100) only.
 *
 * @example
 * ```ts
 * import { observancesInYear } from 'tdkt';
 * const days = observancesInYear(2028, { kind: 'major-national-day' });
 * days.map((d) => [d.observance.id, d.date, d.anniversary?.ordinal]);
 * // [['tet-nguyen-dan', '2028-01-26', undefined], ['thanh-lap-dang', '2028-02-03', 98],
 * //  ['gio-to-hung-vuong', '2028-04-04', undefined], ['giai-phong-mien-nam', '2028-04-30', 53], …]
 * ```
 * @throws TdktError (`INVALID_YEAR`) / (`YEAR_OUT_OF_RANGE`) for a bad year,
 * (`INVALID_INPUT`) for malformed options.
 * @category Calendar
 * @since 0.1.0
 */
export function observancesInYear(
  year: number,
  options?: ObservancesInYearOptions,
): ObservanceOccurrence[] {
  const y = checkYear(year);
  const includeProposed = checkFlag(
    (options as { includeProposed?: unknown } | undefined)?.includeProposed,
    ['options', 'includeProposed'],
  );
  const f = checkObservanceFilter(options === undefined ? undefined : stripRound(options));
  const out: ObservanceOccurrence[] = [];
  for (const o of OBSERVANCES) {
    if (o.status === 'proposed' && !includeProposed) continue;
    if (!matchesFilter(o, f) || !hasDateIn(o, y)) continue;
    const date = dateInYear(o, y);
    if (o.foundingYear !== undefined && o.foundingYear < y) {
      out.push(
        Object.freeze({ observance: o, date, anniversary: buildAnniversary(o, o.foundingYear, y) }),
      );
    } else {
      out.push(Object.freeze({ observance: o, date }));
    }
  }
  return sortByDate(out, (d) => ({
    date: d.date,
    year0: d.observance.foundingYear ?? 0,
    id: d.observance.id,
  }));
}
