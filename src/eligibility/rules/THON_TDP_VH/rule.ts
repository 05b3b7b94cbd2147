import type { RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const L2022_30 = (clause: number) =>
  cite(I.L2022, 'confirmed', { article: 30, clause, url: SRC.thon2024 });
const ND86 = cite(I.ND86, 'confirmed', { url: SRC.local2024, note: 'national frame' });
const L2003 = cite(I.L2003, 'unconfirmed', {
  note: 'cultural village titles under culture-sector rules before 2024 (criteria.md §3)',
});

const items = [
  [
    'stable-economy',
    'Đời sống kinh tế ổn định và từng bước phát triển',
    'A stable and developing economy',
  ],
  [
    'cultural-life',
    'Đời sống văn hóa, tinh thần lành mạnh, phong phú',
    'A healthy, rich cultural life',
  ],
  ['environment', 'Môi trường cảnh quan sạch, đẹp, an toàn', 'A clean, safe environment'],
  [
    'law-and-order',
    'Chấp hành tốt chủ trương, chính sách, pháp luật; bảo đảm an ninh, trật tự',
    'Compliance with law; security and order',
  ],
  ['emulation', 'Tích cực tham gia các phong trào thi đua', 'Active in emulation movements'],
  [
    'solidarity',
    'Có tinh thần đoàn kết, tương trợ trong cộng đồng',
    'Community solidarity and mutual help',
  ],
] as const;

const judgements = (basis: readonly (typeof ND86)[]) => [
  ...items.map(([id, vi, en]) => judge(id, { vi, en }, basis)),
  judge(
    'province-criteria',
    {
      vi: 'Tiêu chí cụ thể do Ủy ban nhân dân tỉnh quy định trên khung tiêu chuẩn của Chính phủ',
      en: 'The detailed criteria are set by the province on the Government’s frame',
    },
    basis,
  ),
];

/**
 * "Thôn, tổ dân phố văn hóa" (village or residential group): annual; all criteria are for the
 * council, detailed by the province (Law 06/2022 Đ30; Decree 86/2023).
 * @internal
 */
export const THON_TDP_VH_RULES: readonly RuleSpec[] = [
  {
    honour: 'THON_TDP_VH',
    recipient: 'village',
    regimes: OLD_REGIMES,
    title: {
      vi: 'Thôn, làng, ấp, bản, tổ dân phố văn hóa',
      en: 'Cultural Village / Residential Group',
    },
    basis: [L2003],
    criteria: [notUnderReview(true)],
    judgements: judgements([L2003]),
  },
  {
    honour: 'THON_TDP_VH',
    recipient: 'village',
    regimes: NEW_REGIMES,
    title: { vi: 'Thôn, tổ dân phố văn hóa', en: 'Cultural Village / Residential Group' },
    basis: [L2022_30(1), ND86],
    criteria: [notUnderReview(false)],
    judgements: judgements([L2022_30(1), L2022_30(2), ND86]),
  },
];
