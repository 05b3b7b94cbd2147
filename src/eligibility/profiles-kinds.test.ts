// defineProfile: overrides keep the kind of the national value (a ratio stays a ratio), long
// unknown ids are cut in messages, and only profiles it made are accepted by evaluate.
import { describe, expect, it } from 'vitest';
import { person } from '../../test/eligibility/fixtures.js';
import { TdktError } from '../core/errors.js';
import { evaluate } from './engine.js';
import { defineProfile, isProfile } from './profiles.js';

function error(f: () => unknown): { code: string; path: unknown; en: string } {
  try {
    f();
  } catch (e) {
    if (!(e instanceof TdktError)) throw e;
    return { code: e.code, path: e.issues[0]?.path, en: e.issues[0]?.message.en ?? '' };
  }
  throw new Error('no error');
}

describe('override kinds', () => {
  const base = { id: 'p', base: 'VN-2024' } as const;
  const share = { numerator: 3, denominator: 4, strict: false };

  it('a ratio parameter takes a ratio, not a number; a number parameter not a ratio', () => {
    expect(
      defineProfile({ ...base, overrides: { TTLDTT_MIN_LDTT_SHARE: share } }).overrides[
        'TTLDTT_MIN_LDTT_SHARE'
      ]?.[0]?.value,
    ).toEqual(share);
    expect(
      error(() => defineProfile({ ...base, overrides: { TTLDTT_MIN_LDTT_SHARE: 0.75 } })),
    ).toEqual({
      code: 'INVALID_PROFILE',
      path: ['spec', 'overrides', 'TTLDTT_MIN_LDTT_SHARE'],
      en: 'Value 0.75 does not match the type of parameter TTLDTT_MIN_LDTT_SHARE',
    });
    expect(
      error(() => defineProfile({ ...base, overrides: { LDTT_NEW_HIRE_MIN_MONTHS: share } })).en,
    ).toBe('Value an object does not match the type of parameter LDTT_NEW_HIRE_MIN_MONTHS');
  });

  it('null ("no such rule") fits any parameter', () => {
    const p = defineProfile({
      ...base,
      overrides: { TTLDXS_NO_DISCIPLINE_FROM: 'canh-cao', LDTT_NEW_HIRE_MIN_MONTHS: null },
    });
    expect(p.overrides['TTLDXS_NO_DISCIPLINE_FROM']?.[0]?.value).toBe('canh-cao');
    expect(p.overrides['LDTT_NEW_HIRE_MIN_MONTHS']?.[0]?.value).toBeNull();
  });

  it('an unknown parameter id is cut to 60 characters in the message', () => {
    const id = `X${'Y'.repeat(99)}`;
    expect(error(() => defineProfile({ ...base, overrides: { [id]: 1 } })).en).toBe(
      `No parameter "${id.slice(0, 60)}" to override`,
    );
  });
});

describe('only profiles made by defineProfile', () => {
  it('a copy, a look-alike, null or a string are not profiles', () => {
    const p = defineProfile({ id: 'p', base: 'VN-2024' });
    expect(isProfile(p)).toBe(true);
    for (const v of [{ ...p }, null, 'p', 1, undefined]) expect(isProfile(v)).toBe(false);
    const r = person([{ year: 2024, rating: 'HTTNV' }]);
    expect(error(() => evaluate(r, 'LDTT', { period: 2024, profile: { ...p } })).path).toEqual([
      'options',
      'profile',
    ]);
    expect(error(() => evaluate(r, 'LDTT', { period: 2024, profile: null as never })).path).toEqual(
      ['options', 'profile'],
    );
  });
});

describe('more paths and edges of defineProfile', () => {
  const B = [{ instrument: '1/2024/QĐ-X' }];
  const L = { vi: 'L', en: 'L' };
  const base = { id: 'p', base: 'VN-2024' } as const;
  const crit = (extra: Record<string, unknown>) =>
    defineProfile({
      ...base,
      extraCriteria: [{ id: 'c', honours: ['LDTT'], label: L, basis: B, ...extra } as never],
    });
  const path = (f: () => unknown) => error(f).path;

  it('paths inside dated values, labels, predicates and judgements', () => {
    expect(
      path(() =>
        defineProfile({
          ...base,
          overrides: {
            LDTT_NEW_HIRE_MIN_MONTHS: [
              { from: '2024-01-01', value: 9, basis: 'x', confidence: 'confirmed' },
            ],
          } as never,
        }),
      ),
    ).toEqual(['spec', 'overrides', 'LDTT_NEW_HIRE_MIN_MONTHS', 0, 'basis']);
    expect(path(() => crit({ type: 'ledCluster', label: 'L' }))).toEqual([
      'spec',
      'extraCriteria',
      0,
      'label',
    ]);
    expect(
      path(() => crit({ type: 'consecutive', pred: { kind: 'holds', codes: [] }, window: {} })),
    ).toEqual(['spec', 'extraCriteria', 0, 'pred', 'codes']);
    const judge = (extra: Record<string, unknown>) =>
      defineProfile({
        ...base,
        extraJudgements: [{ id: 'j', honours: ['LDTT'], message: L, basis: B, ...extra } as never],
      });
    expect(path(() => judge({ basis: 'x' }))).toEqual(['spec', 'extraJudgements', 0, 'basis']);
    expect(path(() => judge({ honours: [] }))).toEqual(['spec', 'extraJudgements', 0, 'honours']);
    expect(path(() => judge({ occupations: ['worker', 'pilot'] }))).toEqual([
      'spec',
      'extraJudgements',
      0,
      'occupations',
    ]);
    expect(
      path(() =>
        crit({
          type: 'initiatives',
          minScope: 'CSTDCS_INITIATIVE_MIN_SCOPE',
          min: 'CSTDCS_INITIATIVE_MIN_COUNT',
          kinds: ['research', 'idea'],
        }),
      ),
    ).toEqual(['spec', 'extraCriteria', 0, 'kinds']);
  });

  it('article 1 is a valid article; an object that is not a ratio does not fit a ratio parameter', () => {
    expect(
      defineProfile({ ...base, basis: [{ instrument: 'x', article: 1, clause: 1 }] }).basis[0],
    ).toEqual({ instrument: 'x', article: 1, clause: 1 });
    expect(
      error(() =>
        defineProfile({ ...base, overrides: { TTLDTT_MIN_LDTT_SHARE: { numerator: 1 } } as never }),
      ).path,
    ).toEqual(['spec', 'overrides', 'TTLDTT_MIN_LDTT_SHARE']);
  });

  it('a long unknown id is cut in both languages', () => {
    const id = `X${'Y'.repeat(99)}`;
    let vi = '';
    try {
      defineProfile({ ...base, overrides: { [id]: 1 } });
    } catch (e) {
      vi = (e as TdktError).issues[0]?.message.vi ?? '';
    }
    expect(vi).toBe(`Không có tham số "${id.slice(0, 60)}" để ghi đè`);
  });

  it('only heldInPeriod keeps "concurrent"; a holds predicate needs none', () => {
    const before = crit({ type: 'heldBefore', codes: ['LDTT'], concurrent: { civil: 'LDTT' } });
    expect(before.extraCriteria[0]).not.toHaveProperty('concurrent');
    const holds = crit({
      type: 'countInWindow',
      pred: { kind: 'holds', codes: ['CSTDCS'] },
      min: 'BK_TTG_CSTDCS_COUNT',
      window: { length: 'BK_TTG_WINDOW_YEARS' },
    });
    expect((holds.extraCriteria[0] as unknown as { pred: unknown }).pred).toEqual({
      kind: 'holds',
      codes: ['CSTDCS'],
    });
  });
});
