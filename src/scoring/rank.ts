import { D, type Dec, parseDecimal } from '../core/decimal.js';
import { describe, fail } from '../core/errors.js';
import { isObj, type Obj } from './guards.js';
import type { RankedUnit, RankOptions, UnitScore } from './types.js';

type Key = (i: number) => Dec;

interface Breaker {
  readonly name: string;
  /** 1: higher wins; -1: lower wins. */
  readonly dir: 1 | -1;
  readonly key: Key;
}

function lazy(n: number, get: (i: number) => Dec): Key {
  const cache: (Dec | undefined)[] = new Array(n);
  return (i) => {
    let v = cache[i];
    if (v === undefined) {
      v = get(i);
      cache[i] = v;
    }
    return v;
  };
}

function field(scores: readonly Obj[], name: 'base' | 'bonus' | 'deduction'): Key {
  return lazy(scores.length, (i) => {
    const v = (scores[i] as Obj)[name];
    if (v === undefined) {
      throw fail(
        'MISSING_VALUE',
        ['scores', i, name],
        `Tiêu chí phụ cần trường "${name}" của mọi đơn vị đồng điểm`,
        `The tie-breaker needs "${name}" for every tied unit`,
      );
    }
    return parseDecimal(v, ['scores', i, name]);
  });
}

function breaker(
  name: unknown,
  i: number,
  scores: readonly Obj[],
  votes: Record<string, unknown> | undefined,
  total: Key,
): Breaker {
  const path = ['options', 'tieBreakers', i];
  if (typeof name !== 'string') {
    throw fail(
      'UNKNOWN_TIE_BREAKER',
      path,
      `Tiêu chí phụ phải là chuỗi, nhận được ${describe(name)}`,
      `A tie-breaker must be a string, got ${describe(name)}`,
    );
  }
  if (name === 'total') return { name, dir: 1, key: total };
  if (name === 'base') return { name, dir: 1, key: field(scores, 'base') };
  if (name === 'fewer-deductions') return { name, dir: -1, key: field(scores, 'deduction') };
  if (name === 'more-bonus') return { name, dir: 1, key: field(scores, 'bonus') };
  if (name === 'vote') {
    if (!votes) {
      throw fail(
        'MISSING_VOTE',
        ['options', 'votes'],
        'Tiêu chí phụ "vote" cần số phiếu (options.votes)',
        'The "vote" tie-breaker needs options.votes',
      );
    }
    return {
      name,
      dir: 1,
      key: lazy(scores.length, (j) => {
        const unit = (scores[j] as Obj).unit as string;
        const v = Object.hasOwn(votes, unit) ? votes[unit] : undefined;
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
          throw fail(
            'MISSING_VOTE',
            ['options', 'votes', unit],
            `Thiếu số phiếu hợp lệ của đơn vị đồng điểm "${unit}"`,
            `Missing or invalid vote count for tied unit "${unit}"`,
          );
        }
        return new D(v);
      }),
    };
  }
  const m = /^(group|criterion):(.+)$/.exec(name);
  if (m) {
    const cid = m[2] as string;
    return {
      name,
      dir: 1,
      key: lazy(scores.length, (j) => {
        const s = scores[j] as Obj;
        for (const rec of [s.criteria, s.groups]) {
          if (isObj(rec) && Object.hasOwn(rec, cid)) {
            return parseDecimal(rec[cid], ['scores', j, 'criteria', cid]);
          }
        }
        if (Array.isArray(s.missing) && s.missing.includes(cid)) return new D(0);
        throw fail(
          'MISSING_VALUE',
          ['scores', j, 'criteria', cid],
          `Đơn vị "${String(s.unit)}" không có giá trị tiêu chí "${cid}"`,
          `Unit "${String(s.unit)}" has no value for criterion "${cid}"`,
        );
      }),
    };
  }
  throw fail(
    'UNKNOWN_TIE_BREAKER',
    path,
    `Tiêu chí phụ không hợp lệ: ${describe(name)} (total, group:<mã>, criterion:<mã>, base, fewer-deductions, more-bonus, vote)`,
    `Unknown tie-breaker: ${describe(name)} (total, group:<id>, criterion:<id>, base, fewer-deductions, more-bonus, vote)`,
  );
}

/**
 * Rank units by total (descending), then by a declared chain of tie-breakers. Units that no
 * tie-breaker separates share a rank: competition ranks (1, 2, 2, 4) and dense ranks
 * (1, 2, 2, 3) are both given, `rank` follows `method`. Each entry says what separated it from
 * the previous one (`separatedBy`), so a council can see why A is above B. Never an arbitrary
 * tie-break: the order inside a shared rank is by unit id, for display only.
 *
 * @example
 * ```ts
 * import { rankUnits } from 'tdkt';
 * const r = rankUnits(
 *   [
 *     { unit: 'A', total: '90.00', deduction: '0.00' },
 *     { unit: 'B', total: '95.00', deduction: '0.00' },
 *     { unit: 'C', total: '90.00', deduction: '1.00' },
 *   ] as never,
 *   { tieBreakers: ['fewer-deductions'] },
 * );
 * r.map((x) => [x.unit, x.rank, x.separatedBy ?? null]); // [['B', 1, null], ['A', 2, 'total'], ['C', 3, 'fewer-deductions']]
 * ```
 * @throws TdktError (`INVALID_INPUT`) for malformed scores or options, (`DUPLICATE_UNIT`) for a
 * unit given twice, (`UNKNOWN_TIE_BREAKER`) for an unknown name, (`MISSING_VOTE`,
 * `MISSING_VALUE`) when a tie-breaker lacks data for a tied unit, (`INVALID_NUMBER`) for a
 * non-numeric total.
 * @category Scoring
 * @since 0.1.0
 */
export function rankUnits(scores: readonly UnitScore[], options: RankOptions = {}): RankedUnit[] {
  const opts: unknown = options === undefined ? {} : options;
  if (!isObj(opts)) {
    throw fail(
      'INVALID_INPUT',
      ['options'],
      `Tùy chọn phải là một đối tượng, nhận được ${describe(options)}`,
      `Options must be an object, got ${describe(options)}`,
    );
  }
  const method = opts.method === undefined ? 'competition' : opts.method;
  if (method !== 'competition' && method !== 'dense') {
    throw fail(
      'INVALID_INPUT',
      ['options', 'method'],
      `Cách xếp hạng không hợp lệ: ${describe(method)} (competition, dense)`,
      `Invalid method: ${describe(method)} (competition, dense)`,
    );
  }
  if (!Array.isArray(scores)) {
    throw fail(
      'INVALID_INPUT',
      ['scores'],
      `Cần một mảng kết quả chấm điểm, nhận được ${describe(scores)}`,
      `Expected an array of unit scores, got ${describe(scores)}`,
    );
  }
  const list: Obj[] = [];
  const seen = new Set<string>();
  scores.forEach((s: unknown, i) => {
    if (!isObj(s) || typeof s.unit !== 'string' || s.unit === '') {
      throw fail(
        'INVALID_INPUT',
        ['scores', i, 'unit'],
        'Mỗi kết quả cần mã đơn vị (unit)',
        'Every score needs a unit id',
      );
    }
    if (seen.has(s.unit)) {
      throw fail(
        'DUPLICATE_UNIT',
        ['scores', i, 'unit'],
        `Đơn vị "${s.unit}" xuất hiện hai lần`,
        `Unit "${s.unit}" appears twice`,
      );
    }
    seen.add(s.unit);
    list.push(s);
  });
  const n = list.length;
  const totals = list.map((s, i) => parseDecimal(s.total, ['scores', i, 'total']));
  const total: Key = (i) => totals[i] as Dec;
  let votes: Record<string, unknown> | undefined;
  if (opts.votes !== undefined) {
    if (!isObj(opts.votes)) {
      throw fail(
        'INVALID_INPUT',
        ['options', 'votes'],
        'Số phiếu phải là một đối tượng { đơn vị: số phiếu }',
        'Votes must be an object { unit: count }',
      );
    }
    votes = opts.votes;
  }
  const names: unknown = opts.tieBreakers === undefined ? [] : opts.tieBreakers;
  if (!Array.isArray(names)) {
    throw fail(
      'INVALID_INPUT',
      ['options', 'tieBreakers'],
      'Danh sách tiêu chí phụ phải là một mảng',
      'tieBreakers must be an array',
    );
  }
  const chain: Breaker[] = [{ name: 'total', dir: 1, key: total }];
  names.forEach((nm: unknown, i) => {
    const b = breaker(nm, i, list, votes, total);
    if (b.name !== 'total') chain.push(b);
  });
  const decide = (a: number, b: number): { c: number; by: string | null } => {
    for (const br of chain) {
      const c = br.key(b).cmp(br.key(a)) * br.dir;
      if (c !== 0) return { c, by: br.name };
    }
    return { c: 0, by: null };
  };
  const order = Array.from({ length: n }, (_, i) => i);
  const units = list.map((s) => s.unit as string);
  order.sort((a, b) => {
    const c = decide(a, b).c;
    if (c !== 0) return c;
    const ua = units[a] as string;
    const ub = units[b] as string;
    return ua < ub ? -1 : ua > ub ? 1 : 0;
  });
  const sep: (string | null)[] = order.map((i, p) =>
    p === 0 ? null : decide(order[p - 1] as number, i).by,
  );
  const out: RankedUnit[] = [];
  let comp = 0;
  let dense = 0;
  let start = 0;
  for (let p = 0; p <= n; p++) {
    if (p === n || p === 0 || sep[p] !== null) {
      // Close the previous group [start, p): its members share a rank.
      const members = order.slice(start, p).map((i) => units[i] as string);
      for (let q = start; q < p; q++) {
        const i = order[q] as number;
        const t = list[i]?.total;
        out.push({
          unit: units[i] as string,
          rank: method === 'dense' ? dense : comp,
          total: typeof t === 'string' ? t : (totals[i] as Dec).toString(),
          competitionRank: comp,
          denseRank: dense,
          ...(q > 0 ? { separatedBy: sep[q] ?? null } : {}),
          tiedWith: members.filter((u) => u !== units[i]),
        });
      }
      comp = p + 1;
      dense += 1;
      start = p;
    }
  }
  return out;
}
