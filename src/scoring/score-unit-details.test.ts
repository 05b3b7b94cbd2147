// Details of scoreUnit that the scoring tests leave open: the code and path of every malformed
// entry or option, and the cap of a bonus section. Written to kill the mutants that survived
// mutation testing (docs/quality.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { scoreUnit } from './score-unit.js';
import { defineScoreSheet } from './sheet.js';

const sheet = defineScoreSheet({
  id: 'S',
  criteria: [{ id: 'A', max: 10 }],
  bonus: {
    max: 5,
    allowFreeform: false,
    items: [
      { id: 'P', points: 2 },
      { id: 'T', tiers: { X: 3, Y: 1 } },
    ],
  },
  deduction: { items: [{ id: 'D', points: 1 }] },
} as never);

const run = (extra: object, options?: unknown) =>
  scoreUnit(sheet, { unit: 'U', scores: { A: 5 }, ...extra } as never, options as never);

/** Code, path and messages of the TdktError thrown; both messages present and different. */
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

describe('scoreUnit: malformed input names its path', () => {
  it.each([
    ['options not an object', () => run({}, 5), 'INVALID_INPUT', ['options']],
    [
      'decimalComma not boolean',
      () => run({}, { decimalComma: 'yes' }),
      'INVALID_INPUT',
      ['options', 'decimalComma'],
    ],
    [
      'requireAll not boolean',
      () => run({}, { requireAll: 1 }),
      'INVALID_INPUT',
      ['options', 'requireAll'],
    ],
    ['bonuses not an array', () => run({ bonuses: 5 }), 'INVALID_INPUT', ['bonuses']],
    ['line not an object', () => run({ bonuses: [5] }), 'INVALID_INPUT', ['bonuses', 0]],
    [
      'reason not a string',
      () => run({ bonuses: [{ item: 'P', reason: 5 }] }),
      'INVALID_INPUT',
      ['bonuses', 0, 'reason'],
    ],
    [
      'count −1',
      () => run({ bonuses: [{ item: 'P', count: -1 }] }),
      'INVALID_INPUT',
      ['bonuses', 0, 'count'],
    ],
    [
      'count 1.5',
      () => run({ bonuses: [{ item: 'P', count: 1.5 }] }),
      'INVALID_INPUT',
      ['bonuses', 0, 'count'],
    ],
    [
      'unknown item',
      () => run({ bonuses: [{ item: 'Z' }] }),
      'UNKNOWN_ITEM',
      ['bonuses', 0, 'item'],
    ],
    [
      'item not a string',
      () => run({ bonuses: [{ item: 5 }] }),
      'UNKNOWN_ITEM',
      ['bonuses', 0, 'item'],
    ],
    [
      'points on a declared item',
      () => run({ bonuses: [{ item: 'P', points: 1 }] }),
      'CONFLICTING_INPUT',
      ['bonuses', 0, 'points'],
    ],
    [
      'unknown tier',
      () => run({ bonuses: [{ item: 'T', tier: 'Q' }] }),
      'UNKNOWN_TIER',
      ['bonuses', 0, 'tier'],
    ],
    [
      'tier missing',
      () => run({ bonuses: [{ item: 'T' }] }),
      'UNKNOWN_TIER',
      ['bonuses', 0, 'tier'],
    ],
    [
      'tier on an item without tiers',
      () => run({ bonuses: [{ item: 'P', tier: 'X' }] }),
      'UNKNOWN_TIER',
      ['bonuses', 0, 'tier'],
    ],
    [
      'free line where none allowed',
      () => run({ bonuses: [{ points: 1 }] }),
      'UNKNOWN_ITEM',
      ['bonuses', 0, 'item'],
    ],
    [
      'free line without points',
      () => run({ deductions: [{ reason: 'x' }] }),
      'INVALID_INPUT',
      ['deductions', 0, 'points'],
    ],
    [
      'free line with a tier',
      () => run({ deductions: [{ points: 1, tier: 'X' }] }),
      'UNKNOWN_TIER',
      ['deductions', 0, 'tier'],
    ],
    [
      'unknown criterion',
      () => run({ scores: { A: 5, Z: 1 } }),
      'UNKNOWN_CRITERION',
      ['scores', 'Z'],
    ],
    ['score above max', () => run({ scores: { A: 10.555 } }), 'SCORE_ABOVE_MAX', ['scores', 'A']],
  ] as const)('%s', (_name, fn, code, path) => {
    expect(failure(fn)).toEqual([code, path]);
  });

  it('messages show a long criterion id cut to 60 characters, and scores with 2 decimals', () => {
    const long = 'Z'.repeat(70);
    const e = (() => {
      try {
        run({ scores: { A: 5, [long]: 1 } });
      } catch (x) {
        return x as TdktError;
      }
      return expect.unreachable();
    })();
    expect(e.issues[0]!.message.en).toBe(`No criterion "${'Z'.repeat(60)}" in the score sheet`);
    try {
      run({ scores: { A: 10.555 } });
    } catch (x) {
      expect((x as TdktError).issues[0]!.message.en).toBe(
        'Score of criterion "A" (10.56) exceeds its maximum 10.00',
      );
    }
  });
});

describe('scoreUnit: bonus and deduction lines', () => {
  it('counts, tiers and the section cap', () => {
    expect(run({ bonuses: [{ item: 'P', count: 2 }] })).toMatchObject({
      bonus: '4.00',
      total: '9.00',
    });
    // 2 + 3 = 5: exactly the cap of 5.
    expect(run({ bonuses: [{ item: 'P' }, { item: 'T', tier: 'X' }] })).toMatchObject({
      bonus: '5.00',
      total: '10.00',
    });
    // 4 + 3 = 7, capped at 5.
    expect(
      run({
        bonuses: [
          { item: 'P', count: 2 },
          { item: 'T', tier: 'X' },
        ],
      }),
    ).toMatchObject({
      bonus: '5.00',
      total: '10.00',
    });
    expect(run({ bonuses: [{ item: 'T', tier: 'Y' }], deductions: [{ points: 1 }] })).toMatchObject(
      {
        bonus: '1.00',
        deduction: '1.00',
        total: '5.00',
      },
    );
    expect(run({ deductions: [{ item: 'D', count: 3, reason: 'trễ hạn' }] })).toMatchObject({
      deduction: '3.00',
      total: '2.00',
    });
  });
});
