import type { RuleCriterionSpec, RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const at2022 = (clause: number, point?: string) =>
  cite(I.L2022, 'confirmed', {
    article: 73,
    clause,
    ...(point ? { point } : {}),
    url: SRC.bkTtg2024,
  });
const ND91_38 = cite(I.ND91, 'unconfirmed', {
  article: 38,
  note: 'detail not confirmed; the values of Decree 65/2014 Đ23 k1 điểm c are applied (criteria.md §4.3)',
});
const ND65 = cite(I.ND65, 'confirmed', { article: 23, clause: 1, point: 'c', url: SRC.bkTtg2013 });
const CLOCK = cite(I.ND98, 'confirmed', {
  article: 30,
  clause: 9,
  url: SRC.bkTtgClock,
  note: 'the window starts after the achievement period written in the previous decision, else from its date (parameter CLOCK_FALLBACK)',
});

const window = {
  length: 'BK_TTG_WINDOW_YEARS',
  clock: { after: ['BK_BO_TINH'], self: true },
} as const;

const holdsBk = (basis: ReturnType<typeof at2022>): RuleCriterionSpec => ({
  id: 'holds-bk-bo-tinh',
  type: 'heldBefore',
  codes: ['BK_BO_TINH'],
  label: {
    vi: 'Đã được tặng Bằng khen của Bộ, ban, ngành, tỉnh',
    en: 'Holds a ministry/province Certificate of Merit',
  },
  basis: [basis],
});

const ratingStreak = (basis: ReturnType<typeof at2022>[]): RuleCriterionSpec => ({
  id: 'rating-streak',
  type: 'consecutive',
  pred: { kind: 'rating', min: 'BK_TTG_MIN_RATING' },
  window,
  label: {
    vi: 'Sau đó {BK_TTG_WINDOW_YEARS} năm liên tục xếp loại từ {BK_TTG_MIN_RATING} trở lên',
    en: 'Then {BK_TTG_WINDOW_YEARS} consecutive years rated {BK_TTG_MIN_RATING} or better',
  },
  basis: [...basis, CLOCK],
});

/**
 * "Bằng khen của Thủ tướng Chính phủ" (individual): the computable ladder track. Under the 2017
 * regime, 5 years HTXSNV with 5 base-level initiatives after a BK Bộ/tỉnh; from 2024 (Law
 * 06/2022 Đ73 k1 điểm b), 5 years HTTNV or better including 3 CSTĐCS.
 * @internal
 */
export const BK_TTG_RULES: readonly RuleSpec[] = [
  {
    honour: 'BK_TTG',
    recipient: 'individual',
    regimes: OLD_REGIMES,
    title: { vi: 'Bằng khen của Thủ tướng Chính phủ', en: "Prime Minister's Certificate of Merit" },
    basis: [ND91_38, ND65],
    criteria: [
      notUnderReview(true),
      holdsBk(ND91_38),
      ratingStreak([ND91_38, ND65]),
      {
        id: 'initiatives-base',
        type: 'initiatives',
        minScope: 'BK_TTG_INITIATIVE_MIN_SCOPE',
        min: 'BK_TTG_BASE_INITIATIVES',
        window,
        label: {
          vi: 'Trong thời gian đó có {BK_TTG_BASE_INITIATIVES} sáng kiến được công nhận phạm vi {BK_TTG_INITIATIVE_MIN_SCOPE}',
          en: 'Within those years {BK_TTG_BASE_INITIATIVES} initiatives recognised at {BK_TTG_INITIATIVE_MIN_SCOPE} scope',
        },
        basis: [ND91_38, ND65],
      },
    ],
    judgements: [
      judge(
        'other-tracks',
        {
          vi: 'Hoặc: gương mẫu, thành tích xuất sắc tiêu biểu trong phong trào thi đua; lập được thành tích đột xuất',
          en: 'Or: exemplary, outstanding in emulation movements; sudden achievements',
        },
        [ND91_38],
      ),
    ],
  },
  {
    honour: 'BK_TTG',
    recipient: 'individual',
    regimes: NEW_REGIMES,
    title: { vi: 'Bằng khen của Thủ tướng Chính phủ', en: "Prime Minister's Certificate of Merit" },
    basis: [at2022(1)],
    criteria: [
      notUnderReview(false),
      holdsBk(at2022(1, 'b')),
      ratingStreak([at2022(1, 'b')]),
      {
        id: 'cstdcs-count',
        type: 'countInWindow',
        pred: { kind: 'holds', codes: ['CSTDCS'], concurrent: { civil: 'CSTDCS' } },
        min: 'BK_TTG_CSTDCS_COUNT',
        window,
        label: {
          vi: 'Trong thời gian đó có {BK_TTG_CSTDCS_COUNT} lần đạt Chiến sĩ thi đua cơ sở',
          en: 'Within those years {BK_TTG_CSTDCS_COUNT} CSTĐCS titles',
        },
        basis: [at2022(1, 'b')],
      },
    ],
    judgements: [
      judge(
        'track-a',
        {
          vi: 'Hoặc: gương mẫu, có thành tích tiêu biểu xuất sắc trong các phong trào thi đua',
          en: 'Or: exemplary, with outstanding achievements in emulation movements',
        },
        [at2022(1, 'a')],
      ),
      judge(
        'track-c',
        {
          vi: 'Hoặc: lập được nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng trong Bộ, ngành, tỉnh, hoặc đạt giải thưởng khu vực',
          en: 'Or: many or sudden achievements with ministry/province influence, or a regional prize',
        },
        [at2022(1, 'c')],
      ),
      judge(
        'track-d',
        {
          vi: 'Hoặc: có đóng góp về kinh tế - xã hội, hoạt động nhân đạo, từ thiện',
          en: 'Or: socio-economic, humanitarian or charitable contributions',
        },
        [at2022(1, 'd')],
      ),
      judge(
        'worker-farmer-production',
        {
          vi: 'Công nhân, nông dân, người lao động (khoản 2): lập được nhiều thành tích hoặc thành tích đột xuất trong lao động, sản xuất',
          en: 'Workers, farmers and labourers (clause 2): many or sudden achievements in production',
        },
        [cite(I.L2022, 'confirmed', { article: 73, clause: 2, url: SRC.bkTtgK2 })],
        ['worker', 'farmer'],
      ),
      judge(
        'worker-initiative',
        {
          vi: 'Công nhân (khoản 2): có sáng kiến phạm vi cấp huyện và tích cực đào tạo, truyền nghề; từ 01/7/2025 không còn cấp huyện, cần xác định phạm vi tương đương',
          en: 'Workers (clause 2): an initiative of district scope and active training of peers; from 2025-07-01 there is no district tier, so the equivalent scope must be decided',
        },
        [cite(I.L2022, 'confirmed', { article: 73, clause: 2, url: SRC.bkTtgK2 })],
        ['worker'],
      ),
      judge(
        'farmer-model',
        {
          vi: 'Nông dân (khoản 2): mô hình sản xuất hiệu quả, ổn định từ {BK_TTG_FARMER_MODEL_MIN_YEARS} năm trở lên, có phạm vi ảnh hưởng',
          en: 'Farmers (clause 2): an effective production model stable for {BK_TTG_FARMER_MODEL_MIN_YEARS} years or more, with influence',
        },
        [cite(I.L2022, 'confirmed', { article: 73, clause: 2, url: SRC.bkTtgK2 })],
        ['farmer'],
      ),
    ],
  },
];
