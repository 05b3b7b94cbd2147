import { isRecordObject } from '../core/errors.js';
import type { Loose } from '../quotas/guards.js';

/** Field names the scoring module reads from unchecked input. */
type Field =
  | 'allowFreeform'
  | 'bandCheck'
  | 'bandOn'
  | 'bands'
  | 'base'
  | 'basis'
  | 'bonus'
  | 'bonuses'
  | 'certificateCount'
  | 'children'
  | 'cluster'
  | 'code'
  | 'confidence'
  | 'count'
  | 'counts'
  | 'criteria'
  | 'date'
  | 'decimalComma'
  | 'deduction'
  | 'deductions'
  | 'deputy'
  | 'deputyRank'
  | 'exclusiveGroup'
  | 'flagCount'
  | 'groups'
  | 'head'
  | 'headRank'
  | 'id'
  | 'includeMax'
  | 'includeMin'
  | 'includeProvisional'
  | 'instrument'
  | 'item'
  | 'items'
  | 'max'
  | 'members'
  | 'method'
  | 'min'
  | 'missing'
  | 'name'
  | 'noRepeatHead'
  | 'note'
  | 'order'
  | 'outcomes'
  | 'perOccurrence'
  | 'points'
  | 'prevail'
  | 'proposed'
  | 'rank'
  | 'reason'
  | 'requireAll'
  | 'rotation'
  | 'rounding'
  | 'scale'
  | 'score'
  | 'scores'
  | 'sheet'
  | 'source'
  | 'stackExclusive'
  | 'stage'
  | 'tieBreakers'
  | 'tier'
  | 'tiers'
  | 'title'
  | 'titleEn'
  | 'total'
  | 'unit'
  | 'votes'
  | 'weight'
  | 'year';

/**
 * Unchecked input: named fields by dot access, any other key by brackets.
 * @internal
 */
export type Obj = Loose<Field> & Readonly<Record<string, unknown>>;

/**
 * A plain object (not null, not an array), typed for field-by-field validation.
 * @internal
 */
export function isObj(value: unknown): value is Obj {
  return isRecordObject(value);
}
