import { describe as describeValue, fail } from '../core/errors.js';
import type { HonourCode } from './codes.js';
import { FAMILY_ABBREVIATIONS, HONOURS, honourMap } from './data.js';
import { compactKey, keyVariants } from './normalize.js';
import type { Honour } from './types.js';

/**
 * Why a text matched a catalogue entry:
 * - `code`: the catalogue code itself (`'HCLD3'`);
 * - `name`, `former-name`, `later-name`, `armed-forces-name`, `alias`: one of the entry's names;
 * - `family`: a graded family named without its class ("Huân chương Lao động");
 * - `group`: a generic form shared by several entries ("Bằng khen", "Cờ thi đua");
 * - `issuer`: a form followed by its issuing authority ("Bằng khen của Chủ tịch UBND tỉnh …");
 * - `pattern`: a recognised phrase ("Chiến sĩ thi đua ngành Giáo dục", "Khu phố văn hóa").
 * @example
 * ```ts
 * import { resolveHonourCandidates } from 'tdkt';
 * resolveHonourCandidates('Huân chương Lao động')[0]?.reason; // 'family'
 * resolveHonourCandidates('Bằng khen của Bộ Y tế')[0]?.reason; // 'issuer'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export type MatchReason =
  | 'code'
  | 'name'
  | 'former-name'
  | 'later-name'
  | 'armed-forces-name'
  | 'alias'
  | 'family'
  | 'group'
  | 'issuer'
  | 'pattern';

/**
 * One possible reading of a free-text honour name, with the reason it matched.
 * @example
 * ```ts
 * import { resolveHonourCandidates } from 'tdkt';
 * const [first] = resolveHonourCandidates('CSTĐ cấp tỉnh');
 * first?.code; // 'CSTD_BO_TINH'
 * first?.matched; // 'CSTĐ cấp tỉnh'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export interface HonourCandidate {
  /** Code of the candidate. */
  readonly code: HonourCode;
  /** The catalogue entry. */
  readonly honour: Honour;
  /** Why it matched. */
  readonly reason: MatchReason;
  /** The catalogue text that matched (a name, an alias, a code); for `issuer` and `pattern` matches, the entry's name. */
  readonly matched: string;
}

interface Hit {
  readonly code: HonourCode;
  readonly reason: MatchReason;
  readonly matched: string;
}

/** Generic forms shared by several entries: never resolved alone, listed as candidates. */
const GROUPS: readonly [string, readonly HonourCode[]][] = [
  ['Bằng khen', ['BK_TTG', 'BK_BO_TINH']],
  ['Cờ thi đua', ['CO_CP', 'CO_BO_TINH']],
  ['Chiến sĩ thi đua', ['CSTDTQ', 'CSTD_BO_TINH', 'CSTDCS']],
  ['Anh hùng', ['AHLLVTND', 'AHLD']],
  ['Giải thưởng', ['GT_HCM', 'GT_NHA_NUOC']],
  ['Nhà giáo', ['NGND', 'NGUT']],
  ['Thầy thuốc', ['TTND', 'TTUT']],
  ['Nghệ sĩ', ['NSND', 'NSUT']],
  ['Nghệ nhân', ['NNND', 'NNUT']],
];

let index: Map<string, Hit[]> | undefined;

function add(map: Map<string, Hit[]>, text: string, hit: Hit, hc?: 0 | 1): void {
  for (const v of keyVariants(text, hc)) {
    const key = compactKey(v);
    const list = map.get(key);
    if (!list) map.set(key, [hit]);
    else if (!list.some((h) => h.code === hit.code)) list.push(hit);
  }
}

/**
 * The alias index: normalised key → every entry it names. Built once, on first use.
 * @internal
 */
export function aliasIndex(): ReadonlyMap<string, readonly Hit[]> {
  if (index) return index;
  const map = new Map<string, Hit[]>();
  const families = new Map<string, Honour[]>();
  for (const h of HONOURS) {
    const code = h.code;
    // "HC" in a name or code of an order reads "Huân chương"; of a medal, "Huy chương"
    const hc = h.category === 'order' ? 0 : h.category === 'medal' ? 1 : undefined;
    add(map, h.nameVi, { code, reason: 'name', matched: h.nameVi }, hc);
    for (const f of h.formerNames ?? []) {
      add(map, f.nameVi, { code, reason: 'former-name', matched: f.nameVi }, hc);
    }
    for (const l of h.laterNames ?? []) {
      add(map, l.nameVi, { code, reason: 'later-name', matched: l.nameVi }, hc);
    }
    if (h.armedForcesName) {
      add(map, h.armedForcesName, {
        code,
        reason: 'armed-forces-name',
        matched: h.armedForcesName,
      });
    }
    for (const a of h.aliases) add(map, a, { code, reason: 'alias', matched: a }, hc);
    add(map, code, { code, reason: 'code', matched: code }, hc);
    if (h.family) families.set(h.family, [...(families.get(h.family) ?? []), h]);
  }
  for (const [family, members] of families) {
    const base = members[0]?.nameVi.replace(/ hạng \S+$/u, '') ?? family;
    for (const name of [base, ...(FAMILY_ABBREVIATIONS[family] ?? [])]) {
      for (const m of members) {
        add(
          map,
          name,
          { code: m.code, reason: 'family', matched: name },
          m.category === 'order' ? 0 : 1,
        );
      }
    }
  }
  for (const [name, codes] of GROUPS) {
    for (const code of codes) add(map, name, { code, reason: 'group', matched: name });
  }
  index = map;
  return map;
}

// ---------------------------------------------------------------------------------------------
// Phrase rules, applied when no key matches (on the canonical spaced form)

const NOT_PROVINCIAL =
  /^(?:tinh (?:uy|doan|hoi)|bo (?:chi huy|tu lenh|doi|phan)|ban (?:chi huy|giam hieu|giam doc))(?: |$)/;
const PROVINCIAL =
  /^(?:chu tich (?:ubnd )?(?:cap )?(?:tinh|thanh pho)|ubnd (?:cap )?(?:tinh|thanh pho)|bo truong|bo|cap (?:bo|tinh|thanh pho)|tinh|thanh pho|nganh|doan the trung uong|(?:ban chap hanh |ban thuong vu |doan chu tich )?(?:uy ban )?trung uong|tong lien doan|ban [a-z ]*trung uong|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao|kiem toan nha nuoc|ngan hang nha nuoc|van phong (?:quoc hoi|chu tich nuoc|chinh phu|trung uong))(?: |$)/;
const PRIME_MINISTER = /^(?:thu tuong(?: chinh phu)?|chinh phu|ttcp)$/;
const VILLAGE_WORDS = new Set([
  'thon',
  'lang',
  'ap',
  'ban',
  'buon',
  'bon',
  'soc',
  'phum',
  'xom',
  'khom',
  'khu',
  'to',
  'dan',
  'pho',
  'cu',
]);
const VILLAGE_HEADS = new Set([
  'thon',
  'lang',
  'ap',
  'ban',
  'buon',
  'bon',
  'soc',
  'phum',
  'xom',
  'khom',
  'khu',
  'to',
]);
const COMMUNE_WORDS = new Set(['xa', 'phuong', 'thi', 'tran', 'dac', 'khu']);

function provincial(issuer: string): boolean {
  const r = issuer.replace(/^cua /, '');
  return !NOT_PROVINCIAL.test(r) && PROVINCIAL.test(r);
}

function words(s: string, allowed: ReadonlySet<string>, heads: ReadonlySet<string>): boolean {
  const list = s.split(' ');
  return list.every((w) => allowed.has(w)) && list.some((w) => heads.has(w));
}

function rules(s: string): Hit[] {
  let m = /^bang khen (.+)$/.exec(s);
  if (m?.[1]) {
    const r = m[1].replace(/^cua /, '');
    if (PRIME_MINISTER.test(r)) return [{ code: 'BK_TTG', reason: 'issuer', matched: '' }];
    if (provincial(r)) {
      return [{ code: 'BK_BO_TINH', reason: 'issuer', matched: '' }];
    }
    return [];
  }
  m = /^co thi dua (.+)$/.exec(s);
  if (m?.[1]) {
    const r = m[1].replace(/^cua /, '');
    if (/^(?:chinh phu|thu tuong(?: chinh phu)?)$/.test(r)) {
      return [{ code: 'CO_CP', reason: 'issuer', matched: '' }];
    }
    if (/^xuat sac(?: |$)/.test(r) || provincial(r)) {
      return [{ code: 'CO_BO_TINH', reason: 'issuer', matched: '' }];
    }
    return [];
  }
  if (/^giay khen ./.test(s)) return [{ code: 'GIAY_KHEN', reason: 'issuer', matched: '' }];
  if (/^(?:ky niem chuong|huy hieu) ./.test(s) && !/^huy hieu dang(?: |$)/.test(s)) {
    return [{ code: 'KY_NIEM_CHUONG', reason: 'pattern', matched: '' }];
  }
  m = /^chien si thi dua (.+)$/.exec(s);
  if (m?.[1]) {
    const r = m[1];
    if (/^(?:cap )?co so(?: |$)/.test(r)) {
      return [{ code: 'CSTDCS', reason: 'pattern', matched: '' }];
    }
    if (/^(?:toan quan|toan luc luong)(?: |$)/.test(r) || provincial(r)) {
      return [
        {
          code: 'CSTD_BO_TINH',
          reason: 'pattern',
          matched: '',
        },
      ];
    }
    return [];
  }
  m = /^(.+) van hoa$/.exec(s);
  if (m?.[1] && words(m[1], VILLAGE_WORDS, VILLAGE_HEADS)) {
    return [{ code: 'THON_TDP_VH', reason: 'pattern', matched: '' }];
  }
  m = /^(.+) tieu bieu$/.exec(s);
  if (m?.[1] && words(m[1], COMMUNE_WORDS, COMMUNE_WORDS)) {
    return [{ code: 'XA_TIEU_BIEU', reason: 'pattern', matched: '' }];
  }
  return [];
}

function hits(text: unknown, fn: string): Hit[] {
  if (typeof text !== 'string') {
    throw fail(
      'INVALID_INPUT',
      ['text'],
      `${fn}: cần một chuỗi văn bản, nhận được ${describeValue(text)}`,
      `${fn}: expected a string, got ${describeValue(text)}`,
    );
  }
  // a catalogue code names exactly one entry, even when its words are ambiguous ("HC_…")
  const asCode = text.trim().toUpperCase();
  if (honourMap().has(asCode))
    return [{ code: asCode as HonourCode, reason: 'code', matched: asCode }];
  const variants = keyVariants(text);
  if (variants.length === 0) return [];
  const idx = aliasIndex();
  const out: Hit[] = [];
  const push = (h: Hit): void => {
    if (!out.some((o) => o.code === h.code)) out.push(h);
  };
  for (const v of variants) for (const h of idx.get(compactKey(v)) ?? []) push(h);
  if (out.length === 0) for (const v of variants) for (const h of rules(v)) push(h);
  return out;
}

/**
 * Resolve free text to a catalogue entry. Matching ignores case, surrounding quotes, spacing and
 * punctuation; accepts NFC and NFD input, old and new tone placement ("hoá"/"hóa"), "sỹ" for
 * "sĩ"; reads "hạng I/II/III", "hạng 1/2/3" and "hạng Nhất/Nhì/Ba" (and the wrong "hạng Hai")
 * alike; knows the usual abbreviations with or without "Đ" (CSTĐCS, LĐTT, TTLĐXS, BKTTg,
 * HCLĐ3 …), the pre-2024 names, and issuer phrases ("Bằng khen của Chủ tịch UBND tỉnh …").
 *
 * Returns `undefined` when nothing matches or when the text names several entries (a graded
 * order without its class, "Bằng khen" without its issuer): it never guesses. Use
 * {@link resolveHonourCandidates} to see the readings.
 *
 * @example
 * ```ts
 * import { resolveHonour } from 'tdkt';
 * resolveHonour('Chiến sỹ thi đua cấp cơ sở')?.code; // 'CSTDCS'
 * resolveHonour('HCLĐ hạng III')?.code; // 'HCLD3'
 * resolveHonour('Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn')?.code; // 'BK_BO_TINH'
 * // which class? several candidates, no guess
 * resolveHonour('Huân chương Lao động'); // undefined
 * ```
 * @throws TdktError (`INVALID_INPUT`) when `text` is not a string.
 * @category Catalogue
 * @since 0.1.0
 */
export function resolveHonour(text: string): Honour | undefined {
  const found = hits(text, 'resolveHonour');
  return found.length === 1 && found[0] ? honourMap().get(found[0].code) : undefined;
}

/**
 * Every catalogue entry a free text may name, each with the reason it matched: one candidate
 * when {@link resolveHonour} resolves the text, several when it is ambiguous, none when nothing
 * matches. Useful for migration screens that ask an officer to choose.
 *
 * @example
 * ```ts
 * import { resolveHonourCandidates } from 'tdkt';
 * resolveHonourCandidates('HCLĐ').map((c) => c.code); // ['HCLD1', 'HCLD2', 'HCLD3']
 * resolveHonourCandidates('Bằng khen').map((c) => c.code); // ['BK_TTG', 'BK_BO_TINH']
 * // "LĐTT" expands to the name "Lao động tiên tiến"
 * resolveHonourCandidates('LĐTT')[0]?.reason; // 'name'
 * ```
 * @throws TdktError (`INVALID_INPUT`) when `text` is not a string.
 * @category Catalogue
 * @since 0.1.0
 */
export function resolveHonourCandidates(text: string): readonly HonourCandidate[] {
  const map = honourMap();
  return Object.freeze(
    hits(text, 'resolveHonourCandidates').map((h) => {
      const honour = map.get(h.code) as Honour;
      return Object.freeze({ ...h, matched: h.matched || honour.nameVi, honour });
    }),
  );
}
