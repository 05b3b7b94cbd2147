import type { Citation } from '../../../law/citation.js';
import type { RuleCriterionSpec, RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const L2003_22 = cite(I.L2003, 'confirmed', { article: 22, url: SRC.cstdBt2017 });
const L2022_22_1A = cite(I.L2022, 'confirmed', {
  article: 22,
  clause: 1,
  point: 'a',
  url: SRC.cstdBt2024,
});
const L2022_22_1B = cite(I.L2022, 'confirmed', {
  article: 22,
  clause: 1,
  point: 'b',
  url: SRC.cstdBt2024,
});
const L2022_22_2 = cite(I.L2022, 'confirmed', { article: 22, clause: 2, url: SRC.cstdBt2024 });
const STREAK_NOTE = cite(I.L2022, 'inference', {
  article: 5,
  clause: 2,
  note: 'CSTĐCS periods used for an earlier CSTĐ Bộ/tỉnh are not used again (criteria.md §G1, §G3; parameter STREAK_CONSUMPTION)',
});

const window = { length: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS', clock: { self: true } } as const;

function criteria(
  old: boolean,
  streakBasis: Citation[],
  initiativeBasis: Citation[],
): RuleCriterionSpec[] {
  return [
    notUnderReview(old),
    {
      id: 'cstdcs-streak',
      type: 'consecutive',
      pred: { kind: 'holds', codes: ['CSTDCS'], concurrent: { civil: 'CSTDCS' } },
      window,
      label: {
        vi: '{CSTD_BO_TINH_CONSECUTIVE_CSTDCS} lần liên tục đạt Chiến sĩ thi đua cơ sở đến kỳ xét, chưa dùng cho lần tặng trước',
        en: '{CSTD_BO_TINH_CONSECUTIVE_CSTDCS} consecutive CSTĐCS titles up to the period, not used for an earlier award',
      },
      basis: [...streakBasis, STREAK_NOTE],
    },
    {
      id: 'initiative-bo-tinh',
      type: 'initiatives',
      minScope: 'CSTD_BO_TINH_INITIATIVE_MIN_SCOPE',
      min: 'CSTD_BO_TINH_INITIATIVE_MIN_COUNT',
      kinds: ['initiative', 'research', 'combat'],
      window,
      label: {
        vi: 'Có sáng kiến, đề tài khoa học hoặc giải pháp trong chiến đấu có phạm vi ảnh hưởng {CSTD_BO_TINH_INITIATIVE_MIN_SCOPE} trở lên trong các năm đó',
        en: 'An initiative, research result or combat ingenuity of {CSTD_BO_TINH_INITIATIVE_MIN_SCOPE} scope or wider within those years',
      },
      basis: initiativeBasis,
    },
  ];
}

const selection = (basis: Citation) =>
  judge(
    'council-selection',
    {
      vi: 'Thành tích tiêu biểu xuất sắc, được Hội đồng thi đua, khen thưởng cấp Bộ, ngành, tỉnh lựa chọn',
      en: 'Outstanding achievements, selected by the ministry’s or province’s council',
    },
    [basis],
  );

/**
 * "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh": three consecutive CSTĐCS and an initiative of
 * ministry/province scope (L2003 Đ22; Law 06/2022 Đ22).
 * @internal
 */
export const CSTD_BO_TINH_RULES: readonly RuleSpec[] = [
  {
    honour: 'CSTD_BO_TINH',
    recipient: 'individual',
    regimes: OLD_REGIMES,
    title: {
      vi: 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương',
      en: 'Ministry/Province Emulation Fighter',
    },
    basis: [L2003_22],
    criteria: criteria(
      true,
      [L2003_22],
      [
        cite(I.L2003, 'confirmed', {
          article: 22,
          url: SRC.cstdBt2017,
          note: 'recognised by the ministry’s or province’s science and initiative council',
        }),
      ],
    ),
    judgements: [selection(L2003_22)],
  },
  {
    honour: 'CSTD_BO_TINH',
    recipient: 'individual',
    regimes: NEW_REGIMES,
    title: {
      vi: 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
      en: 'Ministry/Province Emulation Fighter',
    },
    basis: [L2022_22_1A, L2022_22_1B, L2022_22_2],
    criteria: criteria(false, [L2022_22_1A], [L2022_22_1B, L2022_22_2]),
    judgements: [
      selection(L2022_22_1A),
      judge(
        'scope-recognition',
        {
          vi: 'Phạm vi ảnh hưởng của sáng kiến, đề tài do người đứng đầu Bộ, ngành, tỉnh công nhận (mưu trí trong chiến đấu: Bộ trưởng Bộ Quốc phòng, Bộ Công an); kiểm tra quyết định công nhận',
          en: 'The scope is recognised by the head of the ministry or province (combat ingenuity: the Defence or Public Security Minister); check the recognition decision',
        },
        [L2022_22_2],
      ),
    ],
  },
];
