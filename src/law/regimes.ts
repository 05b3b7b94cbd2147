import { describe, fail, provisionalOption } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';
import type { Citation } from './citation.js';

/**
 * Identifier of a regime: the set of rules in force over a date range.
 * @category Law
 */
export type RegimeId = 'VN-2017' | 'VN-2024' | 'VN-2025-07' | 'VN-2026-10';

/**
 * A regime: the law, decrees and circulars in force together over a date range.
 * @category Law
 */
export interface Regime {
  /** Stable identifier, e.g. `'VN-2024'`. */
  readonly id: RegimeId;
  /** First day in force (ISO). */
  readonly from: string;
  /** Last day in force (ISO), absent while open-ended. */
  readonly to?: string;
  /** `historical`, `in-force`, or `provisional` (opt-in only: not confirmed as law). */
  readonly status: 'historical' | 'in-force' | 'provisional';
  /** The instruments that make up the regime. */
  readonly instruments: readonly Citation[];
  /** Short description in both languages. */
  readonly description: { readonly vi: string; readonly en: string };
}

const REGIME_DATA: Regime[] = [
  {
    id: 'VN-2017',
    from: '2017-10-01',
    to: '2023-12-31',
    status: 'historical',
    instruments: [
      { instrument: '15/2003/QH11', confidence: 'confirmed' },
      { instrument: '39/2013/QH13', confidence: 'confirmed' },
      { instrument: '91/2017/NĐ-CP', confidence: 'confirmed' },
      { instrument: '08/2017/TT-BNV', confidence: 'confirmed' },
    ],
    description: {
      vi: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013), Nghị định 91/2017/NĐ-CP, Thông tư 08/2017/TT-BNV',
      en: 'The 2003 Law (amended 2005, 2013), Decree 91/2017, Circular 08/2017',
    },
  },
  {
    id: 'VN-2024',
    from: '2024-01-01',
    to: '2025-06-30',
    status: 'historical',
    instruments: [
      { instrument: '06/2022/QH15', confidence: 'confirmed' },
      { instrument: '98/2023/NĐ-CP', confidence: 'confirmed' },
      { instrument: '01/2024/TT-BNV', confidence: 'confirmed' },
      { instrument: '86/2023/NĐ-CP', confidence: 'confirmed' },
    ],
    description: {
      vi: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Nghị định 98/2023/NĐ-CP, Thông tư 01/2024/TT-BNV',
      en: 'Law 06/2022/QH15, Decree 98/2023, Circular 01/2024',
    },
  },
  {
    id: 'VN-2025-07',
    from: '2025-07-01',
    status: 'in-force',
    instruments: [
      { instrument: '06/2022/QH15', confidence: 'confirmed' },
      { instrument: '152/2025/NĐ-CP', confidence: 'confirmed' },
      { instrument: '15/2025/TT-BNV', confidence: 'confirmed' },
    ],
    description: {
      vi: 'Luật số 06/2022/QH15, Nghị định 152/2025/NĐ-CP (phân cấp, phân quyền), Thông tư 15/2025/TT-BNV; chính quyền hai cấp',
      en: 'Law 06/2022/QH15, Decree 152/2025 (decentralisation), Circular 15/2025; two-tier local government',
    },
  },
  {
    id: 'VN-2026-10',
    from: '2026-10-01',
    status: 'provisional',
    instruments: [
      { instrument: '06/2022/QH15', confidence: 'confirmed' },
      { instrument: '06/2026/QH16', confidence: 'secondary' },
      { instrument: '152/2025/NĐ-CP', confidence: 'confirmed' },
    ],
    description: {
      vi: 'Tạm tính: Luật sửa đổi 06/2026/QH16 (nguồn thứ cấp), chỉ gồm ba thay đổi của dự thảo 12/2025',
      en: 'Provisional: the amending Law 06/2026/QH16 (secondary sources), only the three changes of the December 2025 draft',
    },
  },
];

/**
 * The regimes the library encodes, oldest first. `VN-2026-10` is provisional: the 2026
 * amendment (Luật 06/2026/QH16) is known only from secondary sources, so it applies only when a
 * caller opts in.
 *
 * @example
 * ```ts
 * import { REGIMES } from 'tdkt';
 * REGIMES.map((r) => r.id); // ['VN-2017', 'VN-2024', 'VN-2025-07', 'VN-2026-10']
 * ```
 * @category Law
 * @since 0.1.0
 */
export const REGIMES: readonly Regime[] = Object.freeze(
  REGIME_DATA.map((r) =>
    Object.freeze({
      ...r,
      instruments: Object.freeze(r.instruments.map((c) => Object.freeze({ ...c }))),
    }),
  ),
);

/**
 * The regime with this id (throws `TdktError('UNKNOWN_REGIME')` otherwise).
 *
 * @example
 * ```ts
 * import { getRegime } from 'tdkt';
 * getRegime('VN-2024').from; // '2024-01-01'
 * ```
 * @category Law
 * @since 0.1.0
 */
export function getRegime(id: RegimeId): Regime {
  const r = typeof id === 'string' ? REGIMES.find((x) => x.id === id) : undefined;
  if (!r) {
    // describe(): String() throws on objects without a prototype.
    const shown = typeof id === 'string' ? id.slice(0, 30) : describe(id);
    throw fail(
      'UNKNOWN_REGIME',
      [],
      `Không có chế độ pháp lý "${shown}" (có: ${REGIMES.map((x) => x.id).join(', ')})`,
      `Unknown regime "${shown}" (known: ${REGIMES.map((x) => x.id).join(', ')})`,
    );
  }
  return r;
}

/**
 * The regime in force on a date. Provisional regimes are returned only with
 * `includeProvisional`; otherwise the last confirmed regime stays in force.
 *
 * @example
 * ```ts
 * import { regimeAt } from 'tdkt';
 * regimeAt('2023-12-31').id; // 'VN-2017'
 * regimeAt('2024-01-01').id; // 'VN-2024'
 * regimeAt('2025-07-01').id; // 'VN-2025-07'
 * regimeAt('2026-11-01', { includeProvisional: true }).id; // 'VN-2026-10'
 * ```
 * @throws TdktError (`INVALID_DATE`) for a malformed date, (`NO_REGIME`) before 2017-10-01,
 * (`INVALID_INPUT`) for options that are not an object or an `includeProvisional` that is not a boolean.
 * @category Law
 * @since 0.1.0
 */
export function regimeAt(date: string, options: { includeProvisional?: boolean } = {}): Regime {
  parseIsoDate(date, ['date']);
  const provisional = provisionalOption(options, ['options']);
  let found: Regime | undefined;
  for (const r of REGIMES) {
    if (r.status === 'provisional' && !provisional) continue;
    if (r.from <= date) found = r;
  }
  if (!found) {
    throw fail(
      'NO_REGIME',
      ['date'],
      `Thư viện chưa mã hóa chế độ pháp lý trước ngày 01/10/2017 (ngày ${date})`,
      `No regime is encoded before 2017-10-01 (date ${date})`,
    );
  }
  return found;
}
