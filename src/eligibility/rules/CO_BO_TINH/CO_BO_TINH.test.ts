import { describe, expect, it } from 'vitest';
import { unit, unknown, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

describe('Cờ thi đua Bộ/tỉnh: leading a cluster is the computable part', () => {
  it('voted leader → eligible, with the council judgements listed', () => {
    const v = evaluate(unit(2024, 'HTXSNV', undefined, { ledCluster: true }), 'CO_BO_TINH', {
      period: 2024,
    });
    expect(v.outcome).toBe('eligible');
    expect(v.judgements.map((j) => j.id)).toEqual([
      'exceeded-targets',
      'new-models',
      'solidarity-integrity',
      'number-per-cluster',
    ]);
  });

  it('not the leader → ineligible; no vote recorded → undetermined', () => {
    expect(
      unmet(
        evaluate(unit(2024, 'HTXSNV', undefined, { ledCluster: false }), 'CO_BO_TINH', {
          period: 2024,
        }),
      ),
    ).toEqual(['led-cluster']);
    expect(
      unknown(evaluate(unit(2024, 'HTXSNV', undefined), 'CO_BO_TINH', { period: 2024 })),
    ).toEqual(['led-cluster']);
  });

  it('keeps the pre-2024 name under VN-2017', () => {
    const v = evaluate(unit(2022, 'HTXSNV', undefined, { ledCluster: true }), 'CO_BO_TINH', {
      period: 2022,
    });
    expect(v.title.vi).toBe('Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương');
  });
});
