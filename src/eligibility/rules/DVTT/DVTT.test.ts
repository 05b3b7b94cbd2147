import { describe, expect, it } from 'vitest';
import { unit, unmet } from '../../../../test/eligibility/fixtures.js';
import { eligibleHonours, evaluate } from '../../engine.js';

describe('ĐVTT — armed forces: points a, b, d and more than 50% CSTT (L2003 Đ28 k2)', () => {
  it('has no discipline clause: a member warned does not block', () => {
    const r = unit(
      2022,
      'HTTNV',
      { total: 30, ldtt: 16, disciplined: 2, disciplinedWarningOrAbove: 2 },
      { armedForces: true },
    );
    const v = evaluate(r, 'DVTT', { period: 2022 });
    expect(v.outcome).toBe('eligible');
    expect(v.criteria.map((c) => c.id)).toEqual(['not-under-review', 'rating', 'cstt-share']);
    expect(evaluate(r, 'TTLDTT', { period: 2022 }).outcome).toBe('ineligible');
  });

  it('exactly half is not more than half', () => {
    const r = unit(2024, 'HTTNV', { total: 30, ldtt: 15 }, { armedForces: true });
    expect(unmet(evaluate(r, 'DVTT', { period: 2024 }))).toEqual(['cstt-share']);
  });

  it('eligibleHonours offers ĐVTT/ĐVQT to armed-forces collectives', () => {
    const r = unit(
      2024,
      'HTXSNV',
      { total: 10, ldtt: 8, cstdcs: 1, completedDuties: 10 },
      { armedForces: true },
    );
    const codes = eligibleHonours(r, { period: 2024 }).map((v) => v.honour);
    expect(codes).toContain('DVTT');
    expect(codes).toContain('DVQT');
    expect(codes).not.toContain('TTLDTT');
    expect(codes).not.toContain('TTLDXS');
  });
});
