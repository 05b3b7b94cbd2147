import { describe, fail, type Message } from '../../core/errors.js';
import { formatIsoDate } from '../../core/iso-date.js';
import { fromRoman, ordinalEn } from '../common/format.js';
import { checkDate, checkYear, deepFreeze } from '../common/validate.js';
import type { CalendarTag } from '../observances/types.js';

/**
 * A National Congress of Patriotic Emulation ("Đại hội Thi đua yêu nước toàn quốc"), held
 * or expected. Congresses are data, never computed: before 2000 the interval was irregular.
 * @category Calendar
 */
export interface EmulationCongress {
  /** Ordinal, 1–12. */
  readonly number: number;
  /** Roman numeral as titles write it ("lần thứ XI"). */
  readonly roman: string;
  /** `'held'`, or `'expected'` for the next one (not a fact). */
  readonly status: 'held' | 'expected';
  /** Year held (or expected). */
  readonly year: number;
  /** First day (ISO), when held. */
  readonly from?: string;
  /** Last day (ISO), when known. */
  readonly to?: string;
  /** Opening day (ISO) when it differs from `from` or is the only day known. */
  readonly openedOn?: string;
  /** Place. */
  readonly place: Message;
  /** Title: the standard one, or the official name of that congress. */
  readonly title: Message;
  /** The 5-year stage it reviewed, when the sources say so. */
  readonly reviewed?: { readonly from: number; readonly to: number };
  /** The 5-year stage it launched, when the sources say so. */
  readonly launched?: { readonly from: number; readonly to: number };
  /** Public pages the facts were read on (complete addresses only). */
  readonly sources: readonly string[];
  /** Confidence tag of the calendar reference. */
  readonly tag: CalendarTag;
  /** Details. */
  readonly note?: Message;
}

const HIV_2005 =
  'https://hiv.com.vn/chinh-tri-xa-hoi/dai-hoi-thi-dua-yeu-nuoc-qua-sau-lan-to-chuc-409763';

function title(roman: string, vi?: string, en?: string): Message {
  return {
    vi: vi ?? `Đại hội Thi đua yêu nước toàn quốc lần thứ ${roman}`,
    en: en ?? `${ordinalEn(fromRoman(roman) ?? 0)} National Congress of Patriotic Emulation`,
  };
}

const HANOI: Message = { vi: 'Hà Nội', en: 'Hà Nội' };

/**
 * The National Congresses of Patriotic Emulation, I (1952) to XI (2025), and the expected XII
 * (about late 2030: since 2000 one congress every 5 years, in the last year of each stage,
 * reviewing it; an inference, not a source).
 *
 * @example
 * ```ts
 * import { EMULATION_CONGRESSES } from 'tdkt';
 * EMULATION_CONGRESSES.filter((c) => c.status === 'held').map((c) => c.year);
 * // [1952, 1958, 1962, 1967, 1986, 2000, 2005, 2010, 2015, 2020, 2025]
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export const EMULATION_CONGRESSES: readonly EmulationCongress[] = /* @__PURE__ */ deepFreeze([
  {
    number: 1,
    roman: 'I',
    status: 'held',
    year: 1952,
    from: '1952-05-01',
    to: '1952-05-06',
    openedOn: '1952-04-30',
    place: { vi: 'Việt Bắc (Định Hóa, Thái Nguyên)', en: 'Việt Bắc (Định Hóa, Thái Nguyên)' },
    title: title(
      'I',
      'Đại hội Chiến sĩ thi đua và Cán bộ gương mẫu toàn quốc lần thứ nhất',
      'First National Congress of Emulation Fighters and Model Cadres',
    ),
    sources: [],
    tag: 'secondary',
    note: {
      vi: 'Khai mạc 19 giờ 30 ngày 30/4/1952 (banthiduakhenthuongtw.gov.vn, luutru.gov.vn, vietnamplus.vn; địa chỉ rút gọn trong tài liệu tham chiếu).',
      en: 'Opened at 19:30 on 30 April 1952 (banthiduakhenthuongtw.gov.vn, luutru.gov.vn, vietnamplus.vn; addresses shortened in the reference).',
    },
  },
  {
    number: 2,
    roman: 'II',
    status: 'held',
    year: 1958,
    from: '1958-07-07',
    to: '1958-07-08',
    place: HANOI,
    title: title(
      'II',
      'Đại hội liên hoan Anh hùng, Chiến sĩ thi đua toàn quốc lần thứ hai',
      'Second National Festival Congress of Heroes and Emulation Fighters',
    ),
    sources: [HIV_2005],
    tag: 'secondary',
  },
  {
    number: 3,
    roman: 'III',
    status: 'held',
    year: 1962,
    from: '1962-05-04',
    to: '1962-05-06',
    place: HANOI,
    title: title('III'),
    sources: [HIV_2005],
    tag: 'secondary',
  },
  {
    number: 4,
    roman: 'IV',
    status: 'held',
    year: 1967,
    from: '1967-01-06',
    to: '1967-01-07',
    place: HANOI,
    title: title(
      'IV',
      'Đại hội Anh hùng, Chiến sĩ thi đua chống Mỹ, cứu nước',
      'Congress of Heroes and Emulation Fighters of the Resistance against the US for National Salvation',
    ),
    sources: [HIV_2005],
    tag: 'secondary',
  },
  {
    number: 5,
    roman: 'V',
    status: 'held',
    year: 1986,
    from: '1986-01-16',
    to: '1986-01-17',
    place: HANOI,
    title: title('V', 'Đại hội Thi đua toàn quốc lần thứ năm', 'Fifth National Emulation Congress'),
    sources: [HIV_2005],
    tag: 'secondary',
  },
  {
    number: 6,
    roman: 'VI',
    status: 'held',
    year: 2000,
    from: '2000-11-21',
    to: '2000-11-24',
    place: HANOI,
    title: title('VI'),
    sources: [
      'https://www.vietnamplus.vn/dai-hoi-thi-dua-yeu-nuoc-toan-quoc-lan-thu-vi-nam-2000-post1084978.vnp',
    ],
    tag: 'secondary',
  },
  {
    number: 7,
    roman: 'VII',
    status: 'held',
    year: 2005,
    from: '2005-10-04',
    to: '2005-10-06',
    place: HANOI,
    title: title('VII'),
    sources: [
      'https://www.vietnamplus.vn/dai-hoi-thi-dua-yeu-nuoc-toan-quoc-lan-thu-vii-nam-2005-post1084981.vnp',
    ],
    tag: 'secondary',
  },
  {
    number: 8,
    roman: 'VIII',
    status: 'held',
    year: 2010,
    from: '2010-12-27',
    openedOn: '2010-12-27',
    place: {
      vi: 'Hà Nội (Trung tâm Hội nghị Quốc gia)',
      en: 'Hà Nội (National Convention Centre)',
    },
    title: title('VIII'),
    sources: ['https://pvpower.vn/vi/post/thi-dua--don-bay--phat-trien-kinh-te-xa-hoi-151.htm'],
    tag: 'secondary',
    note: { vi: 'Chỉ biết ngày khai mạc.', en: 'Only the opening day is known.' },
  },
  {
    number: 9,
    roman: 'IX',
    status: 'held',
    year: 2015,
    from: '2015-12-06',
    to: '2015-12-07',
    place: HANOI,
    title: title('IX'),
    reviewed: { from: 2011, to: 2015 },
    launched: { from: 2016, to: 2020 },
    sources: [
      'https://www.vietnamplus.vn/dai-hoi-thi-dua-yeu-nuoc-toan-quoc-lan-thu-ix-nam-2015-post1084986.vnp',
    ],
    tag: 'secondary',
  },
  {
    number: 10,
    roman: 'X',
    status: 'held',
    year: 2020,
    from: '2020-12-09',
    to: '2020-12-10',
    openedOn: '2020-12-10',
    place: HANOI,
    title: title('X'),
    reviewed: { from: 2016, to: 2020 },
    launched: { from: 2021, to: 2025 },
    sources: [
      'https://baokhanhhoa.vn/infographic/202012/10-ky-dai-hoi-thi-dua-yeu-nuoc-toan-quoc-8197535/',
    ],
    tag: 'secondary',
  },
  {
    number: 11,
    roman: 'XI',
    status: 'held',
    year: 2025,
    from: '2025-12-26',
    to: '2025-12-27',
    openedOn: '2025-12-27',
    place: HANOI,
    title: title('XI'),
    reviewed: { from: 2021, to: 2025 },
    launched: { from: 2026, to: 2030 },
    sources: [
      'https://www.vietnamplus.vn/khai-mac-trong-the-dai-hoi-thi-dua-yeu-nuoc-toan-quoc-lan-thu-xi-post1085403.vnp',
    ],
    tag: 'secondary',
    note: {
      vi: 'Phiên trù bị 26/12, khai mạc 27/12/2025; 2.223 đại biểu thuộc 105 đoàn.',
      en: 'Preparatory session 26 Dec, opening 27 Dec 2025; 2,223 delegates in 105 delegations.',
    },
  },
  {
    number: 12,
    roman: 'XII',
    status: 'expected',
    year: 2030,
    place: HANOI,
    title: title('XII'),
    reviewed: { from: 2026, to: 2030 },
    sources: [],
    tag: 'inference',
    note: {
      vi: 'Dự kiến khoảng cuối năm 2030 (từ năm 2000, 5 năm một lần vào năm cuối giai đoạn); suy luận, chưa phải sự kiện.',
      en: 'Expected about late 2030 (since 2000, every 5 years in the last year of each stage); an inference, not a fact.',
    },
  },
] satisfies EmulationCongress[]);

/**
 * A congress by number (`11`) or Roman numeral (`'XI'`).
 *
 * @example
 * ```ts
 * import { getCongress } from 'tdkt';
 * getCongress('XI').from;    // '2025-12-26'
 * getCongress(12).status;    // 'expected'
 * ```
 * @throws TdktError (`UNKNOWN_CONGRESS`) for a number the library has no congress for.
 * @category Calendar
 * @since 0.1.0
 */
export function getCongress(numberOrRoman: number | string): EmulationCongress {
  const n =
    typeof numberOrRoman === 'number'
      ? numberOrRoman
      : typeof numberOrRoman === 'string'
        ? /^\s*\d{1,3}\s*$/.test(numberOrRoman)
          ? Number(numberOrRoman)
          : fromRoman(numberOrRoman.slice(0, 20))
        : undefined;
  const c = EMULATION_CONGRESSES.find((x) => x.number === n);
  if (!c) {
    throw fail(
      'UNKNOWN_CONGRESS',
      ['congress'],
      `Không có Đại hội Thi đua yêu nước toàn quốc ${describe(numberOrRoman)} (I–XII)`,
      `No National Congress of Patriotic Emulation ${describe(numberOrRoman)} (I–XII)`,
    );
  }
  return c;
}

/**
 * The congress held (or expected) in a year, or `undefined`.
 *
 * @example
 * ```ts
 * import { congressInYear } from 'tdkt';
 * congressInYear(2025)?.roman;  // 'XI'
 * congressInYear(2030)?.status; // 'expected'
 * congressInYear(2024);         // undefined
 * ```
 * @throws TdktError (`INVALID_YEAR`) / (`YEAR_OUT_OF_RANGE`) for a bad year.
 * @category Calendar
 * @since 0.1.0
 */
export function congressInYear(year: number): EmulationCongress | undefined {
  const y = checkYear(year);
  return EMULATION_CONGRESSES.find((c) => c.year === y);
}

/**
 * The first congress after a date: a held one whose first day is later, else the expected
 * one (XII, about late 2030) while the date is before 2031; `undefined` after that, since
 * the library does not project congresses it has no data for.
 *
 * @example
 * ```ts
 * import { nextCongress } from 'tdkt';
 * nextCongress('2025-06-01')?.roman;  // 'XI'
 * nextCongress('2026-01-01')?.status; // 'expected' (XII)
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed date, (`YEAR_OUT_OF_RANGE`) outside 1900–2200.
 * @category Calendar
 * @since 0.1.0
 */
export function nextCongress(date: string): EmulationCongress | undefined {
  const d = checkDate(date);
  const iso = formatIsoDate(d.year, d.month, d.day);
  return EMULATION_CONGRESSES.find((c) =>
    c.from !== undefined ? c.from > iso : c.status === 'expected' && d.year <= c.year,
  );
}

/**
 * The congress that reviews the 5-year stage containing a year (the one held in the stage's
 * last year), or `undefined` when the stage has none in the data (stages before 2000 and
 * after 2030).
 *
 * @example
 * ```ts
 * import { congressOfStage } from 'tdkt';
 * congressOfStage(2023)?.roman; // 'XI'
 * congressOfStage(2028)?.status; // 'expected'
 * ```
 * @throws TdktError (`INVALID_YEAR`) / (`YEAR_OUT_OF_RANGE`) for a bad year.
 * @category Calendar
 * @since 0.1.0
 */
export function congressOfStage(year: number): EmulationCongress | undefined {
  const y = checkYear(year);
  return (
    EMULATION_CONGRESSES.find(
      (c) => c.reviewed !== undefined && c.reviewed.from <= y && y <= c.reviewed.to,
    ) ?? EMULATION_CONGRESSES.find((c) => c.year >= 2000 && c.year - 4 <= y && y <= c.year)
  );
}
