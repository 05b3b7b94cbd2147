import { describe, expect, it } from 'vitest';
import { find, held, person, rated, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

const bk = (r: Parameters<typeof evaluate>[0], period: number) =>
  evaluate(r, 'BK_BO_TINH', { period });

describe('BK Bộ/tỉnh, track d (Law 06/2022 Đ74 k1 điểm d)', () => {
  it('d(1): two consecutive CSTĐCS', () => {
    const v = bk(person(rated(2023, 2024, 'HTTNV'), held('CSTDCS', 2023, 2024)), 2024);
    expect(v.outcome).toBe('eligible');
    expect(find(v, 'cstdcs-streak').outcome).toBe('met');
  });

  it('d(2): two consecutive HTXSNV years with two base-level initiatives or research topics', () => {
    const ini = [{ scope: 'co-so' as const }];
    const r = person([
      { year: 2023, rating: 'HTXSNV', initiatives: ini },
      { year: 2024, rating: 'HTXSNV', initiatives: [{ scope: 'co-so', kind: 'research' }] },
    ]);
    const v = bk(r, 2024);
    expect(v.outcome).toBe('eligible');
    expect(find(v, 'excellent-with-initiatives').outcome).toBe('met');
  });

  it('one initiative is not enough; the same initiative listed twice counts once', () => {
    const one = person([
      { year: 2023, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] },
      { year: 2024, rating: 'HTXSNV' },
    ]);
    expect(unmet(bk(one, 2024))).toEqual(['track-d']);
    const dup = person([
      { year: 2023, rating: 'HTXSNV', initiatives: [{ scope: 'co-so', id: 'SK-1' }] },
      { year: 2024, rating: 'HTXSNV', initiatives: [{ scope: 'co-so', id: 'SK-1' }] },
    ]);
    expect(find(bk(dup, 2024), 'initiatives').actual).toEqual({ count: 1, missing: [] });
  });

  it('periods used for an earlier BK Bộ/tỉnh cannot be used again', () => {
    const r = person(rated(2022, 2024, 'HTTNV'), [
      ...held('CSTDCS', 2022, 2023, 2024),
      {
        code: 'BK_BO_TINH',
        decisionDate: '2024-05-10',
        achievementPeriod: { from: '2022-01-01', to: '2023-12-31' },
      },
    ]);
    expect(unmet(bk(r, 2024))).toEqual(['track-d']);
    const next = {
      ...r,
      years: [...r.years, { year: 2025, rating: 'HTTNV' as const }],
      honours: [...r.honours, ...held('CSTDCS', 2025)],
    };
    expect(bk(next, 2025).outcome).toBe('eligible');
  });

  it('lists the judgement tracks a, b, c', () => {
    const v = bk(person(rated(2023, 2024, 'HTTNV'), held('CSTDCS', 2023, 2024)), 2024);
    expect(v.judgements.map((j) => j.id)).toEqual(['track-a', 'track-b', 'track-c']);
  });
});

describe('BK Bộ/tỉnh under VN-2017 (recalled, unconfirmed)', () => {
  it('two HTXSNV years and two initiatives; the verdict says the rule is unconfirmed', () => {
    const r = person(rated(2021, 2022, 'HTXSNV', { initiatives: [{ scope: 'co-so' }] }));
    const v = bk(r, 2022);
    expect(v.regime).toBe('VN-2017');
    expect(v.outcome).toBe('eligible');
    expect(v.confidence).toBe('unconfirmed');
    expect(find(v, 'initiatives').parameters.map((p) => p.confidence)).toContain('unconfirmed');
  });
});
