// The explanation of each condition (the first half of conditions.ts), branch by branch, as an
// officer reads it in a verdict: "label: status (detail)" in both languages, with the values
// compared (expected / actual). Conditions are added to LĐTT through a profile with the plain
// label "L", so each message can be written out in full. Written for mutation testing
// (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { criterion as kit, NA, says } from '../../test/eligibility/condition-kit.js';
import { find, held, person, rated } from '../../test/eligibility/fixtures.js';

/** A condition added to LĐTT. */
const criterion = (spec: Record<string, unknown>, overrides: Record<string, unknown> = {}) =>
  kit('LDTT', spec, overrides);

import type { IndividualRecord } from '../core/records.js';
import { evaluate } from './engine.js';
import type { CriterionResult } from './types.js';

describe('notUnderReview (Law 06/2022 Đ24: a pending review defers the award)', () => {
  const c = criterion({ type: 'notUnderReview' });
  it('pending: unknown, deferred', () => {
    const r = person([{ year: 2024, rating: 'HTTNV', underReview: true }]);
    const got = c(r);
    says(
      got,
      'unknown',
      'kỳ 2024 đang có việc xem xét kỷ luật, điều tra, thanh tra, khiếu nại hoặc tố cáo chưa kết luận: chưa xét, hoãn đến khi có kết luận',
      'a disciplinary review, investigation, inspection, complaint or denunciation is pending for 2024: not considered yet ("chưa xét"), deferred until it ends',
    );
    expect([got.expected, got.actual]).toEqual([false, true]);
  });
  it('nothing pending: met', () => {
    const got = c(person([{ year: 2024, rating: 'HTTNV', underReview: false }]));
    says(
      got,
      'met',
      'không có việc xem xét nào đang chờ kết luận trong kỳ 2024',
      'nothing pending for 2024',
    );
    expect([got.expected, got.actual]).toEqual([false, false]);
  });
});

describe('rating', () => {
  const c = criterion({ type: 'rating', min: 'LDTT_MIN_RATING' });
  it('HTNV below HTTNV: not met; exactly HTTNV: met; HTXSNV: met', () => {
    const low = c(person([{ year: 2024, rating: 'HTNV' }]));
    says(low, 'unmet', 'kỳ 2024: hoàn thành nhiệm vụ', '2024: completed duties (HTNV)');
    expect([low.expected, low.actual]).toEqual(['HTTNV', 'HTNV']);
    says(
      c(person([{ year: 2024, rating: 'HTTNV' }])),
      'met',
      'kỳ 2024: hoàn thành tốt nhiệm vụ',
      '2024: completed duties well (HTTNV)',
    );
    expect(c(person([{ year: 2024, rating: 'HTXSNV' }])).outcome).toBe('met');
    expect(c(person([{ year: 2024, rating: 'KHTNV' }])).outcome).toBe('unmet');
  });
  it('no rating, or no year: unknown', () => {
    const none = c(person([{ year: 2024 }]));
    says(none, 'unknown', 'chưa có kết quả xếp loại kỳ 2024', 'no rating recorded for 2024');
    expect([none.expected, none.actual]).toEqual(['HTTNV', null]);
    expect(c(person([{ year: 2023, rating: 'HTTNV' }])).outcome).toBe('unknown');
  });
  it('a null threshold: not applicable', () => {
    const na = criterion({ type: 'rating', min: 'LDTT_MIN_RATING' }, { LDTT_MIN_RATING: null });
    const got = na(person([{ year: 2024, rating: 'KHTNV' }]));
    says(got, 'met', NA[0], NA[1]);
    expect([got.expected, got.actual]).toEqual([null, null]);
  });
});

describe('noDiscipline (LĐTT: reprimand or heavier excludes)', () => {
  const c = criterion({ type: 'noDiscipline', from: 'TTLDXS_NO_DISCIPLINE_FROM' });
  const from = find(evaluate(person([{ year: 2024 }]), 'LDTT', { period: 2024 }), 'discipline');
  it('the national threshold is reprimand (khiển trách)', () => {
    expect(from.expected).toEqual({ below: 'khien-trach' });
  });
  const lddt = criterion(
    { type: 'noDiscipline', from: 'LDTT_DISCIPLINE_EXCLUDES_FROM' },
    { LDTT_DISCIPLINE_EXCLUDES_FROM: 'canh-cao' },
  );
  it('lighter than the threshold: met, and says so; at the threshold: not met', () => {
    const light = lddt(person([{ year: 2024, discipline: 'khien-trach' }]));
    says(
      light,
      'met',
      'bị kỷ luật khiển trách trong kỳ 2024, nhẹ hơn cảnh cáo',
      'reprimand in 2024, lighter than warning',
    );
    expect([light.expected, light.actual]).toEqual([{ below: 'canh-cao' }, 'khien-trach']);
    const at = lddt(person([{ year: 2024, discipline: 'canh-cao' }]));
    says(at, 'unmet', 'bị kỷ luật cảnh cáo trong kỳ 2024', 'warning in 2024');
    expect(lddt(person([{ year: 2024, discipline: 'cach-chuc' }])).outcome).toBe('unmet');
  });
  it('no discipline: met; no year: unknown', () => {
    says(
      lddt(person([{ year: 2024 }])),
      'met',
      'không bị kỷ luật trong kỳ 2024',
      'no discipline in 2024',
    );
    const none = lddt(person([{ year: 2023 }]));
    says(none, 'unknown', 'không có dữ liệu kỳ 2024', 'no data for 2024');
    expect([none.expected, none.actual]).toEqual([{ below: 'canh-cao' }, null]);
  });
  it('a null threshold (TTLĐXS from 2024 has none, Law 06/2022 Đ27): not applicable', () => {
    const got = c(person([{ year: 2024, discipline: 'buoc-thoi-viec' }]));
    expect(got.outcome).toBe('met');
    expect(got.message.en).toBe(`L: met (${NA[1]})`);
  });
});

describe('noAdministrativeSanction', () => {
  const c = criterion({ type: 'noAdministrativeSanction' });
  it('sanctioned: not met; not: met; no year: unknown', () => {
    const s = c(person([{ year: 2024, administrativeSanction: true }]));
    says(
      s,
      'unmet',
      'bị xử phạt vi phạm hành chính trong kỳ 2024',
      'administrative sanction in 2024',
    );
    expect([s.expected, s.actual]).toEqual([false, true]);
    const ok = c(person([{ year: 2024, administrativeSanction: false }]));
    says(
      ok,
      'met',
      'không bị xử phạt vi phạm hành chính trong kỳ 2024',
      'no administrative sanction in 2024',
    );
    expect(ok.actual).toBe(false);
    says(c(person([{ year: 2025 }])), 'unknown', 'không có dữ liệu kỳ 2024', 'no data for 2024');
  });
});

describe('servedMonths (new hires: at least 6 whole months, Decree 98/2023)', () => {
  const c = criterion({ type: 'servedMonths', min: 'LDTT_NEW_HIRE_MIN_MONTHS' });
  it('hired 1/7/2024: exactly 6 months, met; 2/7/2024: 5, not met', () => {
    const six = c(person([{ year: 2024 }], [], { hiredOn: '2024-07-01' }));
    says(
      six,
      'met',
      'tuyển dụng ngày 2024-07-01: 6 tháng đủ tính đến hết kỳ 2024 (cần ít nhất 6 tháng)',
      'hired on 2024-07-01: 6 whole months to the end of 2024 (at least 6 needed)',
    );
    expect([six.expected, six.actual]).toEqual([
      { minMonths: 6 },
      { hiredOn: '2024-07-01', months: 6 },
    ]);
    const five = c(person([{ year: 2024 }], [], { hiredOn: '2024-07-02' }));
    expect([five.outcome, five.actual]).toEqual(['unmet', { hiredOn: '2024-07-02', months: 5 }]);
  });
  it('no hire date: not a new hire; hired after the period: not met', () => {
    const none = c(person([{ year: 2024 }]));
    says(
      none,
      'met',
      'hồ sơ không ghi ngày tuyển dụng: không coi là người mới tuyển dụng',
      'no hire date recorded: not treated as a new hire',
    );
    expect([none.expected, none.actual]).toEqual([{ minMonths: 6 }, null]);
    const late = c(person([{ year: 2024 }], [], { hiredOn: '2025-01-01' }));
    says(
      late,
      'unmet',
      'tuyển dụng ngày 2025-01-01, sau khi kỳ 2024 kết thúc',
      'hired on 2025-01-01, after 2024 ended',
    );
    // The last day of the period is not after it.
    expect(c(person([{ year: 2024 }], [], { hiredOn: '2024-12-31' })).actual).toEqual({
      hiredOn: '2024-12-31',
      months: 0,
    });
  });
  it('the same hire date in two periods, two dates in one period: each its own result', () => {
    const r = (hiredOn: string) => person([{ year: 2023 }, { year: 2024 }], [], { hiredOn });
    expect(c(r('2023-03-01'), 2023).actual).toEqual({ hiredOn: '2023-03-01', months: 10 });
    expect(c(r('2023-03-01'), 2024).actual).toEqual({ hiredOn: '2023-03-01', months: 22 });
    expect(c(r('2023-09-01'), 2024).actual).toEqual({ hiredOn: '2023-09-01', months: 16 });
  });
  it('a null threshold: not applicable', () => {
    const na = criterion(
      { type: 'servedMonths', min: 'LDTT_NEW_HIRE_MIN_MONTHS' },
      { LDTT_NEW_HIRE_MIN_MONTHS: null },
    );
    says(na(person([{ year: 2024 }], [], { hiredOn: '2024-12-01' })), 'met', NA[0], NA[1]);
  });
});

describe('heldInPeriod and heldBefore', () => {
  const inPeriod = criterion({ type: 'heldInPeriod', codes: ['CSTDCS'] });
  const heldEarlier = criterion({ type: 'heldBefore', codes: ['BK_BO_TINH', 'CSTD_BO_TINH'] });
  const name = 'Bằng khen của Bộ, ban, ngành, tỉnh hoặc Chiến sĩ thi đua Bộ, ban, ngành, tỉnh';
  const nameEn = 'Ministry/Province Certificate of Merit or Ministry/Province Emulation Fighter';
  it('held in the period: met; revoked: not met, counted for nothing; none: not met', () => {
    const r = (honours: IndividualRecord['honours']) => person([{ year: 2024 }], honours);
    const ok = inPeriod(r(held('CSTDCS', 2024)));
    says(
      ok,
      'met',
      'đã được tặng Chiến sĩ thi đua cơ sở kỳ 2024',
      'holds Grassroots Emulation Fighter (CSTĐCS) for 2024',
    );
    expect([ok.expected, ok.actual]).toEqual([{ codes: ['CSTDCS'], period: 2024 }, 'held']);
    const revoked = inPeriod(r([{ code: 'CSTDCS', year: 2024, revoked: true }]));
    says(
      revoked,
      'unmet',
      'Chiến sĩ thi đua cơ sở kỳ 2024 đã bị hủy bỏ, không được tính',
      'Grassroots Emulation Fighter (CSTĐCS) for 2024 was revoked and counts for nothing',
    );
    expect(revoked.actual).toBe('revoked');
    const none = inPeriod(r(held('CSTDCS', 2023)));
    says(
      none,
      'unmet',
      'chưa được tặng Chiến sĩ thi đua cơ sở kỳ 2024',
      'does not hold Grassroots Emulation Fighter (CSTĐCS) for 2024',
    );
    expect(none.actual).toBe('none');
  });
  it('held before: the latest award is cited; a later or revoked one is not', () => {
    const r = (honours: IndividualRecord['honours']) => person([{ year: 2024 }], honours);
    const got = heldEarlier(
      r([...held('BK_BO_TINH', 2019), ...held('CSTD_BO_TINH', 2022), ...held('BK_BO_TINH', 2025)]),
    );
    expect(got.outcome).toBe('met');
    expect(got.actual).toEqual({ code: 'CSTD_BO_TINH', year: 2022, decisionDate: null });
    expect(got.expected).toEqual({ codes: ['BK_BO_TINH', 'CSTD_BO_TINH'] });
    const revoked = heldEarlier(r([{ code: 'BK_BO_TINH', year: 2020, revoked: true }]));
    says(
      revoked,
      'unmet',
      `${name} đã bị hủy bỏ, không được tính`,
      `${nameEn} was revoked and counts for nothing`,
    );
    expect(revoked.actual).toBe('revoked');
    const none = heldEarlier(r(held('BK_BO_TINH', 2025)));
    expect(none.outcome).toBe('unmet');
    says(none, 'unmet', `chưa được tặng ${name}`, `does not hold ${nameEn}`);
    expect(none.actual).toBeNull();
  });
});

describe('evaluated in the same review ("xét đồng thời"): CSTĐCS without a decided LĐTT', () => {
  const cstdcs = (years: IndividualRecord['years'], extra: Partial<IndividualRecord> = {}) =>
    evaluate(person(years, [], extra), 'CSTDCS', { period: 2024 });
  it('LĐTT eligible in the same review: met, with the nested verdict and a note to award both', () => {
    const v = cstdcs([{ year: 2024, rating: 'HTXSNV' }]);
    const c = find(v, 'holds-ldtt');
    expect(c.outcome).toBe('met');
    expect(c.message.vi).toContain(
      '(chưa có quyết định tặng Lao động tiên tiến hoặc Chiến sĩ tiên tiến kỳ 2024; xét đồng thời: đạt)',
    );
    expect(c.message.en).toContain(
      '(no Advanced Worker (LĐTT) or Advanced Soldier (CSTT) decided for 2024 yet; evaluated in the same review: met)',
    );
    expect([c.expected, c.actual]).toEqual([
      { codes: ['LDTT', 'CSTT'], period: 2024 },
      'concurrent',
    ]);
    const child = c.children?.[0] as CriterionResult;
    expect(child.id).toBe('concurrent-LDTT');
    expect(child.message).toEqual({
      vi: 'Lao động tiên tiến kỳ 2024 (chưa có quyết định, xét đồng thời): đủ điều kiện',
      en: 'Advanced Worker for 2024 (no decision yet, evaluated in the same review): eligible',
    });
    expect([child.expected, child.actual, child.parameters]).toEqual(['eligible', 'eligible', []]);
    expect(child.children?.map((k) => k.id)).toContain('rating');
    const note = v.judgements.find((j) => j.id === 'concurrent-LDTT');
    expect(note?.message).toEqual({
      vi: 'Lao động tiên tiến kỳ 2024 phải được quyết định tặng trong cùng đợt xét',
      en: 'Advanced Worker for 2024 must be awarded in the same review',
    });
  });
  it('LĐTT not eligible: not met, no note; undetermined: unknown', () => {
    const v = cstdcs([{ year: 2024, rating: 'HTNV' }]);
    const c = find(v, 'holds-ldtt');
    expect(c.outcome).toBe('unmet');
    expect(c.children?.[0]?.message.vi).toBe(
      'Lao động tiên tiến kỳ 2024 (chưa có quyết định, xét đồng thời): không đủ điều kiện',
    );
    expect(c.children?.[0]?.message.en).toMatch(/: not eligible$/);
    expect(v.judgements.some((j) => j.id === 'concurrent-LDTT')).toBe(false);
    const u = find(cstdcs([{ year: 2024 }]), 'holds-ldtt');
    expect(u.outcome).toBe('unknown');
    expect(u.message.en).toContain('evaluated in the same review: unknown)');
    expect(u.children?.[0]?.message).toEqual({
      vi: 'Lao động tiên tiến kỳ 2024 (chưa có quyết định, xét đồng thời): chưa xác định',
      en: 'Advanced Worker for 2024 (no decision yet, evaluated in the same review): undetermined',
    });
  });
  it('armed forces: the same review evaluates CSTT, not LĐTT', () => {
    const c = find(cstdcs([{ year: 2024, rating: 'HTXSNV' }], { armedForces: true }), 'holds-ldtt');
    expect(c.children?.[0]?.id).toBe('concurrent-CSTT');
  });
});

describe('consecutive and countInWindow (BK TTg from 2024: 5 years HTTNV+, 3 CSTĐCS)', () => {
  const bk = { code: 'BK_BO_TINH' as const, year: 2018 };
  const bkTtg = (
    years: IndividualRecord['years'],
    honours: IndividualRecord['honours'],
    period = 2023,
  ) => evaluate(person(years, honours), 'BK_TTG', { period });
  it('met: "5 consecutive periods 2019–2023" and "3 in 2019–2023 (2019, 2021, 2023)"', () => {
    const v = bkTtg(rated(2019, 2023, 'HTTNV'), [bk, ...held('CSTDCS', 2019, 2021, 2023)]);
    const streak = find(v, 'rating-streak');
    expect(streak.message.vi).toContain('(5 kỳ liên tục 2019–2023)');
    expect(streak.message.en).toContain('(5 consecutive periods 2019–2023)');
    expect([streak.expected, streak.actual]).toEqual([
      { periods: 5, from: 2019, to: 2023 },
      { met: [2019, 2020, 2021, 2022, 2023], unmet: [], unknown: [] },
    ]);
    const count = find(v, 'cstdcs-count');
    expect(count.message.vi).toContain(
      '(3 kỳ đạt trong kỳ 2019–2023 (2019, 2021, 2023), cần ít nhất 3)',
    );
    expect(count.message.en).toContain('(3 in 2019–2023 (2019, 2021, 2023), at least 3 needed)');
    expect(count.expected).toEqual({ atLeast: 3, from: 2019, to: 2023 });
  });
  it('a broken streak names the years; missing years make it unknown', () => {
    const years = rated(2019, 2023, 'HTTNV').map((y) =>
      y.year === 2021 ? { ...y, rating: 'HTNV' as const } : y,
    );
    const broken = find(bkTtg(years, [bk]), 'rating-streak');
    expect(broken.outcome).toBe('unmet');
    expect(broken.message.vi).toContain('(không liên tục 5 kỳ 2019–2023: không đạt kỳ 2021)');
    expect(broken.message.en).toContain('(not 5 consecutive periods 2019–2023: not met in 2021)');
    const gap = find(
      bkTtg(
        rated(2019, 2023, 'HTTNV').filter((y) => y.year !== 2020 && y.year !== 2022),
        [bk],
      ),
      'rating-streak',
    );
    expect(gap.outcome).toBe('unknown');
    expect(gap.message.vi).toContain('(thiếu dữ liệu kỳ 2020, 2022)');
    expect(gap.message.en).toContain('(missing data for 2020, 2022)');
    expect(gap.actual).toEqual({ met: [2019, 2021, 2023], unmet: [], unknown: [2020, 2022] });
  });
  it('counts: none held, too few with unknown years (unknown), too few (not met)', () => {
    const none = find(bkTtg(rated(2019, 2023, 'HTTNV'), [bk]), 'cstdcs-count');
    expect(none.message.vi).toContain('(0 kỳ đạt trong kỳ 2019–2023, cần ít nhất 3)');
    expect(none.message.en).toContain('(0 in 2019–2023, at least 3 needed)');
    expect(none.actual).toEqual({ count: 0, periods: [], unknown: [] });
  });
  it('an award with no date anchors no clock: the streak is unknown and says why', () => {
    const v = bkTtg(rated(2019, 2023, 'HTTNV'), [
      { code: 'BK_BO_TINH' },
      ...held('CSTDCS', 2019, 2021, 2023),
    ]);
    const streak = find(v, 'rating-streak');
    expect(streak.outcome).toBe('unknown');
    expect(streak.message.vi).toContain(
      '(không xác định được thời điểm tính thành tích: Bằng khen của Bộ, ban, ngành, tỉnh không ghi năm, thời gian thành tích hay ngày quyết định)',
    );
    expect(streak.message.en).toContain(
      '(the achievement clock cannot be placed: Ministry/Province Certificate of Merit has no year, achievement period or decision date)',
    );
  });
  it('a clock after the period leaves no period to count', () => {
    const later = { code: 'BK_BO_TINH' as const, year: 2023 };
    const count = find(
      bkTtg(rated(2019, 2023, 'HTTNV'), [later, ...held('CSTDCS', 2019, 2021, 2023)]),
      'cstdcs-count',
    );
    expect(count.outcome).toBe('unmet');
    expect(count.message.vi).toContain('(0 kỳ đạt trong không có kỳ nào, cần ít nhất 3)');
    expect(count.message.en).toContain('(0 in no period, at least 3 needed)');
  });
});

describe('initiatives', () => {
  const c = criterion({
    type: 'initiatives',
    minScope: 'CSTDCS_INITIATIVE_MIN_SCOPE',
    min: 'CSTDCS_INITIATIVE_MIN_COUNT',
  });
  it('one at base level: met; the same id twice counts once; a narrower kind list filters', () => {
    const one = c(person([{ year: 2024, initiatives: [{ scope: 'co-so' }] }]));
    says(
      one,
      'met',
      '1 sáng kiến / đề tài, công trình khoa học / giải pháp mưu trí trong chiến đấu phạm vi cơ sở trở lên trong kỳ 2024, cần ít nhất 1',
      '1 initiatives / research results / combat ingenuity of base level scope or wider in 2024, at least 1 needed',
    );
    expect([one.expected, one.actual]).toEqual([
      {
        atLeast: 1,
        scope: 'co-so',
        kinds: ['initiative', 'research', 'combat'],
        from: 2024,
        to: 2024,
      },
      { count: 1, missing: [] },
    ]);
    const twice = c(
      person([
        {
          year: 2024,
          initiatives: [
            { scope: 'co-so', id: 'SK-1' },
            { scope: 'bo-tinh', id: 'SK-1' },
          ],
        },
      ]),
    );
    expect(twice.actual).toEqual({ count: 1, missing: [] });
    const research = criterion({
      type: 'initiatives',
      minScope: 'CSTDCS_INITIATIVE_MIN_SCOPE',
      min: 'CSTDCS_INITIATIVE_MIN_COUNT',
      kinds: ['research'],
    });
    const r = research(person([{ year: 2024, initiatives: [{ scope: 'toan-quoc' }] }]));
    says(
      r,
      'unmet',
      '0 đề tài, công trình khoa học phạm vi cơ sở trở lên trong kỳ 2024, cần ít nhất 1',
      '0 research results of base level scope or wider in 2024, at least 1 needed',
    );
    expect(
      research(person([{ year: 2024, initiatives: [{ scope: 'co-so', kind: 'research' }] }]))
        .outcome,
    ).toBe('met');
  });
  it('a minimum scope of ministry/province excludes base-level ones; a missing year is unknown', () => {
    const wide = criterion({
      type: 'initiatives',
      minScope: 'CSTD_BO_TINH_INITIATIVE_MIN_SCOPE',
      min: 'CSTDCS_INITIATIVE_MIN_COUNT',
      window: { length: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS' },
    });
    // A 3-period window (CSTD_BO_TINH_CONSECUTIVE_CSTDCS = 3): 2022–2024.
    const r = person(
      [2022, 2023, 2024].map((year) => ({ year, initiatives: [{ scope: 'co-so' as const }] })),
    );
    says(
      wide(r),
      'unmet',
      '0 sáng kiến / đề tài, công trình khoa học / giải pháp mưu trí trong chiến đấu phạm vi Bộ, ngành, tỉnh trở lên trong kỳ 2022–2024, cần ít nhất 1',
      '0 initiatives / research results / combat ingenuity of ministry or province scope or wider in 2022–2024, at least 1 needed',
    );
    const early = person([
      { year: 2022, initiatives: [{ scope: 'bo-tinh' }] },
      { year: 2023 },
      { year: 2024 },
    ]);
    expect(wide(early).outcome).toBe('met');
    const gap = wide(person([{ year: 2024, initiatives: [] }]));
    expect(gap.outcome).toBe('unknown');
    expect(gap.message.vi).toMatch(/cần ít nhất 1; thiếu dữ liệu kỳ 2022, 2023\)$/);
    expect(gap.message.en).toMatch(/at least 1 needed; missing data for 2022, 2023\)$/);
    expect(gap.actual).toEqual({ count: 0, missing: [2022, 2023] });
  });
});
