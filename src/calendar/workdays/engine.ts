import type { Message } from '../../core/errors.js';
import { dayNumberToIso, fromDayNumber, toDayNumber } from '../../core/iso-date.js';
import type { Citation } from '../../law/citation.js';
import { valueAt } from '../../law/parameters.js';
import {
  PUBLIC_HOLIDAY_NATIONAL_DAY_DAYS,
  PUBLIC_HOLIDAY_TET_DAYS,
} from '../../law/params/workdays.js';
import { lunarOfDay, monthsOfLunarYear, tetDay } from '../lunar/lunar-year.js';
import { calendarState } from './calendar.js';
import type {
  DayOffKind,
  PublicHoliday,
  SwappedWorkingDay,
  WorkCalendar,
  WorkYear,
} from './types.js';

/** Status codes of a day in a year table. */
export const WORKING = 0;
export const REST = 1;
export const OFF = 2;
export const WORKED_REST_DAY = 3;

/**
 * Everything about one Gregorian year of a calendar, computed once.
 * @internal
 */
export interface YearTable {
  readonly year: number;
  /** Day number of 1 January. */
  readonly first: number;
  /** Status of each day of the year (index = day − first). */
  readonly status: Uint8Array;
  /** The days off, sorted by date. */
  readonly holidays: readonly PublicHoliday[];
  /** Rest days worked by swap. */
  readonly worked: readonly SwappedWorkingDay[];
  /** True when the year has announced data. */
  readonly announced: boolean;
}

const VN_TZ = 7;

const LC2019 = '45/2019/QH14';
const LC2012 = '10/2012/QH13';

function holidayBasis(year: number, point: string): readonly Citation[] {
  return year >= 2021
    ? [{ instrument: LC2019, article: 112, clause: 1, point, confidence: 'confirmed' }]
    : [{ instrument: LC2012, article: 115, clause: 1, confidence: 'unconfirmed' }];
}

function compensatoryBasis(year: number): readonly Citation[] {
  return year >= 2021
    ? [{ instrument: LC2019, article: 111, clause: 3, confidence: 'confirmed' }]
    : [{ instrument: LC2012, article: 115, clause: 3, confidence: 'unconfirmed' }];
}

const TET_DECISION: Citation = {
  instrument: LC2019,
  article: 112,
  clause: 3,
  confidence: 'confirmed',
  note: 'The Prime Minister decides the Tết days and the day adjoining 2/9 each year.',
};

const LUNAR_MONTH_VI = [
  'Giêng',
  'Hai',
  'Ba',
  'Tư',
  'Năm',
  'Sáu',
  'Bảy',
  'Tám',
  'Chín',
  'Mười',
  'Mười Một',
  'Chạp',
];

function tetName(day: number): Message {
  const p = fromDayNumber(day);
  const l = lunarOfDay(day, p.year, VN_TZ);
  const d = l.day <= 10 ? `mùng ${l.day}` : String(l.day);
  const isEve = l.month === 12 && l.day === l.monthLength;
  return {
    vi: `Tết Nguyên đán (${d} tháng ${LUNAR_MONTH_VI[l.month - 1]}${isEve ? ', giao thừa' : ''})`,
    en: `Lunar New Year (day ${l.day} of lunar month ${l.month}${isEve ? ", New Year's Eve" : ''})`,
  };
}

function ddmm(day: number): string {
  const p = fromDayNumber(day);
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`;
}

interface Draft {
  day: number;
  name: Message;
  kind: DayOffKind;
  estimated: boolean;
  basis: readonly Citation[];
  source?: string;
  compensable: boolean;
}

function firstSource(entry: WorkYear | undefined, topicHint: RegExp): string | undefined {
  const s = entry?.sources?.find((x) => topicHint.test(x.topic)) ?? entry?.sources?.[0];
  return s ? (s.reference ?? s.url ?? s.topic) : undefined;
}

function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function computeYear(cal: WorkCalendar, year: number): YearTable {
  const state = calendarState(cal)!;
  const rest = (day: number) => state.restDays[weekdayOf(day)] === true;
  const entry = state.byYear.get(year);
  const announced = entry !== undefined;
  const first = toDayNumber(year, 1, 1);
  const last = toDayNumber(year, 12, 31);
  const drafts: Draft[] = [];
  const offDays = new Set<number>();
  const add = (d: Draft) => {
    drafts.push(d);
    offDays.add(d.day);
  };

  // Swapped working days (rest days worked), from this year's data and its neighbours'.
  const workedDays = new Map<number, SwappedWorkingDay>();
  const swapOffs: Draft[] = [];
  const extras: Draft[] = [];
  for (const y of [year - 1, year, year + 1]) {
    const e = state.byYear.get(y);
    if (!e) continue;
    if (cal.applySwaps) {
      for (const s of e.swaps ?? []) {
        const off = isoDay(s.off);
        const worked = isoDay(s.worked);
        const source = firstSource(e, /swap|hoán|Swap/);
        if (off >= first && off <= last) {
          swapOffs.push({
            day: off,
            name: {
              vi: `Nghỉ hoán đổi (làm bù ngày ${ddmm(worked)})`,
              en: `Day off by swap (worked instead on ${s.worked})`,
            },
            kind: 'swap-off',
            estimated: false,
            basis: [],
            ...(source !== undefined ? { source } : {}),
            compensable: false,
          });
        }
        if (worked >= first && worked <= last) {
          workedDays.set(worked, {
            date: s.worked,
            replaces: s.off,
            name: {
              vi: `Làm bù cho ngày nghỉ hoán đổi ${ddmm(off)}`,
              en: `Worked in exchange for the day off on ${s.off}`,
            },
            ...(source !== undefined ? { source } : {}),
          });
        }
      }
    }
    for (const x of e.extraDaysOff ?? []) {
      const d = isoDay(x.date);
      if (d < first || d > last) continue;
      const source = firstSource(e, /extra|thêm/);
      extras.push({
        day: d,
        name: x.name ?? {
          vi: 'Ngày nghỉ thêm theo thông báo của Chính phủ',
          en: 'Extra day off announced by the Government',
        },
        kind: 'extra',
        estimated: false,
        basis: [],
        ...(source !== undefined ? { source } : {}),
        compensable: false,
      });
    }
  }
  const isRestDay = (day: number) => rest(day) && !workedDays.has(day);

  // Fixed statutory holidays.
  const fixed: [number, number, string, Message][] = [
    [1, 1, 'a', { vi: 'Tết Dương lịch', en: "New Year's Day" }],
    [
      4,
      30,
      'c',
      {
        vi: 'Ngày Chiến thắng (Giải phóng miền Nam, thống nhất đất nước)',
        en: 'Reunification Day',
      },
    ],
    [5, 1, 'd', { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' }],
    [9, 2, 'đ', { vi: 'Quốc khánh', en: 'National Day' }],
  ];
  for (const [m, d, point, name] of fixed) {
    add({
      day: toDayNumber(year, m, d),
      name,
      kind: 'holiday',
      estimated: !announced,
      basis: holidayBasis(year, point),
      compensable: true,
    });
  }
  // Giỗ Tổ Hùng Vương, 10/3 ÂL (a holiday since 2007).
  const month3 = monthsOfLunarYear(year, VN_TZ).find((m) => m.month === 3 && !m.leap)!;
  add({
    day: month3.start + 9,
    name: {
      vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      en: "Hùng Kings' Commemoration Day (10/3 lunar)",
    },
    kind: 'holiday',
    estimated: !announced,
    basis: holidayBasis(year, 'e'),
    compensable: true,
  });

  // The day adjoining 2/9 (from 2021).
  const nationalDay = toDayNumber(year, 9, 2);
  const ndDays = valueAt(PUBLIC_HOLIDAY_NATIONAL_DAY_DAYS, `${year}-09-02`)?.value ?? 1;
  if (ndDays > 1) {
    const given = entry?.nationalDayExtra;
    const extraDays = given ? given.map(isoDay) : [adjacentNationalDay(nationalDay, isRestDay)];
    const source = given ? firstSource(entry, /Quốc khánh|2\/9/) : undefined;
    for (const d of extraDays) {
      add({
        day: d,
        name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjoining day)' },
        kind: 'holiday',
        estimated: given === undefined,
        basis: [...holidayBasis(year, 'đ'), TET_DECISION],
        ...(source !== undefined ? { source } : {}),
        compensable: true,
      });
    }
  }

  // Tết Nguyên Đán.
  const tet = tetDay(year, VN_TZ);
  const tetGiven = entry?.tetDaysOff;
  const tetCount = valueAt(PUBLIC_HOLIDAY_TET_DAYS, `${year}-01-01`)?.value ?? 5;
  const tetDays = tetGiven
    ? tetGiven.map(isoDay)
    : estimateTetDays(tet, tetCount, isRestDay, (d) => offDays.has(d));
  const tetSource = tetGiven ? firstSource(entry, /Tết(?! Dương)/) : undefined;
  if (tetDays.length > 0) {
    const lo = Math.min(...tetDays);
    const hi = Math.max(...tetDays);
    const chosen = new Set(tetDays);
    for (let d = lo; d <= hi; d++) {
      if (!chosen.has(d) && !isRestDay(d)) continue;
      add({
        day: d,
        name: tetName(d),
        kind: 'tet',
        estimated: tetGiven === undefined,
        basis: [...holidayBasis(year, 'b'), TET_DECISION],
        ...(tetSource !== undefined ? { source: tetSource } : {}),
        compensable: false,
      });
    }
  }

  for (const d of [...swapOffs, ...extras]) add(d);

  // Compensatory days (nghỉ bù): a holiday on a weekly rest day → the next working day.
  if (entry?.compensatory) {
    const source = firstSource(entry, /bù|compens/);
    for (const iso of entry.compensatory) {
      add({
        day: isoDay(iso),
        name: { vi: 'Nghỉ bù', en: 'Compensatory day off' },
        kind: 'compensatory',
        estimated: false,
        basis: compensatoryBasis(year),
        ...(source !== undefined ? { source } : {}),
        compensable: false,
      });
    }
  } else {
    const toCompensate = drafts
      .filter((d) => d.compensable && isRestDay(d.day))
      .sort((a, b) => a.day - b.day);
    for (const h of toCompensate) {
      let c = h.day + 1;
      while (c <= last && (isRestDay(c) || offDays.has(c))) c++;
      if (c > last) continue;
      add({
        day: c,
        name: {
          vi: `Nghỉ bù ${h.name.vi} (${ddmm(h.day)})`,
          en: `Compensatory day off for ${h.name.en} (${dayNumberToIso(h.day)})`,
        },
        kind: 'compensatory',
        estimated: !announced,
        basis: compensatoryBasis(year),
        compensable: false,
      });
    }
  }

  const status = new Uint8Array(last - first + 1);
  for (let d = first; d <= last; d++) {
    status[d - first] = rest(d) ? (workedDays.has(d) ? WORKED_REST_DAY : REST) : WORKING;
  }
  for (const d of offDays) if (d >= first && d <= last) status[d - first] = OFF;

  const holidays = drafts
    .filter((d) => d.day >= first && d.day <= last)
    .sort((a, b) => a.day - b.day || kindOrder(a.kind) - kindOrder(b.kind))
    .map(
      (d): PublicHoliday =>
        Object.freeze({
          date: dayNumberToIso(d.day),
          name: Object.freeze(d.name),
          kind: d.kind,
          estimated: d.estimated,
          restDay: isRestDay(d.day),
          basis: Object.freeze(d.basis.map((c) => Object.freeze({ ...c }))),
          ...(d.source !== undefined ? { source: d.source } : {}),
        }),
    );
  const worked = [...workedDays.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, w]) => Object.freeze({ ...w, name: Object.freeze(w.name) }));
  return Object.freeze({
    year,
    first,
    status,
    holidays: Object.freeze(holidays),
    worked: Object.freeze(worked),
    announced,
  });
}

function kindOrder(k: DayOffKind): number {
  return ['holiday', 'tet', 'extra', 'swap-off', 'compensatory'].indexOf(k);
}

function isoDay(iso: string): number {
  return toDayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * The day adjoining 2/9 when the year's decision is not known: a working day next to 2/9; if
 * both neighbours are working days, the one that joins a weekly rest day (a longer break);
 * otherwise the day before. This reproduces every decision 2021–2025 (Thursday 2/9 → Friday,
 * Tuesday → Monday, Saturday → Friday, Monday → Tuesday, Wednesday → Tuesday).
 * @internal
 */
export function adjacentNationalDay(day: number, isRestDay: (d: number) => boolean): number {
  const before = day - 1;
  const after = day + 1;
  const beforeOk = !isRestDay(before);
  const afterOk = !isRestDay(after);
  if (beforeOk && afterOk) {
    if (isRestDay(after + 1) && !isRestDay(before - 1)) return after;
    return before;
  }
  if (beforeOk) return before;
  if (afterOk) return after;
  return after;
}

/**
 * The Tết days off when the year's decision is not known: New Year's Eve and the first days of
 * the year (`count` days from the eve). A day of those falling on a weekly rest day is moved:
 * a Saturday to the nearest earlier free working day, any other rest day to the nearest later
 * one. This reproduces the announced breaks of 2020–2026.
 * @internal
 */
export function estimateTetDays(
  tet: number,
  count: number,
  isRestDay: (d: number) => boolean,
  isOff: (d: number) => boolean,
): number[] {
  const span: number[] = [];
  for (let i = 0; i < count; i++) span.push(tet - 1 + i);
  const taken = new Set(span.filter((d) => !isRestDay(d)));
  for (const d of span) {
    if (!isRestDay(d)) continue;
    const step = weekdayOf(d) === 6 ? -1 : 1;
    let c = d + step;
    for (let guard = 0; guard < 60 && (isRestDay(c) || taken.has(c) || isOff(c)); guard++) {
      c += step;
    }
    taken.add(c);
  }
  return [...taken].sort((a, b) => a - b);
}

const tables = new WeakMap<WorkCalendar, Map<number, YearTable>>();

/**
 * The (cached) table of one year of a calendar.
 * @internal
 */
export function yearTable(cal: WorkCalendar, year: number): YearTable {
  let m = tables.get(cal);
  if (!m) {
    m = new Map();
    tables.set(cal, m);
  }
  let t = m.get(year);
  if (!t) {
    t = computeYear(cal, year);
    m.set(year, t);
  }
  return t;
}
