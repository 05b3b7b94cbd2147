import type { Parameter } from '../parameters.js';

/**
 * Thresholds of the scoring module, each with its citation and confidence.
 * @internal
 */
export const SCORING_PARAMETERS: readonly Parameter[] = [];
