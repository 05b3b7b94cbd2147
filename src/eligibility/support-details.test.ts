// Details of the engine's support modules (periods, names, registry) that the law-derived cases
// reach only in part: school-year periods ("năm học", starting on SCHOOL_YEAR_START), names in
// messages, and the rule table's order. Written for mutation testing (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { find, held, person, rated, unmet } from '../../test/eligibility/fixtures.js';
import type { HonourCode } from '../catalogue/codes.js';
import { valueAt } from '../law/parameters.js';
import { getParameter } from '../law/params/index.js';
import { awardText, heldPeriod } from './context.js';
import { evaluate } from './engine.js';
import { honourName, honoursName } from './names.js';
import { periodBounds, periodLabel, periodOfDate, schoolYearStart } from './periods.js';
import { defineProfile } from './profiles.js';
import { findRule, honoursFor } from './registry.js';
import { ALL_RULES } from './rules/index.js';

const SCHOOL_START = valueAt(getParameter('SCHOOL_YEAR_START'), '2024-01-01')?.value as string;

describe('school-year periods (SCHOOL_YEAR_START)', () => {
  it('the start day is the parameter: 1 September', () => {
    expect(SCHOOL_START).toBe('09-01');
    expect(schoolYearStart()).toBe(SCHOOL_START);
  });

  it('a date belongs to the school year that started on or before it', () => {
    expect(periodOfDate('2024-09-01', 'school')).toBe(2024);
    expect(periodOfDate('2024-08-31', 'school')).toBe(2023);
    expect(periodOfDate('2024-12-31', 'school')).toBe(2024);
    expect(periodOfDate('2025-01-01', 'school')).toBe(2024);
    expect(periodOfDate('2024-08-31', 'calendar')).toBe(2024);
    expect(periodOfDate('2024-01-01', 'calendar')).toBe(2024);
  });

  it('school year 2023–2024 ends on 31/8/2024; calendar 2024 on 31/12', () => {
    expect(periodBounds(2023, 'school')).toEqual({ end: '2024-08-31', next: '2024-09-01' });
    expect(periodBounds(2024, 'calendar')).toEqual({ end: '2024-12-31', next: '2025-01-01' });
    // The two calendars never share a cache entry.
    expect(periodBounds(2024, 'school').end).toBe('2025-08-31');
    expect(periodBounds(2024, 'calendar').end).toBe('2024-12-31');
  });

  it('labels: 2024, and 2024–2025 for a school year', () => {
    expect(periodLabel(2024, 'school')).toBe('2024–2025');
    expect(periodLabel(2024, 'calendar')).toBe('2024');
  });

  it('a teacher hired on 1/9/2024 was hired after school year 2023–2024 ended', () => {
    const r = person([{ year: 2023, rating: 'HTTNV' }], [], {
      hiredOn: '2024-09-01',
      periodKind: 'school',
    });
    const v = evaluate(r, 'LDTT', { period: 2023 });
    expect(unmet(v)).toEqual(['new-hire']);
    const c = find(v, 'new-hire');
    expect(c.actual).toEqual({ hiredOn: '2024-09-01', months: 0 });
    expect(c.message.vi).toContain('(tuyển dụng ngày 2024-09-01, sau khi kỳ 2023–2024 kết thúc)');
    expect(c.message.en).toContain('(hired on 2024-09-01, after 2023–2024 ended)');
  });

  it('hired on the last day of the school year: counted, 0 whole months', () => {
    const r = person([{ year: 2023, rating: 'HTTNV' }], [], {
      hiredOn: '2024-08-31',
      periodKind: 'school',
    });
    const c = find(evaluate(r, 'LDTT', { period: 2023 }), 'new-hire');
    expect(c.outcome).toBe('unmet');
    expect(c.message.en).toContain(
      '(hired on 2024-08-31: 0 whole months to the end of 2023–2024 (at least 6 needed))',
    );
  });

  describe('the next-award clock of a school-year record (Decree 98/2023 Đ30 k9)', () => {
    // BK TTg from 2024: five years HTTNV or better with three CSTĐCS, counted after the last
    // BK Bộ/tỉnh. The BK Bộ/tỉnh below states only its decision date.
    const teacher = (decisionDate: string) =>
      person(
        rated(2019, 2023, 'HTTNV'),
        [{ code: 'BK_BO_TINH', decisionDate }, ...held('CSTDCS', 2019, 2021, 2023)],
        { periodKind: 'school' },
      );
    const ending = defineProfile({
      id: 'ending',
      base: 'VN-2024',
      overrides: { CLOCK_FALLBACK: 'PERIODS_ENDING_AFTER_DECISION' },
      basis: [{ instrument: 'test' }],
    });
    const clock = (decisionDate: string, profile?: typeof ending) =>
      find(
        evaluate(teacher(decisionDate), 'BK_TTG', {
          period: 2023,
          ...(profile ? { profile } : {}),
        }),
        'rating-streak',
      );

    it('decided 31/8/2019 (school year 2018–2019): the window starts with 2019–2020', () => {
      const c = clock('2019-08-31');
      expect(c.outcome).toBe('met');
      expect(c.message.vi).toContain('(5 kỳ liên tục 2019–2020 đến 2023–2024)');
      expect(c.message.en).toContain('(5 consecutive periods 2019–2020 to 2023–2024)');
    });

    it('decided 1/9/2019 (school year 2019–2020): the window starts with 2020–2021', () => {
      const c = clock('2019-09-01');
      expect(c.outcome).toBe('unmet');
      expect(c.actual).toEqual({ clockStart: 2020 });
      expect(c.message.vi).toContain(
        'thời điểm tính thành tích bắt đầu từ kỳ 2020–2021, sau Bằng khen của Bộ, ban, ngành, tỉnh (quyết định ngày 2019-09-01); chưa đủ 5 kỳ liên tục đến kỳ 2023–2024',
      );
    });

    it('periods ending after the decision: a decision on the last day of a year starts the next', () => {
      expect(clock('2019-08-31', ending).outcome).toBe('met');
      // Decided on 30/8/2019, school year 2018–2019 ends after it and counts: clock 2018.
      expect(clock('2019-08-30', ending).outcome).toBe('met');
      // Decided on 1/9/2019: 2019–2020 ends after it and is the first period of the window.
      expect(clock('2019-09-01', ending).outcome).toBe('met');
      expect(clock('2019-09-02', ending).outcome).toBe('met');
    });

    it('periods ending after the decision: decided on the last day of 2019–2020, the clock starts with 2020–2021', () => {
      const last = clock('2020-08-31', ending);
      expect([last.outcome, last.actual]).toEqual(['unmet', { clockStart: 2020 }]);
      // One day earlier, 2019–2020 ends after the decision: it is the first period of the window.
      expect(clock('2020-08-30', ending).outcome).toBe('met');
    });

    it('a calendar-year record decided on 31/8/2019 starts its clock with 2020', () => {
      const r = { ...teacher('2019-08-31'), periodKind: 'calendar' as const };
      const c = find(evaluate(r, 'BK_TTG', { period: 2023 }), 'rating-streak');
      expect(c.actual).toEqual({ clockStart: 2020 });
    });
  });
});

describe('honour names in messages', () => {
  it('alternatives are joined with "hoặc" / "or"', () => {
    const r = person(
      [{ year: 2024, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] }],
      [...held('LDTT', 2024)],
    );
    const c = find(evaluate(r, 'CSTDCS', { period: 2024 }), 'holds-ldtt');
    expect(c.message.vi).toContain(
      '(đã được tặng Lao động tiên tiến hoặc Chiến sĩ tiên tiến kỳ 2024)',
    );
    expect(c.message.en).toContain(
      '(holds Advanced Worker (LĐTT) or Advanced Soldier (CSTT) for 2024)',
    );
    expect(honoursName(['LDTT'])).toEqual(honourName('LDTT'));
    expect(honoursName([])).toEqual({ vi: '', en: '' });
  });

  it('an honour without a short name is named by its code', () => {
    expect(honourName('GIAY_KHEN')).toEqual({ vi: 'GIAY_KHEN', en: 'GIAY_KHEN' });
    const p = defineProfile({
      id: 'gk',
      base: 'VN-2024',
      basis: [{ instrument: 'test' }],
      extraCriteria: [
        {
          id: 'holds-giay-khen',
          honours: ['LDTT'],
          type: 'heldInPeriod',
          codes: ['GIAY_KHEN', 'LDTT'],
          label: { vi: 'Có giấy khen', en: 'Holds a Giấy khen' },
          basis: [{ instrument: 'test' }],
        },
      ],
    });
    const r = person([{ year: 2024, rating: 'HTTNV' }], held('GIAY_KHEN', 2024));
    const c = find(evaluate(r, 'LDTT', { period: 2024, profile: p }), 'holds-giay-khen');
    expect(c.message.vi).toBe(
      'Có giấy khen: đạt (đã được tặng GIAY_KHEN hoặc Lao động tiên tiến kỳ 2024)',
    );
    expect(c.message.en).toContain('(holds GIAY_KHEN or Advanced Worker (LĐTT) for 2024)');
  });
});

describe('rule table', () => {
  it('no two rules share an honour, a recipient and a regime', () => {
    const keys = ALL_RULES.flatMap((r) => r.regimes.map((g) => `${r.honour}|${r.recipient}|${g}`));
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of ALL_RULES) {
      for (const g of r.regimes) expect(findRule(r.honour, r.recipient, g)).toBe(r);
    }
  });

  it('honoursFor lists each honour once, in the order of the table', () => {
    for (const kind of ['individual', 'collective', 'household'] as const) {
      const expected: HonourCode[] = [];
      for (const r of ALL_RULES) {
        if (r.recipient === kind && !expected.includes(r.honour)) expected.push(r.honour);
      }
      expect(honoursFor(kind)).toEqual(expected);
    }
    expect(honoursFor('individual').slice(0, 3)).toEqual(['LDTT', 'CSTT', 'CSTDCS']);
    expect(honoursFor('nobody' as never)).toEqual([]);
  });
});

describe('awards: the period they were for, and how messages cite them', () => {
  it('the period of an award: its year, else the end of its achievements, else its decision', () => {
    const ap = { from: '2022-09-01', to: '2023-08-31' };
    expect(heldPeriod({ code: 'LDTT', year: 2020, decisionDate: '2024-01-05' }, 'school')).toBe(
      2020,
    );
    expect(
      heldPeriod({ code: 'LDTT', achievementPeriod: ap, decisionDate: '2024-01-05' }, 'school'),
    ).toBe(2022);
    expect(heldPeriod({ code: 'LDTT', achievementPeriod: ap }, 'calendar')).toBe(2023);
    expect(heldPeriod({ code: 'LDTT', decisionDate: '2024-08-20' }, 'school')).toBe(2023);
    expect(heldPeriod({ code: 'LDTT', decisionDate: '2024-08-20' }, 'calendar')).toBe(2024);
    expect(heldPeriod({ code: 'LDTT' }, 'calendar')).toBeUndefined();
  });

  it('cites the year, the decision date and the achievements, in that order', () => {
    expect(
      awardText({
        code: 'BK_BO_TINH',
        year: 2018,
        decisionDate: '2019-03-15',
        achievementPeriod: { from: '2017-01-01', to: '2018-12-31' },
      }),
    ).toEqual({
      vi: 'năm 2018, quyết định ngày 2019-03-15, thành tích 2017-01-01 – 2018-12-31',
      en: 'for 2018, decided on 2019-03-15, achievements 2017-01-01 – 2018-12-31',
    });
    expect(awardText({ code: 'LDTT', year: 2024 })).toEqual({ vi: 'năm 2024', en: 'for 2024' });
    expect(awardText({ code: 'LDTT', decisionDate: '2024-12-20' })).toEqual({
      vi: 'quyết định ngày 2024-12-20',
      en: 'decided on 2024-12-20',
    });
    expect(awardText({ code: 'LDTT' })).toEqual({ vi: 'không ghi thời gian', en: 'undated' });
  });

  it('BK TTg: the BK Bộ/tỉnh is cited in the verdict; one decided after the period is not held yet', () => {
    const bk = { code: 'BK_BO_TINH' as const, decisionDate: '2019-03-15' };
    const r = person(rated(2019, 2023, 'HTTNV'), [bk, ...held('CSTDCS', 2019, 2021, 2023)]);
    const c = find(evaluate(r, 'BK_TTG', { period: 2023 }), 'holds-bk-bo-tinh');
    expect(c.outcome).toBe('met');
    expect(c.message.vi).toContain(
      '(đã được tặng Bằng khen của Bộ, ban, ngành, tỉnh (quyết định ngày 2019-03-15))',
    );
    expect(c.actual).toEqual({ code: 'BK_BO_TINH', year: null, decisionDate: '2019-03-15' });
    const later = { ...r, honours: [{ ...bk, decisionDate: '2024-03-15' }] };
    const c2 = find(evaluate(later, 'BK_TTG', { period: 2023 }), 'holds-bk-bo-tinh');
    expect(c2.outcome).toBe('unmet');
  });
});
