import { describe, expect, it } from 'vitest';
import { find, held, person, rated, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

const hcld2 = {
  code: 'HCLD2' as const,
  decisionDate: '2019-08-20',
  achievementPeriod: { from: '2014-01-01', to: '2018-12-31' },
};

describe('HCLĐ hạng Nhất from 2024 (Law 06/2022 Đ42: unconfirmed, encoded with unconfirmed parameters)', () => {
  const years = rated(2019, 2023, 'HTXSNV').map((y) =>
    y.year === 2019 || y.year === 2021 ? { ...y, rating: 'HTTNV' as const } : y,
  );

  it('HCLĐ2, then 5 years with three HTXSNV and one CSTĐTQ (or two CSTĐ Bộ/tỉnh)', () => {
    const a = evaluate(person(years, [hcld2, ...held('CSTDTQ', 2023)]), 'HCLD1', { period: 2023 });
    expect(a.outcome).toBe('eligible');
    expect(find(a, 'cstdtq-count').outcome).toBe('met');
    const b = evaluate(person(years, [hcld2, ...held('CSTD_BO_TINH', 2020, 2023)]), 'HCLD1', {
      period: 2023,
    });
    expect(b.outcome).toBe('eligible');
    const c = evaluate(person(years, [hcld2, ...held('CSTD_BO_TINH', 2023)]), 'HCLD1', {
      period: 2023,
    });
    expect(unmet(c)).toEqual(['cstdtq-or-cstd']);
  });

  it('every criterion and the verdict say the rule is unconfirmed', () => {
    const v = evaluate(person(years, [hcld2, ...held('CSTDTQ', 2023)]), 'HCLD1', { period: 2023 });
    expect(v.confidence).toBe('unconfirmed');
    expect(find(v, 'rating-streak').parameters.map((p) => [p.id, p.confidence])).toContainEqual([
      'HCLD1_WINDOW_YEARS',
      'unconfirmed',
    ]);
    expect(v.judgements.map((j) => j.id)).toContain('unconfirmed-rule');
  });
});

describe('HCLĐ hạng Nhất under VN-2017 (2013 amending law, khoản 18)', () => {
  it('individual: HCLĐ2 then 5 consecutive years HTXSNV; nationwide scope is for the council', () => {
    const v = evaluate(
      person(rated(2017, 2021, 'HTXSNV'), [{ code: 'HCLD2', year: 2016 }]),
      'HCLD1',
      { period: 2021 },
    );
    expect(v.outcome).toBe('eligible');
    expect(v.judgements.map((j) => j.id)).toEqual(['nationwide-scope', 'other-tracks']);
    const gap = evaluate(
      person(
        rated(2017, 2021, 'HTXSNV').filter((y) => y.year !== 2019),
        [{ code: 'HCLD2', year: 2016 }],
      ),
      'HCLD1',
      { period: 2021 },
    );
    expect(gap.outcome).toBe('undetermined');
  });

  it('collective: HCLĐ2 then 5 consecutive years HTXSNV', () => {
    const col = {
      kind: 'collective' as const,
      id: 'c',
      years: [2017, 2018, 2019, 2020, 2021].map((year) => ({ year, rating: 'HTXSNV' as const })),
      honours: [{ code: 'HCLD2' as const, year: 2016 }],
    };
    expect(evaluate(col, 'HCLD1', { period: 2021 }).outcome).toBe('eligible');
    const weak = {
      ...col,
      years: col.years.map((y) => (y.year === 2020 ? { ...y, rating: 'HTTNV' as const } : y)),
    };
    expect(unmet(evaluate(weak, 'HCLD1', { period: 2021 }))).toEqual(['rating-streak']);
  });
});
