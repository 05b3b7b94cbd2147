import type { RuleSpec } from '../../types.js';
import { cite, I, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';
import {
  cstdcsMember,
  excellentJudgements,
  excellentRating,
  excellentShares,
  holdsAdvanced,
  noMemberDisciplined,
} from '../TTLDXS/rule.js';

const L2003_27 = cite(I.L2003, 'inference', {
  article: 27,
  url: SRC.ttldxs2017,
  note: 'the armed-forces clause is taken to mirror the civil one with CSTT and ĐVTT',
});
const at2022 = (point?: string) =>
  cite(I.L2022, 'confirmed', {
    article: 27,
    clause: 2,
    url: SRC.ttldxs2024,
    ...(point ? { note: `points a, b, d, đ of khoản 1 (here: ${point}) plus ≥ 70% CSTT` } : {}),
  });

/**
 * "Đơn vị quyết thắng", the armed-forces counterpart of TTLĐXS (Law 06/2022 Đ27 k2: points a,
 * b, d, đ of k1 plus at least 70% of members with CSTT).
 * @internal
 */
export const DVQT_RULES: readonly RuleSpec[] = [
  {
    honour: 'DVQT',
    recipient: 'collective',
    regimes: OLD_REGIMES,
    title: { vi: 'Đơn vị quyết thắng', en: '"Determined to Win" Unit' },
    basis: [L2003_27],
    criteria: [
      notUnderReview(true),
      holdsAdvanced(L2003_27),
      ...excellentShares(true, L2003_27, true),
      cstdcsMember(L2003_27),
      noMemberDisciplined(L2003_27),
    ],
    judgements: excellentJudgements(true, L2003_27, L2003_27),
  },
  {
    honour: 'DVQT',
    recipient: 'collective',
    regimes: NEW_REGIMES,
    title: { vi: 'Đơn vị quyết thắng', en: '"Determined to Win" Unit' },
    basis: [at2022()],
    criteria: [
      notUnderReview(false),
      excellentRating(at2022('a')),
      ...excellentShares(true, at2022('c'), false),
      cstdcsMember(at2022('d')),
    ],
    judgements: excellentJudgements(false, at2022('b'), at2022('đ')),
  },
];
