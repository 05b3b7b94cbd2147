import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { find, held, person, unmet } from '../../test/eligibility/fixtures.js';
import { TdktError } from '../core/errors.js';
import { evaluate } from './engine.js';
import { defineProfile } from './profiles.js';

const QD14 = { instrument: '14/2024/QĐ-UBND', article: 9, confidence: 'confirmed' as const };

const laoCai = defineProfile({
  id: 'lao-cai-2024',
  name: { vi: 'Lào Cai, QĐ 14/2024/QĐ-UBND', en: 'Lào Cai, Decision 14/2024' },
  base: 'VN-2024',
  basis: [QD14],
  extraCriteria: [
    {
      id: 'no-administrative-sanction',
      honours: ['LDTT'],
      type: 'noAdministrativeSanction',
      label: {
        vi: 'Không bị xử phạt vi phạm hành chính trong năm',
        en: 'No administrative sanction in the year',
      },
      basis: [QD14],
    },
  ],
});

function thrown(f: () => unknown): TdktError {
  try {
    f();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('profiles: a provincial regulation layered on a national regime', () => {
  it('Lào Cai QĐ 14/2024 Đ9: an administrative sanction excludes LĐTT', () => {
    const sanctioned = person([{ year: 2024, rating: 'HTTNV', administrativeSanction: true }]);
    expect(evaluate(sanctioned, 'LDTT', { period: 2024 }).outcome).toBe('eligible');
    const v = evaluate(sanctioned, 'LDTT', { period: 2024, profile: laoCai });
    expect(v.outcome).toBe('ineligible');
    expect(unmet(v)).toEqual(['no-administrative-sanction']);
    expect(v.profile).toBe('lao-cai-2024');
    expect(v.regime).toBe('VN-2024');
    expect(v.regimeSource).toBe('profile');
    expect(find(v, 'no-administrative-sanction').basis[0]).toMatchObject({
      instrument: '14/2024/QĐ-UBND',
      article: 9,
    });
  });

  it('the added criterion only applies to the listed honours', () => {
    const r = person(
      [{ year: 2024, rating: 'HTXSNV', administrativeSanction: true }],
      held('LDTT', 2024),
    );
    const v = evaluate(r, 'CSTDCS', { period: 2024, profile: laoCai });
    expect(v.criteria.map((c) => c.id)).not.toContain('no-administrative-sanction');
  });

  it('an overridden parameter is named in the criterion, its basis and its source', () => {
    const strict = defineProfile({
      id: 'bo-x',
      base: 'VN-2024',
      basis: [{ instrument: '99/2024/TT-BX', article: 5 }],
      overrides: { LDTT_NEW_HIRE_MIN_MONTHS: 9 },
    });
    const r = person([{ year: 2024, rating: 'HTTNV' }], [], { hiredOn: '2024-04-15' });
    expect(evaluate(r, 'LDTT', { period: 2024 }).outcome).toBe('eligible');
    const v = evaluate(r, 'LDTT', { period: 2024, profile: strict });
    expect(unmet(v)).toEqual(['new-hire']);
    const c = find(v, 'new-hire');
    expect(c.parameters).toEqual([
      { id: 'LDTT_NEW_HIRE_MIN_MONTHS', value: 9, confidence: 'confirmed', source: 'profile:bo-x' },
    ]);
    expect(
      c.basis.some((b) => b.instrument === '99/2024/TT-BX' && /profile:bo-x/.test(b.note ?? '')),
    ).toBe(true);
    expect(c.message.vi).toContain('dưới 9 tháng');
  });

  it('dated overrides hold from their date; before it the national value applies', () => {
    const later = defineProfile({
      id: 'later',
      base: 'VN-2024',
      overrides: {
        LDTT_NEW_HIRE_MIN_MONTHS: [
          {
            from: '2024-07-01',
            value: 12,
            basis: [{ instrument: '1/2024/QĐ-X' }],
            confidence: 'confirmed',
          },
        ],
      },
    });
    const r = person([{ year: 2024, rating: 'HTTNV' }], [], { hiredOn: '2024-03-01' });
    expect(evaluate(r, 'LDTT', { period: 2024, profile: later, asOf: '2024-05-01' }).outcome).toBe(
      'eligible',
    );
    expect(evaluate(r, 'LDTT', { period: 2024, profile: later, asOf: '2025-01-01' }).outcome).toBe(
      'ineligible',
    );
  });

  it('an added judgement (e.g. a ministry cap) reaches the verdict', () => {
    const capped = defineProfile({
      id: 'cap',
      base: 'VN-2024',
      extraJudgements: [
        {
          id: 'ministry-cap',
          honours: ['CSTDCS'],
          message: {
            vi: 'Không quá 15% số LĐTT của đơn vị',
            en: 'At most 15% of the unit’s LĐTT holders',
          },
          basis: [{ instrument: '2/2024/TT-BY' }],
        },
      ],
    });
    const v = evaluate(person([{ year: 2024, rating: 'HTXSNV' }], held('LDTT', 2024)), 'CSTDCS', {
      period: 2024,
      profile: capped,
    });
    expect(v.judgements.map((j) => j.id)).toEqual(['council-selection', 'ministry-cap']);
  });

  it('rejects unknown parameters, bad values and a regime other than its base', () => {
    const e = thrown(() =>
      defineProfile({ id: 'x', base: 'VN-2024', overrides: { NO_SUCH_PARAM: 1 } }),
    );
    expect([e.code, e.issues[0]?.path]).toEqual([
      'UNKNOWN_PARAMETER',
      ['spec', 'overrides', 'NO_SUCH_PARAM'],
    ]);
    const t = thrown(() =>
      defineProfile({ id: 'x', base: 'VN-2024', overrides: { LDTT_NEW_HIRE_MIN_MONTHS: 'six' } }),
    );
    expect([t.code, t.issues[0]?.path]).toEqual([
      'INVALID_PROFILE',
      ['spec', 'overrides', 'LDTT_NEW_HIRE_MIN_MONTHS'],
    ]);
    const b = thrown(() => defineProfile({ id: 'x', base: 'VN-1999' as never }));
    expect([b.code, b.issues[0]?.path]).toEqual(['UNKNOWN_REGIME', ['spec', 'base']]);
    const c = thrown(() =>
      defineProfile({
        id: 'x',
        base: 'VN-2024',
        extraCriteria: [
          {
            id: 'c',
            honours: ['LDTT'],
            type: 'rating',
            min: 'NOPE',
            label: { vi: 'a', en: 'a' },
            basis: [],
          },
        ],
      }),
    );
    expect([c.code, c.issues[0]?.path]).toEqual([
      'INVALID_PROFILE',
      ['spec', 'extraCriteria', 0, 'min'],
    ]);
    const h = thrown(() =>
      defineProfile({
        id: 'x',
        base: 'VN-2024',
        extraCriteria: [
          {
            id: 'c',
            honours: ['LĐTT' as never],
            type: 'ledCluster',
            label: { vi: 'a', en: 'a' },
            basis: [],
          },
        ],
      }),
    );
    expect([h.code, h.issues[0]?.path]).toEqual([
      'UNKNOWN_HONOUR',
      ['spec', 'extraCriteria', 0, 'honours', 0],
    ]);
    const m = thrown(() =>
      evaluate(person([{ year: 2024, rating: 'HTTNV' }]), 'LDTT', {
        period: 2024,
        profile: laoCai,
        regime: 'VN-2017',
      }),
    );
    expect([m.code, m.issues[0]?.path]).toEqual(['PROFILE_REGIME_MISMATCH', ['options', 'regime']]);
  });

  it('profiles are frozen and do not keep references to the spec', () => {
    const spec = {
      id: 'f',
      base: 'VN-2024' as const,
      extraCriteria: [
        {
          id: 'c',
          honours: ['LDTT' as const],
          type: 'noAdministrativeSanction' as const,
          label: { vi: 'a', en: 'a' },
          basis: [],
        },
      ],
    };
    const p = defineProfile(spec);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.extraCriteria[0])).toBe(true);
    (spec.extraCriteria[0] as { id: string }).id = 'changed';
    expect(p.extraCriteria[0]?.id).toBe('c');
  });
});

describe('defineProfile checks every field an added criterion reads', () => {
  const base = {
    id: 'p',
    base: 'VN-2024' as const,
  };
  const criterion = (extra: Record<string, unknown>) => ({
    ...base,
    extraCriteria: [
      {
        id: 'x1',
        honours: ['CSTDCS'],
        label: { vi: 'Điều kiện của tỉnh', en: 'Provincial condition' },
        basis: [QD14],
        ...extra,
      },
    ],
  });
  const failure = (spec: unknown) => {
    try {
      defineProfile(spec as never);
    } catch (e) {
      expect(e).toBeInstanceOf(TdktError);
      return { code: (e as TdktError).code, path: (e as TdktError).issues[0]?.path };
    }
    return undefined;
  };

  it('a held-before criterion without codes is refused when the profile is defined, not at evaluation', () => {
    expect(failure(criterion({ type: 'heldBefore' }))).toEqual({
      code: 'INVALID_PROFILE',
      path: ['spec', 'extraCriteria', 0, 'codes'],
    });
    expect(failure(criterion({ type: 'heldBefore', codes: ['NOPE'] }))?.code).toBe(
      'UNKNOWN_HONOUR',
    );
    expect(failure(criterion({ type: 'consecutive', window: {} }))?.path).toEqual([
      'spec',
      'extraCriteria',
      0,
      'pred',
    ]);
    expect(
      failure(criterion({ type: 'memberShare', field: 'members', min: 'TTLDTT_MIN_LDTT_SHARE' }))
        ?.path,
    ).toEqual(['spec', 'extraCriteria', 0, 'field']);
    expect(
      failure(
        criterion({
          type: 'initiatives',
          minScope: 'CSTDCS_INITIATIVE_MIN_SCOPE',
          min: 'CSTDCS_INITIATIVE_MIN_COUNT',
          kinds: ['poetry'],
        }),
      )?.path,
    ).toEqual(['spec', 'extraCriteria', 0, 'kinds']);
    expect(
      failure({ ...criterion({ type: 'notUnderReview' }), basis: [{ instrument: '' }] })?.path,
    ).toEqual(['spec', 'basis', 0, 'instrument']);
  });

  it('a parameter of the wrong kind (a rating where a discipline form is read) fails as INVALID_RULE', () => {
    const p = defineProfile(criterion({ type: 'noDiscipline', from: 'LDTT_MIN_RATING' }) as never);
    const r = person([{ year: 2024, rating: 'HTXSNV' }], held('LDTT', 2024));
    let code: string | undefined;
    try {
      evaluate(r, 'CSTDCS', { period: 2024, profile: p });
    } catch (e) {
      expect(e).toBeInstanceOf(TdktError);
      code = (e as TdktError).code;
    }
    expect(code).toBe('INVALID_RULE');
  });

  it('garbage criteria: TdktError when defined, else a verdict or a TdktError when evaluated', () => {
    const types = fc.constantFrom(
      'rating',
      'heldInPeriod',
      'heldBefore',
      'consecutive',
      'countInWindow',
      'initiatives',
      'consecutiveAwards',
      'memberShare',
      'memberCount',
      'noMemberDisciplined',
      'noDiscipline',
      'servedMonths',
      'ledCluster',
      'notUnderReview',
      'anyOf',
      'allOf',
      'nope',
    );
    const fields = fc.dictionary(
      fc.constantFrom(
        'codes',
        'pred',
        'window',
        'field',
        'kinds',
        'code',
        'concurrent',
        'items',
        'min',
        'count',
        'blockLength',
        'minScope',
        'clock',
        'from',
      ),
      fc.oneof(
        fc.anything(),
        fc.constantFrom(
          ['LDTT'],
          'LDTT',
          { kind: 'holds', codes: ['LDTT'] },
          { length: 'CSTDCS_INITIATIVE_MIN_COUNT' },
          'LDTT_MIN_RATING',
        ),
      ),
    );
    const r = person(
      [{ year: 2024, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] }],
      held('LDTT', 2022, 2023, 2024),
    );
    let defined = 0;
    fc.assert(
      fc.property(
        types,
        fields,
        fc.constantFrom('CSTDCS', 'LDTT', 'BK_BO_TINH'),
        (type, extra, honour) => {
          let profile: ReturnType<typeof defineProfile>;
          try {
            profile = defineProfile({
              ...base,
              extraCriteria: [
                {
                  id: 'x1',
                  honours: [honour],
                  type,
                  label: { vi: 'a', en: 'a' },
                  basis: [],
                  ...extra,
                },
              ],
            } as never);
          } catch (e) {
            expect(e).toBeInstanceOf(TdktError);
            return;
          }
          defined++;
          try {
            evaluate(r, honour as never, { period: 2024, profile });
          } catch (e) {
            expect(e).toBeInstanceOf(TdktError);
          }
        },
      ),
      { seed: 42, numRuns: 3000 },
    );
    expect(defined).toBeGreaterThan(100);
  });

  it('a judgement limited to workers and farmers reaches only their verdicts', () => {
    const p = defineProfile({
      ...base,
      extraJudgements: [
        {
          id: 'production-results',
          honours: ['LDTT'],
          occupations: ['worker', 'farmer'],
          message: {
            vi: 'Hội đồng xét kết quả sản xuất',
            en: 'The council weighs production results',
          },
          basis: [QD14],
        },
      ],
    });
    const ids = (occupation: 'official' | 'worker') =>
      evaluate(person([{ year: 2024, rating: 'HTTNV' }], [], { occupation }), 'LDTT', {
        period: 2024,
        profile: p,
      }).judgements.map((j) => j.id);
    expect(ids('worker')).toContain('production-results');
    expect(ids('official')).not.toContain('production-results');
    expect(
      failure({
        ...base,
        extraJudgements: [
          {
            id: 'j',
            honours: ['LDTT'],
            occupations: ['pilot'],
            message: { vi: 'a', en: 'a' },
            basis: [],
          },
        ],
      })?.path,
    ).toEqual(['spec', 'extraJudgements', 0, 'occupations']);
  });
});
