import { describe, expect, it } from 'vitest';
import { TdktError } from '../../src/core/errors.js';
import { quotaLimit } from '../../src/quotas/quota-limit.js';

describe('quotaLimit', () => {
  it.each([
    [47, '0.15', undefined, 7], // CSTĐCS cap: 15% of 47 LĐTT = 7.05 → 7
    [47, 0.15, 'floor', 7],
    [12, '20%', undefined, 2], // Cờ thi đua Chính phủ: 20% of 12 = 2.4 → 2
    [10, 0.3, 'ceil', 3], // never 4 from 3.0000000000000004
    [20, 0.3, 'ceil', 6],
    [47, 0.3, 'ceil', 15], // inspection: 14.1 → 15
    [47, '30%', 'ceil', 15],
    [0, '0.15', undefined, 0],
    [0, 1, 'ceil', 0],
    [5, 0.5, 'half-up', 3], // 2.5 → 3
    [5, 0.5, 'half-even', 2],
    [5, 0.5, 'floor', 2],
    [5, 0.5, 'down', 2],
    [100, 1, undefined, 100],
    [100, 0, 'ceil', 0],
    [7, '100%', undefined, 7],
    [3, '33.3333%', 'ceil', 1],
  ] as const)('quotaLimit(%s, %s, %s) = %i', (base, ratio, rounding, out) => {
    expect(
      rounding === undefined ? quotaLimit(base, ratio) : quotaLimit(base, ratio, rounding),
    ).toBe(out);
  });

  it.each([
    [-1, 0.3, 'INVALID_INPUT'],
    [1.5, 0.3, 'INVALID_INPUT'],
    [Number.NaN, 0.3, 'INVALID_INPUT'],
    [10, 1.01, 'INVALID_RATIO'],
    [10, '101%', 'INVALID_RATIO'],
    [10, -0.1, 'INVALID_RATIO'],
    [10, '0,3', 'INVALID_NUMBER'],
    [10, 'abc', 'INVALID_NUMBER'],
  ])('quotaLimit(%s, %s) throws %s', (base, ratio, code) => {
    try {
      quotaLimit(base, ratio);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TdktError);
      expect((e as TdktError).code).toBe(code);
    }
  });

  it('an unknown rounding throws INVALID_ROUNDING', () => {
    expect(() => quotaLimit(10, 0.3, 'up' as never)).toThrow(TdktError);
  });
});
