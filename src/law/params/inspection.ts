import type { Parameter } from '../parameters.js';

/**
 * Thresholds of the inspection module, each with its citation and confidence.
 * @internal
 */
export const INSPECTION_PARAMETERS: readonly Parameter[] = [];
