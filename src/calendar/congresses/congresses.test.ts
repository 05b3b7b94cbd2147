import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../core/errors.js';
import { stageOf } from '../periods/periods.js';
import {
  congressInYear,
  congressOfStage,
  EMULATION_CONGRESSES,
  getCongress,
  nextCongress,
} from './congresses.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e.code;
    throw e;
  }
  return undefined;
}

describe('the National Congresses of Patriotic Emulation (calendar reference §5)', () => {
  it('holds I (1952) … XI (2025) as data and XII as expected', () => {
    expect(EMULATION_CONGRESSES.map((c) => [c.number, c.roman, c.year, c.status])).toEqual([
      [1, 'I', 1952, 'held'],
      [2, 'II', 1958, 'held'],
      [3, 'III', 1962, 'held'],
      [4, 'IV', 1967, 'held'],
      [5, 'V', 1986, 'held'],
      [6, 'VI', 2000, 'held'],
      [7, 'VII', 2005, 'held'],
      [8, 'VIII', 2010, 'held'],
      [9, 'IX', 2015, 'held'],
      [10, 'X', 2020, 'held'],
      [11, 'XI', 2025, 'held'],
      [12, 'XII', 2030, 'expected'],
    ]);
  });

  it('keeps the dates and places of the sources', () => {
    expect(getCongress('I')).toMatchObject({
      from: '1952-05-01',
      to: '1952-05-06',
      openedOn: '1952-04-30',
    });
    expect(getCongress('I').place.vi).toContain('Định Hóa, Thái Nguyên');
    expect(getCongress('I').title.vi).toBe(
      'Đại hội Chiến sĩ thi đua và Cán bộ gương mẫu toàn quốc lần thứ nhất',
    );
    expect(getCongress(2)).toMatchObject({ from: '1958-07-07', to: '1958-07-08' });
    expect(getCongress('V')).toMatchObject({ from: '1986-01-16', to: '1986-01-17' });
    expect(getCongress('VI')).toMatchObject({ from: '2000-11-21', to: '2000-11-24' });
    expect(getCongress('VIII')).toMatchObject({ from: '2010-12-27', openedOn: '2010-12-27' });
    expect(getCongress('VIII').to).toBeUndefined();
    expect(getCongress('IX')).toMatchObject({
      from: '2015-12-06',
      to: '2015-12-07',
      reviewed: { from: 2011, to: 2015 },
      launched: { from: 2016, to: 2020 },
    });
    expect(getCongress('X')).toMatchObject({
      from: '2020-12-09',
      to: '2020-12-10',
      openedOn: '2020-12-10',
    });
    expect(getCongress('XI')).toMatchObject({
      from: '2025-12-26',
      to: '2025-12-27',
      openedOn: '2025-12-27',
      reviewed: { from: 2021, to: 2025 },
      launched: { from: 2026, to: 2030 },
      title: {
        vi: 'Đại hội Thi đua yêu nước toàn quốc lần thứ XI',
        en: '11th National Congress of Patriotic Emulation',
      },
    });
  });

  it('marks XII as an expectation, not a fact', () => {
    const xii = getCongress('XII');
    expect(xii.status).toBe('expected');
    expect(xii.tag).toBe('inference');
    expect(xii.from).toBeUndefined();
    expect(xii.note?.en).toContain('not a fact');
  });

  it('since 2000: every 5 years, in the last year of a stage', () => {
    const modern = EMULATION_CONGRESSES.filter((c) => c.year >= 2000);
    for (const c of modern) expect(stageOf(c.year).to).toBe(`${c.year}-12-31`);
    for (let i = 1; i < modern.length; i++) {
      expect((modern[i]?.year ?? 0) - (modern[i - 1]?.year ?? 0)).toBe(5);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(EMULATION_CONGRESSES)).toBe(true);
    expect(Object.isFrozen(getCongress('XI').place)).toBe(true);
  });
});

describe('lookups', () => {
  it('getCongress by number or numeral', () => {
    expect(getCongress(11).roman).toBe('XI');
    expect(getCongress('xi').number).toBe(11);
    expect(getCongress(' 9 ').roman).toBe('IX');
    for (const bad of [0, 13, 'XIII', 'IIII', 'abc', '', null, 2.5]) {
      expect(code(() => getCongress(bad as never))).toBe('UNKNOWN_CONGRESS');
    }
  });

  it('congressInYear', () => {
    expect(congressInYear(2025)?.roman).toBe('XI');
    expect(congressInYear(1967)?.roman).toBe('IV');
    expect(congressInYear(2030)?.status).toBe('expected');
    expect(congressInYear(2024)).toBeUndefined();
    expect(congressInYear(2035)).toBeUndefined();
    expect(code(() => congressInYear(1800))).toBe('YEAR_OUT_OF_RANGE');
  });

  it('nextCongress', () => {
    expect(nextCongress('2025-06-01')?.roman).toBe('XI');
    expect(nextCongress('2025-12-25')?.roman).toBe('XI');
    expect(nextCongress('2025-12-26')?.roman).toBe('XII');
    expect(nextCongress('2026-01-01')?.status).toBe('expected');
    expect(nextCongress('2030-12-31')?.roman).toBe('XII');
    expect(nextCongress('2031-01-01')).toBeUndefined();
    expect(nextCongress('1900-01-01')?.roman).toBe('I');
    expect(nextCongress('1970-01-01')?.roman).toBe('V');
    expect(code(() => nextCongress('2025-02-29'))).toBe('INVALID_DATE');
  });

  it('congressOfStage', () => {
    expect(congressOfStage(2023)?.roman).toBe('XI');
    expect(congressOfStage(2016)?.roman).toBe('X');
    expect(congressOfStage(2011)?.roman).toBe('IX');
    expect(congressOfStage(2028)?.status).toBe('expected');
    expect(congressOfStage(2031)).toBeUndefined();
  });

  it('nextCongress never returns one that started before the date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const date = `${y}-${String(m).padStart(2, '0')}-15`;
        const c = nextCongress(date);
        if (c?.from !== undefined) expect(c.from > date).toBe(true);
        if (c === undefined) expect(y).toBeGreaterThan(2030);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
