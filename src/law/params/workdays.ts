import type { Parameter } from '../parameters.js';

/**
 * Thresholds of the workdays module, each with its citation and confidence.
 * @internal
 */
export const WORKDAYS_PARAMETERS: readonly Parameter[] = [];
