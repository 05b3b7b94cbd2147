import type { Citation, Confidence } from '../citation.js';
import type { Parameter, ParameterValue } from '../parameters.js';

const L2003 = '15/2003/QH11';
const L2013 = '39/2013/QH13';
const L2022 = '06/2022/QH15';
const ND65 = '65/2014/NĐ-CP';
const ND91 = '91/2017/NĐ-CP';
const TT08 = '08/2017/TT-BNV';
const TT01 = '01/2024/TT-BNV';
const TT15 = '15/2025/TT-BNV';
const ND90 = '90/2020/NĐ-CP';

/** Where each value was read (public pages quoting the instrument; see domain/criteria.md). */
const SRC = {
  hfic: 'https://dangbo-doanthe.hfic.vn/chi-tiet-bai-viet/449/100/Tin-Cong-doan/Nghi-40-ngay-lam-viec-tro-len-van-duoc-xet-Lao-dong-tien-tien-',
  newHire2024:
    'https://phapluatvacuocsong.vn/khong-xet-tang-danh-hieu-lao-dong-tien-tien-doi-voi-cac-ca-nhan-moi-tuyen-dung-duoi-06-thang-a74072.html',
  laoCai: 'http://laocai.edu.vn/?pageid=100257&qid=76381',
  ldtt2003:
    'https://thuvienphapluat.vn/phap-luat/co-phai-lao-dong-da-nghi-huu-roi-la-se-mac-nhien-duoc-xet-tang-danh-hieu-lao-dong-tien-tien-hay-kho-3923.html',
  tt08: 'https://baomoi.com/chua-xet-khen-thuong-cho-cong-chuc-co-don-khieu-nai-to-cao/c/24174170.epi',
  clock: 'http://baomoi.net.vn/cach-tinh-thanh-tich-xet-tang-bang-khen-cua-thu-tuong-c49115102.epi',
  cstdcs2017:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/45A9C-hd-tieu-chuan-de-xet-tang-danh-hieu-chien-si-thi-dua-co-so.html',
  cstdcs2024: 'https://laodong.vn/ban-doc/tieu-chuan-chien-si-thi-dua-co-so-tu-112024-1283391.ldo',
  cstdBt2024:
    'http://118.69.84.238:801/phap-luat/xet-tang-chien-si-thi-dua-cap-tinh-can-co-dieu-kien-ve-thanh-tich-nhu-the-nao-danh-hieu-thi-dua-doi-534745-164752.html',
  cstdBt2017: 'http://tdkt.toaan.gov.vn/portal/page/portal/tdkt/Gioithieu/67987125/67987711',
  cstdtq2024:
    'https://lawnet.vn/thong-tin-phap-luat/khac/tieu-chuan-danh-hieu-chien-si-thi-dua-toan-quoc-tu-2024-103164.html',
  cstdtq2017:
    'http://pa.hcmup.edu.vn/index.php?view=article&catid=2996%3Avn-bn-hng-dn&id=6944%3Adanh-hiu-chin-s-thi-ua-toan-quoc&tmpl=component&print=1&layout=default&page=&option=com_content&lang=vi&site=0',
  ttldtt2017: 'http://thiduakhenthuong.langson.gov.vn/en/hinhthucs/tap-lao-dong-tien-tien',
  ttldtt2024ref:
    'http://118.69.201.250:801/phap-luat/tieu-chuan-doi-tuong-xet-tang-danh-hieu-tap-the-lao-dong-tien-tien-trong-pham-vi-chuc-nang-nhiem-vu-186664-178190.html',
  ttldxs2024: 'https://stp.thuathienhue.gov.vn/?gd=12&cn=28&tc=9123',
  ttldxs2017: 'http://222.255.252.36/Default.aspx?Mod=ViewCategory&CateID=294',
  ttldxsNoDiscipline:
    'https://thukyluat.vn/news/diem-tin-van-ban/tieu-chuan-danh-hieu-tap-the-lao-dong-xuat-sac-trong-nganh-xd-61690.html',
  coCp2017:
    'https://nganhangphapluat.thukyluat.vn/tu-van-phap-luat/bo-may-hanh-chinh/danh-hieu-%E2%80%9Cco-thi-dua-cua-chinh-phu%E2%80%9D-co-xet-tang-cho-ca-nhan-khong-347814',
  coCp2024:
    'https://lawnet.vn/en/laws/tap-the-phai-dat-duoc-nhung-tieu-chuan-dieu-kien-nao-de-duoc-xet-tang-danh-hieu-co-thi-dua-cac-cap-22767.html',
  bkBt2024:
    'https://chinhsachonline.chinhphu.vn/tieu-chuan-de-nghi-xet-tang-bang-khen-cua-bo-nganh-77204.htm',
  bkTtg2024:
    'https://phunuquandoi.vn/chinh-sach-bhxh-bhyt/dieu-kien-duoc-xet-tang-bang-khen-cua-thu-tuong-chinh-phu',
  bkTtg2013:
    'https://nganhangphapluat.lawnet.vn/tu-van-phap-luat/bo-may-hanh-chinh/tieu-chuan-de-nghi-bang-khen-thu-tuong-chinh-phu-1-16932',
  bkTtgK2:
    'https://godau.tayninh.gov.vn/vi/news/pho-bien-phap-luat/cong-nhan-nong-dan-dap-ung-tieu-chuan-gi-de-duoc-tang-bang-khen-cua-thu-tuong-chinh-phu-3088.html',
  hcld3_2024:
    'https://news.laodong.vn/thoi-su/bo-noi-vu-noi-ve-tieu-chuan-xet-huan-chuong-lao-dong-hang-ba-1467558.ldo',
  hcld3_2017:
    'http://118.69.201.250:801/phap-luat/ca-nhan-hoan-thanh-xuat-sac-nhiem-vu-tu-2012--2019-co-du-dieu-kien-ve-thoi-gian-de-xet-khen-thuong--9533.html',
  hcld3col2017:
    'https://baoninhthuan.com.vn/news/51685p155c159/giai-dap-phap-luat-ve-thi-dua-khen-thuong.htm',
  hcldK2:
    'https://thuvienphapluat.vn/phap-luat/dieu-kien-de-cong-nhan-nong-dan-duoc-tang-huan-chuong-lao-dong-hang-ba-mau-huan-chuong-lao-dong-han-213764-178092.html',
  hcld2_2024:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/83A0204-hd-ai-duoc-tang-huan-chuong-lao-dong-hang-2-muc-tien-thuong-la-bao-nhieu.html',
  hcld1_2013:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/4040F-hd-tieu-chuan-xet-tang-huan-chuong-lao-dong-hang-nhat.html',
  g5: 'https://cpdanluat.thuvienphapluat.vn/Forums/ShowPosts.aspx?PostID=520643',
  tt22bct:
    'http://tintuc.thuvienphapluat.com/thoi-su-phap-luat/chinh-sach-moi/56715/quy-dinh-moi-ve-tieu-chuan-xet-tang-danh-hieu-lao-dong-tien-tien-nganh-cong-thuong',
} as const;

function cite(
  instrument: string,
  confidence: Confidence,
  at: { article?: number; clause?: number; point?: string; url?: string; note?: string } = {},
): Citation {
  return { instrument, confidence, ...at };
}

function val<T>(
  from: string,
  value: T,
  confidence: Confidence,
  basis: Citation[],
  note?: string,
): ParameterValue<T> {
  return note === undefined
    ? { from, value, confidence, basis }
    : { from, value, confidence, basis, note };
}

function param<T>(
  id: string,
  unit: string,
  vi: string,
  en: string,
  values: ParameterValue<T>[],
): Parameter<T> {
  return { id, unit, description: { vi, en }, values };
}

/** First day of each regime's values. */
const R2017 = '2017-10-01';
const R2024 = '2024-01-01';
const R2025 = '2025-07-01';

/**
 * A ratio threshold compared with exact integers: `strict` ⇒ `k·denominator > numerator·n`,
 * otherwise `k·denominator ≥ numerator·n` (criteria.md §G9).
 * @internal
 */
export interface RatioThreshold {
  readonly numerator: number;
  readonly denominator: number;
  readonly strict: boolean;
}

const HALF_STRICT: RatioThreshold = { numerator: 1, denominator: 2, strict: true };
const SEVENTY: RatioThreshold = { numerator: 7, denominator: 10, strict: false };
const ALL: RatioThreshold = { numerator: 1, denominator: 1, strict: false };

/**
 * Thresholds of the eligibility rules (criteria.md §9). Each value cites its instrument and
 * carries its confidence; `unconfirmed` values reach the verdict as such. Rule code refers to
 * these ids only: no legal threshold is a literal in a rule.
 * @internal
 */
export const ELIGIBILITY_PARAMETERS: readonly Parameter[] = [
  // ───────────────────────── general (criteria.md §G) ─────────────────────────
  param(
    'STREAK_CONSUMPTION',
    'mode',
    'Một chuỗi thành tích đã dùng để tặng một danh hiệu có được dùng lại cho lần tặng tiếp theo cùng danh hiệu không: "disjoint" (không, các khối rời nhau) hoặc "sliding" (có, cửa sổ trượt)',
    'Whether periods used for an award can support the next award of the same honour: "disjoint" (no: disjoint blocks) or "sliding" (yes)',
    [
      val(R2017, 'disjoint', 'inference', [
        cite(L2022, 'confirmed', {
          article: 5,
          clause: 2,
          url: 'https://vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2022/chuong-ii-761.html',
          note: 'Không khen thưởng nhiều lần cho một thành tích (applies from 2024); the disjoint reading of streaks is an inference (criteria.md §G1, §G3)',
        }),
        cite(TT08, 'confirmed', {
          url: SRC.tt08,
          note: 'achievements already used cannot be summed again (criteria.md §G3)',
        }),
      ]),
    ],
  ),
  param(
    'CLOCK_FALLBACK',
    'mode',
    'Khi quyết định khen thưởng trước không ghi thời gian thành tích, thời điểm tính thành tích lần sau bắt đầu từ kỳ bắt đầu sau ngày quyết định ("PERIODS_STARTING_AFTER_DECISION") hay từ kỳ kết thúc sau ngày quyết định ("PERIODS_ENDING_AFTER_DECISION")',
    'When the previous decision states no achievement period, the next-award window starts with the first period starting after the decision date, or with the first period ending after it',
    [
      val(
        R2017,
        'PERIODS_STARTING_AFTER_DECISION',
        'inference',
        [
          cite(TT08, 'confirmed', {
            url: SRC.tt08,
            note: 'the fallback to the decision date is stated; whether the period containing it counts is not',
          }),
        ],
        'Conservative default (criteria.md §G2).',
      ),
      val(
        R2024,
        'PERIODS_STARTING_AFTER_DECISION',
        'inference',
        [
          cite('98/2023/NĐ-CP', 'confirmed', {
            article: 30,
            clause: 9,
            url: SRC.clock,
            note: 'first half confirmed verbatim; the fallback half is truncated in the page',
          }),
        ],
        'Conservative default (criteria.md §G2).',
      ),
    ],
  ),
  param(
    'SCHOOL_YEAR_START',
    'month-day',
    'Ngày bắt đầu năm học (MM-DD) khi kỳ đánh giá là năm học; năm học kết thúc vào ngày liền trước ngày này của năm sau',
    'First day (MM-DD) of a school year when the assessment period is a school year; it ends the day before that date of the next year',
    [
      val(
        R2017,
        '09-01',
        'inference',
        [
          cite('22/2023/TT-BCT', 'confirmed', {
            article: 3,
            url: SRC.tt22bct,
            note: 'LĐTT may be assessed at the end of the school year; the exact boundary is not stated',
          }),
        ],
        'A school year is taken as 1 September to 31 August so that consecutive school years leave no gap.',
      ),
    ],
  ),
  param(
    'EXCELLENT_RATING',
    'rating',
    'Mức xếp loại "hoàn thành xuất sắc nhiệm vụ" dùng trong các tiêu chuẩn',
    'The rating "completed duties excellently" used by the criteria',
    [
      val(R2017, 'HTXSNV', 'confirmed', [
        cite(ND90, 'confirmed', {
          note: 'the four annual grades of officials and public employees',
        }),
      ]),
    ],
  ),

  // ───────────────────────── LĐTT / CSTT (criteria.md §1.1) ─────────────────────────
  {
    id: 'LDTT_NEW_HIRE_MIN_MONTHS',
    description: {
      vi: 'Người mới tuyển dụng có thời gian công tác dưới mức này trong kỳ không được xét Lao động tiên tiến / Chiến sĩ tiên tiến',
      en: 'New hires with fewer months than this in the period are not considered for LĐTT / CSTT',
    },
    unit: 'months',
    values: [
      {
        from: R2017,
        value: 10,
        basis: [{ instrument: ND91, url: SRC.hfic, confidence: 'confirmed' }],
        confidence: 'confirmed',
      },
      {
        from: R2024,
        value: 6,
        basis: [{ instrument: TT01, url: SRC.newHire2024, confidence: 'confirmed' }],
        confidence: 'confirmed',
        note: 'How months are counted is not stated; the library counts whole calendar months from the hire date to the day after the period ends.',
      },
      {
        from: R2025,
        value: 6,
        basis: [
          {
            instrument: TT15,
            confidence: 'unconfirmed',
            note: 'TT 15/2025/TT-BNV is believed to replace TT 01/2024 [secondary]; the value under it is not confirmed',
          },
        ],
        confidence: 'unconfirmed',
        note: 'Carried over from TT 01/2024/TT-BNV; months counted as under VN-2024.',
      },
    ],
  },
  {
    id: 'LDTT_MIN_RATING',
    description: {
      vi: 'Mức xếp loại tối thiểu để xét Lao động tiên tiến: hoàn thành tốt nhiệm vụ trở lên',
      en: 'Minimum annual rating for LĐTT: completed duties well or better',
    },
    unit: 'rating',
    values: [
      {
        from: R2017,
        value: 'HTTNV',
        basis: [{ instrument: L2003, article: 24, url: SRC.ldtt2003, confidence: 'confirmed' }],
        confidence: 'confirmed',
      },
      {
        from: R2024,
        value: 'HTTNV',
        basis: [
          {
            instrument: L2022,
            article: 24,
            clause: 1,
            point: 'a',
            url: SRC.laoCai,
            confidence: 'confirmed',
          },
        ],
        confidence: 'confirmed',
      },
    ],
  },
  param(
    'LDTT_DISCIPLINE_EXCLUDES_FROM',
    'discipline',
    'Hình thức kỷ luật nhẹ nhất trong kỳ làm mất điều kiện xét Lao động tiên tiến / Chiến sĩ tiên tiến (null: không có quy định)',
    'Lightest disciplinary form in the period that excludes LĐTT / CSTT (null: no such rule)',
    [
      val(R2017, 'khien-trach', 'confirmed', [cite(ND91, 'confirmed', { url: SRC.hfic })]),
      val(
        R2024,
        'khien-trach',
        'unconfirmed',
        [
          cite(L2022, 'unconfirmed', {
            article: 24,
            note: 'no national discipline rule for LĐTT was found under Law 06/2022; kept as a configurable default (criteria.md §G7, §1.1 item 7)',
          }),
        ],
        'Default carried over from Decree 91/2017; sectors and provinces may set their own.',
      ),
    ],
  ),

  // ───────────────────────── CSTĐCS (criteria.md §1.2) ─────────────────────────
  param(
    'CSTDCS_INITIATIVE_MIN_SCOPE',
    'scope',
    'Phạm vi tối thiểu của sáng kiến, đề tài làm căn cứ xét Chiến sĩ thi đua cơ sở',
    'Minimum scope of the initiative or research result supporting CSTĐCS',
    [
      val(R2017, 'co-so', 'confirmed', [
        cite(ND91, 'confirmed', { article: 9, url: SRC.cstdcs2017 }),
      ]),
      val(R2024, 'co-so', 'confirmed', [
        cite(L2022, 'confirmed', { article: 23, url: SRC.cstdcs2024 }),
      ]),
    ],
  ),
  param(
    'CSTDCS_INITIATIVE_MIN_COUNT',
    'count',
    'Số sáng kiến, đề tài tối thiểu trong kỳ để xét Chiến sĩ thi đua cơ sở',
    'Minimum number of initiatives or research results in the period for CSTĐCS',
    [
      val(R2017, 1, 'confirmed', [cite(ND91, 'confirmed', { article: 9, url: SRC.cstdcs2017 })]),
      val(R2024, 1, 'confirmed', [cite(L2022, 'confirmed', { article: 23, url: SRC.cstdcs2024 })]),
    ],
  ),

  // ───────────────────────── CSTĐ Bộ/tỉnh (criteria.md §1.3) ─────────────────────────
  param(
    'CSTD_BO_TINH_CONSECUTIVE_CSTDCS',
    'periods',
    'Số lần liên tục đạt Chiến sĩ thi đua cơ sở trước khi xét Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
    'Consecutive CSTĐCS titles before CSTĐ of a ministry or province',
    [
      val(R2017, 3, 'confirmed', [cite(L2003, 'confirmed', { article: 22, url: SRC.cstdBt2017 })]),
      val(R2024, 3, 'confirmed', [
        cite(L2022, 'confirmed', { article: 22, clause: 1, point: 'a', url: SRC.cstdBt2024 }),
      ]),
    ],
  ),
  param(
    'CSTD_BO_TINH_INITIATIVE_MIN_SCOPE',
    'scope',
    'Phạm vi tối thiểu của sáng kiến, đề tài làm căn cứ xét Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
    'Minimum scope of the initiative or research result supporting CSTĐ of a ministry or province',
    [
      val(R2017, 'bo-tinh', 'confirmed', [
        cite(L2003, 'confirmed', { article: 22, url: SRC.cstdBt2017 }),
      ]),
      val(R2024, 'bo-tinh', 'confirmed', [
        cite(L2022, 'confirmed', { article: 22, clause: 1, point: 'b', url: SRC.cstdBt2024 }),
      ]),
    ],
  ),
  param(
    'CSTD_BO_TINH_INITIATIVE_MIN_COUNT',
    'count',
    'Số sáng kiến, đề tài phạm vi Bộ/tỉnh tối thiểu để xét Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
    'Minimum number of ministry/province-scope initiatives for CSTĐ of a ministry or province',
    [
      val(R2017, 1, 'confirmed', [cite(L2003, 'confirmed', { article: 22, url: SRC.cstdBt2017 })]),
      val(R2024, 1, 'confirmed', [
        cite(L2022, 'confirmed', { article: 22, clause: 1, point: 'b', url: SRC.cstdBt2024 }),
      ]),
    ],
  ),

  // ───────────────────────── CSTĐTQ (criteria.md §1.4) ─────────────────────────
  param(
    'CSTDTQ_CONSECUTIVE_CSTD_BO_TINH',
    'awards',
    'Số lần liên tục được tặng Chiến sĩ thi đua Bộ, ban, ngành, tỉnh trước khi xét Chiến sĩ thi đua toàn quốc',
    'Consecutive CSTĐ Bộ/tỉnh awards before CSTĐ toàn quốc',
    [
      val(R2017, 2, 'confirmed', [cite(L2003, 'confirmed', { article: 21, url: SRC.cstdtq2017 })]),
      val(R2024, 2, 'confirmed', [cite(L2022, 'confirmed', { article: 21, url: SRC.cstdtq2024 })]),
    ],
  ),
  param(
    'CSTDTQ_INITIATIVE_MIN_SCOPE',
    'scope',
    'Phạm vi tối thiểu của sáng kiến, đề tài làm căn cứ xét Chiến sĩ thi đua toàn quốc',
    'Minimum scope of the initiative or research result supporting CSTĐ toàn quốc',
    [
      val(R2017, 'toan-quoc', 'confirmed', [
        cite(L2003, 'confirmed', { article: 21, url: SRC.cstdtq2017 }),
      ]),
      val(R2024, 'toan-quoc', 'confirmed', [
        cite(L2022, 'confirmed', { article: 21, url: SRC.cstdtq2024 }),
      ]),
    ],
  ),
  param(
    'CSTDTQ_INITIATIVE_MIN_COUNT',
    'count',
    'Số sáng kiến, đề tài phạm vi toàn quốc tối thiểu để xét Chiến sĩ thi đua toàn quốc',
    'Minimum number of nationwide-scope initiatives for CSTĐ toàn quốc',
    [
      val(R2017, 1, 'confirmed', [cite(L2003, 'confirmed', { article: 21, url: SRC.cstdtq2017 })]),
      val(R2024, 1, 'confirmed', [cite(L2022, 'confirmed', { article: 21, url: SRC.cstdtq2024 })]),
    ],
  ),

  // ───────────────────────── TTLĐTT / ĐVTT (criteria.md §2.1) ─────────────────────────
  param(
    'TTLDTT_MIN_RATING',
    'rating',
    'Mức xếp loại tối thiểu của tập thể để xét Tập thể lao động tiên tiến / Đơn vị tiên tiến: hoàn thành tốt nhiệm vụ và kế hoạch được giao',
    'Minimum rating of the collective for TTLĐTT / ĐVTT: completed its duties and plan well',
    [
      val(R2017, 'HTTNV', 'confirmed', [
        cite(L2003, 'confirmed', { article: 28, clause: 1, point: 'a', url: SRC.ttldtt2017 }),
      ]),
      val(R2024, 'HTTNV', 'unconfirmed', [
        cite(L2022, 'unconfirmed', {
          article: 28,
          clause: 1,
          url: SRC.ttldtt2024ref,
          note: 'only a reference to Điều 28 khoản 1 was seen; its text was not available',
        }),
      ]),
    ],
  ),
  param(
    'TTLDTT_MIN_LDTT_SHARE',
    'ratio',
    'Tỷ lệ thành viên đạt Lao động tiên tiến (Chiến sĩ tiên tiến với Đơn vị tiên tiến) để xét Tập thể lao động tiên tiến: trên 50%',
    'Share of members with LĐTT (CSTT for ĐVTT) for TTLĐTT: more than 50%',
    [
      val(R2017, HALF_STRICT, 'confirmed', [
        cite(L2003, 'confirmed', {
          article: 28,
          clause: 1,
          point: 'c',
          url: SRC.ttldtt2017,
          note: 'khoản 2 applies the same share of CSTT to ĐVTT',
        }),
      ]),
      val(R2024, HALF_STRICT, 'unconfirmed', [
        cite(L2022, 'unconfirmed', { article: 28, clause: 1, url: SRC.ttldtt2024ref }),
      ]),
    ],
  ),
  param(
    'TTLDTT_NO_DISCIPLINE_FROM',
    'discipline',
    'Không có thành viên bị kỷ luật từ hình thức này trở lên (Tập thể lao động tiên tiến); null: không có quy định',
    'No member disciplined at this form or heavier (TTLĐTT); null: no such rule',
    [
      val(R2017, 'canh-cao', 'confirmed', [
        cite(L2003, 'confirmed', { article: 28, clause: 1, point: 'c', url: SRC.ttldtt2017 }),
      ]),
      val(
        R2024,
        'canh-cao',
        'unconfirmed',
        [cite(L2022, 'unconfirmed', { article: 28, clause: 1, url: SRC.ttldtt2024ref })],
        'The text of Law 06/2022 Điều 28 was not available; the old clause is kept until verified.',
      ),
    ],
  ),

  // ───────────────────────── TTLĐXS / ĐVQT (criteria.md §2.2) ─────────────────────────
  param(
    'TTLDXS_MIN_LDTT_SHARE',
    'ratio',
    'Tỷ lệ thành viên đạt Lao động tiên tiến (Chiến sĩ tiên tiến với Đơn vị quyết thắng) để xét Tập thể lao động xuất sắc: ít nhất 70%',
    'Share of members with LĐTT (CSTT for ĐVQT) for TTLĐXS: at least 70%',
    [
      val(R2017, SEVENTY, 'confirmed', [
        cite(L2003, 'confirmed', { article: 27, url: SRC.ttldxs2017 }),
      ]),
      val(R2024, SEVENTY, 'confirmed', [
        cite(L2022, 'confirmed', { article: 27, clause: 1, point: 'c', url: SRC.ttldxs2024 }),
      ]),
    ],
  ),
  param(
    'TTLDXS_MIN_HTNV_SHARE',
    'ratio',
    'Tỷ lệ thành viên hoàn thành nhiệm vụ trở lên để xét Tập thể lao động xuất sắc: 100%',
    'Share of members rated HTNV or better for TTLĐXS: 100%',
    [
      val(R2017, ALL, 'confirmed', [
        cite(L2003, 'confirmed', { article: 27, url: SRC.ttldxs2017 }),
      ]),
      val(R2024, ALL, 'confirmed', [
        cite(L2022, 'confirmed', { article: 27, clause: 1, point: 'c', url: SRC.ttldxs2024 }),
      ]),
    ],
  ),
  param(
    'TTLDXS_MIN_CSTDCS_COUNT',
    'persons',
    'Số thành viên tối thiểu đạt Chiến sĩ thi đua cơ sở để xét Tập thể lao động xuất sắc / Đơn vị quyết thắng',
    'Minimum number of members with CSTĐCS for TTLĐXS / ĐVQT',
    [
      val(R2017, 1, 'confirmed', [cite(L2003, 'confirmed', { article: 27, url: SRC.ttldxs2017 })]),
      val(R2024, 1, 'confirmed', [
        cite(L2022, 'confirmed', { article: 27, clause: 1, point: 'd', url: SRC.ttldxs2024 }),
      ]),
    ],
  ),
  param(
    'TTLDXS_NO_DISCIPLINE_FROM',
    'discipline',
    'Không có thành viên bị kỷ luật từ hình thức này trở lên (Tập thể lao động xuất sắc); null: không có quy định',
    'No member disciplined at this form or heavier (TTLĐXS); null: no such rule',
    [
      val(R2017, 'canh-cao', 'confirmed', [
        cite(L2003, 'confirmed', { article: 27, url: SRC.ttldxs2017 }),
      ]),
      val(R2024, null, 'confirmed', [
        cite(L2022, 'confirmed', {
          article: 27,
          url: SRC.ttldxs2024,
          note: 'the no-discipline clause of the old text was dropped',
        }),
        cite(L2022, 'confirmed', { article: 27, url: SRC.ttldxsNoDiscipline }),
      ]),
    ],
  ),

  // ───────────────────────── Cờ thi đua (criteria.md §2.3–2.4) ─────────────────────────
  param(
    'CO_CP_THEMATIC_MIN_YEARS',
    'years',
    'Thời gian tối thiểu của phong trào thi đua do Thủ tướng (Chủ tịch nước) phát động mà tập thể dẫn đầu được xét Cờ thi đua của Chính phủ',
    "Minimum length of a Prime Minister's (President's) emulation movement whose leading collective may receive the Government Emulation Flag",
    [
      val(R2017, 5, 'confirmed', [cite(ND91, 'confirmed', { article: 11, url: SRC.coCp2017 })]),
      val(R2024, 5, 'confirmed', [
        cite(L2022, 'confirmed', { article: 25, clause: 3, url: SRC.coCp2024 }),
      ]),
    ],
  ),

  // ───────────────────────── Bằng khen Bộ/tỉnh (criteria.md §4.2) ─────────────────────────
  param(
    'BK_BO_TINH_CONSECUTIVE_CSTDCS',
    'periods',
    'Số năm liên tục đạt Chiến sĩ thi đua cơ sở (điểm d(1) khoản 1 Điều 74)',
    'Consecutive CSTĐCS titles (Điều 74 khoản 1 điểm d(1))',
    [
      val(R2024, 2, 'confirmed', [
        cite(L2022, 'confirmed', { article: 74, clause: 1, point: 'd', url: SRC.bkBt2024 }),
      ]),
    ],
  ),
  param(
    'BK_BO_TINH_EXCELLENT_YEARS',
    'periods',
    'Số năm liên tục hoàn thành xuất sắc nhiệm vụ để xét Bằng khen Bộ/tỉnh theo tiêu chuẩn sáng kiến',
    'Consecutive HTXSNV years for the initiative track of the ministry/province Certificate of Merit',
    [
      val(R2017, 2, 'unconfirmed', [
        cite(ND91, 'unconfirmed', {
          note: 'recalled: "02 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến"; not in the domain sources',
        }),
      ]),
      val(R2024, 2, 'confirmed', [
        cite(L2022, 'confirmed', { article: 74, clause: 1, point: 'd', url: SRC.bkBt2024 }),
      ]),
    ],
  ),
  param(
    'BK_BO_TINH_INITIATIVES',
    'count',
    'Số sáng kiến hoặc đề tài hiệu quả trong phạm vi cơ sở trong các năm đó',
    'Initiatives or research topics effective at base level within those years',
    [
      val(R2017, 2, 'unconfirmed', [
        cite(ND91, 'unconfirmed', { note: 'recalled, not in the domain sources' }),
      ]),
      val(
        R2024,
        2,
        'confirmed',
        [cite(L2022, 'confirmed', { article: 74, clause: 1, point: 'd', url: SRC.bkBt2024 })],
        '"Within those years" is read from the wording [inference].',
      ),
    ],
  ),
  param(
    'BK_BO_TINH_INITIATIVE_MIN_SCOPE',
    'scope',
    'Phạm vi tối thiểu của sáng kiến, đề tài làm căn cứ xét Bằng khen Bộ/tỉnh',
    'Minimum scope of the initiatives supporting the ministry/province Certificate of Merit',
    [
      val(R2017, 'co-so', 'unconfirmed', [cite(ND91, 'unconfirmed', { note: 'recalled' })]),
      val(R2024, 'co-so', 'confirmed', [
        cite(L2022, 'confirmed', { article: 74, clause: 1, point: 'd', url: SRC.bkBt2024 }),
      ]),
    ],
  ),

  // ───────────────────────── Bằng khen Thủ tướng (criteria.md §4.3) ─────────────────────────
  param(
    'BK_TTG_WINDOW_YEARS',
    'periods',
    'Số năm liên tục sau Bằng khen Bộ/tỉnh để xét Bằng khen Thủ tướng Chính phủ',
    "Consecutive years after the ministry/province Certificate of Merit for the Prime Minister's Certificate of Merit",
    [
      val(R2017, 5, 'unconfirmed', [
        cite(ND91, 'unconfirmed', {
          article: 38,
          note: 'detail not confirmed; values of Decree 65/2014',
        }),
        cite(ND65, 'confirmed', { article: 23, clause: 1, point: 'c', url: SRC.bkTtg2013 }),
      ]),
      val(R2024, 5, 'confirmed', [
        cite(L2022, 'confirmed', { article: 73, clause: 1, point: 'b', url: SRC.bkTtg2024 }),
      ]),
    ],
  ),
  param(
    'BK_TTG_MIN_RATING',
    'rating',
    'Mức xếp loại tối thiểu của mỗi năm trong cửa sổ xét Bằng khen Thủ tướng Chính phủ',
    "Minimum rating of each year of the window for the Prime Minister's Certificate of Merit",
    [
      val(R2017, 'HTXSNV', 'unconfirmed', [
        cite(ND91, 'unconfirmed', {
          article: 38,
          note: 'detail not confirmed; value of Decree 65/2014',
        }),
        cite(ND65, 'confirmed', { article: 23, clause: 1, point: 'c', url: SRC.bkTtg2013 }),
      ]),
      val(R2024, 'HTTNV', 'confirmed', [
        cite(L2022, 'confirmed', { article: 73, clause: 1, point: 'b', url: SRC.bkTtg2024 }),
      ]),
    ],
  ),
  param(
    'BK_TTG_CSTDCS_COUNT',
    'count',
    'Số lần đạt Chiến sĩ thi đua cơ sở trong cửa sổ xét Bằng khen Thủ tướng Chính phủ',
    "CSTĐCS titles inside the window for the Prime Minister's Certificate of Merit",
    [
      val(R2024, 3, 'confirmed', [
        cite(L2022, 'confirmed', { article: 73, clause: 1, point: 'b', url: SRC.bkTtg2024 }),
      ]),
    ],
  ),
  param(
    'BK_TTG_BASE_INITIATIVES',
    'count',
    'Số sáng kiến phạm vi cơ sở trong cửa sổ xét Bằng khen Thủ tướng Chính phủ (quy định trước 2024)',
    "Base-level initiatives inside the window for the Prime Minister's Certificate of Merit (before 2024)",
    [
      val(R2017, 5, 'unconfirmed', [
        cite(ND91, 'unconfirmed', {
          article: 38,
          note: 'detail not confirmed; value of Decree 65/2014',
        }),
        cite(ND65, 'confirmed', { article: 23, clause: 1, point: 'c', url: SRC.bkTtg2013 }),
      ]),
    ],
  ),
  param(
    'BK_TTG_INITIATIVE_MIN_SCOPE',
    'scope',
    'Phạm vi tối thiểu của sáng kiến tính cho Bằng khen Thủ tướng Chính phủ (quy định trước 2024)',
    "Minimum scope of the initiatives counted for the Prime Minister's Certificate of Merit (before 2024)",
    [
      val(R2017, 'co-so', 'unconfirmed', [
        cite(ND65, 'confirmed', { article: 23, clause: 1, point: 'c', url: SRC.bkTtg2013 }),
      ]),
    ],
  ),
  param(
    'BK_TTG_FARMER_MODEL_MIN_YEARS',
    'years',
    'Thời gian tối thiểu mô hình sản xuất của nông dân ổn định để xét Bằng khen Thủ tướng Chính phủ (khoản 2 Điều 73)',
    "Minimum years a farmer's production model has been stable (Điều 73 khoản 2)",
    [
      val(R2024, 2, 'confirmed', [
        cite(L2022, 'confirmed', { article: 73, clause: 2, url: SRC.bkTtgK2 }),
      ]),
    ],
  ),

  // ───────────────────────── Huân chương Lao động (criteria.md §5) ─────────────────────────
  param(
    'HCLD3_WINDOW_YEARS',
    'periods',
    'Số năm liên tục sau Bằng khen Thủ tướng Chính phủ để xét Huân chương Lao động hạng Ba',
    "Consecutive years after the Prime Minister's Certificate of Merit for the Labour Order, third class",
    [
      val(R2017, 5, 'confirmed', [cite(ND91, 'confirmed', { article: 24, url: SRC.hcld3_2017 })]),
      val(R2024, 5, 'confirmed', [
        cite(L2022, 'confirmed', { article: 44, clause: 1, point: 'e', url: SRC.hcld3_2024 }),
      ]),
    ],
  ),
  param(
    'HCLD3_MIN_RATING',
    'rating',
    'Mức xếp loại tối thiểu của mỗi năm trong cửa sổ xét Huân chương Lao động hạng Ba',
    'Minimum rating of each year of the window for the Labour Order, third class',
    [
      val(R2017, 'HTXSNV', 'confirmed', [
        cite(ND91, 'confirmed', { article: 24, url: SRC.hcld3_2017 }),
      ]),
      val(R2024, 'HTTNV', 'confirmed', [
        cite(L2022, 'confirmed', { article: 44, clause: 1, point: 'e', url: SRC.hcld3_2024 }),
      ]),
    ],
  ),
  param(
    'HCLD3_MIN_HTXSNV',
    'count',
    'Số năm hoàn thành xuất sắc nhiệm vụ tối thiểu trong cửa sổ xét Huân chương Lao động hạng Ba',
    'Minimum HTXSNV years inside the window for the Labour Order, third class',
    [
      val(R2024, 1, 'confirmed', [
        cite(L2022, 'confirmed', { article: 44, clause: 1, point: 'e', url: SRC.hcld3_2024 }),
      ]),
    ],
  ),
  param(
    'HCLD3_CSTDCS_COUNT',
    'count',
    'Số lần đạt Chiến sĩ thi đua cơ sở trong cửa sổ xét Huân chương Lao động hạng Ba',
    'CSTĐCS titles inside the window for the Labour Order, third class',
    [
      val(R2024, 3, 'confirmed', [
        cite(L2022, 'confirmed', { article: 44, clause: 1, point: 'e', url: SRC.hcld3_2024 }),
      ]),
    ],
  ),
  param(
    'HCLD3_INITIATIVES_MP',
    'count',
    'Số sáng kiến phạm vi Bộ/tỉnh trong cửa sổ xét Huân chương Lao động hạng Ba (quy định trước 2024)',
    'Ministry/province-scope initiatives inside the window for the Labour Order, third class (before 2024)',
    [val(R2017, 2, 'confirmed', [cite(ND91, 'confirmed', { article: 24, url: SRC.hcld3_2017 })])],
  ),
  param(
    'HCLD3_INITIATIVE_MIN_SCOPE',
    'scope',
    'Phạm vi tối thiểu của sáng kiến tính cho Huân chương Lao động hạng Ba (quy định trước 2024)',
    'Minimum scope of the initiatives counted for the Labour Order, third class (before 2024)',
    [
      val(R2017, 'bo-tinh', 'confirmed', [
        cite(ND91, 'confirmed', { article: 24, url: SRC.hcld3_2017 }),
      ]),
    ],
  ),
  param(
    'HCLD_CAMPAIGN_MIN_YEARS',
    'years',
    'Thời gian tối thiểu của phong trào thi đua cho tiêu chuẩn công nhân, nông dân và theo chuyên đề (Huân chương Lao động)',
    'Minimum campaign length for the workers/farmers and thematic tracks of the Labour Order',
    [
      val(R2024, 5, 'confirmed', [
        cite(L2022, 'confirmed', { article: 44, clause: 2, url: SRC.hcldK2 }),
      ]),
    ],
  ),
  param(
    'HCLD3_COL_CONSECUTIVE_TTLDXS',
    'periods',
    'Số năm liên tục đạt Tập thể lao động xuất sắc / Đơn vị quyết thắng để tập thể được xét Huân chương Lao động hạng Ba',
    "Consecutive TTLĐXS / ĐVQT years for a collective's Labour Order, third class",
    [
      val(R2017, 5, 'confirmed', [
        cite(L2003, 'confirmed', { article: 44, clause: 2, url: SRC.hcld3col2017 }),
      ]),
    ],
  ),
  param(
    'HCLD3_COL_FLAG_COUNT',
    'count',
    'Số Cờ thi đua Bộ/tỉnh hoặc Bằng khen Thủ tướng trong thời gian đó (tập thể, Huân chương Lao động hạng Ba)',
    "Ministry/province flags or Prime Minister's certificates within those years (collective Labour Order, third class)",
    [
      val(
        R2017,
        1,
        'confirmed',
        [cite(L2003, 'confirmed', { article: 44, clause: 2, url: SRC.hcld3col2017 })],
        'Counted inside the five-year window [inference].',
      ),
    ],
  ),
  param(
    'HCLD2_WINDOW_YEARS',
    'periods',
    'Số năm liên tục sau Huân chương Lao động hạng Ba để xét hạng Nhì',
    'Consecutive years after the third class for the Labour Order, second class',
    [
      val(R2017, 5, 'unconfirmed', [
        cite(ND91, 'unconfirmed', { note: 'criteria.md §5.2: unconfirmed' }),
      ]),
      val(R2024, 5, 'confirmed', [
        cite(L2022, 'confirmed', { article: 43, clause: 1, url: SRC.hcld2_2024 }),
      ]),
    ],
  ),
  param(
    'HCLD2_MIN_RATING',
    'rating',
    'Mức xếp loại tối thiểu của mỗi năm trong cửa sổ xét Huân chương Lao động hạng Nhì',
    'Minimum rating of each year of the window for the Labour Order, second class',
    [
      val(R2017, 'HTXSNV', 'unconfirmed', [
        cite(ND91, 'unconfirmed', { note: 'criteria.md §5.2' }),
      ]),
      val(R2024, 'HTTNV', 'confirmed', [
        cite(L2022, 'confirmed', { article: 43, clause: 1, url: SRC.hcld2_2024 }),
      ]),
    ],
  ),
  param(
    'HCLD2_MIN_HTXSNV',
    'count',
    'Số năm hoàn thành xuất sắc nhiệm vụ tối thiểu trong cửa sổ xét Huân chương Lao động hạng Nhì',
    'Minimum HTXSNV years inside the window for the Labour Order, second class',
    [
      val(R2024, 2, 'confirmed', [
        cite(L2022, 'confirmed', { article: 43, clause: 1, url: SRC.hcld2_2024 }),
      ]),
    ],
  ),
  param(
    'HCLD2_CSTD_BO_TINH_COUNT',
    'count',
    'Số lần đạt Chiến sĩ thi đua Bộ/tỉnh trong cửa sổ xét Huân chương Lao động hạng Nhì',
    'CSTĐ Bộ/tỉnh titles inside the window for the Labour Order, second class',
    [
      val(R2024, 1, 'confirmed', [
        cite(L2022, 'confirmed', { article: 43, clause: 1, url: SRC.hcld2_2024 }),
      ]),
    ],
  ),
  param(
    'HCLD2_INITIATIVES_MP',
    'count',
    'Số sáng kiến phạm vi Bộ/tỉnh trong cửa sổ xét Huân chương Lao động hạng Nhì (quy định trước 2024)',
    'Ministry/province-scope initiatives inside the window for the Labour Order, second class (before 2024)',
    [
      val(R2017, 3, 'unconfirmed', [
        cite(ND91, 'unconfirmed', { note: 'criteria.md §5.2: "(e.g.) 3 initiatives"' }),
      ]),
    ],
  ),
  param(
    'HCLD2_INITIATIVE_MIN_SCOPE',
    'scope',
    'Phạm vi tối thiểu của sáng kiến tính cho Huân chương Lao động hạng Nhì (quy định trước 2024)',
    'Minimum scope of the initiatives counted for the Labour Order, second class (before 2024)',
    [
      val(R2017, 'bo-tinh', 'unconfirmed', [
        cite(ND91, 'unconfirmed', { note: 'criteria.md §5.2' }),
      ]),
    ],
  ),
  param(
    'HCLD1_WINDOW_YEARS',
    'periods',
    'Số năm liên tục sau Huân chương Lao động hạng Nhì để xét hạng Nhất',
    'Consecutive years after the second class for the Labour Order, first class',
    [
      val(R2017, 5, 'confirmed', [
        cite(L2013, 'confirmed', {
          article: 1,
          clause: 18,
          url: SRC.hcld1_2013,
          note: 'khoản 18 Điều 1 of the 2013 amending law (amending Điều 42 of Law 15/2003)',
        }),
      ]),
      val(R2024, 5, 'unconfirmed', [
        cite(L2022, 'unconfirmed', {
          article: 42,
          clause: 1,
          note: 'text not available (criteria.md §5.3)',
        }),
      ]),
    ],
  ),
  param(
    'HCLD1_MIN_RATING',
    'rating',
    'Mức xếp loại tối thiểu của mỗi năm trong cửa sổ xét Huân chương Lao động hạng Nhất',
    'Minimum rating of each year of the window for the Labour Order, first class',
    [
      val(
        R2017,
        'HTXSNV',
        'inference',
        [cite(L2013, 'confirmed', { article: 1, clause: 18, url: SRC.hcld1_2013 })],
        '"Thành tích xuất sắc" (individuals) and "hoàn thành xuất sắc nhiệm vụ" (collectives) read as HTXSNV.',
      ),
      val(R2024, 'HTTNV', 'unconfirmed', [
        cite(L2022, 'unconfirmed', {
          article: 42,
          clause: 1,
          note: 'text not available (criteria.md §5.3)',
        }),
      ]),
    ],
  ),
  param(
    'HCLD1_MIN_HTXSNV',
    'count',
    'Số năm hoàn thành xuất sắc nhiệm vụ tối thiểu trong cửa sổ xét Huân chương Lao động hạng Nhất',
    'Minimum HTXSNV years inside the window for the Labour Order, first class',
    [
      val(R2024, 3, 'unconfirmed', [
        cite(L2022, 'unconfirmed', {
          article: 42,
          clause: 1,
          note: 'criteria.md §5.3: "probably"',
        }),
      ]),
    ],
  ),
  param(
    'HCLD1_CSTDTQ_COUNT',
    'count',
    'Số lần đạt Chiến sĩ thi đua toàn quốc trong cửa sổ (một phương án xét Huân chương Lao động hạng Nhất)',
    'CSTĐ toàn quốc titles inside the window (one option for the Labour Order, first class)',
    [val(R2024, 1, 'unconfirmed', [cite(L2022, 'unconfirmed', { article: 42, clause: 1 })])],
  ),
  param(
    'HCLD1_CSTD_BO_TINH_COUNT',
    'count',
    'Số lần đạt Chiến sĩ thi đua Bộ/tỉnh trong cửa sổ (phương án khác xét Huân chương Lao động hạng Nhất)',
    'CSTĐ Bộ/tỉnh titles inside the window (the other option for the Labour Order, first class)',
    [val(R2024, 2, 'unconfirmed', [cite(L2022, 'unconfirmed', { article: 42, clause: 1 })])],
  ),
];
