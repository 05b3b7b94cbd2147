import { describe, expect, it } from 'vitest';
import { unit, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

describe('ĐVQT (Law 06/2022 Đ27 k2): HTXSNV, ≥ 70% CSTT, a CSTĐCS member', () => {
  it('does not require every member to have completed duties', () => {
    const r = unit(
      2024,
      'HTXSNV',
      { total: 10, completedDuties: 9, ldtt: 7, cstdcs: 1 },
      { armedForces: true },
    );
    const v = evaluate(r, 'DVQT', { period: 2024 });
    expect(v.outcome).toBe('eligible');
    expect(v.criteria.map((c) => c.id)).toEqual([
      'not-under-review',
      'rating',
      'cstt-share',
      'cstdcs-member',
    ]);
  });

  it('69% CSTT fails', () => {
    const r = unit(
      2024,
      'HTXSNV',
      { total: 100, completedDuties: 100, ldtt: 69, cstdcs: 3 },
      { armedForces: true },
    );
    expect(unmet(evaluate(r, 'DVQT', { period: 2024 }))).toEqual(['cstt-share']);
  });

  it('VN-2017 mirrors the civil clause with ĐVTT and the warning rule', () => {
    const r = {
      ...unit(
        2022,
        'HTXSNV',
        {
          total: 10,
          completedDuties: 10,
          ldtt: 8,
          cstdcs: 1,
          disciplined: 1,
          disciplinedWarningOrAbove: 1,
        },
        { armedForces: true },
      ),
      honours: [{ code: 'DVTT' as const, year: 2022 }],
    };
    expect(unmet(evaluate(r, 'DVQT', { period: 2022 }))).toEqual(['no-member-disciplined']);
  });
});
