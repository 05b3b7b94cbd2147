export {
  type CapFromParameterOptions,
  type CapResolution,
  capFromParameter,
} from './cap-from-parameter.js';
export { quotaLimit } from './quota-limit.js';
export {
  type QuotaCandidate,
  type QuotaCut,
  type QuotaOrder,
  type QuotaSelection,
  type QuotaTie,
  type SelectWithinQuotaOptions,
  selectWithinQuota,
} from './select-within-quota.js';
