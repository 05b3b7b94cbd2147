import type { RuleSpec } from '../types.js';
import { BK_BO_TINH_RULES } from './BK_BO_TINH/rule.js';
import { BK_TTG_RULES } from './BK_TTG/rule.js';
import { CO_BO_TINH_RULES } from './CO_BO_TINH/rule.js';
import { CO_CP_RULES } from './CO_CP/rule.js';
import { CSTD_BO_TINH_RULES } from './CSTD_BO_TINH/rule.js';
import { CSTDCS_RULES } from './CSTDCS/rule.js';
import { CSTDTQ_RULES } from './CSTDTQ/rule.js';
import { CSTT_RULES } from './CSTT/rule.js';
import { DVQT_RULES } from './DVQT/rule.js';
import { DVTT_RULES } from './DVTT/rule.js';
import { GDVH_RULES } from './GDVH/rule.js';
import { HCLD1_RULES } from './HCLD1/rule.js';
import { HCLD2_RULES } from './HCLD2/rule.js';
import { HCLD3_RULES } from './HCLD3/rule.js';
import { LDTT_RULES } from './LDTT/rule.js';
import { THON_TDP_VH_RULES } from './THON_TDP_VH/rule.js';
import { TTLDTT_RULES } from './TTLDTT/rule.js';
import { TTLDXS_RULES } from './TTLDXS/rule.js';
import { XA_TIEU_BIEU_RULES } from './XA_TIEU_BIEU/rule.js';

/**
 * Every rule, lowest rung of each ladder first (the order of `eligibleHonours`).
 * @internal
 */
export const ALL_RULES: readonly RuleSpec[] = [
  ...LDTT_RULES,
  ...CSTT_RULES,
  ...CSTDCS_RULES,
  ...CSTD_BO_TINH_RULES,
  ...CSTDTQ_RULES,
  ...BK_BO_TINH_RULES,
  ...BK_TTG_RULES,
  ...HCLD3_RULES,
  ...HCLD2_RULES,
  ...HCLD1_RULES,
  ...TTLDTT_RULES,
  ...DVTT_RULES,
  ...TTLDXS_RULES,
  ...DVQT_RULES,
  ...CO_BO_TINH_RULES,
  ...CO_CP_RULES,
  ...GDVH_RULES,
  ...THON_TDP_VH_RULES,
  ...XA_TIEU_BIEU_RULES,
];
