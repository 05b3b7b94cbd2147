import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { capGovernmentFlagProposals, clusterResult, termForYear } from './cluster.js';
import { defineScoreSheet } from './sheet.js';
import type { ScoreEntry } from './types.js';

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
const entry = (
  unit: string,
  i1: number,
  i2: number,
  ii: number,
  extra: Partial<ScoreEntry> = {},
): ScoreEntry => ({
  unit,
  scores: { 'I.1': i1, 'I.2': i2, II: ii },
  ...extra,
});

describe('clusterResult — Lạng Sơn, cluster of inland districts, 18/1/2013', () => {
  // Bắc Sơn 1st, Hữu Lũng 2nd, the city 3rd; Hữu Lũng head and Bắc Sơn deputy for 2013.
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

  it('ranks, proposes the leader for the Cờ and suggests the rotation', () => {
    const r = clusterResult(cluster, sheet, entries, { certificateCount: 1, rotation: {} });
    expect(r.ranking.map((x) => [x.unit, x.rank, x.total])).toEqual([
      ['BAC_SON', 1, '96.00'],
      ['HUU_LUNG', 2, '93.00'],
      ['TP_LANG_SON', 3, '85.00'],
    ]);
    expect(r.scores.map((s) => s.unit)).toEqual(['BAC_SON', 'HUU_LUNG', 'TP_LANG_SON']);
    expect(r.flag.proposed).toEqual(['BAC_SON']);
    expect(r.flag.countSource).toBe('parameter');
    expect(r.flag.confidence).toBe('unconfirmed');
    expect(r.flag.honour).toBe('CO_BO_TINH');
    expect(r.certificate.proposed).toEqual(['HUU_LUNG']);
    expect(r.nextTerm).toMatchObject({
      year: 2013,
      head: 'HUU_LUNG',
      deputy: 'BAC_SON',
      suggestion: true,
    });
    expect(r.nextTerm?.explanation.vi).toContain('kết quả bầu của cụm có hiệu lực');
  });

  it('never the same head twice in a row', () => {
    const r = clusterResult({ ...cluster, head: 'HUU_LUNG' }, sheet, entries, { rotation: {} });
    expect(r.nextTerm?.head).toBe('TP_LANG_SON');
    expect(r.nextTerm?.deputy).toBe('BAC_SON');
    expect(r.nextTerm?.explanation.en).toContain(`skipping "HUU_LUNG", this year's head`);
    // unless the rule allows it
    const again = clusterResult({ ...cluster, head: 'HUU_LUNG' }, sheet, entries, {
      rotation: { noRepeatHead: false },
    });
    expect(again.nextTerm?.head).toBe('HUU_LUNG');
    // a head ranked first does not shift the second-ranked unit
    const first = clusterResult({ ...cluster, head: 'BAC_SON' }, sheet, entries, { rotation: {} });
    expect(first.nextTerm?.head).toBe('HUU_LUNG');
  });

  it('a missing head is an explicit error, never carried over', () => {
    const { head: _omit, ...noHead } = cluster;
    const e = error(() => clusterResult(noHead, sheet, entries, { rotation: {} }));
    expect(e.code).toBe('MISSING_HEAD');
    expect(e.issues[0]?.path).toEqual(['cluster', 'head']);
    expect(e.issues[0]?.message.vi).toContain('không tự lấy cụm trưởng năm trước');
    // head: null says "knowingly none"
    expect(
      clusterResult({ ...noHead, head: null }, sheet, entries, { rotation: {} }).nextTerm?.head,
    ).toBe('HUU_LUNG');
    // without a rotation the head is not needed
    expect(clusterResult(noHead, sheet, entries).flag.proposed).toEqual(['BAC_SON']);
  });
});

describe('clusterResult — cut lines, stages, members', () => {
  const cluster = { id: 'K', members: ['A', 'B', 'C', 'D', 'E'] };
  it('a tie at the flag cut is a decision for the cluster; certificates follow', () => {
    const entries = [
      entry('A', 40, 30, 25),
      entry('B', 40, 30, 25),
      entry('C', 40, 30, 20),
      entry('D', 30, 30, 20),
      entry('E', 30, 20, 20),
    ];
    const r = clusterResult(cluster, sheet, entries, { flagCount: 1, certificateCount: 2 });
    expect(r.flag.proposed).toEqual([]);
    expect(r.flag.undecided?.units).toEqual(['A', 'B']);
    expect(r.flag.undecided?.places).toBe(1);
    expect(r.flag.countSource).toBe('option');
    // one of A/B takes the flag; the other and C take the two certificates
    expect(r.certificate.proposed).toEqual(['A', 'B', 'C']);
    expect(r.certificate.explanation.en).toContain('less the 1 chosen for it');
    // a tie-breaker settles it
    const t = clusterResult(cluster, sheet, entries, {
      flagCount: 1,
      certificateCount: 2,
      tieBreakers: ['vote'],
      votes: { A: 3, B: 2 },
    });
    expect(t.flag.proposed).toEqual(['A']);
    expect(t.certificate.proposed).toEqual(['B', 'C']);
    expect(t.ranking[1]?.separatedBy).toBe('vote');
  });

  it('several stages per unit: the latest prevails and differences become notes', () => {
    const entries = [
      entry('A', 40, 30, 30, { stage: 'self' }),
      entry('A', 35, 30, 30, { stage: 'cross-check' }),
      entry('B', 38, 30, 30),
      entry('C', 1, 1, 1),
      entry('D', 1, 1, 1),
      entry('E', 1, 1, 1),
    ];
    const r = clusterResult(cluster, sheet, entries);
    expect(r.ranking[0]?.unit).toBe('B');
    expect(r.scores[1]?.stage).toBe('cross-check');
    expect(r.reconciliations).toHaveLength(1);
    expect(r.reconciliations[0]?.differences.map((d) => d.criterion)).toEqual([
      'I',
      'I.1',
      'total',
    ]);
    expect(r.notes.some((n) => n.en.includes('"cross-check" prevails'))).toBe(true);
    const p = clusterResult(cluster, sheet, entries, { prevail: 'self' });
    expect(p.ranking[0]?.unit).toBe('A');
  });

  it('entries must match the members', () => {
    const entries = ['A', 'B', 'C', 'D'].map((u) => entry(u, 1, 1, 1));
    let e = error(() => clusterResult(cluster, sheet, entries));
    expect(e.code).toBe('MISSING_ENTRY');
    expect(e.issues[0]?.message.en).toContain('E');
    e = error(() =>
      clusterResult(cluster, sheet, [...entries, entry('E', 1, 1, 1), entry('Z', 1, 1, 1)]),
    );
    expect(e.code).toBe('UNKNOWN_MEMBER');
    expect(e.issues[0]?.path).toEqual(['entries', 5, 'unit']);
    e = error(() => clusterResult(cluster, sheet, [...entries, entry('E', 1, 1, 41)]));
    expect(e.code).toBe('SCORE_ABOVE_MAX');
    expect(e.issues[0]?.path).toEqual(['entries', 4, 'scores', 'II']);
    e = error(() =>
      clusterResult({ id: 'K', members: ['A'], head: 'Z' }, sheet, [entry('A', 1, 1, 1)]),
    );
    expect(e.code).toBe('UNKNOWN_MEMBER');
  });
});

describe('termForYear', () => {
  const terms = [
    { year: 2017, head: 'BAN_DANG_KHOI', deputy: 'BAO_LANG_SON' },
    { year: 2013, head: 'HUU_LUNG', deputy: 'BAC_SON' },
  ];
  it('returns the recorded term', () => {
    expect(termForYear(terms, 2017).deputy).toBe('BAO_LANG_SON');
  });
  it('a year without a recorded head is an error, not the latest earlier head', () => {
    expect(error(() => termForYear(terms, 2018)).code).toBe('MISSING_HEAD');
    expect(error(() => termForYear(terms, 2014)).code).toBe('MISSING_HEAD');
    expect(error(() => termForYear([...terms, { year: 2013, head: 'X' }], 2013)).code).toBe(
      'DUPLICATE_TERM',
    );
  });
});

describe('capGovernmentFlagProposals (CO_CP_CAP_PCT)', () => {
  const leaders = Array.from({ length: 12 }, (_, i) => ({
    unit: `U${i + 1}`,
    cluster: `CUM-${i + 1}`,
    rank: i + 1,
  }));
  it('12 cluster leaders propose 3 → cap 2, over by 1 (criteria.md §10 #13)', () => {
    const r = capGovernmentFlagProposals(leaders, {
      date: '2024-12-31',
      proposed: ['U3', 'U1', 'U2'],
    });
    expect(r.limit).toBe(2);
    expect(r.overCapacityBy).toBe(1);
    expect(r.kept.map((l) => [l.unit, l.cluster])).toEqual([
      ['U3', 'CUM-3'],
      ['U1', 'CUM-1'],
    ]);
    expect(r.cut.map((c) => c.candidate.unit)).toEqual(['U2']);
    expect(r.arithmetic.en).toBe('20% × 12 = 2.4 → 2 (floor)');
    expect(r.cap.confidence).toBe('unconfirmed');
    expect(r.notes.map((n) => n.en)).toContain('The rounding (floor) is not stated by any source');
    const byRank = capGovernmentFlagProposals(leaders, {
      date: '2024-12-31',
      proposed: ['U3', 'U1', 'U2'],
      order: 'rank',
    });
    expect(byRank.kept.map((l) => l.unit)).toEqual(['U1', 'U2']);
  });
  it('from CV 5007 (05/9/2023) the denominator is the cluster leaders; under VN-2017 it was the collectives meeting the Cờ standard', () => {
    const r23 = capGovernmentFlagProposals(leaders, { date: '2023-10-01' });
    expect(r23.cap.confidence).toBe('confirmed');
    expect(r23.kept.map((l) => l.unit)).toEqual(['U1', 'U2']);
    expect(r23.notes[0]?.en).toContain('voted to lead clusters');
    const r17 = capGovernmentFlagProposals(leaders, { date: '2020-12-31', base: 16 });
    expect(r17.limit).toBe(3);
    expect(r17.notes[0]?.en).toContain('meeting the Cờ Bộ/tỉnh standard');
    const r17b = capGovernmentFlagProposals(leaders, { date: '2020-12-31' });
    expect(r17b.notes[0]?.en).toContain('pass base if it differs');
  });
  it('fewer than 5 leaders may propose none (floor)', () => {
    expect(capGovernmentFlagProposals(leaders.slice(0, 4), { date: '2024-12-31' }).limit).toBe(0);
  });
  it('only cluster leaders can be proposed', () => {
    const e = error(() =>
      capGovernmentFlagProposals(leaders, { date: '2024-12-31', proposed: ['X'] }),
    );
    expect(e.code).toBe('NOT_A_CLUSTER_LEADER');
    expect(e.issues[0]?.path).toEqual(['options', 'proposed', 0]);
    expect(
      error(() => capGovernmentFlagProposals([{ unit: 'A' }] as never, { date: '2024-12-31' }))
        .code,
    ).toBe('INVALID_INPUT');
  });
});
