import { fail, isRecordObject } from '../core/errors.js';
import type { Citation } from './citation.js';
import { instrumentLabelEn, instrumentLabelVi } from './instruments.js';

/**
 * Render a citation the way Vietnamese legal texts write it, smallest unit first, and its
 * English form.
 *
 * @example
 * ```ts
 * import { formatCitation } from 'tdkt';
 * formatCitation({ instrument: '06/2022/QH15', article: 24, clause: 1, point: 'a' });
 * // { vi: 'điểm a khoản 1 Điều 24 Luật số 06/2022/QH15',
 * //   en: 'Law 06/2022/QH15, Article 24(1)(a)' }
 * ```
 * @throws TdktError (`INVALID_INPUT`) when the citation is not an object with an instrument.
 * @category Law
 * @since 0.1.0
 */
export function formatCitation(citation: Citation): { vi: string; en: string } {
  if (
    !isRecordObject(citation) ||
    typeof citation.instrument !== 'string' ||
    !citation.instrument
  ) {
    throw fail(
      'INVALID_INPUT',
      ['instrument'],
      'Trích dẫn thiếu số văn bản',
      'Citation lacks an instrument number',
    );
  }
  const { instrument, article, clause, point } = citation;
  const partsVi: string[] = [];
  if (typeof point === 'string' && point) partsVi.push(`điểm ${point}`);
  if (typeof clause === 'number') partsVi.push(`khoản ${clause}`);
  if (typeof article === 'number') partsVi.push(`Điều ${article}`);
  partsVi.push(instrumentLabelVi(instrument));
  let en = instrumentLabelEn(instrument);
  if (typeof article === 'number') {
    en += `, Article ${article}`;
    if (typeof clause === 'number') en += `(${clause})`;
    if (typeof point === 'string' && point) en += `(${point})`;
  }
  return { vi: partsVi.join(' '), en };
}
