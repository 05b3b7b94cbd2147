import type { Parameter } from '../parameters.js';

/**
 * Thresholds of the quotas module, each with its citation and confidence.
 * @internal
 */
export const QUOTAS_PARAMETERS: readonly Parameter[] = [];
