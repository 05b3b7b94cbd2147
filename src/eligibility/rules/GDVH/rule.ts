import type { RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const L2022_31 = cite(I.L2022, 'confirmed', {
  article: 31,
  url: SRC.thon2024,
  note: 'heading confirmed',
});
const ND86 = cite(I.ND86, 'confirmed', {
  url: SRC.local2024,
  note: 'national frame; criteria detailed by the province (content not available)',
});
const L2003 = cite(I.L2003, 'unconfirmed', {
  note: 'cultural titles under culture-sector rules before 2024 (criteria.md §3)',
});

const frame = (basis: readonly (typeof ND86)[]) => [
  judge(
    'province-criteria',
    {
      vi: 'Đạt các tiêu chí do Ủy ban nhân dân tỉnh quy định trên khung tiêu chuẩn của Chính phủ; Chủ tịch Ủy ban nhân dân cấp xã xét, công nhận',
      en: 'Meets the criteria set by the province on the Government’s frame; the commune chairman considers and recognises',
    },
    basis,
  ),
  judge(
    'law-abiding',
    {
      vi: 'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tích cực tham gia phong trào thi đua',
      en: 'Exemplary compliance with Party policy and State law; active in emulation',
    },
    basis,
  ),
  judge(
    'family-culture',
    {
      vi: 'Gia đình hạnh phúc, tiến bộ, đoàn kết tương trợ trong cộng đồng',
      en: 'A happy, progressive family; solidarity and mutual help in the community',
    },
    basis,
  ),
];

/**
 * "Gia đình văn hóa" (household): criteria set by the province on the national frame, listed
 * as judgements with their basis.
 * @internal
 */
export const GDVH_RULES: readonly RuleSpec[] = [
  {
    honour: 'GDVH',
    recipient: 'household',
    regimes: OLD_REGIMES,
    title: { vi: 'Gia đình văn hóa', en: 'Cultural Family' },
    basis: [L2003],
    criteria: [notUnderReview(true)],
    judgements: frame([L2003]),
  },
  {
    honour: 'GDVH',
    recipient: 'household',
    regimes: NEW_REGIMES,
    title: { vi: 'Gia đình văn hóa', en: 'Cultural Family' },
    basis: [L2022_31, ND86],
    criteria: [notUnderReview(false)],
    judgements: frame([L2022_31, ND86]),
  },
];
