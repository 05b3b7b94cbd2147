import { describe, expect, it } from 'vitest';
import { find, person, unmet } from '../../../../test/eligibility/fixtures.js';
import { eligibleHonours, evaluate } from '../../engine.js';

describe('CSTT — armed-forces counterpart of LĐTT, same thresholds (Law 06/2022 Đ24)', () => {
  const soldier = (extra = {}) =>
    person([{ year: 2024, rating: 'HTTNV' }], [], { armedForces: true, ...extra });

  it('HTTNV and 6 months of service make a soldier eligible', () => {
    const v = evaluate(soldier({ hiredOn: '2024-07-01' }), 'CSTT', { period: 2024 });
    expect(v.outcome).toBe('eligible');
    expect(v.title.vi).toBe('Chiến sĩ tiên tiến');
  });

  it('5 months are not enough under VN-2024; 9 are not enough under VN-2017', () => {
    expect(unmet(evaluate(soldier({ hiredOn: '2024-07-02' }), 'CSTT', { period: 2024 }))).toEqual([
      'new-hire',
    ]);
    const r = person([{ year: 2022, rating: 'HTTNV' }], [], {
      armedForces: true,
      hiredOn: '2022-03-02',
    });
    expect(unmet(evaluate(r, 'CSTT', { period: 2022 }))).toEqual(['new-hire']);
  });

  it('eligibleHonours offers CSTT, not LĐTT, to the armed forces and LĐTT to civilians', () => {
    const armed = eligibleHonours(soldier(), { period: 2024 }).map((v) => v.honour);
    expect(armed).toContain('CSTT');
    expect(armed).not.toContain('LDTT');
    const civil = eligibleHonours(person([{ year: 2024, rating: 'HTTNV' }]), { period: 2024 }).map(
      (v) => v.honour,
    );
    expect(civil).toContain('LDTT');
    expect(civil).not.toContain('CSTT');
  });

  it('cites Điều 24 of Law 06/2022', () => {
    const v = evaluate(soldier(), 'CSTT', { period: 2024 });
    expect(find(v, 'rating').basis[0]).toMatchObject({ instrument: '06/2022/QH15', article: 24 });
  });
});
