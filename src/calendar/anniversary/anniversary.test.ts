import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../core/errors.js';
import { OBSERVANCES } from '../observances/observances.js';
import { anniversariesInYear, anniversary, observancesInYear, roundnessOf } from './anniversary.js';
import { checkAnniversaryLabel } from './label.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e.code;
    throw e;
  }
  return undefined;
}

describe('anniversary: the checks of the calendar reference §3.3', () => {
  it.each([
    [2013, 65, 'five', 'năm lẻ 5'],
    [2018, 70, 'ten', 'năm tròn'],
    [2020, 72, 'none', 'năm khác'],
    [2021, 73, 'none', 'năm khác'],
    [2023, 75, 'five', 'năm lẻ 5'],
    [2028, 80, 'ten', 'năm tròn'],
    [1949, 1, 'none', 'năm khác'],
  ] as const)('11/6/1948 in %i is the %i-th (%s)', (year, n, roundness, vi) => {
    const a = anniversary('thi-dua-ai-quoc', year);
    expect(a.ordinal).toBe(n);
    expect(a.roundness).toBe(roundness);
    expect(a.roundnessVi).toBe(vi);
    expect(a.ceremonyCandidate).toBe(roundness !== 'none');
    expect(a.date).toBe(`${year}-06-11`);
    expect(a.foundedOn).toBe('1948-06-11');
    expect(a.observance).toBe('thi-dua-ai-quoc');
    expect(a.foundingYear).toBe(1948);
    expect(a.tdkt).toBe(true);
    expect(a.name.vi).toBe('Ngày truyền thống thi đua yêu nước');
  });

  it('writes the label the way the plans do', () => {
    expect(anniversary('thi-dua-ai-quoc', 2021).label).toEqual({
      vi: 'Kỷ niệm 73 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2021)',
      en: "73rd anniversary of President Hồ Chí Minh's Appeal for Patriotic Emulation (11 June 1948 – 11 June 2021)",
    });
    expect(anniversary('thi-dua-ai-quoc', 2013).label.vi).toContain('65 năm');
    expect(anniversary('thi-dua-ai-quoc', 2013).label.vi).toContain('(11/6/1948 - 11/6/2013)');
    expect(anniversary('vien-huan-chuong', 2022).label.vi).toBe(
      'Kỷ niệm 75 năm Ngày thành lập Viện Huân chương (nay là Ban Thi đua - Khen thưởng Trung ương) (17/9/1947 - 17/9/2022)',
    );
    expect(anniversary('thanh-lap-dang', 2025).label.vi).toBe(
      'Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025)',
    );
  });

  it('English ordinals', () => {
    expect(anniversary('thi-dua-ai-quoc', 1949).label.en.startsWith('1st ')).toBe(true);
    expect(anniversary('thi-dua-ai-quoc', 1950).label.en.startsWith('2nd ')).toBe(true);
    expect(anniversary('thi-dua-ai-quoc', 1951).label.en.startsWith('3rd ')).toBe(true);
    expect(anniversary('thi-dua-ai-quoc', 1959).label.en.startsWith('11th ')).toBe(true);
    expect(anniversary('thi-dua-ai-quoc', 1960).label.en.startsWith('12th ')).toBe(true);
    expect(anniversary('thi-dua-ai-quoc', 1961).label.en.startsWith('13th ')).toBe(true);
    expect(anniversary('thi-dua-ai-quoc', 2069).label.en.startsWith('121st ')).toBe(true);
  });

  it('counts the Institute of Orders from 17/9/1947: 67 in 2014, 70 in 2017, 75 in 2022', () => {
    expect(anniversary('vien-huan-chuong', 2014).ordinal).toBe(67);
    expect(anniversary('vien-huan-chuong', 2017).roundness).toBe('ten');
    expect(anniversary('ORDERS_INSTITUTE_FOUNDING', 2022)).toMatchObject({
      ordinal: 75,
      roundness: 'five',
      date: '2022-09-17',
    });
  });

  it('uses the digit of N, not of the calendar year (30/4/1975 in 2025 is the 50th: năm tròn)', () => {
    expect(anniversary('giai-phong-mien-nam', 2025)).toMatchObject({
      ordinal: 50,
      roundness: 'ten',
    });
    expect(anniversary('giai-phong-mien-nam', 2030)).toMatchObject({
      ordinal: 55,
      roundness: 'five',
    });
    expect(anniversary('thanh-lap-dang', 2030)).toMatchObject({ ordinal: 100, roundness: 'ten' });
  });

  it('counts 22/12 from 1944 for the Army and from 1989 for the Defence Day', () => {
    expect(anniversary('quan-doi-nhan-dan', 2024).ordinal).toBe(80);
    expect(anniversary('quoc-phong-toan-dan', 2024).ordinal).toBe(35);
    expect(anniversary('quoc-phong-toan-dan', 2025).ordinal).toBe(36);
  });

  it('cites Decree 145/2013 for the classification and warns against inferring celebrations', () => {
    const a = anniversary('thi-dua-ai-quoc', 2028);
    expect(a.basis.some((c) => c.instrument === '145/2013/NĐ-CP')).toBe(true);
    expect(a.basis.some((c) => c.instrument === '111/2018/NĐ-CP')).toBe(true);
    expect(a.note.en).toContain('never inferred from arithmetic');
    expect(a.foundingYearTag).toBe('verified');
    expect(anniversary('quoc-te-lao-dong', 2026).foundingYearTag).toBe('unverified');
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('throws for unknown observances, years up to the founding year and observances without one', () => {
    expect(code(() => anniversary('nope', 2020))).toBe('UNKNOWN_OBSERVANCE');
    expect(code(() => anniversary('thi-dua-ai-quoc', 1947))).toBe('BEFORE_FOUNDING');
    expect(code(() => anniversary('thi-dua-ai-quoc', 1948))).toBe('BEFORE_FOUNDING');
    expect(code(() => anniversary('tet-nguyen-dan', 2028))).toBe('NO_FOUNDING_YEAR');
    expect(code(() => anniversary('gio-to-hung-vuong', 2028))).toBe('NO_FOUNDING_YEAR');
    expect(code(() => anniversary('van-hoa-viet-nam', 2028))).toBe('NO_FOUNDING_YEAR');
    expect(code(() => anniversary('thi-dua-ai-quoc', 2201))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => anniversary('thi-dua-ai-quoc', 2021.5))).toBe('INVALID_YEAR');
    try {
      anniversary('thi-dua-ai-quoc', 1940);
    } catch (e) {
      const err = e as TdktError;
      expect(err.issues[0]?.path).toEqual(['year']);
      expect(err.issues[0]?.message.vi).toContain('1948');
      expect(err.issues[0]?.message.en).toContain('1949');
    }
  });

  it('agrees with N = Y − Y0 and the class for every observance and year (property)', () => {
    const founded = OBSERVANCES.filter((o) => o.foundingYear !== undefined);
    fc.assert(
      fc.property(fc.constantFrom(...founded), fc.integer({ min: 1900, max: 2200 }), (o, y) => {
        const y0 = o.foundingYear as number;
        if (y <= y0) {
          expect(code(() => anniversary(o.id, y))).toBe('BEFORE_FOUNDING');
          return;
        }
        const a = anniversary(o.id, y);
        expect(a.ordinal).toBe(y - y0);
        expect(a.roundness).toBe(
          a.ordinal % 10 === 0 ? 'ten' : a.ordinal % 5 === 0 ? 'five' : 'none',
        );
        // Its own label passes the label check.
        const check = checkAnniversaryLabel(a.label.vi);
        expect(check.issues).toEqual([]);
        expect(check.valid).toBe(true);
        expect(check.label?.ordinal).toBe(a.ordinal);
        expect(check.observance).toBe(o.id);
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});

describe('roundnessOf', () => {
  it('classes N', () => {
    expect(roundnessOf(10)).toEqual({ roundness: 'ten', roundnessVi: 'năm tròn' });
    expect(roundnessOf(5)).toEqual({ roundness: 'five', roundnessVi: 'năm lẻ 5' });
    expect(roundnessOf(95)).toEqual({ roundness: 'five', roundnessVi: 'năm lẻ 5' });
    expect(roundnessOf(1)).toEqual({ roundness: 'none', roundnessVi: 'năm khác' });
    expect(roundnessOf(99)).toEqual({ roundness: 'none', roundnessVi: 'năm khác' });
    expect(roundnessOf(100)).toEqual({ roundness: 'ten', roundnessVi: 'năm tròn' });
  });

  it('rejects N that is not a positive integer', () => {
    expect(code(() => roundnessOf(0))).toBe('INVALID_INPUT');
    expect(code(() => roundnessOf(-5))).toBe('INVALID_INPUT');
    expect(code(() => roundnessOf(2.5))).toBe('INVALID_INPUT');
    expect(code(() => roundnessOf('10' as never))).toBe('INVALID_INPUT');
  });
});

describe('anniversariesInYear', () => {
  it('lists the round TĐKT anniversaries of 2028: the 80th of 27/3, 1/6 and 11/6/1948', () => {
    const list = anniversariesInYear(2028, { roundOnly: true, tdkt: true });
    expect(list.map((a) => [a.observance, a.ordinal, a.date])).toEqual([
      ['chi-thi-thi-dua-ai-quoc', 80, '2028-03-27'],
      ['sac-lenh-195', 80, '2028-06-01'],
      ['thi-dua-ai-quoc', 80, '2028-06-11'],
    ]);
  });

  it('roundOnly keeps exactly the multiples of 5', () => {
    const all = anniversariesInYear(2025);
    const round = anniversariesInYear(2025, { roundOnly: true });
    expect(round).toEqual(all.filter((a) => a.ordinal % 5 === 0));
    expect(round.map((a) => `${a.observance}:${a.ordinal}`)).toEqual(
      expect.arrayContaining([
        'thanh-lap-dang:95',
        'giai-phong-mien-nam:50',
        'cach-mang-thang-tam:80',
        'cong-an-nhan-dan:80',
        'toan-dan-bao-ve-an-ninh:20',
        'quoc-khanh:80',
        'thanh-lap-bo-noi-vu:80',
        'mat-tran-to-quoc:95',
      ]),
    );
    expect(round.some((a) => a.observance === 'quoc-phong-toan-dan')).toBe(false); // 36
  });

  it('leaves out observances without a founding year, those founded later, and proposals', () => {
    const ids2010 = anniversariesInYear(2010).map((a) => a.observance);
    expect(ids2010).not.toContain('tet-nguyen-dan');
    expect(ids2010).not.toContain('van-hoa-viet-nam');
    expect(ids2010).not.toContain('phu-nu-viet-nam'); // founded 2010
    expect(ids2010).not.toContain('phap-luat-viet-nam'); // founded 2013
    expect(anniversariesInYear(2011).map((a) => a.observance)).toContain('phu-nu-viet-nam');
    expect(
      anniversariesInYear(2028, { kind: 'major-national-day' }).map((a) => a.observance),
    ).toEqual([
      'thanh-lap-dang',
      'giai-phong-mien-nam',
      'chien-thang-dien-bien-phu',
      'ngay-sinh-chu-tich-ho-chi-minh',
      'cach-mang-thang-tam',
      'quoc-khanh',
    ]);
  });

  it('is sorted by date, then founding year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.boolean(), (y, roundOnly) => {
        const list = anniversariesInYear(y, { roundOnly });
        for (let i = 1; i < list.length; i++) {
          const a = list[i - 1];
          const b = list[i];
          if (!a || !b) continue;
          expect(a.date <= b.date).toBe(true);
          if (a.date === b.date) {
            expect(a.foundingYear <= b.foundingYear).toBe(true);
          }
        }
        for (const a of list) {
          expect(a.ordinal).toBe(y - a.foundingYear);
          expect(a.date.startsWith(`${y}-`)).toBe(true);
          if (roundOnly) expect(a.roundness).not.toBe('none');
        }
      }),
      { seed: 42, numRuns: 120 },
    );
  });

  it('rejects bad years and options', () => {
    expect(code(() => anniversariesInYear(1899))).toBe('YEAR_OUT_OF_RANGE');
    expect(code(() => anniversariesInYear(2028, 'round' as never))).toBe('INVALID_INPUT');
    expect(code(() => anniversariesInYear(2028, { roundOnly: 'yes' as never }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(() => anniversariesInYear(2028, { kind: 'holiday' as never }))).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('observancesInYear', () => {
  it('puts Tết and Giỗ Tổ 2028 on their solar dates, without an anniversary', () => {
    const days = observancesInYear(2028);
    const tet = days.find((d) => d.observance.id === 'tet-nguyen-dan');
    const gioTo = days.find((d) => d.observance.id === 'gio-to-hung-vuong');
    expect(tet?.date).toBe('2028-01-26');
    expect(tet?.anniversary).toBeUndefined();
    expect(gioTo?.date).toBe('2028-04-04');
    expect(days[0]?.observance.id).toBe('tet-duong-lich');
    expect(days[1]?.observance.id).toBe('tet-nguyen-dan');
    expect(days.find((d) => d.observance.id === 'thi-dua-ai-quoc')?.anniversary?.ordinal).toBe(80);
    for (let i = 1; i < days.length; i++) {
      expect((days[i - 1]?.date ?? '') <= (days[i]?.date ?? '')).toBe(true);
    }
  });

  it('leaves proposals out unless asked', () => {
    expect(observancesInYear(2026).some((d) => d.observance.id === 'van-hoa-viet-nam')).toBe(false);
    const culture = observancesInYear(2026, { includeProposed: true }).find(
      (d) => d.observance.id === 'van-hoa-viet-nam',
    );
    expect(culture?.date).toBe('2026-11-24');
    expect(culture?.anniversary).toBeUndefined();
  });

  it('lists the major national days of 2028 in order', () => {
    expect(
      observancesInYear(2028, { kind: 'major-national-day' }).map((d) => [
        d.observance.id,
        d.date,
        d.anniversary?.ordinal,
      ]),
    ).toEqual([
      ['tet-nguyen-dan', '2028-01-26', undefined],
      ['thanh-lap-dang', '2028-02-03', 98],
      ['gio-to-hung-vuong', '2028-04-04', undefined],
      ['giai-phong-mien-nam', '2028-04-30', 53],
      ['chien-thang-dien-bien-phu', '2028-05-07', 74],
      ['ngay-sinh-chu-tich-ho-chi-minh', '2028-05-19', 138],
      ['cach-mang-thang-tam', '2028-08-19', 83],
      ['quoc-khanh', '2028-09-02', 83],
    ]);
  });

  it('beyond the lunar range lists the solar observances only', () => {
    const ids = observancesInYear(2150).map((d) => d.observance.id);
    expect(ids).not.toContain('tet-nguyen-dan');
    expect(ids).toContain('thi-dua-ai-quoc');
  });
});
