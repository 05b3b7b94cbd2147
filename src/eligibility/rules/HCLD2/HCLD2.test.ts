import { describe, expect, it } from 'vitest';
import { held, person, rated, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

const hcld3 = {
  code: 'HCLD3' as const,
  decisionDate: '2019-08-20',
  achievementPeriod: { from: '2014-01-01', to: '2018-12-31' },
};

describe('HCLĐ hạng Nhì from 2024 (Law 06/2022 Đ43 k1)', () => {
  const years = rated(2019, 2023, 'HTTNV').map((y) =>
    y.year === 2020 || y.year === 2023 ? { ...y, rating: 'HTXSNV' as const } : y,
  );

  it('HCLĐ3, then 5 years HTTNV+ with two HTXSNV and one CSTĐ Bộ/tỉnh → eligible', () => {
    const v = evaluate(person(years, [hcld3, ...held('CSTD_BO_TINH', 2022)]), 'HCLD2', {
      period: 2023,
    });
    expect(v.outcome).toBe('eligible');
  });

  it('one HTXSNV or no CSTĐ Bộ/tỉnh fails', () => {
    const oneX = years.map((y) => (y.year === 2020 ? { ...y, rating: 'HTTNV' as const } : y));
    expect(
      unmet(
        evaluate(person(oneX, [hcld3, ...held('CSTD_BO_TINH', 2022)]), 'HCLD2', { period: 2023 }),
      ),
    ).toEqual(['htxsnv-count']);
    expect(unmet(evaluate(person(years, [hcld3]), 'HCLD2', { period: 2023 }))).toEqual([
      'cstd-bo-tinh-count',
    ]);
  });

  it('a CSTĐ Bộ/tỉnh from before the HCLĐ3 does not count', () => {
    expect(
      unmet(
        evaluate(person(years, [hcld3, ...held('CSTD_BO_TINH', 2018)]), 'HCLD2', { period: 2023 }),
      ),
    ).toEqual(['cstd-bo-tinh-count']);
  });
});

describe('HCLĐ hạng Nhì under VN-2017 (encoded with unconfirmed parameters)', () => {
  it('says that the rule is unconfirmed', () => {
    const r = person(rated(2017, 2021, 'HTXSNV', { initiatives: [{ scope: 'bo-tinh' }] }), [
      { code: 'HCLD3', year: 2016 },
    ]);
    const v = evaluate(r, 'HCLD2', { period: 2021 });
    expect(v.outcome).toBe('eligible');
    expect(v.confidence).toBe('unconfirmed');
    expect(v.judgements.map((j) => j.id)).toContain('unconfirmed-rule');
  });
});
