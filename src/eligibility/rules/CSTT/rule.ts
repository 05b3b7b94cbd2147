import type { RuleSpec } from '../../types.js';
import { advancedCriteria } from '../LDTT/rule.js';
import { cite, I, judge, NEW_REGIMES, OLD_REGIMES, SRC } from '../sources.js';

const L2003_24 = cite(I.L2003, 'confirmed', { article: 24, url: SRC.ldtt2003 });
const L2022_24 = cite(I.L2022, 'confirmed', {
  article: 24,
  url: SRC.cstt2024,
  note: 'CSTT: soldiers, defence workers and civil servants of the People’s Army, militia, police',
});

/**
 * "Chiến sĩ tiên tiến", the armed-forces counterpart of LĐTT: same article and thresholds.
 * @internal
 */
export const CSTT_RULES: readonly RuleSpec[] = [
  {
    honour: 'CSTT',
    recipient: 'individual',
    regimes: OLD_REGIMES,
    title: { vi: 'Chiến sĩ tiên tiến', en: 'Advanced Soldier' },
    basis: [L2003_24, cite(I.ND91, 'confirmed', { url: SRC.hfic })],
    criteria: advancedCriteria(true, [L2003_24]),
    judgements: [
      judge(
        'compliance-solidarity',
        {
          vi: 'Chấp hành tốt chủ trương, chính sách, pháp luật, kỷ luật của lực lượng vũ trang; đoàn kết, tích cực tham gia phong trào thi đua',
          en: 'Complies with policies, law and armed-forces discipline; united; active in emulation',
        },
        [L2003_24],
      ),
    ],
  },
  {
    honour: 'CSTT',
    recipient: 'individual',
    regimes: NEW_REGIMES,
    title: { vi: 'Chiến sĩ tiên tiến', en: 'Advanced Soldier' },
    basis: [L2022_24, cite(I.TT01, 'confirmed', { url: SRC.newHire2024 })],
    criteria: advancedCriteria(false, [L2022_24]),
    judgements: [
      judge(
        'self-reliance-solidarity',
        {
          vi: 'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua',
          en: 'Self-reliant; united and helpful; active in emulation movements',
        },
        [L2022_24],
      ),
    ],
  },
];
