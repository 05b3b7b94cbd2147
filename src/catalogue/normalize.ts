/**
 * Matching keys for honour names: the text hygiene of the domain reference (§5) plus the
 * conventions of TĐKT documents (abbreviations, "hạng I/1/Nhất", issuer phrases, years).
 */
import { foldDiacritics, normalizeVietnamese } from '../core/text.js';

/** Longest text worth matching: no honour name with its issuer is longer. */
const MAX_LENGTH = 300;

/**
 * Single-token abbreviations expanded before matching (folded, lower case). `hc` is handled
 * apart: it stands for "Huân chương" and, in some codes, for "Huy chương".
 */
const EXPAND: Readonly<Record<string, string>> = {
  bk: 'bang khen',
  gk: 'giay khen',
  cstd: 'chien si thi dua',
  ldtt: 'lao dong tien tien',
  ld: 'lao dong',
  dl: 'doc lap',
  bvtq: 'bao ve to quoc',
  qkqt: 'quan ky quyet thang',
  llvt: 'luc luong vu trang',
  llvtnd: 'luc luong vu trang nhan dan',
  knc: 'ky niem chuong',
  gt: 'giai thuong',
  hcm: 'ho chi minh',
  ttg: 'thu tuong',
  cp: 'chinh phu',
  ct: 'chu tich',
  tw: 'trung uong',
  tp: 'thanh pho',
  tq: 'toan quoc',
  cs: 'co so',
  // spelling variants that survive accent folding: "sỹ/sĩ" unaccented, "kỉ/kỷ"
  sy: 'si',
  ki: 'ky',
};

const HC_READINGS = ['huan chuong', 'huy chuong'] as const;

const PREFIX =
  /^(?:(?:truy tang|duoc tang|tang thuong|tang|dat|danh hieu(?: thi dua| vinh du nha nuoc)?|hinh thuc(?: khen thuong)?) )+/;
const GRADE_WORDS: readonly [RegExp, string][] = [
  [/\bhang (?:nhat|nhut|mot|i|1)\b/g, 'hang 1'],
  [/\bhang (?:nhi|hai|ii|2)\b/g, 'hang 2'],
  [/\bhang (?:ba|iii|3)\b/g, 'hang 3'],
];
const BARE_GRADE = /(?<!\bhang) (nhat|nhi|ba|iii|ii|i|1|2|3)$/;
const BARE_VALUE: Readonly<Record<string, string>> = {
  nhat: '1',
  i: '1',
  '1': '1',
  nhi: '2',
  ii: '2',
  '2': '2',
  ba: '3',
  iii: '3',
  '3': '3',
};

function canonical(spaced: string): string {
  let s = spaced.replace(/\buy ban nhan dan\b/g, 'ubnd');
  // strip trailing years ("năm 2020", "năm học 2012 2013") and "truy tặng", and leading
  // "danh hiệu", "tặng" …, until nothing changes (no nested quantifiers: input is untrusted)
  for (let before = ''; before !== s; ) {
    before = s;
    let year = false;
    while (/ \d{4}$/.test(s)) {
      s = s.slice(0, -5);
      year = true;
    }
    if (year) s = s.replace(/ nam(?: hoc)?$/, '');
    s = s.replace(/ truy tang$/, '').replace(PREFIX, '');
  }
  for (const [re, to] of GRADE_WORDS) s = s.replace(re, to);
  s = s.replace(BARE_GRADE, (_m, g: string) => ` hang ${BARE_VALUE[g]}`);
  return s.trim();
}

/**
 * Canonical spaced forms of a text (one, or two when "HC" may be read as Huân chương or Huy
 * chương; `hc` picks one reading). Diacritics are folded, "đ/Đ" (and the look-alike "ð/Ð") become "d", punctuation
 * becomes a space, abbreviations are expanded, classes are written "hang 1/2/3", leading
 * "danh hiệu"/"tặng" and trailing years are dropped. Empty for empty or over-long input.
 * @internal
 */
export function keyVariants(text: string, hc?: 0 | 1): string[] {
  if (text.length > MAX_LENGTH * 4) return [];
  const folded = foldDiacritics(normalizeVietnamese(text))
    .toLowerCase()
    .replace(/ð/g, 'd')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .trim();
  if (!folded || folded.length > MAX_LENGTH) return [];
  const tokens = folded.split(' ').map((t) => EXPAND[t] ?? t);
  const readings = !tokens.includes('hc')
    ? [undefined]
    : hc === undefined
      ? HC_READINGS
      : [HC_READINGS[hc]];
  const out: string[] = [];
  for (const reading of readings) {
    const s = canonical(tokens.map((t) => (t === 'hc' && reading ? reading : t)).join(' '));
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/**
 * Map key of a canonical form: spaces removed, so "BK TTg" and "BKTTg"-style spacing differences
 * inside expanded words do not matter.
 * @internal
 */
export function compactKey(spaced: string): string {
  return spaced.replace(/ /g, '');
}
