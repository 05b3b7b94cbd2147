import { describe, expect, it } from 'vitest';
import { held, person, rated, unit } from '../../test/eligibility/fixtures.js';
import { TdktError } from '../core/errors.js';
import { eligibleHonours, evaluate, evaluateMany, listRules } from './engine.js';

function thrown(f: () => unknown): TdktError {
  try {
    f();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

const good = person([{ year: 2024, rating: 'HTTNV' }]);

describe('regime choice', () => {
  it('defaults asOf to the day after the period and picks the regime in force then', () => {
    const cases: [number, string, string][] = [
      [2018, 'VN-2017', '2019-01-01'],
      [2022, 'VN-2017', '2023-01-01'],
      [2023, 'VN-2024', '2024-01-01'],
      [2024, 'VN-2024', '2025-01-01'],
      [2025, 'VN-2025-07', '2026-01-01'],
      [2026, 'VN-2025-07', '2027-01-01'],
    ];
    for (const [period, regime, asOf] of cases) {
      const v = evaluate(person([{ year: period, rating: 'HTTNV' }]), 'LDTT', { period });
      expect([v.regime, v.asOf, v.regimeSource]).toEqual([regime, asOf, 'as-of']);
    }
  });

  it('a 2024 title decided in January 2025 falls under VN-2024 only if asOf says so', () => {
    const r = person([{ year: 2024, rating: 'HTTNV' }]);
    expect(evaluate(r, 'LDTT', { period: 2024, asOf: '2025-01-20' }).regime).toBe('VN-2024');
    expect(evaluate(r, 'LDTT', { period: 2024, asOf: '2025-07-01' }).regime).toBe('VN-2025-07');
  });

  it('VN-2026-10 only when named or with includeProvisional', () => {
    const r = person([{ year: 2026, rating: 'HTTNV' }]);
    expect(evaluate(r, 'LDTT', { period: 2026 }).provisional).toBe(false);
    const opted = evaluate(r, 'LDTT', { period: 2026, includeProvisional: true });
    expect([opted.regime, opted.provisional]).toEqual(['VN-2026-10', true]);
    const named = evaluate(r, 'LDTT', { period: 2026, regime: 'VN-2026-10' });
    expect([named.regime, named.regimeSource, named.provisional]).toEqual([
      'VN-2026-10',
      'option',
      true,
    ]);
  });

  it('resolves parameters inside the chosen regime (asOf clamped to its dates)', () => {
    const r = person([{ year: 2024, rating: 'HTTNV' }], [], { hiredOn: '2024-04-01' });
    const v17 = evaluate(r, 'LDTT', { period: 2024, regime: 'VN-2017' });
    expect(v17.criteria.find((c) => c.id === 'new-hire')?.parameters[0]?.value).toBe(10);
    expect(v17.outcome).toBe('ineligible');
    const v24 = evaluate(r, 'LDTT', { period: 2024, regime: 'VN-2024' });
    expect(v24.outcome).toBe('eligible');
  });

  it('no regime before 2017-10-01: NO_REGIME naming the option used', () => {
    const a = thrown(() =>
      evaluate(person([{ year: 2016, rating: 'HTTNV' }]), 'LDTT', { period: 2016 }),
    );
    expect([a.code, a.issues[0]?.path]).toEqual(['NO_REGIME', ['options', 'period']]);
    const b = thrown(() => evaluate(good, 'LDTT', { period: 2024, asOf: '2016-05-01' }));
    expect([b.code, b.issues[0]?.path]).toEqual(['NO_REGIME', ['options', 'asOf']]);
  });
});

describe('verdict shape', () => {
  it('carries subject, title, basis, confidence and bilingual messages with citations', () => {
    const v = evaluate({ ...good, id: 'NV-007' }, 'LDTT', { period: 2024 });
    expect(v.subject).toBe('NV-007');
    expect(v.honour).toBe('LDTT');
    expect(v.period).toBe(2024);
    expect(v.title).toEqual({ vi: 'Lao động tiên tiến', en: 'Advanced Worker' });
    expect(v.basis[0]).toMatchObject({ instrument: '06/2022/QH15', article: 24 });
    for (const c of v.criteria) {
      expect(c.message.vi.length).toBeGreaterThan(10);
      expect(c.message.en.length).toBeGreaterThan(10);
      expect(c.basis.length).toBeGreaterThan(0);
    }
    expect(v.deferred).toBe(false);
    expect(v.profile).toBeUndefined();
  });

  it('is deterministic and its criterion results are frozen (shared between verdicts)', () => {
    const a = evaluate(good, 'LDTT', { period: 2024 });
    const b = evaluate(structuredClone(good), 'LDTT', { period: 2024 });
    expect(b).toEqual(a);
    expect(Object.isFrozen(a.criteria[1])).toBe(true);
    expect(Object.isFrozen(a.criteria[1]?.message)).toBe(true);
  });
});

describe('errors', () => {
  it('unknown honour, unknown regime, bad period, bad asOf, bad profile', () => {
    const cases: [() => unknown, string, (string | number)[]][] = [
      [() => evaluate(good, 'NOPE' as never, { period: 2024 }), 'UNKNOWN_HONOUR', ['honour']],
      [
        () => evaluate(good, 'LDTT', { period: 2024, regime: 'VN-1999' as never }),
        'UNKNOWN_REGIME',
        ['options', 'regime'],
      ],
      [() => evaluate(good, 'LDTT', { period: 2024.5 }), 'INVALID_INPUT', ['options', 'period']],
      [() => evaluate(good, 'LDTT', { period: 1800 }), 'INVALID_INPUT', ['options', 'period']],
      [
        () => evaluate(good, 'LDTT', { period: 2024, asOf: '2024-02-30' }),
        'INVALID_DATE',
        ['options', 'asOf'],
      ],
      [
        () => evaluate(good, 'LDTT', { period: 2024, profile: {} as never }),
        'INVALID_INPUT',
        ['options', 'profile'],
      ],
      [() => evaluate(good, 'LDTT', null as never), 'INVALID_INPUT', ['options']],
      [
        () => evaluate(good, 'LDTT', { period: 2024, includeProvisional: 'yes' as never }),
        'INVALID_INPUT',
        ['options', 'includeProvisional'],
      ],
    ];
    for (const [f, code, path] of cases) {
      const e = thrown(f);
      expect([e.code, e.issues[0]?.path]).toEqual([code, path]);
      expect(e.message.startsWith('[tdkt]')).toBe(true);
      expect(e.issues[0]?.message.vi.length).toBeGreaterThan(0);
    }
  });

  it('NO_RULE for an honour the library does not encode for that record or regime', () => {
    expect(thrown(() => evaluate(good, 'HC_SAO_VANG', { period: 2024 })).code).toBe('NO_RULE');
    expect(
      thrown(() => evaluate(unit(2024, 'HTTNV', undefined), 'LDTT', { period: 2024 })).code,
    ).toBe('NO_RULE');
    const commune = { kind: 'commune' as const, id: 'x', years: [], honours: [] };
    const e = thrown(() => evaluate(commune, 'XA_TIEU_BIEU', { period: 2022 }));
    expect(e.code).toBe('NO_RULE');
    expect(e.issues[0]?.message.en).toContain('VN-2024');
  });
});

describe('evaluateMany', () => {
  const records = [
    person(rated(2020, 2024, 'HTXSNV'), held('LDTT', 2024), { id: 'a' }),
    person([{ year: 2024, rating: 'HTNV' }], [], { id: 'b' }),
    person([{ year: 2024, rating: 'HTTNV', initiatives: [{ scope: 'co-so' }] }], [], {
      id: 'c',
      periodKind: 'school',
    }),
    person([{ year: 2024, rating: 'HTTNV', underReview: true }], held('LDTT', 2024), { id: 'd' }),
  ];

  it('returns exactly what mapping evaluate returns', () => {
    for (const honour of ['LDTT', 'CSTDCS', 'BK_BO_TINH'] as const) {
      const many = evaluateMany(records, honour, { period: 2024 });
      expect(many).toEqual(records.map((r) => evaluate(r, honour, { period: 2024 })));
    }
  });

  it('names the record index in errors', () => {
    const bad = [records[0], { ...records[1], years: [{ year: 2024, rating: 'GOOD' }] }];
    const e = thrown(() => evaluateMany(bad as never, 'LDTT', { period: 2024 }));
    expect(e.issues[0]?.path).toEqual(['records', 1, 'years', 0, 'rating']);
    const mixed = thrown(() =>
      evaluateMany([records[0], unit(2024, 'HTTNV', undefined)] as never, 'LDTT', { period: 2024 }),
    );
    expect([mixed.code, mixed.issues[0]?.path]).toEqual(['NO_RULE', ['records', 1, 'kind']]);
    expect(
      thrown(() => evaluateMany({} as never, 'LDTT', { period: 2024 })).issues[0]?.path,
    ).toEqual(['records']);
  });
});

describe('eligibleHonours', () => {
  it('returns the non-ineligible verdicts for the record kind, lowest rung first', () => {
    const r = person(rated(2022, 2024, 'HTXSNV', { initiatives: [{ scope: 'bo-tinh' }] }), [
      ...held('LDTT', 2022, 2023, 2024),
      ...held('CSTDCS', 2022, 2023, 2024),
    ]);
    const codes = eligibleHonours(r, { period: 2024 }).map((v) => `${v.honour}:${v.outcome}`);
    expect(codes).toEqual([
      'LDTT:eligible',
      'CSTDCS:eligible',
      'CSTD_BO_TINH:eligible',
      'BK_BO_TINH:eligible',
    ]);
  });

  it('keeps undetermined verdicts and drops ineligible ones', () => {
    // Nothing is known of 2024 but that it exists: LĐTT and CSTĐCS cannot be decided, and the
    // BK Bộ/tỉnh track "2 years HTXSNV + 2 initiatives" cannot be excluded without 2023.
    const v = eligibleHonours(person([{ year: 2024 }]), { period: 2024 });
    expect(v.map((x) => x.honour)).toEqual(['LDTT', 'CSTDCS', 'BK_BO_TINH']);
    expect(v.every((x) => x.outcome === 'undetermined')).toBe(true);
    const weak = eligibleHonours(person(rated(2023, 2024, 'HTNV')), { period: 2024 });
    expect(weak).toEqual([]);
  });

  it('households, villages and communes get their local title', () => {
    for (const [kind, code] of [
      ['household', 'GDVH'],
      ['village', 'THON_TDP_VH'],
      ['commune', 'XA_TIEU_BIEU'],
    ] as const) {
      const v = eligibleHonours(
        { kind, id: 'x', years: [{ year: 2024 }], honours: [] },
        { period: 2024 },
      );
      expect(v.map((x) => x.honour)).toEqual([code]);
    }
    const old = eligibleHonours(
      { kind: 'commune', id: 'x', years: [], honours: [] },
      { period: 2022 },
    );
    expect(old).toEqual([]);
  });
});

describe('listRules', () => {
  it('covers the issue’s honours with their regimes and confidence', () => {
    const rules = listRules();
    const key = (h: string, r: string) => rules.find((x) => x.honour === h && x.recipient === r);
    for (const h of [
      'LDTT',
      'CSTT',
      'CSTDCS',
      'CSTD_BO_TINH',
      'CSTDTQ',
      'BK_BO_TINH',
      'BK_TTG',
      'HCLD3',
      'HCLD2',
      'HCLD1',
    ]) {
      expect(key(h, 'individual')?.regimes).toEqual([
        'VN-2017',
        'VN-2024',
        'VN-2025-07',
        'VN-2026-10',
      ]);
    }
    for (const h of ['TTLDTT', 'DVTT', 'TTLDXS', 'DVQT', 'CO_BO_TINH', 'CO_CP']) {
      expect(key(h, 'collective')?.regimes).toEqual([
        'VN-2017',
        'VN-2024',
        'VN-2025-07',
        'VN-2026-10',
      ]);
    }
    expect(key('HCLD3', 'collective')?.regimes).toEqual(['VN-2017']);
    expect(key('XA_TIEU_BIEU', 'commune')?.regimes).toEqual([
      'VN-2024',
      'VN-2025-07',
      'VN-2026-10',
    ]);
    expect(key('HCLD1', 'individual')?.confidence['VN-2024']).toBe('unconfirmed');
    expect(key('TTLDXS', 'collective')?.confidence['VN-2017']).toBe('confirmed');
  });
});
