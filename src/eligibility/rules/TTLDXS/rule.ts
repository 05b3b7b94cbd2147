import type { Citation } from '../../../law/citation.js';
import type { JudgementSpec, RuleCriterionSpec, RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const L2003_27 = cite(I.L2003, 'confirmed', { article: 27, url: SRC.ttldxs2017 });
const at2022 = (clause: number, point?: string) =>
  cite(I.L2022, 'confirmed', {
    article: 27,
    clause,
    ...(point ? { point } : {}),
    url: SRC.ttldxs2024,
  });

/** @internal */
export function excellentShares(
  armed: boolean,
  basis: Citation,
  withHtnv: boolean,
): RuleCriterionSpec[] {
  const list: RuleCriterionSpec[] = [];
  if (withHtnv) {
    list.push({
      id: 'all-completed',
      type: 'memberShare',
      field: 'completedDuties',
      min: 'TTLDXS_MIN_HTNV_SHARE',
      label: {
        vi: '{TTLDXS_MIN_HTNV_SHARE} thành viên hoàn thành nhiệm vụ trở lên',
        en: '{TTLDXS_MIN_HTNV_SHARE} of members completed their duties or better',
      },
      basis: [basis],
    });
  }
  list.push({
    id: armed ? 'cstt-share' : 'ldtt-share',
    type: 'memberShare',
    field: 'ldtt',
    min: 'TTLDXS_MIN_LDTT_SHARE',
    label: armed
      ? {
          vi: 'Tỷ lệ thành viên đạt Chiến sĩ tiên tiến {TTLDXS_MIN_LDTT_SHARE}',
          en: 'Share of members with CSTT {TTLDXS_MIN_LDTT_SHARE}',
        }
      : {
          vi: 'Tỷ lệ thành viên đạt Lao động tiên tiến {TTLDXS_MIN_LDTT_SHARE}',
          en: 'Share of members with LĐTT {TTLDXS_MIN_LDTT_SHARE}',
        },
    basis: [basis],
  });
  return list;
}

/** @internal */
export function cstdcsMember(basis: Citation): RuleCriterionSpec {
  return {
    id: 'cstdcs-member',
    type: 'memberCount',
    field: 'cstdcs',
    min: 'TTLDXS_MIN_CSTDCS_COUNT',
    label: {
      vi: 'Có ít nhất {TTLDXS_MIN_CSTDCS_COUNT} thành viên đạt Chiến sĩ thi đua cơ sở',
      en: 'At least {TTLDXS_MIN_CSTDCS_COUNT} member holds CSTĐCS',
    },
    basis: [basis],
  };
}

/** @internal */
export function holdsAdvanced(basis: Citation): RuleCriterionSpec {
  return {
    id: 'holds-ttldtt',
    type: 'heldInPeriod',
    codes: ['TTLDTT', 'DVTT'],
    concurrent: { civil: 'TTLDTT', armedForces: 'DVTT' },
    label: {
      vi: 'Được lựa chọn trong số các tập thể đạt Tập thể lao động tiên tiến (Đơn vị tiên tiến) trong kỳ',
      en: 'Chosen among the collectives holding TTLĐTT (ĐVTT) for the period',
    },
    basis: [basis],
  };
}

/** @internal */
export function noMemberDisciplined(basis: Citation): RuleCriterionSpec {
  return {
    id: 'no-member-disciplined',
    type: 'noMemberDisciplined',
    from: 'TTLDXS_NO_DISCIPLINE_FROM',
    label: {
      vi: 'Không có thành viên bị kỷ luật từ hình thức {TTLDXS_NO_DISCIPLINE_FROM} trở lên',
      en: 'No member disciplined at {TTLDXS_NO_DISCIPLINE_FROM} or heavier',
    },
    basis: [basis],
  };
}

/** @internal */
export function excellentRating(basis: Citation): RuleCriterionSpec {
  return {
    id: 'rating',
    type: 'rating',
    min: 'EXCELLENT_RATING',
    label: {
      vi: 'Tập thể sáng tạo, vượt khó, {EXCELLENT_RATING}',
      en: 'The collective is creative and {EXCELLENT_RATING}',
    },
    basis: [basis],
  };
}

/** @internal */
export function excellentJudgements(old: boolean, b: Citation, d: Citation): JudgementSpec[] {
  const list = [
    judge(
      'emulation-movement',
      {
        vi: 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả',
        en: 'Regular, practical and effective emulation movement',
      },
      [b],
    ),
    judge(
      'solidarity',
      {
        vi: 'Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước',
        en: 'Internal solidarity; exemplary compliance with Party policy and State law',
      },
      [d],
    ),
  ];
  if (old) {
    list.unshift(
      judge(
        'exceeded-tasks',
        {
          vi: 'Sáng tạo, vượt khó, hoàn thành xuất sắc nhiệm vụ, thực hiện tốt các nghĩa vụ đối với Nhà nước',
          en: 'Creative, overcame difficulties, completed its tasks excellently, met its obligations to the State',
        },
        [b],
      ),
    );
  }
  return list;
}

/**
 * "Tập thể lao động xuất sắc" (L2003 Đ27; Law 06/2022 Đ27 k1). The old text required holding
 * TTLĐTT and no member disciplined at cảnh cáo or above; the new text dropped both and requires
 * the collective's own HTXSNV rating.
 * @internal
 */
export const TTLDXS_RULES: readonly RuleSpec[] = [
  {
    honour: 'TTLDXS',
    recipient: 'collective',
    regimes: OLD_REGIMES,
    title: { vi: 'Tập thể lao động xuất sắc', en: 'Excellent Collective' },
    basis: [L2003_27],
    criteria: [
      notUnderReview(true),
      holdsAdvanced(L2003_27),
      ...excellentShares(false, L2003_27, true),
      cstdcsMember(L2003_27),
      noMemberDisciplined(L2003_27),
    ],
    judgements: excellentJudgements(true, L2003_27, L2003_27),
  },
  {
    honour: 'TTLDXS',
    recipient: 'collective',
    regimes: NEW_REGIMES,
    title: { vi: 'Tập thể lao động xuất sắc', en: 'Excellent Collective' },
    basis: [at2022(1)],
    criteria: [
      notUnderReview(false),
      excellentRating(at2022(1, 'a')),
      ...excellentShares(false, at2022(1, 'c'), true),
      cstdcsMember(at2022(1, 'd')),
    ],
    judgements: excellentJudgements(false, at2022(1, 'b'), at2022(1, 'đ')),
  },
];
