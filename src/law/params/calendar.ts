import type { Parameter } from '../parameters.js';

/**
 * Thresholds of the calendar module, each with its citation and confidence.
 * @internal
 */
export const CALENDAR_PARAMETERS: readonly Parameter[] = [];
