import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { evaluate } from './engine.js';

function pathOf(record: unknown): [string, (string | number)[]] {
  try {
    evaluate(record as never, 'LDTT', { period: 2024 });
  } catch (e) {
    if (e instanceof TdktError) return [e.code, [...(e.issues[0]?.path ?? [])]];
    throw e;
  }
  throw new Error('accepted');
}

const base = { kind: 'individual', id: 'x', years: [{ year: 2024, rating: 'HTTNV' }], honours: [] };

describe('the record validator names the offending path (never a TypeError)', () => {
  const cases: [string, unknown, string, (string | number)[]][] = [
    ['not an object', 42, 'INVALID_INPUT', ['record']],
    ['null', null, 'INVALID_INPUT', ['record']],
    ['an array', [], 'INVALID_INPUT', ['record']],
    ['unknown kind', { ...base, kind: 'person' }, 'INVALID_INPUT', ['record', 'kind']],
    ['empty id', { ...base, id: '' }, 'INVALID_INPUT', ['record', 'id']],
    ['years not an array', { ...base, years: {} }, 'INVALID_INPUT', ['record', 'years']],
    ['a year not an object', { ...base, years: [7] }, 'INVALID_INPUT', ['record', 'years', 0]],
    [
      'a fractional year',
      { ...base, years: [{ year: 2024.5 }] },
      'INVALID_INPUT',
      ['record', 'years', 0, 'year'],
    ],
    [
      'a year out of range',
      { ...base, years: [{ year: 1800 }] },
      'INVALID_INPUT',
      ['record', 'years', 0, 'year'],
    ],
    [
      'a duplicate year',
      { ...base, years: [{ year: 2024 }, { year: 2024 }] },
      'INVALID_INPUT',
      ['record', 'years', 1, 'year'],
    ],
    [
      'an unknown rating',
      { ...base, years: [{ year: 2024, rating: 'XS' }] },
      'INVALID_INPUT',
      ['record', 'years', 0, 'rating'],
    ],
    [
      'an unknown discipline',
      { ...base, years: [{ year: 2024, discipline: 'nhac-nho' }] },
      'INVALID_INPUT',
      ['record', 'years', 0, 'discipline'],
    ],
    [
      'underReview not boolean',
      { ...base, years: [{ year: 2024, underReview: 'yes' }] },
      'INVALID_INPUT',
      ['record', 'years', 0, 'underReview'],
    ],
    [
      'initiatives not an array',
      { ...base, years: [{ year: 2024, initiatives: 'one' }] },
      'INVALID_INPUT',
      ['record', 'years', 0, 'initiatives'],
    ],
    [
      'an initiative scope',
      { ...base, years: [{ year: 2024, initiatives: [{ scope: 'huyen' }] }] },
      'INVALID_INPUT',
      ['record', 'years', 0, 'initiatives', 0, 'scope'],
    ],
    [
      'an initiative kind',
      { ...base, years: [{ year: 2024, initiatives: [{ scope: 'co-so', kind: 'idea' }] }] },
      'INVALID_INPUT',
      ['record', 'years', 0, 'initiatives', 0, 'kind'],
    ],
    [
      'hiredOn not a date',
      { ...base, hiredOn: '2024-13-01' },
      'INVALID_INPUT',
      ['record', 'hiredOn'],
    ],
    ['periodKind', { ...base, periodKind: 'fiscal' }, 'INVALID_INPUT', ['record', 'periodKind']],
    ['occupation', { ...base, occupation: 'teacher' }, 'INVALID_INPUT', ['record', 'occupation']],
    ['armedForces', { ...base, armedForces: 1 }, 'INVALID_INPUT', ['record', 'armedForces']],
    ['honours missing', { ...base, honours: undefined }, 'INVALID_INPUT', ['record', 'honours']],
    [
      'an unknown honour code',
      { ...base, honours: [{ code: 'LĐTT', year: 2024 }] },
      'UNKNOWN_HONOUR',
      ['record', 'honours', 0, 'code'],
    ],
    [
      'an honour year',
      { ...base, honours: [{ code: 'LDTT', year: '2024' }] },
      'INVALID_INPUT',
      ['record', 'honours', 0, 'year'],
    ],
    [
      'a decision date',
      { ...base, honours: [{ code: 'LDTT', decisionDate: '15/03/2019' }] },
      'INVALID_INPUT',
      ['record', 'honours', 0, 'decisionDate'],
    ],
    [
      'a reversed achievement period',
      {
        ...base,
        honours: [
          { code: 'BK_BO_TINH', achievementPeriod: { from: '2019-01-01', to: '2018-12-31' } },
        ],
      },
      'INVALID_INPUT',
      ['record', 'honours', 0, 'achievementPeriod'],
    ],
    [
      'an achievement period end',
      { ...base, honours: [{ code: 'BK_BO_TINH', achievementPeriod: { from: '2019-01-01' } }] },
      'INVALID_INPUT',
      ['record', 'honours', 0, 'achievementPeriod', 'to'],
    ],
    [
      'revoked not boolean',
      { ...base, honours: [{ code: 'LDTT', year: 2024, revoked: 'no' }] },
      'INVALID_INPUT',
      ['record', 'honours', 0, 'revoked'],
    ],
  ];
  for (const [what, record, code, path] of cases) {
    it(what, () => {
      expect(pathOf(record)).toEqual([code, path]);
    });
  }

  it('collective members: counts are integers not above the total', () => {
    const col = (members: unknown) => ({
      kind: 'collective',
      id: 'c',
      years: [{ year: 2024, members }],
      honours: [],
    });
    const at = (m: unknown) => {
      try {
        evaluate(col(m) as never, 'TTLDTT', { period: 2024 });
      } catch (e) {
        return e instanceof TdktError ? e.issues[0]?.path : 'other';
      }
      return 'accepted';
    };
    expect(at({ total: 10, ldtt: 11 })).toEqual(['record', 'years', 0, 'members', 'ldtt']);
    expect(at({ total: -1 })).toEqual(['record', 'years', 0, 'members', 'total']);
    expect(at({ total: 10, cstdcs: 1.5 })).toEqual(['record', 'years', 0, 'members', 'cstdcs']);
    expect(at({ total: 10, disciplined: 1, disciplinedWarningOrAbove: 2 })).toEqual([
      'record',
      'years',
      0,
      'members',
      'disciplinedWarningOrAbove',
    ]);
    expect(at('all')).toEqual(['record', 'years', 0, 'members']);
    expect(at({ total: 10, ldtt: 6 })).toBe('accepted');
  });

  it('ignores unknown fields and accepts a minimal record', () => {
    expect(evaluate({ ...base, note: 'x' } as never, 'LDTT', { period: 2024 }).outcome).toBe(
      'eligible',
    );
  });

  it('never writes to the record', () => {
    const r = structuredClone(base);
    const frozen = JSON.parse(JSON.stringify(r));
    evaluate(r as never, 'CSTDCS', { period: 2024 });
    expect(r).toEqual(frozen);
  });
});
