import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../core/errors.js';
import { checkAnniversaryLabel, parseAnniversaryLabel, parseAnniversaryLabels } from './label.js';

describe('parseAnniversaryLabel: the variants of the source plans (calendar reference §4)', () => {
  it.each([
    [
      'Lạng Sơn 2013, item 16',
      'Tổ chức phát động đợt thi đua lập thành tích chào mừng kỷ niệm 65 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi Thi đua ái quốc (11/6/1948-11/6/2013)',
      65,
      2013,
    ],
    [
      'Lạng Sơn 2013, §II.6',
      'Hướng tới Kỷ niệm 65 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi Thi đua ái quốc (11/6/1948 - 11/6/2013), các địa phương',
      65,
      2013,
    ],
    [
      'Vĩnh Cửu 2020',
      'Tổ chức các hoạt động chào mừng kỷ niệm 72 năm Ngày Bác Hồ ra lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2020).',
      72,
      2020,
    ],
    [
      'Đồng Tháp 2021',
      'Hướng tới kỷ niệm 73 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2021); trên cơ sở đó',
      73,
      2021,
    ],
  ] as const)('%s', (_plan, text, n, year) => {
    const l = parseAnniversaryLabel(text);
    expect(l).toBeDefined();
    expect(l?.ordinal).toBe(n);
    expect(l?.from).toEqual({ day: 11, month: 6, year: 1948, iso: '1948-06-11' });
    expect(l?.to).toEqual({ day: 11, month: 6, year, iso: `${year}-06-11` });
    expect(l?.observances).toEqual(['thi-dua-ai-quoc']);
    expect(l?.name.toLowerCase()).toContain('kêu gọi thi đua ái quốc');
    const check = checkAnniversaryLabel(text);
    expect(check.valid).toBe(true);
    expect(check.observance).toBe('thi-dua-ai-quoc');
    expect(check.expectedOrdinal).toBe(n);
    expect(check.suggestions).toEqual([]);
  });

  it('accepts NFD input, upper case, "kỉ niệm", en and em dashes, and uneven spaces', () => {
    const nfd =
      'Kỷ niệm 73 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2021)'.normalize(
        'NFD',
      );
    expect(parseAnniversaryLabel(nfd)?.ordinal).toBe(73);
    expect(parseAnniversaryLabel(nfd)?.observances).toEqual(['thi-dua-ai-quoc']);
    expect(
      parseAnniversaryLabel('KỶ NIỆM 67 NĂM NGÀY GIẢI PHÓNG THỦ ĐÔ (10/10/1954 -10/10/2021)'),
    ).toMatchObject({
      ordinal: 67,
      observances: ['giai-phong-thu-do'],
    });
    expect(
      parseAnniversaryLabel('kỉ niệm 67 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2021)')?.to
        .year,
    ).toBe(2021);
    expect(
      parseAnniversaryLabel('kỷ niệm 67 năm Ngày Giải phóng Thủ đô (10/10/1954—10/10/2021)')?.from
        .year,
    ).toBe(1954);
    expect(
      parseAnniversaryLabel('kỷ niệm  67  năm Ngày Giải phóng Thủ đô ( 10/10/1954 đến 10/10/2021 )')
        ?.ordinal,
    ).toBe(67);
  });

  it('reads sector labels without "kỷ niệm" or without a name', () => {
    const l = parseAnniversaryLabel('75 năm (17/9/1947 - 17/9/2022)');
    expect(l).toMatchObject({ ordinal: 75, name: '', observances: [] });
    const check = checkAnniversaryLabel('75 năm (17/9/1947 - 17/9/2022)');
    expect(check.valid).toBe(true);
    expect(check.observance).toBe('vien-huan-chuong'); // by day and founding year
  });

  it('keeps a parenthesis without digits inside the name', () => {
    const l = parseAnniversaryLabel(
      'Lễ kỷ niệm 75 năm Ngày thành lập Viện Huân chương (nay là Ban Thi đua - Khen thưởng Trung ương) (17/9/1947 - 17/9/2022)',
    );
    expect(l?.ordinal).toBe(75);
    expect(l?.name).toBe(
      'Ngày thành lập Viện Huân chương (nay là Ban Thi đua - Khen thưởng Trung ương)',
    );
    expect(l?.observances).toEqual(['vien-huan-chuong']);
  });

  it('returns undefined when there is no label', () => {
    expect(
      parseAnniversaryLabel('Kế hoạch công tác thi đua, khen thưởng năm 2013'),
    ).toBeUndefined();
    expect(parseAnniversaryLabel('')).toBeUndefined();
    expect(parseAnniversaryLabel('kỷ niệm 73 năm (11/6/1948)')).toBeUndefined();
  });

  it('does not swallow a running "N năm" into the name', () => {
    const l = parseAnniversaryLabel(
      'Sau 5 năm thực hiện, hướng tới kỷ niệm 80 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2028)',
    );
    expect(l?.ordinal).toBe(80);
  });
});

describe('parseAnniversaryLabels', () => {
  it('reads joined labels in order, telling 22/12/1944 from 22/12/1989', () => {
    const ls = parseAnniversaryLabels(
      'Kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024) và 35 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2024)',
    );
    expect(ls.map((l) => [l.ordinal, l.from.year, l.observances])).toEqual([
      [80, 1944, ['quan-doi-nhan-dan']],
      [35, 1989, ['quoc-phong-toan-dan']],
    ]);
    expect(parseAnniversaryLabels('nothing here')).toEqual([]);
  });

  it('tells overlapping names apart (Công an nhân dân vs Công an nhân dân vũ trang)', () => {
    expect(
      parseAnniversaryLabel(
        'Kỷ niệm 80 năm Ngày truyền thống Công an nhân dân (19/8/1945 - 19/8/2025)',
      )?.observances,
    ).toEqual(['cong-an-nhan-dan']);
    expect(
      parseAnniversaryLabel(
        'Kỷ niệm 63 năm Ngày truyền thống Bộ đội Biên phòng (3/3/1959 - 3/3/2022)',
      )?.observances,
    ).toEqual(['bo-doi-bien-phong']);
    expect(
      parseAnniversaryLabel('12 năm Ngày Phụ nữ Việt Nam (20/10/2010 - 20/10/2022)')?.observances,
    ).toEqual(['phu-nu-viet-nam']);
    expect(
      parseAnniversaryLabel(
        '92 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2022)',
      )?.observances,
    ).toEqual(['thanh-lap-hoi-phu-nu']);
  });
});

describe('checkAnniversaryLabel', () => {
  it('reports the school banner (36 years from 22/12/1944) and suggests the 1989 Defence Day', () => {
    const r = checkAnniversaryLabel(
      'Kỷ niệm 36 năm ngày hội Quốc phòng toàn dân (22/12/1944 - 22/12/2025)',
    );
    expect(r.valid).toBe(false);
    expect(r.expectedOrdinal).toBe(81);
    expect(r.observance).toBe('quoc-phong-toan-dan');
    expect(r.issues.map((i) => i.code)).toEqual(['ORDINAL_MISMATCH', 'FOUNDING_MISMATCH']);
    expect(r.issues[0]?.message.vi).toContain('2025 − 1944 = 81');
    expect(r.suggestions.map((s) => [s.observance, s.foundingYear])).toEqual([
      ['quoc-phong-toan-dan', 1989],
      ['quan-doi-nhan-dan', 1944],
    ]);
    expect(r.suggestions[0]?.label.vi).toBe(
      'Kỷ niệm 36 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2025)',
    );
    expect(r.suggestions[1]?.label.vi).toBe(
      'Kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025)',
    );
  });

  it('accepts the correct labels of the calendar reference', () => {
    for (const text of [
      '63 năm Ngày truyền thống Bộ đội Biên phòng (3/3/1959 - 3/3/2022)',
      '33 năm Ngày Biên phòng toàn dân (3/3/1989 - 3/3/2022)',
      '95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026)',
      '76 năm Ngày Thương binh - Liệt sĩ (27/7/1947-27/7/2023)',
      'kỷ niệm 80 năm Ngày thành lập Bộ Nội vụ (28/8/1945 - 28/8/2025)',
      '43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025)',
      '79 năm Ngày Toàn quốc kháng chiến (19/12/1946-19/12/2025)',
      '95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930-18/11/2025)',
    ]) {
      const r = checkAnniversaryLabel(text);
      expect(r.issues, text).toEqual([]);
      expect(r.valid, text).toBe(true);
    }
  });

  it('a right number with the wrong founding year is still wrong for the named day', () => {
    const r = checkAnniversaryLabel(
      'Kỷ niệm 81 năm Ngày hội Quốc phòng toàn dân (22/12/1944 - 22/12/2025)',
    );
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['FOUNDING_MISMATCH']);
    expect(r.suggestions[0]?.observance).toBe('quoc-phong-toan-dan');
  });

  it('reports impossible dates, mismatched day/month and a name on the wrong day', () => {
    expect(
      checkAnniversaryLabel('Kỷ niệm 5 năm X (30/2/2020 - 30/2/2025)').issues.map((i) => i.code),
    ).toEqual(['INVALID_DATE', 'INVALID_DATE']);
    expect(
      checkAnniversaryLabel('Kỷ niệm 5 năm X (1/2/2020 - 2/2/2025)').issues.map((i) => i.code),
    ).toEqual(['DATE_MISMATCH']);
    expect(
      checkAnniversaryLabel(
        'Kỷ niệm 73 năm Ngày Bác Hồ ra lời kêu gọi thi đua ái quốc (1/6/1948 - 1/6/2021)',
      ).issues.map((i) => i.code),
    ).toEqual(['OBSERVANCE_DATE_MISMATCH']);
  });

  it('labels of unknown days are checked by arithmetic only', () => {
    const ok = checkAnniversaryLabel('Kỷ niệm 50 năm thành lập trường (5/9/1975 - 5/9/2025)');
    expect(ok.valid).toBe(true);
    expect(ok.observance).toBeUndefined();
    expect(
      checkAnniversaryLabel('Kỷ niệm 51 năm thành lập trường (5/9/1975 - 5/9/2025)').issues.map(
        (i) => i.code,
      ),
    ).toEqual(['ORDINAL_MISMATCH']);
  });

  it('says NO_LABEL when there is none, and throws only for non-strings', () => {
    const r = checkAnniversaryLabel('Chào mừng năm mới');
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['NO_LABEL']);
    for (const bad of [undefined, null, 42, {}, ['x']]) {
      try {
        checkAnniversaryLabel(bad as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(TdktError);
        expect((e as TdktError).code).toBe('INVALID_INPUT');
        expect((e as TdktError).issues[0]?.path).toEqual(['text']);
      }
    }
  });

  it('never throws on any string (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc
            .tuple(
              fc.nat(300),
              fc.string({ maxLength: 30 }),
              fc.nat(40),
              fc.nat(14),
              fc.nat(3000),
              fc.nat(3000),
            )
            .map(
              ([n, name, d, m, y0, y]) =>
                `kỷ niệm ${n} năm ${name} (${d}/${m}/${y0} - ${d}/${m}/${y})`,
            ),
        ),
        (text) => {
          const r = checkAnniversaryLabel(text);
          expect(typeof r.valid).toBe('boolean');
          if (r.valid) expect(r.label?.ordinal).toBe(r.expectedOrdinal);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});
