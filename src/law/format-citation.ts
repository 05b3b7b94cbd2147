import type { Citation } from './citation.js';
import { instrumentLabelEn, instrumentLabelVi } from './instruments.js';
import { readCitation } from './read-citation.js';

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
 * @throws TdktError (`INVALID_INPUT`) when the citation is not an object with a non-empty
 * instrument, or its article or clause is not a positive integer, its point not a string.
 * @category Law
 * @since 0.1.0
 */
export function formatCitation(citation: Citation): { vi: string; en: string } {
  // Checked as everywhere else, so a typo such as "Điều 0" is refused rather than printed.
  const { instrument, article, clause, point } = readCitation(citation, [], 'INVALID_INPUT');
  const partsVi: string[] = [];
  if (point) partsVi.push(`điểm ${point}`);
  if (clause !== undefined) partsVi.push(`khoản ${clause}`);
  if (article !== undefined) partsVi.push(`Điều ${article}`);
  partsVi.push(instrumentLabelVi(instrument));
  let en = instrumentLabelEn(instrument);
  if (article !== undefined) {
    en += `, Article ${article}`;
    if (clause !== undefined) en += `(${clause})`;
    if (point) en += `(${point})`;
  }
  return { vi: partsVi.join(' '), en };
}
