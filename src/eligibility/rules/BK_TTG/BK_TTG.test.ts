import { describe, expect, it } from 'vitest';
import { find, held, person, rated, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';
import { defineProfile } from '../../profiles.js';

const bkBo = (extra = {}) => ({
  code: 'BK_BO_TINH' as const,
  decisionDate: '2019-03-15',
  achievementPeriod: { from: '2017-01-01', to: '2018-12-31' },
  ...extra,
});
const ex6 = person(rated(2019, 2023, 'HTTNV'), [bkBo(), ...held('CSTDCS', 2019, 2021, 2023)]);

describe('BK TTg from 2024, track b (Law 06/2022 Đ73 k1 điểm b; clock: Decree 98/2023 Đ30 k9)', () => {
  it('criteria.md §10 example 6: window 2019–2023 after the BK Bộ/tỉnh for 2017–2018 → eligible', () => {
    const v = evaluate(ex6, 'BK_TTG', { period: 2023 });
    expect(v.regime).toBe('VN-2024');
    expect(v.outcome).toBe('eligible');
    expect(find(v, 'cstdcs-count').actual).toEqual({
      count: 3,
      periods: [2019, 2021, 2023],
      unknown: [],
    });
  });

  it('example 7: without a written period the clock starts after the decision date (2020) → 4 years only', () => {
    const r = {
      ...ex6,
      honours: [
        { code: 'BK_BO_TINH' as const, decisionDate: '2019-03-15' },
        ...held('CSTDCS', 2019, 2021, 2023),
      ],
    };
    const v = evaluate(r, 'BK_TTG', { period: 2023 });
    expect(unmet(v)).toEqual(['rating-streak', 'cstdcs-count']);
    expect(find(v, 'rating-streak').actual).toEqual({ clockStart: 2020 });
    expect(
      find(v, 'rating-streak').parameters.find((p) => p.id === 'CLOCK_FALLBACK'),
    ).toMatchObject({
      value: 'PERIODS_STARTING_AFTER_DECISION',
      confidence: 'inference',
    });
  });

  it('the other clock fallback (periods ending after the decision) counts 2019 and passes', () => {
    const ending = defineProfile({
      id: 'ending',
      base: 'VN-2024',
      overrides: { CLOCK_FALLBACK: 'PERIODS_ENDING_AFTER_DECISION' },
      basis: [{ instrument: 'test' }],
    });
    const r = {
      ...ex6,
      honours: [
        { code: 'BK_BO_TINH' as const, decisionDate: '2019-03-15' },
        ...held('CSTDCS', 2019, 2021, 2023),
      ],
    };
    expect(evaluate(r, 'BK_TTG', { period: 2023, profile: ending }).outcome).toBe('eligible');
  });

  it('a BK TTg whose achievement period overlaps the window blocks a second one', () => {
    const r = {
      ...ex6,
      honours: [
        ...ex6.honours,
        {
          code: 'BK_TTG' as const,
          decisionDate: '2022-06-01',
          achievementPeriod: { from: '2019-01-01', to: '2021-12-31' },
        },
      ],
    };
    const v = evaluate(r, 'BK_TTG', { period: 2023 });
    expect(unmet(v)).toContain('rating-streak');
    expect(find(v, 'rating-streak').actual).toEqual({ clockStart: 2022 });
  });

  it('a revoked BK Bộ/tỉnh is no prerequisite and starts no clock', () => {
    const r = { ...ex6, honours: [bkBo({ revoked: true }), ...held('CSTDCS', 2019, 2021, 2023)] };
    const v = evaluate(r, 'BK_TTG', { period: 2023 });
    expect(unmet(v)).toEqual(['holds-bk-bo-tinh']);
    expect(find(v, 'holds-bk-bo-tinh').actual).toBe('revoked');
  });

  it('an HTNV year breaks the five-year window; a missing year leaves it undetermined', () => {
    const htnv = {
      ...ex6,
      years: ex6.years.map((y) => (y.year === 2021 ? { ...y, rating: 'HTNV' as const } : y)),
    };
    expect(unmet(evaluate(htnv, 'BK_TTG', { period: 2023 }))).toEqual(['rating-streak']);
    const gap = { ...ex6, years: ex6.years.filter((y) => y.year !== 2021) };
    const v = evaluate(gap, 'BK_TTG', { period: 2023 });
    expect(v.outcome).toBe('undetermined');
    expect(find(v, 'rating-streak').actual).toEqual({
      met: [2019, 2020, 2022, 2023],
      unmet: [],
      unknown: [2021],
    });
  });

  it('workers and farmers get the clause 2 judgements (farm model stable ≥ 2 years)', () => {
    const farmer = evaluate({ ...ex6, occupation: 'farmer' }, 'BK_TTG', { period: 2023 });
    const ids = farmer.judgements.map((j) => j.id);
    expect(ids).toContain('farmer-model');
    expect(ids).toContain('worker-farmer-production');
    expect(ids).not.toContain('worker-initiative');
    expect(farmer.judgements.find((j) => j.id === 'farmer-model')?.message.vi).toContain(
      'từ 2 năm trở lên',
    );
    const official = evaluate(ex6, 'BK_TTG', { period: 2023 });
    expect(official.judgements.map((j) => j.id)).toEqual(['track-a', 'track-c', 'track-d']);
  });
});

describe('BK TTg under VN-2017: 5 years HTXSNV and 5 base-level initiatives (values of Decree 65/2014)', () => {
  const old = person(rated(2017, 2021, 'HTXSNV', { initiatives: [{ scope: 'co-so' }] }), [
    { code: 'BK_BO_TINH', year: 2016 },
  ]);

  it('eligible with the old values, flagged unconfirmed', () => {
    const v = evaluate(old, 'BK_TTG', { period: 2021 });
    expect(v.regime).toBe('VN-2017');
    expect(v.outcome).toBe('eligible');
    expect(v.confidence).toBe('unconfirmed');
  });

  it('an HTTNV year, accepted from 2024, fails before 2024', () => {
    const r = {
      ...old,
      years: old.years.map((y) => (y.year === 2019 ? { ...y, rating: 'HTTNV' as const } : y)),
    };
    expect(unmet(evaluate(r, 'BK_TTG', { period: 2021 }))).toEqual(['rating-streak']);
  });

  it('four initiatives are not five', () => {
    const r = {
      ...old,
      years: old.years.map((y) =>
        y.year === 2019 ? { year: 2019, rating: 'HTXSNV' as const } : y,
      ),
    };
    expect(unmet(evaluate(r, 'BK_TTG', { period: 2021 }))).toEqual(['initiatives-base']);
  });
});
