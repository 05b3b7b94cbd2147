// The explanation of each condition of the second half of conditions.ts (awards in a row, member
// shares and counts, cluster lead, any-of / all-of groups, period predicates), branch by branch,
// as an officer reads it in a verdict: "label: status (detail)" in both languages, with the values
// compared (expected / actual). Conditions are added through a profile with the plain label "L",
// so each message can be written out in full; a few cases go through the national rules
// (TTLĐTT, TTLĐXS, Cờ thi đua, CSTĐ toàn quốc) to read them with their real labels.
// Written for mutation testing (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { B, criterion, L, NA, says } from '../../test/eligibility/condition-kit.js';
import { find, held, person, rated, unit } from '../../test/eligibility/fixtures.js';
import { TdktError } from '../core/errors.js';
import type { CollectiveMembers, HonourReceived, TdktRecord } from '../core/records.js';
import { evaluate } from './engine.js';
import { prepareRecord } from './prepare.js';
import { defineProfile } from './profiles.js';
import type { CriterionResult } from './types.js';

function compileError(f: () => unknown): { code: string; path: unknown; vi: string; en: string } {
  try {
    f();
  } catch (e) {
    if (!(e instanceof TdktError)) throw e;
    const i = e.issues[0];
    return { code: e.code, path: i?.path, vi: i?.message.vi ?? '', en: i?.message.en ?? '' };
  }
  throw new Error('no error');
}

const members = (m: CollectiveMembers, extra: Parameters<typeof unit>[3] = {}) =>
  unit(2024, 'HTTNV', m, extra);

// ───────────────────────────── consecutiveAwards ─────────────────────────────

describe('consecutiveAwards (CSTĐ toàn quốc: 2 consecutive CSTĐ Bộ/tỉnh, blocks of 3 periods)', () => {
  const CSTD = 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh';
  const CSTD_EN = 'Ministry/Province Emulation Fighter';
  const spec = {
    type: 'consecutiveAwards',
    code: 'CSTD_BO_TINH',
    count: 'CSTDTQ_CONSECUTIVE_CSTD_BO_TINH',
    blockLength: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS',
    clock: { self: true },
  };
  const c = criterion('CSTDTQ', spec);
  const EXPECTED = { consecutiveAwards: 2, code: 'CSTD_BO_TINH', endingIn: 2024 };
  const r = (honours: HonourReceived[]) => person(rated(2019, 2024, 'HTXSNV'), honours);

  it('CSTĐ Bộ/tỉnh 2021 and 2024: blocks 2019–2021 and 2022–2024 touch → 2 consecutive, met', () => {
    const got = c(r(held('CSTD_BO_TINH', 2021, 2024)));
    says(
      got,
      'met',
      `2 lần liên tục được tặng ${CSTD} (2022–2024; 2019–2021)`,
      `2 consecutive ${CSTD_EN} awards (2022–2024; 2019–2021)`,
    );
    expect(got.expected).toEqual(EXPECTED);
    expect(got.actual).toEqual({
      chain: [
        { from: 2022, to: 2024 },
        { from: 2019, to: 2021 },
      ],
    });
    expect(got.children).toBeUndefined();
  });

  it('three awards 2018, 2021, 2024: the chain stops at the 2 needed', () => {
    const got = c(r(held('CSTD_BO_TINH', 2018, 2021, 2024)));
    expect(got.outcome).toBe('met');
    expect(got.actual).toEqual({
      chain: [
        { from: 2022, to: 2024 },
        { from: 2019, to: 2021 },
      ],
    });
    expect(got.message.en).toBe(`L: met (2 consecutive ${CSTD_EN} awards (2022–2024; 2019–2021))`);
  });

  it('2020 and 2024: 2021 is not covered → only 1 consecutive award, not met', () => {
    const got = c(r(held('CSTD_BO_TINH', 2020, 2024)));
    says(
      got,
      'unmet',
      `chỉ 1 lần liên tục được tặng ${CSTD} (2022–2024)`,
      `only 1 consecutive ${CSTD_EN} award(s) (2022–2024)`,
    );
    expect([got.expected, got.actual]).toEqual([EXPECTED, { chain: [{ from: 2022, to: 2024 }] }]);
  });

  it('none ending in 2024 (2021 only, or a later 2025 award): not met, "none ending in 2024"', () => {
    for (const honours of [held('CSTD_BO_TINH', 2021), held('CSTD_BO_TINH', 2021, 2025)]) {
      const got = c(r(honours));
      says(got, 'unmet', `không có ${CSTD} kết thúc ở kỳ 2024`, `no ${CSTD_EN} ending in 2024`);
      expect(got.actual).toEqual({ chain: [] });
    }
    // Other honours are not counted.
    expect(c(r(held('CSTDCS', 2021, 2024))).actual).toEqual({ chain: [] });
  });

  it('an award for 2025 is ignored when reviewing 2024; in 2025 it ends the chain', () => {
    // 2021 and 2024 chain when reviewing 2024, whatever comes after.
    expect(c(r(held('CSTD_BO_TINH', 2021, 2024, 2027))).outcome).toBe('met');
    // 2022 (2020–2022) and 2025 (2023–2025): nothing ends in 2024; in 2025 they chain.
    const honours = held('CSTD_BO_TINH', 2022, 2025);
    expect(c(r(honours)).actual).toEqual({ chain: [] });
    const y2025 = c(person(rated(2019, 2025, 'HTXSNV'), honours), 2025);
    expect(y2025.expected).toEqual({ ...EXPECTED, endingIn: 2025 });
    expect(y2025.actual).toEqual({
      chain: [
        { from: 2023, to: 2025 },
        { from: 2020, to: 2022 },
      ],
    });
    expect(y2025.message.en).toBe(
      `L: met (2 consecutive ${CSTD_EN} awards (2023–2025; 2020–2022))`,
    );
  });

  it('a revoked earlier award counts for nothing: only 1, not met', () => {
    const got = c(
      r([{ code: 'CSTD_BO_TINH', year: 2021, revoked: true }, ...held('CSTD_BO_TINH', 2024)]),
    );
    expect(got.outcome).toBe('unmet');
    expect(got.actual).toEqual({ chain: [{ from: 2022, to: 2024 }] });
  });

  it('a revoked 2024 award: none ending in 2024, not met', () => {
    const got = c(
      r([...held('CSTD_BO_TINH', 2021), { code: 'CSTD_BO_TINH', year: 2024, revoked: true }]),
    );
    says(got, 'unmet', `không có ${CSTD} kết thúc ở kỳ 2024`, `no ${CSTD_EN} ending in 2024`);
  });

  it('an award with no date at all: unknown (it may be the missing link); revoked and undated: ignored', () => {
    const undated = c(r([{ code: 'CSTD_BO_TINH' }, ...held('CSTD_BO_TINH', 2024)]));
    says(
      undated,
      'unknown',
      `chỉ 1 lần liên tục được tặng ${CSTD} (2022–2024)`,
      `only 1 consecutive ${CSTD_EN} award(s) (2022–2024)`,
    );
    expect(undated.actual).toEqual({ chain: [{ from: 2022, to: 2024 }] });
    const none = c(r([{ code: 'CSTD_BO_TINH' }]));
    says(none, 'unknown', `không có ${CSTD} kết thúc ở kỳ 2024`, `no ${CSTD_EN} ending in 2024`);
    const revoked = c(r([{ code: 'CSTD_BO_TINH', revoked: true }, ...held('CSTD_BO_TINH', 2024)]));
    expect(revoked.outcome).toBe('unmet');
    // Two links found: an undated award changes nothing.
    expect(c(r([{ code: 'CSTD_BO_TINH' }, ...held('CSTD_BO_TINH', 2021, 2024)])).outcome).toBe(
      'met',
    );
  });

  it('written achievement periods set the blocks: 2023–2024 does not follow 2021', () => {
    const two: HonourReceived = {
      code: 'CSTD_BO_TINH',
      achievementPeriod: { from: '2023-01-01', to: '2024-12-31' },
      decisionDate: '2025-03-01',
    };
    const got = c(r([...held('CSTD_BO_TINH', 2021), two]));
    says(
      got,
      'unmet',
      `chỉ 1 lần liên tục được tặng ${CSTD} (2023–2024)`,
      `only 1 consecutive ${CSTD_EN} award(s) (2023–2024)`,
    );
    expect(got.actual).toEqual({ chain: [{ from: 2023, to: 2024 }] });
    const one: HonourReceived = {
      code: 'CSTD_BO_TINH',
      achievementPeriod: { from: '2024-01-01', to: '2024-12-31' },
    };
    // A one-period block is shown as one period.
    expect(c(r([one])).message.vi).toBe(
      `L: không đạt (chỉ 1 lần liên tục được tặng ${CSTD} (2024))`,
    );
    const met = c(
      r([
        ...held('CSTD_BO_TINH', 2022),
        { code: 'CSTD_BO_TINH', achievementPeriod: { from: '2023-01-01', to: '2024-12-31' } },
      ]),
    );
    expect(met.outcome).toBe('met');
    expect(met.message.vi).toBe(`L: đạt (2 lần liên tục được tặng ${CSTD} (2023–2024; 2020–2022))`);
  });

  it('the clock: awards used for an earlier CSTĐ toàn quốc (2021) are not counted again', () => {
    const got = c(r([...held('CSTD_BO_TINH', 2021, 2024), ...held('CSTDTQ', 2021)]));
    says(
      got,
      'unmet',
      `chỉ 1 lần liên tục được tặng ${CSTD} (2022–2024)`,
      `only 1 consecutive ${CSTD_EN} award(s) (2022–2024)`,
    );
    // A CSTĐ toàn quốc for 2018 leaves 2019–2021 usable.
    expect(c(r([...held('CSTD_BO_TINH', 2021, 2024), ...held('CSTDTQ', 2018)])).outcome).toBe(
      'met',
    );
    // Without disjoint consumption ("sliding"), the earlier CSTĐ toàn quốc starts no clock.
    const sliding = criterion('CSTDTQ', spec, { STREAK_CONSUMPTION: 'sliding' });
    expect(sliding(r([...held('CSTD_BO_TINH', 2021, 2024), ...held('CSTDTQ', 2021)])).outcome).toBe(
      'met',
    );
  });

  it('an earlier CSTĐ toàn quốc with no date: the clock cannot be placed → unknown, and says why', () => {
    const got = c(r([...held('CSTD_BO_TINH', 2024), { code: 'CSTDTQ' }]));
    says(
      got,
      'unknown',
      'không xác định được thời điểm tính thành tích: Chiến sĩ thi đua toàn quốc không ghi năm, thời gian thành tích hay ngày quyết định',
      'the achievement clock cannot be placed: National Emulation Fighter has no year, achievement period or decision date',
    );
    expect(got.actual).toEqual({ chain: [{ from: 2022, to: 2024 }] });
    // Already two links: met whatever the clock.
    expect(c(r([...held('CSTD_BO_TINH', 2021, 2024), { code: 'CSTDTQ' }])).outcome).toBe('met');
  });

  it('school years: a block reads "2021–2022 đến 2023–2024" / "2021–2022 to 2023–2024"', () => {
    const teacher = person(rated(2018, 2023, 'HTXSNV'), held('CSTD_BO_TINH', 2020, 2023), {
      periodKind: 'school',
    });
    const got = c(teacher, 2023);
    says(
      got,
      'met',
      `2 lần liên tục được tặng ${CSTD} (2021–2022 đến 2023–2024; 2018–2019 đến 2020–2021)`,
      `2 consecutive ${CSTD_EN} awards (2021–2022 to 2023–2024; 2018–2019 to 2020–2021)`,
    );
    expect(got.expected).toEqual({ ...EXPECTED, endingIn: 2023 });
    const none = c(person(rated(2023, 2023, 'HTXSNV'), [], { periodKind: 'school' }), 2023);
    expect(none.message.en).toBe(`L: not met (no ${CSTD_EN} ending in 2023–2024)`);
  });

  it('the same records reviewed one after another each get their own result', () => {
    const a = c(r(held('CSTD_BO_TINH', 2021, 2024)));
    const b = c(r(held('CSTD_BO_TINH', 2020, 2024)));
    const again = c(r(held('CSTD_BO_TINH', 2021, 2024)));
    expect([a.outcome, b.outcome, again.outcome]).toEqual(['met', 'unmet', 'met']);
    expect(c(r(held('CSTD_BO_TINH', 2021, 2024)), 2021).actual).toEqual({
      chain: [{ from: 2019, to: 2021 }],
    });
  });
});

describe('consecutiveAwards evaluated in the same review ("xét đồng thời" of CSTĐ Bộ/tỉnh 2024)', () => {
  const CSTD = 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh';
  const CSTD_EN = 'Ministry/Province Emulation Fighter';
  const spec = {
    type: 'consecutiveAwards',
    code: 'CSTD_BO_TINH',
    count: 'CSTDTQ_CONSECUTIVE_CSTD_BO_TINH',
    blockLength: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS',
    clock: { self: true },
    concurrent: true,
  };
  const c = criterion('CSTDTQ', spec);
  // CSTĐ Bộ/tỉnh 2021, then CSTĐCS 2022–2024 and a ministry-scope initiative in 2023: CSTĐ
  // Bộ/tỉnh 2024 is due (3 CSTĐCS + an initiative of Bộ/tỉnh scope, Law 06/2022 Đ22).
  const years = (initiative: boolean) =>
    rated(2019, 2024, 'HTXSNV').map((y) =>
      y.year === 2023 && initiative ? { ...y, initiatives: [{ scope: 'bo-tinh' as const }] } : y,
    );
  const due = [...held('CSTD_BO_TINH', 2021), ...held('CSTDCS', 2022, 2023, 2024)];
  const childMessage = (word: [string, string]) => ({
    vi: `${CSTD} kỳ 2024 (chưa có quyết định, xét đồng thời): ${word[0]}`,
    en: `${CSTD_EN} for 2024 (no decision yet, evaluated in the same review): ${word[1]}`,
  });

  it('CSTĐ Bộ/tỉnh 2024 eligible in the same review: met, with the nested verdict and a note', () => {
    const v = evaluate(person(years(true), due), 'CSTDTQ', {
      period: 2024,
      profile: defineProfile({
        id: 'late-concurrent',
        base: 'VN-2024',
        basis: B,
        extraCriteria: [{ id: 'c', honours: ['CSTDTQ'], label: L, basis: B, ...spec } as never],
      }),
    });
    const got = find(v, 'c');
    says(
      got,
      'met',
      `2 lần liên tục được tặng ${CSTD} (2022–2024; 2019–2021)`,
      `2 consecutive ${CSTD_EN} awards (2022–2024; 2019–2021)`,
    );
    expect(got.actual).toEqual({
      chain: [
        { from: 2022, to: 2024 },
        { from: 2019, to: 2021 },
      ],
    });
    expect(got.children?.length).toBe(1);
    const child = got.children?.[0] as CriterionResult;
    expect(child.id).toBe('concurrent-CSTD_BO_TINH');
    expect(child.outcome).toBe('met');
    expect(child.message).toEqual(childMessage(['đủ điều kiện', 'eligible']));
    expect([child.expected, child.actual]).toEqual(['eligible', 'eligible']);
    expect(v.judgements.find((j) => j.id === 'concurrent-CSTD_BO_TINH')?.message).toEqual({
      vi: `${CSTD} kỳ 2024 phải được quyết định tặng trong cùng đợt xét`,
      en: `${CSTD_EN} for 2024 must be awarded in the same review`,
    });
  });

  it('CSTĐ Bộ/tỉnh 2024 not eligible (no initiative): none ending in 2024, not met', () => {
    const got = c(person(years(false), due));
    says(got, 'unmet', `không có ${CSTD} kết thúc ở kỳ 2024`, `no ${CSTD_EN} ending in 2024`);
    expect(got.actual).toEqual({ chain: [] });
    expect(got.children?.[0]?.message).toEqual(
      childMessage(['không đủ điều kiện', 'not eligible']),
    );
  });

  it('CSTĐ Bộ/tỉnh 2024 undetermined (no 2024 data): unknown, with the nested verdict', () => {
    const y = rated(2019, 2023, 'HTXSNV').map((x) =>
      x.year === 2023 ? { ...x, initiatives: [{ scope: 'bo-tinh' as const }] } : x,
    );
    const got = c(person(y, [...held('CSTD_BO_TINH', 2021), ...held('CSTDCS', 2022, 2023)]));
    says(got, 'unknown', `không có ${CSTD} kết thúc ở kỳ 2024`, `no ${CSTD_EN} ending in 2024`);
    expect(got.children?.[0]?.message).toEqual(childMessage(['chưa xác định', 'undetermined']));
  });

  it('a decided CSTĐ Bộ/tỉnh 2024 is used as is: no nested evaluation', () => {
    const got = c(person(years(false), [...due, ...held('CSTD_BO_TINH', 2024)]));
    expect(got.outcome).toBe('met');
    expect(got.children).toBeUndefined();
  });

  it('a revoked CSTĐ Bộ/tỉnh 2024 is not replaced by a same-review evaluation: not met', () => {
    const got = c(
      person(years(true), [...due, { code: 'CSTD_BO_TINH', year: 2024, revoked: true }]),
    );
    says(got, 'unmet', `không có ${CSTD} kết thúc ở kỳ 2024`, `no ${CSTD_EN} ending in 2024`);
    expect(got.children).toBeUndefined();
  });

  it('without "concurrent", a due but undecided CSTĐ Bộ/tỉnh 2024 does not count', () => {
    const plain = criterion('CSTDTQ', { ...spec, concurrent: false });
    const got = plain(person(years(true), due));
    expect(got.outcome).toBe('unmet');
    expect(got.children).toBeUndefined();
  });

  it('national CSTĐ toàn quốc rule: the label and the detail', () => {
    const v = evaluate(person(years(true), held('CSTD_BO_TINH', 2021, 2024)), 'CSTDTQ', {
      period: 2024,
    });
    const got = find(v, 'cstd-bo-tinh-twice');
    expect(got.message).toEqual({
      vi: `2 lần liên tục được tặng Chiến sĩ thi đua Bộ, ban, ngành, tỉnh (khối thành tích nối tiếp nhau), lần sau kết thúc ở kỳ xét: đạt (2 lần liên tục được tặng ${CSTD} (2022–2024; 2019–2021))`,
      en: `2 consecutive CSTĐ Bộ/tỉnh awards (contiguous achievement blocks), the last ending in the period: met (2 consecutive ${CSTD_EN} awards (2022–2024; 2019–2021))`,
    });
  });

  it('a count or block length that is not a whole number is rejected when compiled', () => {
    const bad = criterion('CSTDTQ', { ...spec, count: 'LDTT_MIN_RATING' });
    expect(compileError(() => bad(person(years(true), due)))).toEqual({
      code: 'INVALID_RULE',
      path: ['criteria', 'c'],
      vi: 'Tiêu chí c không hợp lệ: parameter LDTT_MIN_RATING must be a whole number, got "HTTNV"',
      en: 'Invalid criterion c: parameter LDTT_MIN_RATING must be a whole number, got "HTTNV"',
    });
    const block = criterion('CSTDTQ', { ...spec, blockLength: 'TTLDTT_MIN_LDTT_SHARE' });
    expect(compileError(() => block(person(years(true), due))).en).toBe(
      'Invalid criterion c: parameter TTLDTT_MIN_LDTT_SHARE must be a whole number, got an object',
    );
  });
});

// ───────────────────────────── memberShare ─────────────────────────────

describe('memberShare (TTLĐTT: more than 50% LĐTT; TTLĐXS: at least 70% LĐTT, 100% HTNV)', () => {
  const over50 = criterion('TTLDTT', {
    type: 'memberShare',
    field: 'ldtt',
    min: 'TTLDTT_MIN_LDTT_SHARE',
  });
  const atLeast70 = criterion('TTLDTT', {
    type: 'memberShare',
    field: 'ldtt',
    min: 'TTLDXS_MIN_LDTT_SHARE',
  });
  const all = criterion('TTLDTT', {
    type: 'memberShare',
    field: 'completedDuties',
    min: 'TTLDXS_MIN_HTNV_SHARE',
  });
  const E50 = { ratio: '> 50%', numerator: 1, denominator: 2, strict: true };
  const E70 = { ratio: '≥ 70%', numerator: 7, denominator: 10, strict: false };

  it('TTLĐTT 2024: 50 of 100 members LĐTT (exactly 50%) is not more than 50% → not met', () => {
    const got = over50(members({ total: 100, ldtt: 50 }));
    says(
      got,
      'unmet',
      '50/100 thành viên = 50%, cần > 50% (100 > 100: sai)',
      '50/100 members = 50%, > 50% needed (100 > 100: false)',
    );
    expect([got.expected, got.actual]).toEqual([E50, { count: 50, total: 100 }]);
  });

  it('TTLĐTT 2024: 51 of 100 members LĐTT (51%) > 50% → met', () => {
    const got = over50(members({ total: 100, ldtt: 51 }));
    says(
      got,
      'met',
      '51/100 thành viên = 51%, cần > 50% (102 > 100: đúng)',
      '51/100 members = 51%, > 50% needed (102 > 100: true)',
    );
    expect(got.actual).toEqual({ count: 51, total: 100 });
  });

  it('TTLĐXS 2024: exactly 70 of 100 (70%) → met; 69 of 100 (69%) < 70% → not met', () => {
    const tie = atLeast70(members({ total: 100, ldtt: 70 }));
    says(
      tie,
      'met',
      '70/100 thành viên = 70%, cần ≥ 70% (700 ≥ 700: đúng)',
      '70/100 members = 70%, ≥ 70% needed (700 ≥ 700: true)',
    );
    expect(tie.expected).toEqual(E70);
    const below = atLeast70(members({ total: 100, ldtt: 69 }));
    says(
      below,
      'unmet',
      '69/100 thành viên = 69%, cần ≥ 70% (690 ≥ 700: sai)',
      '69/100 members = 69%, ≥ 70% needed (690 ≥ 700: false)',
    );
    expect(below.actual).toEqual({ count: 69, total: 100 });
  });

  it('16 of 23 members is 69.6% ("69,6%" in Vietnamese): not 70% → not met; 17 of 23 (73.9%) met', () => {
    const got = atLeast70(members({ total: 23, ldtt: 16 }));
    says(
      got,
      'unmet',
      '16/23 thành viên = 69,6%, cần ≥ 70% (160 ≥ 161: sai)',
      '16/23 members = 69.6%, ≥ 70% needed (160 ≥ 161: false)',
    );
    const ok = atLeast70(members({ total: 23, ldtt: 17 }));
    says(
      ok,
      'met',
      '17/23 thành viên = 73,9%, cần ≥ 70% (170 ≥ 161: đúng)',
      '17/23 members = 73.9%, ≥ 70% needed (170 ≥ 161: true)',
    );
  });

  it('rounding of the shown share: 1/8 = 12,5%; 2/3 = 66,7%; 1/3 = 33,3% (the verdict is exact)', () => {
    expect(over50(members({ total: 8, ldtt: 1 })).message.vi).toBe(
      'L: không đạt (1/8 thành viên = 12,5%, cần > 50% (2 > 8: sai))',
    );
    expect(over50(members({ total: 3, ldtt: 2 })).message.en).toBe(
      'L: met (2/3 members = 66.7%, > 50% needed (4 > 3: true))',
    );
    expect(over50(members({ total: 3, ldtt: 1 })).message.en).toBe(
      'L: not met (1/3 members = 33.3%, > 50% needed (2 > 3: false))',
    );
  });

  it('TTLĐXS: 100% HTNV needed ("100%", no sign): 24 of 25 (96%) → not met; 25 of 25 met', () => {
    const got = all(members({ total: 25, completedDuties: 24 }));
    says(
      got,
      'unmet',
      '24/25 thành viên = 96%, cần 100% (24 ≥ 25: sai)',
      '24/25 members = 96%, 100% needed (24 ≥ 25: false)',
    );
    expect(got.expected).toEqual({ ratio: '100%', numerator: 1, denominator: 1, strict: false });
    says(
      all(members({ total: 25, completedDuties: 25 })),
      'met',
      '25/25 thành viên = 100%, cần 100% (25 ≥ 25: đúng)',
      '25/25 members = 100%, 100% needed (25 ≥ 25: true)',
    );
  });

  it('no member figures, no figure for the field, or a total of 0: unknown', () => {
    const none = over50(unit(2024, 'HTTNV', undefined));
    says(
      none,
      'unknown',
      'thiếu số liệu thành viên kỳ 2024 (ldtt)',
      'member figures missing for 2024 (ldtt)',
    );
    expect([none.expected, none.actual]).toEqual([E50, null]);
    const field = all(members({ total: 20, ldtt: 15 }));
    says(
      field,
      'unknown',
      'thiếu số liệu thành viên kỳ 2024 (completedDuties)',
      'member figures missing for 2024 (completedDuties)',
    );
    const zero = over50(members({ total: 0, ldtt: 0 }));
    says(
      zero,
      'unknown',
      'thiếu số liệu thành viên kỳ 2024 (tổng số bằng 0)',
      'member figures missing for 2024 (total is 0)',
    );
    expect(zero.actual).toBeNull();
    // No year for the period at all.
    expect(over50(unit(2023, 'HTTNV', { total: 10, ldtt: 9 })).message.en).toBe(
      'L: unknown (member figures missing for 2024 (ldtt))',
    );
  });

  it('school year 2023–2024 and large units (1,500 members) are labelled and counted alike', () => {
    const school = over50(unit(2023, 'HTTNV', undefined, { periodKind: 'school' }), 2023);
    expect(school.message.vi).toBe(
      'L: chưa xác định (thiếu số liệu thành viên kỳ 2023–2024 (ldtt))',
    );
    const big = atLeast70(members({ total: 1500, ldtt: 1050 }));
    says(
      big,
      'met',
      '1050/1500 thành viên = 70%, cần ≥ 70% (10500 ≥ 10500: đúng)',
      '1050/1500 members = 70%, ≥ 70% needed (10500 ≥ 10500: true)',
    );
    expect(atLeast70(members({ total: 1500, ldtt: 1049 })).outcome).toBe('unmet');
    expect(atLeast70(members({ total: 1023, ldtt: 1000 })).actual).toEqual({
      count: 1000,
      total: 1023,
    });
  });

  it('reviewed one after another, each unit gets its own result', () => {
    const seq = [
      [70, 100, 'met'],
      [69, 100, 'unmet'],
      [70, 99, 'met'],
      [70, 101, 'unmet'],
      [71, 101, 'met'],
      [70, 101, 'unmet'],
      [7, 10, 'met'],
      [6, 10, 'unmet'],
      [69, 99, 'unmet'],
    ] as const;
    for (const [k, total, outcome] of seq) {
      const got = atLeast70(members({ total, ldtt: k }));
      expect([got.outcome, got.actual]).toEqual([outcome, { count: k, total }]);
    }
    // The same figures for another period are another result.
    const y2025 = atLeast70(unit(2025, 'HTTNV', { total: 100, ldtt: 70 }), 2025);
    expect(y2025.message.en).toBe('L: met (70/100 members = 70%, ≥ 70% needed (700 ≥ 700: true))');
  });

  it('national TTLĐTT rule: "Tỷ lệ thành viên đạt Lao động tiên tiến > 50%"', () => {
    const v = evaluate(members({ total: 40, ldtt: 20, disciplined: 0 }), 'TTLDTT', {
      period: 2024,
    });
    expect(find(v, 'ldtt-share').message).toEqual({
      vi: 'Tỷ lệ thành viên đạt Lao động tiên tiến > 50%: không đạt (20/40 thành viên = 50%, cần > 50% (40 > 40: sai))',
      en: 'Share of members with LĐTT > 50%: not met (20/40 members = 50%, > 50% needed (40 > 40: false))',
    });
  });

  it('national TTLĐXS rule 2024: ≥ 70% LĐTT and 100% completing their duties', () => {
    const v = evaluate(
      unit(2024, 'HTXSNV', { total: 10, ldtt: 7, completedDuties: 9, cstdcs: 1 }),
      'TTLDXS',
      { period: 2024 },
    );
    expect(find(v, 'ldtt-share').message.vi).toBe(
      'Tỷ lệ thành viên đạt Lao động tiên tiến ≥ 70%: đạt (7/10 thành viên = 70%, cần ≥ 70% (70 ≥ 70: đúng))',
    );
    expect(find(v, 'all-completed').message.en).toBe(
      '100% of members completed their duties or better: not met (9/10 members = 90%, 100% needed (9 ≥ 10: false))',
    );
  });

  it('a threshold that is not a ratio is rejected when compiled', () => {
    const bad = criterion('TTLDTT', { type: 'memberShare', field: 'ldtt', min: 'LDTT_MIN_RATING' });
    expect(compileError(() => bad(members({ total: 10, ldtt: 7 })))).toEqual({
      code: 'INVALID_RULE',
      path: ['criteria', 'c'],
      vi: 'Tiêu chí c không hợp lệ: memberShare needs a ratio parameter',
      en: 'Invalid criterion c: memberShare needs a ratio parameter',
    });
  });
});

// ───────────────────────────── memberCount ─────────────────────────────

describe('memberCount (TTLĐXS: at least 1 member holds CSTĐCS)', () => {
  const c = criterion('TTLDTT', {
    type: 'memberCount',
    field: 'cstdcs',
    min: 'TTLDXS_MIN_CSTDCS_COUNT',
  });

  it('no CSTĐCS among the members: 0 < 1 → not met; exactly 1: met', () => {
    const none = c(members({ total: 30, cstdcs: 0 }));
    says(none, 'unmet', '0 thành viên, cần ít nhất 1', '0 member(s), at least 1 needed');
    expect([none.expected, none.actual]).toEqual([{ atLeast: 1 }, 0]);
    const one = c(members({ total: 30, cstdcs: 1 }));
    says(one, 'met', '1 thành viên, cần ít nhất 1', '1 member(s), at least 1 needed');
    expect(one.actual).toBe(1);
  });

  it('a profile asking for 3: 2 → not met, 3 → met, 4 → met', () => {
    const three = criterion(
      'TTLDTT',
      { type: 'memberCount', field: 'ldtt', min: 'TTLDXS_MIN_CSTDCS_COUNT' },
      { TTLDXS_MIN_CSTDCS_COUNT: 3 },
    );
    says(
      three(members({ total: 10, ldtt: 2 })),
      'unmet',
      '2 thành viên, cần ít nhất 3',
      '2 member(s), at least 3 needed',
    );
    expect(three(members({ total: 10, ldtt: 3 })).outcome).toBe('met');
    expect(three(members({ total: 10, ldtt: 4 })).outcome).toBe('met');
    expect(three(members({ total: 10, ldtt: 4 })).expected).toEqual({ atLeast: 3 });
  });

  it('no figure for the field, or no member figures: unknown', () => {
    const field = c(members({ total: 30, ldtt: 20 }));
    says(
      field,
      'unknown',
      'thiếu số liệu thành viên kỳ 2024 (cstdcs)',
      'member figures missing for 2024 (cstdcs)',
    );
    expect([field.expected, field.actual]).toEqual([{ atLeast: 1 }, null]);
    expect(c(unit(2024, 'HTTNV', undefined)).outcome).toBe('unknown');
    expect(c(unit(2023, 'HTTNV', undefined, { periodKind: 'school' }), 2023).message.en).toBe(
      'L: unknown (member figures missing for 2023–2024 (cstdcs))',
    );
  });

  it('reviewed one after another; very large figures too', () => {
    expect(c(members({ total: 5, cstdcs: 0 })).outcome).toBe('unmet');
    expect(c(members({ total: 5, cstdcs: 2 })).actual).toBe(2);
    expect(c(members({ total: 5, cstdcs: 0 })).actual).toBe(0);
    const big = c(members({ total: 3_000_000, cstdcs: 2_000_000 }));
    says(big, 'met', '2000000 thành viên, cần ít nhất 1', '2000000 member(s), at least 1 needed');
  });

  it('national TTLĐXS rule: "Có ít nhất 1 thành viên đạt Chiến sĩ thi đua cơ sở"', () => {
    const v = evaluate(
      unit(2024, 'HTXSNV', { total: 10, ldtt: 8, completedDuties: 10, cstdcs: 0 }),
      'TTLDXS',
      { period: 2024 },
    );
    expect(find(v, 'cstdcs-member').message).toEqual({
      vi: 'Có ít nhất 1 thành viên đạt Chiến sĩ thi đua cơ sở: không đạt (0 thành viên, cần ít nhất 1)',
      en: 'At least 1 member holds CSTĐCS: not met (0 member(s), at least 1 needed)',
    });
  });

  it('a minimum that is not a whole number is rejected when compiled', () => {
    const bad = criterion('TTLDTT', { type: 'memberCount', field: 'ldtt', min: 'LDTT_MIN_RATING' });
    expect(compileError(() => bad(members({ total: 10, ldtt: 7 }))).en).toBe(
      'Invalid criterion c: parameter LDTT_MIN_RATING must be a whole number, got "HTTNV"',
    );
  });
});

// ───────────────────────────── noMemberDisciplined ─────────────────────────────

describe('noMemberDisciplined (TTLĐTT: no member disciplined at warning "cảnh cáo" or heavier)', () => {
  const c = (from: string | null) =>
    criterion(
      'TTLDTT',
      { type: 'noMemberDisciplined', from: 'TTLDTT_NO_DISCIPLINE_FROM' },
      { TTLDTT_NO_DISCIPLINE_FROM: from },
    );
  const warning = c('canh-cao');
  const reprimand = c('khien-trach');
  const heavier = c('ha-bac-luong');

  it('warning or heavier: 1 member → not met; 0 → met (lighter reprimands do not count)', () => {
    const one = warning(members({ total: 20, disciplined: 3, disciplinedWarningOrAbove: 1 }));
    says(
      one,
      'unmet',
      '1 thành viên bị kỷ luật từ cảnh cáo trở lên',
      '1 member(s) disciplined at warning or heavier',
    );
    expect([one.expected, one.actual]).toEqual([{ noneFrom: 'canh-cao' }, 1]);
    const zero = warning(members({ total: 20, disciplined: 3, disciplinedWarningOrAbove: 0 }));
    says(
      zero,
      'met',
      '0 thành viên bị kỷ luật từ cảnh cáo trở lên',
      '0 member(s) disciplined at warning or heavier',
    );
    expect(zero.actual).toBe(0);
  });

  it('warning or heavier, only "disciplined (any form)" given: 0 → met; 2 → unknown', () => {
    const zero = warning(members({ total: 20, disciplined: 0 }));
    expect([zero.outcome, zero.actual]).toEqual(['met', 0]);
    const two = warning(members({ total: 20, disciplined: 2 }));
    says(
      two,
      'unknown',
      'thiếu số liệu thành viên bị kỷ luật từ cảnh cáo trở lên kỳ 2024',
      'no figure for members disciplined at warning or heavier in 2024',
    );
    expect([two.expected, two.actual]).toEqual([{ noneFrom: 'canh-cao' }, null]);
  });

  it('any form (from reprimand "khiển trách"): reads the "disciplined" figure', () => {
    const two = reprimand(members({ total: 20, disciplined: 2, disciplinedWarningOrAbove: 0 }));
    says(
      two,
      'unmet',
      '2 thành viên bị kỷ luật từ khiển trách trở lên',
      '2 member(s) disciplined at reprimand or heavier',
    );
    expect([two.expected, two.actual]).toEqual([{ noneFrom: 'khien-trach' }, 2]);
    expect(reprimand(members({ total: 20, disciplined: 0 })).outcome).toBe('met');
    const missing = reprimand(members({ total: 20 }));
    says(
      missing,
      'unknown',
      'thiếu số liệu thành viên bị kỷ luật từ khiển trách trở lên kỳ 2024',
      'no figure for members disciplined at reprimand or heavier in 2024',
    );
  });

  it('from salary downgrade: known only when nobody, or nobody at warning or above, was disciplined', () => {
    const nobody = heavier(members({ total: 20, disciplined: 0 }));
    says(
      nobody,
      'met',
      '0 thành viên bị kỷ luật từ hạ bậc lương trở lên',
      '0 member(s) disciplined at salary downgrade or heavier',
    );
    expect(
      heavier(members({ total: 20, disciplined: 4, disciplinedWarningOrAbove: 0 })).outcome,
    ).toBe('met');
    const warned = heavier(members({ total: 20, disciplined: 4, disciplinedWarningOrAbove: 1 }));
    says(
      warned,
      'unknown',
      'thiếu số liệu thành viên bị kỷ luật từ hạ bậc lương trở lên kỳ 2024',
      'no figure for members disciplined at salary downgrade or heavier in 2024',
    );
    expect(heavier(members({ total: 20, disciplined: 4 })).outcome).toBe('unknown');
  });

  it('no member figures: unknown; school year 2023–2024 is named', () => {
    expect(warning(unit(2024, 'HTTNV', undefined)).outcome).toBe('unknown');
    expect(warning(unit(2023, 'HTTNV', undefined, { periodKind: 'school' }), 2023).message.vi).toBe(
      'L: chưa xác định (thiếu số liệu thành viên bị kỷ luật từ cảnh cáo trở lên kỳ 2023–2024)',
    );
  });

  it('no threshold (TTLĐXS from 2024 sets none, Law 06/2022 Đ27): not applicable, met', () => {
    const none = c(null);
    const got = none(members({ total: 20, disciplined: 5, disciplinedWarningOrAbove: 5 }));
    says(got, 'met', NA[0], NA[1]);
    expect([got.expected, got.actual]).toEqual([null, null]);
    // The national TTLĐXS value for 2024 is null too.
    const national = criterion('TTLDTT', {
      type: 'noMemberDisciplined',
      from: 'TTLDXS_NO_DISCIPLINE_FROM',
    });
    says(
      national(members({ total: 20, disciplinedWarningOrAbove: 2, disciplined: 2 })),
      'met',
      NA[0],
      NA[1],
    );
  });

  it('reviewed one after another; large figures too', () => {
    const seq: [CollectiveMembers, string, unknown][] = [
      [{ total: 20, disciplined: 1, disciplinedWarningOrAbove: 1 }, 'unmet', 1],
      [{ total: 20, disciplined: 1, disciplinedWarningOrAbove: 0 }, 'met', 0],
      [{ total: 20, disciplined: 0, disciplinedWarningOrAbove: 0 }, 'met', 0],
      [{ total: 20, disciplined: 1 }, 'unknown', null],
      [{ total: 20, disciplined: 0 }, 'met', 0],
      [{ total: 5000, disciplined: 2000, disciplinedWarningOrAbove: 1500 }, 'unmet', 1500],
      [{ total: 5000, disciplined: 2000, disciplinedWarningOrAbove: 1499 }, 'unmet', 1499],
    ];
    for (const [m, outcome, actual] of seq) {
      const got = warning(members(m));
      expect([got.outcome, got.actual]).toEqual([outcome, actual]);
    }
  });

  it('national TTLĐTT rule 2024: "Không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên"', () => {
    const v = evaluate(
      members({ total: 40, ldtt: 30, disciplined: 2, disciplinedWarningOrAbove: 2 }),
      'TTLDTT',
      { period: 2024 },
    );
    expect(find(v, 'no-member-disciplined').message).toEqual({
      vi: 'Không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên: không đạt (2 thành viên bị kỷ luật từ cảnh cáo trở lên)',
      en: 'No member disciplined at warning or heavier: not met (2 member(s) disciplined at warning or heavier)',
    });
  });

  it('a threshold that is not a discipline form is rejected when compiled', () => {
    const bad = criterion('TTLDTT', {
      type: 'noMemberDisciplined',
      from: 'TTLDXS_MIN_CSTDCS_COUNT',
    });
    expect(compileError(() => bad(members({ total: 10 }))).en).toBe(
      'Invalid criterion c: parameter TTLDXS_MIN_CSTDCS_COUNT must be a discipline form or null, got 1',
    );
  });
});

// ───────────────────────────── ledCluster ─────────────────────────────

describe('ledCluster (Cờ thi đua Bộ/tỉnh: voted leader of its cụm, khối thi đua)', () => {
  const c = criterion('TTLDTT', { type: 'ledCluster' });

  it('voted leader in 2024: met; not leader: not met; no vote recorded: unknown', () => {
    const led = c(unit(2024, 'HTXSNV', undefined, { ledCluster: true }));
    says(
      led,
      'met',
      'được cụm, khối suy tôn dẫn đầu kỳ 2024',
      'voted leader of its cluster for 2024',
    );
    expect([led.expected, led.actual]).toEqual([true, true]);
    const not = c(unit(2024, 'HTXSNV', undefined, { ledCluster: false }));
    says(not, 'unmet', 'không dẫn đầu cụm, khối kỳ 2024', 'did not lead its cluster in 2024');
    expect([not.expected, not.actual]).toEqual([true, false]);
    const none = c(unit(2024, 'HTXSNV', undefined));
    says(
      none,
      'unknown',
      'chưa có kết quả bình xét của cụm, khối thi đua kỳ 2024',
      'no cluster vote recorded for 2024',
    );
    expect([none.expected, none.actual]).toEqual([true, null]);
    // A vote for 2023 says nothing of 2024.
    expect(c(unit(2023, 'HTXSNV', undefined, { ledCluster: true })).outcome).toBe('unknown');
    // Again, in another order.
    expect(c(unit(2024, 'HTXSNV', undefined, { ledCluster: true })).outcome).toBe('met');
  });

  it('school year 2023–2024 and another period each have their own result', () => {
    const school = c(
      unit(2023, 'HTXSNV', undefined, { ledCluster: true, periodKind: 'school' }),
      2023,
    );
    expect(school.message).toEqual({
      vi: 'L: đạt (được cụm, khối suy tôn dẫn đầu kỳ 2023–2024)',
      en: 'L: met (voted leader of its cluster for 2023–2024)',
    });
    const cal = c(unit(2023, 'HTXSNV', undefined, { ledCluster: true }), 2023);
    expect(cal.message.en).toBe('L: met (voted leader of its cluster for 2023)');
    expect(
      c(unit(2023, 'HTXSNV', undefined, { ledCluster: false, periodKind: 'school' }), 2023).message
        .vi,
    ).toBe('L: không đạt (không dẫn đầu cụm, khối kỳ 2023–2024)');
  });

  it('national Cờ thi đua Bộ/tỉnh rule 2024: the label and the detail', () => {
    const v = evaluate(unit(2024, 'HTXSNV', undefined, { ledCluster: false }), 'CO_BO_TINH', {
      period: 2024,
    });
    expect(find(v, 'led-cluster').message).toEqual({
      vi: 'Được cụm, khối thi đua do Bộ, ngành, tỉnh tổ chức suy tôn dẫn đầu: không đạt (không dẫn đầu cụm, khối kỳ 2024)',
      en: 'Voted leader of a cluster or block organised by the ministry or province: not met (did not lead its cluster in 2024)',
    });
  });
});

// ───────────────────────────── anyOf / allOf ─────────────────────────────

describe('groups: anyOf ("ít nhất một phương án") and allOf ("tất cả điều kiện")', () => {
  const A = { vi: 'A', en: 'A' };
  const items = [
    { id: 'a', type: 'ledCluster', label: A, basis: B },
    {
      id: 'b',
      type: 'memberCount',
      field: 'cstdcs',
      min: 'TTLDXS_MIN_CSTDCS_COUNT',
      label: A,
      basis: B,
    },
  ];
  const any = criterion('TTLDTT', { type: 'anyOf', items });
  const all = criterion('TTLDTT', { type: 'allOf', items });
  const rec = (led: boolean | undefined, cstdcs: number | undefined) =>
    unit(
      2024,
      'HTXSNV',
      cstdcs === undefined ? { total: 10 } : { total: 10, cstdcs },
      led === undefined ? {} : { ledCluster: led },
    );

  it('anyOf: one of two met → met, "1 of 2 options met"; the children are kept', () => {
    const got = any(rec(false, 1));
    says(
      got,
      'met',
      'đạt 1/2 phương án, cần ít nhất một',
      '1 of 2 options met, at least one needed',
    );
    expect([got.expected, got.actual]).toEqual(['any', 1]);
    expect(got.children?.map((k) => [k.id, k.outcome])).toEqual([
      ['a', 'unmet'],
      ['b', 'met'],
    ]);
    expect(got.children?.[1]?.message.en).toBe('A: met (1 member(s), at least 1 needed)');
  });

  it('anyOf: both met → met 2/2; none met → not met 0/2; unmet + unknown → unknown', () => {
    const both = any(rec(true, 2));
    says(
      both,
      'met',
      'đạt 2/2 phương án, cần ít nhất một',
      '2 of 2 options met, at least one needed',
    );
    expect(both.actual).toBe(2);
    const none = any(rec(false, 0));
    says(
      none,
      'unmet',
      'đạt 0/2 phương án, cần ít nhất một',
      '0 of 2 options met, at least one needed',
    );
    expect(none.actual).toBe(0);
    const open = any(rec(false, undefined));
    says(
      open,
      'unknown',
      'đạt 0/2 phương án, cần ít nhất một',
      '0 of 2 options met, at least one needed',
    );
    // met + unknown: met.
    expect(any(rec(undefined, 1)).outcome).toBe('met');
    expect(any(rec(true, undefined)).outcome).toBe('met');
  });

  it('allOf: both met → met "2 of 2 conditions met, all needed"; one unmet → not met', () => {
    const both = all(rec(true, 1));
    says(both, 'met', 'đạt 2/2 điều kiện, cần tất cả', '2 of 2 conditions met, all needed');
    expect([both.expected, both.actual]).toEqual(['all', 2]);
    const one = all(rec(true, 0));
    says(one, 'unmet', 'đạt 1/2 điều kiện, cần tất cả', '1 of 2 conditions met, all needed');
    expect(one.actual).toBe(1);
  });

  it('allOf: met + unknown → unknown; unknown + unmet → not met (whatever the order)', () => {
    const open = all(rec(true, undefined));
    says(open, 'unknown', 'đạt 1/2 điều kiện, cần tất cả', '1 of 2 conditions met, all needed');
    expect(all(rec(undefined, 0)).outcome).toBe('unmet');
    expect(all(rec(false, undefined)).outcome).toBe('unmet');
    expect(all(rec(undefined, undefined)).outcome).toBe('unknown');
    expect(all(rec(undefined, undefined)).actual).toBe(0);
  });

  it('the same children results in another order of review give the same group result', () => {
    const seq: [boolean | undefined, number | undefined, string, string][] = [
      [true, 1, 'met', 'met'],
      [false, 0, 'unmet', 'unmet'],
      [true, 0, 'met', 'unmet'],
      [false, 1, 'met', 'unmet'],
      [true, 1, 'met', 'met'],
      [undefined, undefined, 'unknown', 'unknown'],
      [false, 0, 'unmet', 'unmet'],
    ];
    for (const [led, k, anyOutcome, allOutcome] of seq) {
      expect([any(rec(led, k)).outcome, all(rec(led, k)).outcome]).toEqual([
        anyOutcome,
        allOutcome,
      ]);
    }
    // Another period, the same facts: labelled with its own period.
    const y2025 = unit(2025, 'HTXSNV', { total: 10, cstdcs: 0 }, { ledCluster: false });
    expect(any(y2025, 2025).children?.[0]?.message.en).toBe(
      'A: not met (did not lead its cluster in 2025)',
    );
  });

  it('a group of one, nested groups', () => {
    const nested = criterion('TTLDTT', {
      type: 'allOf',
      items: [
        { id: 'g', type: 'anyOf', items, label: A, basis: B },
        { id: 'd', type: 'ledCluster', label: A, basis: B },
      ],
    });
    const got = nested(rec(true, 0));
    says(got, 'met', 'đạt 2/2 điều kiện, cần tất cả', '2 of 2 conditions met, all needed');
    expect(got.children?.[0]?.message.vi).toBe('A: đạt (đạt 1/2 phương án, cần ít nhất một)');
    const single = criterion('TTLDTT', { type: 'anyOf', items: [items[0]] });
    says(
      single(rec(false, 0)),
      'unmet',
      'đạt 0/1 phương án, cần ít nhất một',
      '0 of 1 options met, at least one needed',
    );
  });

  it('a group holding a same-review evaluation is evaluated afresh each time', () => {
    // CSTĐ toàn quốc: two CSTĐ Bộ/tỉnh, the 2024 one possibly evaluated in the same review.
    const g = criterion('CSTDTQ', {
      type: 'anyOf',
      items: [
        {
          id: 'x',
          type: 'consecutiveAwards',
          code: 'CSTD_BO_TINH',
          count: 'CSTDTQ_CONSECUTIVE_CSTD_BO_TINH',
          blockLength: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS',
          concurrent: true,
          label: A,
          basis: B,
        },
      ],
    });
    const yrs = (initiative: boolean) =>
      rated(2019, 2024, 'HTXSNV').map((y) =>
        y.year === 2023 && initiative ? { ...y, initiatives: [{ scope: 'bo-tinh' as const }] } : y,
      );
    const honours = [...held('CSTD_BO_TINH', 2021), ...held('CSTDCS', 2022, 2023, 2024)];
    expect(g(person(yrs(true), honours)).outcome).toBe('met');
    expect(g(person(yrs(false), honours)).outcome).toBe('unmet');
    expect(g(person(yrs(true), honours)).outcome).toBe('met');
  });
});

// ───────────────────────────── period predicates ─────────────────────────────

describe('period predicates: "rating at least" and "holds an award" in streaks and counts', () => {
  const ratingStreak = criterion('LDTT', {
    type: 'consecutive',
    pred: { kind: 'rating', min: 'LDTT_MIN_RATING' },
    window: { length: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS' },
  });

  it('rating ≥ HTTNV three periods running: exactly HTTNV counts; HTNV, KHTNV do not; no rating is unknown', () => {
    const ok = ratingStreak(
      person([
        { year: 2022, rating: 'HTTNV' },
        { year: 2023, rating: 'HTXSNV' },
        { year: 2024, rating: 'HTTNV' },
      ]),
    );
    says(ok, 'met', '3 kỳ liên tục 2022–2024', '3 consecutive periods 2022–2024');
    expect(ok.actual).toEqual({ met: [2022, 2023, 2024], unmet: [], unknown: [] });
    const low = ratingStreak(
      person([
        { year: 2022, rating: 'HTNV' },
        { year: 2023, rating: 'HTTNV' },
        { year: 2024, rating: 'KHTNV' },
      ]),
    );
    says(
      low,
      'unmet',
      'không liên tục 3 kỳ 2022–2024: không đạt kỳ 2022, 2024',
      'not 3 consecutive periods 2022–2024: not met in 2022, 2024',
    );
    expect(low.actual).toEqual({ met: [2023], unmet: [2022, 2024], unknown: [] });
    const gap = ratingStreak(
      person([{ year: 2022, rating: 'HTTNV' }, { year: 2023 }, { year: 2024, rating: 'HTXSNV' }]),
    );
    says(gap, 'unknown', 'thiếu dữ liệu kỳ 2023', 'missing data for 2023');
    expect(gap.actual).toEqual({ met: [2022, 2024], unmet: [], unknown: [2023] });
  });

  it('a rating threshold of HTXSNV: HTTNV no longer counts', () => {
    const strict = criterion(
      'LDTT',
      {
        type: 'countInWindow',
        pred: { kind: 'rating', min: 'LDTT_MIN_RATING' },
        min: 'TTLDXS_MIN_CSTDCS_COUNT',
        window: { length: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS' },
      },
      { LDTT_MIN_RATING: 'HTXSNV' },
    );
    const got = strict(person(rated(2022, 2024, 'HTTNV')));
    says(
      got,
      'unmet',
      '0 kỳ đạt trong kỳ 2022–2024, cần ít nhất 1',
      '0 in 2022–2024, at least 1 needed',
    );
    expect(got.expected).toEqual({ atLeast: 1, from: 2022, to: 2024 });
    const one = strict(person([...rated(2022, 2023, 'HTTNV'), { year: 2024, rating: 'HTXSNV' }]));
    says(
      one,
      'met',
      '1 kỳ đạt trong kỳ 2022–2024 (2024), cần ít nhất 1',
      '1 in 2022–2024 (2024), at least 1 needed',
    );
    expect(one.actual).toEqual({ count: 1, periods: [2024], unknown: [] });
  });

  it('a rating threshold naming a parameter that is not a rating is rejected when compiled', () => {
    const bad = criterion('LDTT', {
      type: 'consecutive',
      pred: { kind: 'rating', min: 'TTLDXS_MIN_CSTDCS_COUNT' },
      window: { length: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS' },
    });
    expect(compileError(() => bad(person(rated(2022, 2024, 'HTTNV'))))).toEqual({
      code: 'INVALID_RULE',
      path: ['criteria', 'c'],
      vi: 'Tiêu chí c không hợp lệ: parameter TTLDXS_MIN_CSTDCS_COUNT must be a rating, got 1',
      en: 'Invalid criterion c: parameter TTLDXS_MIN_CSTDCS_COUNT must be a rating, got 1',
    });
  });

  const holds = (concurrent?: Record<string, string>) =>
    criterion('BK_BO_TINH', {
      type: 'countInWindow',
      pred: { kind: 'holds', codes: ['LDTT', 'CSTT'], ...(concurrent ? { concurrent } : {}) },
      min: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS',
      window: { length: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS' },
    });
  const plain = holds();
  const same = holds({ civil: 'LDTT', armedForces: 'CSTT' });
  const both = (r: TdktRecord) => [r, prepareRecord(r)];

  it('holds LĐTT 2022–2024: 3 of 3 → met (plain and prepared records alike)', () => {
    for (const r of both(person(rated(2022, 2024, 'HTTNV'), held('LDTT', 2022, 2023, 2024)))) {
      const got = plain(r);
      says(
        got,
        'met',
        '3 kỳ đạt trong kỳ 2022–2024 (2022, 2023, 2024), cần ít nhất 3',
        '3 in 2022–2024 (2022, 2023, 2024), at least 3 needed',
      );
      expect(got.children).toBeUndefined();
    }
  });

  it('a revoked LĐTT counts for nothing; another listed code (CSTT) held the same year counts', () => {
    const honours: HonourReceived[] = [
      ...held('LDTT', 2022, 2023),
      { code: 'LDTT', year: 2024, revoked: true },
    ];
    for (const r of both(person(rated(2022, 2024, 'HTTNV'), honours))) {
      const got = plain(r);
      expect([got.outcome, got.actual]).toEqual([
        'unmet',
        { count: 2, periods: [2022, 2023], unknown: [] },
      ]);
    }
    const mixed: HonourReceived[] = [...honours, ...held('CSTT', 2024)];
    for (const r of both(person(rated(2022, 2024, 'HTTNV'), mixed))) {
      expect(plain(r).outcome).toBe('met');
    }
    // Revoked then re-awarded for the same year: held.
    const again: HonourReceived[] = [...honours, ...held('LDTT', 2024)];
    for (const r of both(person(rated(2022, 2024, 'HTTNV'), again))) {
      expect(plain(r).outcome).toBe('met');
    }
  });

  it('without "concurrent", an undecided LĐTT 2024 does not count, even when due', () => {
    const r = person(rated(2022, 2024, 'HTXSNV'), held('LDTT', 2022, 2023));
    const got = plain(r);
    expect([got.outcome, got.children]).toEqual(['unmet', undefined]);
  });

  it('with "concurrent": LĐTT 2024 due in the same review counts, with the nested verdict', () => {
    const got = same(person(rated(2022, 2024, 'HTXSNV'), held('LDTT', 2022, 2023)));
    says(
      got,
      'met',
      '3 kỳ đạt trong kỳ 2022–2024 (2022, 2023, 2024), cần ít nhất 3',
      '3 in 2022–2024 (2022, 2023, 2024), at least 3 needed',
    );
    expect(got.children?.[0]?.id).toBe('concurrent-LDTT');
    expect(got.children?.[0]?.message.en).toBe(
      'Advanced Worker for 2024 (no decision yet, evaluated in the same review): eligible',
    );
    // Armed forces: CSTT is evaluated instead.
    const soldier = same(
      person(rated(2022, 2024, 'HTXSNV'), held('CSTT', 2022, 2023), { armedForces: true }),
    );
    expect(soldier.outcome).toBe('met');
    expect(soldier.children?.[0]?.id).toBe('concurrent-CSTT');
  });

  it('with "concurrent": LĐTT 2024 undetermined → unknown; not due → not met', () => {
    const open = same(
      person([...rated(2022, 2023, 'HTXSNV'), { year: 2024 }], held('LDTT', 2022, 2023)),
    );
    says(
      open,
      'unknown',
      '2 kỳ đạt trong kỳ 2022–2024 (2022, 2023), cần ít nhất 3',
      '2 in 2022–2024 (2022, 2023), at least 3 needed',
    );
    expect(open.actual).toEqual({ count: 2, periods: [2022, 2023], unknown: [2024] });
    const notDue = same(
      person(
        [...rated(2022, 2023, 'HTXSNV'), { year: 2024, rating: 'HTNV' }],
        held('LDTT', 2022, 2023),
      ),
    );
    expect([notDue.outcome, notDue.actual]).toEqual([
      'unmet',
      { count: 2, periods: [2022, 2023], unknown: [] },
    ]);
    expect(notDue.children?.[0]?.outcome).toBe('unmet');
  });

  it('with "concurrent": only the reviewed period is evaluated; a revoked LĐTT 2024 is not', () => {
    // 2023 undecided but HTXSNV: not evaluated in the same review (only 2024 is).
    const earlier = same(person(rated(2022, 2024, 'HTXSNV'), held('LDTT', 2022, 2024)));
    expect([earlier.outcome, earlier.actual]).toEqual([
      'unmet',
      { count: 2, periods: [2022, 2024], unknown: [] },
    ]);
    expect(earlier.children).toBeUndefined();
    const revoked = same(
      person(rated(2022, 2024, 'HTXSNV'), [
        ...held('LDTT', 2022, 2023),
        { code: 'LDTT', year: 2024, revoked: true },
      ]),
    );
    expect([revoked.outcome, revoked.children]).toEqual(['unmet', undefined]);
    // The same through a prepared record (its awards indexed by code).
    const prepared = same(
      prepareRecord(
        person(rated(2022, 2024, 'HTXSNV'), [
          ...held('LDTT', 2022, 2023),
          { code: 'LDTT', year: 2024, revoked: true },
        ]),
      ),
    );
    expect([prepared.outcome, prepared.children]).toEqual(['unmet', undefined]);
  });

  it('a "concurrent" spec with only a civil honour is used for the armed forces too', () => {
    const civilOnly = holds({ civil: 'LDTT' });
    const soldier = civilOnly(
      person(rated(2022, 2024, 'HTXSNV'), held('CSTT', 2022, 2023), { armedForces: true }),
    );
    expect(soldier.children?.[0]?.id).toBe('concurrent-LDTT');
  });
});

describe('what a result cites: basis, confidence and parameters used', () => {
  const count = { type: 'memberCount', field: 'cstdcs', min: 'TTLDXS_MIN_CSTDCS_COUNT' };
  const rec = members({ total: 10, cstdcs: 1, ldtt: 6 });

  it('a national threshold: the criterion basis only, the parameter marked "national"', () => {
    const got = criterion('TTLDTT', count)(rec);
    expect(got.basis).toEqual(B);
    expect(got.confidence).toBe('confirmed');
    expect(got.parameters).toEqual([
      { id: 'TTLDXS_MIN_CSTDCS_COUNT', value: 1, confidence: 'confirmed', source: 'national' },
    ]);
    // TTLĐTT's "> 50%" is unconfirmed (Law 06/2022 Đ28 not seen): so is the result.
    const share = criterion('TTLDTT', {
      type: 'memberShare',
      field: 'ldtt',
      min: 'TTLDTT_MIN_LDTT_SHARE',
    })(rec);
    expect(share.confidence).toBe('unconfirmed');
  });

  it('a profile override: its basis is cited with the profile and parameter named', () => {
    const profile = defineProfile({
      id: 'bo-x',
      base: 'VN-2024',
      basis: [{ instrument: '5/2024/TT-BX', article: 5, note: 'Điều 5' }],
      confidence: 'inference',
      overrides: { TTLDXS_MIN_CSTDCS_COUNT: 2 },
      extraCriteria: [{ id: 'c', honours: ['TTLDTT'], label: L, basis: B, ...count } as never],
    });
    const got = find(evaluate(rec, 'TTLDTT', { period: 2024, profile }), 'c');
    expect(got.outcome).toBe('unmet');
    expect(got.basis).toEqual([
      ...B,
      {
        instrument: '5/2024/TT-BX',
        article: 5,
        note: 'profile:bo-x (TTLDXS_MIN_CSTDCS_COUNT): Điều 5',
      },
    ]);
    expect(got.confidence).toBe('inference');
    expect(got.parameters).toEqual([
      { id: 'TTLDXS_MIN_CSTDCS_COUNT', value: 2, confidence: 'inference', source: 'profile:bo-x' },
    ]);
  });

  it('a group is no surer than its weakest child', () => {
    const group = criterion('TTLDTT', {
      type: 'allOf',
      items: [
        { id: 'a', label: L, basis: B, ...count },
        {
          id: 'b',
          type: 'memberShare',
          field: 'ldtt',
          min: 'TTLDTT_MIN_LDTT_SHARE',
          label: L,
          basis: B,
        },
      ],
    })(rec);
    expect(group.outcome).toBe('met');
    expect(group.confidence).toBe('unconfirmed');
    expect(group.children?.map((k) => k.confidence)).toEqual(['confirmed', 'unconfirmed']);
  });
});

describe('consecutiveAwards: results that differ only by an undated award are kept apart', () => {
  const c = criterion('CSTDTQ', {
    type: 'consecutiveAwards',
    code: 'CSTD_BO_TINH',
    count: 'CSTDTQ_CONSECUTIVE_CSTD_BO_TINH',
    blockLength: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS',
    clock: { self: true },
  });
  const r = (honours: HonourReceived[]) => person(rated(2022, 2024, 'HTXSNV'), honours);
  it('undated CSTĐ Bộ/tỉnh → unknown; none → not met; undated CSTĐ toàn quốc → unknown', () => {
    const seq: [HonourReceived[], string][] = [
      [[{ code: 'CSTD_BO_TINH' }, ...held('CSTD_BO_TINH', 2024)], 'unknown'],
      [held('CSTD_BO_TINH', 2024), 'unmet'],
      [[...held('CSTD_BO_TINH', 2024), { code: 'CSTDTQ' }], 'unknown'],
      [held('CSTD_BO_TINH', 2024), 'unmet'],
      [[{ code: 'CSTD_BO_TINH' }, ...held('CSTD_BO_TINH', 2024)], 'unknown'],
    ];
    for (const [honours, outcome] of seq) expect(c(r(honours)).outcome).toBe(outcome);
  });
});
