import type { Confidence } from './citation.js';

/** Kind of legal or guidance document. */
export type InstrumentType =
  | 'law'
  | 'decree'
  | 'circular'
  | 'decision'
  | 'official-letter'
  | 'guidance'
  | 'plan'
  | 'directive'
  | 'order'
  | 'code';

/**
 * A legal instrument the library cites: number, type, issuer and dates.
 * @category Law
 */
export interface Instrument {
  /** Document number as written in Vietnamese, e.g. `'98/2023/NĐ-CP'`. */
  readonly number: string;
  /** Kind of document. */
  readonly type: InstrumentType;
  /** Vietnamese short title, e.g. "Luật Thi đua, khen thưởng". */
  readonly titleVi: string;
  /** English gloss of the title. */
  readonly titleEn: string;
  /** Issuing body in Vietnamese. */
  readonly issuer: string;
  /** Date signed or passed (ISO), when known. */
  readonly signedOn?: string;
  /** First day in force (ISO), when known. */
  readonly effectiveFrom?: string;
  /** Last day in force (ISO), when known. */
  readonly effectiveTo?: string;
  /** Confidence in the dates and the number. */
  readonly confidence: Confidence;
  /** A public page where the facts were read. */
  readonly url?: string;
}

const TYPE_VI: Record<InstrumentType, string> = {
  law: 'Luật',
  decree: 'Nghị định',
  circular: 'Thông tư',
  decision: 'Quyết định',
  'official-letter': 'Công văn',
  guidance: 'Hướng dẫn',
  plan: 'Kế hoạch',
  directive: 'Chỉ thị',
  order: 'Sắc lệnh',
  code: 'Bộ luật',
};

/**
 * The instruments the library cites, oldest first.
 *
 * @example
 * ```ts
 * import { INSTRUMENTS } from 'tdkt';
 * INSTRUMENTS.find((i) => i.number === '06/2022/QH15')?.effectiveFrom; // '2024-01-01'
 * ```
 * @category Law
 * @since 0.1.0
 */
export const INSTRUMENTS: readonly Instrument[] = Object.freeze(
  (
    [
      {
        number: '15/2003/QH11',
        type: 'law',
        titleVi: 'Luật Thi đua, khen thưởng',
        titleEn: 'Law on Emulation and Commendation',
        issuer: 'Quốc hội',
        signedOn: '2003-11-26',
        effectiveFrom: '2004-07-01',
        effectiveTo: '2023-12-31',
        confidence: 'confirmed',
        url: 'https://text.123docz.net/document/624618-luat-thi-dua-khen-thuong-quoc-hoi-2003-doc.htm',
      },
      {
        number: '47/2005/QH11',
        type: 'law',
        titleVi: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng',
        titleEn: 'Law amending the Law on Emulation and Commendation (2005)',
        issuer: 'Quốc hội',
        signedOn: '2005-06-14',
        confidence: 'confirmed',
      },
      {
        number: '39/2013/QH13',
        type: 'law',
        titleVi: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng',
        titleEn: 'Law amending the Law on Emulation and Commendation (2013)',
        issuer: 'Quốc hội',
        signedOn: '2013-11-16',
        confidence: 'confirmed',
      },
      {
        number: '65/2014/NĐ-CP',
        type: 'decree',
        titleVi: 'Nghị định quy định chi tiết thi hành Luật Thi đua, khen thưởng',
        titleEn: 'Decree detailing the Law on Emulation and Commendation (2014)',
        issuer: 'Chính phủ',
        signedOn: '2014-07-01',
        effectiveTo: '2017-09-30',
        confidence: 'confirmed',
      },
      {
        number: '145/2013/NĐ-CP',
        type: 'decree',
        titleVi:
          'Nghị định quy định về tổ chức ngày kỷ niệm; nghi thức trao tặng, đón nhận hình thức khen thưởng, danh hiệu thi đua',
        titleEn: 'Decree on commemorations and award ceremonies',
        issuer: 'Chính phủ',
        signedOn: '2013-10-29',
        effectiveFrom: '2013-12-16',
        confidence: 'confirmed',
      },
      {
        number: '91/2017/NĐ-CP',
        type: 'decree',
        titleVi: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
        titleEn: 'Decree detailing the Law on Emulation and Commendation (2017)',
        issuer: 'Chính phủ',
        signedOn: '2017-07-31',
        effectiveFrom: '2017-10-01',
        effectiveTo: '2023-12-31',
        confidence: 'confirmed',
        url: 'https://dangbo-doanthe.hfic.vn/chi-tiet-bai-viet/449/100/Tin-Cong-doan/Nghi-40-ngay-lam-viec-tro-len-van-duoc-xet-Lao-dong-tien-tien-',
      },
      {
        number: '08/2017/TT-BNV',
        type: 'circular',
        titleVi: 'Thông tư quy định chi tiết thi hành một số điều của Nghị định 91/2017/NĐ-CP',
        titleEn: 'Circular detailing Decree 91/2017',
        issuer: 'Bộ Nội vụ',
        signedOn: '2017-10-27',
        effectiveFrom: '2017-12-15',
        effectiveTo: '2023-12-31',
        confidence: 'confirmed',
        url: 'https://baomoi.com/chua-xet-khen-thuong-cho-cong-chuc-co-don-khieu-nai-to-cao/c/24174170.epi',
      },
      {
        number: '111/2018/NĐ-CP',
        type: 'decree',
        titleVi:
          'Nghị định quy định về ngày thành lập, ngày truyền thống, ngày hưởng ứng của các bộ, ngành, địa phương',
        titleEn:
          'Decree on founding, tradition and observance days of ministries, sectors and localities',
        issuer: 'Chính phủ',
        signedOn: '2018-08-24',
        confidence: 'secondary',
      },
      {
        number: '45/2019/QH14',
        type: 'code',
        titleVi: 'Bộ luật Lao động',
        titleEn: 'Labour Code 2019',
        issuer: 'Quốc hội',
        signedOn: '2019-11-20',
        effectiveFrom: '2021-01-01',
        confidence: 'confirmed',
      },
      {
        number: '06/2022/QH15',
        type: 'law',
        titleVi: 'Luật Thi đua, khen thưởng',
        titleEn: 'Law on Emulation and Commendation (2022)',
        issuer: 'Quốc hội',
        signedOn: '2022-06-15',
        effectiveFrom: '2024-01-01',
        confidence: 'confirmed',
        url: 'https://vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2022/chuong-ii-761.html',
      },
      {
        number: '5007/BNV-TĐKT',
        type: 'official-letter',
        titleVi: 'Công văn hướng dẫn xét đề nghị tặng Cờ thi đua của Chính phủ',
        titleEn: 'Letter on proposals for the Government Emulation Flag',
        issuer: 'Bộ Nội vụ',
        signedOn: '2023-09-05',
        confidence: 'confirmed',
        url: 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/53199/bo-noi-vu-huong-dan-ve-xet-de-nghi-tang-co-thi-dua-cua-chinh-phu',
      },
      {
        number: '86/2023/NĐ-CP',
        type: 'decree',
        titleVi:
          'Nghị định quy định khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa", "Thôn, Tổ dân phố văn hóa", "Xã, Phường, Thị trấn tiêu biểu"',
        titleEn: 'Decree on the frame for cultural family, village and exemplary commune titles',
        issuer: 'Chính phủ',
        effectiveFrom: '2024-01-30',
        confidence: 'confirmed',
        url: 'https://nvsk.vnanet.vn/quy-dinh-moi-ve-khung-tieu-chuan-xet-tang-thon-to-dan-pho-van-hoa-1-138424.vna',
      },
      {
        number: '98/2023/NĐ-CP',
        type: 'decree',
        titleVi: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
        titleEn: 'Decree detailing the Law on Emulation and Commendation (2023)',
        issuer: 'Chính phủ',
        signedOn: '2023-12-31',
        effectiveFrom: '2024-01-01',
        effectiveTo: '2025-06-30',
        confidence: 'confirmed',
        url: 'https://hoivdap.com/nghi-dinh-91-2023-ve-hop-phap-hoa-lanh-su-nam-2024',
      },
      {
        number: '01/2024/TT-BNV',
        type: 'circular',
        titleVi: 'Thông tư quy định biện pháp thi hành Luật Thi đua, khen thưởng',
        titleEn: 'Circular on measures implementing the Law on Emulation and Commendation',
        issuer: 'Bộ Nội vụ',
        confidence: 'confirmed',
        url: 'https://bacninh.gov.vn/news/-/details/20182/thong-tu-1-2024-tt-bnv-cua-bo-noi-vu-quy-inh-bien-phap-thi-hanh-luat-thi-ua-khen-thuong-62283616',
      },
      {
        number: '152/2025/NĐ-CP',
        type: 'decree',
        titleVi:
          'Nghị định quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
        titleEn: 'Decree on decentralisation in emulation and commendation and details of the Law',
        issuer: 'Chính phủ',
        signedOn: '2025-06-14',
        effectiveFrom: '2025-07-01',
        confidence: 'confirmed',
        url: 'https://baomoi.net.vn/phan-cap-phan-quyen-trong-linh-vuc-thi-dua-khen-thuong-c52500550.epi',
      },
      {
        number: '15/2025/TT-BNV',
        type: 'circular',
        titleVi:
          'Thông tư quy định biện pháp tổ chức thi hành Luật Thi đua, khen thưởng và Nghị định 152/2025/NĐ-CP',
        titleEn: 'Circular on measures implementing the Law and Decree 152/2025',
        issuer: 'Bộ Nội vụ',
        signedOn: '2025-08-04',
        effectiveFrom: '2025-08-05',
        confidence: 'secondary',
        url: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-tu-15-2025-TT-BNV-bien-phap-to-chuc-Luat-Thi-dua-khen-thuong-va-Nghi-dinh-152-2025-ND-C%D0%A0-668075.aspx',
      },
      {
        number: '06/2026/QH16',
        type: 'law',
        titleVi: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng',
        titleEn: 'Law amending the Law on Emulation and Commendation (2026, provisional)',
        issuer: 'Quốc hội',
        signedOn: '2026-04-23',
        effectiveFrom: '2026-10-01',
        confidence: 'secondary',
        url: 'https://dantri.com.vn/noi-vu/bo-noi-vu-de-xuat-thay-the-tieu-chuan-danh-hieu-lao-dong-tien-tien-20251215203438478.htm',
      },
    ] satisfies Instrument[]
  ).map((i) => Object.freeze(i)),
);

/**
 * Vietnamese name of an instrument for citations, e.g. "Luật số 06/2022/QH15",
 * "Nghị định số 98/2023/NĐ-CP". Unknown numbers are inferred from their suffix.
 * @internal
 */
export function instrumentLabelVi(number: string): string {
  const known = INSTRUMENTS.find((i) => i.number === number);
  const type = known?.type ?? guessType(number);
  return type ? `${TYPE_VI[type]} số ${number}` : number;
}

function guessType(number: string): InstrumentType | undefined {
  if (/\/QH\d+$/u.test(number)) return 'law';
  if (/NĐ-CP$/u.test(number)) return 'decree';
  if (/\/TT-/u.test(number)) return 'circular';
  if (/\/QĐ-/u.test(number)) return 'decision';
  if (/\/KH-/u.test(number)) return 'plan';
  if (/\/HD-|^HD /u.test(number)) return 'guidance';
  if (/CT\/TW$/u.test(number)) return 'directive';
  return undefined;
}

/**
 * English name of an instrument for citations, e.g. "Law 06/2022/QH15".
 * @internal
 */
export function instrumentLabelEn(number: string): string {
  const known = INSTRUMENTS.find((i) => i.number === number);
  const type = known?.type ?? guessType(number);
  const word: Record<InstrumentType, string> = {
    law: 'Law',
    decree: 'Decree',
    circular: 'Circular',
    decision: 'Decision',
    'official-letter': 'Official Letter',
    guidance: 'Guidance',
    plan: 'Plan',
    directive: 'Directive',
    order: 'Order',
    code: 'Code',
  };
  return type ? `${word[type]} ${number}` : number;
}
