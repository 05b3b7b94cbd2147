import type { RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const L2022_43_1 = cite(I.L2022, 'confirmed', { article: 43, clause: 1, url: SRC.hcld2_2024 });
const ND91 = cite(I.ND91, 'unconfirmed', {
  note: 'criteria.md §5.2: "HCLĐ3 + 5 years HTXSNV + (e.g.) 3 initiatives with ministry scope" [unconfirmed]',
});
const window = { length: 'HCLD2_WINDOW_YEARS', clock: { after: ['HCLD3'], self: true } } as const;
const holds = (basis: typeof ND91) =>
  ({
    id: 'holds-hcld3',
    type: 'heldBefore',
    codes: ['HCLD3'],
    label: {
      vi: 'Đã được tặng Huân chương Lao động hạng Ba',
      en: 'Holds the Labour Order, third class',
    },
    basis: [basis],
  }) as const;
const streak = (basis: typeof ND91) =>
  ({
    id: 'rating-streak',
    type: 'consecutive',
    pred: { kind: 'rating', min: 'HCLD2_MIN_RATING' },
    window,
    label: {
      vi: 'Sau đó {HCLD2_WINDOW_YEARS} năm liên tục xếp loại từ {HCLD2_MIN_RATING} trở lên',
      en: 'Then {HCLD2_WINDOW_YEARS} consecutive years rated {HCLD2_MIN_RATING} or better',
    },
    basis: [basis],
  }) as const;

/**
 * "Huân chương Lao động hạng Nhì" (individual): Law 06/2022 Đ43 k1 ladder track; the 2017 rule
 * is encoded with unconfirmed parameters.
 * @internal
 */
export const HCLD2_RULES: readonly RuleSpec[] = [
  {
    honour: 'HCLD2',
    recipient: 'individual',
    regimes: OLD_REGIMES,
    title: { vi: 'Huân chương Lao động hạng Nhì', en: 'Labour Order, second class' },
    basis: [ND91],
    criteria: [
      notUnderReview(true),
      holds(ND91),
      streak(ND91),
      {
        id: 'initiatives-bo-tinh',
        type: 'initiatives',
        minScope: 'HCLD2_INITIATIVE_MIN_SCOPE',
        min: 'HCLD2_INITIATIVES_MP',
        window,
        label: {
          vi: 'Trong thời gian đó có {HCLD2_INITIATIVES_MP} sáng kiến phạm vi {HCLD2_INITIATIVE_MIN_SCOPE} trở lên',
          en: 'Within those years {HCLD2_INITIATIVES_MP} initiatives of {HCLD2_INITIATIVE_MIN_SCOPE} scope or wider',
        },
        basis: [ND91],
      },
    ],
    judgements: [
      judge(
        'unconfirmed-rule',
        {
          vi: 'Tiêu chuẩn trước năm 2024 chưa được xác nhận từ văn bản; đối chiếu Nghị định 91/2017/NĐ-CP trước khi sử dụng',
          en: 'The pre-2024 criteria are not confirmed from the text; check Decree 91/2017 before relying on them',
        },
        [ND91],
      ),
    ],
  },
  {
    honour: 'HCLD2',
    recipient: 'individual',
    regimes: NEW_REGIMES,
    title: { vi: 'Huân chương Lao động hạng Nhì', en: 'Labour Order, second class' },
    basis: [L2022_43_1],
    criteria: [
      notUnderReview(false),
      holds(L2022_43_1),
      streak(L2022_43_1),
      {
        id: 'htxsnv-count',
        type: 'countInWindow',
        pred: { kind: 'rating', min: 'EXCELLENT_RATING' },
        min: 'HCLD2_MIN_HTXSNV',
        window,
        label: {
          vi: 'Trong thời gian đó có {HCLD2_MIN_HTXSNV} năm {EXCELLENT_RATING}',
          en: 'Within those years {HCLD2_MIN_HTXSNV} years {EXCELLENT_RATING}',
        },
        basis: [L2022_43_1],
      },
      {
        id: 'cstd-bo-tinh-count',
        type: 'countInWindow',
        pred: { kind: 'holds', codes: ['CSTD_BO_TINH'] },
        min: 'HCLD2_CSTD_BO_TINH_COUNT',
        window,
        label: {
          vi: 'Trong thời gian đó có {HCLD2_CSTD_BO_TINH_COUNT} lần đạt Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
          en: 'Within those years {HCLD2_CSTD_BO_TINH_COUNT} CSTĐ Bộ/tỉnh title(s)',
        },
        basis: [L2022_43_1],
      },
    ],
    judgements: [
      judge(
        'other-tracks',
        {
          vi: 'Hoặc: thành tích đột xuất phạm vi Bộ, tỉnh; giải thưởng quốc tế cao nhất của khu vực; phát minh, công trình cấp Bộ, tỉnh; đóng góp lớn; quá trình cống hiến',
          en: 'Or: sudden achievements of ministry/province scope; the region’s top international prize; inventions or works; large contributions; long service',
        },
        [L2022_43_1],
      ),
    ],
  },
];
