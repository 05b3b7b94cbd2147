import type { RuleSpec } from '../../types.js';
import { cite, I, NEW_REGIMES, OLD_REGIMES, SRC } from '../sources.js';
import { advancedCollectiveCriteria, advancedCollectiveJudgements } from '../TTLDTT/rule.js';

const at2003 = (point?: string) =>
  cite(I.L2003, 'confirmed', {
    article: 28,
    clause: 2,
    url: SRC.ttldtt2017,
    note: point
      ? `points a, b, d of khoản 1 (here: ${point}) plus > 50% CSTT`
      : 'points a, b, d of khoản 1 plus > 50% CSTT',
  });
const at2022 = cite(I.L2022, 'unconfirmed', {
  article: 28,
  url: SRC.ttldtt2024ref,
  note: 'the armed-forces clause of Law 06/2022 Điều 28 was not available; the old clause is kept',
});

/**
 * "Đơn vị tiên tiến", the armed-forces counterpart of TTLĐTT: points a, b, d and more than 50%
 * of members with CSTT (L2003 Đ28 k2) — no discipline clause.
 * @internal
 */
export const DVTT_RULES: readonly RuleSpec[] = [
  {
    honour: 'DVTT',
    recipient: 'collective',
    regimes: OLD_REGIMES,
    title: { vi: 'Đơn vị tiên tiến', en: 'Advanced Unit' },
    basis: [at2003()],
    criteria: advancedCollectiveCriteria(true, true, (p) => at2003(p)),
    judgements: advancedCollectiveJudgements((p) => at2003(p)),
  },
  {
    honour: 'DVTT',
    recipient: 'collective',
    regimes: NEW_REGIMES,
    title: { vi: 'Đơn vị tiên tiến', en: 'Advanced Unit' },
    basis: [at2022],
    criteria: advancedCollectiveCriteria(false, true, () => at2022),
    judgements: advancedCollectiveJudgements(() => at2022),
  },
];
