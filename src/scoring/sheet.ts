import { type Dec, parseDecimal, type Rounding, roundingMode } from '../core/decimal.js';
import { describe, fail } from '../core/errors.js';
import type { Citation, Confidence } from '../law/citation.js';
import { readCitations, readOptionalConfidence } from '../law/read-citation.js';
import { type SheetNum, sheetNum } from './arith.js';
import { isObj, type Obj } from './guards.js';
import type {
  AdjustmentItem,
  AdjustmentSection,
  BandCheck,
  ScoreBand,
  ScoreCriterion,
  ScoreSheet,
  ScoreSheetSpec,
} from './types.js';

type Path = readonly (string | number)[];

/** @internal */
export interface CNode {
  readonly id: string;
  readonly parent: number;
  readonly max: SheetNum;
  readonly weight: SheetNum | null;
  readonly kind: ScoreCriterion['kind'];
  readonly per: SheetNum | null;
  readonly tiers: ReadonlyMap<string, SheetNum> | null;
}

/** @internal */
export interface CItem {
  readonly id: string;
  readonly points: SheetNum | null;
  readonly tiers: ReadonlyMap<string, SheetNum> | null;
  readonly max: SheetNum | null;
  readonly group: string | null;
  readonly order: number;
}

/** @internal */
export interface CSection {
  readonly max: SheetNum | null;
  readonly items: ReadonlyMap<string, CItem>;
  readonly freeform: boolean;
  readonly exclusive: boolean;
}

/** @internal */
export interface CBand {
  readonly code: string;
  readonly min: SheetNum;
  readonly max: SheetNum | null;
  readonly inMin: boolean;
  readonly inMax: boolean;
}

/**
 * A sheet compiled for scoring: nodes in pre-order (parents before children).
 * @internal
 */
export interface Compiled {
  readonly sheet: ScoreSheet;
  readonly nodes: readonly CNode[];
  readonly byId: ReadonlyMap<string, number>;
  readonly top: readonly number[];
  readonly bonus: CSection;
  readonly deduction: CSection;
  readonly bands: readonly CBand[];
  readonly nominal: SheetNum | null;
}

const compiled = new WeakMap<object, Compiled>();
const MAX_DEPTH = 100;

function invalid(path: Path, vi: string, en: string): never {
  throw fail('INVALID_INPUT', path, vi, en);
}

function id(v: unknown, path: Path, what: string): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > 200 || v === '__proto__') {
    invalid(
      path,
      `${what}: cần một mã (chuỗi không rỗng, tối đa 200 ký tự), nhận được ${describe(v)}`,
      `${what}: expected an id (a non-empty string of at most 200 characters), got ${describe(v)}`,
    );
  }
  return v;
}

function optString(v: unknown, path: Path): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    invalid(
      path,
      `Cần một chuỗi, nhận được ${describe(v)}`,
      `Expected a string, got ${describe(v)}`,
    );
  }
  return v;
}

function optBool(v: unknown, path: Path, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v !== 'boolean') {
    invalid(
      path,
      `Cần true hoặc false, nhận được ${describe(v)}`,
      `Expected true or false, got ${describe(v)}`,
    );
  }
  return v;
}

function optBasis(v: unknown, path: Path): readonly Citation[] | undefined {
  return v === undefined ? undefined : readCitations(v, path, 'INVALID_INPUT');
}

const TEXT = ['title', 'titleEn', 'note'] as const;

/** The descriptive fields of a spec (texts, confidence, citations), validated. */
function meta(
  spec: Obj,
  path: Path,
  cites?: 'basis' | 'source',
  texts: readonly (typeof TEXT)[number][] = TEXT,
): Record<string, unknown> {
  const out: Record<string, unknown> & { confidence?: Confidence } = {};
  for (const k of texts) {
    const v = optString(spec[k], [...path, k]);
    if (v !== undefined) out[k] = v;
  }
  if (cites) {
    const c = readOptionalConfidence(spec.confidence, [...path, 'confidence'], 'INVALID_INPUT');
    if (c) out.confidence = c;
    const b = optBasis(spec[cites], [...path, cites]);
    if (b) out[cites] = b;
  }
  return out;
}

function decimal(v: unknown, path: Path): Dec {
  return parseDecimal(v, path);
}

function positive(v: unknown, path: Path, code = 'INVALID_MAX'): Dec {
  const d = decimal(v, path);
  if (d.lte(0)) {
    throw fail(
      code,
      path,
      `Giá trị phải lớn hơn 0, nhận được ${describe(v)}`,
      `Value must be greater than 0, got ${describe(v)}`,
    );
  }
  return d;
}

function nonNegative(v: unknown, path: Path): Dec {
  const d = decimal(v, path);
  if (d.isNeg() && !d.isZero()) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Giá trị không được âm, nhận được ${describe(v)}`,
      `Value may not be negative, got ${describe(v)}`,
    );
  }
  return d;
}

function tiersOf(
  v: unknown,
  path: Path,
  max: Dec | undefined,
): { map: Map<string, SheetNum>; out: Record<string, string> } {
  if (!isObj(v) || Object.keys(v).length === 0) {
    invalid(
      path,
      'Bậc (tiers) phải là một đối tượng không rỗng { mã bậc: điểm }',
      'Tiers must be a non-empty object { tier: points }',
    );
  }
  const map = new Map<string, SheetNum>();
  const out: Record<string, string> = {};
  for (const key of Object.keys(v)) {
    id(key, [...path, key], 'Tier');
    const d = nonNegative(v[key], [...path, key]);
    if (max && d.gt(max)) {
      throw fail(
        'SCORE_ABOVE_MAX',
        [...path, key],
        `Điểm của bậc "${key}" (${d}) vượt quá điểm tối đa ${max}`,
        `Points of tier "${key}" (${d}) exceed the maximum ${max}`,
      );
    }
    map.set(key, sheetNum(d));
    out[key] = d.toString();
  }
  return { map, out: Object.freeze(out) as Record<string, string> };
}

interface Builder {
  nodes: CNode[];
  byId: Map<string, number>;
  leaves: string[];
  stack: Set<object>;
}

function criterion(
  spec: unknown,
  path: Path,
  depth: number,
  parent: number,
  b: Builder,
): { node: ScoreCriterion; contribution: Dec } {
  if (!isObj(spec)) {
    invalid(
      path,
      `Tiêu chí phải là một đối tượng, nhận được ${describe(spec)}`,
      `A criterion must be an object, got ${describe(spec)}`,
    );
  }
  if (depth > MAX_DEPTH) {
    throw fail(
      'TREE_TOO_DEEP',
      path,
      `Cây tiêu chí sâu quá ${MAX_DEPTH} cấp`,
      `The criteria tree is deeper than ${MAX_DEPTH} levels`,
    );
  }
  if (b.stack.has(spec)) {
    throw fail('INVALID_INPUT', path, 'Cây tiêu chí có vòng lặp', 'The criteria tree has a cycle');
  }
  const cid = id(spec.id, [...path, 'id'], 'Criterion id');
  if (b.byId.has(cid)) {
    throw fail(
      'DUPLICATE_ID',
      [...path, 'id'],
      `Mã tiêu chí "${cid}" bị trùng`,
      `Criterion id "${cid}" is duplicated`,
    );
  }
  const m = meta(spec, path, 'basis');
  const max = positive(spec.max, [...path, 'max']);
  const weight =
    spec.weight === undefined ? null : positive(spec.weight, [...path, 'weight'], 'INVALID_INPUT');
  const children = spec.children;
  if (children !== undefined && !Array.isArray(children)) {
    invalid(
      [...path, 'children'],
      'Tiêu chí con phải là một mảng',
      'Children must be an array of criteria',
    );
  }
  const isGroup = Array.isArray(children) && children.length > 0;
  if (isGroup && (spec.perOccurrence !== undefined || spec.tiers !== undefined)) {
    invalid(
      path,
      `Tiêu chí "${cid}" có tiêu chí con nên không thể tính theo lần hoặc theo bậc`,
      `Criterion "${cid}" has children, so it cannot be per-occurrence or tiered`,
    );
  }
  if (spec.perOccurrence !== undefined && spec.tiers !== undefined) {
    invalid(
      path,
      `Tiêu chí "${cid}": chỉ chọn một trong perOccurrence và tiers`,
      `Criterion "${cid}": give perOccurrence or tiers, not both`,
    );
  }
  const per =
    spec.perOccurrence === undefined
      ? null
      : positive(spec.perOccurrence, [...path, 'perOccurrence'], 'INVALID_INPUT');
  const tiers = spec.tiers === undefined ? null : tiersOf(spec.tiers, [...path, 'tiers'], max);
  const kind: ScoreCriterion['kind'] = isGroup
    ? 'group'
    : per
      ? 'per-occurrence'
      : tiers
        ? 'tiered'
        : 'score';

  const index = b.nodes.length;
  b.byId.set(cid, index);
  b.nodes.push({
    id: cid,
    parent,
    max: sheetNum(max),
    weight: weight && !weight.eq(1) ? sheetNum(weight) : null,
    kind,
    per: per ? sheetNum(per) : null,
    tiers: tiers ? tiers.map : null,
  });
  let childNodes: ScoreCriterion[] | undefined;
  if (isGroup) {
    b.stack.add(spec);
    childNodes = [];
    let sum: Dec | undefined;
    for (let i = 0; i < (children as unknown[]).length; i++) {
      const r = criterion(
        (children as unknown[])[i],
        [...path, 'children', i],
        depth + 1,
        index,
        b,
      );
      childNodes.push(r.node);
      sum = sum ? sum.plus(r.contribution) : r.contribution;
    }
    b.stack.delete(spec);
    if (sum?.gt(max)) {
      throw fail(
        'MAX_EXCEEDS_PARENT',
        [...path, 'children'],
        `Tổng điểm tối đa của các tiêu chí con (${sum}) vượt quá điểm tối đa của "${cid}" (${max})`,
        `Sum of the children's maxima (${sum}) exceeds the maximum of "${cid}" (${max})`,
      );
    }
  } else {
    b.leaves.push(cid);
  }
  const node: ScoreCriterion = Object.freeze({
    id: cid,
    ...m,
    max: max.toString(),
    weight: weight ? weight.toString() : '1',
    kind,
    depth,
    ...(per ? { perOccurrence: per.toString() } : {}),
    ...(tiers ? { tiers: tiers.out } : {}),
    ...(childNodes ? { children: Object.freeze(childNodes) } : {}),
  }) as ScoreCriterion;
  return { node, contribution: weight ? max.times(weight) : max };
}

function section(spec: unknown, path: Path): { out: AdjustmentSection; compiled: CSection } {
  if (spec === undefined) {
    return {
      out: Object.freeze({ items: Object.freeze([]), allowFreeform: true }),
      compiled: { max: null, items: new Map(), freeform: true, exclusive: false },
    };
  }
  if (!isObj(spec)) {
    invalid(
      path,
      `Mục điểm thưởng/điểm trừ phải là một đối tượng, nhận được ${describe(spec)}`,
      `A bonus/deduction section must be an object, got ${describe(spec)}`,
    );
  }
  const max = spec.max === undefined ? undefined : nonNegative(spec.max, [...path, 'max']);
  const freeform = optBool(spec.allowFreeform, [...path, 'allowFreeform'], true);
  const items = new Map<string, CItem>();
  const outItems: AdjustmentItem[] = [];
  let exclusive = false;
  if (spec.items !== undefined) {
    if (!Array.isArray(spec.items)) {
      invalid([...path, 'items'], 'Danh sách mục phải là một mảng', 'Items must be an array');
    }
    spec.items.forEach((it: unknown, i: number) => {
      const p = [...path, 'items', i];
      if (!isObj(it)) {
        invalid(p, 'Mục phải là một đối tượng', 'An item must be an object');
      }
      const iid = id(it.id, [...p, 'id'], 'Item id');
      if (items.has(iid)) {
        throw fail(
          'DUPLICATE_ID',
          [...p, 'id'],
          `Mã mục "${iid}" bị trùng`,
          `Item id "${iid}" is duplicated`,
        );
      }
      const imax = it.max === undefined ? undefined : positive(it.max, [...p, 'max']);
      if (it.points !== undefined && it.tiers !== undefined) {
        invalid(p, 'Chỉ chọn một trong points và tiers', 'Give points or tiers, not both');
      }
      if (it.points === undefined && it.tiers === undefined) {
        invalid(p, 'Mục cần points hoặc tiers', 'An item needs points or tiers');
      }
      const points = it.points === undefined ? undefined : nonNegative(it.points, [...p, 'points']);
      const tiers =
        it.tiers === undefined ? undefined : tiersOf(it.tiers, [...p, 'tiers'], undefined);
      const group =
        it.exclusiveGroup === undefined
          ? undefined
          : id(it.exclusiveGroup, [...p, 'exclusiveGroup'], 'Group');
      if (group) exclusive = true;
      const m = meta(it, p, 'basis');
      items.set(iid, {
        id: iid,
        points: points ? sheetNum(points) : null,
        tiers: tiers ? tiers.map : null,
        max: imax ? sheetNum(imax) : null,
        group: group ?? null,
        order: i,
      });
      outItems.push(
        Object.freeze({
          id: iid,
          ...m,
          ...(points ? { points: points.toString() } : {}),
          ...(tiers ? { tiers: tiers.out } : {}),
          ...(imax ? { max: imax.toString() } : {}),
          ...(group ? { exclusiveGroup: group } : {}),
        }) as AdjustmentItem,
      );
    });
  }
  return {
    out: Object.freeze({
      ...(max ? { max: max.toString() } : {}),
      items: Object.freeze(outItems),
      allowFreeform: freeform,
    }),
    compiled: { max: max ? sheetNum(max) : null, items, freeform, exclusive },
  };
}

/** Relation between the upper end of band `a` and the lower end of band `b` (a.min ≤ b.min). */
function joint(a: CBand, b: CBand): 'overlap' | 'gap' | 'contiguous' {
  if (!a.max) return 'overlap';
  const c = a.max.dec.cmp(b.min.dec);
  if (c > 0) return 'overlap';
  if (c < 0) return 'gap';
  if (a.inMax && b.inMin) return 'overlap';
  if (!a.inMax && !b.inMin) return 'gap';
  return 'contiguous';
}

function bands(
  spec: unknown,
  check: BandCheck,
  path: Path,
): { out: ScoreBand[]; compiled: CBand[] } {
  if (spec === undefined) return { out: [], compiled: [] };
  if (!Array.isArray(spec)) invalid(path, 'Xếp loại phải là một mảng', 'Bands must be an array');
  const out: ScoreBand[] = [];
  const list: CBand[] = [];
  const codes = new Set<string>();
  spec.forEach((s: unknown, i: number) => {
    const p = [...path, i];
    if (!isObj(s)) invalid(p, 'Xếp loại phải là một đối tượng', 'A band must be an object');
    const code = id(s.code, [...p, 'code'], 'Band code');
    if (codes.has(code)) {
      throw fail(
        'DUPLICATE_ID',
        [...p, 'code'],
        `Mã xếp loại "${code}" bị trùng`,
        `Band code "${code}" is duplicated`,
      );
    }
    codes.add(code);
    const m = meta(s, p, undefined, ['title']);
    const min = decimal(s.min, [...p, 'min']);
    const max = s.max === undefined ? undefined : decimal(s.max, [...p, 'max']);
    const inMin = optBool(s.includeMin, [...p, 'includeMin'], true);
    const inMax = optBool(s.includeMax, [...p, 'includeMax'], false);
    if (max && (max.lt(min) || (max.eq(min) && !(inMin && inMax)))) {
      throw fail(
        'INVALID_BANDS',
        p,
        `Xếp loại "${code}" rỗng: cận dưới ${min}, cận trên ${max}`,
        `Band "${code}" is empty: min ${min}, max ${max}`,
      );
    }
    list.push({ code, min: sheetNum(min), max: max ? sheetNum(max) : null, inMin, inMax });
    out.push(
      Object.freeze({
        code,
        ...m,
        min: min.toString(),
        ...(max ? { max: max.toString() } : {}),
        includeMin: inMin,
        includeMax: inMax,
      }),
    );
  });
  if (check !== 'none') {
    const sorted = [...list].sort(
      (a, b) => a.min.dec.cmp(b.min.dec) || (a.inMin === b.inMin ? 0 : a.inMin ? -1 : 1),
    );
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as CBand;
      const b = sorted[i] as CBand;
      const j = joint(a, b);
      if (j === 'overlap') {
        throw fail(
          'BAND_OVERLAP',
          path,
          `Xếp loại "${a.code}" và "${b.code}" chồng lên nhau`,
          `Bands "${a.code}" and "${b.code}" overlap`,
        );
      }
      if (j === 'gap' && check === 'strict') {
        throw fail(
          'BAND_GAP',
          path,
          `Có khoảng trống giữa xếp loại "${a.code}" (đến ${a.max?.dec}) và "${b.code}" (từ ${b.min.dec})`,
          `Gap between bands "${a.code}" (up to ${a.max?.dec}) and "${b.code}" (from ${b.min.dec})`,
        );
      }
    }
  }
  return { out, compiled: list };
}

/**
 * Validate a score sheet ("bảng chấm điểm, thang điểm thi đua") and return it frozen: criteria
 * at any depth, each with a positive maximum and Σ (weight × max) of its children not above its
 * own maximum; unique ids; per-occurrence and tiered leaves; bonus ("điểm thưởng") and
 * deduction ("điểm trừ") sections with per-item and per-sheet caps; bands ("xếp loại") with
 * open or closed bounds, checked for overlaps (and for gaps with `bandCheck: 'strict'`).
 *
 * @example
 * ```ts
 * import { defineScoreSheet } from 'tdkt';
 * const sheet = defineScoreSheet({
 *   id: 'CUM-1',
 *   criteria: [
 *     { id: 'I', max: 60, children: [{ id: 'I.1', max: 30 }, { id: 'I.2', max: 30 }] },
 *     { id: 'II', max: 40 },
 *   ],
 *   bonus: { max: 5 },
 *   bands: [{ code: 'XUAT_SAC', min: 90 }],
 * });
 * sheet.leaves; // ['I.1', 'I.2', 'II']
 * sheet.criteria[0].max; // '60'
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a malformed spec, (`DUPLICATE_ID`) for a repeated id,
 * (`INVALID_MAX`) for a maximum ≤ 0, (`MAX_EXCEEDS_PARENT`) when children's maxima exceed their
 * parent's, (`INVALID_BANDS`, `BAND_OVERLAP`, `BAND_GAP`) for bad bands, (`INVALID_NUMBER`) for
 * non-numeric text, (`EMPTY_SHEET`) for no criteria, (`TREE_TOO_DEEP`) past 100 levels.
 * @category Scoring
 * @since 0.1.0
 */
export function defineScoreSheet(spec: ScoreSheetSpec): ScoreSheet {
  return compileSpec(spec).sheet;
}

function compileSpec(spec: unknown): Compiled {
  if (!isObj(spec)) {
    invalid(
      [],
      `Bảng điểm phải là một đối tượng, nhận được ${describe(spec)}`,
      `A score sheet must be an object, got ${describe(spec)}`,
    );
  }
  const sid = id(spec.id, ['id'], 'Sheet id');
  const m = meta(spec, [], 'source');
  const scale = spec.scale === undefined ? 2 : spec.scale;
  // Number.isInteger is false for anything that is not a number.
  if (!Number.isInteger(scale) || (scale as number) < 0 || (scale as number) > 20) {
    invalid(
      ['scale'],
      `Số chữ số thập phân (scale) phải là số nguyên từ 0 đến 20, nhận được ${describe(scale)}`,
      `Scale must be an integer from 0 to 20, got ${describe(scale)}`,
    );
  }
  const rounding = (spec.rounding === undefined ? 'half-up' : spec.rounding) as Rounding;
  roundingMode(rounding, ['rounding']);
  const bandCheck = spec.bandCheck === undefined ? 'no-overlap' : spec.bandCheck;
  if (bandCheck !== 'no-overlap' && bandCheck !== 'strict' && bandCheck !== 'none') {
    invalid(
      ['bandCheck'],
      `bandCheck không hợp lệ: ${describe(bandCheck)}`,
      `Invalid bandCheck: ${describe(bandCheck)} (allowed: no-overlap, strict, none)`,
    );
  }
  const bandOn = spec.bandOn === undefined ? 'total' : spec.bandOn;
  if (bandOn !== 'total' && bandOn !== 'base') {
    invalid(
      ['bandOn'],
      `bandOn không hợp lệ: ${describe(bandOn)}`,
      `Invalid bandOn: ${describe(bandOn)} (allowed: total, base)`,
    );
  }
  const nominal = spec.max === undefined ? undefined : positive(spec.max, ['max']);
  if (!Array.isArray(spec.criteria) || spec.criteria.length === 0) {
    throw fail(
      'EMPTY_SHEET',
      ['criteria'],
      'Bảng điểm cần ít nhất một tiêu chí',
      'A score sheet needs at least one criterion',
    );
  }
  const b: Builder = { nodes: [], byId: new Map(), leaves: [], stack: new Set() };
  const top: number[] = [];
  const criteria: ScoreCriterion[] = [];
  let sum: Dec | undefined;
  for (let i = 0; i < spec.criteria.length; i++) {
    top.push(b.nodes.length);
    const r = criterion(spec.criteria[i], ['criteria', i], 1, -1, b);
    criteria.push(r.node);
    sum = sum ? sum.plus(r.contribution) : r.contribution;
  }
  if (nominal && sum?.gt(nominal)) {
    throw fail(
      'MAX_EXCEEDS_PARENT',
      ['criteria'],
      `Tổng điểm tối đa của các tiêu chí (${sum}) vượt quá điểm tối đa của bảng (${nominal})`,
      `Sum of the criteria's maxima (${sum}) exceeds the sheet's maximum (${nominal})`,
    );
  }
  const bonus = section(spec.bonus, ['bonus']);
  const deduction = section(spec.deduction, ['deduction']);
  const band = bands(spec.bands, bandCheck, ['bands']);
  const sheet: ScoreSheet = Object.freeze({
    id: sid,
    ...m,
    ...(nominal ? { max: nominal.toString() } : {}),
    criteria: Object.freeze(criteria),
    bonus: bonus.out,
    deduction: deduction.out,
    bands: Object.freeze(band.out),
    bandCheck,
    bandOn,
    scale,
    rounding,
    leaves: Object.freeze(b.leaves),
  }) as ScoreSheet;
  const c: Compiled = {
    sheet,
    nodes: b.nodes,
    byId: b.byId,
    top,
    bonus: bonus.compiled,
    deduction: deduction.compiled,
    bands: band.compiled,
    nominal: nominal ? sheetNum(nominal) : null,
  };
  compiled.set(sheet, c);
  return c;
}

/**
 * The compiled form of a sheet from {@link defineScoreSheet}; any other object is validated as
 * a spec first (so a serialised sheet works too).
 * @internal
 */
export function compile(sheet: unknown): Compiled {
  if (typeof sheet === 'object' && sheet !== null) {
    const c = compiled.get(sheet);
    if (c) return c;
  }
  return compileSpec(sheet);
}
