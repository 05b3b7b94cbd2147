import { describe, expect, it } from 'vitest';
import {
  find,
  held,
  outcome,
  person,
  unknown,
  unmet,
} from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

const cstdcs = (r: Parameters<typeof evaluate>[0], period: number, extra = {}) =>
  evaluate(r, 'CSTDCS', { period, ...extra });

describe('CSTĐCS under VN-2017 — an initiative is mandatory (Decree 91/2017 Đ9)', () => {
  it('LĐTT + a base-level initiative is eligible', () => {
    const r = person(
      [{ year: 2022, rating: 'HTTNV', initiatives: [{ scope: 'co-so' }] }],
      held('LDTT', 2022),
    );
    const v = cstdcs(r, 2022);
    expect(v.regime).toBe('VN-2017');
    expect(v.outcome).toBe('eligible');
  });

  it('HTXSNV without an initiative is not enough before 2024', () => {
    const r = person([{ year: 2022, rating: 'HTXSNV' }], held('LDTT', 2022));
    const v = cstdcs(r, 2022);
    expect(unmet(v)).toEqual(['initiative']);
    expect(find(v, 'initiative').expected).toMatchObject({ atLeast: 1, scope: 'co-so' });
  });

  it('notes the 15% unit cap (Decree 91/2017 Đ9 k3) as a judgement applied across the unit', () => {
    const r = person(
      [{ year: 2022, rating: 'HTTNV', initiatives: [{ scope: 'co-so' }] }],
      held('LDTT', 2022),
    );
    const cap = cstdcs(r, 2022).judgements.find((j) => j.id === 'unit-cap');
    expect(cap?.message.vi).toContain('15%');
    expect(cap?.basis[0]).toMatchObject({ instrument: '91/2017/NĐ-CP', article: 9, clause: 3 });
  });
});

describe('CSTĐCS from 2024 — HTXSNV or an initiative, research or combat ingenuity (Law 06/2022 Đ23)', () => {
  it('LĐTT + HTXSNV alone is eligible; there is no unit cap judgement', () => {
    const v = cstdcs(person([{ year: 2024, rating: 'HTXSNV' }], held('LDTT', 2024)), 2024);
    expect(v.outcome).toBe('eligible');
    expect(outcome(v, 'rating-excellent')).toBe('met');
    expect(v.judgements.map((j) => j.id)).toEqual(['council-selection']);
  });

  it('LĐTT + HTTNV + one initiative, or research, or combat ingenuity is eligible', () => {
    for (const kind of ['initiative', 'research', 'combat'] as const) {
      const r = person(
        [{ year: 2024, rating: 'HTTNV', initiatives: [{ scope: 'co-so', kind }] }],
        held('LDTT', 2024),
      );
      const v = cstdcs(r, 2024);
      expect(v.outcome).toBe('eligible');
      expect(outcome(v, kind)).toBe('met');
    }
  });

  it('LĐTT + HTTNV and nothing else is ineligible on the any-of group', () => {
    const v = cstdcs(person([{ year: 2024, rating: 'HTTNV' }], held('LDTT', 2024)), 2024);
    expect(unmet(v)).toEqual(['excellence-or-initiative']);
    expect(find(v, 'excellence-or-initiative').children?.map((c) => c.outcome)).toEqual([
      'unmet',
      'unmet',
      'unmet',
      'unmet',
    ]);
  });

  it('a revoked LĐTT counts for nothing and is not re-evaluated', () => {
    const r = person(
      [{ year: 2024, rating: 'HTXSNV' }],
      [{ code: 'LDTT', year: 2024, revoked: true }],
    );
    const v = cstdcs(r, 2024);
    expect(unmet(v)).toEqual(['holds-ldtt']);
    expect(find(v, 'holds-ldtt').actual).toBe('revoked');
  });

  it('without an LĐTT decision, LĐTT is evaluated in the same review and noted as a judgement', () => {
    const ok = cstdcs(person([{ year: 2024, rating: 'HTXSNV' }]), 2024);
    expect(ok.outcome).toBe('eligible');
    expect(find(ok, 'holds-ldtt').actual).toBe('concurrent');
    expect(find(ok, 'concurrent-LDTT').outcome).toBe('met');
    expect(ok.judgements.map((j) => j.id)).toContain('concurrent-LDTT');
    const newHire = cstdcs(
      person([{ year: 2024, rating: 'HTXSNV' }], [], { hiredOn: '2024-09-01' }),
      2024,
    );
    expect(unmet(newHire)).toEqual(['holds-ldtt']);
    expect(find(newHire, 'new-hire').outcome).toBe('unmet');
  });

  it('a missing rating without an initiative leaves the verdict undetermined', () => {
    const v = cstdcs(person([{ year: 2024 }], held('LDTT', 2024)), 2024);
    expect(v.outcome).toBe('undetermined');
    expect(unknown(v)).toEqual(['excellence-or-initiative']);
  });

  it('an initiative of another year does not count', () => {
    const r = person(
      [
        { year: 2023, rating: 'HTTNV', initiatives: [{ scope: 'bo-tinh' }] },
        { year: 2024, rating: 'HTTNV' },
      ],
      held('LDTT', 2023, 2024),
    );
    expect(cstdcs(r, 2024).outcome).toBe('ineligible');
  });
});

describe('CSTĐCS under the provisional VN-2026-10 — HTXSNV and an initiative (draft 12/2025)', () => {
  it('is reached only when named or with includeProvisional', () => {
    const r = person([{ year: 2026, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] }]);
    expect(cstdcs(r, 2026).regime).toBe('VN-2025-07');
    const v = cstdcs(r, 2026, { asOf: '2026-10-15', includeProvisional: true });
    expect(v.regime).toBe('VN-2026-10');
    expect(v.provisional).toBe(true);
    expect(v.outcome).toBe('eligible');
  });

  it('no longer requires LĐTT but requires both HTXSNV and an initiative', () => {
    const opts = { regime: 'VN-2026-10' as const };
    expect(cstdcs(person([{ year: 2026, rating: 'HTXSNV' }]), 2026, opts).outcome).toBe(
      'ineligible',
    );
    const htt = person([{ year: 2026, rating: 'HTTNV', initiatives: [{ scope: 'co-so' }] }]);
    expect(unmet(cstdcs(htt, 2026, opts))).toEqual(['rating-excellent']);
    const v = cstdcs(
      person([
        { year: 2026, rating: 'HTXSNV', initiatives: [{ scope: 'co-so', kind: 'research' }] },
      ]),
      2026,
      opts,
    );
    expect(v.outcome).toBe('eligible');
    expect(v.criteria.map((c) => c.id)).not.toContain('holds-ldtt');
    expect(find(v, 'rating-excellent').confidence).toBe('secondary');
  });
});
