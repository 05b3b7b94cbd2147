import * as z from 'zod';
import type { WorkCalendar } from '../calendar/workdays/types.js';
import { isRecordObject } from '../core/errors.js';
import { tryParseIsoDate } from '../core/iso-date.js';
import { bilingual, IsoDateSchema, MessageSchema, onValid } from './primitives.js';

// The calendar functions read the option fields they know and ignore any other key. These
// schemas are closed instead (an unknown key is an error), so that a misspelt field
// ("roundonly", "countStart") is reported rather than silently dropped.

type Ctx = z.core.$RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], vi: string, en: string): void {
  ctx.addIssue({ code: 'custom', path, ...bilingual(vi, en) });
}

/**
 * A kind of observance (`ObservanceKind`).
 * @internal
 */
export const ObservanceKindSchema = /* @__PURE__ */ z.enum([
  'public-holiday',
  'major-national-day',
  'tradition-day',
  'international-day',
  'tdkt-milestone',
]);

/**
 * Options of `anniversariesInYear` (the calendar's `AnniversariesOptions`): only round
 * anniversaries (N divisible by 5), only the days at the heart of TĐKT work (or only the
 * others), only one kind of observance. Closed: an unknown key is an error (the function would
 * ignore it).
 *
 * @example
 * ```ts
 * import { AnniversariesOptionsSchema } from 'tdkt';
 * AnniversariesOptionsSchema.safeParse({ roundOnly: true, tdkt: true, kind: 'tradition-day' }).success; // true
 * AnniversariesOptionsSchema.safeParse({ kind: 'holiday' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const AnniversariesOptionsSchema = /* @__PURE__ */ z.strictObject({
  roundOnly: z.boolean().exactOptional(),
  tdkt: z.boolean().exactOptional(),
  kind: ObservanceKindSchema.exactOptional(),
});

/**
 * Options of `observancesInYear` (the calendar's `ObservancesInYearOptions`): include proposals
 * (default false), only the days at the heart of TĐKT work (or only the others), only one kind.
 * Closed: an unknown key is an error (the function would ignore it).
 *
 * @example
 * ```ts
 * import { ObservancesInYearOptionsSchema } from 'tdkt';
 * ObservancesInYearOptionsSchema.safeParse({ includeProposed: true, kind: 'major-national-day' }).success; // true
 * ObservancesInYearOptionsSchema.safeParse({ includeProposed: 'yes' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ObservancesInYearOptionsSchema = /* @__PURE__ */ z.strictObject({
  includeProposed: z.boolean().exactOptional(),
  tdkt: z.boolean().exactOptional(),
  kind: ObservanceKindSchema.exactOptional(),
});

/**
 * The filter of `listObservances` (the calendar's `ObservanceFilter`): a kind, TĐKT days only
 * (or only the others), solar- or lunar-dated days, established days or proposals. Closed: an
 * unknown key is an error (the function would ignore it).
 *
 * @example
 * ```ts
 * import { ObservanceFilterSchema } from 'tdkt';
 * ObservanceFilterSchema.safeParse({ calendar: 'lunar', status: 'established' }).success; // true
 * ObservanceFilterSchema.safeParse({ calendar: 'am-lich' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const ObservanceFilterSchema = /* @__PURE__ */ z.strictObject({
  kind: ObservanceKindSchema.exactOptional(),
  tdkt: z.boolean().exactOptional(),
  calendar: z.enum(['solar', 'lunar']).exactOptional(),
  status: z.enum(['established', 'proposed']).exactOptional(),
});

/**
 * Options of `planMilestones` (the calendar's `PlanMilestonesOptions`): add the National
 * Congress in congress years (default true). Closed: an unknown key is an error (the function
 * would ignore it).
 *
 * @example
 * ```ts
 * import { PlanMilestonesOptionsSchema } from 'tdkt';
 * PlanMilestonesOptionsSchema.safeParse({ congress: false }).success; // true
 * PlanMilestonesOptionsSchema.safeParse({ congress: 0 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const PlanMilestonesOptionsSchema = /* @__PURE__ */ z.strictObject({
  congress: z.boolean().exactOptional(),
});

// A month-day `MM-DD` that exists in every year (so not 02-29).
const MONTH_DAY_RE =
  /^(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)$/;

/**
 * Options of the school-year functions (`schoolYearOf`, `getPeriod`, `periodOf`, `periodsOf`,
 * `periodRange` …; the calendar's `SchoolYearOptions`): the first day of the school year as
 * `MM-DD` (a day every year has, so not `02-29`; default the parameter `SCHOOL_YEAR_START`,
 * `'09-01'`). Closed: an unknown key is an error (the functions would ignore it).
 *
 * @example
 * ```ts
 * import { SchoolYearOptionsSchema } from 'tdkt';
 * SchoolYearOptionsSchema.safeParse({ start: '08-15' }).success; // true
 * SchoolYearOptionsSchema.safeParse({ start: '02-29' }).success; // false
 * SchoolYearOptionsSchema.safeParse({ start: '9-1' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const SchoolYearOptionsSchema = /* @__PURE__ */ z.strictObject({
  start: z.string().regex(MONTH_DAY_RE).exactOptional(),
});

/**
 * A working-day calendar made by `createWorkCalendar`. Only the object it returns is accepted
 * by the working-day functions; a schema can only check that it is an object.
 * @internal
 */
export const WorkCalendarObjectSchema = /* @__PURE__ */ z.custom<WorkCalendar>(
  (v) => isRecordObject(v),
  bilingual(
    'Lịch ngày làm việc phải là đối tượng do createWorkCalendar tạo',
    'A working-day calendar must be the object createWorkCalendar returns',
  ),
);

/**
 * Options of the working-day functions (`isWorkingDay`, `addWorkingDays`, `workingDaysBetween`,
 * `publicHolidays` …; the calendar's `WorkdayOptions`): the calendar to use (default: Vietnam's
 * built-in calendar). The calendar must be the object `createWorkCalendar` returns (the
 * functions refuse any other object); this schema, like its JSON Schema, only checks that it is
 * an object — a service receiving JSON builds the calendar with `createWorkCalendar` from a
 * {@link WorkCalendarSpecSchema} spec. Closed: an unknown key is an error (the functions would
 * ignore it).
 *
 * @example
 * ```ts
 * import { WorkdayOptionsSchema, createWorkCalendar } from 'tdkt';
 * WorkdayOptionsSchema.safeParse({ calendar: createWorkCalendar({ weekend: [7] }) }).success; // true
 * WorkdayOptionsSchema.safeParse({ calendar: 'VN' }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const WorkdayOptionsSchema = /* @__PURE__ */ z.strictObject({
  calendar: WorkCalendarObjectSchema.exactOptional(),
});

/**
 * Options of `postingPeriodEnd` and `earliestCouncilMeeting` (the calendar's `PostingOptions`):
 * the kind of posting (`state`, default, or `hero`), a number of working days (1–365) instead of
 * the parameter, whether the posting day counts, and the calendar (as
 * {@link WorkdayOptionsSchema}). Closed: an unknown key is an error (the functions would ignore
 * it).
 *
 * @example
 * ```ts
 * import { PostingOptionsSchema } from 'tdkt';
 * PostingOptionsSchema.safeParse({ kind: 'hero', days: 10, countStartDay: false }).success; // true
 * PostingOptionsSchema.safeParse({ days: 0 }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const PostingOptionsSchema = /* @__PURE__ */ z.strictObject({
  calendar: WorkCalendarObjectSchema.exactOptional(),
  kind: z.enum(['state', 'hero']).exactOptional(),
  days: z.int().min(1).max(365).exactOptional(),
  countStartDay: z.boolean().exactOptional(),
});

/**
 * Where a year's announced schedule comes from (`WorkYearSource`).
 * @internal
 */
export const WorkYearSourceSchema = /* @__PURE__ */ z.strictObject({
  topic: z.string(),
  reference: z.string().exactOptional(),
  url: z.string().exactOptional(),
  confidence: z.enum(['verified', 'secondary', 'unverified']),
});

/**
 * A swap of working days (`WorkSwap`).
 * @internal
 */
export const WorkSwapSchema = /* @__PURE__ */ z.strictObject({
  off: IsoDateSchema,
  worked: IsoDateSchema,
});

/**
 * An extra day off (`ExtraDayOff`).
 * @internal
 */
export const ExtraDayOffSchema = /* @__PURE__ */ z.strictObject({
  date: IsoDateSchema,
  name: MessageSchema.exactOptional(),
});

/** The year of an ISO date accepted by IsoDateSchema. */
function yearOf(date: string): number {
  return tryParseIsoDate(date)?.year ?? Number.NaN;
}

const WorkYearObject = /* @__PURE__ */ z.strictObject({
  year: z.int().min(2014).max(2100),
  tetDaysOff: z.array(IsoDateSchema).readonly().exactOptional(),
  nationalDayExtra: z.array(IsoDateSchema).readonly().exactOptional(),
  compensatory: z.array(IsoDateSchema).readonly().exactOptional(),
  swaps: z.array(WorkSwapSchema).readonly().exactOptional(),
  extraDaysOff: z.array(ExtraDayOffSchema).readonly().exactOptional(),
  sources: z.array(WorkYearSourceSchema).readonly().exactOptional(),
  note: z.string().exactOptional(),
});

/**
 * The announced schedule of one year (the calendar's `WorkYear`): a year from 2014 to 2100, the
 * Tết days off, the day(s) adjoining 2/9, compensatory days off, swaps, other days off, sources
 * and a note. Every date lies in the year or an adjacent one. Closed: an unknown key is an error
 * (`createWorkCalendar` would drop it).
 *
 * @example
 * ```ts
 * import { WorkYearSchema } from 'tdkt';
 * WorkYearSchema.safeParse({ year: 2025, swaps: [{ off: '2025-05-02', worked: '2025-04-26' }] }).success; // true
 * WorkYearSchema.safeParse({ year: 2025, tetDaysOff: ['2030-01-01'] }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const WorkYearSchema = /* @__PURE__ */ WorkYearObject.superRefine(
  onValid((y, ctx) => {
    const check = (date: string, path: (string | number)[]) => {
      if (Math.abs(yearOf(date) - y.year) > 1) {
        issue(
          ctx,
          path,
          `Ngày ${date} không thuộc năm ${y.year} (hoặc năm liền kề)`,
          `Date ${date} is not in ${y.year} (or an adjacent year)`,
        );
      }
    };
    for (const key of ['tetDaysOff', 'nationalDayExtra', 'compensatory'] as const) {
      (y[key] ?? []).forEach((d, i) => {
        check(d, [key, i]);
      });
    }
    (y.swaps ?? []).forEach((s, i) => {
      check(s.off, ['swaps', i, 'off']);
      check(s.worked, ['swaps', i, 'worked']);
    });
    (y.extraDaysOff ?? []).forEach((e, i) => {
      check(e.date, ['extraDaysOff', i, 'date']);
    });
  }),
);

/**
 * The spec of `createWorkCalendar` (the calendar's `WorkCalendarSpec`): announced data per year
 * ({@link WorkYearSchema}, each year at most once), the weekly rest days (ISO weekdays 1–7, at
 * least one working day left; default `[6, 7]`), whether to drop the built-in years and whether
 * swaps apply. Closed: an unknown key is an error (the function would ignore it).
 *
 * @example
 * ```ts
 * import { WorkCalendarSpecSchema } from 'tdkt';
 * WorkCalendarSpecSchema.safeParse({ weekend: [7], applySwaps: false }).success; // true
 * WorkCalendarSpecSchema.safeParse({ years: [{ year: 2027 }, { year: 2027 }] }).success; // false
 * WorkCalendarSpecSchema.safeParse({ weekend: [1, 2, 3, 4, 5, 6, 7] }).success; // false
 * ```
 * @category Schemas
 * @since 0.1.0
 */
export const WorkCalendarSpecSchema = /* @__PURE__ */ z
  .strictObject({
    years: z.array(WorkYearSchema).readonly().exactOptional(),
    weekend: z.array(z.int().min(1).max(7)).readonly().exactOptional(),
    replaceBuiltIn: z.boolean().exactOptional(),
    applySwaps: z.boolean().exactOptional(),
  })
  .superRefine(
    onValid((spec, ctx) => {
      const seen = new Set<number>();
      (spec.years ?? []).forEach((y, i) => {
        if (seen.has(y.year)) {
          issue(ctx, ['years', i, 'year'], `Năm ${y.year} bị lặp`, `Year ${y.year} is given twice`);
        }
        seen.add(y.year);
      });
      if (new Set(spec.weekend ?? []).size === 7) {
        issue(
          ctx,
          ['weekend'],
          'Phải có ít nhất một ngày làm việc trong tuần',
          'At least one weekday must be a working day',
        );
      }
    }),
  );
