// Details of the engine's entry points: every option error with its code, path and messages, the
// error paths of evaluate / evaluateMany / eligibleHonours, the NO_RULE message, and that a call
// never reuses the options or regime of the call before it. Written for mutation testing
// (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { person } from '../../test/eligibility/fixtures.js';
import { TdktError } from '../core/errors.js';
import { eligibleHonours, evaluate, evaluateMany, listRules } from './engine.js';
import { defineProfile } from './profiles.js';

function error(f: () => unknown): { code: string; path: unknown; vi: string; en: string } {
  try {
    f();
  } catch (e) {
    if (!(e instanceof TdktError)) throw e;
    const i = e.issues[0];
    return { code: e.code, path: i?.path, vi: i?.message.vi ?? '', en: i?.message.en ?? '' };
  }
  throw new Error('no error');
}

const r = person([{ year: 2024, rating: 'HTTNV' }]);
const REGIMES = 'VN-2017, VN-2024, VN-2025-07, VN-2026-10';
const profile = defineProfile({ id: 'bo-x', base: 'VN-2024' });

// [case, options, code, path, vi, en]
const OPTION_ERRORS: [string, unknown, string, (string | number)[], string, string][] = [
  [
    'not an object',
    2024,
    'INVALID_INPUT',
    ['options'],
    'Tùy chọn phải là một đối tượng có "period", nhận được 2024',
    'Options must be an object with "period", got 2024',
  ],
  [
    'no period',
    {},
    'INVALID_INPUT',
    ['options', 'period'],
    'Kỳ xét phải là một năm (số nguyên 1900–2200), nhận được undefined',
    'period must be a year (integer 1900–2200), got undefined',
  ],
  [
    'period as text',
    { period: '2024' },
    'INVALID_INPUT',
    ['options', 'period'],
    'Kỳ xét phải là một năm (số nguyên 1900–2200), nhận được "2024"',
    'period must be a year (integer 1900–2200), got "2024"',
  ],
  [
    'period 2024.5',
    { period: 2024.5 },
    'INVALID_INPUT',
    ['options', 'period'],
    'Kỳ xét phải là một năm (số nguyên 1900–2200), nhận được 2024.5',
    'period must be a year (integer 1900–2200), got 2024.5',
  ],
  [
    'period 1899',
    { period: 1899 },
    'INVALID_INPUT',
    ['options', 'period'],
    'Kỳ xét phải là một năm (số nguyên 1900–2200), nhận được 1899',
    'period must be a year (integer 1900–2200), got 1899',
  ],
  [
    'period 2201',
    { period: 2201 },
    'INVALID_INPUT',
    ['options', 'period'],
    'Kỳ xét phải là một năm (số nguyên 1900–2200), nhận được 2201',
    'period must be a year (integer 1900–2200), got 2201',
  ],
  [
    'unknown regime',
    { period: 2024, regime: 'VN-2003' },
    'UNKNOWN_REGIME',
    ['options', 'regime'],
    `Không có chế độ pháp lý "VN-2003" (có: ${REGIMES})`,
    `Unknown regime "VN-2003" (known: ${REGIMES})`,
  ],
  [
    'regime not a string',
    { period: 2024, regime: 2024 },
    'UNKNOWN_REGIME',
    ['options', 'regime'],
    `Không có chế độ pháp lý 2024 (có: ${REGIMES})`,
    `Unknown regime 2024 (known: ${REGIMES})`,
  ],
  [
    'asOf not a date',
    { period: 2024, asOf: '2025-02-30' },
    'INVALID_DATE',
    ['options', 'asOf'],
    'Ngày xét không hợp lệ: "2025-02-30"; cần YYYY-MM-DD',
    'Invalid asOf: "2025-02-30"; expected YYYY-MM-DD',
  ],
  [
    'includeProvisional not boolean',
    { period: 2024, includeProvisional: 'yes' },
    'INVALID_INPUT',
    ['options', 'includeProvisional'],
    'includeProvisional phải là true/false, nhận được "yes"',
    'includeProvisional must be a boolean, got "yes"',
  ],
  [
    'profile not from defineProfile',
    { period: 2024, profile: { id: 'x', base: 'VN-2024' } },
    'INVALID_INPUT',
    ['options', 'profile'],
    'Hồ sơ quy định (profile) phải được tạo bằng defineProfile',
    'profile must be created with defineProfile',
  ],
  [
    'profile on another regime',
    { period: 2024, profile, regime: 'VN-2017' },
    'PROFILE_REGIME_MISMATCH',
    ['options', 'regime'],
    'Profile "bo-x" áp dụng trên chế độ VN-2024, không phải VN-2017',
    'Profile "bo-x" layers on VN-2024, not VN-2017',
  ],
  [
    'a period before the first regime',
    { period: 2010 },
    'NO_REGIME',
    ['options', 'period'],
    'Thư viện chưa mã hóa chế độ pháp lý trước ngày 01/10/2017 (ngày 2011-01-01)',
    'No regime is encoded before 2017-10-01 (date 2011-01-01)',
  ],
  [
    'an asOf before the first regime',
    { period: 2024, asOf: '2015-01-01' },
    'NO_REGIME',
    ['options', 'asOf'],
    'Thư viện chưa mã hóa chế độ pháp lý trước ngày 01/10/2017 (ngày 2015-01-01)',
    'No regime is encoded before 2017-10-01 (date 2015-01-01)',
  ],
];

describe('option errors', () => {
  it.each(OPTION_ERRORS)('%s', (_, options, code, path, vi, en) => {
    expect(error(() => evaluate(r, 'LDTT', options as never))).toEqual({ code, path, vi, en });
    // Same checks, same paths, in the batch and the "which honours" entry points.
    expect(error(() => evaluateMany([r], 'LDTT', options as never))).toEqual({
      code,
      path,
      vi,
      en,
    });
    expect(error(() => eligibleHonours(r, options as never))).toEqual({ code, path, vi, en });
  });

  it('the valid edges: periods 1900 and 2200 are years (the regime is another matter)', () => {
    expect(error(() => evaluate(r, 'LDTT', { period: 1900 })).code).toBe('NO_REGIME');
    expect(
      evaluate(person([{ year: 2200, rating: 'HTTNV' }]), 'LDTT', { period: 2200 }).period,
    ).toBe(2200);
    expect(evaluate(r, 'LDTT', { period: 2024, profile, regime: 'VN-2024' }).profile).toBe('bo-x');
  });
});

describe('error paths', () => {
  it('an unknown honour, a bad record, a record kind without the rule', () => {
    expect(error(() => evaluate(r, 'NOPE' as never, { period: 2024 }))).toEqual({
      code: 'UNKNOWN_HONOUR',
      path: ['honour'],
      vi: 'Mã khen thưởng không tồn tại: "NOPE"',
      en: 'Unknown honour code: "NOPE"',
    });
    expect(error(() => evaluateMany([r], 'NOPE' as never, { period: 2024 })).path).toEqual([
      'honour',
    ]);
    expect(error(() => evaluate({ ...r, id: 7 } as never, 'LDTT', { period: 2024 })).path).toEqual([
      'record',
      'id',
    ]);
    expect(error(() => eligibleHonours({ ...r, id: 7 } as never, { period: 2024 })).path).toEqual([
      'record',
      'id',
    ]);
    expect(
      error(() => evaluateMany([r, { ...r, id: 7 }] as never, 'LDTT', { period: 2024 })).path,
    ).toEqual(['records', 1, 'id']);
    expect(error(() => evaluateMany('r' as never, 'LDTT', { period: 2024 }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['records'],
      vi: 'Danh sách hồ sơ phải là một mảng, nhận được "r"',
      en: 'records must be an array, got "r"',
    });
  });

  it('NO_RULE names the honour, the record kind, the regime and where the honour has rules', () => {
    const unit = { kind: 'collective' as const, id: 'u', years: [{ year: 2024 }], honours: [] };
    expect(error(() => evaluate(unit, 'LDTT', { period: 2024 }))).toEqual({
      code: 'NO_RULE',
      path: ['honour'],
      vi: 'Thư viện chưa mã hóa tiêu chuẩn "Lao động tiên tiến" cho hồ sơ loại collective theo chế độ VN-2024 (đã có: individual: VN-2017; individual: VN-2024, VN-2025-07, VN-2026-10)',
      en: 'No rule for "Advanced Worker (LĐTT)" for a collective record under VN-2024 (encoded: individual: VN-2017; individual: VN-2024, VN-2025-07, VN-2026-10)',
    });
    expect(error(() => evaluate(r, 'HC_SAO_VANG', { period: 2024 })).en).toBe(
      'No rule for "HC_SAO_VANG" for an individual record under VN-2024 (encoded: —)',
    );
    expect(error(() => evaluate(r, 'HC_SAO_VANG', { period: 2024 })).vi).toBe(
      'Thư viện chưa mã hóa tiêu chuẩn "HC_SAO_VANG" cho hồ sơ loại individual theo chế độ VN-2024 (đã có: —)',
    );
  });
});

describe('no state leaks from one call to the next', () => {
  it('options checked once are not reused for different options', () => {
    expect(evaluate(r, 'LDTT', { period: 2024 }).regime).toBe('VN-2024');
    // Invalid after a valid call with the same (absent) fields: still an error.
    expect(error(() => evaluate(r, 'LDTT', {} as never)).path).toEqual(['options', 'period']);
    expect(evaluate(r, 'LDTT', { period: 2024, regime: 'VN-2017' }).regime).toBe('VN-2017');
    expect(evaluate(r, 'LDTT', { period: 2024, asOf: '2025-07-01' }).regime).toBe('VN-2025-07');
    expect(evaluate(r, 'LDTT', { period: 2024, profile }).profile).toBe('bo-x');
    expect(evaluate(r, 'LDTT', { period: 2024 }).profile).toBeUndefined();
  });

  it('the regime in force is looked up per date and per provisional flag', () => {
    const at = (asOf: string, includeProvisional: boolean) =>
      evaluate(r, 'LDTT', { period: 2024, asOf, includeProvisional }).regime;
    expect(at('2024-06-01', true)).toBe('VN-2024');
    expect(at('2027-01-01', true)).toBe('VN-2026-10');
    expect(at('2027-01-01', false)).toBe('VN-2025-07');
    expect(at('2024-06-01', false)).toBe('VN-2024');
  });
});

describe('listRules', () => {
  it('each honour and recipient once, its regimes oldest first, its title from the first rule', () => {
    const rules = listRules();
    const keys = rules.map((s) => `${s.honour}|${s.recipient}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ldtt = rules.find((s) => s.honour === 'LDTT');
    expect(ldtt?.regimes).toEqual(['VN-2017', 'VN-2024', 'VN-2025-07', 'VN-2026-10']);
    expect(ldtt?.title.vi).toBe('Lao động tiên tiến');
    expect(Object.keys(ldtt?.confidence ?? {})).toEqual(ldtt?.regimes);
    expect(rules.find((s) => s.honour === 'XA_TIEU_BIEU')?.regimes).toEqual([
      'VN-2024',
      'VN-2025-07',
      'VN-2026-10',
    ]);
  });
});
