// capGovernmentFlagProposals (the 20% cap on Cờ thi đua của Chính phủ proposals) and
// termForYear (the recorded head of a cluster for a year): the exact limits, rounding, notes
// and error messages an officer reads. Written to kill the mutants that survived mutation
// testing (docs/quality.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { capGovernmentFlagProposals, termForYear } from './cluster.js';

interface Failure {
  code: string;
  path: readonly (string | number)[];
  vi: string;
  en: string;
}

function failure(fn: () => unknown): Failure {
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

const leaders = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ unit: `U${i + 1}`, cluster: `CUM-${i + 1}` }));

const ROUNDING_NOTE = {
  vi: 'Cách làm tròn (làm tròn xuống) chưa được văn bản xác nhận',
  en: 'The rounding (floor) is not stated by any source',
};
const CV5007_NOTE = {
  vi: 'Mẫu số: số tập thể được suy tôn dẫn đầu cụm, khối thi đua; biên bản Hội đồng ghi rõ cụm, khối mà tập thể dẫn đầu (Công văn 5007/BNV-TĐKT)',
  en: 'Denominator: the collectives voted to lead clusters or blocks; the council minutes name the cluster each nominee led (Letter 5007/BNV-TĐKT)',
};

describe('capGovernmentFlagProposals: the 20% cap and its notes', () => {
  it('2024 (Law 2022, CV 5007 unconfirmed): 12 leaders → 20% × 12 = 2.4 → 2, three notes', () => {
    const r = capGovernmentFlagProposals(leaders(12), { date: '2024-12-31' });
    expect(r.limit).toBe(2);
    expect(r.kept.map((l) => l.unit)).toEqual(['U1', 'U2']);
    expect(r.cap.from).toBe('2024-01-01');
    expect(r.notes).toEqual([
      CV5007_NOTE,
      ROUNDING_NOTE,
      {
        vi: 'Tỷ lệ 20% có độ tin cậy "unconfirmed"',
        en: 'The ratio 20% has confidence "unconfirmed"',
      },
    ]);
  });

  it('CV 5007 from 05/9/2023 (confirmed): no confidence note', () => {
    const r = capGovernmentFlagProposals(leaders(12), { date: '2023-10-01' });
    expect(r.cap.confidence).toBe('confirmed');
    expect(r.notes).toEqual([CV5007_NOTE, ROUNDING_NOTE]);
  });

  it('Decree 91/2017: the denominator note depends on whether base is given', () => {
    const given = capGovernmentFlagProposals(leaders(12), { date: '2020-12-31', base: 16 });
    expect(given.limit).toBe(3);
    expect(given.arithmetic.en).toBe('20% × 16 = 3.2 → 3 (floor)');
    expect(given.notes).toEqual([
      {
        vi: 'Mẫu số: số tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, tỉnh (Nghị định 91/2017/NĐ-CP, Điều 11)',
        en: 'Denominator: the collectives meeting the Cờ Bộ/tỉnh standard (Decree 91/2017, Art. 11)',
      },
      ROUNDING_NOTE,
    ]);
    const dflt = capGovernmentFlagProposals(leaders(12), { date: '2020-12-31' });
    expect(dflt.notes).toEqual([
      {
        vi: 'Theo Nghị định 91/2017/NĐ-CP (Điều 11), mẫu số là số tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, tỉnh; đã dùng số tập thể dẫn đầu — truyền base nếu khác',
        en: 'Under Decree 91/2017 (Art. 11) the denominator is the collectives meeting the Cờ Bộ/tỉnh standard; the number of leaders was used — pass base if it differs',
      },
      ROUNDING_NOTE,
    ]);
  });

  it('before 01/10/2017 the library has no ratio: no cap, one note', () => {
    const r = capGovernmentFlagProposals(leaders(12), { date: '2010-01-01' });
    expect(r.limit).toBeNull();
    expect(r.cap.status).toBe('unknown');
    expect(r.kept).toHaveLength(12);
    expect(r.notes).toEqual([
      {
        vi: 'Thư viện không có giá trị của CO_CP_CAP_PCT vào ngày 2010-01-01',
        en: 'The library has no value of CO_CP_CAP_PCT on 2010-01-01',
      },
    ]);
  });

  it('the rounding option: 13 leaders → 2.6 → 2 (floor) or 3 (half-up)', () => {
    expect(capGovernmentFlagProposals(leaders(13), { date: '2024-12-31' }).limit).toBe(2);
    const up = capGovernmentFlagProposals(leaders(13), { date: '2024-12-31', rounding: 'half-up' });
    expect(up.limit).toBe(3);
    expect(up.arithmetic.en).toBe('20% × 13 = 2.6 → 3 (half-up)');
    expect(up.kept.map((l) => l.unit)).toEqual(['U1', 'U2', 'U3']);
    // The note names the rounding applied, and that the caller chose it.
    expect(up.notes.map((n) => n.en)).toContain(
      "The rounding (half-up) is the caller's choice; no source states one",
    );
    expect(up.notes.map((n) => n.vi)).toContain(
      'Cách làm tròn (làm tròn) do người dùng chọn; chưa có văn bản quy định',
    );
    expect(up.notes.map((n) => n.en)).not.toContain(
      'The rounding (floor) is not stated by any source',
    );
    const floor = capGovernmentFlagProposals(leaders(13), {
      date: '2024-12-31',
      rounding: 'floor',
    });
    expect(floor.notes.map((n) => n.en)).toContain(
      "The rounding (floor) is the caller's choice; no source states one",
    );
  });

  it('5 leaders → exactly 1; base counts the cap, not the proposals', () => {
    expect(capGovernmentFlagProposals(leaders(5), { date: '2024-12-31' }).limit).toBe(1);
    const r = capGovernmentFlagProposals(leaders(5), {
      date: '2024-12-31',
      base: 10,
      proposed: ['U5', 'U4', 'U3'],
    });
    expect(r.limit).toBe(2);
    expect(r.kept.map((l) => l.unit)).toEqual(['U5', 'U4']);
    expect(r.overCapacityBy).toBe(1);
  });
});

describe('capGovernmentFlagProposals: errors', () => {
  it('options, leaders, a leader, its unit and cluster', () => {
    expect(failure(() => capGovernmentFlagProposals(leaders(2), undefined as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options'],
      vi: 'Cần tùy chọn { date }',
      en: 'Options { date } are required',
    });
    expect(
      failure(() => capGovernmentFlagProposals('U1' as never, { date: '2024-12-31' })),
    ).toEqual({
      code: 'INVALID_INPUT',
      path: ['leaders'],
      vi: 'Cần một mảng đơn vị dẫn đầu',
      en: 'Expected an array of leaders',
    });
    expect(
      failure(() =>
        capGovernmentFlagProposals([leaders(1)[0], 5] as never, { date: '2024-12-31' }),
      ),
    ).toEqual({
      code: 'INVALID_INPUT',
      path: ['leaders', 1],
      vi: 'Đơn vị dẫn đầu phải là một đối tượng',
      en: 'A leader must be an object',
    });
    expect(
      failure(() =>
        capGovernmentFlagProposals([{ unit: '', cluster: 'K' }] as never, { date: '2024-12-31' }),
      ).path,
    ).toEqual(['leaders', 0, 'unit']);
    expect(
      failure(() =>
        capGovernmentFlagProposals([{ unit: 'A', cluster: 5 }] as never, { date: '2024-12-31' }),
      ).path,
    ).toEqual(['leaders', 0, 'cluster']);
  });

  it('a unit that leads twice', () => {
    expect(
      failure(() =>
        capGovernmentFlagProposals(
          [
            { unit: 'A', cluster: 'K1' },
            { unit: 'A', cluster: 'K2' },
          ],
          { date: '2024-12-31' },
        ),
      ),
    ).toEqual({
      code: 'DUPLICATE_UNIT',
      path: ['leaders', 1, 'unit'],
      vi: 'Đơn vị "A" xuất hiện hai lần',
      en: 'Unit "A" appears twice',
    });
  });

  it('proposed must be an array of leaders', () => {
    expect(
      failure(() =>
        capGovernmentFlagProposals(leaders(3), { date: '2024-12-31', proposed: 'U1' as never }),
      ),
    ).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'proposed'],
      vi: 'Danh sách đề nghị phải là một mảng',
      en: 'Proposed must be an array',
    });
    expect(
      failure(() =>
        capGovernmentFlagProposals(leaders(3), { date: '2024-12-31', proposed: ['U1', 'X'] }),
      ),
    ).toEqual({
      code: 'NOT_A_CLUSTER_LEADER',
      path: ['options', 'proposed', 1],
      vi: '"X" không phải tập thể dẫn đầu cụm, khối thi đua',
      en: '"X" is not a cluster-leading collective',
    });
    expect(
      failure(() =>
        capGovernmentFlagProposals(leaders(3), { date: '2024-12-31', proposed: [5 as never] }),
      ).en,
    ).toBe('5 is not a cluster-leading collective');
  });

  it('base must be a count', () => {
    expect(
      failure(() => capGovernmentFlagProposals(leaders(3), { date: '2024-12-31', base: -1 })).path,
    ).toEqual(['options', 'base']);
  });
});

describe('termForYear', () => {
  const terms = [
    { year: 2017, head: 'BAN_DANG_KHOI', deputy: 'BAO_LANG_SON' },
    { year: 2013, head: 'HUU_LUNG', deputy: 'BAC_SON' },
  ];

  it('returns the term of the year itself', () => {
    expect(termForYear(terms, 2013)).toEqual({ year: 2013, head: 'HUU_LUNG', deputy: 'BAC_SON' });
  });

  it('terms not an array, a year that is not an integer', () => {
    expect(failure(() => termForYear('x' as never, 2017))).toEqual({
      code: 'INVALID_INPUT',
      path: ['terms'],
      vi: 'Nhiệm kỳ phải là một mảng',
      en: 'Terms must be an array',
    });
    expect(failure(() => termForYear(terms, 2017.5))).toEqual({
      code: 'INVALID_INPUT',
      path: ['year'],
      vi: 'Năm không hợp lệ: 2017.5',
      en: 'Invalid year: 2017.5',
    });
    expect(failure(() => termForYear(terms, '2017' as never)).en).toBe('Invalid year: "2017"');
  });

  it('a term without a year', () => {
    expect(failure(() => termForYear([terms[0]!, { head: 'X' }] as never, 2017))).toEqual({
      code: 'INVALID_INPUT',
      path: ['terms', 1],
      vi: 'Nhiệm kỳ cần năm (year)',
      en: 'A term needs a year',
    });
    expect(failure(() => termForYear([5] as never, 2017)).path).toEqual(['terms', 0]);
  });

  it('two terms for one year', () => {
    expect(failure(() => termForYear([...terms, { year: 2013, head: 'X' }], 2013))).toEqual({
      code: 'DUPLICATE_TERM',
      path: ['terms', 2],
      vi: 'Có hai nhiệm kỳ cho năm 2013',
      en: 'Two terms are recorded for 2013',
    });
  });

  it('no head recorded: never carried over from an earlier year', () => {
    const missing = {
      code: 'MISSING_HEAD',
      path: ['terms'],
      vi: 'Chưa ghi nhận cụm trưởng năm 2018: không tự lấy cụm trưởng năm trước',
      en: 'No head recorded for 2018: an earlier head is never carried over',
    };
    expect(failure(() => termForYear(terms, 2018))).toEqual(missing);
    expect(failure(() => termForYear([{ year: 2018, head: '  ' }], 2018))).toEqual(missing);
    expect(failure(() => termForYear([{ year: 2018, head: 5 }] as never, 2018))).toEqual(missing);
    expect(failure(() => termForYear([{ year: 2018 }] as never, 2018))).toEqual(missing);
  });
});
