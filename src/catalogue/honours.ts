import { describe as describeValue, fail, isRecordObject, type TdktError } from '../core/errors.js';
import type { RegimeId } from '../law/regimes.js';
import type { HonourCode } from './codes.js';
import { HONOURS, honourMap, REGIME_IDS } from './data.js';
import type { Honour, HonourCategory, HonourLevel, RecipientKind } from './types.js';

const CATEGORIES: readonly HonourCategory[] = [
  'emulation-title',
  'order',
  'medal',
  'state-honorary-title',
  'prize',
  'commemorative-medal',
  'certificate-of-merit',
  'certificate-of-commendation',
];
const RECIPIENTS: readonly RecipientKind[] = [
  'individual',
  'collective',
  'household',
  'village',
  'commune',
];
const LEVELS: readonly HonourLevel[] = ['state', 'ministry-province', 'grassroots', 'local'];

/**
 * The catalogue entry of a code.
 *
 * @example
 * ```ts
 * import { getHonour } from 'tdkt';
 * getHonour('HCLD3').nameVi; // 'Huân chương Lao động hạng Ba'
 * getHonour('HCLD3').grade; // 3
 * const former = getHonour('CSTD_BO_TINH').formerNames?.[0];
 * former?.until; // '2023-12-31'
 * former?.nameVi; // 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương'
 * ```
 * @throws TdktError (`UNKNOWN_HONOUR`) when `code` is not a catalogue code (codes are ASCII:
 * `'ĐVQT'` is unknown, `'DVQT'` is known).
 * @category Catalogue
 * @since 0.1.0
 */
export function getHonour(code: HonourCode): Honour {
  const h = typeof code === 'string' ? honourMap().get(code) : undefined;
  if (!h) {
    const what = describeValue(code);
    throw fail(
      'UNKNOWN_HONOUR',
      ['code'],
      `Không có mã khen thưởng ${what} (tên gọi: dùng resolveHonour)`,
      `Unknown honour code ${what} (for names use resolveHonour)`,
    );
  }
  return h;
}

/**
 * Filter for {@link listHonours}. Every given criterion must hold.
 * @example
 * ```ts
 * import { listHonours, type HonourFilter } from 'tdkt';
 * const filter: HonourFilter = { recipient: 'village' };
 * listHonours(filter).map((h) => h.code); // ['THON_TDP_VH']
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export interface HonourFilter {
  /** Only this kind of honour. */
  readonly category?: HonourCategory | undefined;
  /** Only honours this kind of recipient can receive. */
  readonly recipient?: RecipientKind | undefined;
  /** Only honours that exist in this regime (legacy forms exist in none). */
  readonly regime?: RegimeId | undefined;
  /** Only honours of this level. */
  readonly level?: HonourLevel | undefined;
  /** `false`: leave out legacy (import-only) forms; `true`: only legacy forms. */
  readonly legacy?: boolean | undefined;
}

const FILTER_KEYS: Readonly<Record<keyof HonourFilter, readonly unknown[] | null>> = {
  category: CATEGORIES,
  recipient: RECIPIENTS,
  regime: REGIME_IDS,
  level: LEVELS,
  legacy: null,
};

/** Bad filter: `key` empty for the filter itself; `list` the allowed fields or values. */
function invalid(key: string, value: unknown, list: string): TdktError {
  const what = describeValue(value);
  const field = key ? ` "${key.slice(0, 30)}"` : '';
  return fail(
    'INVALID_INPUT',
    key ? ['filter', key] : ['filter'],
    `Bộ lọc${field} không hợp lệ: ${what} (có: ${list})`,
    `Invalid filter${field}: ${what} (allowed: ${list})`,
  );
}

function checkFilter(filter: unknown): HonourFilter {
  if (filter === undefined) return {};
  const keys = Object.keys(FILTER_KEYS).join(', ');
  if (!isRecordObject(filter)) throw invalid('', filter, `{ ${keys} }`);
  for (const key of Object.keys(filter)) {
    const value = filter[key];
    if (!Object.hasOwn(FILTER_KEYS, key)) throw invalid(key, value, keys);
    if (value === undefined) continue;
    const allowed = FILTER_KEYS[key as keyof HonourFilter];
    if (allowed === null ? typeof value !== 'boolean' : !allowed.includes(value)) {
      throw invalid(key, value, allowed === null ? 'true, false' : allowed.join(', '));
    }
  }
  return filter as HonourFilter;
}

/**
 * The catalogue, optionally filtered, in catalogue order (emulation titles, orders, medals,
 * state honorary titles, prizes, commemorative medals, certificates, legacy forms).
 *
 * @example
 * ```ts
 * import { listHonours } from 'tdkt';
 * const filter = { category: 'emulation-title', recipient: 'collective', level: 'grassroots' } as const;
 * listHonours(filter).map((h) => h.code); // ['TTLDTT', 'DVTT']
 * listHonours().length; // 65
 * listHonours({ regime: 'VN-2017' }).some((h) => h.code === 'XA_TIEU_BIEU'); // false
 * ```
 * @throws TdktError (`INVALID_INPUT`) when the filter is not an object, has an unknown field or
 * a value outside its list.
 * @category Catalogue
 * @since 0.1.0
 */
export function listHonours(filter?: HonourFilter): readonly Honour[] {
  const f = checkFilter(filter);
  const { category, recipient, regime, level, legacy } = f;
  if (
    category === undefined &&
    recipient === undefined &&
    regime === undefined &&
    level === undefined &&
    legacy === undefined
  ) {
    return HONOURS;
  }
  return Object.freeze(
    HONOURS.filter(
      (h) =>
        (category === undefined || h.category === category) &&
        (recipient === undefined || h.recipients.includes(recipient)) &&
        (regime === undefined || h.regimes.includes(regime)) &&
        (level === undefined || h.level === level) &&
        (legacy === undefined || (h.legacy === true) === legacy),
    ),
  );
}
