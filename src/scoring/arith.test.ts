import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, formatDecimal, type Rounding } from '../core/decimal.js';
import { DEC, FAST, NOT_EXACT, sheetNum } from './arith.js';

/** Property-test inputs, capped by FC_NUM_RUNS under mutation testing (docs/quality.md). */
const runs = (n: number): number => Math.min(n, Number(process.env['FC_NUM_RUNS'] ?? n));

const ROUNDINGS: Rounding[] = ['floor', 'ceil', 'half-up', 'half-even', 'down'];

function fast<T>(f: () => T): T | 'NOT_EXACT' {
  try {
    return f();
  } catch (e) {
    if (e === NOT_EXACT) return 'NOT_EXACT';
    throw e;
  }
}

describe('FAST micro-point arithmetic', () => {
  it('parses exactly or declines', () => {
    expect(FAST.parse(0.1, false, 'v')).toBe(100_000);
    expect(FAST.parse('9.5', false, 'v')).toBe(9_500_000);
    expect(FAST.parse('-0', false, 'v')).toBe(0);
    expect(FAST.parse('007.250000', false, 'v')).toBe(7_250_000);
    expect(fast(() => FAST.parse(0.1 + 0.2, false, 'v'))).toBe('NOT_EXACT');
    expect(fast(() => FAST.parse('1.0000001', false, 'v'))).toBe('NOT_EXACT');
    expect(fast(() => FAST.parse(' 9.5', false, 'v'))).toBe('NOT_EXACT');
    expect(fast(() => FAST.parse('9,5', false, 'v'))).toBe('NOT_EXACT');
    expect(fast(() => FAST.parse(1e12, false, 'v'))).toBe('NOT_EXACT');
  });

  it('formats like decimal.js, literal cases', () => {
    const cases: Array<[number, number, Rounding, string]> = [
      [300_000, 2, 'half-up', '0.30'],
      [107_000_000, 2, 'half-up', '107.00'],
      [7_050_000, 0, 'floor', '7'],
      [7_050_000, 1, 'half-even', '7.0'],
      [7_150_000, 1, 'half-even', '7.2'],
      [7_250_000, 1, 'half-even', '7.2'],
      [7_250_000, 1, 'half-up', '7.3'],
      [-1_000, 2, 'half-up', '0.00'],
      [-5_000, 2, 'half-up', '-0.01'],
      [-5_000, 2, 'floor', '-0.01'],
      [-5_000, 2, 'ceil', '0.00'],
      [-5_000, 2, 'down', '0.00'],
      [1, 8, 'half-up', '0.00000100'],
      [123_456_789, 6, 'half-up', '123.456789'],
      [999_995, 2, 'half-up', '1.00'],
    ];
    for (const [n, scale, r, out] of cases) {
      expect(FAST.fmt(n, scale, r)).toBe(out);
      expect(formatDecimal(new D(n).div(1_000_000), scale, r)).toBe(out);
    }
  });

  it('FAST and DEC agree on every representable value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e14, max: 1e14 }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom(...ROUNDINGS),
        (n, scale, r) => {
          expect(FAST.fmt(n, scale, r)).toBe(DEC.fmt(new D(n).div(1_000_000), scale, r));
        },
      ),
      { seed: 42, numRuns: runs(2000) },
    );
  });

  it('weights multiply exactly or decline', () => {
    expect(FAST.mul(10_000_000, sheetNum(new D('0.3')))).toBe(3_000_000);
    expect(fast(() => FAST.mul(1, sheetNum(new D('0.3'))))).toBe('NOT_EXACT');
    expect(fast(() => FAST.mul(1, sheetNum(new D('0.1234567'))))).toBe('NOT_EXACT');
    expect(fast(() => FAST.add(Number.MAX_SAFE_INTEGER, 1))).toBe('NOT_EXACT');
  });
});
