// Details of rankUnits that the ranking tests leave open: the code and path of every malformed
// input, and the order of tied units. Written to kill the mutants that survived mutation testing
// (docs/quality.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { rankUnits } from './rank.js';
import { scoreUnit } from './score-unit.js';
import { defineScoreSheet } from './sheet.js';
import type { UnitScore } from './types.js';

/** Code and path of the TdktError thrown; both messages must be present and differ. */
function failure(fn: () => unknown): [string, readonly (string | number)[]] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TdktError);
    const { code, issues } = e as TdktError;
    const m = issues[0]!.message;
    expect(m.vi.length).toBeGreaterThan(5);
    expect(m.en.length).toBeGreaterThan(5);
    expect(m.vi).not.toBe(m.en);
    return [code, issues[0]!.path];
  }
  return expect.unreachable('expected a TdktError');
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
const score = (unit: string, i1: number, i2: number, ii: number): UnitScore =>
  scoreUnit(sheet, { unit, scores: { 'I.1': i1, 'I.2': i2, II: ii } });

const tied = [score('B', 30, 20, 30), score('A', 20, 30, 30), score('C', 10, 10, 10)];

describe('rankUnits: malformed input names its path', () => {
  it.each([
    ['options not an object', () => rankUnits(tied, 5 as never), 'INVALID_INPUT', ['options']],
    [
      'unknown method',
      () => rankUnits(tied, { method: 'olympic' } as never),
      'INVALID_INPUT',
      ['options', 'method'],
    ],
    ['scores not an array', () => rankUnits({} as never), 'INVALID_INPUT', ['scores']],
    [
      'score not an object',
      () => rankUnits([tied[0]!, 5] as never),
      'INVALID_INPUT',
      ['scores', 1, 'unit'],
    ],
    [
      'unit not a string',
      () => rankUnits([{ ...tied[0]!, unit: 5 }] as never),
      'INVALID_INPUT',
      ['scores', 0, 'unit'],
    ],
    [
      'empty unit',
      () => rankUnits([{ ...tied[0]!, unit: '' }] as never),
      'INVALID_INPUT',
      ['scores', 0, 'unit'],
    ],
    ['unit twice', () => rankUnits([tied[0]!, tied[0]!]), 'DUPLICATE_UNIT', ['scores', 1, 'unit']],
    [
      'total not a number',
      () => rankUnits([{ ...tied[0]!, total: 'x' }] as never),
      'INVALID_NUMBER',
      ['scores', 0, 'total'],
    ],
    [
      'votes not an object',
      () => rankUnits(tied, { tieBreakers: ['vote'], votes: 5 } as never),
      'INVALID_INPUT',
      ['options', 'votes'],
    ],
    [
      'vote tie-breaker without votes',
      () => rankUnits(tied, { tieBreakers: ['vote'] }),
      'MISSING_VOTE',
      ['options', 'votes'],
    ],
    [
      'negative vote',
      () => rankUnits(tied, { tieBreakers: ['vote'], votes: { A: 1, B: -1 } }),
      'MISSING_VOTE',
      ['options', 'votes', 'B'],
    ],
    [
      'fractional vote',
      () => rankUnits(tied, { tieBreakers: ['vote'], votes: { A: 1, B: 1.5 } }),
      'MISSING_VOTE',
      ['options', 'votes', 'B'],
    ],
    [
      'missing vote',
      () => rankUnits(tied, { tieBreakers: ['vote'], votes: { A: 1 } }),
      'MISSING_VOTE',
      ['options', 'votes', 'B'],
    ],
    [
      'tieBreakers not an array',
      () => rankUnits(tied, { tieBreakers: 'vote' } as never),
      'INVALID_INPUT',
      ['options', 'tieBreakers'],
    ],
    [
      'tie-breaker not a string',
      () => rankUnits(tied, { tieBreakers: [5] } as never),
      'UNKNOWN_TIE_BREAKER',
      ['options', 'tieBreakers', 0],
    ],
    [
      'unknown tie-breaker',
      () => rankUnits(tied, { tieBreakers: ['age'] } as never),
      'UNKNOWN_TIE_BREAKER',
      ['options', 'tieBreakers', 0],
    ],
    [
      'prefix only',
      () => rankUnits(tied, { tieBreakers: ['xgroup:I'] } as never),
      'UNKNOWN_TIE_BREAKER',
      ['options', 'tieBreakers', 0],
    ],
    [
      'suffix after id',
      () => rankUnits(tied, { tieBreakers: ['criterion:'] } as never),
      'UNKNOWN_TIE_BREAKER',
      ['options', 'tieBreakers', 0],
    ],
    [
      'criterion absent',
      () => rankUnits(tied, { tieBreakers: ['criterion:IX'] } as never),
      'MISSING_VALUE',
      ['scores', 0, 'criteria', 'IX'],
    ],
  ] as const)('%s', (_name, run, code, path) => {
    expect(failure(run)).toEqual([code, path]);
  });
});

describe('rankUnits: ties', () => {
  it('tied units are listed by unit id, whatever the input order', () => {
    for (const input of [tied, [...tied].reverse(), [tied[2]!, tied[0]!, tied[1]!]]) {
      expect(rankUnits(input).map((r) => [r.unit, r.rank])).toEqual([
        ['A', 1],
        ['B', 1],
        ['C', 3],
      ]);
    }
  });

  it('a vote of 0 counts; a group tie-breaker separates by the group score', () => {
    const byVote = rankUnits(tied, { tieBreakers: ['vote'], votes: { A: 0, B: 2 } });
    expect(byVote.map((r) => [r.unit, r.rank, r.separatedBy ?? '-'])).toEqual([
      ['B', 1, '-'],
      ['A', 2, 'vote'],
      ['C', 3, 'total'],
    ]);
    const byGroup = rankUnits(tied, { tieBreakers: ['criterion:I.1'] } as never);
    expect(byGroup.map((r) => [r.unit, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3],
    ]);
    const byI2 = rankUnits(tied, { tieBreakers: ['criterion:I.2'] } as never);
    expect(byI2.map((r) => r.unit)).toEqual(['A', 'B', 'C']);
  });
});
