/**
 * Every honour code of the catalogue, in catalogue order: emulation titles, orders, medals,
 * state honorary titles, prizes, commemorative medals, certificates, then legacy forms.
 *
 * @example
 * ```ts
 * import { HONOUR_CODES } from 'tdkt';
 * HONOUR_CODES.includes('CSTDCS'); // true
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export const HONOUR_CODES = [
  // Emulation titles (L2022 Đ19–31)
  'CSTDTQ',
  'CSTD_BO_TINH',
  'CSTDCS',
  'LDTT',
  'CSTT',
  'CO_CP',
  'CO_BO_TINH',
  'TTLDXS',
  'DVQT',
  'TTLDTT',
  'DVTT',
  'XA_TIEU_BIEU',
  'THON_TDP_VH',
  'GDVH',
  // Orders
  'HC_SAO_VANG',
  'HC_HO_CHI_MINH',
  'HCDL1',
  'HCDL2',
  'HCDL3',
  'HCQC1',
  'HCQC2',
  'HCQC3',
  'HCLD1',
  'HCLD2',
  'HCLD3',
  'HCBVTQ1',
  'HCBVTQ2',
  'HCBVTQ3',
  'HCCC1',
  'HCCC2',
  'HCCC3',
  'HC_DAI_DOAN_KET',
  'HC_DUNG_CAM',
  'HC_HUU_NGHI',
  // Medals
  'HUY_CHUONG_QKQT',
  'HUY_CHUONG_VI_AN_NINH_TQ',
  'HUY_CHUONG_CSVV1',
  'HUY_CHUONG_CSVV2',
  'HUY_CHUONG_CSVV3',
  'HUY_CHUONG_HUU_NGHI',
  'HUY_CHUONG_TNXP_VV',
  // State honorary titles
  'TINH_ANH_HUNG',
  'TP_ANH_HUNG',
  'BMVNAH',
  'AHLLVTND',
  'AHLD',
  'NGND',
  'NGUT',
  'TTND',
  'TTUT',
  'NSND',
  'NSUT',
  'NNND',
  'NNUT',
  // Prizes
  'GT_HCM',
  'GT_NHA_NUOC',
  // Commemorative medals
  'KY_NIEM_CHUONG',
  // Certificates
  'BK_TTG',
  'BK_BO_TINH',
  'GIAY_KHEN',
  // Legacy forms (import only)
  'HC_KHANG_CHIEN1',
  'HC_KHANG_CHIEN2',
  'HC_KHANG_CHIEN3',
  'HUY_CHUONG_KHANG_CHIEN1',
  'HUY_CHUONG_KHANG_CHIEN2',
] as const;

/**
 * Code of an emulation title or award form, ASCII upper snake case ("Đ" written "D").
 * @category Catalogue
 */
export type HonourCode = (typeof HONOUR_CODES)[number];

/**
 * True when `value` is a known honour code.
 *
 * @example
 * ```ts
 * import { isHonourCode } from 'tdkt';
 * isHonourCode('LDTT'); // true
 * isHonourCode('ĐVQT'); // false: codes are ASCII
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export function isHonourCode(value: unknown): value is HonourCode {
  return typeof value === 'string' && (HONOUR_CODES as readonly string[]).includes(value);
}
