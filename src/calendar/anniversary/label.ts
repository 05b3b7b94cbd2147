import { describe, fail, type Message } from '../../core/errors.js';
import { formatIsoDate, tryParseIsoDate } from '../../core/iso-date.js';
import { foldDiacritics } from '../../core/text.js';
import { OBSERVANCES } from '../observances/observances.js';
import type { Observance } from '../observances/types.js';
import { formatAnniversaryLabel } from './anniversary.js';

/**
 * A day/month/year as written in a label, not yet checked against the calendar.
 * @category Calendar
 */
export interface LabelDate {
  /** Day as written. */
  readonly day: number;
  /** Month as written. */
  readonly month: number;
  /** Year as written. */
  readonly year: number;
  /** The ISO date, when day/month/year name a real date. */
  readonly iso?: string;
}

/**
 * An anniversary label found in a text, e.g. "kỷ niệm 65 năm ngày Chủ tịch Hồ Chí Minh ra
 * lời kêu gọi Thi đua ái quốc (11/6/1948-11/6/2013)".
 * @category Calendar
 */
export interface ParsedAnniversaryLabel {
  /** The matched text (NFC). */
  readonly text: string;
  /** The number N written before "năm". */
  readonly ordinal: number;
  /** The name between "N năm" and the parenthesis (may be empty: "75 năm (17/9/1947 - 17/9/2022)"). */
  readonly name: string;
  /** The left date of the range (the founding day). */
  readonly from: LabelDate;
  /** The right date of the range (the anniversary day). */
  readonly to: LabelDate;
  /** Ids of the observances the name designates (best first), possibly empty. */
  readonly observances: readonly string[];
}

// After NFC: "[Kỷ niệm] N năm <name> (d/m/yyyy - d/m/yyyy)". The name may hold a parenthesis
// without digits ("(nay là Ban …)") but never another "N năm"; dashes and spaces vary.
const DATE = String.raw`(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})`;
const DASH = String.raw`\s*(?:[-\u2010-\u2015\u2212]|đến)\s*`;
const NAME = String.raw`((?:(?!\d+\s+năm\s)[^()\n]|\([^()\d\n]*\)){0,300}?)`;
const LABEL_SOURCE = String.raw`(?:k[ỷỉ]\s*niệm\s+)?(?<!\d)(\d{1,4})\s+năm\s*${NAME}\s*\(\s*${DATE}${DASH}${DATE}\s*\)`;

function labelRegex(): RegExp {
  return new RegExp(LABEL_SOURCE, 'giu');
}

// Folded (ASCII, lower-case) phrases that designate an observance in a label's name.
const KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'tet-duong-lich': ['tet duong lich'],
  'tet-nguyen-dan': ['tet nguyen dan'],
  'thanh-lap-dang': ['thanh lap dang cong san viet nam', 'thanh lap dang'],
  'thay-thuoc-viet-nam': ['thay thuoc viet nam'],
  'bo-doi-bien-phong': ['bo doi bien phong', 'cong an nhan dan vu trang'],
  'bien-phong-toan-dan': ['bien phong toan dan'],
  'quoc-te-phu-nu': ['quoc te phu nu'],
  'thanh-lap-doan': ['doan thanh nien cong san', 'thanh lap doan'],
  'chi-thi-thi-dua-ai-quoc': [
    'chi thi phat dong phong trao thi dua ai quoc',
    'chi thi thi dua ai quoc',
  ],
  'gio-to-hung-vuong': ['gio to hung vuong'],
  'giai-phong-mien-nam': ['giai phong mien nam', 'thong nhat dat nuoc'],
  'quoc-te-lao-dong': ['quoc te lao dong'],
  'chien-thang-dien-bien-phu': ['dien bien phu'],
  'thanh-lap-doi': ['doi thieu nien tien phong'],
  'ngay-sinh-chu-tich-ho-chi-minh': [
    'ngay sinh chu tich ho chi minh',
    'ngay sinh bac ho',
    'sinh nhat bac',
  ],
  'quoc-te-thieu-nhi': ['quoc te thieu nhi'],
  'sac-lenh-195': ['sac lenh 195', 'sac lenh so 195', 'ban van dong thi dua ai quoc'],
  'thi-dua-ai-quoc': [
    'loi keu goi thi dua ai quoc',
    'keu goi thi dua ai quoc',
    'ngay truyen thong thi dua yeu nuoc',
  ],
  'bao-chi-cach-mang': ['bao chi cach mang'],
  'gia-dinh-viet-nam': ['gia dinh viet nam'],
  'thuong-binh-liet-si': ['thuong binh liet si'],
  'thanh-lap-cong-doan': ['cong doan viet nam'],
  'cach-mang-thang-tam': ['cach mang thang tam'],
  'cong-an-nhan-dan': ['cong an nhan dan'],
  'toan-dan-bao-ve-an-ninh': ['toan dan bao ve an ninh to quoc', 'bao ve an ninh to quoc'],
  'thanh-lap-bo-noi-vu': ['thanh lap bo noi vu', 'nganh to chuc nha nuoc'],
  'quoc-khanh': ['quoc khanh'],
  'vien-huan-chuong': ['vien huan chuong', 'ban thi dua khen thuong trung uong'],
  'giai-phong-thu-do': ['giai phong thu do'],
  'doanh-nhan-viet-nam': ['doanh nhan viet nam'],
  'hoi-lien-hiep-thanh-nien': ['hoi lien hiep thanh nien'],
  'thanh-lap-hoi-phu-nu': ['hoi lien hiep phu nu', 'hoi lhpn'],
  'phu-nu-viet-nam': ['ngay phu nu viet nam'],
  'phap-luat-viet-nam': ['ngay phap luat'],
  'mat-tran-to-quoc': ['mat tran to quoc', 'dai doan ket toan dan toc'],
  'nha-giao-viet-nam': ['nha giao viet nam'],
  'van-hoa-viet-nam': ['ngay van hoa viet nam'],
  'toan-quoc-khang-chien': ['toan quoc khang chien'],
  'quan-doi-nhan-dan': ['quan doi nhan dan'],
  'quoc-phong-toan-dan': ['quoc phong toan dan'],
};

function fold(text: string): string {
  return ` ${foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/**
 * Ids of the observances a label's name designates, best first. A phrase inside a longer
 * matching phrase does not count ("công an nhân dân" inside "công an nhân dân vũ trang").
 * @internal
 */
export function identifyObservances(name: string): string[] {
  const folded = fold(name);
  if (folded.trim().length === 0) return [];
  const hits: { id: string; kw: string }[] = [];
  for (const [id, kws] of Object.entries(KEYWORDS)) {
    for (const kw of kws) {
      if (folded.includes(` ${kw} `)) hits.push({ id, kw });
    }
  }
  hits.sort((a, b) => b.kw.length - a.kw.length);
  const kept: { id: string; kw: string }[] = [];
  for (const h of hits) {
    if (kept.some((k) => k.kw !== h.kw && ` ${k.kw} `.includes(` ${h.kw} `))) continue;
    if (!kept.some((k) => k.id === h.id)) kept.push(h);
  }
  return kept.map((k) => k.id);
}

function labelDate(day: number, month: number, year: number): LabelDate {
  const parts = tryParseIsoDate(formatIsoDate(year, month, day));
  return parts ? { day, month, year, iso: formatIsoDate(year, month, day) } : { day, month, year };
}

function checkInput(text: unknown): string {
  if (typeof text !== 'string') {
    throw fail(
      'INVALID_INPUT',
      ['text'],
      `Nhãn kỷ niệm phải là chuỗi, nhận được ${describe(text)}`,
      `An anniversary label must be a string, got ${describe(text)}`,
    );
  }
  // Labels are short; a huge input is cut rather than scanned in full.
  return text.slice(0, 20_000).normalize('NFC');
}

function toParsed(m: RegExpExecArray): ParsedAnniversaryLabel {
  const n = (i: number): number => Number(m[i]);
  const name = (m[2] ?? '').replace(/\s+/g, ' ').trim();
  return Object.freeze({
    text: m[0].trim(),
    ordinal: n(1),
    name,
    from: Object.freeze(labelDate(n(3), n(4), n(5))),
    to: Object.freeze(labelDate(n(6), n(7), n(8))),
    observances: Object.freeze(identifyObservances(name)),
  });
}

/**
 * Every anniversary label in a text, in order of appearance (a banner may join two:
 * "… 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024) và 35 năm
 * Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2024)"). Input may be NFC or NFD; "kỷ
 * niệm"/"kỉ niệm" in any case; the dash may be "-", "–" or "—", with or without spaces.
 *
 * @example
 * ```ts
 * import { parseAnniversaryLabels } from 'tdkt';
 * parseAnniversaryLabels('Kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024) và 35 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2024)')
 *   .map((l) => [l.ordinal, l.observances[0]]);
 * // [[80, 'quan-doi-nhan-dan'], [35, 'quoc-phong-toan-dan']]
 * ```
 * @throws TdktError (`INVALID_INPUT`) when `text` is not a string.
 * @category Calendar
 * @since 0.1.0
 */
export function parseAnniversaryLabels(text: string): ParsedAnniversaryLabel[] {
  const s = checkInput(text);
  const re = labelRegex();
  const out: ParsedAnniversaryLabel[] = [];
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(toParsed(m));
    if (out.length >= 100) break;
  }
  return out;
}

/**
 * The first anniversary label in a text, or `undefined` when there is none. Parses every
 * variant of the source plans ("(11/6/1948-11/6/2013)", "(11/6/1948 - 11/6/2021)", "Bác Hồ"
 * for "Chủ tịch Hồ Chí Minh", upper or lower case) and names the observance when the wording
 * designates one.
 *
 * @example
 * ```ts
 * import { parseAnniversaryLabel } from 'tdkt';
 * const l = parseAnniversaryLabel('kỷ niệm 72 năm Ngày Bác Hồ ra lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2020)');
 * l?.ordinal;        // 72
 * l?.from.iso;       // '1948-06-11'
 * l?.observances;    // ['thi-dua-ai-quoc']
 * ```
 * @throws TdktError (`INVALID_INPUT`) when `text` is not a string.
 * @category Calendar
 * @since 0.1.0
 */
export function parseAnniversaryLabel(text: string): ParsedAnniversaryLabel | undefined {
  const s = checkInput(text);
  const m = labelRegex().exec(s);
  return m ? toParsed(m) : undefined;
}

/**
 * A problem found in an anniversary label.
 * @category Calendar
 */
export interface LabelIssue {
  /**
   * `NO_LABEL` (no "N năm (d/m/Y0 - d/m/Y)" found), `INVALID_DATE` (a date that does not
   * exist), `DATE_MISMATCH` (the two dates differ in day or month), `ORDINAL_MISMATCH`
   * (N ≠ Y − Y0), `FOUNDING_MISMATCH` (the named observance counts from another year),
   * `OBSERVANCE_DATE_MISMATCH` (the named observance falls on another day).
   */
  readonly code:
    | 'NO_LABEL'
    | 'INVALID_DATE'
    | 'DATE_MISMATCH'
    | 'ORDINAL_MISMATCH'
    | 'FOUNDING_MISMATCH'
    | 'OBSERVANCE_DATE_MISMATCH';
  /** What is wrong, in both languages. */
  readonly message: Message;
}

/**
 * A corrected label proposed by {@link checkAnniversaryLabel}.
 * @category Calendar
 */
export interface LabelSuggestion {
  /** The observance the corrected label is about. */
  readonly observance: string;
  /** Its founding year. */
  readonly foundingYear: number;
  /** The corrected label in canonical form. */
  readonly label: Message;
  /** Why this observance is suggested. */
  readonly reason: Message;
}

/**
 * Result of {@link checkAnniversaryLabel}.
 * @category Calendar
 */
export interface AnniversaryLabelCheck {
  /** True when a label was found and no issue was found. */
  readonly valid: boolean;
  /** The parsed label, when one was found. */
  readonly label?: ParsedAnniversaryLabel;
  /** Y − Y0 from the label's range, when both years are present. */
  readonly expectedOrdinal?: number;
  /** The observance the label is about, when the name or the date and year designate one. */
  readonly observance?: string;
  /** Every problem found (empty when valid). */
  readonly issues: readonly LabelIssue[];
  /** Corrected labels, best first (empty when valid). */
  readonly suggestions: readonly LabelSuggestion[];
}

function sameDayMonth(o: Observance, d: LabelDate): boolean {
  return o.date.calendar === 'solar' && o.date.month === d.month && o.date.day === d.day;
}

/**
 * Check the anniversary label of a text the way a TĐKT officer would: N must equal Y − Y0,
 * both dates must exist and share day and month, and when the wording names an observance,
 * its founding year and day must match. A failing label comes with corrected labels: the
 * school banner "Kỷ niệm 36 năm ngày hội Quốc phòng toàn dân (22/12/1944 - 22/12/2025)"
 * (36 ≠ 2025 − 1944; 1944 is the People's Army, the Defence Day counts from 1989) gets
 * "Kỷ niệm 36 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2025)".
 *
 * @example
 * ```ts
 * import { checkAnniversaryLabel } from 'tdkt';
 * checkAnniversaryLabel('Kỷ niệm 73 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2021)').valid; // true
 * const r = checkAnniversaryLabel('Kỷ niệm 36 năm ngày hội Quốc phòng toàn dân (22/12/1944 - 22/12/2025)');
 * r.valid;                        // false
 * r.issues.map((i) => i.code);    // ['ORDINAL_MISMATCH', 'FOUNDING_MISMATCH']
 * r.suggestions[0]?.label.vi;     // 'Kỷ niệm 36 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2025)'
 * ```
 * @throws TdktError (`INVALID_INPUT`) when `text` is not a string.
 * @category Calendar
 * @since 0.1.0
 */
export function checkAnniversaryLabel(text: string): AnniversaryLabelCheck {
  const label = parseAnniversaryLabel(text);
  if (!label) {
    return Object.freeze({
      valid: false,
      issues: Object.freeze([
        Object.freeze({
          code: 'NO_LABEL' as const,
          message: {
            vi: 'Không tìm thấy nhãn dạng "Kỷ niệm N năm … (d/m/năm gốc - d/m/năm)"',
            en: 'No label of the form "Kỷ niệm N năm … (d/m/Y0 - d/m/Y)" was found',
          },
        }),
      ]),
      suggestions: Object.freeze([]),
    });
  }
  const issues: LabelIssue[] = [];
  const { from, to, ordinal } = label;
  const expectedOrdinal = to.year - from.year;
  for (const [side, d] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (d.iso === undefined) {
      issues.push({
        code: 'INVALID_DATE',
        message: {
          vi: `Ngày ${d.day}/${d.month}/${d.year} không tồn tại (${side === 'from' ? 'ngày gốc' : 'ngày kỷ niệm'})`,
          en: `${d.day}/${d.month}/${d.year} is not a real date (${side === 'from' ? 'founding day' : 'anniversary day'})`,
        },
      });
    }
  }
  if (from.day !== to.day || from.month !== to.month) {
    issues.push({
      code: 'DATE_MISMATCH',
      message: {
        vi: `Hai ngày trong ngoặc khác ngày/tháng: ${from.day}/${from.month} và ${to.day}/${to.month}`,
        en: `The two dates differ in day or month: ${from.day}/${from.month} and ${to.day}/${to.month}`,
      },
    });
  }
  if (ordinal !== expectedOrdinal) {
    issues.push({
      code: 'ORDINAL_MISMATCH',
      message: {
        vi: `Số năm ${ordinal} không khớp khoảng thời gian: ${to.year} − ${from.year} = ${expectedOrdinal}`,
        en: `The number ${ordinal} does not match the range: ${to.year} − ${from.year} = ${expectedOrdinal}`,
      },
    });
  }

  const named = label.observances
    .map((id) => OBSERVANCES.find((o) => o.id === id))
    .filter((o): o is Observance => o !== undefined);
  // The observance the label is about: by name (preferring one on the label's day), else by
  // day and founding year.
  let observance: Observance | undefined =
    named.find((o) => sameDayMonth(o, to)) ?? named.find((o) => sameDayMonth(o, from)) ?? named[0];
  if (!observance) {
    const byDate = OBSERVANCES.filter(
      (o) => o.foundingYear !== undefined && sameDayMonth(o, to) && o.foundingYear === from.year,
    );
    if (byDate.length === 1) observance = byDate[0];
  }
  if (observance && named.includes(observance)) {
    if (observance.date.calendar === 'solar' && !sameDayMonth(observance, to)) {
      issues.push({
        code: 'OBSERVANCE_DATE_MISMATCH',
        message: {
          vi: `"${observance.nameVi}" là ngày ${observance.date.day}/${observance.date.month}, không phải ${to.day}/${to.month}`,
          en: `"${observance.nameEn}" falls on ${observance.date.day}/${observance.date.month}, not ${to.day}/${to.month}`,
        },
      });
    }
    if (observance.foundingYear !== undefined && observance.foundingYear !== from.year) {
      issues.push({
        code: 'FOUNDING_MISMATCH',
        message: {
          vi: `"${observance.nameVi}" tính từ năm ${observance.foundingYear}, nhãn ghi năm gốc ${from.year}`,
          en: `"${observance.nameEn}" counts from ${observance.foundingYear}; the label starts at ${from.year}`,
        },
      });
    }
  }

  const suggestions = issues.length === 0 ? [] : suggest(label, named);
  return Object.freeze({
    valid: issues.length === 0,
    label,
    expectedOrdinal,
    ...(observance ? { observance: observance.id } : {}),
    issues: Object.freeze(issues.map((i) => Object.freeze(i))),
    suggestions: Object.freeze(suggestions),
  });
}

function suggest(label: ParsedAnniversaryLabel, named: readonly Observance[]): LabelSuggestion[] {
  const { to, from, ordinal } = label;
  if (to.iso === undefined || to.year < 1 || to.year > 9999) return [];
  const scored: { s: LabelSuggestion; score: number }[] = [];
  for (const o of OBSERVANCES) {
    const y0 = o.foundingYear;
    if (y0 === undefined || o.status !== 'established' || !sameDayMonth(o, to) || y0 >= to.year) {
      continue;
    }
    const fitsOrdinal = y0 === to.year - ordinal;
    const fitsRange = y0 === from.year;
    const isNamed = named.includes(o);
    if (!fitsOrdinal && !fitsRange && !isNamed) continue;
    const n = to.year - y0;
    const reason: Message = isNamed
      ? {
          vi: `Tên trong nhãn là "${o.nameVi}", tính từ năm ${y0}`,
          en: `The label names "${o.nameEn}", which counts from ${y0}`,
        }
      : fitsOrdinal
        ? {
            vi: `${ordinal} năm tính đến ${to.year} khớp "${o.nameVi}" (${y0})`,
            en: `${ordinal} years to ${to.year} fits "${o.nameEn}" (${y0})`,
          }
        : {
            vi: `Khoảng ${from.year} - ${to.year} là của "${o.nameVi}": ${n} năm`,
            en: `The range ${from.year}–${to.year} belongs to "${o.nameEn}": ${n} years`,
          };
    scored.push({
      s: Object.freeze({
        observance: o.id,
        foundingYear: y0,
        label: Object.freeze(formatAnniversaryLabel(o, n, to.year)),
        reason: Object.freeze(reason),
      }),
      score: (isNamed ? 4 : 0) + (fitsOrdinal ? 2 : 0) + (fitsRange ? 1 : 0),
    });
  }
  return scored.sort((a, b) => b.score - a.score).map((x) => x.s);
}
