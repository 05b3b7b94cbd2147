import { defineParameter, type Parameter } from '../parameters.js';

/**
 * Anniversary classes of Nghị định 145/2013/NĐ-CP: an anniversary number N is a "năm tròn"
 * when N is a multiple of `ten`, a "năm lẻ 5" when it is a multiple of `five` (and not of
 * `ten`), otherwise a "năm khác". The decree's Art. 3 definitions were not read in the
 * official text; a law-portal summary glosses "năm lẻ 5" as "năm có chữ số cuối cùng là 5".
 * @internal
 */
export const ANNIVERSARY_ROUND: Parameter<{ readonly ten: number; readonly five: number }> =
  /* @__PURE__ */ defineParameter({
    id: 'ANNIVERSARY_ROUND',
    description: {
      vi: 'Năm tròn (số năm kỷ niệm chia hết cho 10) và năm lẻ 5 (chia hết cho 5) theo Nghị định 145/2013/NĐ-CP',
      en: 'Round anniversaries ("năm tròn", N divisible by 10) and half-round ones ("năm lẻ 5", N divisible by 5) in the terms of Decree 145/2013',
    },
    unit: 'years',
    values: [
      {
        from: '2013-12-16',
        value: { ten: 10, five: 5 },
        basis: [
          {
            instrument: '145/2013/NĐ-CP',
            article: 4,
            confidence: 'confirmed',
            note: 'Art. 4 lists the 7 "ngày lễ lớn"; Arts. 5–11 set each programme by "năm tròn", "năm lẻ 5", "năm khác" (calendar.md §3.1: [verified] for Art. 4 and the clause-1 wording of Art. 6).',
          },
          {
            instrument: '145/2013/NĐ-CP',
            article: 6,
            confidence: 'secondary',
            note: 'A law-portal summary of Art. 6 glosses "Năm lẻ 5 là năm có chữ số cuối cùng là 5"; "năm tròn" = last digit 0 by symmetry. Art. 3 text not read [verify].',
          },
          {
            instrument: '111/2018/NĐ-CP',
            article: 4,
            clause: 3,
            confidence: 'secondary',
            note: 'Founding and tradition days: a ceremony ("lễ kỷ niệm") only in "năm tròn"; Art. 9 k.2: other years only propaganda, emulation and similar activities. Its own definition of "năm tròn" [verify].',
          },
        ],
        confidence: 'secondary',
        note: 'The digit is that of the anniversary number N (2025 = 50th of 30/4/1975 = năm tròn). Applied retrospectively to years before the decree entered into force, as a classification only.',
      },
    ],
  });

/**
 * Length in years of a TĐKT "giai đoạn" (the 5-year stage between two National Congresses of
 * Patriotic Emulation since 2000): stage(year) = [L·floor((year−1)/L)+1, +L−1].
 * @internal
 */
export const STAGE_LENGTH_YEARS: Parameter<number> = /* @__PURE__ */ defineParameter({
  id: 'STAGE_LENGTH_YEARS',
  description: {
    vi: 'Độ dài một giai đoạn thi đua (năm), khớp chu kỳ Đại hội Thi đua yêu nước toàn quốc từ năm 2000',
    en: 'Length in years of a TĐKT stage ("giai đoạn"), matching the National Emulation Congress cycle since 2000',
  },
  unit: 'years',
  values: [
    {
      from: '2000-01-01',
      value: 5,
      basis: [
        {
          instrument: '12/KH-UBND',
          confidence: 'plan-text',
          url: 'http://www.langson.gov.vn/ubnd/node/12416',
          note: 'Lạng Sơn, 24/01/2013: "phong trào thi đua yêu nước giai đoạn 2011 - 2015"; Vĩnh Cửu 2020: "kế hoạch 5 năm (2016-2020)".',
        },
      ],
      confidence: 'inference',
      note: 'Congresses VI–XI (2000, 2005, 2010, 2015, 2020, 2025) each review the 5-year stage ending that year (calendar.md §5–§6). Not every "giai đoạn" in a plan is this stage (e.g. "giai đoạn 2011 - 2020", "giai đoạn 2020 - 2025").',
    },
  ],
});

/**
 * First day (`MM-DD`) of the school year ("năm học") used to bucket dates into school years.
 * The official framework changes every year (2025–2026: schools open 5/9/2025, the year ends
 * before 31/5/2026); the default bucket is 1/9–31/8.
 * @internal
 */
export const SCHOOL_YEAR_START: Parameter<string> = /* @__PURE__ */ defineParameter({
  id: 'SCHOOL_YEAR_START',
  description: {
    vi: 'Ngày bắt đầu năm học (MM-DD) dùng để xếp một ngày vào năm học; mặc định 1/9 – 31/8',
    en: 'First day (MM-DD) of the school year used to bucket dates; default 1 September – 31 August',
  },
  unit: 'month-day',
  values: [
    {
      from: '2000-01-01',
      value: '09-01',
      basis: [
        {
          instrument: '2269/QĐ-BGDĐT',
          confidence: 'secondary',
          url: 'https://www.vietnamplus.vn/ky-thi-tot-nghiep-thpt-nam-2026-du-kien-dien-ra-ngay-11-va-126-post1055202.vnp',
          note: 'Framework for 2025–2026 (11/8/2025): opening 5/9/2025, the school year ends before 31/5/2026, intake finished before 31/7/2026.',
        },
      ],
      confidence: 'inference',
      note: 'A bucket, not a legal date: every official framework falls inside 1/9–31/8 (calendar.md §6).',
    },
  ],
});

/**
 * Thresholds of the calendar module, each with its citation and confidence.
 *
 * `SCHOOL_YEAR_START` is not listed: the eligibility parameters already register a parameter
 * of that id with the same value ('09-01', inference), and the registry refuses duplicate ids.
 * The calendar keeps its own definition above for its periods; a test checks that both agree.
 * @internal
 */
export const CALENDAR_PARAMETERS: readonly Parameter[] = [
  ANNIVERSARY_ROUND as Parameter,
  STAGE_LENGTH_YEARS as Parameter,
];
