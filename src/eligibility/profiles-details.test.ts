// Details of defineProfile: every error with its code, path and messages, and the profile it
// builds (defaults, normalised overrides, copied and frozen fields). A ministry's developer reads
// these errors when a regulation is typed in wrongly. Written for mutation testing
// (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { defineProfile } from './profiles.js';

type Spec = Record<string, unknown>;
const BASIS = [{ instrument: '5/2024/TT-BX' }];
const LABEL = { vi: 'Nhãn', en: 'Label' };
const spec = (extra: Spec = {}): Spec => ({ id: 'p', base: 'VN-2024', ...extra });
const criterion = (extra: Spec): Spec =>
  spec({
    extraCriteria: [{ id: 'c', honours: ['LDTT'], label: LABEL, basis: BASIS, ...extra }],
  });
const judgement = (extra: Spec): Spec =>
  spec({
    extraJudgements: [{ id: 'j', honours: ['LDTT'], message: LABEL, basis: BASIS, ...extra }],
  });

function error(s: unknown): { code: string; path: unknown; vi: string; en: string } {
  try {
    defineProfile(s as never);
  } catch (e) {
    if (!(e instanceof TdktError)) throw e;
    const i = e.issues[0];
    return { code: e.code, path: i?.path, vi: i?.message.vi ?? '', en: i?.message.en ?? '' };
  }
  throw new Error('no error');
}

const C = ['extraCriteria', 0];
const P = 'INVALID_PROFILE';
// [case, spec, code, path under 'spec', vi, en]
const ERRORS: [string, unknown, string, (string | number)[], string, string][] = [
  ['not an object', null, P, [], 'Profile phải là một đối tượng', 'A profile must be an object'],
  ['no id', spec({ id: '' }), P, ['id'], 'Cần mã profile', 'A profile needs an id'],
  [
    'unknown base',
    spec({ base: 'VN-2003' }),
    'UNKNOWN_REGIME',
    ['base'],
    'Không có chế độ pháp lý "VN-2003"',
    'Unknown regime "VN-2003"',
  ],
  [
    'name not a message',
    spec({ name: { vi: 'X' } }),
    P,
    ['name'],
    'Cần hai chuỗi vi và en',
    'Expected strings vi and en',
  ],
  ['name a number', spec({ name: 7 }), P, ['name'], 'Cần { vi, en }', 'Expected { vi, en }'],
  [
    'basis not an array',
    spec({ basis: { instrument: 'x' } }),
    P,
    ['basis'],
    'Căn cứ phải là một mảng trích dẫn, nhận được an object',
    'basis must be an array of citations, got an object',
  ],
  [
    'citation without instrument',
    spec({ basis: [{ article: 5 }] }),
    P,
    ['basis', 0, 'instrument'],
    'Trích dẫn cần số văn bản (instrument), nhận được undefined',
    'A citation needs an instrument number, got undefined',
  ],
  [
    'citation with empty instrument',
    spec({ basis: [{ instrument: ' ' }] }),
    P,
    ['basis', 0, 'instrument'],
    'Trích dẫn cần số văn bản (instrument), nhận được " "',
    'A citation needs an instrument number, got " "',
  ],
  [
    'article 0',
    spec({ basis: [{ instrument: 'x', article: 0 }] }),
    P,
    ['basis', 0, 'article'],
    'Điều phải là số nguyên dương, nhận được 0',
    'article must be a positive integer, got 0',
  ],
  [
    'clause 1.5',
    spec({ basis: [{ instrument: 'x', clause: 1.5 }] }),
    P,
    ['basis', 0, 'clause'],
    'Khoản phải là số nguyên dương, nhận được 1.5',
    'clause must be a positive integer, got 1.5',
  ],
  [
    'point a number',
    spec({ basis: [{ instrument: 'x', point: 1 }] }),
    P,
    ['basis', 0, 'point'],
    'Điểm (point) phải là chuỗi, nhận được 1',
    'point must be a string, got 1',
  ],
  [
    'url a number',
    spec({ basis: [{ instrument: 'x', url: 1 }] }),
    P,
    ['basis', 0, 'url'],
    'Đường dẫn (url) phải là chuỗi, nhận được 1',
    'url must be a string, got 1',
  ],
  [
    'unknown confidence',
    spec({ confidence: 'sure' }),
    P,
    ['confidence'],
    'Mức tin cậy không hợp lệ: "sure"',
    'Invalid confidence: "sure" (allowed: confirmed, secondary, unconfirmed, inference, plan-text)',
  ],
  [
    'citation confidence',
    spec({ basis: [{ instrument: 'x', confidence: 1 }] }),
    P,
    ['basis', 0, 'confidence'],
    'Mức tin cậy không hợp lệ: 1',
    'Invalid confidence: 1 (allowed: confirmed, secondary, unconfirmed, inference, plan-text)',
  ],
  [
    'overrides not an object',
    spec({ overrides: [] }),
    P,
    ['overrides'],
    'overrides phải là một đối tượng',
    'overrides must be an object',
  ],
  [
    'unknown parameter',
    spec({ overrides: { NO_SUCH: 1 } }),
    'UNKNOWN_PARAMETER',
    ['overrides', 'NO_SUCH'],
    'Không có tham số "NO_SUCH" để ghi đè',
    'No parameter "NO_SUCH" to override',
  ],
  [
    'override of another kind',
    spec({ overrides: { LDTT_NEW_HIRE_MIN_MONTHS: '9' } }),
    P,
    ['overrides', 'LDTT_NEW_HIRE_MIN_MONTHS'],
    'Giá trị "9" không cùng kiểu với tham số LDTT_NEW_HIRE_MIN_MONTHS',
    'Value "9" does not match the type of parameter LDTT_NEW_HIRE_MIN_MONTHS',
  ],
  [
    'dated value not an object',
    spec({ overrides: { LDTT_NEW_HIRE_MIN_MONTHS: [9] } }),
    P,
    ['overrides', 'LDTT_NEW_HIRE_MIN_MONTHS', 0],
    'Cần { from, value, basis, confidence }',
    'Expected { from, value, basis, confidence }',
  ],
  [
    'dated value without a date',
    spec({
      overrides: {
        LDTT_NEW_HIRE_MIN_MONTHS: [
          { from: '2024-13-01', value: 9, basis: BASIS, confidence: 'confirmed' },
        ],
      },
    }),
    P,
    ['overrides', 'LDTT_NEW_HIRE_MIN_MONTHS', 0, 'from'],
    'Ngày không hợp lệ',
    'Invalid date',
  ],
  [
    'dated value without basis',
    spec({
      overrides: {
        LDTT_NEW_HIRE_MIN_MONTHS: [
          { from: '2024-01-01', value: 9, basis: [], confidence: 'confirmed' },
        ],
      },
    }),
    P,
    ['overrides', 'LDTT_NEW_HIRE_MIN_MONTHS', 0, 'basis'],
    'Mỗi giá trị cần căn cứ',
    'Every value needs a basis',
  ],
  [
    'dated value without confidence',
    spec({
      overrides: { LDTT_NEW_HIRE_MIN_MONTHS: [{ from: '2024-01-01', value: 9, basis: BASIS }] },
    }),
    P,
    ['overrides', 'LDTT_NEW_HIRE_MIN_MONTHS', 0, 'confidence'],
    'Mức tin cậy không hợp lệ: undefined',
    'Invalid confidence: undefined (allowed: confirmed, secondary, unconfirmed, inference, plan-text)',
  ],
  [
    'dated value of another kind',
    spec({
      overrides: {
        LDTT_NEW_HIRE_MIN_MONTHS: [
          { from: '2024-01-01', value: true, basis: BASIS, confidence: 'confirmed' },
        ],
      },
    }),
    P,
    ['overrides', 'LDTT_NEW_HIRE_MIN_MONTHS', 0, 'value'],
    'Giá trị true không cùng kiểu với tham số LDTT_NEW_HIRE_MIN_MONTHS',
    'Value true does not match the type of parameter LDTT_NEW_HIRE_MIN_MONTHS',
  ],
  [
    'dated values out of order',
    spec({
      overrides: {
        LDTT_NEW_HIRE_MIN_MONTHS: [
          { from: '2024-07-01', value: 9, basis: BASIS, confidence: 'confirmed' },
          { from: '2024-01-01', value: 8, basis: BASIS, confidence: 'confirmed' },
        ],
      },
    }),
    P,
    ['overrides', 'LDTT_NEW_HIRE_MIN_MONTHS', 1, 'value'],
    'Các giá trị phải theo thứ tự ngày',
    'Values must be in date order',
  ],
  [
    'extraCriteria not an array',
    spec({ extraCriteria: {} }),
    P,
    ['extraCriteria'],
    'extraCriteria phải là một mảng',
    'extraCriteria must be an array',
  ],
  [
    'criterion not an object',
    spec({ extraCriteria: ['c'] }),
    P,
    C,
    'Cần một đối tượng, nhận được "c"',
    'Expected an object, got "c"',
  ],
  [
    'criterion without id',
    criterion({ id: '', type: 'ledCluster' }),
    P,
    [...C, 'id'],
    'Cần mã tiêu chí',
    'A criterion needs an id',
  ],
  [
    'unknown condition type',
    criterion({ type: 'age' }),
    P,
    [...C, 'type'],
    'Loại điều kiện không hợp lệ: "age"',
    'Unknown condition type: "age"',
  ],
  [
    'unknown parameter in a criterion',
    criterion({ type: 'rating', min: 'NOPE' }),
    P,
    [...C, 'min'],
    'Tham số không tồn tại: "NOPE"',
    'Unknown parameter: "NOPE"',
  ],
  [
    'codes empty',
    criterion({ type: 'heldBefore', codes: [] }),
    P,
    [...C, 'codes'],
    'Cần danh sách mã khen thưởng',
    'Expected a list of honour codes',
  ],
  [
    'unknown code',
    criterion({ type: 'heldInPeriod', codes: ['LDTT', 'X'] }),
    'UNKNOWN_HONOUR',
    [...C, 'codes', 1],
    'Mã khen thưởng không tồn tại: "X"',
    'Unknown honour code: "X"',
  ],
  [
    'concurrent not an object',
    criterion({ type: 'heldInPeriod', codes: ['LDTT'], concurrent: 'LDTT' }),
    P,
    [...C, 'concurrent'],
    'Cần một đối tượng, nhận được "LDTT"',
    'Expected an object, got "LDTT"',
  ],
  [
    'concurrent armedForces unknown',
    criterion({
      type: 'heldInPeriod',
      codes: ['LDTT'],
      concurrent: { civil: 'LDTT', armedForces: 'X' },
    }),
    'UNKNOWN_HONOUR',
    [...C, 'concurrent', 'armedForces'],
    'Mã khen thưởng không tồn tại: "X"',
    'Unknown honour code: "X"',
  ],
  [
    'predicate of unknown kind',
    criterion({ type: 'consecutive', pred: { kind: 'age' }, window: {} }),
    P,
    [...C, 'pred', 'kind'],
    'Loại điều kiện kỳ không hợp lệ: "age" (cần rating, holds)',
    'Invalid predicate kind: "age" (expected rating, holds)',
  ],
  [
    'predicate rating with unknown min',
    criterion({ type: 'consecutive', pred: { kind: 'rating', min: 'NOPE' }, window: {} }),
    P,
    [...C, 'pred', 'min'],
    'Tham số không tồn tại: "NOPE"',
    'Unknown parameter: "NOPE"',
  ],
  [
    'predicate holds with unknown concurrent',
    criterion({
      type: 'consecutive',
      pred: { kind: 'holds', codes: ['LDTT'], concurrent: { civil: 'X' } },
      window: {},
    }),
    'UNKNOWN_HONOUR',
    [...C, 'pred', 'concurrent', 'civil'],
    'Mã khen thưởng không tồn tại: "X"',
    'Unknown honour code: "X"',
  ],
  [
    'window not an object',
    criterion({
      type: 'consecutive',
      pred: { kind: 'rating', min: 'BK_TTG_MIN_RATING' },
      window: 5,
    }),
    P,
    [...C, 'window'],
    'Cần một đối tượng, nhận được 5',
    'Expected an object, got 5',
  ],
  [
    'window length unknown',
    criterion({
      type: 'countInWindow',
      pred: { kind: 'rating', min: 'BK_TTG_MIN_RATING' },
      min: 'BK_TTG_WINDOW_YEARS',
      window: { length: 'NOPE' },
    }),
    P,
    [...C, 'window', 'length'],
    'Tham số không tồn tại: "NOPE"',
    'Unknown parameter: "NOPE"',
  ],
  [
    'clock self not boolean',
    criterion({
      type: 'consecutive',
      pred: { kind: 'rating', min: 'BK_TTG_MIN_RATING' },
      window: { clock: { self: 'yes' } },
    }),
    P,
    [...C, 'window', 'clock', 'self'],
    'Cần true/false',
    'Expected a boolean',
  ],
  [
    'clock after unknown',
    criterion({
      type: 'consecutive',
      pred: { kind: 'rating', min: 'BK_TTG_MIN_RATING' },
      window: { clock: { after: ['X'] } },
    }),
    'UNKNOWN_HONOUR',
    [...C, 'window', 'clock', 'after', 0],
    'Mã khen thưởng không tồn tại: "X"',
    'Unknown honour code: "X"',
  ],
  [
    'initiative kinds empty',
    criterion({
      type: 'initiatives',
      minScope: 'CSTDCS_INITIATIVE_MIN_SCOPE',
      min: 'CSTDCS_INITIATIVE_MIN_COUNT',
      kinds: [],
    }),
    P,
    [...C, 'kinds'],
    'Cần danh sách loại: initiative, research, combat',
    'Expected a list of kinds: initiative, research, combat',
  ],
  [
    'initiative kind unknown',
    criterion({
      type: 'initiatives',
      minScope: 'CSTDCS_INITIATIVE_MIN_SCOPE',
      min: 'CSTDCS_INITIATIVE_MIN_COUNT',
      kinds: ['idea'],
    }),
    P,
    [...C, 'kinds'],
    'Cần danh sách loại: initiative, research, combat',
    'Expected a list of kinds: initiative, research, combat',
  ],
  [
    'initiatives window unknown length',
    criterion({
      type: 'initiatives',
      minScope: 'CSTDCS_INITIATIVE_MIN_SCOPE',
      min: 'CSTDCS_INITIATIVE_MIN_COUNT',
      window: { length: 'NOPE' },
    }),
    P,
    [...C, 'window', 'length'],
    'Tham số không tồn tại: "NOPE"',
    'Unknown parameter: "NOPE"',
  ],
  [
    'consecutiveAwards code unknown',
    criterion({
      type: 'consecutiveAwards',
      code: 'X',
      count: 'BK_TTG_WINDOW_YEARS',
      blockLength: 'BK_TTG_WINDOW_YEARS',
    }),
    'UNKNOWN_HONOUR',
    [...C, 'code'],
    'Mã khen thưởng không tồn tại: "X"',
    'Unknown honour code: "X"',
  ],
  [
    'consecutiveAwards concurrent not boolean',
    criterion({
      type: 'consecutiveAwards',
      code: 'LDTT',
      count: 'BK_TTG_WINDOW_YEARS',
      blockLength: 'BK_TTG_WINDOW_YEARS',
      concurrent: 'yes',
    }),
    P,
    [...C, 'concurrent'],
    'Cần true/false',
    'Expected a boolean',
  ],
  [
    'consecutiveAwards clock not an object',
    criterion({
      type: 'consecutiveAwards',
      code: 'LDTT',
      count: 'BK_TTG_WINDOW_YEARS',
      blockLength: 'BK_TTG_WINDOW_YEARS',
      clock: [],
    }),
    P,
    [...C, 'clock'],
    'Cần một đối tượng, nhận được an array',
    'Expected an object, got an array',
  ],
  [
    'member field unknown',
    criterion({ type: 'memberShare', field: 'disciplined', min: 'TTLDTT_MIN_LDTT_SHARE' }),
    P,
    [...C, 'field'],
    'Trường không hợp lệ: "disciplined" (cần ldtt, completedDuties, cstdcs)',
    'Invalid field: "disciplined" (expected ldtt, completedDuties, cstdcs)',
  ],
  [
    'group without items',
    criterion({ type: 'anyOf', items: [] }),
    P,
    [...C, 'items'],
    'Nhóm cần ít nhất một tiêu chí',
    'A group needs at least one item',
  ],
  [
    'group item malformed',
    criterion({
      type: 'allOf',
      items: [{ id: 'a', type: 'ledCluster', label: LABEL, basis: 'x' }],
    }),
    P,
    [...C, 'items', 0, 'basis'],
    'Căn cứ phải là một mảng trích dẫn, nhận được "x"',
    'basis must be an array of citations, got "x"',
  ],
  [
    'criterion without honours',
    criterion({ type: 'ledCluster', honours: [] }),
    P,
    [...C, 'honours'],
    'Cần danh sách mã khen thưởng',
    'Expected a list of honour codes',
  ],
  [
    'duplicate criterion id',
    spec({
      extraCriteria: [
        { id: 'c', type: 'ledCluster', honours: ['TTLDTT'], label: LABEL, basis: BASIS },
        { id: 'c', type: 'ledCluster', honours: ['DVTT'], label: LABEL, basis: BASIS },
      ],
    }),
    P,
    ['extraCriteria', 1, 'id'],
    'Mã tiêu chí c bị lặp',
    'Duplicate criterion id c',
  ],
  [
    'extraJudgements not an array',
    spec({ extraJudgements: 'x' }),
    P,
    ['extraJudgements'],
    'extraJudgements phải là một mảng',
    'extraJudgements must be an array',
  ],
  [
    'judgement not an object',
    spec({ extraJudgements: [1] }),
    P,
    ['extraJudgements', 0],
    'Cần một đối tượng',
    'Expected an object',
  ],
  [
    'judgement without id',
    judgement({ id: '' }),
    P,
    ['extraJudgements', 0, 'id'],
    'Cần mã',
    'An id is needed',
  ],
  [
    'judgement message',
    judgement({ message: 'x' }),
    P,
    ['extraJudgements', 0, 'message'],
    'Cần { vi, en }',
    'Expected { vi, en }',
  ],
  [
    'judgement occupations unknown',
    judgement({ occupations: ['pilot'] }),
    P,
    ['extraJudgements', 0, 'occupations'],
    'Cần danh sách nhóm: official, worker, farmer',
    'Expected a list of occupations: official, worker, farmer',
  ],
  [
    'judgement occupations empty',
    judgement({ occupations: [] }),
    P,
    ['extraJudgements', 0, 'occupations'],
    'Cần danh sách nhóm: official, worker, farmer',
    'Expected a list of occupations: official, worker, farmer',
  ],
];

describe('defineProfile errors', () => {
  it.each(ERRORS)('%s', (_, s, code, path, vi, en) => {
    expect(error(s)).toEqual({ code, path: ['spec', ...path], vi, en });
  });
});

describe('the profile defineProfile builds', () => {
  it('defaults: the id names it, its basis cites it, its values are confirmed', () => {
    const p = defineProfile({
      id: 'bo-y',
      base: 'VN-2024',
      overrides: { LDTT_NEW_HIRE_MIN_MONTHS: 9 },
    });
    expect(p.name).toEqual({ vi: 'bo-y', en: 'bo-y' });
    expect(p.basis).toEqual([{ instrument: 'bo-y', note: 'profile bo-y' }]);
    expect(p.overrides['LDTT_NEW_HIRE_MIN_MONTHS']).toEqual([
      { from: '2024-01-01', value: 9, basis: p.basis, confidence: 'confirmed' },
    ]);
    const named = defineProfile({ id: 'bo-z', base: 'VN-2024', name: 'Bộ Z' });
    expect(named.name).toEqual({ vi: 'Bộ Z', en: 'Bộ Z' });
    expect(named.basis[0]?.instrument).toBe('Bộ Z');
  });

  it('a plain override holds from the base regime, with the profile basis and confidence', () => {
    const p = defineProfile({
      id: 'bo-y',
      base: 'VN-2017',
      basis: [
        {
          instrument: '1/2018/TT-BY',
          article: 3,
          clause: 2,
          point: 'a',
          url: 'https://x',
          note: 'n',
          confidence: 'plan-text',
        },
      ],
      confidence: 'inference',
      overrides: { LDTT_NEW_HIRE_MIN_MONTHS: 11 },
    });
    expect(p.basis).toEqual([
      {
        instrument: '1/2018/TT-BY',
        article: 3,
        clause: 2,
        point: 'a',
        url: 'https://x',
        note: 'n',
        confidence: 'plan-text',
      },
    ]);
    expect(p.overrides['LDTT_NEW_HIRE_MIN_MONTHS']).toEqual([
      { from: '2017-10-01', value: 11, basis: p.basis, confidence: 'inference' },
    ]);
  });

  it('dated overrides keep their own fields; a note only when it is text; null matches any kind', () => {
    const p = defineProfile({
      id: 'bo-y',
      base: 'VN-2024',
      overrides: {
        LDTT_NEW_HIRE_MIN_MONTHS: [
          { from: '2024-01-01', value: 9, basis: BASIS, confidence: 'secondary', note: 'từ 2024' },
          { from: '2024-01-01', value: null, basis: BASIS, confidence: 'confirmed', note: 5 },
        ] as never,
      },
    });
    expect(p.overrides['LDTT_NEW_HIRE_MIN_MONTHS']).toEqual([
      { from: '2024-01-01', value: 9, basis: BASIS, confidence: 'secondary', note: 'từ 2024' },
      { from: '2024-01-01', value: null, basis: BASIS, confidence: 'confirmed' },
    ]);
    expect(Object.isFrozen(p.overrides['LDTT_NEW_HIRE_MIN_MONTHS']?.[0])).toBe(true);
  });

  it('criteria keep the fields their type reads and drop the rest, deep-frozen', () => {
    const p = defineProfile({
      id: 'bo-y',
      base: 'VN-2024',
      extraCriteria: [
        {
          id: 'streak',
          honours: ['BK_BO_TINH'],
          type: 'consecutive',
          pred: {
            kind: 'holds',
            codes: ['LDTT'],
            concurrent: { civil: 'LDTT', armedForces: 'CSTT' },
          },
          window: { length: 'BK_TTG_WINDOW_YEARS', clock: { after: ['BK_BO_TINH'], self: true } },
          label: LABEL,
          basis: BASIS,
          extra: 'dropped',
        } as never,
        {
          id: 'inis',
          honours: ['LDTT'],
          type: 'initiatives',
          minScope: 'CSTDCS_INITIATIVE_MIN_SCOPE',
          min: 'CSTDCS_INITIATIVE_MIN_COUNT',
          kinds: ['research'],
          window: {},
          label: LABEL,
          basis: BASIS,
        },
        {
          id: 'awards',
          honours: ['CSTD_BO_TINH'],
          type: 'consecutiveAwards',
          code: 'CSTDCS',
          count: 'BK_TTG_WINDOW_YEARS',
          blockLength: 'BK_TTG_WINDOW_YEARS',
          clock: {},
          concurrent: false,
          label: LABEL,
          basis: BASIS,
        },
        {
          id: 'share',
          honours: ['TTLDTT'],
          type: 'memberShare',
          field: 'ldtt',
          min: 'TTLDTT_MIN_LDTT_SHARE',
          label: LABEL,
          basis: BASIS,
        },
        {
          id: 'group',
          honours: ['TTLDTT'],
          type: 'anyOf',
          items: [{ id: 'led', type: 'ledCluster', label: LABEL, basis: BASIS }],
          label: LABEL,
          basis: BASIS,
        },
      ],
      extraJudgements: [
        { id: 'j', honours: ['LDTT'], message: LABEL, basis: BASIS, occupations: ['worker'] },
      ],
    });
    const [streak, inis, awards, share, group] = p.extraCriteria;
    expect(streak).toEqual({
      id: 'streak',
      type: 'consecutive',
      label: LABEL,
      basis: BASIS,
      pred: { kind: 'holds', codes: ['LDTT'], concurrent: { civil: 'LDTT', armedForces: 'CSTT' } },
      window: { length: 'BK_TTG_WINDOW_YEARS', clock: { after: ['BK_BO_TINH'], self: true } },
      honours: ['BK_BO_TINH'],
    });
    expect(inis).toEqual({
      id: 'inis',
      type: 'initiatives',
      label: LABEL,
      basis: BASIS,
      minScope: 'CSTDCS_INITIATIVE_MIN_SCOPE',
      min: 'CSTDCS_INITIATIVE_MIN_COUNT',
      kinds: ['research'],
      window: {},
      honours: ['LDTT'],
    });
    expect(awards).toEqual({
      id: 'awards',
      type: 'consecutiveAwards',
      label: LABEL,
      basis: BASIS,
      code: 'CSTDCS',
      count: 'BK_TTG_WINDOW_YEARS',
      blockLength: 'BK_TTG_WINDOW_YEARS',
      clock: {},
      concurrent: false,
      honours: ['CSTD_BO_TINH'],
    });
    expect(share).toMatchObject({ field: 'ldtt', min: 'TTLDTT_MIN_LDTT_SHARE' });
    expect(group).toMatchObject({
      items: [{ id: 'led', type: 'ledCluster', label: LABEL, basis: BASIS }],
    });
    expect(Object.isFrozen((streak as unknown as { window: { clock: object } }).window.clock)).toBe(
      true,
    );
    expect(p.extraJudgements).toEqual([
      { id: 'j', honours: ['LDTT'], message: LABEL, basis: BASIS, occupations: ['worker'] },
    ]);
    expect(Object.isFrozen(p.extraJudgements[0]?.occupations)).toBe(true);
  });

  it('an override counts as a known parameter for added criteria', () => {
    expect(() =>
      defineProfile({
        id: 'bo-y',
        base: 'VN-2024',
        overrides: { LDTT_NEW_HIRE_MIN_MONTHS: 9 },
        extraCriteria: [
          {
            id: 'c',
            honours: ['LDTT'],
            type: 'servedMonths',
            min: 'LDTT_NEW_HIRE_MIN_MONTHS',
            label: LABEL,
            basis: BASIS,
          },
        ],
      }),
    ).not.toThrow();
  });
});
