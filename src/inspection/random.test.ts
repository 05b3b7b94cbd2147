import { describe, expect, it } from 'vitest';
import { hash32, prng, seededPrng, seededRank, seedText, shuffled } from './random.js';

describe('seeded generator (string hash + mulberry32)', () => {
  it('is deterministic and depends on the seed', () => {
    const a = prng(12345);
    const b = prng(12345);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    for (const x of xs) {
      expect(Number.isInteger(x)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(2 ** 32);
    }
    const c = prng(12346);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('below(k) stays in [0, k) and is roughly uniform', () => {
    const r = seededPrng('uniform', 'test');
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const v = r.below(10);
      expect(v >= 0 && v < 10 && Number.isInteger(v)).toBe(true);
      counts[v]++;
    }
    for (const c of counts) {
      expect(c).toBeGreaterThan(1700);
      expect(c).toBeLessThan(2300);
    }
  });

  it('hashes near-identical strings apart; numbers and their strings are one seed', () => {
    expect(hash32('DV1')).not.toBe(hash32('DV2'));
    expect(hash32('')).toBe(hash32(''));
    expect(seedText(42)).toBe('42');
    expect(seededRank(42, 'p', 'A')).toBe(seededRank('42', 'p', 'A'));
    expect(seededRank(42, 'p', 'A')).not.toBe(seededRank(43, 'p', 'A'));
    expect(seededRank(42, 'p', 'A')).not.toBe(seededRank(42, 'q', 'A'));
  });

  it('shuffles a copy into a permutation, leaving the input alone', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const out = shuffled(input, seededPrng(1, 'shuffle'));
    expect([...out].sort()).toEqual([...input]);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(shuffled(input, seededPrng(1, 'shuffle'))).toEqual(out);
  });
});
