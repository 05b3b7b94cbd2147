import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { scoreUnit } from './score-unit.js';
import { defineScoreSheet } from './sheet.js';
import { reconcile, STAGES } from './stages.js';

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
  id: 'S',
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
  deduction: { max: 10 },
});

const self = scoreUnit(sheet, {
  unit: 'U',
  stage: 'self',
  scores: { 'I.1': 30, 'I.2': 28, II: 40 },
});
const cross = scoreUnit(sheet, {
  unit: 'U',
  stage: 'cross-check',
  scores: { 'I.1': 28, 'I.2': 28, II: 40 },
  deductions: [{ points: 1, reason: 'báo cáo trễ hạn' }],
});
const council = scoreUnit(sheet, {
  unit: 'U',
  stage: 'council',
  scores: { 'I.1': 29, 'I.2': 28 },
  deductions: [{ points: 1, reason: 'báo cáo trễ hạn' }],
});

describe('reconcile', () => {
  it('the latest stage prevails by default and every difference is listed', () => {
    const r = reconcile([cross, self, council]);
    expect(r.stages).toEqual(['self', 'cross-check', 'council']);
    expect(r.prevailing).toBe('council');
    expect(r.rule).toBe('latest');
    expect(r.score).toBe(council);
    expect(r.score.total).toBe('56.00');
    expect(r.differences).toEqual([
      {
        criterion: 'I',
        kind: 'criterion',
        values: { self: '58.00', 'cross-check': '56.00', council: '57.00' },
        prevailing: '57.00',
      },
      {
        criterion: 'I.1',
        kind: 'criterion',
        values: { self: '30.00', 'cross-check': '28.00', council: '29.00' },
        prevailing: '29.00',
      },
      {
        criterion: 'II',
        kind: 'criterion',
        values: { self: '40.00', 'cross-check': '40.00', council: null },
        prevailing: null,
      },
      {
        criterion: 'deduction',
        kind: 'deduction',
        values: { self: '0.00', 'cross-check': '1.00', council: '1.00' },
        prevailing: '1.00',
      },
      {
        criterion: 'total',
        kind: 'total',
        values: { self: '98.00', 'cross-check': '95.00', council: '56.00' },
        prevailing: '56.00',
      },
    ]);
    expect(r.agreed).toBe(false);
    expect(r.explanation.en).toContain('"council" prevails (the latest stage); 3 criteria differ');
  });

  it('a declared stage prevails', () => {
    const r = reconcile([self, cross], { prevail: 'self' });
    expect(r.prevailing).toBe('self');
    expect(r.rule).toBe('declared');
    expect(r.score.total).toBe('98.00');
    expect(error(() => reconcile([self, cross], { prevail: 'final' })).code).toBe('STAGE_MISSING');
  });

  it('agreeing stages', () => {
    const fin = scoreUnit(sheet, {
      unit: 'U',
      stage: 'final',
      scores: { 'I.1': '28.0', 'I.2': 28, II: 40 },
      deductions: [{ points: '1' }],
    });
    const r = reconcile([cross, fin]);
    expect(r.agreed).toBe(true);
    expect(r.differences).toEqual([]);
    expect(r.prevailing).toBe('final');
  });

  it('bad input', () => {
    expect(STAGES).toEqual(['self', 'cross-check', 'cluster', 'council', 'final']);
    expect(error(() => reconcile([])).code).toBe('INVALID_INPUT');
    expect(error(() => reconcile([self, self])).code).toBe('DUPLICATE_STAGE');
    const other = scoreUnit(sheet, { unit: 'V', stage: 'final', scores: {} });
    expect(error(() => reconcile([self, other])).code).toBe('UNIT_MISMATCH');
    const noStage = scoreUnit(sheet, { unit: 'U', scores: {} });
    const e = error(() => reconcile([self, noStage]));
    expect(e.code).toBe('INVALID_STAGE');
    expect(e.issues[0]?.path).toEqual(['scores', 1, 'stage']);
    const sheet2 = defineScoreSheet({ id: 'S2', criteria: [{ id: 'x', max: 1 }] });
    expect(
      error(() => reconcile([self, scoreUnit(sheet2, { unit: 'U', stage: 'final', scores: {} })]))
        .code,
    ).toBe('SHEET_MISMATCH');
  });
});
