import type { Citation } from '../../../law/citation.js';
import type { RuleCriterionSpec, RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

/**
 * The criteria shared by "Lao động tiên tiến" and its armed-forces counterpart "Chiến sĩ tiên
 * tiến" (same article, same thresholds): rating, new-hire months, discipline, pending review.
 * @internal
 */
export function advancedCriteria(
  old: boolean,
  ratingBasis: readonly Citation[],
): RuleCriterionSpec[] {
  return [
    notUnderReview(old),
    {
      id: 'rating',
      type: 'rating',
      min: 'LDTT_MIN_RATING',
      label: {
        vi: 'Xếp loại từ {LDTT_MIN_RATING} trở lên',
        en: 'Rated {LDTT_MIN_RATING} or better',
      },
      basis: ratingBasis,
    },
    {
      id: 'new-hire',
      type: 'servedMonths',
      min: 'LDTT_NEW_HIRE_MIN_MONTHS',
      label: {
        vi: 'Không phải người mới tuyển dụng dưới {LDTT_NEW_HIRE_MIN_MONTHS} tháng',
        en: 'Not a new hire with fewer than {LDTT_NEW_HIRE_MIN_MONTHS} months',
      },
      basis: old
        ? [cite(I.ND91, 'confirmed', { url: SRC.hfic })]
        : [
            cite(I.TT01, 'confirmed', { url: SRC.newHire2024 }),
            cite(I.TT15, 'secondary', { note: 'believed to replace TT 01/2024 from 2025-08-05' }),
          ],
    },
    {
      id: 'discipline',
      type: 'noDiscipline',
      from: 'LDTT_DISCIPLINE_EXCLUDES_FROM',
      label: {
        vi: 'Không bị kỷ luật từ hình thức {LDTT_DISCIPLINE_EXCLUDES_FROM} trở lên trong kỳ',
        en: 'Not disciplined at {LDTT_DISCIPLINE_EXCLUDES_FROM} or heavier in the period',
      },
      basis: old
        ? [cite(I.ND91, 'confirmed', { url: SRC.hfic })]
        : [
            cite(I.L2022, 'unconfirmed', {
              article: 24,
              note: 'no national discipline rule for LĐTT was found under Law 06/2022 (criteria.md §G7)',
            }),
          ],
    },
  ];
}

const L2003_24 = cite(I.L2003, 'confirmed', { article: 24, url: SRC.ldtt2003 });
const L2022_24_1A = cite(I.L2022, 'confirmed', {
  article: 24,
  clause: 1,
  point: 'a',
  url: SRC.laoCai,
});
const L2022_24_1B = cite(I.L2022, 'confirmed', {
  article: 24,
  clause: 1,
  point: 'b',
  url: SRC.laoCai,
});

/**
 * "Lao động tiên tiến" (L2003 Đ24 + Decree 91/2017; Law 06/2022 Đ24 + Circular 01/2024).
 * @internal
 */
export const LDTT_RULES: readonly RuleSpec[] = [
  {
    honour: 'LDTT',
    recipient: 'individual',
    regimes: OLD_REGIMES,
    title: { vi: 'Lao động tiên tiến', en: 'Advanced Worker' },
    basis: [L2003_24, cite(I.ND91, 'confirmed', { url: SRC.hfic })],
    criteria: advancedCriteria(true, [L2003_24]),
    judgements: [
      judge(
        'compliance-solidarity',
        {
          vi: 'Chấp hành tốt chủ trương, chính sách, pháp luật; có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua; tích cực học tập; có đạo đức, lối sống lành mạnh',
          en: 'Complies with policies and law; self-reliant, united, helps others, active in emulation; keeps studying; sound ethics and lifestyle',
        },
        [L2003_24],
      ),
      judge(
        'worker-variant',
        {
          vi: 'Với công nhân, nông dân, người lao động: lao động sản xuất có hiệu quả, tích cực tham gia phong trào thi đua và hoạt động xã hội, chấp hành pháp luật, đoàn kết cộng đồng',
          en: 'Workers and farmers: productive work, active in emulation and social activities, law-abiding, community solidarity',
        },
        [cite(I.L2003, 'confirmed', { article: 24, clause: 3, url: SRC.ldtt2003 })],
        ['worker', 'farmer'],
      ),
    ],
  },
  {
    honour: 'LDTT',
    recipient: 'individual',
    regimes: NEW_REGIMES,
    title: { vi: 'Lao động tiên tiến', en: 'Advanced Worker' },
    basis: [
      cite(I.L2022, 'confirmed', { article: 24, clause: 1, url: SRC.laoCai }),
      cite(I.TT01, 'confirmed', { url: SRC.newHire2024 }),
    ],
    criteria: advancedCriteria(false, [L2022_24_1A]),
    judgements: [
      judge(
        'self-reliance-solidarity',
        {
          vi: 'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua',
          en: 'Self-reliant; united and helpful; active in emulation movements',
        },
        [L2022_24_1B],
      ),
    ],
  },
];
