// reconcile: the differences between stages ("tự chấm", "kiểm tra chéo" …) and the explanation
// an officer reads, with exact values; the paths of malformed stage scores. Written to kill the
// mutants that survived mutation testing (docs/quality.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { scoreUnit } from './score-unit.js';
import { defineScoreSheet } from './sheet.js';
import { reconcile } from './stages.js';

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

const setup = () => {
  const sheet = defineScoreSheet({
    id: 'S',
    criteria: [
      { id: 'A', max: 10 },
      { id: 'B', max: 10 },
    ],
    bonus: { items: [{ id: 'P', points: 1 }] },
  } as never);
  const self = scoreUnit(sheet, {
    unit: 'U',
    stage: 'self',
    scores: { A: 9, B: 8 },
    bonuses: [{ item: 'P' }],
  } as never);
  const cross = scoreUnit(sheet, { unit: 'U', stage: 'cross-check', scores: { A: 8.5 } } as never);
  return { sheet, self, cross };
};

describe('reconcile: differences and explanation', () => {
  it('the latest stage prevails; a criterion missing at one stage differs (null)', () => {
    const { self, cross } = setup();
    const r = reconcile([cross, self]);
    expect(r.stages).toEqual(['self', 'cross-check']);
    expect(r.differences).toEqual([
      {
        criterion: 'A',
        kind: 'criterion',
        values: { self: '9.00', 'cross-check': '8.50' },
        prevailing: '8.50',
      },
      {
        criterion: 'B',
        kind: 'criterion',
        values: { self: '8.00', 'cross-check': null },
        prevailing: null,
      },
      {
        criterion: 'bonus',
        kind: 'bonus',
        values: { self: '1.00', 'cross-check': '0.00' },
        prevailing: '0.00',
      },
      {
        criterion: 'total',
        kind: 'total',
        values: { self: '18.00', 'cross-check': '8.50' },
        prevailing: '8.50',
      },
    ]);
    expect(r.explanation).toEqual({
      vi: 'Đơn vị "U": 2 giai đoạn (tự chấm, kiểm tra chéo); giai đoạn "kiểm tra chéo" là giai đoạn sau cùng nên có hiệu lực; 2 tiêu chí khác nhau; tổng điểm 8.50',
      en: 'Unit "U": 2 stage(s) (self, cross-check); "cross-check" prevails (the latest stage); 2 criteria differ; total 8.50',
    });
  });

  it('a declared stage prevails', () => {
    const { self, cross } = setup();
    const r = reconcile([cross, self], { prevail: 'self' });
    expect([r.prevailing, r.rule, r.score.total]).toEqual(['self', 'declared', '18.00']);
    expect(r.explanation).toEqual({
      vi: 'Đơn vị "U": 2 giai đoạn (tự chấm, kiểm tra chéo); giai đoạn "tự chấm" được chỉ định có hiệu lực; 2 tiêu chí khác nhau; tổng điểm 18.00',
      en: 'Unit "U": 2 stage(s) (self, cross-check); "self" prevails (declared); 2 criteria differ; total 18.00',
    });
    expect(r.differences.map((d) => d.prevailing)).toEqual(['9.00', '8.00', '1.00', '18.00']);
  });

  it('equal stages agree even when written differently (8.5 and "8.50")', () => {
    const { self } = setup();
    const copy = {
      ...self,
      stage: 'council',
      criteria: { ...self.criteria, A: 9 },
    };
    const r = reconcile([self, copy as never]);
    expect(r.agreed).toBe(true);
    expect(r.differences).toEqual([]);
  });

  it('a declared stage that was not scored', () => {
    const { self } = setup();
    expect(failure(() => reconcile([self], { prevail: 'final' }))).toEqual({
      code: 'STAGE_MISSING',
      path: ['options', 'prevail'],
      vi: 'Không có kết quả ở giai đoạn "final"',
      en: 'No score at stage "final"',
    });
  });

  it('malformed values are reported at the stage and criterion that hold them', () => {
    const { self, cross } = setup();
    const bad = { ...cross, criteria: { ...cross.criteria, A: 'tám' } };
    expect(failure(() => reconcile([self, bad as never]))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['scores', 1, 'criteria', 'A'],
    });
    expect(failure(() => reconcile([self, { ...cross, bonus: 'x' } as never]))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['scores', 1, 'bonus'],
    });
    expect(failure(() => reconcile([{ ...self, total: 'x' } as never, cross]))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['scores', 0, 'total'],
    });
  });

  it('an element without criteria is not a scoreUnit result', () => {
    expect(failure(() => reconcile([{ unit: 'U', stage: 'self', criteria: 5 } as never]))).toEqual({
      code: 'INVALID_INPUT',
      path: ['scores', 0],
      vi: 'Mỗi phần tử phải là kết quả của scoreUnit (unit, criteria, total …)',
      en: 'Each element must be a scoreUnit result (unit, criteria, total …)',
    });
  });
});
