import type { RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const L2022_44_1E = cite(I.L2022, 'confirmed', {
  article: 44,
  clause: 1,
  point: 'e',
  url: SRC.hcld3_2024,
});
const ND91_24 = cite(I.ND91, 'confirmed', { article: 24, url: SRC.hcld3_2017 });
const L2003_44_2 = cite(I.L2003, 'confirmed', {
  article: 44,
  clause: 2,
  url: SRC.hcld3col2017,
  note: 'as amended in 2013',
});
const window = { length: 'HCLD3_WINDOW_YEARS', clock: { after: ['BK_TTG'], self: true } } as const;
const holdsBkTtg = (basis: typeof ND91_24) =>
  ({
    id: 'holds-bk-ttg',
    type: 'heldBefore',
    codes: ['BK_TTG'],
    label: {
      vi: 'Đã được tặng Bằng khen của Thủ tướng Chính phủ',
      en: "Holds the Prime Minister's Certificate of Merit",
    },
    basis: [basis],
  }) as const;
const ratingStreak = (basis: typeof ND91_24) =>
  ({
    id: 'rating-streak',
    type: 'consecutive',
    pred: { kind: 'rating', min: 'HCLD3_MIN_RATING' },
    window,
    label: {
      vi: 'Sau đó {HCLD3_WINDOW_YEARS} năm liên tục xếp loại từ {HCLD3_MIN_RATING} trở lên',
      en: 'Then {HCLD3_WINDOW_YEARS} consecutive years rated {HCLD3_MIN_RATING} or better',
    },
    basis: [basis],
  }) as const;

/**
 * "Huân chương Lao động hạng Ba": individuals (Decree 91/2017 Đ24; Law 06/2022 Đ44 k1 điểm e)
 * and, under the 2017 regime, collectives (L2003 Đ44 k2).
 * @internal
 */
export const HCLD3_RULES: readonly RuleSpec[] = [
  {
    honour: 'HCLD3',
    recipient: 'individual',
    regimes: OLD_REGIMES,
    title: { vi: 'Huân chương Lao động hạng Ba', en: 'Labour Order, third class' },
    basis: [ND91_24],
    criteria: [
      notUnderReview(true),
      holdsBkTtg(ND91_24),
      ratingStreak(ND91_24),
      {
        id: 'initiatives-bo-tinh',
        type: 'initiatives',
        minScope: 'HCLD3_INITIATIVE_MIN_SCOPE',
        min: 'HCLD3_INITIATIVES_MP',
        window,
        label: {
          vi: 'Trong thời gian đó có {HCLD3_INITIATIVES_MP} sáng kiến phạm vi {HCLD3_INITIATIVE_MIN_SCOPE} trở lên',
          en: 'Within those years {HCLD3_INITIATIVES_MP} initiatives of {HCLD3_INITIATIVE_MIN_SCOPE} scope or wider',
        },
        basis: [ND91_24],
      },
    ],
    judgements: [
      judge(
        'other-tracks',
        {
          vi: 'Hoặc các tiêu chuẩn khác của Điều 44: thành tích đột xuất, công trình, tác phẩm, quá trình cống hiến',
          en: 'Or the other tracks of Article 44: sudden achievements, works, long service',
        },
        [cite(I.L2003, 'confirmed', { article: 44 })],
      ),
    ],
  },
  {
    honour: 'HCLD3',
    recipient: 'individual',
    regimes: NEW_REGIMES,
    title: { vi: 'Huân chương Lao động hạng Ba', en: 'Labour Order, third class' },
    basis: [L2022_44_1E],
    criteria: [
      notUnderReview(false),
      holdsBkTtg(L2022_44_1E),
      ratingStreak(L2022_44_1E),
      {
        id: 'htxsnv-count',
        type: 'countInWindow',
        pred: { kind: 'rating', min: 'EXCELLENT_RATING' },
        min: 'HCLD3_MIN_HTXSNV',
        window,
        label: {
          vi: 'Trong thời gian đó có {HCLD3_MIN_HTXSNV} năm {EXCELLENT_RATING}',
          en: 'Within those years {HCLD3_MIN_HTXSNV} year(s) {EXCELLENT_RATING}',
        },
        basis: [L2022_44_1E],
      },
      {
        id: 'cstdcs-count',
        type: 'countInWindow',
        pred: { kind: 'holds', codes: ['CSTDCS'], concurrent: { civil: 'CSTDCS' } },
        min: 'HCLD3_CSTDCS_COUNT',
        window,
        label: {
          vi: 'Trong thời gian đó có {HCLD3_CSTDCS_COUNT} lần đạt Chiến sĩ thi đua cơ sở',
          en: 'Within those years {HCLD3_CSTDCS_COUNT} CSTĐCS titles',
        },
        basis: [L2022_44_1E],
      },
    ],
    judgements: [
      judge(
        'long-service',
        {
          vi: 'Hoặc (điểm g): quá trình cống hiến lâu dài theo chức vụ và số năm giữ chức vụ (bảng của Nghị định hướng dẫn)',
          en: 'Or (point g): long service by position and years held (table of the implementing decree)',
        },
        [
          cite(I.L2022, 'confirmed', { article: 44, clause: 1, point: 'g', url: SRC.hcldLong }),
          cite(I.ND152, 'confirmed', { article: 21, url: SRC.hcldLong }),
        ],
      ),
      judge(
        'workers-farmers',
        {
          vi: 'Công nhân, nông dân (khoản 2): thành tích xuất sắc trong phong trào thi đua từ {HCLD_CAMPAIGN_MIN_YEARS} năm trở lên; phát minh, sáng chế, công trình phạm vi Bộ, tỉnh; đóng góp; thành tích đột xuất',
          en: 'Workers and farmers (clause 2): outstanding in a movement of {HCLD_CAMPAIGN_MIN_YEARS} years or more; inventions or works of ministry/province scope; contributions; sudden achievements',
        },
        [cite(I.L2022, 'confirmed', { article: 44, clause: 2, url: SRC.hcldK2 })],
        ['worker', 'farmer'],
      ),
      judge(
        'other-tracks',
        {
          vi: 'Hoặc các điểm khác của khoản 1 Điều 44: thành tích đột xuất, công trình, tác phẩm, đóng góp',
          en: 'Or the other points of Article 44(1): sudden achievements, works, contributions',
        },
        [cite(I.L2022, 'confirmed', { article: 44, clause: 1, url: SRC.hcld3_2024 })],
      ),
    ],
  },
  {
    honour: 'HCLD3',
    recipient: 'collective',
    regimes: OLD_REGIMES,
    title: { vi: 'Huân chương Lao động hạng Ba', en: 'Labour Order, third class' },
    basis: [L2003_44_2],
    criteria: [
      notUnderReview(true),
      {
        id: 'ttldxs-streak',
        type: 'consecutive',
        pred: {
          kind: 'holds',
          codes: ['TTLDXS', 'DVQT'],
          concurrent: { civil: 'TTLDXS', armedForces: 'DVQT' },
        },
        window: { length: 'HCLD3_COL_CONSECUTIVE_TTLDXS', clock: { self: true } },
        label: {
          vi: '{HCLD3_COL_CONSECUTIVE_TTLDXS} năm liên tục đạt Tập thể lao động xuất sắc (Đơn vị quyết thắng)',
          en: '{HCLD3_COL_CONSECUTIVE_TTLDXS} consecutive years TTLĐXS (ĐVQT)',
        },
        basis: [L2003_44_2],
      },
      {
        id: 'flag-or-bk-ttg',
        type: 'anyOf',
        label: {
          vi: 'Và được tặng {HCLD3_COL_FLAG_COUNT} Cờ thi đua cấp bộ, ngành, tỉnh hoặc {HCLD3_COL_FLAG_COUNT} Bằng khen của Thủ tướng trong thời gian đó',
          en: 'And {HCLD3_COL_FLAG_COUNT} ministry/province flag or {HCLD3_COL_FLAG_COUNT} Prime Minister’s certificate within those years',
        },
        basis: [L2003_44_2],
        items: [
          {
            id: 'co-bo-tinh-count',
            type: 'countInWindow',
            pred: { kind: 'holds', codes: ['CO_BO_TINH'] },
            min: 'HCLD3_COL_FLAG_COUNT',
            window: { length: 'HCLD3_COL_CONSECUTIVE_TTLDXS', clock: { self: true } },
            label: { vi: 'Cờ thi đua cấp bộ, ngành, tỉnh', en: 'Ministry/province flag' },
            basis: [L2003_44_2],
          },
          {
            id: 'bk-ttg-count',
            type: 'countInWindow',
            pred: { kind: 'holds', codes: ['BK_TTG'] },
            min: 'HCLD3_COL_FLAG_COUNT',
            window: { length: 'HCLD3_COL_CONSECUTIVE_TTLDXS', clock: { self: true } },
            label: {
              vi: 'Bằng khen của Thủ tướng Chính phủ',
              en: "Prime Minister's Certificate of Merit",
            },
            basis: [L2003_44_2],
          },
        ],
      },
    ],
    judgements: [
      judge(
        'other-tracks',
        {
          vi: 'Hoặc: thành tích xuất sắc đột xuất, hoặc có quá trình xây dựng và phát triển lâu dài',
          en: 'Or: sudden outstanding achievements, or long development',
        },
        [L2003_44_2],
      ),
    ],
  },
];
