import type { Parameter } from '../parameters.js';

const TT08 = '08/2019/TT-BLĐTBXH';
const TT08_URLS = [
  'https://thuvienphapluat.vn/hoi-dap-phap-luat/47874-hd-danh-hieu-tap-the-lao-dong-tien-tien-nganh-lao-dong-thuong-binh-va-xa-hoi.html',
  'https://nganhangphapluat.thukyluat.vn/tu-van-phap-luat/van-hoa--xa-hoi/tieu-chuan-tap-the-lao-dong-xuat-sac-trong-nganh-lao-dong-thuong-binh-va-xa-293018',
] as const;
const TT08_DATE_NOTE =
  'Mẫu số 06 of the labour-sector circular (100-point scale). The circular’s exact effective date in 2019 was not read: the value is given from 2019-01-01. Whether the sector circular issued under Law 06/2022/QH15 keeps the form was not verified.';

const HCMC_RANKING_SHEET = 'Bảng số ban ngành chấm điểm xếp hạng thi đua cho quận, huyện (TP.HCM)';
const HCMC_RANKING_URL =
  'https://tailieumienphi.vn/doc/mau-bang-so-ban-nganh-cham-diem-xep-hang-thi-dua-cho-quan-huyen-thuoc-thanh-pho-yxmqtq.html';
const HCMC_DATE_NOTE =
  'From the Ho Chi Minh City department → district ranking sheet (its worked example: 97 + 10 = 107; the total may exceed the nominal 100). The sheet’s date was not read: the value is given from 2008-01-01, the year of the city’s companion TĐKT-work sheet. Whether the +10 and +15 stack is not stated; the library takes the larger by default [inference].';

/**
 * A score band as data: bounds in points and whether each bound belongs to the band.
 * @internal
 */
export interface BandValue {
  /** Lower bound (points, exact decimal string). */
  readonly min: string;
  /** Upper bound (points, exact decimal string). */
  readonly max: string;
  /** The lower bound belongs to the band. */
  readonly includeMin: boolean;
  /** The upper bound belongs to the band. */
  readonly includeMax: boolean;
}

/**
 * Labour sector, 100-point form: band of "Tập thể lao động tiên tiến".
 * @internal
 */
export const SCORE_BAND_TTLDTT: Parameter<BandValue> = {
  id: 'SCORE_BAND_TTLDTT',
  description: {
    vi: 'Ngành LĐTBXH, thang 100 điểm (mẫu số 06): Tập thể lao động tiên tiến từ 70 đến 90 điểm',
    en: 'Labour sector, 100-point form (mẫu số 06): TTLĐTT from 70 to 90 points',
  },
  unit: 'points',
  values: [
    {
      from: '2019-01-01',
      value: { min: '70', max: '90', includeMin: true, includeMax: true },
      basis: TT08_URLS.map((url) => ({ instrument: TT08, url, confidence: 'confirmed' as const })),
      confidence: 'confirmed',
      note: `Closed band 70–90: a score strictly between 90 and 91 (e.g. 90.5) falls in no band. ${TT08_DATE_NOTE}`,
    },
  ],
};

/**
 * Labour sector, 100-point form: band of "Tập thể lao động xuất sắc".
 * @internal
 */
export const SCORE_BAND_TTLDXS: Parameter<BandValue> = {
  id: 'SCORE_BAND_TTLDXS',
  description: {
    vi: 'Ngành LĐTBXH, thang 100 điểm (mẫu số 06): Tập thể lao động xuất sắc từ 91 đến 100 điểm',
    en: 'Labour sector, 100-point form (mẫu số 06): TTLĐXS from 91 to 100 points',
  },
  unit: 'points',
  values: [
    {
      from: '2019-01-01',
      value: { min: '91', max: '100', includeMin: true, includeMax: true },
      basis: TT08_URLS.map((url) => ({ instrument: TT08, url, confidence: 'confirmed' as const })),
      confidence: 'confirmed',
      note: `Closed band 91–100. ${TT08_DATE_NOTE}`,
    },
  ],
};

/**
 * HCMC ranking sheet: bonus for a city or ministry emulation flag.
 * @internal
 */
export const SCORE_BONUS_CO_TINH_BO: Parameter<string> = {
  id: 'SCORE_BONUS_CO_TINH_BO',
  description: {
    vi: 'Điểm thưởng khi đơn vị được tặng Cờ thi đua xuất sắc của Thành phố hoặc của Bộ (bảng chấm điểm xếp hạng TP.HCM)',
    en: 'Bonus points when the unit received the city’s or a ministry’s emulation flag (HCMC ranking sheet)',
  },
  unit: 'points',
  values: [
    {
      from: '2008-01-01',
      value: '10',
      basis: [{ instrument: HCMC_RANKING_SHEET, url: HCMC_RANKING_URL, confidence: 'confirmed' }],
      confidence: 'confirmed',
      note: HCMC_DATE_NOTE,
    },
  ],
};

/**
 * HCMC ranking sheet: bonus for the Government emulation flag.
 * @internal
 */
export const SCORE_BONUS_CO_CP: Parameter<string> = {
  id: 'SCORE_BONUS_CO_CP',
  description: {
    vi: 'Điểm thưởng khi đơn vị được tặng Cờ thi đua của Chính phủ (bảng chấm điểm xếp hạng TP.HCM)',
    en: 'Bonus points when the unit received the Government emulation flag (HCMC ranking sheet)',
  },
  unit: 'points',
  values: [
    {
      from: '2008-01-01',
      value: '15',
      basis: [{ instrument: HCMC_RANKING_SHEET, url: HCMC_RANKING_URL, confidence: 'confirmed' }],
      confidence: 'confirmed',
      note: HCMC_DATE_NOTE,
    },
  ],
};

/**
 * Number of leading units a cluster proposes for the Cờ thi đua of the ministry or province.
 * @internal
 */
export const CLUSTER_FLAG_PROPOSALS: Parameter<number> = {
  id: 'CLUSTER_FLAG_PROPOSALS',
  description: {
    vi: 'Số đơn vị dẫn đầu mỗi cụm, khối thi đua được suy tôn, đề nghị tặng Cờ thi đua của bộ, ngành, tỉnh',
    en: 'Leading units each cluster or block proposes for the Cờ thi đua of the ministry, sector or province',
  },
  unit: 'count',
  values: [
    {
      from: '2016-07-25',
      value: 1,
      basis: [
        {
          instrument: '1479/HD-BTĐKT',
          url: 'https://luatminhkhue.vn/huong-dan-1479-hd-btdkt-cum-khoi-thi-dua-cua-tinh-thanh-pho-de-nghi-tang-co-thi-dua-chinh-phu.aspx',
          confidence: 'unconfirmed',
          note: 'The guidance covers cluster proposals, but its text on the number per cluster was not read.',
        },
        {
          instrument: '06/2022/QH15',
          article: 26,
          confidence: 'unconfirmed',
          note: 'The number per cluster is set by each ministry, sector or province; typically the leader, sometimes 1–2 by size.',
        },
      ],
      confidence: 'unconfirmed',
      note: 'Default 1 (the cluster’s leader); pass the count of your ministry’s or province’s regulation.',
    },
  ],
};

/**
 * Thresholds of the scoring module, each with its citation and confidence.
 * @internal
 */
export const SCORING_PARAMETERS: readonly Parameter[] = [
  SCORE_BAND_TTLDTT,
  SCORE_BAND_TTLDXS,
  SCORE_BONUS_CO_TINH_BO,
  SCORE_BONUS_CO_CP,
  CLUSTER_FLAG_PROPOSALS,
];
