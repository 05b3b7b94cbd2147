import { defineParameter, type Parameter } from '../parameters.js';

/**
 * `POSTING_WORKING_DAYS`: public posting ("niêm yết, công khai") of the nominees for
 * state-level honours at the ministry or province before its council meets, in working days.
 * `null` = posting required without a fixed period (under Decree 91/2017 the Ministry of Justice
 * used 5 working days).
 * @internal
 */
export const POSTING_WORKING_DAYS: Parameter<number | null> = /* @__PURE__ */ defineParameter<
  number | null
>({
  id: 'POSTING_WORKING_DAYS',
  description: {
    vi: 'Số ngày làm việc niêm yết công khai danh sách đề nghị khen thưởng cấp Nhà nước trước khi Hội đồng thi đua, khen thưởng họp',
    en: 'Working days of public posting of state-level nominees before the emulation and commendation council meets',
  },
  unit: 'working days',
  values: [
    {
      from: '2017-10-01',
      value: null,
      basis: [
        {
          instrument: '91/2017/NĐ-CP',
          article: 45,
          clause: 10,
          url: 'https://moj.gov.vn/qt/thongbao/Pages/thong-bao.aspx?ItemID=1471',
          confidence: 'confirmed',
        },
      ],
      confidence: 'confirmed',
      note: 'Posting required, no fixed period; the Ministry of Justice posted for 5 working days.',
    },
    {
      from: '2024-01-01',
      value: 10,
      basis: [
        {
          instrument: '98/2023/NĐ-CP',
          article: 46,
          clause: 2,
          url: 'https://vietnam.vn/?p=1196536',
          confidence: 'confirmed',
        },
      ],
      confidence: 'confirmed',
    },
    {
      from: '2025-07-01',
      value: 10,
      basis: [
        {
          instrument: '152/2025/NĐ-CP',
          article: 44,
          clause: 2,
          url: 'https://thongtin.vietnam.vn/xin-y-kien-xet-phong-tang-danh-hieu-anh-hung-luc-luong-vu-trang-nhan-dan',
          confidence: 'unconfirmed',
          note: 'Seen applied to an AHLLVTND nominee list; whether this clause is the ministry/province posting or the Ministry of Home Affairs posting is unconfirmed.',
        },
      ],
      confidence: 'unconfirmed',
    },
  ],
});

/**
 * `POSTING_HERO_WORKING_DAYS`: posting of "Anh hùng" nominees by the Ministry of Home Affairs
 * (Ban Thi đua – Khen thưởng Trung ương) for public comment, in working days.
 * @internal
 */
export const POSTING_HERO_WORKING_DAYS: Parameter<number | null> = /* @__PURE__ */ defineParameter<
  number | null
>({
  id: 'POSTING_HERO_WORKING_DAYS',
  description: {
    vi: 'Số ngày làm việc lấy ý kiến Nhân dân (niêm yết) đối với đề nghị tặng danh hiệu Anh hùng',
    en: 'Working days of public consultation (posting) on "Hero" nominees',
  },
  unit: 'working days',
  values: [
    {
      from: '2024-01-01',
      value: 10,
      basis: [
        {
          instrument: '98/2023/NĐ-CP',
          article: 46,
          clause: 1,
          url: 'http://banthiduakhenthuongtw.gov.vn/noi-dung/53226/Lay-ý-kien-Nhan-dan-doi-voi-ca-nhan-de-nghi-tang-danh-hieu-“Anh-hung-Lao-dong”',
          confidence: 'confirmed',
        },
      ],
      confidence: 'confirmed',
    },
  ],
});

/**
 * `PUBLIC_HOLIDAY_TET_DAYS`: paid days off for Tết Âm lịch; the Prime Minister picks which days
 * each year (Labour Code 2019 Đ112 k3).
 * @internal
 */
export const PUBLIC_HOLIDAY_TET_DAYS: Parameter<number> = /* @__PURE__ */ defineParameter<number>({
  id: 'PUBLIC_HOLIDAY_TET_DAYS',
  description: { vi: 'Số ngày nghỉ Tết Âm lịch', en: 'Days off for the Lunar New Year' },
  unit: 'days',
  values: [
    {
      from: '2013-05-01',
      value: 5,
      basis: [{ instrument: '10/2012/QH13', article: 115, clause: 1, confidence: 'unconfirmed' }],
      confidence: 'unconfirmed',
      note: 'Labour Code 2012, recalled; no source text checked.',
    },
    {
      from: '2021-01-01',
      value: 5,
      basis: [
        {
          instrument: '45/2019/QH14',
          article: 112,
          clause: 1,
          point: 'b',
          confidence: 'confirmed',
        },
      ],
      confidence: 'confirmed',
    },
  ],
});

/**
 * `PUBLIC_HOLIDAY_NATIONAL_DAY_DAYS`: paid days off for National Day: 2/9 alone until 2020; 2/9
 * plus one adjacent day, before or after, from 2021 (the Prime Minister picks it).
 * @internal
 */
export const PUBLIC_HOLIDAY_NATIONAL_DAY_DAYS: Parameter<number> =
  /* @__PURE__ */ defineParameter<number>({
    id: 'PUBLIC_HOLIDAY_NATIONAL_DAY_DAYS',
    description: { vi: 'Số ngày nghỉ lễ Quốc khánh', en: 'Days off for National Day' },
    unit: 'days',
    values: [
      {
        from: '2013-05-01',
        value: 1,
        basis: [{ instrument: '10/2012/QH13', article: 115, clause: 1, confidence: 'unconfirmed' }],
        confidence: 'unconfirmed',
        note: 'Labour Code 2012, recalled; no source text checked.',
      },
      {
        from: '2021-01-01',
        value: 2,
        basis: [
          {
            instrument: '45/2019/QH14',
            article: 112,
            clause: 1,
            point: 'đ',
            confidence: 'confirmed',
          },
        ],
        confidence: 'confirmed',
      },
    ],
  });

/**
 * Thresholds of the workdays module, each with its citation and confidence.
 * @internal
 */
export const WORKDAYS_PARAMETERS: readonly Parameter[] = [
  POSTING_WORKING_DAYS,
  POSTING_HERO_WORKING_DAYS,
  PUBLIC_HOLIDAY_TET_DAYS,
  PUBLIC_HOLIDAY_NATIONAL_DAY_DAYS,
] as readonly Parameter[];
