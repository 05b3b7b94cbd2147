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
