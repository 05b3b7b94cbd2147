import { describe, expect, it } from 'vitest';
import { find, held, person, rated, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';
import { defineProfile } from '../../profiles.js';

const cstd = (r: Parameters<typeof evaluate>[0], period: number, extra = {}) =>
  evaluate(r, 'CSTD_BO_TINH', { period, ...extra });

const strong = (initiativeYear = 2024, scope: 'co-so' | 'bo-tinh' | 'toan-quoc' = 'bo-tinh') =>
  person(
    [2022, 2023, 2024].map((year) => ({
      year,
      rating: 'HTXSNV' as const,
      ...(year === initiativeYear ? { initiatives: [{ scope }] } : {}),
    })),
    [...held('LDTT', 2022, 2023, 2024), ...held('CSTDCS', 2022, 2023, 2024)],
  );

describe('CSTĐ Bộ/tỉnh from 2024 (Law 06/2022 Đ22)', () => {
  it('LĐTT 2022–2024 + CSTĐCS 2022–2024 + a ministry-scope initiative → eligible', () => {
    const v = cstd(strong(), 2024);
    expect(v.outcome).toBe('eligible');
    expect(find(v, 'cstdcs-streak').actual).toEqual({
      met: [2022, 2023, 2024],
      unmet: [],
      unknown: [],
    });
    expect(find(v, 'cstdcs-streak').basis[0]).toMatchObject({ article: 22, clause: 1, point: 'a' });
  });

  it('a gap year breaks the streak', () => {
    const r = {
      ...strong(),
      honours: [...held('LDTT', 2022, 2023, 2024), ...held('CSTDCS', 2022, 2024)],
    };
    const v = cstd(r, 2024);
    expect(unmet(v)).toEqual(['cstdcs-streak']);
    expect(find(v, 'cstdcs-streak').actual).toEqual({
      met: [2022, 2024],
      unmet: [2023],
      unknown: [],
    });
  });

  it('a revoked CSTĐCS counts for nothing', () => {
    const r = {
      ...strong(),
      honours: [
        ...held('LDTT', 2022, 2023, 2024),
        ...held('CSTDCS', 2022, 2024),
        { code: 'CSTDCS' as const, year: 2023, revoked: true },
      ],
    };
    expect(unmet(cstd(r, 2024))).toEqual(['cstdcs-streak']);
  });

  it('the initiative must have ministry/province scope or wider, within the streak', () => {
    expect(unmet(cstd(strong(2024, 'co-so'), 2024))).toEqual(['initiative-bo-tinh']);
    expect(cstd(strong(2023, 'toan-quoc'), 2024).outcome).toBe('eligible');
    const early = strong(2024, 'co-so');
    const withOld = {
      ...early,
      years: [
        { year: 2021, rating: 'HTXSNV' as const, initiatives: [{ scope: 'bo-tinh' as const }] },
        ...early.years,
      ],
    };
    expect(unmet(cstd(withOld, 2024))).toEqual(['initiative-bo-tinh']);
  });

  it('CSTĐCS of the period itself may be decided in the same review', () => {
    const r = {
      ...strong(),
      honours: [...held('LDTT', 2022, 2023, 2024), ...held('CSTDCS', 2022, 2023)],
    };
    const v = cstd(r, 2024);
    expect(v.outcome).toBe('eligible');
    expect(find(v, 'concurrent-CSTDCS').outcome).toBe('met');
    expect(v.judgements.map((j) => j.id)).toContain('concurrent-CSTDCS');
  });
});

describe('CSTĐ Bộ/tỉnh: no double use of a streak (criteria.md §G1, §G3, §10 example 14)', () => {
  const ex14 = person(
    [2020, 2021, 2022, 2023, 2024].map((year) => ({
      year,
      rating: 'HTXSNV' as const,
      ...(year === 2021 || year === 2024 ? { initiatives: [{ scope: 'bo-tinh' as const }] } : {}),
    })),
    [
      ...held('LDTT', 2020, 2021, 2022, 2023, 2024),
      ...held('CSTDCS', 2020, 2021, 2022, 2023, 2024),
      ...held('CSTD_BO_TINH', 2022),
    ],
  );

  it('CSTĐCS 2020–2022 used for CSTĐ Bộ/tỉnh 2022 cannot support a second one in 2024 (VN-2017)', () => {
    const v = cstd(ex14, 2024, { regime: 'VN-2017' });
    expect(unmet(v)).toEqual(['cstdcs-streak']);
    expect(find(v, 'cstdcs-streak').actual).toEqual({ clockStart: 2023 });
    expect(find(v, 'cstdcs-streak').message.vi).toContain('bắt đầu từ kỳ 2023');
  });

  it('the same holds under VN-2024, and a sliding reading can be chosen by a profile', () => {
    expect(unmet(cstd(ex14, 2024))).toEqual(['cstdcs-streak']);
    const sliding = defineProfile({
      id: 'sliding',
      base: 'VN-2024',
      overrides: { STREAK_CONSUMPTION: 'sliding' },
      basis: [{ instrument: 'test' }],
    });
    expect(cstd(ex14, 2024, { profile: sliding }).outcome).toBe('eligible');
  });

  it('a revoked earlier award does not consume the streak', () => {
    const r = {
      ...ex14,
      honours: ex14.honours.map((h) => (h.code === 'CSTD_BO_TINH' ? { ...h, revoked: true } : h)),
    };
    expect(cstd(r, 2024).outcome).toBe('eligible');
  });
});

describe('CSTĐ cấp bộ, ngành, tỉnh under VN-2017 (L2003 Đ22)', () => {
  it('uses the old name and the same three-CSTĐCS rule', () => {
    const r = person(
      rated(2020, 2022, 'HTXSNV', { initiatives: [{ scope: 'bo-tinh' }] }),
      held('CSTDCS', 2020, 2021, 2022),
    );
    const v = cstd(r, 2022);
    expect(v.regime).toBe('VN-2017');
    expect(v.title.vi).toBe('Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương');
    expect(v.outcome).toBe('eligible');
  });
});
