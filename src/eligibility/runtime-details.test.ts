// Details of the compiled-rule runtime: which profile additions reach which honour, the depth
// limit of honours evaluated in the same review, and the runtime cache keys. Written for
// mutation testing (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { find, person } from '../../test/eligibility/fixtures.js';
import { evaluate } from './engine.js';
import { defineProfile } from './profiles.js';
import { getRuntime } from './runtime.js';

const BASIS = [{ instrument: '2/2024/TT-BY' }];

describe('profile additions reach only the honours they name', () => {
  const p = defineProfile({
    id: 'cap-only-cstdcs',
    base: 'VN-2024',
    extraJudgements: [
      {
        id: 'ministry-cap',
        honours: ['CSTDCS'],
        message: { vi: 'Không quá 15% số LĐTT', en: 'At most 15% of LĐTT holders' },
        basis: BASIS,
      },
    ],
  });
  const r = person([{ year: 2024, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] }]);

  it('a judgement added to CSTĐCS is in its verdict and not in the LĐTT verdict', () => {
    const ids = (honour: 'LDTT' | 'CSTDCS') =>
      evaluate(r, honour, { period: 2024, profile: p }).judgements.map((j) => j.id);
    expect(ids('CSTDCS')).toContain('ministry-cap');
    expect(ids('LDTT')).not.toContain('ministry-cap');
    expect(ids('LDTT')).toEqual(evaluate(r, 'LDTT', { period: 2024 }).judgements.map((j) => j.id));
  });
});

describe('honours evaluated in the same review stop at a fixed depth', () => {
  // A profile that makes LĐTT require CSTĐCS in the same review, while CSTĐCS requires LĐTT:
  // a cycle. The engine stops nesting after a few levels instead of recursing for ever.
  const cycle = defineProfile({
    id: 'cycle',
    base: 'VN-2024',
    extraCriteria: [
      {
        id: 'holds-cstdcs',
        honours: ['LDTT'],
        type: 'heldInPeriod',
        codes: ['CSTDCS'],
        concurrent: { civil: 'CSTDCS', armedForces: 'CSTDCS' },
        label: { vi: 'Đạt CSTĐCS trong kỳ', en: 'Holds CSTĐCS for the period' },
        basis: BASIS,
      },
    ],
  });

  it('LĐTT with the cycle: a verdict, nested no deeper than the limit', () => {
    const r = person([{ year: 2024, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] }]);
    const v = evaluate(r, 'LDTT', { period: 2024, profile: cycle });
    expect(['eligible', 'ineligible', 'undetermined']).toContain(v.outcome);
    let depth = 0;
    let c = find(v, 'holds-cstdcs');
    while (c.children?.length) {
      depth++;
      const next = c.children.flatMap((k) => k.children ?? []).find((k) => k.children?.length);
      if (!next) break;
      c = next;
    }
    expect(depth).toBeGreaterThan(0);
    expect(depth).toBeLessThanOrEqual(4);
  });
});

describe('runtime cache', () => {
  const env = {
    regime: 'VN-2024' as const,
    paramDate: '2024-06-01',
    provisional: false,
    profile: undefined,
  };

  it('the same key gives the same runtime; a different regime, date or flag another one', () => {
    const a = getRuntime(env);
    expect(getRuntime({ ...env })).toBe(a);
    const regime = getRuntime({ ...env, regime: 'VN-2017' });
    expect(regime.env.regime).toBe('VN-2017');
    const provisional = getRuntime({ ...env, provisional: true });
    expect(provisional.env.provisional).toBe(true);
    const date = getRuntime({ ...env, paramDate: '2024-07-01' });
    expect(date.env.paramDate).toBe('2024-07-01');
    expect(new Set([a, regime, provisional, date]).size).toBe(4);
    expect(getRuntime(env)).toBe(a);
    // Right after `a`, only the provisional flag differs: still another runtime.
    expect(getRuntime({ ...env, provisional: true })).toBe(provisional);
    expect(getRuntime(env)).toBe(a);
    expect(getRuntime({ ...env, regime: 'VN-2017' })).toBe(regime);
  });

  it('nested evaluation of an honour with no rule for the record kind gives nothing', () => {
    const rt = getRuntime(env);
    const ctx = { facts: { kind: 'individual' } } as never;
    expect(rt.nested('GDVH', ctx)).toBeUndefined();
    expect(rt.rule('GDVH', 'individual')).toBeUndefined();
    expect(rt.rule('GDVH', 'household')?.honour).toBe('GDVH');
  });
});
