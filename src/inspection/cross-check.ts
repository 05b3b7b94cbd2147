import { describe, fail, isRecordObject, type Message } from '../core/errors.js';
import { type Prng, seededPrng, seededRank, shuffled } from './random.js';
import {
  checkFlag,
  checkOptions,
  checkSeed,
  checkUnitId,
  checkUnitList,
  fields,
  unknownUnit,
} from './validate.js';

/** Clusters up to this size are searched exhaustively (8 units: 14,833 derangements). */
const EXHAUSTIVE_MAX = 8;

/**
 * One cross-check: `inspector` appraises the year-end scores of `inspected`
 * ("kiểm tra chéo, thẩm định kết quả chấm điểm thi đua cuối năm").
 * @category Inspection
 * @since 0.1.0
 */
export interface CrossCheck {
  /** The unit that checks. */
  readonly inspector: string;
  /** The unit whose scores are checked. */
  readonly inspected: string;
}

/**
 * Options of {@link assignCrossChecks} and {@link planCrossChecks}.
 * @category Inspection
 * @since 0.1.0
 */
export interface CrossCheckOptions {
  /** Seed of the draw; the same units and seed give the same assignment. */
  readonly seed?: string | number;
  /**
   * Avoid reciprocal pairs (A checks B and B checks A) when the cluster has at least three
   * units. Default `true`. A cluster of two can only check each other (stated as a fallback).
   */
  readonly avoidReciprocal?: boolean;
  /**
   * Last year's assignment: its pairs are not repeated (same inspector and inspected) when
   * avoidable. Pairs naming units no longer in the cluster are ignored.
   */
  readonly previous?: readonly CrossCheck[];
  /** The cluster's group of each unit (e.g. districts vs departments); units may be left out. */
  readonly groups?: Readonly<Record<string, string>>;
  /** Each unit checks a unit of another group (needs `groups`). Default `false`. */
  readonly acrossGroups?: boolean;
}

/**
 * A preference that could not be met, and how the assignment falls back.
 * @category Inspection
 * @since 0.1.0
 */
export interface CrossCheckFallback {
  /** Which preference: no reciprocal pairs, across groups, or no repeat of last year. */
  readonly constraint: 'reciprocal' | 'across-groups' | 'previous';
  /** How many pairs break it. */
  readonly count: number;
  /** What happened, in Vietnamese and English. */
  readonly message: Message;
}

/**
 * A cross-check assignment with what it achieves.
 * @category Inspection
 * @since 0.1.0
 */
export interface CrossCheckPlan {
  /** One pair per unit, in the order of the input units (as inspectors). */
  readonly assignments: CrossCheck[];
  /** Number of reciprocal pairs (A↔B counted once). */
  readonly reciprocalPairs: number;
  /** Pairs repeated from `previous`. */
  readonly repeatedPairs: CrossCheck[];
  /** Pairs within one group when `acrossGroups` is asked. */
  readonly sameGroupPairs: CrossCheck[];
  /** Preferences that could not be met (empty when all are). */
  readonly fallbacks: CrossCheckFallback[];
}

interface Problem {
  inputOrder: string[];
  ids: string[];
  n: number;
  /** Group number of each unit; units without a group get a group of their own. */
  group: Int32Array;
  groupName: (string | undefined)[];
  avoidReciprocal: boolean;
  /** The caller asked for no reciprocal pairs (whatever the cluster's size). */
  askedNoReciprocal: boolean;
  acrossGroups: boolean;
  prev: Set<number>;
  rng: Prng;
  seed: string | number;
}

/**
 * Who cross-checks whom in an emulation cluster, with what the assignment achieves. Every unit
 * checks exactly one other unit and is checked by exactly one (a derangement: nobody checks
 * itself), so 100% of the cluster's year-end scores are cross-checked (Lạng Sơn 2013 plan,
 * KH 12/KH-UBND §II.2). Preferences, in order: no reciprocal pairs (default on, for three
 * units or more), each unit checking another group (`acrossGroups`), no repeat of last year's
 * pairs (`previous`). Clusters of up to 8 units are searched exhaustively, so a preference is
 * reported as unmet only when no assignment meets it; larger clusters use a seeded local
 * search. The result depends only on the set of units, the options and the seed.
 *
 * @example
 * ```ts
 * import { planCrossChecks } from 'tdkt';
 * const plan = planCrossChecks(['A', 'B'], { seed: 1 });
 * plan.assignments;                 // [{ inspector: 'A', inspected: 'B' }, { inspector: 'B', inspected: 'A' }]
 * plan.fallbacks[0].constraint;     // 'reciprocal' (a cluster of two can only check each other)
 * planCrossChecks(['A', 'B', 'C'], {
 *   previous: [{ inspector: 'A', inspected: 'B' }, { inspector: 'B', inspected: 'C' }, { inspector: 'C', inspected: 'A' }],
 * }).assignments;                   // A→C, B→A, C→B: the other direction of the triangle
 * ```
 * @throws TdktError (`INVALID_INPUT`) for malformed units or options, (`DUPLICATE_UNIT`) for a
 * unit listed twice, (`TOO_FEW_UNITS`) for fewer than two units, (`UNKNOWN_UNIT`) for a group
 * given to a unit not in the list.
 * @category Inspection
 * @since 0.1.0
 */
export function planCrossChecks(
  units: readonly string[],
  options?: CrossCheckOptions,
): CrossCheckPlan {
  const p = prepare(units, options);
  const sigma = p.n <= EXHAUSTIVE_MAX ? exhaustive(p) : localSearch(p);
  return report(p, sigma);
}

/**
 * Who cross-checks whom in an emulation cluster: every unit checks exactly one other unit and
 * is checked by exactly one; nobody checks itself. Same rules and options as
 * {@link planCrossChecks}, returning only the pairs.
 *
 * @example
 * ```ts
 * import { assignCrossChecks } from 'tdkt';
 * const pairs = assignCrossChecks(['A', 'B', 'C', 'D'], { seed: 'cum-2027' });
 * pairs.length;                                        // 4
 * pairs.every((p) => p.inspector !== p.inspected);     // true
 * new Set(pairs.map((p) => p.inspected)).size;         // 4
 * ```
 * @throws TdktError (`TOO_FEW_UNITS`) for fewer than two units, (`DUPLICATE_UNIT`) for a unit
 * listed twice, (`INVALID_INPUT`) for malformed units or options, (`UNKNOWN_UNIT`) for a group
 * given to a unit not in the list.
 * @category Inspection
 * @since 0.1.0
 */
export function assignCrossChecks(
  units: readonly string[],
  options?: CrossCheckOptions,
): CrossCheck[] {
  return planCrossChecks(units, options).assignments;
}

function prepare(units: unknown, options: unknown): Problem {
  const ids = checkUnitList(units, ['units']);
  const opts = checkOptions<'seed' | 'avoidReciprocal' | 'previous' | 'groups' | 'acrossGroups'>(
    options,
    ['options'],
  );
  const seed = checkSeed(opts.seed, ['options', 'seed']);
  const avoidReciprocal = checkFlag(opts.avoidReciprocal, ['options', 'avoidReciprocal'], true);
  const acrossGroups = checkFlag(opts.acrossGroups, ['options', 'acrossGroups'], false);
  if (ids.length < 2) {
    throw fail(
      'TOO_FEW_UNITS',
      ['units'],
      `Cần ít nhất 2 đơn vị để kiểm tra chéo, nhận được ${ids.length}`,
      `Cross-checking needs at least 2 units, got ${ids.length}`,
    );
  }
  // Work in a canonical order (sorted ids) so that the input order does not change the draw.
  const sorted = ids.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = sorted.length;
  const index = new Map(sorted.map((id, i) => [id, i] as const));

  const group = new Int32Array(n).fill(-1);
  const groupName: (string | undefined)[] = new Array(n).fill(undefined);
  if (opts.groups !== undefined) {
    if (!isRecordObject(opts.groups)) {
      throw fail(
        'INVALID_INPUT',
        ['options', 'groups'],
        `groups phải là một đối tượng { đơn vị: nhóm }, nhận được ${describe(opts.groups)}`,
        `groups must be an object { unit: group }, got ${describe(opts.groups)}`,
      );
    }
    const groupIds = new Map<string, number>();
    for (const key of Object.keys(opts.groups)) {
      const u = index.get(key);
      if (u === undefined) throw unknownUnit(key, ['options', 'groups', key]);
      const name = checkUnitId(opts.groups[key], ['options', 'groups', key]);
      let g = groupIds.get(name);
      if (g === undefined) {
        g = groupIds.size;
        groupIds.set(name, g);
      }
      group[u] = g;
      groupName[u] = name;
    }
  } else if (acrossGroups) {
    throw fail(
      'INVALID_INPUT',
      ['options', 'acrossGroups'],
      'acrossGroups cần có groups (nhóm của từng đơn vị)',
      'acrossGroups needs groups (the group of each unit)',
    );
  }
  // Units without a group are groups of their own.
  let nextGroup = n + 1;
  for (let u = 0; u < n; u++) if ((group[u] as number) < 0) group[u] = nextGroup++;

  const prev = new Set<number>();
  if (opts.previous !== undefined) {
    if (!Array.isArray(opts.previous)) {
      throw fail(
        'INVALID_INPUT',
        ['options', 'previous'],
        `previous phải là mảng { inspector, inspected }, nhận được ${describe(opts.previous)}`,
        `previous must be an array of { inspector, inspected }, got ${describe(opts.previous)}`,
      );
    }
    opts.previous.forEach((raw: unknown, j: number) => {
      const path = ['options', 'previous', j];
      if (!isRecordObject(raw)) {
        throw fail(
          'INVALID_INPUT',
          path,
          `Mỗi cặp phải là { inspector, inspected }, nhận được ${describe(raw)}`,
          `Each pair must be { inspector, inspected }, got ${describe(raw)}`,
        );
      }
      const pair = fields<'inspector' | 'inspected'>(raw);
      const a = index.get(checkUnitId(pair.inspector, [...path, 'inspector']));
      const b = index.get(checkUnitId(pair.inspected, [...path, 'inspected']));
      if (a !== undefined && b !== undefined && a !== b) prev.add(a * n + b);
    });
  }
  return {
    inputOrder: ids,
    ids: sorted,
    n,
    group,
    groupName,
    avoidReciprocal: avoidReciprocal && n >= 3,
    askedNoReciprocal: avoidReciprocal,
    acrossGroups,
    prev,
    rng: seededPrng(seed, 'cross-check'),
    seed,
  };
}

/** Penalty of a unit's outgoing pair: reciprocal ≫ same group ≫ repeated. */
function weights(p: Problem): { r: number; g: number } {
  const g = p.n + 1;
  return { r: g * g, g };
}

function nodeCost(p: Problem, w: { r: number; g: number }, sigma: Int32Array, x: number): number {
  const t = sigma[x] as number;
  let c = 0;
  if (p.avoidReciprocal && sigma[t] === x) c += w.r;
  if (p.acrossGroups && p.group[x] === p.group[t]) c += w.g;
  if (p.prev.size > 0 && p.prev.has(x * p.n + t)) c += 1;
  return c;
}

function totalCost(p: Problem, w: { r: number; g: number }, sigma: Int32Array): number {
  let c = 0;
  for (let x = 0; x < p.n; x++) c += nodeCost(p, w, sigma, x);
  return c;
}

/** Every derangement, keeping the cheapest; the seeded generator picks among equals. */
function exhaustive(p: Problem): Int32Array {
  const { n } = p;
  const w = weights(p);
  const sigma = new Int32Array(n);
  const used = new Uint8Array(n);
  let best = Number.POSITIVE_INFINITY;
  let bests: Int32Array[] = [];
  const walk = (x: number) => {
    if (x === n) {
      const c = totalCost(p, w, sigma);
      if (c < best) {
        best = c;
        bests = [sigma.slice()];
      } else if (c === best) {
        bests.push(sigma.slice());
      }
      return;
    }
    for (let t = 0; t < n; t++) {
      if (t === x || used[t] === 1) continue;
      used[t] = 1;
      sigma[x] = t;
      walk(x + 1);
      used[t] = 0;
    }
  };
  walk(0);
  return bests[p.rng.below(bests.length)] as Int32Array;
}

/** A seeded starting assignment, then min-conflict swaps of targets; a few restarts. */
function localSearch(p: Problem): Int32Array {
  const w = weights(p);
  const floor = lowerBound(p, w);
  let best: Int32Array | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 4 && bestCost > floor; attempt++) {
    const sigma = start(p, attempt);
    const cost = improve(p, w, sigma, floor);
    if (cost < bestCost) {
      bestCost = cost;
      best = sigma;
    }
  }
  return best as Int32Array;
}

/**
 * A cost no assignment can beat: a group of s units with s > n − s must check at least
 * 2s − n of its own units.
 */
function lowerBound(p: Problem, w: { r: number; g: number }): number {
  if (!p.acrossGroups) return 0;
  const sizes = new Map<number, number>();
  let largest = 0;
  for (let u = 0; u < p.n; u++) {
    const g = p.group[u] as number;
    const s = (sizes.get(g) ?? 0) + 1;
    sizes.set(g, s);
    if (s > largest) largest = s;
  }
  return Math.max(0, 2 * largest - p.n) * w.g;
}

function start(p: Problem, attempt: number): Int32Array {
  const { n, rng } = p;
  if (p.acrossGroups && attempt % 2 === 0) {
    const order = interleaved(p);
    if (order) return cycleOf(order);
  }
  if (p.avoidReciprocal || p.acrossGroups) {
    return cycleOf(shuffled(range(n), rng));
  }
  // A uniform derangement: shuffle until no unit is its own target.
  for (;;) {
    const perm = shuffled(range(n), rng);
    if (perm.every((t, x) => t !== x)) return Int32Array.from(perm);
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The assignment in which each unit of `order` checks the next one (and the last the first). */
function cycleOf(order: readonly number[]): Int32Array {
  const sigma = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    sigma[order[i] as number] = order[(i + 1) % order.length] as number;
  }
  return sigma;
}

/**
 * A cyclic order in which neighbours belong to different groups, when no group holds more than
 * half the units: the units grouped largest group first, laid on the even places, then the odd.
 */
function interleaved(p: Problem): number[] | undefined {
  const members = new Map<number, number[]>();
  for (let u = 0; u < p.n; u++) {
    const g = p.group[u] as number;
    const list = members.get(g);
    if (list) list.push(u);
    else members.set(g, [u]);
  }
  const lists = [...members.values()].map((list) => shuffled(list, p.rng));
  const key = (list: number[]) => seededRank(p.seed, 'cross-check-group', String(list[0]));
  lists.sort((a, b) => b.length - a.length || key(a) - key(b));
  if ((lists[0]?.length ?? 0) * 2 > p.n) return undefined;
  const flat = lists.flat();
  const order = new Array<number>(p.n);
  let k = 0;
  for (let pos = 0; pos < p.n; pos += 2) order[pos] = flat[k++] as number;
  for (let pos = 1; pos < p.n; pos += 2) order[pos] = flat[k++] as number;
  for (let i = 0; i < p.n; i++) {
    if (p.group[order[i] as number] === p.group[order[(i + 1) % p.n] as number]) return undefined;
  }
  return order;
}

/** Min-conflict local search: swap the targets of a unit in conflict with another unit's. */
function improve(
  p: Problem,
  w: { r: number; g: number },
  sigma: Int32Array,
  floor: number,
): number {
  const { n, rng } = p;
  const inv = new Int32Array(n);
  for (let x = 0; x < n; x++) inv[sigma[x] as number] = x;
  const touched = new Int32Array(4);
  const localCost = (count: number) => {
    let c = 0;
    for (let i = 0; i < count; i++) c += nodeCost(p, w, sigma, touched[i] as number);
    return c;
  };
  let cost = totalCost(p, w, sigma);
  let stale = 0;
  for (let pass = 0; pass < 60 && cost > floor && stale < 4; pass++) {
    const passStart = cost;
    const conflicts: number[] = [];
    for (let x = 0; x < n; x++) if (nodeCost(p, w, sigma, x) > 0) conflicts.push(x);
    for (const i of shuffled(conflicts, rng)) {
      if (nodeCost(p, w, sigma, i) === 0) continue;
      for (let attempt = 0; attempt < 40; attempt++) {
        const j = rng.below(n);
        const a = sigma[i] as number;
        const b = sigma[j] as number;
        if (j === i || b === i || a === j) continue;
        // Only these units' costs can change: i, j and the units that check them.
        let count = 0;
        for (const x of [i, j, inv[i] as number, inv[j] as number]) {
          let seen = false;
          for (let q = 0; q < count; q++) if (touched[q] === x) seen = true;
          if (!seen) touched[count++] = x;
        }
        const before = localCost(count);
        sigma[i] = b;
        sigma[j] = a;
        inv[b] = i;
        inv[a] = j;
        const after = localCost(count);
        if (after <= before) {
          cost += after - before;
          if (after < before) break;
        } else {
          sigma[i] = a;
          sigma[j] = b;
          inv[a] = i;
          inv[b] = j;
        }
      }
    }
    stale = cost < passStart ? 0 : stale + 1;
  }
  return cost;
}

function report(p: Problem, sigma: Int32Array): CrossCheckPlan {
  const { ids, n } = p;
  const pairOf = (x: number): CrossCheck => ({
    inspector: ids[x] as string,
    inspected: ids[sigma[x] as number] as string,
  });
  let reciprocal = 0;
  const repeatedPairs: CrossCheck[] = [];
  const sameGroupPairs: CrossCheck[] = [];
  for (let x = 0; x < n; x++) {
    const t = sigma[x] as number;
    if (sigma[t] === x && x < t) reciprocal++;
    if (p.prev.has(x * n + t)) repeatedPairs.push(pairOf(x));
    if (p.acrossGroups && p.group[x] === p.group[t]) sameGroupPairs.push(pairOf(x));
  }
  const fallbacks: CrossCheckFallback[] = [];
  if (n === 2 && p.askedNoReciprocal) {
    fallbacks.push({
      constraint: 'reciprocal',
      count: 1,
      message: {
        vi: 'Cụm chỉ có 2 đơn vị nên hai đơn vị kiểm tra chéo lẫn nhau',
        en: 'A cluster of two units: the two units check each other',
      },
    });
  } else if (p.avoidReciprocal && reciprocal > 0) {
    fallbacks.push({
      constraint: 'reciprocal',
      count: reciprocal,
      message: {
        vi: `Không tránh được ${reciprocal} cặp kiểm tra lẫn nhau`,
        en: `Could not avoid ${reciprocal} reciprocal pair(s)`,
      },
    });
  }
  if (sameGroupPairs.length > 0) {
    const counts = new Map<string, number>();
    for (let u = 0; u < n; u++) {
      const name = p.groupName[u];
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    let big = '';
    let size = 0;
    for (const [name, c] of counts) {
      if (c > size) {
        big = name;
        size = c;
      }
    }
    const why =
      size * 2 > n
        ? {
            vi: `nhóm ${describe(big)} có ${size}/${n} đơn vị, quá một nửa cụm`,
            en: `group ${describe(big)} holds ${size} of ${n} units, more than half the cluster`,
          }
        : { vi: 'không tìm được cách phân công khác', en: 'no other assignment was found' };
    fallbacks.push({
      constraint: 'across-groups',
      count: sameGroupPairs.length,
      message: {
        vi: `${sameGroupPairs.length} cặp kiểm tra trong cùng nhóm (${why.vi}): ${list(sameGroupPairs)}`,
        en: `${sameGroupPairs.length} pair(s) within one group (${why.en}): ${list(sameGroupPairs)}`,
      },
    });
  }
  if (repeatedPairs.length > 0) {
    fallbacks.push({
      constraint: 'previous',
      count: repeatedPairs.length,
      message: {
        vi: `Lặp lại ${repeatedPairs.length} cặp của năm trước vì không tìm được cách phân công khác đáp ứng các yêu cầu ưu tiên hơn: ${list(repeatedPairs)}`,
        en: `${repeatedPairs.length} pair(s) of last year repeated: no other assignment meets the higher-priority preferences: ${list(repeatedPairs)}`,
      },
    });
  }
  // Pairs in the caller's order of units.
  const byId = new Map<string, CrossCheck>();
  for (let x = 0; x < n; x++) byId.set(ids[x] as string, pairOf(x));
  return {
    assignments: p.inputOrder.map((id) => byId.get(id) as CrossCheck),
    reciprocalPairs: reciprocal,
    repeatedPairs,
    sameGroupPairs,
    fallbacks,
  };
}

function list(pairs: readonly CrossCheck[]): string {
  const shown = pairs.slice(0, 10).map((x) => `${x.inspector} → ${x.inspected}`);
  return pairs.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/**
 * Options of {@link assignCrossCheckTeams}.
 * @category Inspection
 * @since 0.1.0
 */
export interface CrossCheckTeamOptions {
  /** Number of units in each delegation ("đoàn kiểm tra chéo"), from 1 to (units − 1). */
  readonly teamSize: number;
  /** Seed of the draw; the same units, size and seed give the same delegations. */
  readonly seed?: string | number;
}

/**
 * The delegation that cross-checks one unit.
 * @category Inspection
 * @since 0.1.0
 */
export interface CrossCheckTeam {
  /** The unit whose year-end scores are checked. */
  readonly inspected: string;
  /** The units of the delegation, the first one leading it. */
  readonly team: string[];
}

/**
 * Cross-checking by delegations: a team of `teamSize` units checks each unit, no unit sits on
 * the delegation that checks itself, and the work is balanced: every unit sits on exactly
 * `teamSize` delegations and leads exactly one. The units are put in a seeded circular order
 * and each unit is checked by the `teamSize` units that follow it.
 *
 * @example
 * ```ts
 * import { assignCrossCheckTeams } from 'tdkt';
 * const teams = assignCrossCheckTeams(['A', 'B', 'C', 'D', 'E'], { teamSize: 2, seed: 7 });
 * teams.length;                                            // 5
 * teams.every((t) => t.team.length === 2 && !t.team.includes(t.inspected)); // true
 * teams.flatMap((t) => t.team).filter((u) => u === 'A').length;             // 2
 * ```
 * @throws TdktError (`TOO_FEW_UNITS`) for fewer than two units, (`DUPLICATE_UNIT`) for a unit
 * listed twice, (`INVALID_TEAM_SIZE`) for a size that is not an integer from 1 to units − 1,
 * (`INVALID_INPUT`) for malformed units or options.
 * @category Inspection
 * @since 0.1.0
 */
export function assignCrossCheckTeams(
  units: readonly string[],
  options: CrossCheckTeamOptions,
): CrossCheckTeam[] {
  const ids = checkUnitList(units, ['units']);
  const opts = checkOptions<'teamSize' | 'seed'>(options, ['options'], true);
  const seed = checkSeed(opts.seed, ['options', 'seed']);
  const n = ids.length;
  if (n < 2) {
    throw fail(
      'TOO_FEW_UNITS',
      ['units'],
      `Cần ít nhất 2 đơn vị để kiểm tra chéo, nhận được ${n}`,
      `Cross-checking needs at least 2 units, got ${n}`,
    );
  }
  const k = opts.teamSize;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > n - 1) {
    throw fail(
      'INVALID_TEAM_SIZE',
      ['options', 'teamSize'],
      `Số đơn vị mỗi đoàn phải là số nguyên từ 1 đến ${n - 1} (số đơn vị trừ 1), nhận được ${describe(k)}`,
      `teamSize must be an integer from 1 to ${n - 1} (units minus one), got ${describe(k)}`,
    );
  }
  const sorted = ids.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const order = shuffled(sorted, seededPrng(seed, 'cross-check-teams'));
  const position = new Map(order.map((id, i) => [id, i] as const));
  return ids.map((id) => {
    const at = position.get(id) as number;
    const team: string[] = [];
    for (let d = 1; d <= k; d++) team.push(order[(at + d) % n] as string);
    return { inspected: id, team };
  });
}
