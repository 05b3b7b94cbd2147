import { describe, fail, isRecordObject, type Message } from '../core/errors.js';
import { cycleOf, quotaOf, resolveRatio } from './quota.js';
import { seededRank } from './random.js';
import {
  checkOptions,
  checkReason,
  checkSeed,
  checkUnitId,
  checkYear,
  duplicateUnit,
  fields,
  unknownUnit,
} from './validate.js';

/** Longest plan accepted, in years. */
const MAX_PLAN_YEARS = 100;

/** "Never inspected", below every real year. */
const NEVER = 0;

/**
 * A unit a level or sector manages, with the year it was last inspected (if ever).
 * @category Inspection
 * @since 0.1.0
 */
export interface InspectionUnit {
  /** Stable id of the unit. */
  readonly id: string;
  /** Year of the unit's last TĐKT inspection before the plan; omitted (or `null`) if never. */
  readonly lastInspected?: number | null;
}

/**
 * A unit that must be (or must not be) inspected in a year of the plan, and why.
 * @category Inspection
 * @since 0.1.0
 */
export interface InspectionConstraint {
  /** Id of a unit of the plan. */
  readonly unit: string;
  /** A year of the plan; omitted means every year of the plan. */
  readonly year?: number;
  /**
   * Why, e.g. `'có đơn khiếu nại'` (a complaint), `'đơn vị mới thành lập'` (a new unit),
   * `'đã được Bộ kiểm tra năm nay'` (inspected by a higher level this year). A string is used in
   * both languages.
   */
  readonly reason?: string | Message;
}

/**
 * Options of {@link planInspections}.
 * @category Inspection
 * @since 0.1.0
 */
export interface PlanInspectionsOptions {
  /** The managed units: `{ id, lastInspected? }` objects, or plain ids. Ids must be distinct. */
  readonly units: ReadonlyArray<InspectionUnit | string>;
  /** First year of the plan. */
  readonly from: number;
  /** Number of years (0 to 100). */
  readonly years: number;
  /** Share to inspect each year, in (0, 1]: `'30%'`, `'0.3'`, `0.3`. Default 0.3 (`PLAN_INSPECTION_MIN_PCT`). */
  readonly ratio?: string | number;
  /** Seed of the draw among equally due units; the same inputs and seed give the same plan. */
  readonly seed?: string | number;
  /** Units to inspect in a given year whatever the rotation says (a complaint, a new unit). */
  readonly mustInclude?: readonly InspectionConstraint[];
  /** Units not to inspect in a given year (e.g. inspected by a higher level that year). */
  readonly mustExclude?: readonly InspectionConstraint[];
}

/**
 * Why a unit is in a year's plan:
 * - `must-include`: the caller required it (a complaint, a new unit…);
 * - `never-inspected`: never inspected, so among the first due;
 * - `last-inspected`: inspected longest ago among the remaining units;
 * - `coverage-deadline`: taken now, ahead of its turn, because later it could not be inspected
 *   in time (excluded years) and every unit must be inspected in each cycle;
 * - `balancing`: above the quota, to keep the cycle while spreading the extra work evenly.
 * @category Inspection
 * @since 0.1.0
 */
export type SelectionReasonCode =
  | 'must-include'
  | 'never-inspected'
  | 'last-inspected'
  | 'coverage-deadline'
  | 'balancing';

/**
 * The explanation of one unit's selection in one year.
 * @category Inspection
 * @since 0.1.0
 */
export interface SelectionReason {
  /** The unit. */
  readonly unit: string;
  /** The main reason. */
  readonly code: SelectionReasonCode;
  /** Year of the unit's previous inspection (before the plan or earlier in it); `null` if never. */
  readonly lastInspected: number | null;
  /** Last year by which the unit had to be inspected to stay within the cycle, when relevant. */
  readonly deadline?: number;
  /** The explanation in Vietnamese and English. */
  readonly message: Message;
}

/**
 * A unit left out of a year by a `mustExclude` constraint.
 * @category Inspection
 * @since 0.1.0
 */
export interface InspectionExclusion {
  /** The unit. */
  readonly unit: string;
  /** Why it is left out. */
  readonly message: Message;
}

/**
 * One year of an inspection plan.
 * @category Inspection
 * @since 0.1.0
 */
export interface PlannedInspectionYear {
  /** The calendar year. */
  readonly year: number;
  /** Units to inspect: must-includes first, then by priority (longest since last inspection first). */
  readonly units: string[];
  /** The minimum count that year: `ceil(ratio × units)`. `units.length ≥ quota` always. */
  readonly quota: number;
  /** One explanation per unit, in the order of `units`. */
  readonly reasons: SelectionReason[];
  /** Units excluded that year by `mustExclude`, with the reason given. */
  readonly excluded: InspectionExclusion[];
}

interface Prepared {
  ids: string[];
  last0: Int32Array;
  tie: Int32Array;
  from: number;
  years: number;
  quota: number;
  cycle: number;
  /** excluded[k * n + u] = 1 when unit u is excluded in year index k. */
  excluded: Uint8Array;
  /** included[k * n + u] = 1 when unit u must be inspected in year index k. */
  included: Uint8Array;
  includeList: number[][];
  excludeList: number[][];
  includeReason: Map<number, Message | undefined>;
  excludeReason: Map<number, Message | undefined>;
  available: number[];
}

type Origin = 'must' | 'deadline' | 'rotation';

interface YearSelection {
  picks: number[];
  origin: Origin[];
  lastBefore: number[];
  deadlines: number[];
  effective: number[];
}

type Simulation = { ok: true; years: YearSelection[] } | { ok: false; year: number; unit: number };

/**
 * A multi-year inspection plan for the units a level or sector manages. Each year inspects at
 * least `ceil(ratio × n)` units (the quota; 30% by default, Lạng Sơn 2013 plan KH 12/KH-UBND
 * §II.2); every unit is inspected at least once in every window of `ceil(1 / ratio)`
 * consecutive plan years (so within the first such window); units inspected longest ago, or
 * never, come first; must-include units are added and must-exclude units left out in their
 * years; years exceed the quota only when must-includes or exclusions force it, and then by
 * counts that differ by at most one across years. Ties between equally due units are drawn
 * with a seeded generator that depends on the seed and the unit ids only, so the same inputs
 * give the same plan whatever the order of `units`. Every selection carries its reason in
 * Vietnamese and English.
 *
 * @example
 * ```ts
 * import { planInspections } from 'tdkt';
 * const units = Array.from({ length: 10 }, (_, i) => ({ id: `DV${i + 1}` }));
 * const plan = planInspections({ units, from: 2027, years: 4, seed: 'QN-2027' });
 * plan.map((y) => y.units.length);  // [3, 3, 3, 3]
 * plan[0].quota;                    // 3
 * plan[0].reasons[0].message.vi;    // 'Chưa từng được kiểm tra'
 * new Set(plan.flatMap((y) => y.units)).size; // 10 (every unit within ceil(1 / 0.3) = 4 years)
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a malformed option or unit, (`DUPLICATE_UNIT`) for an
 * id listed twice, (`INVALID_YEAR`) for a year that is not an integer from 1 to 9999 or a
 * `lastInspected` not before `from`, (`INVALID_RATIO` / `INVALID_NUMBER`) for a ratio outside
 * (0, 1], (`UNKNOWN_UNIT`) for a constraint naming an unknown unit, (`YEAR_OUTSIDE_PLAN`) for a
 * constraint year outside the plan, (`CONFLICTING_CONSTRAINTS`) when a unit is both included
 * and excluded in a year, (`QUOTA_UNREACHABLE`) when exclusions leave fewer units than the quota,
 * (`COVERAGE_UNREACHABLE`) when exclusions keep a unit out for a whole cycle.
 * @category Inspection
 * @since 0.1.0
 */
export function planInspections(options: PlanInspectionsOptions): PlannedInspectionYear[] {
  const p = prepare(options);
  if (p.years === 0) return [];
  const n = p.ids.length;
  const base = p.includeList.map((list) => Math.max(p.quota, list.length));
  const headroom = base.reduce((sum, b, k) => sum + ((p.available[k] ?? 0) - b), 0);
  const countsFor = (extra: number): number[] =>
    base.map((b, k) => {
      const even = Math.floor(extra / p.years) + (k < extra % p.years ? 1 : 0);
      return Math.min(p.available[k] ?? 0, b + even);
    });

  let best = simulate(p, countsFor(0));
  if (!best.ok && n > 0) {
    // More inspections are needed to keep the cycle: find the smallest even extra that works.
    let lo = 0;
    let hi = 1;
    let found: Simulation | undefined;
    while (hi <= headroom) {
      const s = simulate(p, countsFor(hi));
      if (s.ok) {
        found = s;
        break;
      }
      lo = hi;
      hi = hi * 2;
    }
    if (!found) {
      const s = simulate(p, countsFor(headroom));
      if (!s.ok) throw coverageError(p, s);
      found = s;
      hi = headroom;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      const s = simulate(p, countsFor(mid));
      if (s.ok) {
        hi = mid;
        found = s;
      } else {
        lo = mid;
      }
    }
    best = found;
  }
  if (!best.ok) throw coverageError(p, best);
  return explain(p, best.years);
}

function prepare(options: unknown): Prepared {
  const opts = checkOptions<
    'from' | 'years' | 'ratio' | 'seed' | 'units' | 'mustInclude' | 'mustExclude'
  >(options, [], true);
  const from = checkYear(opts.from, ['from']);
  const years = opts.years;
  if (
    typeof years !== 'number' ||
    !Number.isInteger(years) ||
    years < 0 ||
    years > MAX_PLAN_YEARS ||
    from + years - 1 > 9999
  ) {
    throw fail(
      'INVALID_INPUT',
      ['years'],
      `Số năm của kế hoạch phải là số nguyên từ 0 đến ${MAX_PLAN_YEARS} (và không quá năm 9999), nhận được ${describe(years)}`,
      `The number of plan years must be an integer from 0 to ${MAX_PLAN_YEARS} (ending by 9999), got ${describe(years)}`,
    );
  }
  const ratio = resolveRatio(opts.ratio, ['ratio']);
  const seed = checkSeed(opts.seed, ['seed']);

  const rawUnits = opts.units;
  if (!Array.isArray(rawUnits)) {
    throw fail(
      'INVALID_INPUT',
      ['units'],
      `Danh sách đơn vị phải là một mảng, nhận được ${describe(rawUnits)}`,
      `units must be an array, got ${describe(rawUnits)}`,
    );
  }
  const n = rawUnits.length;
  const ids: string[] = [];
  const index = new Map<string, number>();
  const last0 = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const raw: unknown = rawUnits[i];
    let id: string;
    let last: unknown;
    if (typeof raw === 'string') {
      id = checkUnitId(raw, ['units', i]);
    } else if (isRecordObject(raw)) {
      const f = fields<'id' | 'lastInspected'>(raw);
      id = checkUnitId(f.id, ['units', i, 'id']);
      last = f.lastInspected;
    } else {
      throw fail(
        'INVALID_INPUT',
        ['units', i],
        `Mỗi đơn vị phải là { id, lastInspected? } hoặc một mã đơn vị, nhận được ${describe(raw)}`,
        `Each unit must be { id, lastInspected? } or a unit id, got ${describe(raw)}`,
      );
    }
    const first = index.get(id);
    if (first !== undefined) throw duplicateUnit(id, ['units', i, 'id'], first);
    index.set(id, i);
    ids.push(id);
    if (last !== undefined && last !== null) {
      const y = checkYear(last, ['units', i, 'lastInspected']);
      if (y >= from) {
        throw fail(
          'INVALID_YEAR',
          ['units', i, 'lastInspected'],
          `Năm kiểm tra gần nhất (${y}) phải trước năm bắt đầu kế hoạch (${from})`,
          `lastInspected (${y}) must be before the first plan year (${from})`,
        );
      }
      last0[i] = y;
    } else {
      last0[i] = NEVER;
    }
  }

  // Ties between equally due units: a seeded rank of each id, then the id itself.
  const tie = tieOrder(ids, seed);

  const quota = quotaOf(n, ratio);
  const cycle = cycleOf(ratio);
  const included = new Uint8Array(n * years);
  const excluded = new Uint8Array(n * years);
  const includeList: number[][] = Array.from({ length: years }, () => []);
  const excludeList: number[][] = Array.from({ length: years }, () => []);
  const includeReason = new Map<number, Message | undefined>();
  const excludeReason = new Map<number, Message | undefined>();
  const includeSource = new Map<number, number>();

  const constraints = (key: 'mustInclude' | 'mustExclude') => {
    const list = opts[key];
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      throw fail(
        'INVALID_INPUT',
        [key],
        `${key} phải là một mảng, nhận được ${describe(list)}`,
        `${key} must be an array, got ${describe(list)}`,
      );
    }
    const isInclude = key === 'mustInclude';
    const matrix = isInclude ? included : excluded;
    const lists = isInclude ? includeList : excludeList;
    const reasons = isInclude ? includeReason : excludeReason;
    for (let j = 0; j < list.length; j++) {
      const raw: unknown = list[j];
      if (!isRecordObject(raw)) {
        throw fail(
          'INVALID_INPUT',
          [key, j],
          `Mỗi ràng buộc phải là { unit, year?, reason? }, nhận được ${describe(raw)}`,
          `Each constraint must be { unit, year?, reason? }, got ${describe(raw)}`,
        );
      }
      const c = fields<'unit' | 'year' | 'reason'>(raw);
      const id = checkUnitId(c.unit, [key, j, 'unit']);
      const u = index.get(id);
      if (u === undefined) throw unknownUnit(id, [key, j, 'unit']);
      const reason = checkReason(c.reason, [key, j, 'reason']);
      let ks: number[];
      if (c.year === undefined) {
        ks = Array.from({ length: years }, (_, k) => k);
      } else {
        const y = checkYear(c.year, [key, j, 'year']);
        if (y < from || y >= from + years) {
          throw fail(
            'YEAR_OUTSIDE_PLAN',
            [key, j, 'year'],
            `Năm ${y} nằm ngoài kế hoạch (${from}–${from + years - 1})`,
            `Year ${y} is outside the plan (${from}–${from + years - 1})`,
          );
        }
        ks = [y - from];
      }
      for (const k of ks) {
        const cell = k * n + u;
        if (!isInclude && included[cell] === 1) {
          const i = includeSource.get(cell) ?? 0;
          throw fail(
            'CONFLICTING_CONSTRAINTS',
            [key, j],
            `Đơn vị ${describe(id)} vừa bắt buộc kiểm tra (mustInclude[${i}]) vừa bị loại trừ năm ${from + k}`,
            `Unit ${describe(id)} is both required (mustInclude[${i}]) and excluded in ${from + k}`,
          );
        }
        if (matrix[cell] === 1) continue; // the first reason given wins
        matrix[cell] = 1;
        (lists[k] as number[]).push(u);
        reasons.set(cell, reason);
        if (isInclude) includeSource.set(cell, j);
      }
    }
  };
  constraints('mustInclude');
  constraints('mustExclude');

  const available = excludeList.map((list) => n - list.length);
  for (let k = 0; k < years; k++) {
    const avail = available[k] as number;
    if (avail < quota) {
      throw fail(
        'QUOTA_UNREACHABLE',
        ['mustExclude'],
        `Năm ${from + k}: chỉ còn ${avail} đơn vị có thể kiểm tra sau khi loại trừ, ít hơn chỉ tiêu ${quota} (${ratio.times(100).toFixed()}% của ${n})`,
        `Year ${from + k}: only ${avail} unit${avail === 1 ? '' : 's'} can be inspected after the exclusions, fewer than the quota of ${quota} (${ratio.times(100).toFixed()}% of ${n})`,
      );
    }
  }

  return {
    ids,
    last0,
    tie,
    from,
    years,
    quota,
    cycle,
    excluded,
    included,
    includeList,
    excludeList,
    includeReason,
    excludeReason,
    available,
  };
}

/**
 * Position of each unit in the seeded tie-break order: by a seeded rank of its id, then by id
 * (so the order never depends on the order of the input).
 */
function tieOrder(ids: readonly string[], seed: string | number): Int32Array {
  const n = ids.length;
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) ranks[i] = seededRank(seed, 'inspection-plan', ids[i] as string);
  let order: number[];
  if (n <= 1 << 20) {
    // rank × n + index is exact below 2^53: a native numeric sort.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (ranks[i] as number) * n + i;
    keys.sort();
    order = Array.from(keys, (k) => k % n);
    // Equal ranks (a hash collision) are ordered by id, not by input position.
    for (let i = 0; i < n; ) {
      let j = i + 1;
      while (j < n && ranks[order[j] as number] === ranks[order[i] as number]) j++;
      if (j - i > 1) {
        const run = order
          .slice(i, j)
          .sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1));
        order.splice(i, j - i, ...run);
      }
      i = j;
    }
  } else {
    order = Array.from({ length: n }, (_, i) => i);
    order.sort(
      (a, b) =>
        (ranks[a] as number) - (ranks[b] as number) ||
        ((ids[a] as string) < (ids[b] as string) ? -1 : 1),
    );
  }
  const tie = new Int32Array(n);
  order.forEach((u, pos) => {
    tie[u] = pos;
  });
  return tie;
}

/**
 * Build the plan year by year with the given counts. Each year: the must-includes; then the
 * units that must be taken now so that every unit still meets its cycle deadline (earliest
 * effective deadline first, with a look-ahead on the free places of the following years); then
 * the units inspected longest ago. Fails when a deadline cannot be met with these counts.
 */
function simulate(p: Prepared, counts: readonly number[]): Simulation {
  const n = p.ids.length;
  const { years, cycle, from, excluded, included, tie } = p;
  const hasIncludes = p.includeList.some((l) => l.length > 0);
  const hasExcludes = p.excludeList.some((l) => l.length > 0);
  const byTie = new Int32Array(n);
  for (let u = 0; u < n; u++) byTie[tie[u] as number] = u;
  const last = Int32Array.from(p.last0);
  const deadline = new Int32Array(n).fill(from + cycle - 1);
  const end = from + years - 1;
  const picked = new Int32Array(n).fill(-1);
  const eff = new Int32Array(n);
  const keys = new Float64Array(n);
  const free = counts.map((c, k) => c - (p.includeList[k] as number[]).length);
  const out: YearSelection[] = [];
  const NONE = 2147483647;

  for (let k = 0; k < years; k++) {
    const y = from + k;
    const must = p.includeList[k] as number[];
    for (const u of must) {
      picked[u] = k;
      eff[u] = deadline[u] as number;
    }

    // Effective deadline of every other unit: the last year, up to its cycle deadline, in which
    // it can still be inspected; "none" when the deadline is after the plan or a must-include
    // meets it first.
    const horizon = Math.min(end, y + cycle - 1);
    const bucket = new Int32Array(horizon - y + 1);
    const urgent: number[] = [];
    let count = 0;
    for (let u = 0; u < n; u++) {
      if (picked[u] === k) continue;
      const d = deadline[u] as number;
      let e = NONE;
      if (d <= end) {
        let met = false;
        if (hasIncludes) {
          for (let w = y + 1; w <= d; w++) {
            if (included[(w - from) * n + u] === 1) {
              met = true;
              break;
            }
          }
        }
        if (!met) {
          if (hasExcludes) {
            e = -1;
            for (let w = d; w >= y; w--) {
              if (excluded[(w - from) * n + u] !== 1) {
                e = w;
                break;
              }
            }
            if (e < 0) return { ok: false, year: d, unit: u };
          } else {
            e = d;
          }
        }
      }
      eff[u] = e;
      if (e <= horizon) bucket[e - y] = (bucket[e - y] as number) + 1;
      if (hasExcludes && excluded[k * n + u] === 1) continue;
      // Rotation order as one number: last inspection year, then the seeded tie-break.
      keys[count++] = (last[u] as number) * n + (tie[u] as number);
      if (e <= horizon) urgent.push(u);
    }

    // How many deadline units must be taken this year so that the following years' free places
    // suffice for the rest (Hall's condition on the prefix of deadlines).
    let need = 0;
    let due = 0;
    let capacity = 0;
    for (let z = y; z <= horizon; z++) {
      due += bucket[z - y] as number;
      if (z > y) capacity += free[z - from] as number;
      need = Math.max(need, due - capacity);
    }
    const places = free[k] as number;
    // Deadline order as one number: effective deadline, last inspection, seeded tie-break.
    const byDeadline = (): number[] => {
      const uk = new Float64Array(urgent.length);
      for (let i = 0; i < urgent.length; i++) {
        const u = urgent[i] as number;
        uk[i] = (((eff[u] as number) - y) * 10000 + (last[u] as number)) * n + (tie[u] as number);
      }
      uk.sort();
      return Array.from(uk, (key) => byTie[key % n] as number);
    };
    if (need > places || need > urgent.length) {
      const ordered = byDeadline();
      return { ok: false, year: y, unit: ordered[Math.min(places, ordered.length - 1)] ?? 0 };
    }
    const early: number[] = [];
    if (need > 0) {
      const ordered = byDeadline();
      for (let i = 0; i < need; i++) {
        const u = ordered[i] as number;
        picked[u] = k;
        early.push(u);
      }
    }
    // The rotation: units in priority order. A deadline unit among the first `places` of that
    // order would have been taken anyway: it is explained by the rotation.
    const sortedKeys = keys.subarray(0, count).sort();
    const rotation: number[] = [];
    const inTop = new Set<number>();
    let room = places - need;
    for (let i = 0; i < count && (room > 0 || i < places); i++) {
      const key = sortedKeys[i] as number;
      const u = byTie[key % n] as number;
      if (picked[u] === k) {
        if (i < places && need > 0) {
          rotation.push(u);
          inTop.add(u);
        }
      } else if (room > 0) {
        picked[u] = k;
        rotation.push(u);
        room--;
      }
    }
    const sel: YearSelection = {
      picks: [],
      origin: [],
      lastBefore: [],
      deadlines: [],
      effective: [],
    };
    const record = (u: number, origin: Origin) => {
      sel.picks.push(u);
      sel.origin.push(origin);
      sel.lastBefore.push(last[u] as number);
      sel.deadlines.push(deadline[u] as number);
      sel.effective.push(eff[u] as number);
    };
    for (const u of must) record(u, 'must');
    for (const u of early) if (!inTop.has(u)) record(u, 'deadline');
    for (const u of rotation) record(u, 'rotation');
    for (const u of sel.picks) {
      last[u] = y;
      deadline[u] = y + cycle;
    }
    out.push(sel);
  }
  return { ok: true, years: out };
}

function coverageError(p: Prepared, s: { year: number; unit: number }) {
  const id = p.ids[s.unit] ?? '';
  const n = p.ids.length;
  const out: number[] = [];
  for (let k = 0; k < p.years; k++) if (p.excluded[k * n + s.unit] === 1) out.push(p.from + k);
  const yearsVi = out.length > 0 ? out.join(', ') : '—';
  return fail(
    'COVERAGE_UNREACHABLE',
    ['mustExclude'],
    `Không thể bảo đảm mỗi đơn vị được kiểm tra ít nhất một lần trong mỗi chu kỳ ${p.cycle} năm: đơn vị ${describe(id)} bị loại trừ các năm ${yearsVi} (hạn chậm nhất ${s.year})`,
    `Cannot inspect every unit at least once in each ${p.cycle}-year cycle: unit ${describe(id)} is excluded in ${yearsVi} (due by ${s.year})`,
  );
}

function explain(p: Prepared, years: readonly YearSelection[]): PlannedInspectionYear[] {
  const n = p.ids.length;
  return years.map((sel, k) => {
    const y = p.from + k;
    const must = (p.includeList[k] as number[]).length;
    const extra = sel.picks.length - Math.max(p.quota, must);
    // The last `extra` rotation units are the ones above the quota.
    const order = sel.picks.map((_, i) => i);
    const balancing = new Set<number>();
    for (let i = order.length - 1, left = extra; i >= 0 && left > 0; i--) {
      const at = order[i] as number;
      if (sel.origin[at] !== 'rotation') break;
      balancing.add(at);
      left--;
    }
    const units: string[] = [];
    const reasons: SelectionReason[] = [];
    for (const i of order) {
      const u = sel.picks[i] as number;
      const id = p.ids[u] as string;
      const prev = sel.lastBefore[i] as number;
      const lastInspected = prev === NEVER ? null : prev;
      const history = historyMessage(y, lastInspected);
      const origin = sel.origin[i] as Origin;
      units.push(id);
      if (origin === 'must') {
        const why = p.includeReason.get(k * n + u);
        reasons.push({
          unit: id,
          code: 'must-include',
          lastInspected,
          message: {
            vi: `Bắt buộc kiểm tra năm ${y}${why ? `: ${why.vi}` : ''}; ${lower(history.vi)}`,
            en: `Must be inspected in ${y}${why ? `: ${why.en}` : ''}; ${lower(history.en)}`,
          },
        });
      } else if (origin === 'deadline') {
        const d = sel.deadlines[i] as number;
        const blocked: number[] = [];
        for (let w = y + 1; w <= d && w < p.from + p.years; w++) {
          if (p.excluded[(w - p.from) * n + u] === 1) blocked.push(w);
        }
        const noteVi = blocked.length > 0 ? `; không thể kiểm tra năm ${blocked.join(', ')}` : '';
        const noteEn =
          blocked.length > 0 ? `; it cannot be inspected in ${blocked.join(', ')}` : '';
        reasons.push({
          unit: id,
          code: 'coverage-deadline',
          lastInspected,
          deadline: d,
          message: {
            vi: `Phải kiểm tra năm ${y} để mỗi đơn vị được kiểm tra ít nhất một lần trong chu kỳ ${p.cycle} năm (hạn chậm nhất ${d}${noteVi}); ${lower(history.vi)}`,
            en: `Taken in ${y} so that every unit is inspected at least once in each ${p.cycle}-year cycle (due by ${d}${noteEn}); ${lower(history.en)}`,
          },
        });
      } else if (balancing.has(i)) {
        reasons.push({
          unit: id,
          code: 'balancing',
          lastInspected,
          message: {
            vi: `Bổ sung ngoài chỉ tiêu ${Math.max(p.quota, must)} đơn vị để giữ chu kỳ ${p.cycle} năm và cân đối số đơn vị giữa các năm; ${lower(history.vi)}`,
            en: `Added above the quota of ${Math.max(p.quota, must)} to keep the ${p.cycle}-year cycle with balanced yearly counts; ${lower(history.en)}`,
          },
        });
      } else {
        reasons.push({
          unit: id,
          code: lastInspected === null ? 'never-inspected' : 'last-inspected',
          lastInspected,
          message: history,
        });
      }
    }
    const excluded: InspectionExclusion[] = (p.excludeList[k] as number[]).map((u) => {
      const why = p.excludeReason.get(k * n + u);
      return {
        unit: p.ids[u] as string,
        message: {
          vi: `Không đưa vào kế hoạch năm ${y}${why ? `: ${why.vi}` : ''}`,
          en: `Left out of the ${y} plan${why ? `: ${why.en}` : ''}`,
        },
      };
    });
    return { year: y, units, quota: p.quota, reasons, excluded };
  });
}

function historyMessage(year: number, last: number | null): Message {
  if (last === null) return { vi: 'Chưa từng được kiểm tra', en: 'Never inspected' };
  const gap = year - last;
  return {
    vi: `Lần kiểm tra gần nhất: năm ${last} (cách ${gap} năm)`,
    en: `Last inspected in ${last} (${gap} year${gap === 1 ? '' : 's'} before)`,
  };
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
