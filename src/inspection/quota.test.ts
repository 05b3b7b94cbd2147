import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { defineParameter, valueAt } from '../law/parameters.js';
import { INSPECTION_PARAMETERS } from '../law/params/inspection.js';
import { inspectionCycleYears, inspectionQuota } from './quota.js';

/** Property-test inputs, capped by FC_NUM_RUNS under mutation testing (docs/quality.md). */
const runs = (n: number): number => Math.min(n, Number(process.env['FC_NUM_RUNS'] ?? n));

describe('inspectionQuota: at least 30% of managed units (Lạng Sơn 2013, KH 12/KH-UBND §II.2)', () => {
  it.each([
    [10, 3], // 0.3 × 10 is 3 exactly, never 3.0000000000000004 → 4
    [20, 6],
    [47, 15], // 14.1 → 15
    [1, 1], // 0.3 → 1
    [0, 0],
    [11, 4], // 3.3 → 4 (the domain file's own example)
    [3, 1], // 0.9 → 1
    [30, 9],
    [100, 30],
    [101, 31], // 30.3 → 31
    [5000, 1500],
  ])('%i units → %i', (n, q) => {
    expect(inspectionQuota(n)).toBe(q);
  });

  it('never suffers float artefacts: exact decimal products, then ceil', () => {
    // In IEEE doubles these products land just above the integer: 0.07 × 100 = 7.000000000000001.
    expect(0.07 * 100).toBeGreaterThan(7);
    expect(inspectionQuota(100, { ratio: 0.07 })).toBe(7);
    expect(inspectionQuota(50, { ratio: 0.14 })).toBe(7);
    expect(inspectionQuota(25, { ratio: '0.28' })).toBe(7);
    expect(inspectionQuota(100, { ratio: 0.55 })).toBe(55);
    expect(inspectionQuota(10, { ratio: 0.3 })).toBe(3);
  });

  it('takes other ratios as percent strings, decimal strings and numbers', () => {
    expect(inspectionQuota(20, { ratio: '25%' })).toBe(5);
    expect(inspectionQuota(47, { ratio: '0.2' })).toBe(10); // 9.4 → 10
    expect(inspectionQuota(47, { ratio: 0.5 })).toBe(24); // 23.5 → 24
    expect(inspectionQuota(9, { ratio: '100%' })).toBe(9);
    expect(inspectionQuota(7, { ratio: '1' })).toBe(7);
    expect(inspectionQuota(10, { ratio: 0.1 })).toBe(1);
    expect(inspectionQuota(3, { ratio: '33.4%' })).toBe(2); // 1.002 → 2
  });

  it('rejects ratios outside (0, 1] and bad counts with bilingual errors naming the path', () => {
    const cases: Array<[() => unknown, string, (string | number)[]]> = [
      [() => inspectionQuota(10, { ratio: 0 }), 'INVALID_RATIO', ['options', 'ratio']],
      [() => inspectionQuota(10, { ratio: '0%' }), 'INVALID_RATIO', ['options', 'ratio']],
      [() => inspectionQuota(10, { ratio: 1.5 }), 'INVALID_RATIO', ['options', 'ratio']],
      [() => inspectionQuota(10, { ratio: '-30%' }), 'INVALID_RATIO', ['options', 'ratio']],
      [() => inspectionQuota(10, { ratio: 'ba mươi' }), 'INVALID_NUMBER', ['options', 'ratio']],
      [() => inspectionQuota(-1), 'INVALID_INPUT', ['unitCount']],
      [() => inspectionQuota(2.5), 'INVALID_INPUT', ['unitCount']],
      [() => inspectionQuota(Number.NaN), 'INVALID_INPUT', ['unitCount']],
      [() => inspectionQuota('10' as never), 'INVALID_INPUT', ['unitCount']],
      [() => inspectionQuota(10, 'x' as never), 'INVALID_INPUT', ['options']],
    ];
    for (const [call, code, path] of cases) {
      try {
        call();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(TdktError);
        const err = e as TdktError;
        expect(err.code).toBe(code);
        expect(err.issues[0]?.path).toEqual(path);
        expect(err.issues[0]?.message.vi.length).toBeGreaterThan(0);
        expect(err.issues[0]?.message.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('property: the quota is the least integer ≥ ratio × n (integer arithmetic check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100 }),
        (n, pct) => {
          const q = inspectionQuota(n, { ratio: `${pct}%` });
          // q ≥ pct·n/100 and q − 1 < pct·n/100, i.e. 100q ≥ pct·n > 100(q − 1)
          expect(100 * q).toBeGreaterThanOrEqual(pct * n);
          expect(100 * (q - 1)).toBeLessThan(pct * n);
        },
      ),
      { seed: 42, numRuns: runs(500) },
    );
  });

  it('property: garbage in gives a number or a TdktError, never another error', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (n, opts) => {
        try {
          const q = inspectionQuota(n as number, opts as never);
          expect(Number.isInteger(q)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(TdktError);
        }
      }),
      { seed: 42, numRuns: runs(300) },
    );
  });
});

describe('inspectionCycleYears: ceil(1 / ratio)', () => {
  it.each([
    [undefined, 4],
    ['30%', 4],
    ['20%', 5],
    [0.25, 4],
    ['0.5', 2],
    ['1', 1],
    ['33%', 4],
    ['34%', 3],
    ['10%', 10],
  ] as const)('ratio %s → %i years', (ratio, years) => {
    expect(inspectionCycleYears(ratio === undefined ? undefined : { ratio })).toBe(years);
  });
});

describe('inspection parameters (src/law/params/inspection.ts)', () => {
  const byId = new Map(INSPECTION_PARAMETERS.map((p) => [p.id, defineParameter(p)] as const));

  it('PLAN_INSPECTION_MIN_PCT is 0.3 from the Lạng Sơn 2013 plan, plan-text', () => {
    const p = byId.get('PLAN_INSPECTION_MIN_PCT');
    expect(p?.unit).toBe('ratio');
    const v = p && valueAt(p, '2027-01-01');
    expect(v?.value).toBe('0.3');
    expect(v?.confidence).toBe('plan-text');
    expect(v?.basis[0]?.instrument).toBe('12/KH-UBND');
    expect(v?.basis[0]?.confidence).toBe('plan-text');
    expect(v?.basis[0]?.note).toContain('24/01/2013');
    expect(v?.basis[0]?.note).toContain('II.2');
    expect(v?.note).toMatch(/ceil/);
    expect(v?.note).toMatch(/Điều 17/);
    expect(p && valueAt(p, '2012-12-31')).toBeUndefined();
  });

  it('PLAN_CLUSTER_CROSSCHECK_PCT is 1 (100%) and PLAN_MIN_ADVANCED_MODELS is 2 (§II.5)', () => {
    const crossParam = byId.get('PLAN_CLUSTER_CROSSCHECK_PCT');
    const cross = crossParam && valueAt(crossParam, '2027-01-01');
    expect(cross?.value).toBe('1');
    expect(cross?.basis[0]?.note).toContain('II.2');
    const modelsParam = byId.get('PLAN_MIN_ADVANCED_MODELS');
    const models = modelsParam && valueAt(modelsParam, '2027-01-01');
    expect(models?.value).toBe(2);
    expect(models?.confidence).toBe('plan-text');
    expect(models?.basis[0]?.note).toContain('II.5');
  });

  it('are exactly the three plan parameters, each valid', () => {
    expect([...byId.keys()].sort()).toEqual([
      'PLAN_CLUSTER_CROSSCHECK_PCT',
      'PLAN_INSPECTION_MIN_PCT',
      'PLAN_MIN_ADVANCED_MODELS',
    ]);
  });
});
