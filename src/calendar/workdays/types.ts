import type { Message } from '../../core/errors.js';
import type { Citation } from '../../law/citation.js';

/**
 * How sure the library is of a calendar fact (the calendar vocabulary of the domain reference):
 * `verified` = seen in the quoted official source; `secondary` = seen only in a news or portal
 * page; `unverified` = consistent with the rules but no announcement was read.
 * @category Working days
 */
export type CalendarConfidence = 'verified' | 'secondary' | 'unverified';

/**
 * Where a year's announced schedule comes from.
 * @category Working days
 */
export interface WorkYearSource {
  /** What the source supports, e.g. `'Tết'`, `'30/4–1/5 swap'`. */
  readonly topic: string;
  /** The document, e.g. `'Công văn 2450/VPCP-KGVX ngày 12/4/2024'`, or the page title. */
  readonly reference?: string;
  /** A public page quoting it. */
  readonly url?: string;
  /** How sure we are of it. */
  readonly confidence: CalendarConfidence;
}

/**
 * A swap of working days ("hoán đổi ngày làm việc"): a weekday becomes a day off and a weekly
 * rest day (a Saturday) is worked instead.
 * @category Working days
 */
export interface WorkSwap {
  /** The weekday given off. */
  readonly off: string;
  /** The rest day worked instead ("làm bù"). */
  readonly worked: string;
}

/**
 * An extra day off announced for a year (beyond the Labour Code's list).
 * @category Working days
 */
export interface ExtraDayOff {
  /** The day off. */
  readonly date: string;
  /** Its name; a generic one is used when absent. */
  readonly name?: Message;
}

/**
 * The Government's announced schedule for one year: the data layer of the working-day
 * calendar. Every field is optional: a missing field falls back to the rules (and the days it
 * produces are marked `estimated`).
 * @category Working days
 */
export interface WorkYear {
  /** Gregorian year. */
  readonly year: number;
  /**
   * The weekdays off for Tết Nguyên Đán as announced (weekly rest days inside the break need not
   * be listed). For 2025: 27/1 … 31/1.
   */
  readonly tetDaysOff?: readonly string[];
  /** The day(s) off adjoining 2/9 (Quốc khánh), from 2021; `[]` when none. For 2025: 1/9. */
  readonly nationalDayExtra?: readonly string[];
  /**
   * The compensatory days off ("nghỉ bù") for holidays falling on a weekly rest day. When
   * absent they follow Labour Code 2019 Đ111 k3 (the next working day).
   */
  readonly compensatory?: readonly string[];
  /** Swapped working days (civil servants; enterprises may follow them). */
  readonly swaps?: readonly WorkSwap[];
  /** Any other day off announced for the year. */
  readonly extraDaysOff?: readonly ExtraDayOff[];
  /** Where the schedule comes from. */
  readonly sources?: readonly WorkYearSource[];
  /** Remarks, e.g. what is still unconfirmed. */
  readonly note?: string;
}

/**
 * What kind of day off a {@link PublicHoliday} is:
 * - `holiday`: a statutory holiday of Labour Code 2019 Đ112 k1 (1/1, 30/4, 1/5, 2/9 and its
 *   adjacent day, Giỗ Tổ 10/3 ÂL);
 * - `tet`: a day of the Tết Nguyên Đán break;
 * - `compensatory`: "nghỉ bù" for a holiday on a weekly rest day (Đ111 k3);
 * - `swap-off`: a weekday off by a swap ("hoán đổi"), worked back on a rest day;
 * - `extra`: another day off announced for the year.
 * @category Working days
 */
export type DayOffKind = 'holiday' | 'tet' | 'compensatory' | 'swap-off' | 'extra';

/**
 * One official day off of a year.
 * @category Working days
 */
export interface PublicHoliday {
  /** The date (ISO). */
  readonly date: string;
  /** Name in Vietnamese and English. */
  readonly name: Message;
  /** What kind of day off it is. */
  readonly kind: DayOffKind;
  /**
   * True when the day was not announced but computed by the rules (a year without data, or a
   * field the year's data lacks): the Government may still decide otherwise.
   */
  readonly estimated: boolean;
  /**
   * True when the day falls on a weekly rest day (it is listed for completeness; its
   * compensatory day, if any, is listed separately).
   */
  readonly restDay: boolean;
  /** Legal basis of the rule that makes it a day off. */
  readonly basis: readonly Citation[];
  /** The announcement it comes from (document or URL), for days of the data layer. */
  readonly source?: string;
}

/**
 * A weekly rest day worked because of a swap ("ngày làm bù").
 * @category Working days
 */
export interface SwappedWorkingDay {
  /** The rest day that is worked (ISO). */
  readonly date: string;
  /** The weekday given off in exchange. */
  readonly replaces: string;
  /** Name in Vietnamese and English. */
  readonly name: Message;
  /** The announcement it comes from. */
  readonly source?: string;
}

/**
 * A working-day calendar: weekly rest days, the Labour Code rules and the announced data per
 * year. Build one with `createWorkCalendar`; pass it as `options.calendar`.
 * @category Working days
 */
export interface WorkCalendar {
  /** ISO weekdays of weekly rest (1 = Monday … 7 = Sunday); default `[6, 7]`. */
  readonly weekend: readonly number[];
  /** The announced data by year (built-in years merged with the caller's). */
  readonly years: readonly WorkYear[];
  /** Whether swaps apply (civil servants: yes; default true). */
  readonly applySwaps: boolean;
}

/**
 * Options of the working-day functions.
 * @category Working days
 */
export interface WorkdayOptions {
  /** The calendar to use; default: Vietnam's built-in calendar (Saturday and Sunday off). */
  readonly calendar?: WorkCalendar;
}
