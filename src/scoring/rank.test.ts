import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { rankUnits } from './rank.js';
import { scoreUnit } from './score-unit.js';
import { defineScoreSheet } from './sheet.js';
import type { UnitScore } from './types.js';

function error(fn: () => unknown): TdktError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

const sheet = defineScoreSheet({
  id: 'R',
  criteria: [
    {
      id: 'I',
      max: 60,
      children: [
        { id: 'I.1', max: 30 },
        { id: 'I.2', max: 30 },
      ],
    },
    { id: 'II', max: 40 },
  ],
});
const score = (
  unit: string,
  i1: number,
  i2: number,
  ii: number,
  extra: { bonus?: number; deduction?: number } = {},
): UnitScore =>
  scoreUnit(sheet, {
    unit,
    scores: { 'I.1': i1, 'I.2': i2, II: ii },
    ...(extra.bonus !== undefined ? { bonuses: [{ points: extra.bonus }] } : {}),
    ...(extra.deduction !== undefined ? { deductions: [{ points: extra.deduction }] } : {}),
  });

const brief = (r: ReturnType<typeof rankUnits>) =>
  r.map((x) => [x.unit, x.rank, x.separatedBy ?? '-']);

describe('rankUnits', () => {
  it('ties of three: competition 1, 1, 1, 4 and dense 1, 1, 1, 2', () => {
    const s = [
      score('D', 25, 25, 35),
      score('B', 30, 30, 30),
      score('A', 30, 30, 30),
      score('C', 30, 30, 30),
    ];
    const r = rankUnits(s);
    expect(r.map((x) => [x.unit, x.competitionRank, x.denseRank])).toEqual([
      ['A', 1, 1],
      ['B', 1, 1],
      ['C', 1, 1],
      ['D', 4, 2],
    ]);
    expect(r.map((x) => x.rank)).toEqual([1, 1, 1, 4]);
    expect(rankUnits(s, { method: 'dense' }).map((x) => x.rank)).toEqual([1, 1, 1, 2]);
    expect(r[0]?.tiedWith).toEqual(['B', 'C']);
    expect(r[3]?.tiedWith).toEqual([]);
    expect(r.map((x) => x.separatedBy)).toEqual([undefined, null, null, 'total']);
    expect(r.map((x) => x.total)).toEqual(['90.00', '90.00', '90.00', '85.00']);
  });

  it('the declared chain: total → group → fewer deductions → more bonus → vote', () => {
    const s = [
      score('A', 30, 20, 40), // 90, I = 50
      score('B', 30, 30, 30), // 90, I = 60
      score('C', 30, 30, 31, { deduction: 1 }), // 90, I = 60, deduction 1
      score('D', 29, 30, 30, { bonus: 1 }), // 89 + 1 = 90, I = 59
      score('E', 30, 30, 28, { bonus: 2 }), // 90, I = 60, bonus 2
      score('F', 30, 30, 28, { bonus: 2 }), // same as E
      score('G', 30, 30, 35), // 95
    ];
    const r = rankUnits(s, {
      tieBreakers: ['total', 'group:I', 'fewer-deductions', 'more-bonus', 'vote'],
      votes: { E: 7, F: 9 },
    });
    expect(brief(r)).toEqual([
      ['G', 1, '-'],
      ['F', 2, 'total'],
      ['E', 3, 'vote'],
      ['B', 4, 'more-bonus'],
      ['C', 5, 'fewer-deductions'],
      ['D', 6, 'group:I'],
      ['A', 7, 'group:I'],
    ]);
  });

  it('without tie-breakers equal totals share a rank; without votes a tie stays a tie', () => {
    const s = [score('E', 30, 30, 28, { bonus: 2 }), score('F', 30, 30, 28, { bonus: 2 })];
    expect(brief(rankUnits(s))).toEqual([
      ['E', 1, '-'],
      ['F', 1, '-'],
    ]);
    expect(brief(rankUnits(s, { tieBreakers: ['more-bonus'] }))).toEqual([
      ['E', 1, '-'],
      ['F', 1, '-'],
    ]);
  });

  it('criterion: and base tie-breakers, and unscored leaves count 0', () => {
    const a = scoreUnit(sheet, { unit: 'A', scores: { 'I.1': 30, II: 30 } });
    const b = scoreUnit(sheet, { unit: 'B', scores: { 'I.1': 20, 'I.2': 10, II: 30 } });
    expect(brief(rankUnits([b, a], { tieBreakers: ['criterion:I.2'] }))).toEqual([
      ['B', 1, '-'],
      ['A', 2, 'criterion:I.2'],
    ]);
    // A and B have the same base: still tied
    expect(brief(rankUnits([b, a], { tieBreakers: ['base'] }))).toEqual([
      ['A', 1, '-'],
      ['B', 1, '-'],
    ]);
  });

  it('compares totals exactly, whatever their format', () => {
    const r = rankUnits([
      { unit: 'A', total: '9.5' },
      { unit: 'B', total: 9.5 },
      { unit: 'C', total: '10' },
      { unit: 'D', total: '-1.00' },
    ] as never);
    expect(r.map((x) => [x.unit, x.rank, x.total])).toEqual([
      ['C', 1, '10'],
      ['A', 2, '9.5'],
      ['B', 2, '9.5'],
      ['D', 4, '-1.00'],
    ]);
  });

  it('bad input', () => {
    const s = [score('A', 1, 1, 1), score('B', 1, 1, 1)];
    expect(error(() => rankUnits([s[0] as UnitScore, s[0] as UnitScore])).code).toBe(
      'DUPLICATE_UNIT',
    );
    let e = error(() => rankUnits(s, { tieBreakers: ['alphabetical'] }));
    expect(e.code).toBe('UNKNOWN_TIE_BREAKER');
    expect(e.issues[0]?.path).toEqual(['options', 'tieBreakers', 0]);
    e = error(() => rankUnits(s, { tieBreakers: ['vote'], votes: { A: 3 } }));
    expect(e.code).toBe('MISSING_VOTE');
    expect(e.issues[0]?.path).toEqual(['options', 'votes', 'B']);
    expect(error(() => rankUnits(s, { tieBreakers: ['vote'] })).code).toBe('MISSING_VOTE');
    expect(error(() => rankUnits(s, { tieBreakers: ['group:ZZ'] })).code).toBe('MISSING_VALUE');
    expect(error(() => rankUnits(s, { method: 'olympic' as never })).code).toBe('INVALID_INPUT');
    expect(error(() => rankUnits([{ unit: 'A', total: '9,5' }] as never)).code).toBe(
      'INVALID_NUMBER',
    );
    expect(error(() => rankUnits('A' as never)).code).toBe('INVALID_INPUT');
    // the vote is consulted only for tied units
    expect(
      rankUnits([score('A', 1, 1, 1), score('B', 2, 1, 1)], { tieBreakers: ['vote'], votes: {} }),
    ).toHaveLength(2);
  });
});
