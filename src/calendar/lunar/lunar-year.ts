import { toDayNumber } from '../../core/iso-date.js';
import { approximateLunation, newMoonDay, sunLongitudeAtDayStart } from './astronomy.js';

/**
 * The months of one "solstice year": from the start of month 11 containing the December
 * solstice of Gregorian year `year − 1` (inclusive) to the start of month 11 of `year`
 * (exclusive). This is the unit in which the leap month is decided.
 * @internal
 */
export interface SolsticeYear {
  /** Gregorian year of the closing solstice. */
  readonly year: number;
  /** Day numbers of the month starts, plus the closing month 11 start (length = months + 1). */
  readonly starts: Int32Array;
  /** Month number (1–12) of each month. */
  readonly numbers: Uint8Array;
  /** Index of the leap month in `starts`, or −1 when the solstice year has 12 months. */
  readonly leapIndex: number;
  /** Index of (non-leap) month 1: months before it belong to lunar year `year − 1`. */
  readonly month1Index: number;
}

/** Lowest and highest Gregorian years the cache will compute (guards against runaway input). */
const MIN_COMPUTABLE_YEAR = 1700;
const MAX_COMPUTABLE_YEAR = 2300;

interface ZoneCache {
  readonly month11: Map<number, { readonly k: number; readonly day: number }>;
  readonly years: (SolsticeYear | undefined)[];
}

const caches = new Map<number, ZoneCache>();

function zoneCache(timeZone: number): ZoneCache {
  let c = caches.get(timeZone);
  if (!c) {
    c = { month11: new Map(), years: [] };
    caches.set(timeZone, c);
  }
  return c;
}

/**
 * The new moon that starts month 11 of Gregorian year `year`: the last new-moon date on or
 * before the local date of the December solstice. A new-moon date `d` is on or before the
 * solstice date exactly when the Sun's longitude at the start of `d` is at most 270°.
 */
function month11(year: number, timeZone: number, cache: ZoneCache): { k: number; day: number } {
  const hit = cache.month11.get(year);
  if (hit) return hit;
  // 21 December is within a day of the solstice; start from the lunation before it.
  const dec21 = toDayNumber(year, 12, 21);
  let k = approximateLunation(dec21) - 1;
  let day = newMoonDay(k, timeZone);
  // Longitudes around December lie in (180°, 360°): plain comparisons are safe.
  while (sunLongitudeAtDayStart(day, timeZone) > 270) {
    k -= 1;
    day = newMoonDay(k, timeZone);
  }
  for (;;) {
    const next = newMoonDay(k + 1, timeZone);
    const lambda = sunLongitudeAtDayStart(next, timeZone);
    if (lambda > 270 || lambda < 90) break;
    k += 1;
    day = next;
  }
  const result = { k, day };
  cache.month11.set(year, result);
  return result;
}

/** Sector index 0–11 of the Sun's longitude at the start of a day (one sector per major term). */
function sector(day: number, timeZone: number): number {
  return Math.floor(sunLongitudeAtDayStart(day, timeZone) / 30);
}

function computeSolsticeYear(year: number, timeZone: number, cache: ZoneCache): SolsticeYear {
  const a = month11(year - 1, timeZone, cache);
  const b = month11(year, timeZone, cache);
  const count = b.k - a.k;
  const starts = new Int32Array(count + 1);
  for (let i = 0; i <= count; i++) {
    starts[i] = i === 0 ? a.day : i === count ? b.day : newMoonDay(a.k + i, timeZone);
  }
  let leapIndex = -1;
  if (count === 13) {
    // The first month after month 11 in which no major solar term begins is the leap month.
    let prev = sector(starts[1]!, timeZone);
    for (let i = 1; i < count; i++) {
      const next = sector(starts[i + 1]!, timeZone);
      if (next === prev) {
        leapIndex = i;
        break;
      }
      prev = next;
    }
  }
  const numbers = new Uint8Array(count);
  let month1Index = -1;
  for (let i = 0; i < count; i++) {
    const shift = leapIndex > 0 && i >= leapIndex ? 1 : 0;
    const n = ((10 + i - shift) % 12) + 1;
    numbers[i] = n;
    if (n === 1 && i !== leapIndex && month1Index < 0) month1Index = i;
  }
  return Object.freeze({ year, starts, numbers, leapIndex, month1Index });
}

/**
 * The solstice year closing in December of `year` (cached per time zone).
 * @internal
 */
export function solsticeYear(year: number, timeZone: number): SolsticeYear {
  if (!(year >= MIN_COMPUTABLE_YEAR && year <= MAX_COMPUTABLE_YEAR)) {
    throw new RangeError(`[tdkt] lunar year ${year} outside the computable range`);
  }
  const cache = zoneCache(timeZone);
  const idx = year - MIN_COMPUTABLE_YEAR;
  let s = cache.years[idx];
  if (!s) {
    s = computeSolsticeYear(year, timeZone, cache);
    cache.years[idx] = s;
  }
  return s;
}

/**
 * A lunar date found from a day number.
 * @internal
 */
export interface LunarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
  /** Days in this lunar month (29 or 30). */
  readonly monthLength: number;
  /** Day number of the first day of the month. */
  readonly monthStart: number;
}

/**
 * Solar day number → lunar date, for a day whose Gregorian year is `gregorianYear`.
 * @internal
 */
export function lunarOfDay(dayNumber: number, gregorianYear: number, timeZone: number): LunarParts {
  let s = solsticeYear(gregorianYear, timeZone);
  const starts0 = s.starts;
  if (dayNumber >= starts0[starts0.length - 1]!) s = solsticeYear(gregorianYear + 1, timeZone);
  else if (dayNumber < starts0[0]!) s = solsticeYear(gregorianYear - 1, timeZone);
  const starts = s.starts;
  let i = starts.length - 2;
  while (i > 0 && starts[i]! > dayNumber) i--;
  const start = starts[i]!;
  return {
    year: i < s.month1Index ? s.year - 1 : s.year,
    month: s.numbers[i]!,
    day: dayNumber - start + 1,
    leap: i === s.leapIndex,
    monthLength: starts[i + 1]! - start,
    monthStart: start,
  };
}

/**
 * One month of a lunar year.
 * @internal
 */
export interface MonthSpan {
  readonly month: number;
  readonly leap: boolean;
  readonly start: number;
  readonly length: number;
}

/**
 * The months of lunar year `year`, from month 1 to the last month 12 (13 entries with a leap).
 * @internal
 */
export function monthsOfLunarYear(year: number, timeZone: number): MonthSpan[] {
  const out: MonthSpan[] = [];
  const first = solsticeYear(year, timeZone);
  for (let i = first.month1Index; i < first.numbers.length; i++) {
    out.push({
      month: first.numbers[i]!,
      leap: i === first.leapIndex,
      start: first.starts[i]!,
      length: first.starts[i + 1]! - first.starts[i]!,
    });
  }
  const second = solsticeYear(year + 1, timeZone);
  for (let i = 0; i < second.month1Index; i++) {
    out.push({
      month: second.numbers[i]!,
      leap: i === second.leapIndex,
      start: second.starts[i]!,
      length: second.starts[i + 1]! - second.starts[i]!,
    });
  }
  return out;
}

/**
 * Day number of Tết (1/1 ÂL) of lunar year `year`.
 * @internal
 */
export function tetDay(year: number, timeZone: number): number {
  const s = solsticeYear(year, timeZone);
  return s.starts[s.month1Index]!;
}
