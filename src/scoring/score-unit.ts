import type { Rounding } from '../core/decimal.js';
import { describe, fail, type Message } from '../core/errors.js';
import { type Arith, DEC, FAST, NOT_EXACT } from './arith.js';
import { isObj, type Obj } from './guards.js';
import { type CBand, type Compiled, type CSection, compile } from './sheet.js';
import { STAGES } from './stages.js';
import type {
  AdjustmentLine,
  BandStatus,
  ScoreEntry,
  ScoreOptions,
  ScoreSheet,
  Stage,
  UnitScore,
} from './types.js';

type Path = readonly (string | number)[];

interface Opts {
  readonly comma: boolean;
  readonly requireAll: boolean;
  readonly stack: boolean;
}

function readOptions(options: unknown): Opts {
  if (options === undefined) return { comma: false, requireAll: false, stack: false };
  if (!isObj(options)) {
    throw fail(
      'INVALID_INPUT',
      ['options'],
      `Tùy chọn phải là một đối tượng, nhận được ${describe(options)}`,
      `Options must be an object, got ${describe(options)}`,
    );
  }
  const flag = (k: string): boolean => {
    const v = options[k];
    if (v === undefined) return false;
    if (typeof v !== 'boolean') {
      throw fail(
        'INVALID_INPUT',
        ['options', k],
        `Cần true hoặc false, nhận được ${describe(v)}`,
        `Expected true or false, got ${describe(v)}`,
      );
    }
    return v;
  };
  return {
    comma: flag('decimalComma'),
    requireAll: flag('requireAll'),
    stack: flag('stackExclusive'),
  };
}

function record(v: unknown, path: Path, optional: boolean): Record<string, unknown> | undefined {
  if (v === undefined && optional) return undefined;
  if (!isObj(v)) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Cần một đối tượng { mã tiêu chí: giá trị }, nhận được ${describe(v)}`,
      `Expected an object { criterion id: value }, got ${describe(v)}`,
    );
  }
  return v;
}

function count(v: unknown, path: Path): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Số lần phải là số nguyên không âm, nhận được ${describe(v)}`,
      `A count must be a non-negative integer, got ${describe(v)}`,
    );
  }
  return v;
}

function unknownCriterion(key: string, path: Path): never {
  throw fail(
    'UNKNOWN_CRITERION',
    path,
    `Không có tiêu chí "${key.slice(0, 60)}" trong bảng điểm`,
    `No criterion "${key.slice(0, 60)}" in the score sheet`,
  );
}

function aboveMax<T>(A: Arith<T>, v: T, max: T, key: string, path: Path, scale: number): never {
  const shown = A.fmt(v, Math.max(scale, 2), 'half-up');
  const m = A.fmt(max, Math.max(scale, 2), 'half-up');
  throw fail(
    'SCORE_ABOVE_MAX',
    path,
    `Điểm của tiêu chí "${key}" (${shown}) vượt quá điểm tối đa ${m}`,
    `Score of criterion "${key}" (${shown}) exceeds its maximum ${m}`,
  );
}

interface Adjusted<T> {
  readonly total: T;
  readonly lines: AdjustmentLine[];
}

function adjust<T>(
  A: Arith<T>,
  sec: CSection,
  lines: unknown,
  path: Path,
  o: Opts,
  scale: number,
  rounding: Rounding,
  notes: Message[],
  word: Message,
): Adjusted<T> {
  if (lines === undefined) return { total: A.zero, lines: [] };
  if (!Array.isArray(lines)) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Cần một mảng các dòng ${word.vi}, nhận được ${describe(lines)}`,
      `Expected an array of ${word.en} lines, got ${describe(lines)}`,
    );
  }
  const claimed: T[] = [];
  const applied: T[] = [];
  const capped: boolean[] = [];
  const items: (string | undefined)[] = [];
  const used = new Map<string, T>();
  for (let i = 0; i < lines.length; i++) {
    const line: unknown = lines[i];
    const p = [...path, i];
    if (!isObj(line)) {
      throw fail(
        'INVALID_INPUT',
        p,
        `Mỗi dòng ${word.vi} phải là một đối tượng`,
        `Each ${word.en} line must be an object`,
      );
    }
    if (line.reason !== undefined && typeof line.reason !== 'string') {
      throw fail(
        'INVALID_INPUT',
        [...p, 'reason'],
        'Lý do phải là một chuỗi',
        'A reason must be a string',
      );
    }
    const k = line.count === undefined ? 1 : count(line.count, [...p, 'count']);
    let v: T;
    let itemId: string | undefined;
    if (line.item !== undefined) {
      const it = typeof line.item === 'string' ? sec.items.get(line.item) : undefined;
      if (!it) {
        throw fail(
          'UNKNOWN_ITEM',
          [...p, 'item'],
          `Không có mục ${word.vi} ${describe(line.item)} trong bảng điểm`,
          `No ${word.en} item ${describe(line.item)} in the score sheet`,
        );
      }
      itemId = it.id;
      if (line.points !== undefined) {
        throw fail(
          'CONFLICTING_INPUT',
          [...p, 'points'],
          `Mục "${it.id}" tự tính điểm; không ghi points`,
          `Item "${it.id}" computes its own points; do not give points`,
        );
      }
      if (it.tiers) {
        const t = typeof line.tier === 'string' ? it.tiers.get(line.tier) : undefined;
        if (!t) {
          throw fail(
            'UNKNOWN_TIER',
            [...p, 'tier'],
            `Mục "${it.id}" cần một bậc hợp lệ (${[...it.tiers.keys()].join(', ')}), nhận được ${describe(line.tier)}`,
            `Item "${it.id}" needs a valid tier (${[...it.tiers.keys()].join(', ')}), got ${describe(line.tier)}`,
          );
        }
        v = A.times(A.num(t), k);
      } else {
        if (line.tier !== undefined) {
          throw fail(
            'UNKNOWN_TIER',
            [...p, 'tier'],
            `Mục "${it.id}" không có bậc`,
            `Item "${it.id}" has no tiers`,
          );
        }
        v = A.times(A.num(it.points as NonNullable<typeof it.points>), k);
      }
      let a = v;
      let wasCapped = false;
      if (it.max) {
        const u = used.get(it.id) ?? A.zero;
        const room = A.sub(A.num(it.max), u);
        if (A.cmp(a, room) > 0) {
          a = A.sign(room) > 0 ? room : A.zero;
          wasCapped = true;
        }
        used.set(it.id, A.add(u, a));
      }
      claimed.push(v);
      applied.push(a);
      capped.push(wasCapped);
    } else {
      if (!sec.freeform) {
        throw fail(
          'UNKNOWN_ITEM',
          [...p, 'item'],
          `Bảng điểm chỉ nhận các mục ${word.vi} đã khai báo`,
          `The score sheet accepts declared ${word.en} items only`,
        );
      }
      if (line.points === undefined) {
        throw fail('INVALID_INPUT', [...p, 'points'], 'Thiếu số điểm', 'Missing points');
      }
      if (line.tier !== undefined) {
        throw fail(
          'UNKNOWN_TIER',
          [...p, 'tier'],
          'Dòng tự do không có bậc',
          'A free line has no tiers',
        );
      }
      const pts = A.parse(line.points, o.comma, path[0] as string, i, 'points');
      if (A.sign(pts) < 0) {
        throw fail(
          'NEGATIVE_POINTS',
          [...p, 'points'],
          `Số điểm ${word.vi} phải là số dương (ghi vào mục riêng, không ghi số âm)`,
          `${word.en} points are positive amounts in their own list, never negative numbers`,
        );
      }
      v = A.times(pts, k);
      claimed.push(v);
      applied.push(v);
      capped.push(false);
    }
    items.push(itemId);
  }
  const excluded: boolean[] = lines.map(() => false);
  if (sec.exclusive && !o.stack) {
    const groups = new Map<string, Map<string, T>>();
    items.forEach((itemId, i) => {
      const g = itemId ? sec.items.get(itemId)?.group : null;
      if (!itemId || !g) return;
      const per = groups.get(g) ?? new Map<string, T>();
      per.set(itemId, A.add(per.get(itemId) ?? A.zero, applied[i] as T));
      groups.set(g, per);
    });
    for (const [g, per] of groups) {
      if (per.size < 2) continue;
      let best: string | undefined;
      let bestV: T | undefined;
      for (const [itemId, v] of per) {
        const better =
          bestV === undefined ||
          A.cmp(v, bestV) > 0 ||
          (A.cmp(v, bestV) === 0 &&
            (sec.items.get(itemId)?.order ?? 0) < (sec.items.get(best as string)?.order ?? 0));
        if (better) {
          best = itemId;
          bestV = v;
        }
      }
      items.forEach((itemId, i) => {
        if (itemId && itemId !== best && per.has(itemId)) {
          excluded[i] = true;
          applied[i] = A.zero;
        }
      });
      notes.push({
        vi: `${word.vi} nhóm "${g}" không cộng dồn: chỉ tính mục lớn nhất "${best}"`,
        en: `${word.en} group "${g}" does not stack: only the largest item "${best}" counts`,
      });
    }
  }
  let total = A.zero;
  for (const a of applied) total = A.add(total, a);
  if (sec.max && A.cmp(total, A.num(sec.max)) > 0) {
    const before = A.fmt(total, scale, rounding);
    total = A.num(sec.max);
    const after = A.fmt(total, scale, rounding);
    notes.push({
      vi: `Tổng ${word.vi} ${before} vượt mức tối đa của bảng, tính ${after}`,
      en: `Total ${word.en} ${before} exceeds the sheet's cap, counted as ${after}`,
    });
  }
  const out: AdjustmentLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Obj;
    const itemId = items[i];
    out.push({
      index: i,
      ...(itemId !== undefined ? { item: itemId } : {}),
      ...(typeof line.reason === 'string' ? { reason: line.reason } : {}),
      ...(line.count !== undefined ? { count: line.count as number } : {}),
      ...(typeof line.tier === 'string' ? { tier: line.tier } : {}),
      claimed: A.fmt(claimed[i] as T, scale, rounding),
      applied: A.fmt(applied[i] as T, scale, rounding),
      ...(capped[i] ? { capped: true } : {}),
      ...(excluded[i] ? { excluded: true } : {}),
    });
  }
  return { total, lines: out };
}

function inBand<T>(A: Arith<T>, v: T, b: CBand): boolean {
  const lo = A.cmp(v, A.num(b.min));
  if (lo < 0 || (lo === 0 && !b.inMin)) return false;
  if (!b.max) return true;
  const hi = A.cmp(v, A.num(b.max));
  return hi < 0 || (hi === 0 && b.inMax);
}

function band<T>(
  A: Arith<T>,
  c: Compiled,
  value: T,
  shown: string,
  notes: Message[],
): { code?: string; status: BandStatus } {
  if (c.bands.length === 0) return { status: 'no-bands' };
  for (const b of c.bands) if (inBand(A, value, b)) return { code: b.code, status: 'in-band' };
  let below: CBand | undefined;
  let above: CBand | undefined;
  for (const b of c.bands) {
    const lo = A.cmp(value, A.num(b.min));
    if (lo < 0 || (lo === 0 && !b.inMin)) {
      if (!above || A.cmp(A.num(b.min), A.num(above.min)) < 0) above = b;
    } else if (b.max) {
      if (!below || A.cmp(A.num(b.max), A.num(below.max as NonNullable<CBand['max']>)) > 0)
        below = b;
    }
  }
  if (below && above) {
    notes.push({
      vi: `Tổng điểm ${shown} không thuộc xếp loại nào: nằm giữa "${below.code}" (đến ${below.max?.dec}) và "${above.code}" (từ ${above.min.dec})`,
      en: `Total ${shown} falls in no band: between "${below.code}" (up to ${below.max?.dec}) and "${above.code}" (from ${above.min.dec})`,
    });
    return { status: 'in-gap' };
  }
  if (above) {
    notes.push({
      vi: `Tổng điểm ${shown} thấp hơn mọi xếp loại`,
      en: `Total ${shown} is below every band`,
    });
    return { status: 'below-all' };
  }
  notes.push({
    vi: `Tổng điểm ${shown} cao hơn mọi xếp loại`,
    en: `Total ${shown} is above every band`,
  });
  return { status: 'above-all' };
}

function run<T>(A: Arith<T>, c: Compiled, entry: Obj, o: Opts): UnitScore {
  const { sheet, nodes, byId } = c;
  const { scale, rounding } = sheet;
  const n = nodes.length;
  const vals: (T | undefined)[] = new Array(n);
  const notes: Message[] = [];
  const scores = record(entry.scores, ['scores'], false) as Obj;
  for (const key of Object.keys(scores)) {
    const idx = byId.get(key);
    if (idx === undefined) unknownCriterion(key, ['scores', key]);
    const node = nodes[idx];
    if (!node || node.kind === 'group') {
      throw fail(
        'NOT_A_LEAF',
        ['scores', key],
        `"${key}" là nhóm tiêu chí: chỉ chấm điểm các tiêu chí lá`,
        `"${key}" is a group: scores are given for leaf criteria`,
      );
    }
    const v = A.parse(scores[key], o.comma, 'scores', key);
    if (A.sign(v) < 0) {
      throw fail(
        'NEGATIVE_SCORE',
        ['scores', key],
        `Điểm của tiêu chí "${key}" không được âm (điểm trừ ghi ở mục điểm trừ)`,
        `Score of criterion "${key}" may not be negative (deductions go in their own list)`,
      );
    }
    const max = A.num(node.max);
    if (A.cmp(v, max) > 0) aboveMax(A, v, max, key, ['scores', key], scale);
    vals[idx] = v;
  }
  const counts = record(entry.counts, ['counts'], true);
  if (counts) {
    for (const key of Object.keys(counts)) {
      const p = ['counts', key];
      const idx = byId.get(key);
      if (idx === undefined) unknownCriterion(key, p);
      const node = nodes[idx];
      if (!node?.per) {
        throw fail(
          'WRONG_INPUT_KIND',
          p,
          `Tiêu chí "${key}" không tính theo số lần`,
          `Criterion "${key}" is not scored per occurrence`,
        );
      }
      if (vals[idx] !== undefined) {
        throw fail(
          'CONFLICTING_INPUT',
          p,
          `Tiêu chí "${key}" đã có điểm trong scores`,
          `Criterion "${key}" already has a score in scores`,
        );
      }
      let v = A.times(A.num(node.per), count(counts[key], p));
      const max = A.num(node.max);
      if (A.cmp(v, max) > 0) {
        v = max;
        notes.push({
          vi: `Tiêu chí "${key}": ${counts[key]} lần vượt mức tối đa, tính ${A.fmt(max, scale, rounding)} điểm`,
          en: `Criterion "${key}": ${counts[key]} occurrences exceed the cap, counted as ${A.fmt(max, scale, rounding)}`,
        });
      }
      vals[idx] = v;
    }
  }
  const outcomes = record(entry.outcomes, ['outcomes'], true);
  if (outcomes) {
    for (const key of Object.keys(outcomes)) {
      const p = ['outcomes', key];
      const idx = byId.get(key);
      if (idx === undefined) unknownCriterion(key, p);
      const node = nodes[idx];
      if (!node?.tiers) {
        throw fail(
          'WRONG_INPUT_KIND',
          p,
          `Tiêu chí "${key}" không tính theo bậc`,
          `Criterion "${key}" is not tiered`,
        );
      }
      if (vals[idx] !== undefined) {
        throw fail(
          'CONFLICTING_INPUT',
          p,
          `Tiêu chí "${key}" đã có điểm trong scores`,
          `Criterion "${key}" already has a score in scores`,
        );
      }
      const raw = outcomes[key];
      const list: unknown[] = Array.isArray(raw) ? raw : [raw];
      let v = A.zero;
      list.forEach((t, j) => {
        const pts = typeof t === 'string' ? node.tiers?.get(t) : undefined;
        if (!pts) {
          throw fail(
            'UNKNOWN_TIER',
            Array.isArray(raw) ? [...p, j] : p,
            `Tiêu chí "${key}" không có bậc ${describe(t)}`,
            `Criterion "${key}" has no tier ${describe(t)}`,
          );
        }
        v = A.add(v, A.num(pts));
      });
      const max = A.num(node.max);
      if (A.cmp(v, max) > 0) {
        v = max;
        notes.push({
          vi: `Tiêu chí "${key}": tổng các giải vượt mức tối đa, tính ${A.fmt(max, scale, rounding)} điểm`,
          en: `Criterion "${key}": the outcomes exceed the cap, counted as ${A.fmt(max, scale, rounding)}`,
        });
      }
      vals[idx] = v;
    }
  }

  // Bottom-up sums: nodes are in pre-order, so a reverse walk sees children before parents.
  const acc: T[] = new Array(n);
  let base = A.zero;
  for (let i = n - 1; i >= 0; i--) {
    const node = nodes[i] as (typeof nodes)[number];
    const own = node.kind === 'group' ? (acc[i] ?? A.zero) : (vals[i] ?? A.zero);
    if (node.kind === 'group') vals[i] = own;
    const contribution = node.weight ? A.mul(own, node.weight) : own;
    if (node.parent < 0) base = A.add(base, contribution);
    else acc[node.parent] = A.add(acc[node.parent] ?? A.zero, contribution);
  }

  const missing: string[] = [];
  const criteria: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as (typeof nodes)[number];
    const v = vals[i];
    if (v === undefined) missing.push(node.id);
    else criteria[node.id] = A.fmt(v, scale, rounding);
  }
  if (missing.length > 0) {
    if (o.requireAll) {
      throw fail(
        'MISSING_SCORE',
        ['scores', missing[0] as string],
        `Chưa chấm ${missing.length} tiêu chí: ${missing.slice(0, 10).join(', ')}`,
        `${missing.length} criteria not scored: ${missing.slice(0, 10).join(', ')}`,
      );
    }
    notes.push({
      vi: `Chưa chấm ${missing.length} tiêu chí (tính 0 điểm): ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? '…' : ''}`,
      en: `${missing.length} criteria not scored (counted as 0): ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? '…' : ''}`,
    });
  }
  const groups: Record<string, string> = {};
  for (const i of c.top) {
    const node = nodes[i] as (typeof nodes)[number];
    groups[node.id] = A.fmt(vals[i] ?? A.zero, scale, rounding);
  }

  const bonus = adjust(A, c.bonus, entry.bonuses, ['bonuses'], o, scale, rounding, notes, {
    vi: 'điểm thưởng',
    en: 'bonus',
  });
  const deduction = adjust(
    A,
    c.deduction,
    entry.deductions,
    ['deductions'],
    o,
    scale,
    rounding,
    notes,
    {
      vi: 'điểm trừ',
      en: 'deduction',
    },
  );
  const totalV = A.sub(A.add(base, bonus.total), deduction.total);
  const total = A.fmt(totalV, scale, rounding);
  const baseS = A.fmt(base, scale, rounding);
  const shown = sheet.bandOn === 'base' ? baseS : total;
  const b = band(A, c, A.parse(shown, false, 'total'), shown, notes);
  if (c.nominal && A.cmp(totalV, A.num(c.nominal)) > 0) {
    notes.push({
      vi: `Tổng điểm ${total} vượt thang ${sheet.max} nhờ điểm thưởng; tổng không bị cắt`,
      en: `Total ${total} exceeds the nominal ${sheet.max} through bonuses; totals are never clamped`,
    });
  }
  return {
    unit: entry.unit as string,
    sheet: sheet.id,
    ...(entry.stage !== undefined ? { stage: entry.stage as Stage } : {}),
    base: baseS,
    bonus: A.fmt(bonus.total, scale, rounding),
    deduction: A.fmt(deduction.total, scale, rounding),
    total,
    ...(b.code !== undefined ? { band: b.code } : {}),
    bandStatus: b.status,
    groups,
    criteria,
    missing,
    complete: missing.length === 0,
    bonuses: bonus.lines,
    deductions: deduction.lines,
    notes,
  };
}

/**
 * Score one unit on a sheet: leaf scores (checked against their maxima), per-occurrence and
 * tiered leaves (capped at their maxima), bonuses and deductions (capped per item, per
 * exclusive group and per sheet), the total (`base + bonus − deduction`, which may exceed the
 * nominal maximum: a total is never clamped), and the band of the total as displayed. Exact
 * decimal arithmetic; results have exactly `scale` decimals.
 *
 * @example
 * ```ts
 * import { defineScoreSheet, scoreUnit } from 'tdkt';
 * const sheet = defineScoreSheet({
 *   id: 'demo',
 *   criteria: [{ id: 'A', max: 1 }, { id: 'B', max: 1 }],
 * });
 * const s = scoreUnit(sheet, { unit: 'U1', scores: { A: 0.1, B: '0.2' } });
 * s.total; // '0.30'
 * s.criteria; // { A: '0.10', B: '0.20' }
 * ```
 * @throws TdktError (`UNKNOWN_CRITERION`) for an unknown id, (`NOT_A_LEAF`) for a group id,
 * (`SCORE_ABOVE_MAX`) above a maximum, (`NEGATIVE_SCORE`, `NEGATIVE_POINTS`) for negative
 * amounts, (`INVALID_NUMBER`) for non-numeric text such as "9,5" without `decimalComma`,
 * (`MISSING_SCORE`) with `requireAll`, (`UNKNOWN_ITEM`, `UNKNOWN_TIER`, `WRONG_INPUT_KIND`,
 * `CONFLICTING_INPUT`) for bad adjustment or per-occurrence input, (`INVALID_INPUT`) otherwise.
 * @category Scoring
 * @since 0.1.0
 */
export function scoreUnit(sheet: ScoreSheet, entry: ScoreEntry, options?: ScoreOptions): UnitScore {
  const c = compile(sheet);
  const o = readOptions(options);
  if (!isObj(entry)) {
    throw fail(
      'INVALID_INPUT',
      [],
      `Bản chấm điểm phải là một đối tượng, nhận được ${describe(entry)}`,
      `An entry must be an object, got ${describe(entry)}`,
    );
  }
  if (typeof entry.unit !== 'string' || entry.unit.trim() === '') {
    throw fail(
      'INVALID_INPUT',
      ['unit'],
      `Cần mã đơn vị (chuỗi không rỗng), nhận được ${describe(entry.unit)}`,
      `Expected a unit id (a non-empty string), got ${describe(entry.unit)}`,
    );
  }
  if (entry.stage !== undefined && !STAGES.includes(entry.stage as Stage)) {
    throw fail(
      'INVALID_STAGE',
      ['stage'],
      `Giai đoạn không hợp lệ: ${describe(entry.stage)} (cho phép: ${STAGES.join(', ')})`,
      `Invalid stage: ${describe(entry.stage)} (allowed: ${STAGES.join(', ')})`,
    );
  }
  const e = entry as unknown as Obj;
  try {
    return run(FAST, c, e, o);
  } catch (err) {
    if (err !== NOT_EXACT) throw err;
  }
  return run(DEC, c, e, o);
}

/**
 * `scoreUnit` on the decimal.js reference path only (for tests and benchmarks).
 * @internal
 */
export function scoreUnitReference(
  sheet: ScoreSheet,
  entry: ScoreEntry,
  options?: ScoreOptions,
): UnitScore {
  return run(DEC, compile(sheet), entry as unknown as Obj, readOptions(options));
}
