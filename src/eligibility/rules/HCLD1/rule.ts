import type { RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const L2013 = cite(I.L2013, 'confirmed', {
  article: 1,
  clause: 18,
  url: SRC.hcld1_2013,
  note: 'khoản 18 Điều 1 of the 2013 amending law (Điều 42 of Law 15/2003)',
});
const L2022_42 = cite(I.L2022, 'unconfirmed', {
  article: 42,
  clause: 1,
  note: 'text not available: criteria.md §5.3 gives the probable content',
});
const holds = (basis: typeof L2013) =>
  ({
    id: 'holds-hcld2',
    type: 'heldBefore',
    codes: ['HCLD2'],
    label: {
      vi: 'Đã được tặng Huân chương Lao động hạng Nhì',
      en: 'Holds the Labour Order, second class',
    },
    basis: [basis],
  }) as const;
const window = { length: 'HCLD1_WINDOW_YEARS', clock: { after: ['HCLD2'], self: true } } as const;
const streak = (basis: typeof L2013) =>
  ({
    id: 'rating-streak',
    type: 'consecutive',
    pred: { kind: 'rating', min: 'HCLD1_MIN_RATING' },
    window,
    label: {
      vi: 'Sau đó {HCLD1_WINDOW_YEARS} năm liên tục xếp loại từ {HCLD1_MIN_RATING} trở lên',
      en: 'Then {HCLD1_WINDOW_YEARS} consecutive years rated {HCLD1_MIN_RATING} or better',
    },
    basis: [basis],
  }) as const;

/**
 * "Huân chương Lao động hạng Nhất": the 2013 amendment (individuals and collectives) is
 * confirmed; the Law 06/2022 rule is not, so it is encoded with unconfirmed parameters.
 * @internal
 */
export const HCLD1_RULES: readonly RuleSpec[] = [
  {
    honour: 'HCLD1',
    recipient: 'individual',
    regimes: OLD_REGIMES,
    title: { vi: 'Huân chương Lao động hạng Nhất', en: 'Labour Order, first class' },
    basis: [L2013],
    criteria: [notUnderReview(true), holds(L2013), streak(L2013)],
    judgements: [
      judge(
        'nationwide-scope',
        {
          vi: 'Thành tích xuất sắc có phạm vi ảnh hưởng toàn quốc trong 5 năm đó (hoặc quá trình cống hiến lâu dài)',
          en: 'Outstanding achievements of nationwide influence in those years (or long service)',
        },
        [L2013],
      ),
      judge(
        'other-tracks',
        {
          vi: 'Hoặc: thành tích đặc biệt xuất sắc đột xuất; phát minh, sáng chế, công trình, tác phẩm phạm vi toàn quốc',
          en: 'Or: a special sudden feat; inventions or works of nationwide scope',
        },
        [L2013],
      ),
    ],
  },
  {
    honour: 'HCLD1',
    recipient: 'individual',
    regimes: NEW_REGIMES,
    title: { vi: 'Huân chương Lao động hạng Nhất', en: 'Labour Order, first class' },
    basis: [L2022_42],
    criteria: [
      notUnderReview(false),
      holds(L2022_42),
      streak(L2022_42),
      {
        id: 'htxsnv-count',
        type: 'countInWindow',
        pred: { kind: 'rating', min: 'EXCELLENT_RATING' },
        min: 'HCLD1_MIN_HTXSNV',
        window,
        label: {
          vi: 'Trong thời gian đó có {HCLD1_MIN_HTXSNV} năm {EXCELLENT_RATING}',
          en: 'Within those years {HCLD1_MIN_HTXSNV} years {EXCELLENT_RATING}',
        },
        basis: [L2022_42],
      },
      {
        id: 'cstdtq-or-cstd',
        type: 'anyOf',
        label: {
          vi: '{HCLD1_CSTDTQ_COUNT} lần Chiến sĩ thi đua toàn quốc hoặc {HCLD1_CSTD_BO_TINH_COUNT} lần Chiến sĩ thi đua Bộ, ban, ngành, tỉnh trong thời gian đó',
          en: '{HCLD1_CSTDTQ_COUNT} CSTĐ toàn quốc or {HCLD1_CSTD_BO_TINH_COUNT} CSTĐ Bộ/tỉnh titles within those years',
        },
        basis: [L2022_42],
        items: [
          {
            id: 'cstdtq-count',
            type: 'countInWindow',
            pred: { kind: 'holds', codes: ['CSTDTQ'] },
            min: 'HCLD1_CSTDTQ_COUNT',
            window,
            label: { vi: 'Chiến sĩ thi đua toàn quốc', en: 'CSTĐ toàn quốc' },
            basis: [L2022_42],
          },
          {
            id: 'cstd-bo-tinh-count',
            type: 'countInWindow',
            pred: { kind: 'holds', codes: ['CSTD_BO_TINH'] },
            min: 'HCLD1_CSTD_BO_TINH_COUNT',
            window,
            label: { vi: 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh', en: 'CSTĐ Bộ/tỉnh' },
            basis: [L2022_42],
          },
        ],
      },
    ],
    judgements: [
      judge(
        'unconfirmed-rule',
        {
          vi: 'Tiêu chuẩn Điều 42 Luật 06/2022/QH15 chưa được xác nhận từ văn bản: các ngưỡng là tham số chưa xác nhận, cần đối chiếu trước khi sử dụng',
          en: 'The criteria of Article 42 of Law 06/2022/QH15 are not confirmed from the text: the thresholds are unconfirmed parameters, to be checked before relying on them',
        },
        [L2022_42],
      ),
    ],
  },
  {
    honour: 'HCLD1',
    recipient: 'collective',
    regimes: OLD_REGIMES,
    title: { vi: 'Huân chương Lao động hạng Nhất', en: 'Labour Order, first class' },
    basis: [L2013],
    criteria: [notUnderReview(true), holds(L2013), streak(L2013)],
    judgements: [
      judge(
        'solidarity',
        {
          vi: 'Nội bộ đoàn kết, tổ chức đảng, đoàn thể trong sạch, vững mạnh',
          en: 'Internal solidarity; clean and strong party and mass organisations',
        },
        [L2013],
      ),
      judge(
        'nationwide-track',
        {
          vi: 'Hoặc: thành tích xuất sắc đột xuất có phạm vi ảnh hưởng toàn quốc',
          en: 'Or: sudden outstanding achievements of nationwide influence',
        },
        [L2013],
      ),
    ],
  },
];
