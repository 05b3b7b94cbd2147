import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../core/errors.js';
import { planMilestones } from './milestones.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e.code;
    throw e;
  }
  return undefined;
}

describe('planMilestones (inspection-and-plans §3.3 template)', () => {
  it('puts registration and covenants in Q1, 11/6 in Q2, school-year awards in Q3, the year-end review in Q4', () => {
    const m = planMilestones(2028);
    const q = (id: string) => m.find((x) => x.id === id)?.quarter;
    expect(q('registration')).toBe(1);
    expect(q('covenants')).toBe(1);
    expect(q('previous-year-review')).toBe(1);
    expect(q('emulation-day')).toBe(2);
    expect(q('interim-report')).toBe(2);
    expect(q('inspection-plan')).toBe(2);
    expect(q('interim-review')).toBe(3);
    expect(q('school-year-awards')).toBe(3);
    expect(q('inspections')).toBe(3);
    expect(q('year-end-review')).toBe(4);
    expect(q('next-year-plan')).toBe(4);
    for (const quarter of [1, 2, 3, 4]) expect(m.some((x) => x.quarter === quarter)).toBe(true);
  });

  it('names the 80th anniversary of 11/6/1948 in 2028', () => {
    const day = planMilestones(2028).find((x) => x.id === 'emulation-day');
    expect(day?.anchorDate).toBe('2028-06-11');
    expect(day?.title.vi).toBe(
      'Phát động đợt thi đua lập thành tích chào mừng kỷ niệm 80 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2028)',
    );
    expect(day?.title.en).toContain('80th anniversary');
    expect(planMilestones(2013).find((x) => x.id === 'emulation-day')?.title.vi).toContain(
      '65 năm',
    );
    // No 11/6 drive before the first anniversary (1949).
    expect(planMilestones(1948).some((x) => x.id === 'emulation-day')).toBe(false);
    expect(planMilestones(1949).find((x) => x.id === 'emulation-day')?.title.vi).toContain('1 năm');
  });

  it('words years as the plans do', () => {
    const m = planMilestones(2013);
    expect(m.find((x) => x.id === 'previous-year-review')?.title.vi).toContain('năm 2012');
    expect(m.find((x) => x.id === 'school-year-awards')?.title.vi).toContain('năm học 2012-2013');
    expect(m.find((x) => x.id === 'year-end-report')?.title.vi).toContain('nhiệm vụ năm 2014');
    expect(m.find((x) => x.id === 'unit-plans-due')?.anchorDate).toBe('2013-02-25');
  });

  it('adds the National Congress in congress years, expected in 2030', () => {
    const y2025 = planMilestones(2025);
    const xi = y2025.find((x) => x.id === 'national-congress');
    expect(xi).toMatchObject({ quarter: 4, anchorDate: '2025-12-27' });
    expect(xi?.title.vi).toBe('Đại hội Thi đua yêu nước toàn quốc lần thứ XI');
    expect(xi?.expected).toBeUndefined();
    expect(y2025.find((x) => x.id === 'local-congresses')?.quarter).toBe(2);
    const xii = planMilestones(2030).find((x) => x.id === 'national-congress');
    expect(xii?.expected).toBe(true);
    expect(xii?.anchorDate).toBeUndefined();
    expect(xii?.quarter).toBe(4);
    expect(planMilestones(2028).some((x) => x.id === 'national-congress')).toBe(false);
    expect(
      planMilestones(2025, { congress: false }).some((x) => x.id === 'national-congress'),
    ).toBe(false);
    // 1952: opened 30/4, in Q2; no "local congresses" item before it.
    const i = planMilestones(1952).find((x) => x.id === 'national-congress');
    expect(i?.quarter).toBe(2);
    expect(planMilestones(1952).some((x) => x.id === 'local-congresses')).toBe(false);
  });

  it('every item is in its quarter, sorted, sourced from the plans (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (y) => {
        const m = planMilestones(y);
        for (let i = 0; i < m.length; i++) {
          const x = m[i];
          if (!x) continue;
          if (i > 0) expect((m[i - 1]?.quarter ?? 0) <= x.quarter).toBe(true);
          expect(x.year).toBe(y);
          const firstMonth = 3 * (x.quarter - 1) + 1;
          expect(x.window.from).toBe(`${y}-${String(firstMonth).padStart(2, '0')}-01`);
          if (x.anchorDate !== undefined) {
            expect(x.window.from <= x.anchorDate && x.anchorDate <= x.window.to).toBe(true);
          }
          expect(x.sources.length).toBeGreaterThan(0);
          for (const s of x.sources) expect(s.confidence).toBe('plan-text');
          expect(x.title.vi.length).toBeGreaterThan(0);
          expect(x.title.en.length).toBeGreaterThan(0);
        }
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('rejects bad years and options', () => {
    expect(code(() => planMilestones(1899))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => planMilestones(2028.5))).toBe('INVALID_YEAR');
    expect(code(() => planMilestones(2028, { congress: 'no' as never }))).toBe('INVALID_INPUT');
    expect(code(() => planMilestones(2028, [] as never))).toBe('INVALID_INPUT');
  });
});
