import type { Parameter } from '../parameters.js';

const ND91 = '91/2017/NĐ-CP';
const ND98 = '98/2023/NĐ-CP';
const L2022 = '06/2022/QH15';
const CV5007 = '5007/BNV-TĐKT';
const TT151 = '151/2018/TT-BQP';
const TT57 = '57/2020/TT-BQP';

const CV5007_URL =
  'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/53199/bo-noi-vu-huong-dan-ve-xet-de-nghi-tang-co-thi-dua-cua-chinh-phu';
const ND91_D11_URL =
  'https://nganhangphapluat.thukyluat.vn/tu-van-phap-luat/bo-may-hanh-chinh/danh-hieu-%E2%80%9Cco-thi-dua-cua-chinh-phu%E2%80%9D-co-xet-tang-cho-ca-nhan-khong-347814';
const ND98_SCOPE_URL =
  'https://hethongphapluat.com/nghi-dinh-98-2023-nd-cp-huong-dan-luat-thi-dua-khen-thuong/dieu-114';
const TT151_NOTE =
  'Thông tư 151/2018/TT-BQP ngày 12/10/2018 (signed 12/10/2018; the value is given from the signing date, the effective date was not read). Whether a circular under Law 06/2022/QH15 changed the ratio was not verified.';
const FLOOR_NOTE =
  'No source states the rounding of the cap; the library applies floor ("không quá") by default [unconfirmed].';

/**
 * Cap on "Chiến sĩ thi đua cơ sở" as a share of the unit's LĐTT / CSTT holders.
 * @internal
 */
export const CSTDCS_CAP_PCT_OF_LDTT: Parameter<string | null> = {
  id: 'CSTDCS_CAP_PCT_OF_LDTT',
  description: {
    vi: 'Tỷ lệ tối đa danh hiệu Chiến sĩ thi đua cơ sở so với số cá nhân đạt Lao động tiên tiến / Chiến sĩ tiên tiến của đơn vị',
    en: 'Maximum share of CSTĐCS titles out of the unit’s LĐTT / CSTT holders',
  },
  unit: 'ratio',
  values: [
    {
      from: '2017-10-01',
      value: '0.15',
      basis: [
        {
          instrument: ND91,
          article: 9,
          clause: 3,
          url: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/45A9C-hd-tieu-chuan-de-xet-tang-danh-hieu-chien-si-thi-dua-co-so.html',
          confidence: 'confirmed',
        },
        {
          instrument: ND91,
          article: 9,
          clause: 3,
          url: 'https://cpdanluat.thuvienphapluat.vn/Forums/ShowPosts.aspx?PostID=520643',
          confidence: 'confirmed',
        },
      ],
      confidence: 'confirmed',
      note: `Denominator: the unit's LĐTT / CSTT holders. ${FLOOR_NOTE}`,
    },
    {
      from: '2024-01-01',
      value: null,
      basis: [
        { instrument: L2022, article: 23, confidence: 'confirmed' },
        {
          instrument: ND98,
          url: ND98_SCOPE_URL,
          confidence: 'confirmed',
          note: 'Scope list of the decree: it details Điều 25 of the Law but not Điều 21–24 or 26–28, so no national ratio for CSTĐCS.',
        },
      ],
      confidence: 'inference',
      note: 'No national cap from 2024-01-01 (inferred from the decree’s scope list); ministries, sectors and provinces may set their own.',
    },
  ],
};

/**
 * Cap on "Cờ thi đua của Chính phủ" proposals.
 * @internal
 */
export const CO_CP_CAP_PCT: Parameter<string | null> = {
  id: 'CO_CP_CAP_PCT',
  description: {
    vi: 'Tỷ lệ tối đa số tập thể được đề nghị tặng Cờ thi đua của Chính phủ',
    en: 'Maximum share of collectives proposed for the Government Emulation Flag (Cờ thi đua của Chính phủ)',
  },
  unit: 'ratio',
  values: [
    {
      from: '2017-10-01',
      value: '0.2',
      basis: [{ instrument: ND91, article: 11, url: ND91_D11_URL, confidence: 'confirmed' }],
      confidence: 'confirmed',
      note: `Denominator (VN-2017): the collectives that met the standard of the Cờ thi đua of the ministry, sector or province ("đạt tiêu chuẩn Cờ thi đua cấp bộ, tỉnh"). ${FLOOR_NOTE}`,
    },
    {
      from: '2023-09-05',
      value: '0.2',
      basis: [{ instrument: CV5007, url: CV5007_URL, confidence: 'confirmed' }],
      confidence: 'confirmed',
      note: `Denominator (from Công văn 5007/BNV-TĐKT, 05/9/2023): the collectives voted to lead emulation clusters or blocks; the council minutes name the cluster each nominee led. ${FLOOR_NOTE}`,
    },
    {
      from: '2024-01-01',
      value: '0.2',
      basis: [
        {
          instrument: L2022,
          article: 25,
          clause: 1,
          confidence: 'confirmed',
          note: 'The Cờ thi đua của Chính phủ is chosen among collectives leading clusters or blocks.',
        },
        {
          instrument: CV5007,
          url: CV5007_URL,
          confidence: 'unconfirmed',
          note: 'The letter predates 01/01/2024; its application under Decree 98/2023 and Decree 152/2025 is believed unchanged.',
        },
      ],
      confidence: 'unconfirmed',
      note: `Denominator: the collectives voted to lead emulation clusters or blocks. ${FLOOR_NOTE}`,
    },
  ],
};

/**
 * Armed forces: cap on "Chiến sĩ thi đua cơ sở".
 * @internal
 */
export const CAP_CSTDCS_AF: Parameter<string> = {
  id: 'CAP_CSTDCS_AF',
  description: {
    vi: 'Quân đội: tỷ lệ xét tặng danh hiệu Chiến sĩ thi đua cơ sở không quá 10% tổng quân số đơn vị',
    en: 'Armed forces: CSTĐCS titles at most 10% of the unit’s total strength',
  },
  unit: 'ratio',
  values: [
    {
      from: '2018-10-12',
      value: '0.1',
      basis: [
        {
          instrument: TT151,
          article: 12,
          clause: 3,
          point: 'b',
          url: 'http://qpvn.vn/tin-video/c77-tieu-chuan-danh-hieu-chien-si-thi-dua-co-so.html',
          confidence: 'confirmed',
        },
      ],
      confidence: 'confirmed',
      note: `${TT151_NOTE} ${FLOOR_NOTE}`,
    },
  ],
};

/**
 * Armed forces: cap on "Chiến sĩ tiên tiến".
 * @internal
 */
export const CAP_CSTT_AF: Parameter<string> = {
  id: 'CAP_CSTT_AF',
  description: {
    vi: 'Quân đội: tỷ lệ xét tặng danh hiệu Chiến sĩ tiên tiến không quá 40% tổng quân số đơn vị',
    en: 'Armed forces: CSTT titles at most 40% of the unit’s total strength',
  },
  unit: 'ratio',
  values: [
    {
      from: '2018-10-12',
      value: '0.4',
      basis: [
        {
          instrument: TT151,
          article: 12,
          clause: 4,
          point: 'a',
          url: 'http://qpvn.vn/tin-video/so-c78-tieu-chuan-danh-hieu-chien-si-tien-tien.html',
          confidence: 'confirmed',
        },
      ],
      confidence: 'confirmed',
      note: `Also: every test or check passed, at least 75% of them good or excellent. ${TT151_NOTE} ${FLOOR_NOTE}`,
    },
  ],
};

/**
 * Armed forces: cap on "Lao động tiên tiến" for defence workers.
 * @internal
 */
export const CAP_LDTT_DEFENCE_WORKERS: Parameter<string> = {
  id: 'CAP_LDTT_DEFENCE_WORKERS',
  description: {
    vi: 'Quân đội: tỷ lệ xét tặng danh hiệu Lao động tiên tiến (nhà máy, doanh nghiệp, lao động hợp đồng) không quá 70% tổng quân số đơn vị',
    en: 'Armed forces: LĐTT titles (defence factories, enterprises, contract workers) at most 70% of the unit’s total strength',
  },
  unit: 'ratio',
  values: [
    {
      from: '2018-10-12',
      value: '0.7',
      basis: [
        {
          instrument: TT151,
          article: 12,
          clause: 4,
          point: 'b',
          url: 'http://qpvn.vn/tin-video/so-c79-tieu-chuan-danh-hieu-lao-dong-tien-tien.html',
          confidence: 'confirmed',
        },
      ],
      confidence: 'confirmed',
      note: `${TT151_NOTE} ${FLOOR_NOTE}`,
    },
  ],
};

const TT57_URL =
  'https://thuvienphapluat.vn/hoi-dap-phap-luat/4F347-hd-ty-le-xet-tang-danh-hieu-thi-dua-ve-dan-quan-tu-ve.html';
const MILITIA_BASE =
  'Denominator: the militia commanders, standing militia and mobile militia and self-defence members ("chỉ huy Dân quân tự vệ, chiến sĩ Dân quân thường trực, Dân quân tự vệ cơ động").';

/**
 * Militia and self-defence forces: cap on "Chiến sĩ tiên tiến".
 * @internal
 */
export const CAP_CSTT_MILITIA: Parameter<string> = {
  id: 'CAP_CSTT_MILITIA',
  description: {
    vi: 'Dân quân tự vệ: danh hiệu Chiến sĩ tiên tiến không quá 10% tổng số chỉ huy, chiến sĩ dân quân thường trực, dân quân tự vệ cơ động',
    en: 'Militia and self-defence forces: CSTT titles at most 10% of commanders and standing or mobile militia',
  },
  unit: 'ratio',
  values: [
    {
      from: '2020-07-01',
      value: '0.1',
      basis: [{ instrument: TT57, article: 10, clause: 4, url: TT57_URL, confidence: 'confirmed' }],
      confidence: 'confirmed',
      note: `${MILITIA_BASE} ${FLOOR_NOTE}`,
    },
  ],
};

/**
 * Militia and self-defence forces: cap on "Chiến sĩ thi đua cơ sở".
 * @internal
 */
export const CAP_CSTDCS_MILITIA: Parameter<string> = {
  id: 'CAP_CSTDCS_MILITIA',
  description: {
    vi: 'Dân quân tự vệ: danh hiệu Chiến sĩ thi đua cơ sở không quá 5% tổng số chỉ huy, chiến sĩ dân quân thường trực, dân quân tự vệ cơ động',
    en: 'Militia and self-defence forces: CSTĐCS titles at most 5% of commanders and standing or mobile militia',
  },
  unit: 'ratio',
  values: [
    {
      from: '2020-07-01',
      value: '0.05',
      basis: [{ instrument: TT57, article: 10, clause: 3, url: TT57_URL, confidence: 'confirmed' }],
      confidence: 'confirmed',
      note: `${MILITIA_BASE} ${FLOOR_NOTE}`,
    },
  ],
};

/**
 * Thresholds of the quotas module, each with its citation and confidence.
 * @internal
 */
export const QUOTAS_PARAMETERS: readonly Parameter[] = [
  CSTDCS_CAP_PCT_OF_LDTT,
  CO_CP_CAP_PCT,
  CAP_CSTDCS_AF,
  CAP_CSTT_AF,
  CAP_LDTT_DEFENCE_WORKERS,
  CAP_CSTT_MILITIA,
  CAP_CSTDCS_MILITIA,
];
