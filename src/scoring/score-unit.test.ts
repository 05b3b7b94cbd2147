import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { scoreUnit } from './score-unit.js';
import { defineScoreSheet } from './sheet.js';
import { HCMC_TDKT_WORK_SHEET } from './sheets/hcmc-tdkt-work.js';
import { LABOUR_FORM_06_SHEET } from './sheets/labour-form-06.js';

function error(fn: () => unknown): TdktError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

const two = defineScoreSheet({
  id: 'TWO',
  criteria: [
    { id: 'A', max: 100 },
    { id: 'B', max: 100 },
  ],
});
const total = (
  a: string | number,
  b: string | number,
  scale?: number,
  rounding?: 'floor' | 'half-even',
) =>
  scoreUnit(
    scale === undefined
      ? two
      : defineScoreSheet({
          id: 'S',
          criteria: [
            { id: 'A', max: 100 },
            { id: 'B', max: 100 },
          ],
          scale,
          ...(rounding ? { rounding } : {}),
        }),
    { unit: 'U', scores: { A: a, B: b } },
  ).total;

describe('exact decimal arithmetic (decimal.js-style literal cases)', () => {
  it.each([
    [0.1, 0.2, '0.30'],
    ['0.1', '0.2', '0.30'],
    [97, 10, '107.00'],
    [0.3, 0.6, '0.90'],
    [1.005, 0, '1.01'],
    [1.004, 0, '1.00'],
    ['33.333333333', '33.333333333', '66.67'],
    [0.30000000000000004, 0, '0.30'],
    ['0', '0', '0.00'],
    ['99.995', '0', '100.00'],
    [12.345, 67.891, '80.24'],
    ['.5', '7.', '7.50'],
    ['  9.5 ', '+0.5', '10.00'],
  ])('%s + %s → %s', (a, b, out) => {
    expect(total(a, b)).toBe(out);
  });

  it('declared scale and rounding', () => {
    expect(total('1.005', 0, 3)).toBe('1.005');
    expect(total('1.0049', 0, 3)).toBe('1.005');
    expect(total('0.125', 0, 2, 'half-even')).toBe('0.12');
    expect(total('0.135', 0, 2, 'half-even')).toBe('0.14');
    expect(total('99.999', 0, 2, 'floor')).toBe('99.99');
    expect(total(97, 10, 0)).toBe('107');
    expect(total('1.23456789', '0', 8)).toBe('1.23456789');
  });

  it('totals always have exactly `scale` decimals', () => {
    for (const scale of [0, 1, 2, 3, 6, 7, 10]) {
      const t = total('12.3456789', 1, scale);
      expect(t.split('.')[1]?.length ?? 0).toBe(scale);
    }
  });
});

describe('HCMC TĐKT-work sheet: flag bonuses, totals above 100', () => {
  const scores = { '1': 10, '2': 10, '3': 20, '4': 10, '5': 10, '6': 10, '7': 17, '8': 10 };
  it('97 + 10 = 107 (the worked example of the HCMC ranking sheet)', () => {
    const s = scoreUnit(HCMC_TDKT_WORK_SHEET, {
      unit: 'Q1',
      scores,
      bonuses: [{ item: 'CO_TINH_BO' }],
    });
    expect(s.base).toBe('97.00');
    expect(s.bonus).toBe('10.00');
    expect(s.total).toBe('107.00');
    expect(s.notes.some((n) => n.en.includes('never clamped'))).toBe(true);
  });
  it('+15 for the Cờ thi đua của Chính phủ; +10 and +15 do not stack by default', () => {
    expect(
      scoreUnit(HCMC_TDKT_WORK_SHEET, { unit: 'Q1', scores, bonuses: [{ item: 'CO_CP' }] }).total,
    ).toBe('112.00');
    const both = scoreUnit(HCMC_TDKT_WORK_SHEET, {
      unit: 'Q1',
      scores,
      bonuses: [{ item: 'CO_TINH_BO' }, { item: 'CO_CP' }],
    });
    expect(both.bonus).toBe('15.00');
    expect(both.bonuses.map((l) => [l.item, l.claimed, l.applied, l.excluded ?? false])).toEqual([
      ['CO_TINH_BO', '10.00', '0.00', true],
      ['CO_CP', '15.00', '15.00', false],
    ]);
    const stacked = scoreUnit(
      HCMC_TDKT_WORK_SHEET,
      { unit: 'Q1', scores, bonuses: [{ item: 'CO_TINH_BO' }, { item: 'CO_CP' }] },
      { stackExclusive: true },
    );
    expect(stacked.total).toBe('122.00');
  });
  it('accepts only its declared bonus items', () => {
    const e = error(() =>
      scoreUnit(HCMC_TDKT_WORK_SHEET, {
        unit: 'Q1',
        scores,
        bonuses: [{ points: 3, reason: 'x' }],
      }),
    );
    expect(e.code).toBe('UNKNOWN_ITEM');
    expect(e.issues[0]?.path).toEqual(['bonuses', 0, 'item']);
  });
});

describe('labour-sector 100-point form: band edges', () => {
  const sheet = defineScoreSheet({
    id: 'L',
    criteria: [{ id: 'A', max: 100 }],
    bands: LABOUR_FORM_06_SHEET.bands,
  });
  const at = (v: string | number) => scoreUnit(sheet, { unit: 'U', scores: { A: v } });
  it.each([
    [69.99, undefined, 'below-all'],
    [70, 'TTLDTT', 'in-band'],
    ['89.99', 'TTLDTT', 'in-band'],
    [90, 'TTLDTT', 'in-band'],
    ['90.5', undefined, 'in-gap'],
    ['90.99', undefined, 'in-gap'],
    [91, 'TTLDXS', 'in-band'],
    [100, 'TTLDXS', 'in-band'],
  ])('%s → %s (%s)', (v, band, status) => {
    const s = at(v);
    expect(s.band).toBe(band);
    expect(s.bandStatus).toBe(status);
  });
  it('says so when a score falls in no band', () => {
    const s = at('90.5');
    expect(s.notes).toContainEqual({
      vi: 'Tổng điểm 90.50 không thuộc xếp loại nào: nằm giữa "TTLDTT" (đến 90) và "TTLDXS" (từ 91)',
      en: 'Total 90.50 falls in no band: between "TTLDTT" (up to 90) and "TTLDXS" (from 91)',
    });
  });
  it('bands classify the total as displayed', () => {
    // 90.004 is shown as 90.00 and classified as TTLĐTT, not as a gap
    expect(at('90.004').band).toBe('TTLDTT');
    expect(at('90.005').bandStatus).toBe('in-gap');
  });
  it('bonuses above the top band', () => {
    const s = defineScoreSheet({
      id: 'L2',
      criteria: [{ id: 'A', max: 100 }],
      bands: LABOUR_FORM_06_SHEET.bands,
    });
    expect(
      scoreUnit(s, { unit: 'U', scores: { A: 100 }, bonuses: [{ points: 1 }] }).bandStatus,
    ).toBe('above-all');
  });
  it('the shipped sheet: a per-occurrence item and a band', () => {
    const s = scoreUnit(LABOUR_FORM_06_SHEET, {
      unit: 'P',
      scores: { 'I.1': 38, 'I.2': 18, II: 18, 'III.1': 9, 'III.3': 4 },
      counts: { 'III.2': 4 },
    });
    expect(s.criteria).toHaveProperty(['III.2'], '6.00');
    expect(s.total).toBe('93.00');
    expect(s.band).toBe('TTLDXS');
    expect(s.notes[0]?.en).toBe('Criterion "III.2": 4 occurrences exceed the cap, counted as 6.00');
  });
});

describe('per-occurrence, tiered items and caps', () => {
  const sheet = defineScoreSheet({
    id: 'C',
    criteria: [
      { id: 'sk', title: '+2 điểm mỗi sáng kiến, tối đa 6', max: 6, perOccurrence: 2 },
      { id: 'giai', max: 20, tiers: { nhat: 20, nhi: 12, ba: 10, kk: 8 } },
      { id: 'x', max: 10 },
    ],
    bonus: {
      max: 5,
      items: [
        { id: 'mo-hinh', points: 1.5, max: 3 },
        { id: 'giai-thuong', tiers: { nhat: 3, nhi: 2 } },
      ],
    },
    deduction: { max: 10, items: [{ id: 'tre-han', points: '0.5' }] },
  });
  it('+2 per initiative, at most 6', () => {
    expect(scoreUnit(sheet, { unit: 'U', scores: {}, counts: { sk: 2 } }).criteria).toHaveProperty(
      ['sk'],
      '4.00',
    );
    expect(scoreUnit(sheet, { unit: 'U', scores: {}, counts: { sk: 3 } }).criteria).toHaveProperty(
      ['sk'],
      '6.00',
    );
    expect(scoreUnit(sheet, { unit: 'U', scores: {}, counts: { sk: 4 } }).criteria).toHaveProperty(
      ['sk'],
      '6.00',
    );
    expect(scoreUnit(sheet, { unit: 'U', scores: {}, counts: { sk: 0 } }).criteria).toHaveProperty(
      ['sk'],
      '0.00',
    );
  });
  it('first / second / third prize, capped at the item maximum', () => {
    expect(
      scoreUnit(sheet, { unit: 'U', scores: {}, outcomes: { giai: 'nhi' } }).criteria,
    ).toHaveProperty(['giai'], '12.00');
    expect(
      scoreUnit(sheet, { unit: 'U', scores: {}, outcomes: { giai: ['ba', 'kk'] } }).criteria,
    ).toHaveProperty(['giai'], '18.00');
    expect(
      scoreUnit(sheet, { unit: 'U', scores: {}, outcomes: { giai: ['nhat', 'ba'] } }).criteria,
    ).toHaveProperty(['giai'], '20.00');
    expect(
      error(() => scoreUnit(sheet, { unit: 'U', scores: {}, outcomes: { giai: 'vang' } })).code,
    ).toBe('UNKNOWN_TIER');
  });
  it('bonus: per-item cap, tiers, free lines and the sheet cap', () => {
    const s = scoreUnit(sheet, {
      unit: 'U',
      scores: { x: 10 },
      bonuses: [
        { item: 'mo-hinh', count: 1 },
        { item: 'mo-hinh', count: 2 },
        { item: 'giai-thuong', tier: 'nhi' },
      ],
    });
    expect(s.bonuses.map((l) => [l.claimed, l.applied, l.capped ?? false])).toEqual([
      ['1.50', '1.50', false],
      ['3.00', '1.50', true],
      ['2.00', '2.00', false],
    ]);
    expect(s.bonus).toBe('5.00');
    const capped = scoreUnit(sheet, {
      unit: 'U',
      scores: { x: 10 },
      bonuses: [
        { item: 'mo-hinh', count: 2 },
        { item: 'giai-thuong', tier: 'nhat' },
        { points: 1, reason: 'khác' },
      ],
    });
    expect(capped.bonus).toBe('5.00');
    expect(
      capped.notes.some(
        (n) => n.en === "Total bonus 7.00 exceeds the sheet's cap, counted as 5.00",
      ),
    ).toBe(true);
    expect(capped.total).toBe('15.00');
  });
  it('deductions are positive amounts with reasons, capped, and distinct from a zero score', () => {
    const none = scoreUnit(sheet, { unit: 'U', scores: { x: 0 } });
    expect(none.deduction).toBe('0.00');
    expect(none.deductions).toEqual([]);
    expect(none.criteria).toHaveProperty(['x'], '0.00');
    expect(none.missing).toEqual(['sk', 'giai']);
    expect(none.complete).toBe(false);
    const zero = scoreUnit(sheet, {
      unit: 'U',
      scores: { x: 0 },
      deductions: [{ points: 0, reason: 'nhắc nhở' }],
    });
    expect(zero.deduction).toBe('0.00');
    expect(zero.deductions).toEqual([
      { index: 0, reason: 'nhắc nhở', claimed: '0.00', applied: '0.00' },
    ]);
    const some = scoreUnit(sheet, {
      unit: 'U',
      scores: { x: 10 },
      deductions: [{ item: 'tre-han', count: 3, reason: 'báo cáo trễ hạn' }],
    });
    expect(some.deduction).toBe('1.50');
    expect(some.total).toBe('8.50');
    const capped = scoreUnit(sheet, { unit: 'U', scores: { x: 10 }, deductions: [{ points: 12 }] });
    expect(capped.deduction).toBe('10.00');
    expect(capped.total).toBe('0.00');
    const neg = error(() =>
      scoreUnit(sheet, { unit: 'U', scores: {}, deductions: [{ points: -1 }] }),
    );
    expect(neg.code).toBe('NEGATIVE_POINTS');
    expect(neg.issues[0]?.path).toEqual(['deductions', 0, 'points']);
  });
  it('an all-zero sheet is valid (every criterion scored ≠ total > 0)', () => {
    const s = scoreUnit(
      sheet,
      { unit: 'U', scores: { x: 0 }, counts: { sk: 0 }, outcomes: { giai: [] } },
      { requireAll: true },
    );
    expect(s.total).toBe('0.00');
    expect(s.complete).toBe(true);
  });
});

describe('bad entries throw TdktError naming the path', () => {
  const sheet = defineScoreSheet({
    id: 'E',
    criteria: [
      {
        id: 'G',
        max: 20,
        children: [
          { id: 'a', max: 10 },
          { id: 'b', max: 10 },
        ],
      },
      { id: 'n', max: 5, perOccurrence: 1 },
    ],
  });
  const cases: Array<[string, unknown, string, (string | number)[]]> = [
    ['unknown criterion', { unit: 'U', scores: { z: 1 } }, 'UNKNOWN_CRITERION', ['scores', 'z']],
    ['a group', { unit: 'U', scores: { G: 1 } }, 'NOT_A_LEAF', ['scores', 'G']],
    ['above max', { unit: 'U', scores: { a: 10.01 } }, 'SCORE_ABOVE_MAX', ['scores', 'a']],
    ['negative', { unit: 'U', scores: { a: -1 } }, 'NEGATIVE_SCORE', ['scores', 'a']],
    ['decimal comma', { unit: 'U', scores: { a: '9,5' } }, 'INVALID_NUMBER', ['scores', 'a']],
    ['text', { unit: 'U', scores: { a: 'chín' } }, 'INVALID_NUMBER', ['scores', 'a']],
    ['NaN', { unit: 'U', scores: { a: Number.NaN } }, 'INVALID_NUMBER', ['scores', 'a']],
    ['exponent', { unit: 'U', scores: { a: '1e1' } }, 'INVALID_NUMBER', ['scores', 'a']],
    ['no unit', { scores: { a: 1 } }, 'INVALID_INPUT', ['unit']],
    ['no scores', { unit: 'U' }, 'INVALID_INPUT', ['scores']],
    [
      'count on a plain leaf',
      { unit: 'U', scores: {}, counts: { a: 1 } },
      'WRONG_INPUT_KIND',
      ['counts', 'a'],
    ],
    [
      'fractional count',
      { unit: 'U', scores: {}, counts: { n: 1.5 } },
      'INVALID_INPUT',
      ['counts', 'n'],
    ],
    [
      'both score and count',
      { unit: 'U', scores: { n: 1 }, counts: { n: 1 } },
      'CONFLICTING_INPUT',
      ['counts', 'n'],
    ],
    ['bad stage', { unit: 'U', scores: {}, stage: 'draft' }, 'INVALID_STAGE', ['stage']],
    [
      '__proto__ key',
      JSON.parse('{"unit":"U","scores":{"__proto__":1}}'),
      'UNKNOWN_CRITERION',
      ['scores', '__proto__'],
    ],
    [
      'constructor key',
      { unit: 'U', scores: { constructor: 1 } },
      'UNKNOWN_CRITERION',
      ['scores', 'constructor'],
    ],
  ];
  it.each(cases)('%s', (_name, entry, code, path) => {
    const e = error(() => scoreUnit(sheet, entry as never));
    expect(e.code).toBe(code);
    expect(e.issues[0]?.path).toEqual(path);
    expect(e.issues[0]?.message.vi.length).toBeGreaterThan(0);
    expect(e.issues[0]?.message.en.length).toBeGreaterThan(0);
  });
  it('SCORE_ABOVE_MAX says which maximum', () => {
    const e = error(() => scoreUnit(sheet, { unit: 'U', scores: { a: '10.5' } }));
    expect(e.issues[0]?.message.en).toBe(
      'Score of criterion "a" (10.50) exceeds its maximum 10.00',
    );
    expect(e.message).toBe(
      '[tdkt] SCORE_ABOVE_MAX: Score of criterion "a" (10.50) exceeds its maximum 10.00 at scores.a',
    );
  });
  it('accepts the Vietnamese decimal comma only when asked', () => {
    expect(
      scoreUnit(sheet, { unit: 'U', scores: { a: '9,5' } }, { decimalComma: true }).criteria,
    ).toHaveProperty(['a'], '9.50');
  });
  it('requireAll lists what is missing', () => {
    const e = error(() => scoreUnit(sheet, { unit: 'U', scores: { a: 1 } }, { requireAll: true }));
    expect(e.code).toBe('MISSING_SCORE');
    expect(e.issues[0]?.message.en).toBe('2 criteria not scored: b, n');
  });
  it('rejects a sheet that is not a sheet', () => {
    expect(error(() => scoreUnit({ id: 'x' } as never, { unit: 'U', scores: {} })).code).toBe(
      'EMPTY_SHEET',
    );
  });
});
