import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { capFromParameter } from './cap-from-parameter.js';
import { quotaLimit } from './index.js';
import { selectWithinQuota } from './select-within-quota.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `C${i + 1}` }));

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e.code;
    throw e;
  }
  return undefined;
}

describe('selectWithinQuota — criteria.md §10 worked examples', () => {
  it('#1 VN-2017: 47 LĐTT holders, 8 CSTĐCS proposed → cap 7, over by 1', () => {
    const cap = capFromParameter('CSTDCS_CAP_PCT_OF_LDTT', 47, '2020-12-31');
    expect(cap.status).toBe('cap');
    expect(cap.limit).toBe(7);
    const s = selectWithinQuota(ids(8), { base: 47, ratio: cap.ratio });
    expect(s.limit).toBe(7);
    expect(s.overCapacityBy).toBe(1);
    expect(s.kept.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
    expect(s.cut).toHaveLength(1);
    expect(s.cut[0]?.candidate.id).toBe('C8');
    expect(s.cut[0]?.position).toBe(8);
    expect(s.arithmetic.en).toBe('15% × 47 = 7.05 → 7 (floor)');
    expect(s.arithmetic.vi).toBe('15% × 47 = 7,05 → 7 (làm tròn xuống)');
    expect(s.cut[0]?.reason.en).toContain('15% × 47 = 7.05 → 7');
    expect(s.cut[0]?.reason.vi).toContain('xếp thứ 8');
  });

  it('#2 VN-2024: the same unit proposes 8 → no national cap', () => {
    const cap = capFromParameter('CSTDCS_CAP_PCT_OF_LDTT', 47, '2024-06-30');
    expect(cap.status).toBe('no-cap');
    expect(cap.limit).toBeNull();
    expect(cap.confidence).toBe('inference');
    const s = selectWithinQuota(ids(8), { base: 47, ratio: cap.ratio });
    expect(s.limit).toBeNull();
    expect(s.kept).toHaveLength(8);
    expect(s.cut).toHaveLength(0);
    expect(s.overCapacityBy).toBe(0);
  });

  it('#13 12 cluster leaders propose 3 Cờ CP → cap 2, over by 1', () => {
    const cap = capFromParameter('CO_CP_CAP_PCT', 12, '2024-12-31');
    expect(cap.limit).toBe(2);
    const s = selectWithinQuota(ids(3), { base: 12, ratio: cap.ratio });
    expect(s.overCapacityBy).toBe(1);
    expect(s.arithmetic.en).toBe('20% × 12 = 2.4 → 2 (floor)');
  });
});

describe('selectWithinQuota — cut line', () => {
  it('keeps everyone within the cap', () => {
    const s = selectWithinQuota(ids(3), { base: 47, ratio: '15%' });
    expect(s.kept).toHaveLength(3);
    expect(s.overCapacityBy).toBe(0);
    expect(s.explanation.en).toBe(
      '3 candidates, cap 7 (15% × 47 = 7.05 → 7 (floor)): 3 kept, 0 cut',
    );
  });

  it('an integer product has no arrow', () => {
    expect(selectWithinQuota(ids(1), { base: 40, ratio: 0.15 }).arithmetic.en).toBe('15% × 40 = 6');
  });

  it('ceil rounding for a minimum', () => {
    const s = selectWithinQuota(ids(20), { base: 47, ratio: '0.3', rounding: 'ceil' });
    expect(s.limit).toBe(15);
    expect(s.arithmetic.en).toBe('30% × 47 = 14.1 → 15 (ceil)');
  });

  it('orders by rank and reports a tie straddling the cut as a council decision', () => {
    const c = [
      { id: 'A', rank: 1 },
      { id: 'E', rank: 4 },
      { id: 'B', rank: 2 },
      { id: 'C', rank: 2 },
      { id: 'D', rank: 2 },
    ];
    const s = selectWithinQuota(c, { limit: 2, order: 'rank' });
    expect(s.kept.map((x) => x.id)).toEqual(['A']);
    expect(s.undecided?.candidates.map((x) => x.id)).toEqual(['B', 'C', 'D']);
    expect(s.undecided?.places).toBe(1);
    expect(s.undecided?.reason.en).toContain('council decision');
    expect(s.cut.map((x) => x.candidate.id)).toEqual(['E']);
    expect(s.cut[0]?.position).toBe(5);
    expect(s.overCapacityBy).toBe(3);
  });

  it('a tie entirely above or below the line is not a council decision', () => {
    const c = [
      { id: 'A', rank: 1 },
      { id: 'B', rank: 1 },
      { id: 'C', rank: 3 },
      { id: 'D', rank: 3 },
    ];
    const s = selectWithinQuota(c, { limit: 2, order: 'rank' });
    expect(s.kept.map((x) => x.id)).toEqual(['A', 'B']);
    expect(s.undecided).toBeUndefined();
    expect(s.cut.map((x) => x.candidate.id)).toEqual(['C', 'D']);
  });

  it('orders by score, descending, exactly', () => {
    const c = [
      { id: 'A', score: '90.1' },
      { id: 'B', score: 95 },
      { id: 'C', score: '90.10' },
      { id: 'D', score: '0.3' },
    ];
    const s = selectWithinQuota(c, { limit: 2, order: 'score' });
    expect(s.kept.map((x) => x.id)).toEqual(['B']);
    expect(s.undecided?.candidates.map((x) => x.id)).toEqual(['A', 'C']);
    expect(s.undecided?.places).toBe(1);
    const t = selectWithinQuota(c, { limit: 3, order: 'score' });
    expect(t.kept.map((x) => x.id)).toEqual(['B', 'A', 'C']);
    expect(t.cut.map((x) => x.candidate.id)).toEqual(['D']);
  });

  it('a cap of 0 cuts everyone', () => {
    const s = selectWithinQuota(ids(4), { base: 4, ratio: '0.2' });
    expect(s.limit).toBe(0);
    expect(s.kept).toEqual([]);
    expect(s.cut).toHaveLength(4);
  });

  it('returns the candidates as given, extra fields included', () => {
    const c = [{ id: 'A', cluster: 'CUM-1' }];
    expect(selectWithinQuota(c, { limit: 1 }).kept[0]).toBe(c[0]);
  });

  it('agrees with quotaLimit', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.integer({ min: 0, max: 100 }), (base, pct) => {
        const s = selectWithinQuota([], { base, ratio: `${pct}%` });
        expect(s.limit).toBe(quotaLimit(base, `${pct}%`));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('selectWithinQuota — bad input', () => {
  it('names the offending path', () => {
    expect(code(() => selectWithinQuota(ids(2), { limit: 1, ratio: '0.1' }))).toBe(
      'CONFLICTING_OPTIONS',
    );
    expect(code(() => selectWithinQuota([{ id: 'A' }, { id: 'A' }], { limit: 1 }))).toBe(
      'DUPLICATE_CANDIDATE',
    );
    expect(code(() => selectWithinQuota(ids(2), { limit: 1, order: 'rank' }))).toBe('MISSING_RANK');
    expect(code(() => selectWithinQuota(ids(2), { limit: 1, order: 'score' }))).toBe(
      'MISSING_SCORE',
    );
    expect(code(() => selectWithinQuota(ids(2), { base: 10, ratio: '1.5' }))).toBe('INVALID_RATIO');
    expect(code(() => selectWithinQuota(ids(2), { base: -1, ratio: '0.1' }))).toBe('INVALID_INPUT');
    expect(code(() => selectWithinQuota(ids(2), { base: 10 }))).toBe('INVALID_INPUT');
    expect(code(() => selectWithinQuota(ids(2), { base: 10, ratio: '0,1' }))).toBe(
      'INVALID_NUMBER',
    );
    expect(
      code(() => selectWithinQuota(ids(2), { base: 10, ratio: 0.1, rounding: 'up' as never })),
    ).toBe('INVALID_ROUNDING');
    try {
      selectWithinQuota([{ id: 'A', rank: 0 }], { limit: 1 });
    } catch (e) {
      expect((e as TdktError).issues[0]?.path).toEqual(['candidates', 0, 'rank']);
      expect((e as TdktError).issues[0]?.message.vi).toContain('Thứ hạng');
    }
  });

  it('garbage → a result or a TdktError, and never mutates its input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const ca = structuredClone(a);
        const cb = structuredClone(b);
        try {
          selectWithinQuota(a as never, b as never);
        } catch (e) {
          expect(e).toBeInstanceOf(TdktError);
        }
        expect(a).toEqual(ca);
        expect(b).toEqual(cb);
      }),
      { seed: 42, numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record(
            {
              id: fc.oneof(fc.string(), fc.constant('A')),
              rank: fc.anything(),
              score: fc.anything(),
            },
            { requiredKeys: [] },
          ),
        ),
        fc.record(
          {
            base: fc.oneof(fc.nat(100), fc.anything()),
            ratio: fc.oneof(fc.constantFrom('0.15', '15%', 0.2, null), fc.anything()),
            limit: fc.oneof(fc.nat(5), fc.anything()),
            order: fc.constantFrom('as-given', 'rank', 'score', 'x'),
          },
          { requiredKeys: [] },
        ),
        (cands, opts) => {
          const snapshot = structuredClone(cands);
          try {
            const s = selectWithinQuota(cands as never, opts as never);
            expect(s.kept.length + s.cut.length + (s.undecided?.candidates.length ?? 0)).toBe(
              cands.length,
            );
          } catch (e) {
            expect(e).toBeInstanceOf(TdktError);
          }
          expect(cands).toEqual(snapshot);
        },
      ),
      { seed: 42, numRuns: 400 },
    );
  });
});
