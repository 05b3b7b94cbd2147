// rankUnits tie-breakers ("tiêu chí phụ"): the exact messages an officer reads when a tied
// unit lacks the value a tie-breaker needs, and the order of fully tied units. Written to kill
// the mutants that survived mutation testing (docs/quality.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { rankUnits } from './rank.js';

function failure(fn: () => unknown): { code: string; path: unknown; vi: string; en: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TdktError);
    const { code, issues } = e as TdktError;
    const issue = issues[0]!;
    return { code, path: issue.path, vi: issue.message.vi, en: issue.message.en };
  }
  return expect.unreachable('expected a TdktError');
}

describe('rankUnits: tie-breakers', () => {
  it('"base" needs the base of every tied unit', () => {
    const scores = [
      { unit: 'A', total: '90', base: '88' },
      { unit: 'B', total: '90' },
    ];
    expect(failure(() => rankUnits(scores as never, { tieBreakers: ['base'] }))).toEqual({
      code: 'MISSING_VALUE',
      path: ['scores', 1, 'base'],
      vi: 'Tiêu chí phụ cần trường "base" của mọi đơn vị đồng điểm',
      en: 'The tie-breaker needs "base" for every tied unit',
    });
  });

  it('a malformed value is reported where it is', () => {
    const scores = [
      { unit: 'A', total: '90', base: '88' },
      { unit: 'B', total: '90', base: 'x' },
    ];
    expect(failure(() => rankUnits(scores as never, { tieBreakers: ['base'] }))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['scores', 1, 'base'],
    });
    const crit = [
      { unit: 'A', total: '90', criteria: { I: '50' } },
      { unit: 'B', total: '90', criteria: { I: 'x' } },
    ];
    expect(failure(() => rankUnits(crit as never, { tieBreakers: ['criterion:I'] }))).toMatchObject(
      { code: 'INVALID_NUMBER', path: ['scores', 1, 'criteria', 'I'] },
    );
  });

  it('a tie-breaker that is not a string', () => {
    const scores = [{ unit: 'A', total: '90' }];
    expect(failure(() => rankUnits(scores as never, { tieBreakers: [5 as never] }))).toEqual({
      code: 'UNKNOWN_TIE_BREAKER',
      path: ['options', 'tieBreakers', 0],
      vi: 'Tiêu chí phụ phải là chuỗi, nhận được 5',
      en: 'A tie-breaker must be a string, got 5',
    });
  });

  it('a vote count must be a non-negative integer', () => {
    const scores = [
      { unit: 'A', total: '90' },
      { unit: 'B', total: '90' },
    ];
    for (const v of [-1, 1.5, '3']) {
      expect(
        failure(() =>
          rankUnits(scores as never, { tieBreakers: ['vote'], votes: { A: 3, B: v } as never }),
        ),
      ).toEqual({
        code: 'MISSING_VOTE',
        path: ['options', 'votes', 'B'],
        vi: 'Thiếu số phiếu hợp lệ của đơn vị đồng điểm "B"',
        en: 'Missing or invalid vote count for tied unit "B"',
      });
    }
    const r = rankUnits(scores as never, { tieBreakers: ['vote'], votes: { A: 0, B: 2 } });
    expect(r.map((u) => [u.unit, u.rank, u.separatedBy ?? null])).toEqual([
      ['B', 1, null],
      ['A', 2, 'vote'],
    ]);
  });

  it('units still tied after every tie-breaker share a rank and are listed by id', () => {
    const scores = [
      { unit: 'C', total: '90' },
      { unit: 'A', total: '90' },
      { unit: 'B', total: '90' },
      { unit: 'D', total: '80' },
    ];
    const r = rankUnits(scores as never);
    expect(r.map((u) => [u.unit, u.rank, u.tiedWith])).toEqual([
      ['A', 1, ['B', 'C']],
      ['B', 1, ['A', 'C']],
      ['C', 1, ['A', 'B']],
      ['D', 4, []],
    ]);
  });
});
