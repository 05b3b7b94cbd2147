import type { WorkYear } from './types.js';

/**
 * The announced schedules of Vietnam's days off, 2020–2026 (civil servants, Saturday and Sunday
 * weekly rest). Days the rules produce identically (fixed holidays, compensatory days by Labour
 * Code Đ111 k3) are not repeated here; they are still checked by the tests. A field left out
 * falls back to the rules and its days are marked `estimated`.
 *
 * Add a year: append an entry (the Government usually announces the next year in Oct–Dec), or
 * pass it to `createWorkCalendar({ years: [...] })` without changing the library.
 * @internal
 */
export const VN_WORK_YEAR_DATA: readonly WorkYear[] = [
  {
    year: 2020,
    tetDaysOff: ['2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29'],
    nationalDayExtra: [],
    swaps: [],
    sources: [
      {
        topic: 'Tết: 23/1–29/1/2020 (29 tháng Chạp Kỷ Hợi – mùng 5)',
        reference: 'Sở Công Thương Đắk Lắk, 07/01/2020',
        url: 'https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2',
        confidence: 'secondary',
      },
    ],
    note: 'Labour Code 2012: National Day is 2/9 only. No swap found for 2020 (not searched exhaustively).',
  },
  {
    year: 2021,
    tetDaysOff: ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16'],
    nationalDayExtra: ['2021-09-03'],
    swaps: [],
    sources: [
      {
        topic: 'Tết 10/2–16/2 (nghỉ bù mùng 2, mùng 3 on 15–16/2); 3/5 for 1/5; 3/9',
        reference: 'Company holiday list 2021 (matches python-holidays, MIT)',
        url: 'https://quangtrungcorp.vn/lien-he/',
        confidence: 'secondary',
      },
    ],
  },
  {
    year: 2022,
    tetDaysOff: ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'],
    nationalDayExtra: ['2022-09-01'],
    swaps: [],
    sources: [
      {
        topic: 'Tết: 5 days plus the weekends before and after (29/1–6/2/2022)',
        reference: 'Công văn 245/VPCP-KGVX (11/01/2022)',
        url: 'https://kinhtemoitruong.vn./nghi-82743.tag',
        confidence: 'secondary',
      },
      {
        topic: 'Giỗ Tổ 10/4 (Sunday) → 11/4; 30/4 and 1/5 (weekend) → 2/5, 3/5',
        reference: 'VietnamPlus infographic, 05/04/2022',
        url: 'https://qbtv.vn/portal/pages/2022-4-5/lich-nghi-le-gio-to-hung-vuong-dip-30-4-va-1-5-23773.aspx',
        confidence: 'secondary',
      },
      {
        topic: 'Quốc khánh 1/9–2/9/2022',
        reference: 'Company holiday notice 2022',
        url: 'https://scon.com.vn/vi/cac-ngay-nghi-le-trong-nam-2022/',
        confidence: 'secondary',
      },
    ],
  },
  {
    year: 2023,
    tetDaysOff: ['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26'],
    nationalDayExtra: ['2023-09-01'],
    swaps: [],
    sources: [
      {
        topic:
          'Tết 7 days (20/1–26/1), 1/1 3 days (nghỉ bù 2/1), Giỗ Tổ + 30/4–1/5 5 days (29/4–3/5), Quốc khánh 4 days (1/9–4/9)',
        reference: 'Dân trí, via phunusuckhoe24h.com',
        url: 'http://phunusuckhoe24h.com/19-ngay-nghi-nam-2023-phan-bo-the-nao-856.html',
        confidence: 'secondary',
      },
      {
        topic: '2/9/2023 on a Saturday → Monday 4/9 off',
        reference: 'THCS Lộc Khánh notice',
        url: 'http://thcslockhanh.locninh.edu.vn/tin-tuc-thong-bao/tin-tuc-tu-phong',
        confidence: 'secondary',
      },
    ],
  },
  {
    year: 2024,
    tetDaysOff: ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'],
    nationalDayExtra: ['2024-09-03'],
    swaps: [{ off: '2024-04-29', worked: '2024-05-04' }],
    sources: [
      {
        topic: 'Swap: Monday 29/4 off, Saturday 4/5 worked (27/4–1/5, 5 days)',
        reference: 'Công văn 2450/VPCP-KGVX ngày 12/4/2024',
        url: 'https://xaydungchinhsach.chinhphu.vn/nguoi-lao-dong.html',
        confidence: 'verified',
      },
      {
        topic: 'Quốc khánh 31/8–3/9/2024 (2/9 and 3/9)',
        reference: 'Đài PT-TH Bình Thuận',
        url: 'http://m.btv.org.vn/tin-tuc/le-quoc-khanh-29-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tiep-95086.html',
        confidence: 'secondary',
      },
      {
        topic: 'Tết 8/2–14/2/2024',
        confidence: 'unverified',
      },
    ],
    note: 'The Tết days are those of the rules (and of python-holidays); no announcement was read.',
  },
  {
    year: 2025,
    tetDaysOff: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    nationalDayExtra: ['2025-09-01'],
    swaps: [{ off: '2025-05-02', worked: '2025-04-26' }],
    sources: [
      {
        topic: 'Tết 27/1–31/1/2025 (28 tháng Chạp – mùng 3); Quốc khánh 30/8–2/9 (1/9 and 2/9)',
        reference: 'Znews; tet-amlich.com',
        url: 'https://znews.vn/nguoi-lao-dong-duoc-nghi-22-ngay-le-tet-trong-nam-2025-post1513989.html',
        confidence: 'secondary',
      },
      {
        topic: 'Swap: Friday 2/5 off, Saturday 26/4 worked',
        reference: 'VietnamPlus, via tracuuquyhoach.com',
        confidence: 'secondary',
      },
    ],
  },
  {
    year: 2026,
    tetDaysOff: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    swaps: [{ off: '2026-01-02', worked: '2026-01-10' }],
    sources: [
      {
        topic: 'Tết 16/2–20/2/2026 (29 tháng Chạp Ất Tỵ – mùng 4), 14–22/2 with the weekends',
        reference: 'VNews, 17/10/2025; Báo Công an TP.HCM',
        url: 'https://vietnammedia.vnanet.vn/video/lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-165342.htm',
        confidence: 'secondary',
      },
      {
        topic: 'Tết Dương lịch 1/1–4/1/2026: Friday 2/1 off, Saturday 10/1 worked',
        reference: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025',
        url: 'https://www.collector.com.tr//965292743',
        confidence: 'secondary',
      },
      {
        topic: 'Giỗ Tổ 26/4 (Sunday) → Monday 27/4 off',
        reference: 'Thanh Niên, 23/02/2026',
        url: 'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm',
        confidence: 'secondary',
      },
    ],
    note: 'Quốc khánh 2026 not confirmed: the Ministry of Home Affairs proposed 5 days off; until the decision is added, the adjacent day follows the rule (Tuesday 1/9) and is marked estimated.',
  },
];
