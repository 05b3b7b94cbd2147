import type { RuleSpec } from '../../types.js';
import { cite, I, judge, notUnderReview, SRC } from '../sources.js';

const L2022_29 = cite(I.L2022, 'unconfirmed', {
  article: 29,
  note: 'article number inferred from its neighbours (catalogue.md)',
});
const ND86 = cite(I.ND86, 'confirmed', { url: SRC.local2024, note: 'national frame' });
const DRAFT = cite(I.L2026, 'secondary', {
  url: SRC.draft2025,
  note: 'December 2025 draft (confirmed as a draft only): rename and new criterion',
});

const common = (basis: readonly (typeof ND86)[]) => [
  judge(
    'province-criteria',
    {
      vi: 'Đạt các tiêu chí do Ủy ban nhân dân tỉnh quy định trên khung tiêu chuẩn của Chính phủ',
      en: 'Meets the criteria set by the province on the Government’s frame',
    },
    basis,
  ),
];

/**
 * "Xã, phường, thị trấn tiêu biểu" (commune): from 2024. After 2025-07-01 there is no district
 * movement to lead, so that criterion is for the council; the provisional 2026 regime renames the
 * title "Xã, phường, đặc khu tiêu biểu" with a province-level criterion.
 * @internal
 */
export const XA_TIEU_BIEU_RULES: readonly RuleSpec[] = [
  {
    honour: 'XA_TIEU_BIEU',
    recipient: 'commune',
    regimes: ['VN-2024'],
    title: { vi: 'Xã, phường, thị trấn tiêu biểu', en: 'Exemplary Commune, Ward or Township' },
    basis: [L2022_29, ND86],
    criteria: [notUnderReview(false)],
    judgements: [
      judge(
        'leads-district-movement',
        {
          vi: 'Dẫn đầu phong trào thi đua cấp huyện',
          en: 'Leads the district’s emulation movement',
        },
        [L2022_29, ND86],
      ),
      ...common([L2022_29, ND86]),
    ],
  },
  {
    honour: 'XA_TIEU_BIEU',
    recipient: 'commune',
    regimes: ['VN-2025-07'],
    title: { vi: 'Xã, phường, thị trấn tiêu biểu', en: 'Exemplary Commune, Ward or Township' },
    basis: [L2022_29, ND86],
    criteria: [notUnderReview(false)],
    judgements: [
      judge(
        'leads-district-movement',
        {
          vi: 'Tiêu chí "dẫn đầu phong trào thi đua cấp huyện": từ 01/7/2025 không còn cấp huyện, Hội đồng xác định cách đánh giá tương đương',
          en: 'The criterion "leads the district’s emulation movement": from 2025-07-01 there is no district tier, so the council decides the equivalent assessment',
        },
        [
          L2022_29,
          cite(I.ND152, 'confirmed', { note: 'two-tier local government from 2025-07-01' }),
        ],
      ),
      ...common([L2022_29, ND86]),
    ],
  },
  {
    honour: 'XA_TIEU_BIEU',
    recipient: 'commune',
    regimes: ['VN-2026-10'],
    title: { vi: 'Xã, phường, đặc khu tiêu biểu', en: 'Exemplary Commune, Ward or Special Zone' },
    basis: [DRAFT, L2022_29],
    criteria: [notUnderReview(false)],
    judgements: [
      judge(
        'province-movement',
        {
          vi: 'Có thành tích tiêu biểu trong phong trào thi đua cấp tỉnh',
          en: 'Outstanding achievements in the province’s emulation movement',
        },
        [DRAFT],
      ),
      ...common([DRAFT, ND86]),
    ],
  },
];
