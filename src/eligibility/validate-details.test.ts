// Every validation error of a record, with its code, path and both messages: what an officer's
// software shows when a record is malformed. Written for mutation testing (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { evaluate } from './engine.js';
import { prepareRecord } from './prepare.js';
import { validateRecord } from './validate.js';

type Loose = Record<string, unknown>;
const person = (extra: Loose = {}): Loose => ({
  kind: 'individual',
  id: 'nv',
  years: [{ year: 2024, rating: 'HTTNV' }],
  honours: [],
  ...extra,
});
const unit = (extra: Loose = {}): Loose => ({
  kind: 'collective',
  id: 'u',
  years: [{ year: 2024, rating: 'HTTNV' }],
  honours: [],
  ...extra,
});
const year = (extra: Loose): Loose =>
  person({ years: [{ year: 2024, rating: 'HTTNV', ...extra }] });
const unitYear = (extra: Loose): Loose => unit({ years: [{ year: 2024, ...extra }] });
const honour = (h: unknown): Loose => person({ honours: [h] });

function error(record: unknown): { code: string; path: unknown; vi: string; en: string } {
  try {
    validateRecord(record, ['record']);
  } catch (e) {
    if (!(e instanceof TdktError)) throw e;
    const i = e.issues[0];
    return { code: e.code, path: i?.path, vi: i?.message.vi ?? '', en: i?.message.en ?? '' };
  }
  throw new Error('no error');
}

const RATINGS = 'HTXSNV, HTTNV, HTNV, KHTNV';
const KINDS = 'individual, collective, household, village, commune';

// [case, record, code, path (under 'record'), vi, en]
const CASES: [string, unknown, string, (string | number)[], string, string][] = [
  [
    'not an object',
    'nv',
    'INVALID_INPUT',
    [],
    'Hồ sơ phải là một đối tượng, nhận được "nv"',
    'The record must be an object, got "nv"',
  ],
  [
    'unknown kind',
    person({ kind: 'team' }),
    'INVALID_INPUT',
    ['kind'],
    `Loại hồ sơ không hợp lệ: "team" (cần một trong: ${KINDS})`,
    `Invalid record kind: "team" (expected one of: ${KINDS})`,
  ],
  [
    'empty id',
    person({ id: '' }),
    'INVALID_INPUT',
    ['id'],
    'Mã hồ sơ phải là chuỗi khác rỗng, nhận được ""',
    'id must be a non-empty string, got ""',
  ],
  [
    'armedForces not boolean',
    person({ armedForces: 'yes' }),
    'INVALID_INPUT',
    ['armedForces'],
    'Cần true/false, nhận được "yes"',
    'Expected a boolean, got "yes"',
  ],
  [
    'unknown periodKind',
    person({ periodKind: 'term' }),
    'INVALID_INPUT',
    ['periodKind'],
    'Loại kỳ không hợp lệ: "term" (cần một trong: calendar, school)',
    'Invalid periodKind: "term" (expected one of: calendar, school)',
  ],
  [
    'unknown occupation',
    person({ occupation: 'pilot' }),
    'INVALID_INPUT',
    ['occupation'],
    'Nhóm nghề không hợp lệ: "pilot" (cần một trong: official, worker, farmer)',
    'Invalid occupation: "pilot" (expected one of: official, worker, farmer)',
  ],
  [
    'hiredOn not a date',
    person({ hiredOn: '2024-02-30' }),
    'INVALID_INPUT',
    ['hiredOn'],
    'Ngày không hợp lệ: "2024-02-30"; cần một ngày có thật dạng YYYY-MM-DD',
    'Invalid date: "2024-02-30"; expected a real calendar date as YYYY-MM-DD',
  ],
  [
    'foundedOn not a date',
    unit({ foundedOn: '2024-13-01' }),
    'INVALID_INPUT',
    ['foundedOn'],
    'Ngày không hợp lệ: "2024-13-01"; cần một ngày có thật dạng YYYY-MM-DD',
    'Invalid date: "2024-13-01"; expected a real calendar date as YYYY-MM-DD',
  ],
  [
    'years not an array',
    person({ years: {} }),
    'INVALID_INPUT',
    ['years'],
    'Danh sách năm phải là một mảng, nhận được an object',
    'years must be an array, got an object',
  ],
  [
    'a year not an object',
    person({ years: [2024] }),
    'INVALID_INPUT',
    ['years', 0],
    'Năm phải là một đối tượng, nhận được 2024',
    'A year must be an object, got 2024',
  ],
  [
    'year 1899',
    person({ years: [{ year: 1899 }] }),
    'INVALID_INPUT',
    ['years', 0, 'year'],
    'Năm không hợp lệ: 1899 (cần số nguyên 1900–2200)',
    'Invalid year: 1899 (expected an integer 1900–2200)',
  ],
  [
    'year 2201',
    person({ years: [{ year: 2201 }] }),
    'INVALID_INPUT',
    ['years', 0, 'year'],
    'Năm không hợp lệ: 2201 (cần số nguyên 1900–2200)',
    'Invalid year: 2201 (expected an integer 1900–2200)',
  ],
  [
    'year 2024.5',
    person({ years: [{ year: 2024.5 }] }),
    'INVALID_INPUT',
    ['years', 0, 'year'],
    'Năm không hợp lệ: 2024.5 (cần số nguyên 1900–2200)',
    'Invalid year: 2024.5 (expected an integer 1900–2200)',
  ],
  [
    'a year twice',
    person({ years: [{ year: 2023 }, { year: 2024 }, { year: 2023 }] }),
    'INVALID_INPUT',
    ['years', 2, 'year'],
    'Năm 2023 bị lặp lại',
    'Year 2023 appears twice',
  ],
  [
    'underReview not boolean',
    year({ underReview: 1 }),
    'INVALID_INPUT',
    ['years', 0, 'underReview'],
    'Cần true/false, nhận được 1',
    'Expected a boolean, got 1',
  ],
  [
    'unknown rating',
    year({ rating: 'TOT' }),
    'INVALID_INPUT',
    ['years', 0, 'rating'],
    `Xếp loại không hợp lệ: "TOT" (cần một trong: ${RATINGS})`,
    `Invalid rating: "TOT" (expected one of: ${RATINGS})`,
  ],
  [
    'unknown discipline',
    year({ discipline: 'phat' }),
    'INVALID_INPUT',
    ['years', 0, 'discipline'],
    'Hình thức kỷ luật không hợp lệ: "phat" (cần một trong: khien-trach, canh-cao, ha-bac-luong, giang-chuc, cach-chuc, buoc-thoi-viec)',
    'Invalid discipline: "phat" (expected one of: khien-trach, canh-cao, ha-bac-luong, giang-chuc, cach-chuc, buoc-thoi-viec)',
  ],
  [
    'administrativeSanction not boolean',
    year({ administrativeSanction: 'no' }),
    'INVALID_INPUT',
    ['years', 0, 'administrativeSanction'],
    'Cần true/false, nhận được "no"',
    'Expected a boolean, got "no"',
  ],
  [
    'initiatives not an array',
    year({ initiatives: 'co-so' }),
    'INVALID_INPUT',
    ['years', 0, 'initiatives'],
    'Danh sách sáng kiến phải là một mảng, nhận được "co-so"',
    'initiatives must be an array, got "co-so"',
  ],
  [
    'an initiative not an object',
    year({ initiatives: [null] }),
    'INVALID_INPUT',
    ['years', 0, 'initiatives', 0],
    'Sáng kiến phải là một đối tượng, nhận được null',
    'An initiative must be an object, got null',
  ],
  [
    'unknown scope',
    year({ initiatives: [{ scope: 'xa' }] }),
    'INVALID_INPUT',
    ['years', 0, 'initiatives', 0, 'scope'],
    'Phạm vi không hợp lệ: "xa" (cần một trong: co-so, bo-tinh, toan-quoc)',
    'Invalid scope: "xa" (expected one of: co-so, bo-tinh, toan-quoc)',
  ],
  [
    'unknown initiative kind',
    year({ initiatives: [{ scope: 'co-so', kind: 'idea' }] }),
    'INVALID_INPUT',
    ['years', 0, 'initiatives', 0, 'kind'],
    'Loại không hợp lệ: "idea" (cần một trong: initiative, research, combat)',
    'Invalid kind: "idea" (expected one of: initiative, research, combat)',
  ],
  [
    'initiative id not a string',
    year({ initiatives: [{ scope: 'co-so', id: 7 }] }),
    'INVALID_INPUT',
    ['years', 0, 'initiatives', 0, 'id'],
    'Mã sáng kiến phải là chuỗi',
    'Initiative id must be a string',
  ],
  [
    'members not an object',
    unitYear({ members: 30 }),
    'INVALID_INPUT',
    ['years', 0, 'members'],
    'Thành viên phải là một đối tượng, nhận được 30',
    'members must be an object, got 30',
  ],
  [
    'members total not a count',
    unitYear({ members: { total: -1 } }),
    'INVALID_INPUT',
    ['years', 0, 'members', 'total'],
    'Cần một số nguyên ≥ 0, nhận được -1',
    'Expected an integer ≥ 0, got -1',
  ],
  [
    'a member count not a count',
    unitYear({ members: { total: 10, ldtt: '7' } }),
    'INVALID_INPUT',
    ['years', 0, 'members', 'ldtt'],
    'Cần một số nguyên ≥ 0, nhận được "7"',
    'Expected an integer ≥ 0, got "7"',
  ],
  [
    'a member count above the total',
    unitYear({ members: { total: 10, cstdcs: 11 } }),
    'INVALID_INPUT',
    ['years', 0, 'members', 'cstdcs'],
    'cstdcs (11) lớn hơn tổng số thành viên (10)',
    'cstdcs (11) exceeds the member total (10)',
  ],
  [
    'warning or above > disciplined',
    unitYear({ members: { total: 10, disciplined: 1, disciplinedWarningOrAbove: 2 } }),
    'INVALID_INPUT',
    ['years', 0, 'members', 'disciplinedWarningOrAbove'],
    'Số bị kỷ luật từ cảnh cáo trở lên lớn hơn tổng số bị kỷ luật',
    'Members disciplined at warning or above exceed the members disciplined',
  ],
  [
    'ledCluster not boolean',
    unitYear({ ledCluster: 'yes' }),
    'INVALID_INPUT',
    ['years', 0, 'ledCluster'],
    'Cần true/false, nhận được "yes"',
    'Expected a boolean, got "yes"',
  ],
  [
    'honours not an array',
    person({ honours: 'LDTT' }),
    'INVALID_INPUT',
    ['honours'],
    'Danh sách khen thưởng phải là một mảng, nhận được "LDTT"',
    'honours must be an array, got "LDTT"',
  ],
  [
    'an honour not an object',
    honour(['LDTT']),
    'INVALID_INPUT',
    ['honours', 0],
    'Khen thưởng phải là một đối tượng, nhận được an array',
    'An honour must be an object, got an array',
  ],
  [
    'unknown honour code',
    honour({ code: 'HUY_HIEU' }),
    'UNKNOWN_HONOUR',
    ['honours', 0, 'code'],
    'Mã khen thưởng không tồn tại: "HUY_HIEU"',
    'Unknown honour code: "HUY_HIEU"',
  ],
  [
    'honour year out of range',
    honour({ code: 'LDTT', year: 1800 }),
    'INVALID_INPUT',
    ['honours', 0, 'year'],
    'Năm không hợp lệ: 1800 (cần số nguyên 1900–2200)',
    'Invalid year: 1800 (expected an integer 1900–2200)',
  ],
  [
    'decision date not a date',
    honour({ code: 'LDTT', decisionDate: '15/3/2019' }),
    'INVALID_INPUT',
    ['honours', 0, 'decisionDate'],
    'Ngày không hợp lệ: "15/3/2019"; cần một ngày có thật dạng YYYY-MM-DD',
    'Invalid date: "15/3/2019"; expected a real calendar date as YYYY-MM-DD',
  ],
  [
    'achievementPeriod not an object',
    honour({ code: 'LDTT', achievementPeriod: '2017–2018' }),
    'INVALID_INPUT',
    ['honours', 0, 'achievementPeriod'],
    'Thời gian thành tích phải là một đối tượng, nhận được "2017–2018"',
    'achievementPeriod must be an object, got "2017–2018"',
  ],
  [
    'achievementPeriod.from not a date',
    honour({ code: 'LDTT', achievementPeriod: { from: '2017', to: '2018-12-31' } }),
    'INVALID_INPUT',
    ['honours', 0, 'achievementPeriod', 'from'],
    'Ngày không hợp lệ: "2017"; cần một ngày có thật dạng YYYY-MM-DD',
    'Invalid date: "2017"; expected a real calendar date as YYYY-MM-DD',
  ],
  [
    'achievementPeriod.to not a date',
    honour({ code: 'LDTT', achievementPeriod: { from: '2017-01-01' } }),
    'INVALID_INPUT',
    ['honours', 0, 'achievementPeriod', 'to'],
    'Ngày không hợp lệ: undefined; cần một ngày có thật dạng YYYY-MM-DD',
    'Invalid date: undefined; expected a real calendar date as YYYY-MM-DD',
  ],
  [
    'achievementPeriod reversed',
    honour({ code: 'LDTT', achievementPeriod: { from: '2019-01-01', to: '2018-12-31' } }),
    'INVALID_INPUT',
    ['honours', 0, 'achievementPeriod'],
    'Thời gian thành tích ngược: 2019-01-01 sau 2018-12-31',
    'Achievement period is reversed: 2019-01-01 is after 2018-12-31',
  ],
  [
    'revoked not boolean',
    honour({ code: 'LDTT', year: 2024, revoked: 'yes' }),
    'INVALID_INPUT',
    ['honours', 0, 'revoked'],
    'Cần true/false, nhận được "yes"',
    'Expected a boolean, got "yes"',
  ],
  [
    'issuer not a string',
    honour({ code: 'LDTT', year: 2024, issuer: 12 }),
    'INVALID_INPUT',
    ['honours', 0, 'issuer'],
    'Cơ quan khen thưởng phải là chuỗi',
    'issuer must be a string',
  ],
];

describe('validation errors, field by field', () => {
  it.each(CASES)('%s', (_, record, code, path, vi, en) => {
    expect(error(record)).toEqual({ code, path: ['record', ...path], vi, en });
  });

  it('the edges that are valid: years 1900 and 2200, a one-day achievement period, counts equal to the total', () => {
    const ok: unknown[] = [
      person({ years: [{ year: 1900 }, { year: 2200 }] }),
      honour({ code: 'LDTT', achievementPeriod: { from: '2018-12-31', to: '2018-12-31' } }),
      unitYear({ members: { total: 10, ldtt: 10, disciplined: 2, disciplinedWarningOrAbove: 2 } }),
      unitYear({ members: { total: 10, disciplinedWarningOrAbove: 3 } }),
      unitYear({ members: { total: 0 } }),
      year({ initiatives: [] }),
      unit({ foundedOn: '1990-05-01' }),
      honour({ code: 'LDTT', year: 2024, issuer: 'UBND tỉnh Lào Cai', revoked: false }),
    ];
    for (const r of ok) expect(() => validateRecord(r, ['record'])).not.toThrow();
  });

  it('an unknown honour to evaluate is UNKNOWN_HONOUR, not a missing rule', () => {
    let code: string | undefined;
    try {
      evaluate(person() as never, 'HUY_HIEU' as never, { period: 2024 });
    } catch (e) {
      code = (e as TdktError).code;
    }
    expect(code).toBe('UNKNOWN_HONOUR');
  });
});

describe('the index of a prepared record', () => {
  it('an award held and the same award revoked for one period: held, in either order', () => {
    for (const honours of [
      [
        { code: 'LDTT', year: 2024 },
        { code: 'LDTT', year: 2024, revoked: true },
      ],
      [
        { code: 'LDTT', year: 2024, revoked: true },
        { code: 'LDTT', year: 2024 },
      ],
    ]) {
      const r = person({
        years: [{ year: 2024, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] }],
        honours,
      });
      const prepared = evaluate(prepareRecord(r as never), 'CSTDCS', { period: 2024 });
      const raw = evaluate(r as never, 'CSTDCS', { period: 2024 });
      expect(prepared.outcome).toBe('eligible');
      expect(prepared).toEqual(raw);
    }
  });

  it('only revoked: counts for nothing, and says so', () => {
    const r = person({
      years: [{ year: 2024, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] }],
      honours: [{ code: 'LDTT', year: 2024, revoked: true }],
    });
    const v = evaluate(prepareRecord(r as never), 'CSTDCS', { period: 2024 });
    expect(v.outcome).toBe('ineligible');
    expect(v).toEqual(evaluate(r as never, 'CSTDCS', { period: 2024 }));
  });
});
