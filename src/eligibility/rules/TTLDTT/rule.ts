import type { Citation } from '../../../law/citation.js';
import type { JudgementSpec, RuleCriterionSpec, RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const at2003 = (clause: number, point?: string) =>
  cite(I.L2003, 'confirmed', {
    article: 28,
    clause,
    ...(point ? { point } : {}),
    url: SRC.ttldtt2017,
  });
const at2022 = cite(I.L2022, 'unconfirmed', {
  article: 28,
  clause: 1,
  url: SRC.ttldtt2024ref,
  note: 'only a reference to Điều 28 khoản 1 was seen; the old text is kept until verified (criteria.md §2.1)',
});

/**
 * Criteria of "Tập thể lao động tiên tiến" and, for the armed forces, "Đơn vị tiên tiến"
 * (L2003 Đ28 k2: points a, b, d plus > 50% CSTT; no discipline clause).
 * @internal
 */
export function advancedCollectiveCriteria(
  old: boolean,
  armed: boolean,
  basis: (point: string) => Citation,
): RuleCriterionSpec[] {
  const list: RuleCriterionSpec[] = [
    notUnderReview(old),
    {
      id: 'rating',
      type: 'rating',
      min: 'TTLDTT_MIN_RATING',
      label: {
        vi: 'Tập thể xếp loại từ {TTLDTT_MIN_RATING} trở lên (hoàn thành tốt nhiệm vụ và kế hoạch được giao)',
        en: 'The collective rated {TTLDTT_MIN_RATING} or better (completed its duties and plan well)',
      },
      basis: [basis('a')],
    },
    {
      id: armed ? 'cstt-share' : 'ldtt-share',
      type: 'memberShare',
      field: 'ldtt',
      min: 'TTLDTT_MIN_LDTT_SHARE',
      label: armed
        ? {
            vi: 'Tỷ lệ thành viên đạt Chiến sĩ tiên tiến {TTLDTT_MIN_LDTT_SHARE}',
            en: 'Share of members with CSTT {TTLDTT_MIN_LDTT_SHARE}',
          }
        : {
            vi: 'Tỷ lệ thành viên đạt Lao động tiên tiến {TTLDTT_MIN_LDTT_SHARE}',
            en: 'Share of members with LĐTT {TTLDTT_MIN_LDTT_SHARE}',
          },
      basis: [basis('c')],
    },
  ];
  if (!armed) {
    list.push({
      id: 'no-member-disciplined',
      type: 'noMemberDisciplined',
      from: 'TTLDTT_NO_DISCIPLINE_FROM',
      label: {
        vi: 'Không có thành viên bị kỷ luật từ hình thức {TTLDTT_NO_DISCIPLINE_FROM} trở lên',
        en: 'No member disciplined at {TTLDTT_NO_DISCIPLINE_FROM} or heavier',
      },
      basis: [basis('c')],
    });
  }
  return list;
}

/**
 * Judgements of the advanced-collective titles (points b and d).
 * @internal
 */
export function advancedCollectiveJudgements(basis: (point: string) => Citation): JudgementSpec[] {
  return [
    judge(
      'emulation-movement',
      {
        vi: 'Có phong trào thi đua thường xuyên, thiết thực, có hiệu quả',
        en: 'Regular, practical and effective emulation movement',
      },
      [basis('b')],
    ),
    judge(
      'solidarity',
      {
        vi: 'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước',
        en: 'Internal solidarity; complies with Party policy and State law',
      },
      [basis('d')],
    ),
  ];
}

/**
 * "Tập thể lao động tiên tiến" (L2003 Đ28 k1; Law 06/2022 Đ28, text unconfirmed).
 * @internal
 */
export const TTLDTT_RULES: readonly RuleSpec[] = [
  {
    honour: 'TTLDTT',
    recipient: 'collective',
    regimes: OLD_REGIMES,
    title: { vi: 'Tập thể lao động tiên tiến', en: 'Advanced Collective' },
    basis: [at2003(1)],
    criteria: advancedCollectiveCriteria(true, false, (p) => at2003(1, p)),
    judgements: advancedCollectiveJudgements((p) => at2003(1, p)),
  },
  {
    honour: 'TTLDTT',
    recipient: 'collective',
    regimes: NEW_REGIMES,
    title: { vi: 'Tập thể lao động tiên tiến', en: 'Advanced Collective' },
    basis: [at2022],
    criteria: advancedCollectiveCriteria(false, false, () => at2022),
    judgements: advancedCollectiveJudgements(() => at2022),
  },
];
