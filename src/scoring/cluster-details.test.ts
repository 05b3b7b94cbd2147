// Details of clusterResult that the scenario tests leave open: the wording of every proposal, the
// source of each count, the notes, and the code and path of every malformed input. Written to
// kill the mutants that survived mutation testing (docs/quality.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { clusterResult } from './cluster.js';
import { defineScoreSheet } from './sheet.js';
import type { ScoreEntry } from './types.js';

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
  id: 'CUM',
  criteria: [
    {
      id: 'I',
      max: 70,
      children: [
        { id: 'I.1', max: 40 },
        { id: 'I.2', max: 30 },
      ],
    },
    { id: 'II', max: 30 },
  ],
});
const entry = (unit: string, i1: number, i2: number, ii: number, extra = {}): ScoreEntry => ({
  unit,
  scores: { 'I.1': i1, 'I.2': i2, II: ii },
  ...extra,
});

// Lạng Sơn, cluster of inland districts, 2012: Bắc Sơn 96, Hữu Lũng 93, the city 85.
const cluster = {
  id: 'CUM-HUYEN',
  year: 2012,
  members: ['BAC_SON', 'HUU_LUNG', 'TP_LANG_SON'],
  head: 'TP_LANG_SON',
};
const entries = [
  entry('TP_LANG_SON', 35, 25, 25),
  entry('BAC_SON', 40, 28, 28),
  entry('HUU_LUNG', 38, 28, 27),
];

describe('clusterResult: the wording of the proposals', () => {
  it('flag from the parameter, certificate from the option, rotation', () => {
    const r = clusterResult(cluster, sheet, entries, { certificateCount: 1, rotation: {} });
    expect(r.year).toBe(2012);
    expect(r.cluster).toBe('CUM-HUYEN');
    expect(r.flag.explanation).toEqual({
      vi: 'Đề nghị tặng Cờ thi đua (1 suất, tham số CLUSTER_FLAG_PROPOSALS, độ tin cậy unconfirmed): BAC_SON',
      en: 'Proposed for the emulation flag (Cờ thi đua) (1 place(s), parameter CLUSTER_FLAG_PROPOSALS, unconfirmed): BAC_SON',
    });
    expect(r.certificate).toEqual({
      honour: 'BK_BO_TINH',
      count: 1,
      countSource: 'option',
      proposed: ['HUU_LUNG'],
      explanation: {
        vi: 'Đề nghị tặng Bằng khen (1 suất, theo tùy chọn): HUU_LUNG',
        en: 'Proposed for a certificate of merit (Bằng khen) (1 place(s), given): HUU_LUNG',
      },
    });
    expect(r.nextTerm?.explanation).toEqual({
      vi: 'Luân phiên: đơn vị xếp thứ 2 làm cụm trưởng: HUU_LUNG; đơn vị xếp thứ 1 làm cụm phó: BAC_SON. Đây là gợi ý; kết quả bầu của cụm có hiệu lực',
      en: "Rotation: the unit ranked 2 becomes head: HUU_LUNG; the unit ranked 1 becomes deputy: BAC_SON. A suggestion; the cluster's recorded election wins",
    });
    expect(r.notes).toEqual([]);
    expect(r.reconciliations).toEqual([]);
  });

  it('no certificate count: none proposed, "default"; an incomplete sheet becomes a note', () => {
    const r = clusterResult({ id: 'K', members: ['A', 'B'] }, sheet, [
      entry('A', 40, 30, 25),
      { unit: 'B', scores: { 'I.1': 10 } },
    ]);
    expect('year' in r).toBe(false);
    expect('nextTerm' in r).toBe(false);
    expect(r.certificate).toEqual({
      honour: 'BK_BO_TINH',
      count: 0,
      countSource: 'default',
      proposed: [],
      explanation: {
        vi: 'Đề nghị tặng Bằng khen (0 suất, mặc định, không có nguồn quy định): không có',
        en: 'Proposed for a certificate of merit (Bằng khen) (0 place(s), default, no source sets it): none',
      },
    });
    expect(r.notes).toEqual([
      {
        vi: '"B" chưa được chấm đủ tiêu chí (2 tiêu chí tính 0 điểm)',
        en: '"B" is not fully scored (2 criteria counted as 0)',
      },
    ]);
  });

  it('the flag count given as an option has no confidence', () => {
    const r = clusterResult(cluster, sheet, entries, { flagCount: 2 });
    expect(r.flag).toMatchObject({
      count: 2,
      countSource: 'option',
      proposed: ['BAC_SON', 'HUU_LUNG'],
    });
    expect('confidence' in r.flag).toBe(false);
    expect(r.flag.explanation.en).toBe(
      'Proposed for the emulation flag (Cờ thi đua) (2 place(s), given): BAC_SON, HUU_LUNG',
    );
    expect(r.certificate.proposed).toEqual([]);
  });

  it('a tie at the flag cut names the tied units in both languages', () => {
    const tied = [entry('A', 40, 30, 25), entry('B', 40, 30, 25), entry('C', 30, 30, 20)];
    const r = clusterResult({ id: 'K', members: ['A', 'B', 'C'] }, sheet, tied, {
      flagCount: 1,
      certificateCount: 1,
    });
    expect(r.flag.explanation).toEqual({
      vi: 'Đề nghị tặng Cờ thi đua (1 suất, theo tùy chọn): không có; A, B đồng hạng tranh 1 suất: cụm/Hội đồng quyết định',
      en: 'Proposed for the emulation flag (Cờ thi đua) (1 place(s), given): none; A, B tied for 1 place(s): the cluster or council decides',
    });
    expect(r.certificate.proposed).toEqual(['A', 'B']);
    expect(r.certificate.explanation.vi).toBe(
      'Đề nghị tặng Bằng khen (1 suất, theo tùy chọn): A, B; gồm các đơn vị đồng hạng tranh Cờ, trừ 1 đơn vị được chọn tặng Cờ',
    );
    // With no certificate places the tie adds nothing to the certificates.
    const none = clusterResult({ id: 'K', members: ['A', 'B', 'C'] }, sheet, tied, {
      flagCount: 1,
    });
    expect(none.certificate.proposed).toEqual([]);
    expect(none.certificate.explanation.en).toBe(
      'Proposed for a certificate of merit (Bằng khen) (0 place(s), default, no source sets it): none',
    );
  });
});

describe('clusterResult: options reach scoring and ranking', () => {
  it('decimalComma, requireAll and method are passed on', () => {
    const comma = [
      { unit: 'A', scores: { 'I.1': '39,5', 'I.2': 30, II: 30 } },
      { unit: 'B', scores: { 'I.1': 40, 'I.2': 30, II: 29 } },
    ] as unknown as ScoreEntry[];
    const r = clusterResult({ id: 'K', members: ['A', 'B'] }, sheet, comma, {
      decimalComma: true,
    });
    expect(r.ranking.map((x) => [x.unit, x.total])).toEqual([
      ['A', '99.50'],
      ['B', '99.00'],
    ]);
    expect(failure(() => clusterResult({ id: 'K', members: ['A', 'B'] }, sheet, comma))[0]).toBe(
      'INVALID_NUMBER',
    );
    const partial = [entry('A', 40, 30, 25), { unit: 'B', scores: { 'I.1': 10 } }];
    expect(
      failure(() =>
        clusterResult({ id: 'K', members: ['A', 'B'] }, sheet, partial, { requireAll: true }),
      ),
    ).toEqual(['MISSING_SCORE', ['entries', 1, 'scores', 'I.2']]);
    const even = [entry('A', 40, 30, 25), entry('B', 40, 30, 25), entry('C', 30, 30, 20)];
    const dense = clusterResult({ id: 'K', members: ['A', 'B', 'C'] }, sheet, even, {
      method: 'dense',
    });
    expect(dense.ranking.map((x) => x.rank)).toEqual([1, 1, 2]);
    const competition = clusterResult({ id: 'K', members: ['A', 'B', 'C'] }, sheet, even);
    expect(competition.ranking.map((x) => x.rank)).toEqual([1, 1, 3]);
  });
});

describe('clusterResult: malformed input names its path', () => {
  const ok = { id: 'K', members: ['A'] };
  const one = [entry('A', 1, 1, 1)];
  it.each([
    [
      'options not an object',
      () => clusterResult(ok, sheet, one, 5 as never),
      'INVALID_INPUT',
      ['options'],
    ],
    [
      'cluster not an object',
      () => clusterResult(null as never, sheet, one),
      'INVALID_INPUT',
      ['cluster'],
    ],
    [
      'empty cluster id',
      () => clusterResult({ id: ' ' }, sheet, one),
      'INVALID_INPUT',
      ['cluster', 'id'],
    ],
    [
      'name not a string',
      () => clusterResult({ ...ok, name: 5 } as never, sheet, one),
      'INVALID_INPUT',
      ['cluster', 'name'],
    ],
    [
      'year 1899',
      () => clusterResult({ ...ok, year: 1899 }, sheet, one),
      'INVALID_INPUT',
      ['cluster', 'year'],
    ],
    [
      'year 2201',
      () => clusterResult({ ...ok, year: 2201 }, sheet, one),
      'INVALID_INPUT',
      ['cluster', 'year'],
    ],
    [
      'year 2012.5',
      () => clusterResult({ ...ok, year: 2012.5 }, sheet, one),
      'INVALID_INPUT',
      ['cluster', 'year'],
    ],
    [
      'members not an array',
      () => clusterResult({ id: 'K', members: 'A' } as never, sheet, one),
      'INVALID_INPUT',
      ['cluster', 'members'],
    ],
    [
      'member not a string',
      () => clusterResult({ id: 'K', members: ['A', 7] } as never, sheet, one),
      'INVALID_INPUT',
      ['cluster', 'members', 1],
    ],
    [
      'member twice',
      () => clusterResult({ id: 'K', members: ['A', 'A'] }, sheet, one),
      'DUPLICATE_UNIT',
      ['cluster', 'members', 1],
    ],
    [
      'head not a member',
      () => clusterResult({ ...ok, head: 'Z' }, sheet, one),
      'UNKNOWN_MEMBER',
      ['cluster', 'head'],
    ],
    [
      'deputy not a member',
      () => clusterResult({ ...ok, deputy: 'Z' } as never, sheet, one),
      'UNKNOWN_MEMBER',
      ['cluster', 'deputy'],
    ],
    [
      'head not a string',
      () => clusterResult({ ...ok, head: 5 } as never, sheet, one),
      'INVALID_INPUT',
      ['cluster', 'head'],
    ],
    [
      'flagCount −1',
      () => clusterResult(ok, sheet, one, { flagCount: -1 }),
      'INVALID_INPUT',
      ['options', 'flagCount'],
    ],
    [
      'certificateCount 1.5',
      () => clusterResult(ok, sheet, one, { certificateCount: 1.5 }),
      'INVALID_INPUT',
      ['options', 'certificateCount'],
    ],
    [
      'date malformed',
      () => clusterResult(ok, sheet, one, { date: '2024-02-30' }),
      'INVALID_DATE',
      ['options', 'date'],
    ],
    [
      'rotation not an object',
      () => clusterResult(ok, sheet, one, { rotation: true } as never),
      'INVALID_INPUT',
      ['options', 'rotation'],
    ],
    [
      'noRepeatHead not boolean',
      () =>
        clusterResult({ ...ok, head: 'A' }, sheet, one, {
          rotation: { noRepeatHead: 'no' },
        } as never),
      'INVALID_INPUT',
      ['options', 'rotation', 'noRepeatHead'],
    ],
    [
      'headRank 0',
      () => clusterResult({ ...ok, head: 'A' }, sheet, one, { rotation: { headRank: 0 } }),
      'INVALID_INPUT',
      ['options', 'rotation', 'headRank'],
    ],
    [
      'deputyRank 1.5',
      () => clusterResult({ ...ok, head: 'A' }, sheet, one, { rotation: { deputyRank: 1.5 } }),
      'INVALID_INPUT',
      ['options', 'rotation', 'deputyRank'],
    ],
    [
      'prevail unknown',
      () => clusterResult(ok, sheet, one, { prevail: 'x' } as never),
      'INVALID_STAGE',
      ['options', 'prevail'],
    ],
    [
      'entries not an array',
      () => clusterResult(ok, sheet, {} as never),
      'INVALID_INPUT',
      ['entries'],
    ],
    [
      'entry of a stranger',
      () => clusterResult(ok, sheet, [entry('Z', 1, 1, 1)]),
      'UNKNOWN_MEMBER',
      ['entries', 0, 'unit'],
    ],
    [
      'member without entry',
      () => clusterResult({ id: 'K', members: ['A', 'B'] }, sheet, one),
      'MISSING_ENTRY',
      ['entries'],
    ],
    [
      'score above max',
      () => clusterResult(ok, sheet, [entry('A', 1, 1, 99)]),
      'SCORE_ABOVE_MAX',
      ['entries', 0, 'scores', 'II'],
    ],
  ] as const)('%s', (_name, run, code, path) => {
    expect(failure(run)).toEqual([code, path]);
  });

  it('the missing-head message names the cluster and, when known, the year', () => {
    const withYear = { id: 'K', year: 2012, members: ['A'] };
    const messages = (c: object) => {
      try {
        clusterResult(c as never, sheet, one, { rotation: {} });
      } catch (e) {
        return (e as TdktError).issues[0]!.message;
      }
      return expect.unreachable();
    };
    expect(messages(withYear)).toEqual({
      vi: 'Chưa ghi nhận cụm trưởng năm 2012 của cụm "K": không tự lấy cụm trưởng năm trước; ghi head: null nếu cụm chưa có cụm trưởng',
      en: 'No head recorded for cluster "K" in 2012: an earlier head is never carried over; pass head: null if the cluster has none',
    });
    expect(messages(ok).en).toBe(
      'No head recorded for cluster "K": an earlier head is never carried over; pass head: null if the cluster has none',
    );
  });
});
