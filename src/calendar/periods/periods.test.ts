import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../core/errors.js';
import { addDaysIso, dayNumberToIso, formatIsoDate } from '../../core/iso-date.js';
import {
  type CalendarPeriodKind,
  getPeriod,
  halfOf,
  periodContains,
  periodOf,
  periodRange,
  periodsOf,
  quarterOf,
  schoolYearOf,
  stageOf,
} from './periods.js';
import { SCHOOL_YEAR_FRAMEWORKS, schoolYearFramework } from './school-years.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e.code;
    throw e;
  }
  return undefined;
}

const KINDS: CalendarPeriodKind[] = ['year', 'half', 'quarter', 'school-year', 'stage'];

describe('quarters and halves', () => {
  it('splits the year at the quarter and half boundaries', () => {
    expect(quarterOf('2025-03-31').id).toBe('2025-Q1');
    expect(quarterOf('2025-04-01').id).toBe('2025-Q2');
    expect(quarterOf('2025-09-30').id).toBe('2025-Q3');
    expect(quarterOf('2025-10-01')).toMatchObject({
      id: '2025-Q4',
      index: 4,
      from: '2025-10-01',
      to: '2025-12-31',
      label: { vi: 'Quý IV năm 2025', en: 'Q4 2025' },
    });
    expect(halfOf('2025-06-30').label.vi).toBe('6 tháng đầu năm 2025');
    expect(halfOf('2025-07-01')).toMatchObject({
      id: '2025-H2',
      from: '2025-07-01',
      to: '2025-12-31',
    });
    expect(periodRange('quarter', '2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange('quarter', '2025-q3')).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(periodRange('half', '2024-H1')).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(periodRange('year', 2024)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(periodRange('year', '2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
});

describe('school years ("năm học")', () => {
  it('buckets 1/9–31/8 by default', () => {
    expect(schoolYearOf('2025-08-31').id).toBe('2024-2025');
    expect(schoolYearOf('2025-09-01')).toMatchObject({
      id: '2025-2026',
      from: '2025-09-01',
      to: '2026-08-31',
      startYear: 2025,
      label: { vi: 'Năm học 2025-2026', en: 'School year 2025–2026' },
    });
    expect(schoolYearOf('2026-05-31').id).toBe('2025-2026');
    expect(periodRange('school-year', '2025-2026')).toEqual({
      from: '2025-09-01',
      to: '2026-08-31',
    });
    expect(periodRange('school-year', '2012 - 2013')).toEqual({
      from: '2012-09-01',
      to: '2013-08-31',
    });
    expect(periodRange('school-year', '2019–2020')).toEqual({
      from: '2019-09-01',
      to: '2020-08-31',
    });
    expect(periodRange('school-year', 2027)).toEqual({ from: '2027-09-01', to: '2028-08-31' });
  });

  it('accepts another start day, leap years included', () => {
    expect(schoolYearOf('2025-08-20', { start: '08-15' }).id).toBe('2025-2026');
    expect(schoolYearOf('2025-08-14', { start: '08-15' }).id).toBe('2024-2025');
    expect(periodRange('school-year', '2023-2024', { start: '03-01' })).toEqual({
      from: '2023-03-01',
      to: '2024-02-29',
    });
    expect(code(() => schoolYearOf('2025-08-20', { start: '02-29' }))).toBe('INVALID_INPUT');
    expect(code(() => schoolYearOf('2025-08-20', { start: '9-1' }))).toBe('INVALID_INPUT');
    expect(code(() => schoolYearOf('2025-08-20', { start: '13-01' }))).toBe('INVALID_INPUT');
    expect(code(() => schoolYearOf('2025-08-20', 'x' as never))).toBe('INVALID_INPUT');
  });

  it('keeps the official 2025–2026 framework (QĐ 2269/QĐ-BGDĐT) as data', () => {
    const f = schoolYearFramework('2025-2026');
    expect(f).toMatchObject({
      opening: '2025-09-05',
      termOneEndsBefore: '2026-01-18',
      endsBefore: '2026-05-31',
      completionBefore: '2026-06-30',
      intakeBefore: '2026-07-31',
      teachingWeeks: { total: 35, terms: [18, 17] },
    });
    expect(f?.basis[0]?.instrument).toBe('2269/QĐ-BGDĐT');
    expect(schoolYearFramework('2025 – 2026')).toBe(f);
    expect(schoolYearFramework('2030-2031')).toBeUndefined();
    expect(schoolYearFramework(5 as never)).toBeUndefined();
    // Every framework lies inside its default bucket.
    for (const fw of SCHOOL_YEAR_FRAMEWORKS) {
      const p = getPeriod('school-year', fw.id);
      for (const d of [fw.opening, fw.termOneEndsBefore, fw.endsBefore])
        expect(periodContains(p, d)).toBe(true);
    }
    expect(Object.isFrozen(SCHOOL_YEAR_FRAMEWORKS[0])).toBe(true);
  });
});

describe('stages ("giai đoạn")', () => {
  it('follows stage(year) = [5·floor((year−1)/5)+1, +4]', () => {
    expect(stageOf(2023).id).toBe('2021-2025');
    expect(stageOf(2020).id).toBe('2016-2020');
    expect(stageOf(2021).id).toBe('2021-2025');
    expect(stageOf(2025).id).toBe('2021-2025');
    expect(stageOf(2026).id).toBe('2026-2030');
    expect(stageOf(2030)).toMatchObject({
      id: '2026-2030',
      from: '2026-01-01',
      to: '2030-12-31',
      standard: true,
      label: { vi: 'Giai đoạn 2026 - 2030', en: '2026–2030 period' },
    });
    expect(stageOf(2011).id).toBe('2011-2015');
    expect(stageOf('2030-12-31').id).toBe('2026-2030');
    expect(stageOf(2031).id).toBe('2031-2035');
  });

  it('names other "giai đoạn" of plans without pretending they are TĐKT stages', () => {
    expect(getPeriod('stage', '2020-2025')).toMatchObject({
      from: '2020-01-01',
      to: '2025-12-31',
      standard: false,
    });
    expect(getPeriod('stage', '2011 - 2020').standard).toBe(false);
    expect(getPeriod('stage', '2011 - 2015').standard).toBe(true);
    expect(getPeriod('stage', 2024).id).toBe('2021-2025');
    expect(getPeriod('stage', '1896-1900').standard).toBe(true);
    expect(getPeriod('school-year', '2200-2201').to).toBe('2201-08-31');
    expect(code(() => getPeriod('stage', '1890-1895'))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => getPeriod('stage', '2025-2020'))).toBe('INVALID_PERIOD');
  });
});

describe('periodsOf / periodOf', () => {
  it('gives every period of a date', () => {
    const p = periodsOf('2028-06-11');
    expect([p.year.id, p.half.id, p.quarter.id, p.schoolYear.id, p.stage.id]).toEqual([
      '2028',
      '2028-H1',
      '2028-Q2',
      '2027-2028',
      '2026-2030',
    ]);
  });

  it('contains the date, and the id names the same range (property)', () => {
    const day = fc.integer({ min: -25567, max: 84000 }).map(dayNumberToIso); // 1900-01-01 … 2199-12-…
    fc.assert(
      fc.property(day, fc.constantFrom(...KINDS), (date, kind) => {
        const p = periodOf(kind, date);
        expect(p.from <= date && date <= p.to).toBe(true);
        expect(periodContains(p, date)).toBe(true);
        expect(periodRange(kind, p.id)).toEqual({ from: p.from, to: p.to });
        // Edge periods may start before 1900 (stage 1896–1900) or end after 2200.
        if (p.from >= '1900-01-01') expect(periodOf(kind, p.from).id).toBe(p.id);
        if (p.to <= '2200-12-31') expect(periodOf(kind, p.to).id).toBe(p.id);
        if (kind !== 'stage' && kind !== 'year') {
          // The day after the end starts the next period.
          const next = addDaysIso(p.to, 1);
          if (next < '2200-12-31') expect(periodOf(kind, next).from).toBe(next);
        }
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('quarters and halves tile the year', () => {
    for (const y of [1900, 2000, 2024, 2025, 2100]) {
      const qs = [1, 2, 3, 4].map((q) => getPeriod('quarter', `${y}-Q${q}`));
      expect(qs[0]?.from).toBe(formatIsoDate(y, 1, 1));
      expect(qs[3]?.to).toBe(formatIsoDate(y, 12, 31));
      for (let i = 1; i < 4; i++) expect(addDaysIso(qs[i - 1]?.to ?? '', 1)).toBe(qs[i]?.from);
    }
    expect(getPeriod('quarter', '2024-Q1').to).toBe('2024-03-31');
  });
});

describe('bad input', () => {
  it('rejects impossible dates and out-of-range years', () => {
    expect(code(() => quarterOf('2025-02-29'))).toBe('INVALID_DATE');
    expect(code(() => quarterOf('2025-2-1'))).toBe('INVALID_DATE');
    expect(code(() => quarterOf('1899-12-31'))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => quarterOf('2201-01-01'))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => stageOf(1800))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => stageOf(2020.5))).toBe('INVALID_YEAR');
    expect(code(() => stageOf(null as never))).toBe('INVALID_YEAR');
  });

  it('rejects ids that do not fit the kind', () => {
    expect(code(() => periodRange('school-year', '2025-2027'))).toBe('INVALID_PERIOD');
    expect(code(() => periodRange('quarter', '2025-Q5'))).toBe('INVALID_PERIOD');
    expect(code(() => periodRange('half', '2025-H3'))).toBe('INVALID_PERIOD');
    expect(code(() => periodRange('year', '25'))).toBe('INVALID_PERIOD');
    expect(code(() => periodRange('quarter', 2025))).toBe('INVALID_PERIOD');
    expect(code(() => periodRange('year', {} as never))).toBe('INVALID_PERIOD');
    expect(code(() => periodRange('decade' as never, '2020'))).toBe('INVALID_INPUT');
    expect(code(() => periodRange('year', 1899))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => periodContains({ from: 'x', to: 'y' }, '2025-01-01'))).toBe('INVALID_INPUT');
    try {
      periodRange('school-year', '2025-2027');
    } catch (e) {
      const err = e as TdktError;
      expect(err.issues[0]?.path).toEqual(['id']);
      expect(err.issues[0]?.message.vi).toContain('Mã kỳ không hợp lệ');
      expect(err.issues[0]?.message.en).toContain('Invalid period id');
    }
  });
});
