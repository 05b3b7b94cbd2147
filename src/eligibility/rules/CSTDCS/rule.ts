import type { RuleCriterionSpec, RuleSpec } from '../../types.js';
import { cite, I, judge, notUnderReview, SRC } from '../sources.js';

const ND91_9 = cite(I.ND91, 'confirmed', { article: 9, url: SRC.cstdcs2017 });
const L2022_23 = cite(I.L2022, 'confirmed', { article: 23, url: SRC.cstdcs2024 });
const DRAFT = cite(I.L2026, 'secondary', {
  url: SRC.draft2025,
  note: 'December 2025 draft (confirmed as a draft only); enactment known from secondary sources',
});

const holdsLdtt = (basis: typeof ND91_9): RuleCriterionSpec => ({
  id: 'holds-ldtt',
  type: 'heldInPeriod',
  codes: ['LDTT', 'CSTT'],
  concurrent: { civil: 'LDTT', armedForces: 'CSTT' },
  label: {
    vi: 'Đạt danh hiệu Lao động tiên tiến hoặc Chiến sĩ tiên tiến trong kỳ',
    en: 'Holds LĐTT or CSTT for the period',
  },
  basis: [basis],
});

const initiative = (
  id: string,
  kinds: readonly ('initiative' | 'research' | 'combat')[],
  label: { vi: string; en: string },
  basis: typeof ND91_9,
): RuleCriterionSpec => ({
  id,
  type: 'initiatives',
  minScope: 'CSTDCS_INITIATIVE_MIN_SCOPE',
  min: 'CSTDCS_INITIATIVE_MIN_COUNT',
  kinds,
  label,
  basis: [basis],
});

const councilSelection = judge(
  'council-selection',
  {
    vi: 'Hội đồng thi đua, khen thưởng cơ sở bình xét, lựa chọn',
    en: 'The unit’s emulation and commendation council considers and selects',
  },
  [cite(I.L2022, 'unconfirmed', { article: 23, note: 'decider: head of the agency or unit' })],
);

/**
 * "Chiến sĩ thi đua cơ sở": initiative mandatory under Decree 91/2017 Đ9; from 2024 HTXSNV or
 * an initiative, research result or combat ingenuity (Law 06/2022 Đ23); provisional 2026 draft:
 * HTXSNV and an initiative or research result.
 * @internal
 */
export const CSTDCS_RULES: readonly RuleSpec[] = [
  {
    honour: 'CSTDCS',
    recipient: 'individual',
    regimes: ['VN-2017'],
    title: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' },
    basis: [ND91_9],
    criteria: [
      notUnderReview(true),
      holdsLdtt(ND91_9),
      initiative(
        'initiative',
        ['initiative', 'research', 'combat'],
        {
          vi: 'Có ít nhất {CSTDCS_INITIATIVE_MIN_COUNT} sáng kiến (hoặc đề tài, giải pháp) được công nhận phạm vi {CSTDCS_INITIATIVE_MIN_SCOPE} trong kỳ',
          en: 'At least {CSTDCS_INITIATIVE_MIN_COUNT} initiative (or research result, combat solution) recognised at {CSTDCS_INITIATIVE_MIN_SCOPE} scope in the period',
        },
        ND91_9,
      ),
    ],
    judgements: [
      councilSelection,
      judge(
        'unit-cap',
        {
          vi: 'Số người được tặng Chiến sĩ thi đua cơ sở không quá 15% tổng số cá nhân đạt Lao động tiên tiến / Chiến sĩ tiên tiến của đơn vị: giới hạn áp dụng cho cả đơn vị sau khi xét từng người (dùng selectWithinQuota)',
          en: 'CSTĐCS awards may not exceed 15% of the unit’s LĐTT/CSTT holders: the cap applies across the unit after each person is found eligible (use selectWithinQuota)',
        },
        [
          cite(I.ND91, 'confirmed', {
            article: 9,
            clause: 3,
            url: SRC.cstdcs2017,
            note: 'rounding of the cap is not stated (criteria.md §G9, §G11)',
          }),
        ],
      ),
    ],
  },
  {
    honour: 'CSTDCS',
    recipient: 'individual',
    regimes: ['VN-2024', 'VN-2025-07'],
    title: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' },
    basis: [L2022_23],
    criteria: [
      notUnderReview(false),
      holdsLdtt(L2022_23),
      {
        id: 'excellence-or-initiative',
        type: 'anyOf',
        label: {
          vi: 'Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, đề tài khoa học, giải pháp trong chiến đấu',
          en: 'Completed duties excellently, or has an initiative, research result or combat ingenuity',
        },
        basis: [L2022_23],
        items: [
          {
            id: 'rating-excellent',
            type: 'rating',
            min: 'EXCELLENT_RATING',
            label: { vi: 'Xếp loại {EXCELLENT_RATING}', en: 'Rated {EXCELLENT_RATING}' },
            basis: [L2022_23],
          },
          initiative(
            'initiative',
            ['initiative'],
            {
              vi: 'Có sáng kiến được công nhận phạm vi {CSTDCS_INITIATIVE_MIN_SCOPE} trở lên',
              en: 'An initiative recognised at {CSTDCS_INITIATIVE_MIN_SCOPE} scope or wider',
            },
            L2022_23,
          ),
          initiative(
            'research',
            ['research'],
            {
              vi: 'Có đề tài khoa học, đề án, công trình khoa học và công nghệ được nghiệm thu',
              en: 'An accepted research topic, scheme or S&T work',
            },
            L2022_23,
          ),
          initiative(
            'combat',
            ['combat'],
            {
              vi: 'Có sự mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được đơn vị công nhận',
              en: 'Ingenuity in combat or combat support recognised by the unit',
            },
            L2022_23,
          ),
        ],
      },
    ],
    judgements: [councilSelection],
  },
  {
    honour: 'CSTDCS',
    recipient: 'individual',
    regimes: ['VN-2026-10'],
    title: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' },
    basis: [DRAFT, L2022_23],
    criteria: [
      notUnderReview(false),
      {
        id: 'rating-excellent',
        type: 'rating',
        min: 'EXCELLENT_RATING',
        label: {
          vi: 'Xếp loại {EXCELLENT_RATING} (thay cho điều kiện đạt Lao động tiên tiến)',
          en: 'Rated {EXCELLENT_RATING} (replaces holding LĐTT)',
        },
        basis: [DRAFT],
      },
      initiative(
        'initiative',
        ['initiative', 'research', 'combat'],
        {
          vi: 'Và có sáng kiến hoặc kết quả nghiên cứu khoa học phạm vi {CSTDCS_INITIATIVE_MIN_SCOPE} trở lên',
          en: 'And an initiative or research result of {CSTDCS_INITIATIVE_MIN_SCOPE} scope or wider',
        },
        DRAFT,
      ),
    ],
    judgements: [
      councilSelection,
      judge(
        'provisional-regime',
        {
          vi: 'Chế độ tạm tính VN-2026-10: tiêu chuẩn theo dự thảo sửa đổi Luật (12/2025); văn bản được thông qua chưa được xác nhận',
          en: 'Provisional regime VN-2026-10: criteria of the December 2025 draft amendment; the enacted text is not confirmed',
        },
        [DRAFT],
      ),
    ],
  },
];
