import { describe, expect, it } from 'vitest';
import { find, held, person, rated, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

const years = (national: number | undefined) =>
  rated(2019, 2024, 'HTXSNV').map((y) =>
    y.year === national ? { ...y, initiatives: [{ scope: 'toan-quoc' as const }] } : y,
  );

describe('CSTĐ toàn quốc (Law 06/2022 Đ21; L2003 Đ21): two consecutive CSTĐ Bộ/tỉnh + a nationwide initiative', () => {
  it('CSTĐ Bộ/tỉnh 2021 (2019–2021) and 2024 (2022–2024) are consecutive', () => {
    const v = evaluate(person(years(2023), held('CSTD_BO_TINH', 2021, 2024)), 'CSTDTQ', {
      period: 2024,
    });
    expect(v.outcome).toBe('eligible');
    expect(find(v, 'cstd-bo-tinh-twice').actual).toEqual({
      chain: [
        { from: 2022, to: 2024 },
        { from: 2019, to: 2021 },
      ],
    });
  });

  it('2020 and 2024 leave 2021 uncovered: not consecutive', () => {
    const v = evaluate(person(years(2023), held('CSTD_BO_TINH', 2020, 2024)), 'CSTDTQ', {
      period: 2024,
    });
    expect(unmet(v)).toEqual(['cstd-bo-tinh-twice']);
  });

  it('written achievement periods are used when present', () => {
    const honours = [
      {
        code: 'CSTD_BO_TINH' as const,
        achievementPeriod: { from: '2019-01-01', to: '2021-12-31' },
        decisionDate: '2022-03-01',
      },
      {
        code: 'CSTD_BO_TINH' as const,
        achievementPeriod: { from: '2022-01-01', to: '2024-12-31' },
        decisionDate: '2025-03-01',
      },
    ];
    expect(evaluate(person(years(2022), honours), 'CSTDTQ', { period: 2024 }).outcome).toBe(
      'eligible',
    );
  });

  it('a ministry-scope initiative is not nationwide', () => {
    const y = rated(2019, 2024, 'HTXSNV', { initiatives: [{ scope: 'bo-tinh' }] });
    expect(
      unmet(evaluate(person(y, held('CSTD_BO_TINH', 2021, 2024)), 'CSTDTQ', { period: 2024 })),
    ).toEqual(['initiative-national']);
  });

  it('awards used for an earlier CSTĐ toàn quốc do not count again', () => {
    const r = person(years(2023), [
      ...held('CSTD_BO_TINH', 2018, 2021, 2024),
      ...held('CSTDTQ', 2021),
    ]);
    const v = evaluate(r, 'CSTDTQ', { period: 2024 });
    expect(unmet(v)).toEqual(['cstd-bo-tinh-twice']);
  });

  it('applies under VN-2017 too, with the council ballot as a judgement', () => {
    const v = evaluate(
      person(
        rated(2017, 2022, 'HTXSNV', { initiatives: [{ scope: 'toan-quoc' }] }),
        held('CSTD_BO_TINH', 2019, 2022),
      ),
      'CSTDTQ',
      { period: 2022 },
    );
    expect(v.regime).toBe('VN-2017');
    expect(v.outcome).toBe('eligible');
    expect(v.judgements[0]?.id).toBe('council-ballot');
  });
});
