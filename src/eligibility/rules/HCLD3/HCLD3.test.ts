import { describe, expect, it } from 'vitest';
import { find, held, person, rated, unmet } from '../../../../test/eligibility/fixtures.js';
import type { CollectiveRecord } from '../../../core/records.js';
import { evaluate } from '../../engine.js';

const bkTtg = {
  code: 'BK_TTG' as const,
  decisionDate: '2019-04-02',
  achievementPeriod: { from: '2014-01-01', to: '2018-12-31' },
};
const ladder = person(
  rated(2019, 2023, 'HTTNV').map((y) =>
    y.year === 2022 ? { ...y, rating: 'HTXSNV' as const } : y,
  ),
  [bkTtg, ...held('CSTDCS', 2020, 2022, 2023)],
);

describe('HCLĐ hạng Ba, individuals, from 2024 (Law 06/2022 Đ44 k1 điểm e)', () => {
  it('BK TTg, then 5 years HTTNV+ with one HTXSNV and three CSTĐCS → eligible', () => {
    const v = evaluate(ladder, 'HCLD3', { period: 2023 });
    expect(v.outcome).toBe('eligible');
    expect(v.criteria.map((c) => c.id)).toEqual([
      'not-under-review',
      'holds-bk-ttg',
      'rating-streak',
      'htxsnv-count',
      'cstdcs-count',
    ]);
  });

  it('no HTXSNV year in the window fails', () => {
    const r = { ...ladder, years: rated(2019, 2023, 'HTTNV') };
    expect(unmet(evaluate(r, 'HCLD3', { period: 2023 }))).toEqual(['htxsnv-count']);
  });

  it('criteria.md §10 example 12: a revoked BK TTg fails the prerequisite', () => {
    const r = {
      ...ladder,
      honours: [{ ...bkTtg, revoked: true }, ...held('CSTDCS', 2020, 2022, 2023)],
    };
    const v = evaluate(r, 'HCLD3', { period: 2023 });
    expect(unmet(v)).toEqual(['holds-bk-ttg']);
  });

  it('lists long service (point g) and, for workers and farmers, clause 2', () => {
    const v = evaluate({ ...ladder, occupation: 'worker' }, 'HCLD3', { period: 2023 });
    expect(v.judgements.map((j) => j.id)).toEqual([
      'long-service',
      'other-tracks',
      'workers-farmers',
    ]);
    expect(v.judgements.find((j) => j.id === 'workers-farmers')?.message.vi).toContain(
      'từ 5 năm trở lên',
    );
  });
});

describe('HCLĐ hạng Ba under VN-2017 (Decree 91/2017 Đ24)', () => {
  it('5 years HTXSNV and 2 ministry-scope initiatives after the BK TTg', () => {
    const years = rated(2017, 2021, 'HTXSNV').map((y) =>
      y.year === 2018 || y.year === 2020
        ? { ...y, initiatives: [{ scope: 'bo-tinh' as const }] }
        : y,
    );
    const r = person(years, [{ code: 'BK_TTG', year: 2016 }]);
    expect(evaluate(r, 'HCLD3', { period: 2021 }).outcome).toBe('eligible');
    const one = person(rated(2017, 2021, 'HTXSNV'), [{ code: 'BK_TTG', year: 2016 }]);
    expect(unmet(evaluate(one, 'HCLD3', { period: 2021 }))).toEqual(['initiatives-bo-tinh']);
  });
});

describe('HCLĐ hạng Ba, collectives, under VN-2017 (L2003 Đ44 k2)', () => {
  const col = (ttldxs: number[], extra: CollectiveRecord['honours'] = []): CollectiveRecord => ({
    kind: 'collective',
    id: 'c',
    years: [],
    honours: [...held('TTLDXS', ...ttldxs), ...extra],
  });

  it('5 consecutive TTLĐXS and a Cờ Bộ/tỉnh in those years → eligible', () => {
    const v = evaluate(col([2018, 2019, 2020, 2021, 2022], held('CO_BO_TINH', 2020)), 'HCLD3', {
      period: 2022,
    });
    expect(v.outcome).toBe('eligible');
    expect(find(v, 'co-bo-tinh-count').outcome).toBe('met');
  });

  it('a BK TTg in the window also does; neither fails', () => {
    expect(
      evaluate(col([2018, 2019, 2020, 2021, 2022], held('BK_TTG', 2021)), 'HCLD3', { period: 2022 })
        .outcome,
    ).toBe('eligible');
    expect(unmet(evaluate(col([2018, 2019, 2020, 2021, 2022]), 'HCLD3', { period: 2022 }))).toEqual(
      ['flag-or-bk-ttg'],
    );
  });

  it('a missing TTLĐXS year breaks the streak', () => {
    expect(
      unmet(
        evaluate(col([2018, 2019, 2021, 2022], held('CO_BO_TINH', 2020)), 'HCLD3', {
          period: 2022,
        }),
      ),
    ).toEqual(['ttldxs-streak']);
  });
});
