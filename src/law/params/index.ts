import { describe, fail } from '../../core/errors.js';
import { defineParameter, type Parameter } from '../parameters.js';
import { CALENDAR_PARAMETERS } from './calendar.js';
import { ELIGIBILITY_PARAMETERS } from './eligibility.js';
import { INSPECTION_PARAMETERS } from './inspection.js';
import { QUOTAS_PARAMETERS } from './quotas.js';
import { SCORING_PARAMETERS } from './scoring.js';
import { WORKDAYS_PARAMETERS } from './workdays.js';

let registry: ReadonlyMap<string, Parameter> | undefined;

function load(): ReadonlyMap<string, Parameter> {
  if (!registry) {
    const map = new Map<string, Parameter>();
    for (const p of [
      ...ELIGIBILITY_PARAMETERS,
      ...SCORING_PARAMETERS,
      ...INSPECTION_PARAMETERS,
      ...CALENDAR_PARAMETERS,
      ...QUOTAS_PARAMETERS,
      ...WORKDAYS_PARAMETERS,
    ]) {
      if (map.has(p.id)) throw new Error(`[tdkt] duplicate parameter id ${p.id}`);
      map.set(p.id, defineParameter(p));
    }
    registry = map;
  }
  return registry;
}

/**
 * A national parameter by id (throws `TdktError('UNKNOWN_PARAMETER')` for an unknown id).
 *
 * @example
 * ```ts
 * import { getParameter, valueAt } from 'tdkt';
 * valueAt(getParameter('LDTT_NEW_HIRE_MIN_MONTHS'), '2024-03-01')?.value; // 6
 * ```
 * @category Law
 * @since 0.1.0
 */
export function getParameter(id: string): Parameter {
  const p = typeof id === 'string' ? load().get(id) : undefined;
  if (!p) {
    // describe(): String() throws on objects without a prototype.
    const shown = typeof id === 'string' ? id.slice(0, 40) : describe(id);
    throw fail(
      'UNKNOWN_PARAMETER',
      [],
      `Không có tham số "${shown}"`,
      `Unknown parameter "${shown}"`,
    );
  }
  return p;
}

/**
 * Every national parameter the library encodes, with its dated values and citations.
 *
 * @example
 * ```ts
 * import { listParameters } from 'tdkt';
 * listParameters().some((p) => p.id === 'LDTT_NEW_HIRE_MIN_MONTHS'); // true
 * ```
 * @category Law
 * @since 0.1.0
 */
export function listParameters(): readonly Parameter[] {
  return [...load().values()];
}
