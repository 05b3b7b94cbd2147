import { D } from '../core/decimal.js';
import { describe, fail, isRecordObject, type Message } from '../core/errors.js';
import type { Citation, Confidence } from '../law/citation.js';
import type { Parameter } from '../law/parameters.js';
import {
  PLAN_CLUSTER_CROSSCHECK_PCT,
  PLAN_INSPECTION_MIN_PCT,
  PLAN_MIN_ADVANCED_MODELS,
} from '../law/params/inspection.js';
import { readCitations, readOptionalConfidence } from '../law/read-citation.js';
import { checkCount, parseRatio, quotaLimit } from '../quotas/quota-limit.js';
import { checkOptions, fields, latestValue, type Path } from './validate.js';

/**
 * What a plan target counts. The three built-in metrics are those of the Lạng Sơn 2013 plan;
 * any other string names a metric of the caller's own.
 * @category Inspection
 * @since 0.1.0
 */
export type PlanTargetMetric =
  | 'inspected-units'
  | 'cross-checked-units'
  | 'advanced-models'
  | (string & {});

/**
 * A numeric target of an annual TĐKT plan: at least a count (`2`) or at least a share of a base
 * (`'30%'`, rounded up by default).
 * @category Inspection
 * @since 0.1.0
 */
export interface PlanTarget {
  /** Stable id; defaults to the metric. */
  readonly id?: string;
  /** What is counted. */
  readonly metric: PlanTargetMetric;
  /** A count (`2`, `'02'`) or a share of the metric's base (`'30%'`, `'100%'`). */
  readonly atLeast: number | string;
  /** Rounding of a share into a count of units; default `'ceil'` ("ít nhất", at least). */
  readonly rounding?: 'ceil' | 'floor' | 'half-up';
  /** Name of the target in both languages (the built-in metrics have one). */
  readonly label?: Message;
  /** Where the target comes from. */
  readonly basis?: readonly Citation[];
  /** How sure the library is of the target (`'plan-text'` for a provincial plan). */
  readonly confidence?: Confidence;
}

/**
 * What a plan is measured against: its targets and the bases of its share targets.
 * @category Inspection
 * @since 0.1.0
 */
export interface PlanTargetsInput {
  /** The targets; default {@link DEFAULT_PLAN_TARGETS}. */
  readonly targets?: readonly PlanTarget[];
  /** Units the level or sector manages: the base of `'inspected-units'`. */
  readonly managedUnits?: number;
  /** Units of the cluster: the base of `'cross-checked-units'`. */
  readonly clusterUnits?: number;
  /** Base of any metric, by metric name (overrides `managedUnits` / `clusterUnits`). */
  readonly bases?: Readonly<Record<string, number>>;
}

/**
 * What was achieved, by metric: `{ 'inspected-units': 14 }` or in camelCase
 * `{ inspectedUnits: 14, crossCheckedUnits: 9, advancedModels: 1 }`.
 * @category Inspection
 * @since 0.1.0
 */
export type PlanActuals = Readonly<Record<string, number | undefined>>;

/**
 * The check of one target.
 * @category Inspection
 * @since 0.1.0
 */
export interface PlanTargetResult {
  /** The target's id. */
  readonly id: string;
  /** The metric. */
  readonly metric: string;
  /** The target as given (`'30%'`, `2`). */
  readonly atLeast: number | string;
  /** `met`, `unmet`, or `unknown` when the actual (or the base of a share) is missing. */
  readonly outcome: 'met' | 'unmet' | 'unknown';
  /** The count required (a share applied to its base), or `null` when the base is missing. */
  readonly required: number | null;
  /** The count achieved, or `null` when missing. */
  readonly actual: number | null;
  /** How many are missing (0 when met), or `null` when unknown. */
  readonly shortfall: number | null;
  /** The base of a share target, or `null` (count targets, or missing). */
  readonly base: number | null;
  /** Where the target comes from. */
  readonly basis: readonly Citation[];
  /** How sure the library is of the target, when known. */
  readonly confidence?: Confidence;
  /** The finding in Vietnamese and English. */
  readonly message: Message;
}

/**
 * The check of a plan's targets.
 * @category Inspection
 * @since 0.1.0
 */
export interface PlanTargetsReport {
  /** `unmet` if any target is unmet, else `unknown` if any is unknown, else `met`. */
  readonly outcome: 'met' | 'unmet' | 'unknown';
  /** One result per target, in the order of the targets. */
  readonly results: PlanTargetResult[];
}

const LABELS: Readonly<Record<string, Message>> = {
  'inspected-units': {
    vi: 'Số đơn vị được kiểm tra, giám sát về thi đua, khen thưởng',
    en: 'Units given a TĐKT inspection',
  },
  'cross-checked-units': {
    vi: 'Số đơn vị trong cụm được kiểm tra chéo kết quả chấm điểm thi đua cuối năm',
    en: 'Cluster units whose year-end scores were cross-checked',
  },
  'advanced-models': {
    vi: 'Số điển hình tiên tiến được xây dựng, bồi dưỡng',
    en: 'Advanced models ("điển hình tiên tiến") built and fostered',
  },
};

function percentOf(param: Parameter<string>): string {
  return `${new D(latestValue(param)).times(100).toFixed()}%`;
}

function defaultTarget(
  id: string,
  metric: string,
  param: Parameter<string> | Parameter<number>,
  atLeast: string | number,
): PlanTarget {
  const value = param.values[param.values.length - 1];
  return Object.freeze({
    id,
    metric,
    atLeast,
    ...(typeof atLeast === 'string' ? { rounding: 'ceil' as const } : {}),
    label: LABELS[metric] as Message,
    basis: value?.basis ?? [],
    confidence: value?.confidence ?? 'plan-text',
  });
}

/**
 * The targets of the Lạng Sơn 2013 plan (KH 12/KH-UBND, 24/01/2013), used when a plan names
 * none: each level or sector inspects at least 30% of the units it manages (§II.2, rounded up);
 * each cluster cross-checks 100% of its units' year-end scores (§II.2); each level, sector and
 * unit builds at least 02 advanced models (§II.5). They are provincial plan targets
 * (`confidence: 'plan-text'`), not national law: no national numeric quota was found. The
 * values come from the parameters `PLAN_INSPECTION_MIN_PCT`, `PLAN_CLUSTER_CROSSCHECK_PCT`
 * and `PLAN_MIN_ADVANCED_MODELS`.
 *
 * @example
 * ```ts
 * import { DEFAULT_PLAN_TARGETS } from 'tdkt';
 * DEFAULT_PLAN_TARGETS.map((t) => [t.metric, t.atLeast]);
 * // [['inspected-units', '30%'], ['cross-checked-units', '100%'], ['advanced-models', 2]]
 * DEFAULT_PLAN_TARGETS[0].basis?.[0].instrument; // '12/KH-UBND'
 * ```
 * @category Inspection
 * @since 0.1.0
 */
export const DEFAULT_PLAN_TARGETS: readonly PlanTarget[] = /* @__PURE__ */ Object.freeze([
  defaultTarget(
    'INSPECT_MANAGED_UNITS',
    'inspected-units',
    PLAN_INSPECTION_MIN_PCT,
    percentOf(PLAN_INSPECTION_MIN_PCT),
  ),
  defaultTarget(
    'CLUSTER_CROSS_CHECK',
    'cross-checked-units',
    PLAN_CLUSTER_CROSSCHECK_PCT,
    percentOf(PLAN_CLUSTER_CROSSCHECK_PCT),
  ),
  defaultTarget(
    'ADVANCED_MODELS',
    'advanced-models',
    PLAN_MIN_ADVANCED_MODELS,
    latestValue(PLAN_MIN_ADVANCED_MODELS),
  ),
]);

function camel(metric: string): string {
  return metric.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A non-negative integer given in an optional field. */
function optionalCount(value: unknown, path: Path): number | undefined {
  return value === undefined ? undefined : checkCount(value, path);
}

/**
 * Which targets of an annual TĐKT plan are met, with the numbers: the count required (a share
 * is applied to its base in exact arithmetic and rounded up unless the target says otherwise),
 * the count achieved and the shortfall. A missing actual, or a missing base for a share target,
 * gives `unknown`, never a silent "unmet". Without targets, the plan is measured against
 * {@link DEFAULT_PLAN_TARGETS} (Lạng Sơn 2013: 30% / 100% / 02).
 *
 * @example
 * ```ts
 * import { checkPlanTargets } from 'tdkt';
 * const report = checkPlanTargets(
 *   { managedUnits: 47, clusterUnits: 9 },
 *   { inspectedUnits: 14, crossCheckedUnits: 9, advancedModels: 2 },
 * );
 * report.outcome;                     // 'unmet'
 * report.results[0].required;         // 15  (30% of 47 = 14.1, rounded up)
 * report.results[0].shortfall;        // 1
 * report.results[1].outcome;          // 'met'
 * checkPlanTargets({ targets: [{ metric: 'advanced-models', atLeast: 3 }] }, { advancedModels: 2 })
 *   .results[0].message.vi;
 * // 'Chưa đạt: Số điển hình tiên tiến được xây dựng, bồi dưỡng — yêu cầu ít nhất 3, thực hiện 2, còn thiếu 1'
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a malformed plan, target or actual,
 * (`INVALID_TARGET`) for a target that is neither a whole count nor a percentage,
 * (`DUPLICATE_TARGET`) for two targets with one id, (`INVALID_RATIO` / `INVALID_NUMBER`) for a
 * percentage outside 0–100%, (`INVALID_ROUNDING`) for an unknown rounding, (`ACTUAL_ABOVE_BASE`)
 * when more units are reported than the base holds.
 * @category Inspection
 * @since 0.1.0
 */
export function checkPlanTargets(plan: PlanTargetsInput, actuals: PlanActuals): PlanTargetsReport {
  const opts = checkOptions<'targets' | 'managedUnits' | 'clusterUnits' | 'bases'>(
    plan,
    ['plan'],
    true,
  );
  const got = checkOptions(actuals, ['actuals'], true) as Readonly<Record<string, unknown>>;
  const managed = optionalCount(opts.managedUnits, ['plan', 'managedUnits']);
  const cluster = optionalCount(opts.clusterUnits, ['plan', 'clusterUnits']);
  const bases = new Map<string, number>();
  if (managed !== undefined) bases.set('inspected-units', managed);
  if (cluster !== undefined) bases.set('cross-checked-units', cluster);
  if (opts.bases !== undefined) {
    if (!isRecordObject(opts.bases)) {
      throw fail(
        'INVALID_INPUT',
        ['plan', 'bases'],
        `bases phải là đối tượng { chỉ tiêu: số đơn vị }, nhận được ${describe(opts.bases)}`,
        `bases must be an object { metric: count }, got ${describe(opts.bases)}`,
      );
    }
    for (const key of Object.keys(opts.bases)) {
      bases.set(key, checkCount(opts.bases[key], ['plan', 'bases', key]));
    }
  }
  let targets: readonly unknown[];
  if (opts.targets === undefined) {
    targets = DEFAULT_PLAN_TARGETS;
  } else if (Array.isArray(opts.targets)) {
    targets = opts.targets;
  } else {
    throw fail(
      'INVALID_INPUT',
      ['plan', 'targets'],
      `targets phải là một mảng, nhận được ${describe(opts.targets)}`,
      `targets must be an array, got ${describe(opts.targets)}`,
    );
  }

  const actualOf = (metric: string): number | undefined => {
    const keys = [metric, camel(metric)].filter((k, i, all) => all.indexOf(k) === i);
    let found: number | undefined;
    let foundKey = '';
    for (const key of keys) {
      if (!Object.hasOwn(got, key) || got[key] === undefined) continue;
      const v = checkCount(got[key], ['actuals', key]);
      if (found !== undefined && v !== found) {
        throw fail(
          'INVALID_INPUT',
          ['actuals', key],
          `Hai giá trị khác nhau cho cùng chỉ tiêu: ${foundKey} = ${found}, ${key} = ${v}`,
          `Two different values for one metric: ${foundKey} = ${found}, ${key} = ${v}`,
        );
      }
      found = v;
      foundKey = key;
    }
    return found;
  };

  const seen = new Map<string, number>();
  const results = targets.map((raw, i) => {
    const path = ['plan', 'targets', i];
    if (!isRecordObject(raw)) {
      throw fail(
        'INVALID_INPUT',
        path,
        `Mỗi chỉ tiêu phải là { metric, atLeast }, nhận được ${describe(raw)}`,
        `Each target must be { metric, atLeast }, got ${describe(raw)}`,
      );
    }
    const t = fields<keyof PlanTarget>(raw);
    if (typeof t.metric !== 'string' || t.metric.trim() === '') {
      throw fail(
        'INVALID_INPUT',
        [...path, 'metric'],
        `metric phải là chuỗi khác rỗng, nhận được ${describe(t.metric)}`,
        `metric must be a non-empty string, got ${describe(t.metric)}`,
      );
    }
    const metric = t.metric;
    if (t.id !== undefined && (typeof t.id !== 'string' || t.id === '')) {
      throw fail(
        'INVALID_INPUT',
        [...path, 'id'],
        `id phải là chuỗi khác rỗng, nhận được ${describe(t.id)}`,
        `id must be a non-empty string, got ${describe(t.id)}`,
      );
    }
    const id = (t.id as string | undefined) ?? metric;
    const dup = seen.get(id);
    if (dup !== undefined) {
      throw fail(
        'DUPLICATE_TARGET',
        [...path, 'id'],
        `Chỉ tiêu ${describe(id)} bị trùng (đã có ở vị trí ${dup})`,
        `Target ${describe(id)} is listed twice (first at index ${dup})`,
      );
    }
    seen.set(id, i);
    const label = readLabel(t.label, [...path, 'label']) ??
      LABELS[metric] ?? { vi: metric, en: metric };
    const basis = readBasis(t.basis, [...path, 'basis']);
    const confidence = readOptionalConfidence(
      t.confidence,
      [...path, 'confidence'],
      'INVALID_INPUT',
    );
    const atLeast = t.atLeast;
    const rounding = t.rounding === undefined ? 'ceil' : t.rounding;
    if (rounding !== 'ceil' && rounding !== 'floor' && rounding !== 'half-up') {
      throw fail(
        'INVALID_ROUNDING',
        [...path, 'rounding'],
        `Cách làm tròn phải là ceil, floor hoặc half-up, nhận được ${describe(rounding)}`,
        `rounding must be ceil, floor or half-up, got ${describe(rounding)}`,
      );
    }
    const isShare = typeof atLeast === 'string' && /%\s*$/.test(atLeast);
    let count: number | undefined;
    if (!isShare) {
      if (typeof atLeast === 'number' && Number.isSafeInteger(atLeast) && atLeast >= 0) {
        count = atLeast;
      } else if (typeof atLeast === 'string' && /^\s*\d{1,9}\s*$/.test(atLeast)) {
        count = Number(atLeast.trim());
      } else {
        throw fail(
          'INVALID_TARGET',
          [...path, 'atLeast'],
          `atLeast phải là số nguyên không âm (số lượng) hoặc tỷ lệ phần trăm như '30%', nhận được ${describe(atLeast)}`,
          `atLeast must be a non-negative whole count or a percentage such as '30%', got ${describe(atLeast)}`,
        );
      }
    } else {
      parseRatio(atLeast, [...path, 'atLeast']);
    }
    const shown = atLeast as number | string;
    // In messages the target reads as written, without the spaces a spreadsheet may leave.
    const said = typeof shown === 'string' ? shown.trim() : shown;
    const base = isShare ? bases.get(metric) : undefined;
    const actual = actualOf(metric);
    const required = isShare
      ? base === undefined
        ? undefined
        : quotaLimit(base, (atLeast as string).trim(), rounding)
      : count;
    if (isShare && base !== undefined && actual !== undefined && actual > base) {
      throw fail(
        'ACTUAL_ABOVE_BASE',
        ['actuals', metric],
        `${label.vi}: thực hiện ${actual} nhiều hơn tổng số ${base}`,
        `${label.en}: ${actual} reported, more than the base of ${base}`,
      );
    }
    const of =
      isShare && base !== undefined
        ? { vi: ` (${said} của ${base})`, en: ` (${said} of ${base})` }
        : { vi: '', en: '' };
    let outcome: PlanTargetResult['outcome'];
    let message: Message;
    let shortfall: number | null = null;
    if (required === undefined || actual === undefined) {
      outcome = 'unknown';
      const missingVi =
        actual === undefined ? 'số liệu thực hiện' : 'tổng số đơn vị làm căn cứ tính tỷ lệ';
      const missingEn =
        actual === undefined ? 'the actual figure' : 'the base the share applies to';
      message = {
        vi: `Chưa xác định: ${label.vi} — thiếu ${missingVi} (yêu cầu ít nhất ${said})`,
        en: `Unknown: ${label.en}: missing ${missingEn} (target at least ${said})`,
      };
    } else if (actual >= required) {
      outcome = 'met';
      shortfall = 0;
      message = {
        vi: `Đạt: ${label.vi} — yêu cầu ít nhất ${required}${of.vi}, thực hiện ${actual}`,
        en: `Met: ${label.en}: at least ${required} required${of.en}, ${actual} achieved`,
      };
    } else {
      outcome = 'unmet';
      shortfall = required - actual;
      message = {
        vi: `Chưa đạt: ${label.vi} — yêu cầu ít nhất ${required}${of.vi}, thực hiện ${actual}, còn thiếu ${shortfall}`,
        en: `Not met: ${label.en}: at least ${required} required${of.en}, ${actual} achieved, ${shortfall} short`,
      };
    }
    const result: PlanTargetResult = {
      id,
      metric,
      atLeast: shown,
      outcome,
      required: required ?? null,
      actual: actual ?? null,
      shortfall,
      base: base ?? null,
      basis,
      ...(confidence !== undefined ? { confidence } : {}),
      message,
    };
    return result;
  });
  const outcome = results.some((r) => r.outcome === 'unmet')
    ? 'unmet'
    : results.some((r) => r.outcome === 'unknown')
      ? 'unknown'
      : 'met';
  return { outcome, results };
}

function readLabel(value: unknown, path: Path): Message | undefined {
  if (value === undefined) return undefined;
  if (isRecordObject(value)) {
    const m = fields<'vi' | 'en'>(value);
    if (typeof m.vi === 'string' && typeof m.en === 'string') return { vi: m.vi, en: m.en };
  }
  throw fail(
    'INVALID_INPUT',
    path,
    `label phải là { vi, en }, nhận được ${describe(value)}`,
    `label must be { vi, en }, got ${describe(value)}`,
  );
}

function readBasis(value: unknown, path: Path): readonly Citation[] {
  return value === undefined ? [] : readCitations(value, path, 'INVALID_INPUT');
}
