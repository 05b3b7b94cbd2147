import { type Dec, parseDecimal } from '../core/decimal.js';
import { describe, fail, type Message } from '../core/errors.js';
import { isObj } from './guards.js';
import type { Stage, UnitScore } from './types.js';

/**
 * The scoring stages in order, earliest first: self-assessment, cross-check, cluster meeting,
 * council, final.
 *
 * @example
 * ```ts
 * import { STAGES } from 'tdkt';
 * STAGES; // ['self', 'cross-check', 'cluster', 'council', 'final']
 * ```
 * @category Scoring
 * @since 0.1.0
 */
export const STAGES: readonly Stage[] = Object.freeze([
  'self',
  'cross-check',
  'cluster',
  'council',
  'final',
] as const);

/**
 * Options of {@link reconcile}.
 * @category Scoring
 */
export interface ReconcileOptions {
  /** The stage that prevails; default: the latest available stage. */
  readonly prevail?: Stage;
}

/**
 * A criterion (or the bonus, the deduction or the total) on which stages differ.
 * @category Scoring
 */
export interface StageDifference {
  /** Criterion id, or `'bonus'`, `'deduction'`, `'total'`. */
  readonly criterion: string;
  /** What is compared. */
  readonly kind: 'criterion' | 'bonus' | 'deduction' | 'total';
  /** The value at each available stage (`null`: not scored at that stage). */
  readonly values: Readonly<Partial<Record<Stage, string | null>>>;
  /** The value at the prevailing stage. */
  readonly prevailing: string | null;
}

/**
 * The stages of one unit side by side, which one prevails, and every difference.
 * @category Scoring
 */
export interface Reconciliation {
  /** Unit id. */
  readonly unit: string;
  /** The prevailing stage. */
  readonly prevailing: Stage;
  /** `'latest'` (default rule) or `'declared'` (`options.prevail`). */
  readonly rule: 'latest' | 'declared';
  /** Available stages, earliest first. */
  readonly stages: readonly Stage[];
  /** The prevailing score. */
  readonly score: UnitScore;
  /** Every stage's score. */
  readonly byStage: Readonly<Partial<Record<Stage, UnitScore>>>;
  /** Every criterion where the stages differ, in sheet order, then bonus, deduction, total. */
  readonly differences: readonly StageDifference[];
  /** True when all stages agree everywhere. */
  readonly agreed: boolean;
  /** One-sentence summary, in both languages. */
  readonly explanation: Message;
}

const STAGE_VI: Record<Stage, string> = {
  self: 'tự chấm',
  'cross-check': 'kiểm tra chéo',
  cluster: 'cụm, khối bình xét',
  council: 'Hội đồng',
  final: 'chính thức',
};

function value(v: unknown, path: readonly (string | number)[]): Dec | null {
  if (v === undefined) return null;
  return parseDecimal(v, path);
}

function same(a: Dec | null, b: Dec | null): boolean {
  return a === null || b === null ? a === b : a.eq(b);
}

/**
 * Put a unit's scores at several stages side by side ("tự chấm", "kiểm tra chéo", "Hội đồng",
 * "chính thức"), say which stage prevails (default: the latest available; or the declared
 * `prevail`), and list every criterion where the stages differ. Nothing is averaged or
 * weighted.
 *
 * @example
 * ```ts
 * import { defineScoreSheet, scoreUnit, reconcile } from 'tdkt';
 * const sheet = defineScoreSheet({ id: 'demo', criteria: [{ id: 'A', max: 10 }, { id: 'B', max: 10 }] });
 * const self = scoreUnit(sheet, { unit: 'U1', stage: 'self', scores: { A: 9, B: 8 } });
 * const cross = scoreUnit(sheet, { unit: 'U1', stage: 'cross-check', scores: { A: 8.5, B: 8 } });
 * const r = reconcile([self, cross]);
 * r.prevailing; // 'cross-check'
 * r.score.total; // '16.50'
 * r.differences.map((d) => d.criterion); // ['A', 'total']
 * ```
 * @throws TdktError (`INVALID_INPUT`) for malformed scores, (`INVALID_STAGE`) for a missing or
 * unknown stage, (`DUPLICATE_STAGE`) for a stage given twice, (`UNIT_MISMATCH`,
 * `SHEET_MISMATCH`) for scores of different units or sheets, (`STAGE_MISSING`) when the
 * declared prevailing stage is absent.
 * @category Scoring
 * @since 0.1.0
 */
export function reconcile(
  scores: readonly UnitScore[],
  options: ReconcileOptions = {},
): Reconciliation {
  const opts: unknown = options === undefined ? {} : options;
  if (!isObj(opts)) {
    throw fail(
      'INVALID_INPUT',
      ['options'],
      `Tùy chọn phải là một đối tượng, nhận được ${describe(options)}`,
      `Options must be an object, got ${describe(options)}`,
    );
  }
  if (!Array.isArray(scores) || scores.length === 0) {
    throw fail(
      'INVALID_INPUT',
      ['scores'],
      'Cần ít nhất một kết quả chấm điểm',
      'At least one unit score is required',
    );
  }
  const byStage = new Map<Stage, UnitScore>();
  let unit: string | undefined;
  let sheet: unknown;
  // Array.from: a hole in a sparse array is visited (as undefined) instead of skipped.
  Array.from(scores).forEach((s: unknown, i) => {
    const p = ['scores', i];
    if (!isObj(s) || typeof s.unit !== 'string' || !isObj(s.criteria)) {
      throw fail(
        'INVALID_INPUT',
        p,
        'Mỗi phần tử phải là kết quả của scoreUnit (unit, criteria, total …)',
        'Each element must be a scoreUnit result (unit, criteria, total …)',
      );
    }
    if (!STAGES.includes(s.stage as Stage)) {
      throw fail(
        'INVALID_STAGE',
        [...p, 'stage'],
        `Giai đoạn không hợp lệ hoặc thiếu: ${describe(s.stage)}`,
        `Missing or invalid stage: ${describe(s.stage)} (allowed: ${STAGES.join(', ')})`,
      );
    }
    const stage = s.stage as Stage;
    if (unit === undefined) {
      unit = s.unit;
      sheet = s.sheet;
    } else if (s.unit !== unit) {
      throw fail(
        'UNIT_MISMATCH',
        [...p, 'unit'],
        `Các giai đoạn phải của cùng một đơn vị ("${unit}" và "${s.unit}")`,
        `All stages must be of one unit ("${unit}" and "${s.unit}")`,
      );
    } else if (s.sheet !== sheet) {
      throw fail(
        'SHEET_MISMATCH',
        [...p, 'sheet'],
        'Các giai đoạn phải dùng cùng một bảng điểm',
        'All stages must use the same score sheet',
      );
    }
    if (byStage.has(stage)) {
      throw fail(
        'DUPLICATE_STAGE',
        [...p, 'stage'],
        `Giai đoạn "${stage}" xuất hiện hai lần`,
        `Stage "${stage}" appears twice`,
      );
    }
    byStage.set(stage, s as unknown as UnitScore);
  });
  const stages = STAGES.filter((s) => byStage.has(s));
  let prevailing = stages[stages.length - 1] as Stage;
  let rule: Reconciliation['rule'] = 'latest';
  if (opts.prevail !== undefined) {
    if (!STAGES.includes(opts.prevail as Stage)) {
      throw fail(
        'INVALID_STAGE',
        ['options', 'prevail'],
        `Giai đoạn không hợp lệ: ${describe(opts.prevail)}`,
        `Invalid stage: ${describe(opts.prevail)}`,
      );
    }
    if (!byStage.has(opts.prevail as Stage)) {
      throw fail(
        'STAGE_MISSING',
        ['options', 'prevail'],
        `Không có kết quả ở giai đoạn "${opts.prevail}"`,
        `No score at stage "${opts.prevail}"`,
      );
    }
    prevailing = opts.prevail as Stage;
    rule = 'declared';
  }
  const index = new Map<Stage, number>();
  scores.forEach((s, i) => {
    index.set(s.stage as Stage, i);
  });
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const st of stages) {
    for (const k of Object.keys((byStage.get(st) as UnitScore).criteria)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const differences: StageDifference[] = [];
  const compare = (key: string, kind: StageDifference['kind'], get: (s: UnitScore) => unknown) => {
    const values: Partial<Record<Stage, string | null>> = {};
    const decs: (Dec | null)[] = [];
    for (const st of stages) {
      const s = byStage.get(st) as UnitScore;
      const raw = get(s);
      const d = value(raw, [
        'scores',
        index.get(st) as number,
        kind === 'criterion' ? 'criteria' : kind,
        ...(kind === 'criterion' ? [key] : []),
      ]);
      decs.push(d);
      values[st] = d === null ? null : typeof raw === 'string' ? raw : d.toString();
    }
    if (decs.every((d) => same(d, decs[0] as Dec | null))) return;
    differences.push({ criterion: key, kind, values, prevailing: values[prevailing] ?? null });
  };
  for (const k of keys) {
    compare(k, 'criterion', (s) => (Object.hasOwn(s.criteria, k) ? s.criteria[k] : undefined));
  }
  compare('bonus', 'bonus', (s) => s.bonus);
  compare('deduction', 'deduction', (s) => s.deduction);
  compare('total', 'total', (s) => s.total);
  const score = byStage.get(prevailing) as UnitScore;
  const crit = differences.filter((d) => d.kind === 'criterion').length;
  const explanation: Message = {
    vi: `Đơn vị "${unit}": ${stages.length} giai đoạn (${stages.map((s) => STAGE_VI[s]).join(', ')}); giai đoạn "${STAGE_VI[prevailing]}" ${rule === 'latest' ? 'là giai đoạn sau cùng nên' : 'được chỉ định'} có hiệu lực; ${crit} tiêu chí khác nhau; tổng điểm ${score.total}`,
    en: `Unit "${unit}": ${stages.length} stage(s) (${stages.join(', ')}); "${prevailing}" prevails (${rule === 'latest' ? 'the latest stage' : 'declared'}); ${crit} criteria differ; total ${score.total}`,
  };
  return {
    unit: unit as string,
    prevailing,
    rule,
    stages,
    score,
    byStage: Object.fromEntries(byStage) as Partial<Record<Stage, UnitScore>>,
    differences,
    agreed: differences.length === 0,
    explanation,
  };
}
