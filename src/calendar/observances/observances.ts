import { describe, fail } from '../../core/errors.js';
import { formatIsoDate } from '../../core/iso-date.js';
import { checkDate, checkOptions, checkYear, deepFreeze } from '../common/validate.js';
import { fromLunar, LUNAR_YEAR_RANGE, tet } from '../lunar/index.js';
import { OBSERVANCE_DATA } from './data.js';
import type { Observance, ObservanceKind } from './types.js';

const KINDS: readonly ObservanceKind[] = [
  'public-holiday',
  'major-national-day',
  'tradition-day',
  'international-day',
  'tdkt-milestone',
];

/**
 * Every observance of the TĐKT calendar, one entry per observance (not per date), in
 * calendar order: public holidays, the "ngày lễ lớn" of Nghị định 145/2013/NĐ-CP, sector
 * tradition days, international days and the founding acts of emulation work. Frozen.
 *
 * @example
 * ```ts
 * import { OBSERVANCES } from 'tdkt';
 * OBSERVANCES.filter((o) => o.date.calendar === 'solar' && o.date.month === 12 && o.date.day === 22)
 *   .map((o) => [o.id, o.foundingYear]);
 * // [['quan-doi-nhan-dan', 1944], ['quoc-phong-toan-dan', 1989]]
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export const OBSERVANCES: readonly Observance[] = /* @__PURE__ */ deepFreeze(OBSERVANCE_DATA);

let index: ReadonlyMap<string, Observance> | undefined;

function lookup(): ReadonlyMap<string, Observance> {
  if (!index) {
    const map = new Map<string, Observance>();
    for (const o of OBSERVANCES) {
      map.set(o.id, o);
      for (const a of o.aliases) map.set(a, o);
    }
    index = map;
  }
  return index;
}

/**
 * The observance with this id or alias, or `undefined`. Accepts the kebab-case id
 * (`'thi-dua-ai-quoc'`), the calendar reference's upper-snake code (`'TDKT_TRADITION_DAY'`),
 * in either case and with `-` or `_`.
 *
 * @example
 * ```ts
 * import { findObservance } from 'tdkt';
 * findObservance('TDKT_TRADITION_DAY')?.id; // 'thi-dua-ai-quoc'
 * findObservance('no-such-day');            // undefined
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function findObservance(idOrAlias: string): Observance | undefined {
  if (typeof idOrAlias !== 'string') return undefined;
  const key = idOrAlias.trim();
  if (key.length === 0 || key.length > 80) return undefined;
  const map = lookup();
  return (
    map.get(key) ??
    map.get(key.toLowerCase().replace(/_/g, '-')) ??
    map.get(key.toUpperCase().replace(/-/g, '_'))
  );
}

/**
 * The observance with this id or alias.
 *
 * @example
 * ```ts
 * import { getObservance } from 'tdkt';
 * const o = getObservance('thi-dua-ai-quoc');
 * o.foundingYear;               // 1948
 * o.basis[0]?.instrument;       // '258/QĐ-TTg'
 * ```
 * @throws TdktError (`UNKNOWN_OBSERVANCE`) for an id or alias that names no observance,
 * (`INVALID_INPUT`) for a value that is not a string.
 * @category Calendar
 * @since 0.1.0
 */
export function getObservance(idOrAlias: string): Observance {
  return requireObservance(idOrAlias, ['observance']);
}

/**
 * {@link getObservance} with the path to report.
 * @internal
 */
export function requireObservance(
  idOrAlias: unknown,
  path: readonly (string | number)[],
): Observance {
  if (typeof idOrAlias !== 'string') {
    throw fail(
      'INVALID_INPUT',
      path,
      `Mã ngày kỷ niệm phải là chuỗi, nhận được ${describe(idOrAlias)}`,
      `Observance id must be a string, got ${describe(idOrAlias)}`,
    );
  }
  const o = findObservance(idOrAlias);
  if (!o) {
    throw fail(
      'UNKNOWN_OBSERVANCE',
      path,
      `Không có ngày kỷ niệm ${describe(idOrAlias)}`,
      `Unknown observance ${describe(idOrAlias)}`,
    );
  }
  return o;
}

/**
 * Filter for {@link listObservances}.
 * @category Calendar
 */
export interface ObservanceFilter {
  /** Keep observances having this kind (among `kinds`). */
  readonly kind?: ObservanceKind;
  /** `true`: only the days at the heart of TĐKT work; `false`: only the others. */
  readonly tdkt?: boolean;
  /** Keep solar-dated or lunar-dated observances only. */
  readonly calendar?: 'solar' | 'lunar';
  /** Keep established observances or proposals only (default: both). */
  readonly status?: 'established' | 'proposed';
}

/**
 * @internal
 */
export function checkObservanceFilter(value: unknown): ObservanceFilter {
  const f = checkOptions<'kind' | 'tdkt' | 'calendar' | 'status'>(value);
  const out: { -readonly [K in keyof ObservanceFilter]: ObservanceFilter[K] } = {};
  if (f.kind !== undefined) {
    if (typeof f.kind !== 'string' || !KINDS.includes(f.kind as ObservanceKind)) {
      throw fail(
        'INVALID_INPUT',
        ['options', 'kind'],
        `Loại ngày không hợp lệ: ${describe(f.kind)}; dùng một trong ${KINDS.join(', ')}`,
        `Unknown observance kind ${describe(f.kind)}; use one of ${KINDS.join(', ')}`,
      );
    }
    out.kind = f.kind as ObservanceKind;
  }
  if (f.tdkt !== undefined) {
    if (typeof f.tdkt !== 'boolean') {
      throw fail('INVALID_INPUT', ['options', 'tdkt'], 'Cần true/false', 'Expected true or false');
    }
    out.tdkt = f.tdkt;
  }
  if (f.calendar !== undefined) {
    if (f.calendar !== 'solar' && f.calendar !== 'lunar') {
      throw fail(
        'INVALID_INPUT',
        ['options', 'calendar'],
        `Lịch phải là 'solar' hoặc 'lunar', nhận được ${describe(f.calendar)}`,
        `Calendar must be 'solar' or 'lunar', got ${describe(f.calendar)}`,
      );
    }
    out.calendar = f.calendar;
  }
  if (f.status !== undefined) {
    if (f.status !== 'established' && f.status !== 'proposed') {
      throw fail(
        'INVALID_INPUT',
        ['options', 'status'],
        `Trạng thái phải là 'established' hoặc 'proposed', nhận được ${describe(f.status)}`,
        `Status must be 'established' or 'proposed', got ${describe(f.status)}`,
      );
    }
    out.status = f.status;
  }
  return out;
}

/**
 * @internal
 */
export function matchesFilter(o: Observance, f: ObservanceFilter): boolean {
  if (f.kind !== undefined && !o.kinds.includes(f.kind)) return false;
  if (f.tdkt !== undefined && o.tdkt !== f.tdkt) return false;
  if (f.calendar !== undefined && o.date.calendar !== f.calendar) return false;
  if (f.status !== undefined && o.status !== f.status) return false;
  return true;
}

/**
 * The observances matching a filter, in calendar order.
 *
 * @example
 * ```ts
 * import { listObservances } from 'tdkt';
 * listObservances({ kind: 'major-national-day' }).length; // 8 (the 7 "ngày lễ lớn"; 19/8 and 2/9 are one item)
 * listObservances({ tdkt: true }).map((o) => o.id);
 * // ['chi-thi-thi-dua-ai-quoc', 'sac-lenh-195', 'thi-dua-ai-quoc', 'thanh-lap-bo-noi-vu', 'vien-huan-chuong']
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a malformed filter.
 * @category Calendar
 * @since 0.1.0
 */
export function listObservances(filter?: ObservanceFilter): readonly Observance[] {
  const f = checkObservanceFilter(filter);
  return OBSERVANCES.filter((o) => matchesFilter(o, f));
}

/**
 * The solar date of an observance in a year (for lunar observances, computed with the lunar
 * calendar: Tết Nguyên Đán is `tet(year)`, Giỗ Tổ is 10/3 ÂL of that lunar year).
 * @internal
 */
export function dateInYear(o: Observance, year: number): string {
  if (o.date.calendar === 'solar') return formatIsoDate(year, o.date.month, o.date.day);
  if (o.date.month === 1 && o.date.day === 1) return tet(year);
  return fromLunar({ year, month: o.date.month, day: o.date.day });
}

/**
 * True when the observance has a computable date in the year: always for solar observances;
 * for lunar ones, within the lunar calendar's range (1900–2100).
 * @internal
 */
export function hasDateIn(o: Observance, year: number): boolean {
  return (
    o.date.calendar === 'solar' || (year >= LUNAR_YEAR_RANGE.first && year <= LUNAR_YEAR_RANGE.last)
  );
}

/**
 * The solar (Gregorian) date of an observance in a given year. Lunar observances are
 * converted with the Vietnamese lunar calendar (UTC+7).
 *
 * @example
 * ```ts
 * import { observanceDate } from 'tdkt';
 * observanceDate('thi-dua-ai-quoc', 2028);   // '2028-06-11'
 * observanceDate('tet-nguyen-dan', 2028);    // '2028-01-26'
 * observanceDate('gio-to-hung-vuong', 2028); // '2028-04-04'
 * ```
 * @throws TdktError (`UNKNOWN_OBSERVANCE`) for an unknown id, (`INVALID_YEAR`) for a
 * non-integer year, (`YEAR_OUT_OF_RANGE`) for a year outside 1900–2200, (`OUT_OF_RANGE`,
 * from the lunar calendar) for a lunar observance outside 1900–2100.
 * @category Calendar
 * @since 0.1.0
 */
export function observanceDate(observance: string, year: number): string {
  const o = getObservance(observance);
  const y = checkYear(year);
  return dateInYear(o, y);
}

/**
 * The observances falling on a date (solar or lunar), in calendar order. Proposals
 * (24/11, Vietnam Culture Day) are included and keep their `status: 'proposed'`. Lunar
 * observances are matched within the lunar calendar's range (1900–2100) only.
 *
 * @example
 * ```ts
 * import { observancesOn } from 'tdkt';
 * observancesOn('2025-12-22').map((o) => o.id); // ['quan-doi-nhan-dan', 'quoc-phong-toan-dan']
 * observancesOn('2028-01-26').map((o) => o.id); // ['tet-nguyen-dan']
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed or impossible date,
 * (`YEAR_OUT_OF_RANGE`) for a year outside 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function observancesOn(date: string): readonly Observance[] {
  const d = checkDate(date);
  const iso = formatIsoDate(d.year, d.month, d.day);
  return OBSERVANCES.filter((o) =>
    o.date.calendar === 'solar'
      ? o.date.month === d.month && o.date.day === d.day
      : hasDateIn(o, d.year) && dateInYear(o, d.year) === iso,
  );
}
