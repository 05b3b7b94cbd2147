import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../core/errors.js';
import {
  findObservance,
  getObservance,
  listObservances,
  OBSERVANCES,
  observanceDate,
  observancesOn,
} from './observances.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e.code;
    throw e;
  }
  return undefined;
}

describe('the observance registry', () => {
  it('holds at least the 40 observances of the calendar reference, one per observance', () => {
    expect(OBSERVANCES.length).toBeGreaterThanOrEqual(40);
    const ids = OBSERVANCES.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const aliases = OBSERVANCES.flatMap((o) => o.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const o of OBSERVANCES) {
      expect(o.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const a of o.aliases) expect(a).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(o.kinds).toContain(o.kind);
      expect(o.basis.length).toBeGreaterThan(0);
      expect(o.nameVi).toBe(o.nameVi.normalize('NFC'));
      expect(o.labelVi).toBe(o.labelVi.normalize('NFC'));
      expect(o.nameEn.length).toBeGreaterThan(0);
      if (o.foundingYear !== undefined) expect(o.foundingYearTag).toBeDefined();
      for (const b of o.basis) {
        if (b.url !== undefined) {
          expect(b.url).toMatch(/^https?:\/\//);
          expect(b.url).not.toContain('…');
        }
      }
    }
  });

  it('has the Patriotic Emulation Tradition Day: 11/6/1948, QĐ 258/QĐ-TTg of 04/3/2008', () => {
    const o = getObservance('thi-dua-ai-quoc');
    expect(o.date).toEqual({ calendar: 'solar', month: 6, day: 11 });
    expect(o.foundingYear).toBe(1948);
    expect(o.tdkt).toBe(true);
    expect(o.nameVi).toBe('Ngày truyền thống thi đua yêu nước');
    const qd = o.basis.find((b) => b.instrument === '258/QĐ-TTg');
    expect(qd?.date).toBe('2008-03-04');
    expect(qd?.tag).toBe('verified');
  });

  it('has 17/9/1947 (Sắc lệnh 83/SL) and 1/6/1948 (Sắc lệnh 195/SL, not 1/5)', () => {
    const vhc = getObservance('vien-huan-chuong');
    expect([vhc.date.day, vhc.date.month, vhc.foundingYear]).toEqual([17, 9, 1947]);
    expect(vhc.basis.some((b) => b.instrument === '83/SL')).toBe(true);
    const sl = getObservance('sac-lenh-195');
    expect([sl.date.day, sl.date.month, sl.foundingYear]).toEqual([1, 6, 1948]);
    expect(sl.basis[0]?.date).toBe('1948-06-01');
  });

  it('keeps 22/12 as two observances counting from 1944 and 1989', () => {
    const on2212 = OBSERVANCES.filter((o) => o.date.month === 12 && o.date.day === 22);
    expect(on2212.map((o) => [o.id, o.foundingYear])).toEqual([
      ['quan-doi-nhan-dan', 1944],
      ['quoc-phong-toan-dan', 1989],
    ]);
  });

  it('lists the 7 major national days of Decree 145/2013 Art. 4 (19/8 and 2/9 share an item)', () => {
    expect(listObservances({ kind: 'major-national-day' }).map((o) => o.id)).toEqual([
      'tet-nguyen-dan',
      'thanh-lap-dang',
      'gio-to-hung-vuong',
      'giai-phong-mien-nam',
      'chien-thang-dien-bien-phu',
      'ngay-sinh-chu-tich-ho-chi-minh',
      'cach-mang-thang-tam',
      'quoc-khanh',
    ]);
  });

  it('counts the 11 public-holiday days of the Labour Code 2019 Art. 112(1)', () => {
    const ph = listObservances({ kind: 'public-holiday' });
    expect(ph.map((o) => o.id)).toEqual([
      'tet-duong-lich',
      'tet-nguyen-dan',
      'gio-to-hung-vuong',
      'giai-phong-mien-nam',
      'quoc-te-lao-dong',
      'quoc-khanh',
    ]);
    expect(ph.reduce((n, o) => n + (o.holidayDays ?? 0), 0)).toBe(11);
    expect(getObservance('gio-to-hung-vuong').holidaySince).toBe(2007);
  });

  it('flags 24/11 (Vietnam Culture Day) as a proposal, not a holiday', () => {
    const o = getObservance('CULTURE_DAY');
    expect(o.status).toBe('proposed');
    expect(o.kinds).not.toContain('public-holiday');
    expect(o.holidayDays).toBeUndefined();
    expect(o.foundingYear).toBeUndefined();
    expect(listObservances({ status: 'proposed' }).map((x) => x.id)).toEqual(['van-hoa-viet-nam']);
  });

  it('dates Tết and Giỗ Tổ on the lunar calendar', () => {
    expect(getObservance('TET').date).toEqual({ calendar: 'lunar', month: 1, day: 1 });
    expect(getObservance('HUNG_KINGS').date).toEqual({ calendar: 'lunar', month: 3, day: 10 });
    expect(listObservances({ calendar: 'lunar' }).map((o) => o.id)).toEqual([
      'tet-nguyen-dan',
      'gio-to-hung-vuong',
    ]);
  });

  it('lists the TĐKT days', () => {
    expect(listObservances({ tdkt: true }).map((o) => o.id)).toEqual([
      'chi-thi-thi-dua-ai-quoc',
      'sac-lenh-195',
      'thi-dua-ai-quoc',
      'thanh-lap-bo-noi-vu',
      'vien-huan-chuong',
    ]);
    expect(listObservances({ tdkt: false }).length + 5).toBe(OBSERVANCES.length);
  });

  it('is frozen', () => {
    const o = getObservance('thi-dua-ai-quoc');
    expect(Object.isFrozen(OBSERVANCES)).toBe(true);
    expect(Object.isFrozen(o)).toBe(true);
    expect(Object.isFrozen(o.basis[0])).toBe(true);
    expect(Object.isFrozen(o.date)).toBe(true);
  });
});

describe('findObservance / getObservance', () => {
  it('accepts ids and the upper-snake aliases, in either case and separator', () => {
    expect(findObservance('thi-dua-ai-quoc')?.id).toBe('thi-dua-ai-quoc');
    expect(findObservance('TDKT_TRADITION_DAY')?.id).toBe('thi-dua-ai-quoc');
    expect(findObservance('tdkt_tradition_day')?.id).toBe('thi-dua-ai-quoc');
    expect(findObservance('tdkt-tradition-day')?.id).toBe('thi-dua-ai-quoc');
    expect(findObservance('THI_DUA_AI_QUOC')?.id).toBe('thi-dua-ai-quoc');
    expect(findObservance(' NATIONAL_DEFENCE_DAY ')?.id).toBe('quoc-phong-toan-dan');
    expect(findObservance('nope')).toBeUndefined();
    expect(findObservance('')).toBeUndefined();
    expect(findObservance(42 as never)).toBeUndefined();
  });

  it('throws UNKNOWN_OBSERVANCE with a bilingual message and the path', () => {
    try {
      getObservance('no-such-day');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TdktError);
      const err = e as TdktError;
      expect(err.code).toBe('UNKNOWN_OBSERVANCE');
      expect(err.issues[0]?.path).toEqual(['observance']);
      expect(err.issues[0]?.message.vi).toContain('Không có ngày kỷ niệm');
      expect(err.issues[0]?.message.en).toContain('Unknown observance');
    }
    expect(code(() => getObservance(null as never))).toBe('INVALID_INPUT');
  });
});

describe('observanceDate', () => {
  it('dates solar observances', () => {
    expect(observanceDate('thi-dua-ai-quoc', 2028)).toBe('2028-06-11');
    expect(observanceDate('quoc-khanh', 2025)).toBe('2025-09-02');
    expect(observanceDate('tet-duong-lich', 1900)).toBe('1900-01-01');
    expect(observanceDate('quoc-phong-toan-dan', 2200)).toBe('2200-12-22');
  });

  it('dates Tết 2028 and Giỗ Tổ 2028 with the lunar calendar', () => {
    expect(observanceDate('tet-nguyen-dan', 2028)).toBe('2028-01-26');
    expect(observanceDate('gio-to-hung-vuong', 2028)).toBe('2028-04-04');
    // Giỗ Tổ can fall in Q1.
    expect(observanceDate('gio-to-hung-vuong', 2012)).toBe('2012-03-31');
  });

  it('matches every row of the lunar fixture (1968–2100)', () => {
    const csv = readFileSync(
      fileURLToPath(new URL('../../../test/fixtures/lunar-vectors.csv', import.meta.url)),
      'utf8',
    );
    const rows = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(rows.length).toBe(133);
    for (const [y, tetDate, gioTo] of rows) {
      const year = Number(y);
      expect(observanceDate('tet-nguyen-dan', year)).toBe(tetDate);
      expect(observanceDate('gio-to-hung-vuong', year)).toBe(gioTo);
    }
  });

  it('rejects bad years and unknown observances', () => {
    expect(code(() => observanceDate('thi-dua-ai-quoc', 1899))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => observanceDate('thi-dua-ai-quoc', 2201))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => observanceDate('thi-dua-ai-quoc', 2020.5))).toBe('INVALID_YEAR');
    expect(code(() => observanceDate('thi-dua-ai-quoc', Number.NaN))).toBe('INVALID_YEAR');
    expect(code(() => observanceDate('thi-dua-ai-quoc', '2020' as never))).toBe('INVALID_YEAR');
    expect(code(() => observanceDate('nope', 2020))).toBe('UNKNOWN_OBSERVANCE');
    // Lunar observances stop where the lunar calendar stops.
    expect(code(() => observanceDate('tet-nguyen-dan', 2150))).toBeDefined();
  });
});

describe('observancesOn', () => {
  it('finds every observance of a date, solar and lunar', () => {
    expect(observancesOn('2025-12-22').map((o) => o.id)).toEqual([
      'quan-doi-nhan-dan',
      'quoc-phong-toan-dan',
    ]);
    expect(observancesOn('2028-01-26').map((o) => o.id)).toEqual(['tet-nguyen-dan']);
    expect(observancesOn('2028-04-04').map((o) => o.id)).toEqual(['gio-to-hung-vuong']);
    expect(observancesOn('2028-06-01').map((o) => o.id)).toEqual([
      'quoc-te-thieu-nhi',
      'sac-lenh-195',
    ]);
    expect(observancesOn('2025-08-19').map((o) => o.id)).toEqual([
      'cach-mang-thang-tam',
      'cong-an-nhan-dan',
      'toan-dan-bao-ve-an-ninh',
    ]);
    expect(observancesOn('2026-11-24').map((o) => [o.id, o.status])).toEqual([
      ['van-hoa-viet-nam', 'proposed'],
    ]);
    expect(observancesOn('2028-07-04')).toEqual([]);
    // Beyond the lunar range, solar observances are still found.
    expect(observancesOn('2150-06-11').map((o) => o.id)).toEqual(['thi-dua-ai-quoc']);
  });

  it('rejects impossible dates', () => {
    expect(code(() => observancesOn('2025-02-29'))).toBe('INVALID_DATE');
    expect(code(() => observancesOn('2025-13-01'))).toBe('INVALID_DATE');
    expect(code(() => observancesOn('1899-12-31'))).toBe('YEAR_OUT_OF_RANGE');
  });

  it('finds each solar observance on its own date every year (property)', () => {
    const solar = OBSERVANCES.filter((o) => o.date.calendar === 'solar');
    fc.assert(
      fc.property(fc.constantFrom(...solar), fc.integer({ min: 1900, max: 2200 }), (o, y) => {
        const date = observanceDate(o.id, y);
        expect(date.startsWith(`${y}-`)).toBe(true);
        expect(observancesOn(date).map((x) => x.id)).toContain(o.id);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
