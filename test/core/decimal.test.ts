import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { D, formatDecimal, parseDecimal, roundingMode } from '../../src/core/decimal.js';
import { TdktError } from '../../src/core/errors.js';

describe('parseDecimal', () => {
  it.each([
    ['9.5', '9.5'],
    ['97.50', '97.5'],
    [' 9.5 ', '9.5'],
    ['+3', '3'],
    ['-2.25', '-2.25'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['0', '0'],
    ['007', '7'],
    [0.1, '0.1'],
    [-0, '0'],
    [1e21, '1000000000000000000000'],
    [123456789.123, '123456789.123'],
  ])('%j → %s', (input, out) => {
    expect(parseDecimal(input).toString()).toBe(out);
  });

  it.each([
    '9,5',
    '1,234.5',
    '1e3',
    '1E-2',
    '1 000',
    '',
    '   ',
    'abc',
    '.',
    '-',
    '0x10',
    'Infinity',
    '½',
  ])('rejects %j', (input) => {
    expect(() => parseDecimal(input, ['scores', 'A'])).toThrow(TdktError);
  });

  it.each([Number.NaN, Infinity, -Infinity, null, undefined, true, {}, [], 10n])(
    'rejects %s',
    (input) => {
      expect(() => parseDecimal(input)).toThrow(TdktError);
    },
  );

  it("'9,5' is rejected with a hint, accepted with decimalComma", () => {
    try {
      parseDecimal('9,5', ['scores', 'A']);
      expect.unreachable();
    } catch (e) {
      const err = e as TdktError;
      expect(err.code).toBe('INVALID_NUMBER');
      expect(err.issues[0]?.path).toEqual(['scores', 'A']);
      expect(err.issues[0]?.message.vi).toContain('decimalComma');
      expect(err.issues[0]?.message.en).toContain('decimalComma');
    }
    expect(parseDecimal('9,5', [], { decimalComma: true }).toString()).toBe('9.5');
    expect(parseDecimal(' -9,25 ', [], { decimalComma: true }).toString()).toBe('-9.25');
    expect(() => parseDecimal('1.234,5', [], { decimalComma: true })).toThrow(TdktError);
    expect(() => parseDecimal('9,', [], { decimalComma: true })).toThrow(TdktError);
  });

  it('0.1 + 0.2 is exactly 0.3 (numbers and strings)', () => {
    expect(parseDecimal(0.1).plus(parseDecimal(0.2)).toString()).toBe('0.3');
    expect(parseDecimal('0.1').plus('0.2').eq('0.3')).toBe(true);
    expect(parseDecimal(0.3).times(10).toString()).toBe('3');
    expect(0.1 + 0.2).not.toBe(0.3);
  });
});

describe('formatDecimal', () => {
  it.each([
    ['97.5', 2, 'half-up', '97.50'],
    ['2.345', 2, 'half-up', '2.35'],
    ['2.345', 2, 'half-even', '2.34'],
    ['2.355', 2, 'half-even', '2.36'],
    ['-2.345', 2, 'half-up', '-2.35'],
    ['-1.231', 2, 'floor', '-1.24'],
    ['-1.239', 2, 'ceil', '-1.23'],
    ['1.239', 2, 'down', '1.23'],
    ['7.05', 0, 'floor', '7'],
    ['0', 2, 'half-up', '0.00'],
    ['-0.001', 2, 'half-up', '0.00'],
    ['-0.004', 2, 'half-even', '0.00'],
    ['-0.001', 0, 'half-up', '0'],
    ['-0.005', 2, 'half-up', '-0.01'],
    ['-0.001', 2, 'ceil', '0.00'],
    ['-0.001', 2, 'floor', '-0.01'],
  ] as const)('formatDecimal(%s, %i, %s) = %s', (v, scale, r, out) => {
    expect(formatDecimal(new D(v), scale, r)).toBe(out);
  });

  it('never "-0.00"', () => {
    for (const v of ['-0', '-0.0001', '-0.00499']) {
      expect(formatDecimal(new D(v), 2)).toBe('0.00');
    }
  });
});

describe('the private constructor', () => {
  it('leaves the global Decimal untouched', () => {
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(D).not.toBe(Decimal);
    expect(D.precision).toBe(40);
  });

  it('roundingMode maps every declared mode and rejects others', () => {
    expect(roundingMode('floor')).toBe(Decimal.ROUND_FLOOR);
    expect(roundingMode('ceil')).toBe(Decimal.ROUND_CEIL);
    expect(roundingMode('half-up')).toBe(Decimal.ROUND_HALF_UP);
    expect(roundingMode('half-even')).toBe(Decimal.ROUND_HALF_EVEN);
    expect(roundingMode('down')).toBe(Decimal.ROUND_DOWN);
    for (const bad of ['round', 'FLOOR', 'toString', '__proto__', 1, null, undefined]) {
      expect(() => roundingMode(bad, ['rounding'])).toThrow(TdktError);
    }
  });
});
