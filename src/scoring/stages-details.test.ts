// Details of reconcile that the stage tests leave open: the code and path of every malformed
// input. Written to kill the mutants that survived mutation testing (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { scoreUnit } from './score-unit.js';
import { defineScoreSheet } from './sheet.js';
import { reconcile } from './stages.js';

/** Code and path of the TdktError thrown; both messages present and different. */
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

const sheet = defineScoreSheet({ id: 'S', criteria: [{ id: 'A', max: 10 }] });
const other = defineScoreSheet({ id: 'S2', criteria: [{ id: 'A', max: 10 }] });
const at = (stage: string, a: number, unit = 'U', s = sheet) =>
  scoreUnit(s, { unit, stage, scores: { A: a } } as never);

describe('reconcile: malformed input names its path', () => {
  it.each([
    [
      'options not an object',
      () => reconcile([at('self', 5)], 5 as never),
      'INVALID_INPUT',
      ['options'],
    ],
    ['no scores', () => reconcile([]), 'INVALID_INPUT', ['scores']],
    ['scores not an array', () => reconcile({} as never), 'INVALID_INPUT', ['scores']],
    [
      'element not a score',
      () => reconcile([at('self', 5), { unit: 'U' }] as never),
      'INVALID_INPUT',
      ['scores', 1],
    ],
    [
      'no stage',
      () => reconcile([{ ...at('self', 5), stage: undefined }] as never),
      'INVALID_STAGE',
      ['scores', 0, 'stage'],
    ],
    [
      'two units',
      () => reconcile([at('self', 5), at('final', 5, 'V')]),
      'UNIT_MISMATCH',
      ['scores', 1, 'unit'],
    ],
    [
      'two sheets',
      () => reconcile([at('self', 5), at('final', 5, 'U', other)]),
      'SHEET_MISMATCH',
      ['scores', 1, 'sheet'],
    ],
    [
      'stage twice',
      () => reconcile([at('self', 5), at('self', 6)]),
      'DUPLICATE_STAGE',
      ['scores', 1, 'stage'],
    ],
    [
      'prevail unknown',
      () => reconcile([at('self', 5)], { prevail: 'x' } as never),
      'INVALID_STAGE',
      ['options', 'prevail'],
    ],
  ] as const)('%s', (_name, fn, code, path) => {
    expect(failure(fn)).toEqual([code, path]);
  });

  it('names the allowed stages', () => {
    try {
      reconcile([{ ...at('self', 5), stage: 'draft' }] as never);
    } catch (e) {
      expect((e as TdktError).issues[0]!.message.en).toBe(
        'Missing or invalid stage: "draft" (allowed: self, cross-check, cluster, council, final)',
      );
      return;
    }
    expect.unreachable();
  });
});
