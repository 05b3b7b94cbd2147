import { D, type Dec, parseDecimal, type Rounding, roundingMode } from '../core/decimal.js';
import { describe, fail, type Message } from '../core/errors.js';
import { isLoose } from './guards.js';
import { checkCount, parseRatio } from './quota-limit.js';

/**
 * How candidates are ordered before the cut: `'as-given'` (the caller's priority list),
 * `'rank'` (ascending; equal ranks are ties) or `'score'` (descending; equal scores are ties).
 * @category Quotas
 */
export type QuotaOrder = 'as-given' | 'rank' | 'score';

/**
 * A candidate for a capped honour. Extra fields are kept and returned as given.
 * @category Quotas
 */
export interface QuotaCandidate {
  /** Unique id of the person or collective. */
  readonly id: string;
  /** Rank (1 = best); equal ranks are ties. Required with `order: 'rank'`. */
  readonly rank?: number;
  /** Score (higher is better; exact decimal). Required with `order: 'score'`. */
  readonly score?: string | number;
}

/**
 * Options of {@link selectWithinQuota}: either `base` × `ratio` (rounded, default floor) or an
 * explicit `limit`. `ratio: null` means "no cap" (as a parameter with no value in force).
 * @category Quotas
 */
export interface SelectWithinQuotaOptions {
  /** The count the ratio applies to (e.g. 47 LĐTT holders). */
  readonly base?: number;
  /** The ratio: `'0.15'`, `0.15` or `'15%'`; `null` = no cap. */
  readonly ratio?: string | number | null;
  /** An explicit cap instead of `base` × `ratio`. */
  readonly limit?: number;
  /** Rounding of `base` × `ratio`; default `'floor'` (a cap: "không quá"). */
  readonly rounding?: Rounding;
  /** Order of the candidates; default `'as-given'`. */
  readonly order?: QuotaOrder;
}

/**
 * A candidate left out by the cap, with its position and the reason.
 * @category Quotas
 */
export interface QuotaCut<C extends QuotaCandidate = QuotaCandidate> {
  /** The candidate, as given. */
  readonly candidate: C;
  /** 1-based position in the order used. */
  readonly position: number;
  /** Why, with the cap's arithmetic, in both languages. */
  readonly reason: Message;
}

/**
 * Candidates tied across the cut line: the council chooses `places` of them.
 * @category Quotas
 */
export interface QuotaTie<C extends QuotaCandidate = QuotaCandidate> {
  /** The tied candidates, as given, in input order. */
  readonly candidates: readonly C[];
  /** How many of them fit under the cap. */
  readonly places: number;
  /** Why this is a council decision, in both languages. */
  readonly reason: Message;
}

/**
 * The result of {@link selectWithinQuota}.
 * @category Quotas
 */
export interface QuotaSelection<C extends QuotaCandidate = QuotaCandidate> {
  /** The cap (number of places), or `null` when there is no cap. */
  readonly limit: number | null;
  /** The base count, when a ratio was applied. */
  readonly base?: number;
  /** The ratio applied, as an exact decimal string, or `null` for no cap. */
  readonly ratio?: string | null;
  /** Rounding used for `base` × `ratio`. */
  readonly rounding: Rounding;
  /** The cap's arithmetic, e.g. `15% × 47 = 7.05 → 7 (floor)`. */
  readonly arithmetic: Message;
  /** Number of candidates. */
  readonly candidates: number;
  /** How many candidates exceed the cap (0 when within it). */
  readonly overCapacityBy: number;
  /** Candidates within the cap, best first. */
  readonly kept: readonly C[];
  /** Candidates outside the cap, with reasons. */
  readonly cut: readonly QuotaCut<C>[];
  /** A tie straddling the cut line, left to the council. */
  readonly undecided?: QuotaTie<C>;
  /** One-sentence summary, in both languages. */
  readonly explanation: Message;
}

/**
 * Each rounding mode in words, for explanations.
 * @internal
 */
export const ROUNDING_WORDS: Readonly<Record<Rounding, Message>> = {
  floor: { vi: 'làm tròn xuống', en: 'floor' },
  ceil: { vi: 'làm tròn lên', en: 'ceil' },
  'half-up': { vi: 'làm tròn', en: 'half-up' },
  'half-even': { vi: 'làm tròn về số chẵn', en: 'half-even' },
  down: { vi: 'bỏ phần lẻ', en: 'truncate' },
};

/** `'7.05'` → `'7,05'` for Vietnamese text. */
function viNumber(s: string): string {
  return s.replace('.', ',');
}

/**
 * The arithmetic of a ratio cap in both languages: `15% × 47 = 7.05 → 7 (floor)`.
 * @internal
 */
export function capArithmetic(
  base: number,
  ratio: Dec,
  limit: number,
  rounding: Rounding,
): Message {
  const pct = ratio.times(100).toString();
  const product = ratio.times(base);
  const p = product.toString();
  if (product.isInteger()) {
    return { vi: `${viNumber(pct)}% × ${base} = ${p}`, en: `${pct}% × ${base} = ${p}` };
  }
  const w = ROUNDING_WORDS[rounding];
  return {
    vi: `${viNumber(pct)}% × ${base} = ${viNumber(p)} → ${limit} (${w.vi})`,
    en: `${pct}% × ${base} = ${p} → ${limit} (${w.en})`,
  };
}

interface Item<C> {
  readonly c: C;
  readonly index: number;
  readonly rank: number;
  readonly score: Dec | undefined;
}

function readCandidates<C extends QuotaCandidate>(
  candidates: unknown,
  order: QuotaOrder,
): Item<C>[] {
  if (!Array.isArray(candidates)) {
    throw fail(
      'INVALID_INPUT',
      ['candidates'],
      `Danh sách ứng viên phải là một mảng, nhận được ${describe(candidates)}`,
      `Candidates must be an array, got ${describe(candidates)}`,
    );
  }
  const seen = new Set<string>();
  const items: Item<C>[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c: unknown = candidates[i];
    const path = ['candidates', i];
    if (!isLoose<'id' | 'rank' | 'score'>(c) || typeof c.id !== 'string' || c.id.trim() === '') {
      throw fail(
        'INVALID_INPUT',
        [...path, 'id'],
        'Mỗi ứng viên cần một mã (id) không rỗng',
        'Every candidate needs a non-empty id',
      );
    }
    if (seen.has(c.id)) {
      throw fail(
        'DUPLICATE_CANDIDATE',
        [...path, 'id'],
        `Ứng viên "${c.id}" xuất hiện hai lần`,
        `Candidate "${c.id}" appears twice`,
      );
    }
    seen.add(c.id);
    let rank = 0;
    if (c.rank !== undefined || order === 'rank') {
      if (typeof c.rank !== 'number' || !Number.isSafeInteger(c.rank) || c.rank < 1) {
        throw fail(
          order === 'rank' && c.rank === undefined ? 'MISSING_RANK' : 'INVALID_INPUT',
          [...path, 'rank'],
          `Thứ hạng phải là số nguyên dương, nhận được ${describe(c.rank)}`,
          `Rank must be a positive integer, got ${describe(c.rank)}`,
        );
      }
      rank = c.rank;
    }
    let score: Dec | undefined;
    if (c.score !== undefined || order === 'score') {
      if (c.score === undefined) {
        throw fail(
          'MISSING_SCORE',
          [...path, 'score'],
          'Sắp xếp theo điểm cần điểm của mọi ứng viên',
          'Ordering by score needs every candidate’s score',
        );
      }
      score = parseDecimal(c.score, [...path, 'score']);
    }
    items.push({ c: c as C, index: i, rank, score });
  }
  return items;
}

function sameKey<C>(a: Item<C>, b: Item<C>, order: QuotaOrder): boolean {
  if (order === 'rank') return a.rank === b.rank;
  if (order === 'score') return (a.score as Dec).eq(b.score as Dec);
  return false;
}

/**
 * Keep the best-ranked candidates within a cap ("không quá X%") and explain who was cut and
 * why, with the cap's arithmetic. The cap is `quotaLimit(base, ratio, rounding)` (default
 * floor) or an explicit `limit`. A tie straddling the cut line is never broken arbitrarily:
 * those above the tie are kept and the tied group is reported as a council decision
 * (`undecided`), with the number of places left. Caps apply after individual eligibility: the
 * candidates should already be eligible (criteria.md §G11).
 *
 * @example
 * ```ts
 * import { selectWithinQuota } from 'tdkt';
 * const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((id) => ({ id }));
 * const s = selectWithinQuota(ids, { base: 47, ratio: '0.15' }); // CSTĐCS, Decree 91/2017 Đ9 k3
 * s.limit; // 7
 * s.overCapacityBy; // 1
 * s.cut.map((c) => c.candidate.id); // ['H']
 * s.arithmetic.en; // '15% × 47 = 7.05 → 7 (floor)'
 * ```
 * @throws TdktError (`INVALID_INPUT`) for malformed candidates or options, (`DUPLICATE_CANDIDATE`)
 * for a repeated id, (`MISSING_RANK`, `MISSING_SCORE`) when the order needs them,
 * (`CONFLICTING_OPTIONS`) for both `limit` and `ratio`, (`INVALID_RATIO`, `INVALID_NUMBER`,
 * `INVALID_ROUNDING`) for bad numbers.
 * @category Quotas
 * @since 0.1.0
 */
export function selectWithinQuota<C extends QuotaCandidate>(
  candidates: readonly C[],
  options: SelectWithinQuotaOptions,
): QuotaSelection<C> {
  const options0: unknown = options;
  if (!isLoose<'base' | 'ratio' | 'limit' | 'rounding' | 'order'>(options0)) {
    throw fail(
      'INVALID_INPUT',
      ['options'],
      'Cần tùy chọn { base, ratio } hoặc { limit }',
      'Options { base, ratio } or { limit } are required',
    );
  }
  const opts = options0;
  const order = opts.order === undefined ? 'as-given' : opts.order;
  if (order !== 'as-given' && order !== 'rank' && order !== 'score') {
    throw fail(
      'INVALID_INPUT',
      ['options', 'order'],
      `Thứ tự không hợp lệ: ${describe(order)} (cho phép: as-given, rank, score)`,
      `Invalid order: ${describe(order)} (allowed: as-given, rank, score)`,
    );
  }
  const rounding = (opts.rounding === undefined ? 'floor' : opts.rounding) as Rounding;
  roundingMode(rounding, ['options', 'rounding']);

  let limit: number | null;
  let base: number | undefined;
  let ratio: string | null | undefined;
  let arithmetic: Message;
  if (opts.limit !== undefined) {
    if (opts.ratio !== undefined || opts.base !== undefined) {
      throw fail(
        'CONFLICTING_OPTIONS',
        ['options', 'limit'],
        'Chỉ cho một trong hai: limit, hoặc base và ratio',
        'Give either limit, or base and ratio, not both',
      );
    }
    limit = checkCount(opts.limit, ['options', 'limit']);
    arithmetic = { vi: `hạn mức ${limit} (cho trước)`, en: `cap ${limit} (given)` };
  } else if (opts.ratio === null) {
    if (opts.base !== undefined) base = checkCount(opts.base, ['options', 'base']);
    limit = null;
    ratio = null;
    arithmetic = { vi: 'không giới hạn tỷ lệ', en: 'no cap' };
  } else {
    if (opts.ratio === undefined) {
      throw fail(
        'INVALID_INPUT',
        ['options', 'ratio'],
        'Thiếu tỷ lệ (ratio) hoặc hạn mức (limit)',
        'Missing ratio (or limit)',
      );
    }
    base = checkCount(opts.base, ['options', 'base']);
    const r = parseRatio(opts.ratio, ['options', 'ratio']);
    limit = new D(base).times(r).toDecimalPlaces(0, roundingMode(rounding)).toNumber();
    ratio = r.toString();
    arithmetic = capArithmetic(base, r, limit, rounding);
  }

  const items = readCandidates<C>(candidates, order);
  const sorted = [...items];
  if (order === 'rank') sorted.sort((a, b) => a.rank - b.rank);
  else if (order === 'score') sorted.sort((a, b) => (b.score as Dec).cmp(a.score as Dec));

  const n = sorted.length;
  let keptEnd = n;
  let tieEnd = n;
  if (limit !== null && limit < n) {
    keptEnd = limit;
    tieEnd = limit;
    const last = sorted[limit - 1];
    const first = sorted[limit] as Item<C>;
    if (last && sameKey(last, first, order)) {
      let a = limit - 1;
      while (a > 0 && sameKey(sorted[a - 1] as Item<C>, first, order)) a--;
      let b = limit + 1;
      while (b < n && sameKey(sorted[b] as Item<C>, first, order)) b++;
      keptEnd = a;
      tieEnd = b;
    }
  }
  const kept = sorted.slice(0, keptEnd).map((x) => x.c);
  const cut: QuotaCut<C>[] = [];
  for (let p = tieEnd; p < n; p++) {
    const x = sorted[p] as Item<C>;
    cut.push({
      candidate: x.c,
      position: p + 1,
      reason: {
        vi: `Vượt hạn mức ${limit} (${arithmetic.vi}): xếp thứ ${p + 1}`,
        en: `Over the cap of ${limit} (${arithmetic.en}): position ${p + 1}`,
      },
    });
  }
  const overCapacityBy = limit === null ? 0 : Math.max(0, n - limit);
  let undecided: QuotaTie<C> | undefined;
  if (tieEnd > keptEnd) {
    const group = sorted
      .slice(keptEnd, tieEnd)
      .sort((a, b) => a.index - b.index)
      .map((x) => x.c);
    const places = (limit as number) - keptEnd;
    undecided = {
      candidates: group,
      places,
      reason: {
        vi: `Đồng hạng tại ngưỡng hạn mức: ${group.length} ứng viên cho ${places} suất còn lại (${arithmetic.vi}); Hội đồng Thi đua – Khen thưởng quyết định, thư viện không tự chọn`,
        en: `Tied at the cut line: ${group.length} candidates for ${places} remaining place(s) (${arithmetic.en}); a council decision, the library does not pick`,
      },
    };
  }
  const tieVi = undecided
    ? `; ${undecided.candidates.length} đồng hạng tranh ${undecided.places} suất do Hội đồng quyết định`
    : '';
  const tieEn = undecided
    ? `; ${undecided.candidates.length} tied for ${undecided.places} place(s), a council decision`
    : '';
  const explanation: Message =
    limit === null
      ? {
          vi: `${n} ứng viên, không giới hạn tỷ lệ: giữ tất cả`,
          en: `${n} candidates, no cap: all kept`,
        }
      : {
          vi: `${n} ứng viên, hạn mức ${limit} (${arithmetic.vi}): giữ ${kept.length}, loại ${cut.length}${overCapacityBy > 0 ? `, vượt ${overCapacityBy}` : ''}${tieVi}`,
          en: `${n} candidates, cap ${limit} (${arithmetic.en}): ${kept.length} kept, ${cut.length} cut${overCapacityBy > 0 ? `, over by ${overCapacityBy}` : ''}${tieEn}`,
        };
  return {
    limit,
    ...(base !== undefined ? { base } : {}),
    ...(ratio !== undefined ? { ratio } : {}),
    rounding,
    arithmetic,
    candidates: n,
    overCapacityBy,
    kept,
    cut,
    ...(undecided ? { undecided } : {}),
    explanation,
  };
}
