import type { Message } from '../core/errors.js';
import type { Citation, Confidence } from '../law/citation.js';
import type { RegimeId } from '../law/regimes.js';
import type { HonourCode } from './codes.js';

/**
 * Kind of honour, following the Law's own division: "danh hiệu thi đua" (emulation titles),
 * "Huân chương" (orders), "Huy chương" (medals), "danh hiệu vinh dự nhà nước" (state honorary
 * titles), "Giải thưởng" (prizes), "Kỷ niệm chương" (commemorative medals), "Bằng khen"
 * (certificates of merit) and "Giấy khen" (certificates of commendation).
 * @example
 * ```ts
 * import { getHonour } from 'tdkt';
 * getHonour('HCLD3').category; // 'order'
 * getHonour('GIAY_KHEN').category; // 'certificate-of-commendation'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export type HonourCategory =
  | 'emulation-title'
  | 'order'
  | 'medal'
  | 'state-honorary-title'
  | 'prize'
  | 'commemorative-medal'
  | 'certificate-of-merit'
  | 'certificate-of-commendation';

/**
 * Who can receive an honour: "cá nhân" (individual), "tập thể" (collective, including a province
 * or city for "Tỉnh/Thành phố Anh hùng"), "hộ gia đình" (household), "thôn, tổ dân phố"
 * (village or residential group), "xã, phường, thị trấn" (commune).
 * @example
 * ```ts
 * import { getHonour } from 'tdkt';
 * getHonour('GDVH').recipients; // ['household']
 * getHonour('TTLDXS').recipients; // ['collective']
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export type RecipientKind = 'individual' | 'collective' | 'household' | 'village' | 'commune';

/**
 * Level of an honour: "cấp Nhà nước" (`state`), "cấp Bộ, ban, ngành, tỉnh"
 * (`ministry-province`), "cấp cơ sở" (`grassroots`), or titles for households, villages and
 * communes recognised by local government (`local`).
 * @example
 * ```ts
 * import { getHonour } from 'tdkt';
 * getHonour('CO_CP').level; // 'state'
 * getHonour('CSTDCS').level; // 'grassroots'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export type HonourLevel = 'state' | 'ministry-province' | 'grassroots' | 'local';

/**
 * Who decides an honour ("thẩm quyền quyết định"), in both languages, with how sure the library
 * is of it.
 * @example
 * ```ts
 * import { getHonour } from 'tdkt';
 * getHonour('BK_TTG').decider?.vi; // 'Thủ tướng Chính phủ'
 * getHonour('BK_TTG').decider?.confidence; // 'confirmed'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export interface HonourDecider extends Message {
  /** `confirmed` when a cited page states it; most deciding clauses are `unconfirmed`. */
  readonly confidence: Confidence;
}

/**
 * A name an honour bore before the current law: valid up to and including `until`.
 * @example
 * ```ts
 * import { getHonour } from 'tdkt';
 * getHonour('CO_BO_TINH').formerNames?.[0]?.nameVi; // 'Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export interface FormerName {
  /** Last day the name was official (ISO), e.g. `'2023-12-31'` for the pre-2024 names. */
  readonly until: string;
  /** The former official name (NFC). */
  readonly nameVi: string;
}

/**
 * A name an honour is expected to bear from a later date (a draft or provisional amendment).
 * @example
 * ```ts
 * import { getHonour } from 'tdkt';
 * getHonour('XA_TIEU_BIEU').laterNames?.[0]?.nameVi; // 'Xã, phường, đặc khu tiêu biểu'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export interface LaterName {
  /** First day of the new name (ISO). */
  readonly from: string;
  /** The regime that introduces it. */
  readonly regime: RegimeId;
  /** The expected name (NFC). */
  readonly nameVi: string;
  /** How sure the library is that the rename was enacted. */
  readonly confidence: Confidence;
}

/**
 * One entry of the catalogue: an emulation title or an award form, with its official names,
 * aliases, recipients, level and legal basis. Catalogue objects are deeply frozen.
 *
 * @example
 * ```ts
 * import { getHonour } from 'tdkt';
 * const h = getHonour('LDTT');
 * h.nameVi; // 'Lao động tiên tiến'
 * h.armedForcesCounterpart; // 'CSTT'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export interface Honour {
  /** Stable ASCII code, e.g. `'HCLD3'`. */
  readonly code: HonourCode;
  /** Kind of honour. */
  readonly category: HonourCategory;
  /** Official Vietnamese name under the current law (NFC). */
  readonly nameVi: string;
  /** English gloss. */
  readonly nameEn: string;
  /** Other spellings and abbreviations seen in real documents (NFC). */
  readonly aliases: readonly string[];
  /** Who can receive it. */
  readonly recipients: readonly RecipientKind[];
  /** Class of a graded order or medal: 1 = "hạng Nhất", 2 = "hạng Nhì", 3 = "hạng Ba". */
  readonly grade?: 1 | 2 | 3;
  /** The armed-forces equivalent ("lực lượng vũ trang"), e.g. `LDTT` → `CSTT`. */
  readonly armedForcesCounterpart?: HonourCode;
  /** Where the honour is established (articles of Law 06/2022/QH15 and decrees). */
  readonly basis: readonly Citation[];
  /** Level of the honour. */
  readonly level: HonourLevel;
  /** Who decides it, where known. */
  readonly decider?: HonourDecider;
  /** The regimes in which the honour exists (empty for legacy, import-only forms). */
  readonly regimes: readonly RegimeId[];
  /** Official names before the current law (e.g. the pre-2024 "… cấp bộ, ngành, tỉnh, đoàn thể trung ương"). */
  readonly formerNames?: readonly FormerName[];
  /** Names expected under a later (provisional) regime. */
  readonly laterNames?: readonly LaterName[];
  /** Graded family the honour belongs to, e.g. `'HCLD'` for `HCLD1`…`HCLD3`. */
  readonly family?: string;
  /** True for forms outside the current law, kept to import historical records. */
  readonly legacy?: true;
  /** True for titles and awards reserved to the armed forces ("lực lượng vũ trang"). */
  readonly armedForcesOnly?: true;
  /** For an armed-forces title, its civilian equivalent (`CSTT` → `LDTT`). */
  readonly civilCounterpart?: HonourCode;
  /** The name used in the armed forces when the code is shared (e.g. "Chiến sĩ thi đua toàn quân"). */
  readonly armedForcesName?: string;
  /** Bonus as a multiple of "lương cơ sở" (NĐ 98/2023 Điều 55), as a decimal string. */
  readonly bonusMultiple?: string;
  /** Facts of this entry that are not confirmed by a cited text (field names). */
  readonly unconfirmed?: readonly string[];
  /** A short remark in both languages. */
  readonly note?: Message;
}
