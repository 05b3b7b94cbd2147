import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { checkPlanTargets, DEFAULT_PLAN_TARGETS, type PlanTarget } from './targets.js';

/** Property-test inputs, capped by FC_NUM_RUNS under mutation testing (docs/quality.md). */
const runs = (n: number): number => Math.min(n, Number(process.env['FC_NUM_RUNS'] ?? n));

function errorOf(call: () => unknown): TdktError {
  try {
    call();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<string | symbol, unknown>)[key]);
    }
  }
  return value;
}

describe('DEFAULT_PLAN_TARGETS: 30% / 100% / 02 (Lạng Sơn 2013, KH 12/KH-UBND)', () => {
  it('are the three plan targets with their citations, plan-text', () => {
    expect(DEFAULT_PLAN_TARGETS.map((t) => [t.id, t.metric, t.atLeast])).toEqual([
      ['INSPECT_MANAGED_UNITS', 'inspected-units', '30%'],
      ['CLUSTER_CROSS_CHECK', 'cross-checked-units', '100%'],
      ['ADVANCED_MODELS', 'advanced-models', 2],
    ]);
    for (const t of DEFAULT_PLAN_TARGETS) {
      expect(t.confidence).toBe('plan-text');
      expect(t.basis?.[0]?.instrument).toBe('12/KH-UBND');
      expect(t.basis?.[0]?.note).toContain('24/01/2013');
      expect(t.label?.vi.length).toBeGreaterThan(0);
    }
    expect(DEFAULT_PLAN_TARGETS[0]?.basis?.[0]?.note).toContain('II.2');
    expect(DEFAULT_PLAN_TARGETS[1]?.basis?.[0]?.note).toContain('II.2');
    expect(DEFAULT_PLAN_TARGETS[2]?.basis?.[0]?.note).toContain('II.5');
    expect(DEFAULT_PLAN_TARGETS[0]?.rounding).toBe('ceil');
    expect(Object.isFrozen(DEFAULT_PLAN_TARGETS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_PLAN_TARGETS[0])).toBe(true);
  });
});

describe('checkPlanTargets', () => {
  it('47 managed units, a 9-unit cluster: 14 inspected is one short of 15', () => {
    const report = checkPlanTargets(
      { managedUnits: 47, clusterUnits: 9 },
      { inspectedUnits: 14, crossCheckedUnits: 9, advancedModels: 2 },
    );
    expect(report.outcome).toBe('unmet');
    const [inspect, cross, models] = report.results;
    expect(inspect).toMatchObject({
      id: 'INSPECT_MANAGED_UNITS',
      outcome: 'unmet',
      required: 15,
      actual: 14,
      shortfall: 1,
      base: 47,
      confidence: 'plan-text',
    });
    expect(inspect?.message.vi).toBe(
      'Chưa đạt: Số đơn vị được kiểm tra, giám sát về thi đua, khen thưởng — yêu cầu ít nhất 15 (30% của 47), thực hiện 14, còn thiếu 1',
    );
    expect(inspect?.message.en).toBe(
      'Not met: Units given a TĐKT inspection: at least 15 required (30% of 47), 14 achieved, 1 short',
    );
    expect(cross).toMatchObject({ outcome: 'met', required: 9, actual: 9, shortfall: 0, base: 9 });
    expect(models).toMatchObject({
      outcome: 'met',
      required: 2,
      actual: 2,
      shortfall: 0,
      base: null,
    });
    expect(models?.message.vi).toBe(
      'Đạt: Số điển hình tiên tiến được xây dựng, bồi dưỡng — yêu cầu ít nhất 2, thực hiện 2',
    );
  });

  it.each([
    [10, 3, 'met'],
    [10, 2, 'unmet'],
    [20, 6, 'met'],
    [20, 5, 'unmet'],
    [11, 3, 'unmet'], // 3.3 → 4
    [11, 4, 'met'],
    [1, 1, 'met'],
    [0, 0, 'met'],
  ] as const)('30%% of %i managed units, %i inspected → %s', (managed, inspected, outcome) => {
    const r = checkPlanTargets(
      { managedUnits: managed, targets: [DEFAULT_PLAN_TARGETS[0] as PlanTarget] },
      { 'inspected-units': inspected },
    );
    expect(r.results[0]?.outcome).toBe(outcome);
    expect(r.outcome).toBe(outcome);
  });

  it('cross-checks must cover 100% of the cluster: 8 of 9 is one short', () => {
    const r = checkPlanTargets({ clusterUnits: 9 }, { crossCheckedUnits: 8, inspectedUnits: 0 });
    expect(r.results[1]).toMatchObject({ outcome: 'unmet', required: 9, shortfall: 1 });
  });

  it('a missing actual or base is unknown, never a silent unmet', () => {
    const r = checkPlanTargets({ managedUnits: 47 }, { inspectedUnits: 15 });
    expect(r.results.map((x) => x.outcome)).toEqual(['met', 'unknown', 'unknown']);
    expect(r.outcome).toBe('unknown');
    expect(r.results[1]?.required).toBeNull();
    expect(r.results[1]?.message.vi).toContain('thiếu số liệu thực hiện');
    const noBase = checkPlanTargets({}, { inspectedUnits: 15 });
    expect(noBase.results[0]?.outcome).toBe('unknown');
    expect(noBase.results[0]?.message.en).toContain('missing the base the share applies to');
    expect(noBase.results[0]?.shortfall).toBeNull();
  });

  it('every target is configurable: other shares, counts, roundings, custom metrics and bases', () => {
    const r = checkPlanTargets(
      {
        managedUnits: 47,
        bases: { 'trained-officers': 12 },
        targets: [
          { metric: 'inspected-units', atLeast: '20%' }, // 9.4 → 10
          { id: 'FLOOR', metric: 'inspected-units', atLeast: '20%', rounding: 'floor' }, // 9
          { metric: 'advanced-models', atLeast: '03' },
          {
            metric: 'trained-officers',
            atLeast: '50%',
            label: { vi: 'Cán bộ được tập huấn', en: 'Officers trained' },
            basis: [{ instrument: '175/KH-UBND' }],
            confidence: 'plan-text',
          },
        ],
      },
      { inspectedUnits: 9, advancedModels: 3, trainedOfficers: 5 },
    );
    expect(r.results.map((x) => [x.id, x.required, x.outcome])).toEqual([
      ['inspected-units', 10, 'unmet'],
      ['FLOOR', 9, 'met'],
      ['advanced-models', 3, 'met'],
      ['trained-officers', 6, 'unmet'],
    ]);
    expect(r.results[3]?.message.vi).toBe(
      'Chưa đạt: Cán bộ được tập huấn — yêu cầu ít nhất 6 (50% của 12), thực hiện 5, còn thiếu 1',
    );
    expect(r.results[3]?.basis).toEqual([{ instrument: '175/KH-UBND' }]);
  });

  it.each([
    ['plan not an object', () => checkPlanTargets(null as never, {}), 'INVALID_INPUT', ['plan']],
    ['actuals not an object', () => checkPlanTargets({}, 5 as never), 'INVALID_INPUT', ['actuals']],
    [
      'a negative actual',
      () => checkPlanTargets({}, { advancedModels: -1 }),
      'INVALID_INPUT',
      ['actuals', 'advancedModels'],
    ],
    [
      'a fractional base',
      () => checkPlanTargets({ managedUnits: 4.5 }, {}),
      'INVALID_INPUT',
      ['plan', 'managedUnits'],
    ],
    [
      'a count target given as a ratio',
      () => checkPlanTargets({ targets: [{ metric: 'inspected-units', atLeast: 0.3 }] }, {}),
      'INVALID_TARGET',
      ['plan', 'targets', 0, 'atLeast'],
    ],
    [
      'a share above 100%',
      () => checkPlanTargets({ targets: [{ metric: 'inspected-units', atLeast: '130%' }] }, {}),
      'INVALID_RATIO',
      ['plan', 'targets', 0, 'atLeast'],
    ],
    [
      'two targets with one id',
      () =>
        checkPlanTargets(
          {
            targets: [
              { metric: 'advanced-models', atLeast: 2 },
              { metric: 'advanced-models', atLeast: 3 },
            ],
          },
          {},
        ),
      'DUPLICATE_TARGET',
      ['plan', 'targets', 1, 'id'],
    ],
    [
      'an unknown rounding',
      () =>
        checkPlanTargets(
          { targets: [{ metric: 'x', atLeast: '5%', rounding: 'up' as never }] },
          {},
        ),
      'INVALID_ROUNDING',
      ['plan', 'targets', 0, 'rounding'],
    ],
    [
      'more units inspected than managed',
      () => checkPlanTargets({ managedUnits: 10 }, { inspectedUnits: 11 }),
      'ACTUAL_ABOVE_BASE',
      ['actuals', 'inspected-units'],
    ],
    [
      'two different values for one metric',
      () => checkPlanTargets({}, { 'advanced-models': 2, advancedModels: 3 }),
      'INVALID_INPUT',
      ['actuals', 'advancedModels'],
    ],
  ] as const)('%s → TdktError', (_, call, code, path) => {
    const err = errorOf(call);
    expect(err.code).toBe(code);
    expect(err.issues[0]?.path).toEqual(path);
    expect(err.issues[0]?.message.vi.length).toBeGreaterThan(0);
    expect(err.issues[0]?.message.en.length).toBeGreaterThan(0);
  });

  it('property: required = ceil(p% × base) in integer arithmetic; met iff actual ≥ required', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.nat(),
        (base, pct, a) => {
          const actual = base === 0 ? 0 : a % (base + 1);
          const r = checkPlanTargets(
            { managedUnits: base, targets: [{ metric: 'inspected-units', atLeast: `${pct}%` }] },
            { inspectedUnits: actual },
          ).results[0];
          const required = Math.floor((pct * base + 99) / 100);
          expect(r?.required).toBe(required);
          expect(r?.outcome).toBe(actual >= required ? 'met' : 'unmet');
          expect(r?.shortfall).toBe(Math.max(0, required - actual));
        },
      ),
      { seed: 42, numRuns: runs(500) },
    );
  });

  it('property: garbage in gives a report or a TdktError, never another error or a mutation', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              managedUnits: fc.oneof(fc.nat(50), fc.anything()),
              clusterUnits: fc.anything(),
              bases: fc.anything(),
              targets: fc.oneof(
                fc.array(
                  fc.record(
                    { metric: fc.anything(), atLeast: fc.anything(), id: fc.anything() },
                    { requiredKeys: [] },
                  ),
                ),
                fc.anything(),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.oneof(fc.nat(60), fc.anything()))),
        (plan, actuals) => {
          const snapshot = JSON.stringify([plan, actuals]);
          deepFreeze(plan);
          deepFreeze(actuals);
          try {
            const r = checkPlanTargets(plan as never, actuals as never);
            expect(['met', 'unmet', 'unknown']).toContain(r.outcome);
          } catch (e) {
            expect(e).toBeInstanceOf(TdktError);
          }
          expect(JSON.stringify([plan, actuals])).toBe(snapshot);
        },
      ),
      { seed: 42, numRuns: runs(400) },
    );
  });
});
