import type { Message } from '../../core/errors.js';
import { formatIsoDate } from '../../core/iso-date.js';
import type { Citation } from '../../law/citation.js';
import { buildAnniversary } from '../anniversary/anniversary.js';
import { decapitalise } from '../common/format.js';
import { checkFlag, checkOptions, checkYear } from '../common/validate.js';
import { congressInYear } from '../congresses/congresses.js';
import { requireObservance } from '../observances/observances.js';
import { getPeriod } from '../periods/periods.js';

/**
 * One recurring task of the annual TĐKT plan ("kế hoạch công tác thi đua, khen thưởng năm"),
 * placed in its quarter, as the source plans lay it out.
 * @category Calendar
 */
export interface PlanMilestone {
  /** Stable id, e.g. `'registration'`, `'emulation-day'`, `'year-end-review'`. */
  readonly id: string;
  /** The plan year. */
  readonly year: number;
  /** Quarter ("Quý I–IV"). */
  readonly quarter: 1 | 2 | 3 | 4;
  /** First and last day of the quarter (ISO). */
  readonly window: { readonly from: string; readonly to: string };
  /** What to do, in Vietnamese (as plans word it) and English. */
  readonly title: Message;
  /** A fixed day the task is tied to (ISO), when there is one (11/6, the congress opening, the 25/02 deadline). */
  readonly anchorDate?: string;
  /** True when the milestone rests on an expectation, not a fact (the next National Congress). */
  readonly expected?: boolean;
  /** The plans it comes from (confidence `plan-text`: local plans, not national law). */
  readonly sources: readonly Citation[];
  /** A caveat, when there is one. */
  readonly note?: Message;
}

const LS_URL = 'http://www.langson.gov.vn/ubnd/node/12416';

function ls(items: string): Citation {
  return {
    instrument: '12/KH-UBND',
    url: LS_URL,
    confidence: 'plan-text',
    note: `Kế hoạch công tác TĐKT năm 2013, UBND tỉnh Lạng Sơn, 24/01/2013: ${items}`,
  };
}

function vc(part: string): Citation {
  return {
    instrument: 'Kế hoạch công tác TĐKT huyện Vĩnh Cửu năm 2020',
    confidence: 'plan-text',
    note: `UBND huyện Vĩnh Cửu (Đồng Nai), 11/02/2020: ${part}`,
  };
}

const DONG_THAP: Citation = {
  instrument: 'Đồng Tháp 2021',
  confidence: 'plan-text',
  note: '"Một số nội dung trọng tâm trong công tác thi đua, khen thưởng tỉnh Đồng Tháp năm 2021" (Sở Nội vụ)',
};

const CA_MAU: Citation = {
  instrument: '44/KH-UBND',
  confidence: 'plan-text',
  note: 'UBND tỉnh Cà Mau, 14/10/2014, §II.3.3: chuẩn bị Đại hội Thi đua yêu nước tỉnh lần thứ V và toàn quốc lần thứ IX',
};

interface Template {
  readonly id: string;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly title: (y: number) => Message;
  readonly anchor?: (y: number) => string;
  /** First plan year the task exists in. */
  readonly since?: number;
  readonly sources: readonly Citation[];
  readonly note?: Message;
}

const TEMPLATES: readonly Template[] = [
  // Quý I
  {
    id: 'previous-year-review',
    quarter: 1,
    title: (y) => ({
      vi: `Tổng kết công tác thi đua, khen thưởng năm ${y - 1}; triển khai nhiệm vụ năm ${y}`,
      en: `Review emulation and commendation work of ${y - 1}; deploy the tasks of ${y}`,
    }),
    sources: [ls('Quý I, mục 1–2'), vc('Quý I; Quý II (hội nghị tổng kết)')],
    note: {
      vi: 'Có nơi tổ chức hội nghị tổng kết sang quý II (Vĩnh Cửu 2020).',
      en: 'Some units hold the review conference in Q2 (Vĩnh Cửu 2020).',
    },
  },
  {
    id: 'annual-plan',
    quarter: 1,
    title: (y) => ({
      vi: `Ban hành Kế hoạch công tác thi đua, khen thưởng năm ${y}; phát động phong trào thi đua năm ${y}`,
      en: `Issue the ${y} emulation and commendation plan; launch the ${y} emulation movement`,
    }),
    sources: [ls('Quý I, mục 3, 5'), vc('Quý I')],
    note: {
      vi: 'Kế hoạch cấp tỉnh thường ban hành giữa tháng 1, cấp huyện giữa tháng 2.',
      en: 'Provincial plans are usually issued in mid-January, district plans in mid-February.',
    },
  },
  {
    id: 'registration',
    quarter: 1,
    title: (y) => ({
      vi: `Tổ chức đăng ký thi đua, đăng ký chỉ tiêu và danh hiệu thi đua năm ${y} (kể cả đăng ký Cờ thi đua của Chính phủ)`,
      en: `Register for emulation: targets and titles for ${y} (including candidacy for the Government Emulation Flag)`,
    }),
    sources: [ls('Quý I, mục 4'), vc('Quý I')],
  },
  {
    id: 'covenants',
    quarter: 1,
    title: (y) => ({
      vi: `Ký kết giao ước thi đua năm ${y} trong các cụm, khối thi đua; thông báo phân khối, cụm thi đua`,
      en: `Sign the ${y} emulation covenants within clusters and blocks; announce the clusters and blocks`,
    }),
    sources: [ls('Quý I, mục 1, 6'), vc('Quý I; Quý II (ký kết giao ước)')],
  },
  {
    id: 'unit-plans-due',
    quarter: 1,
    title: (y) => ({
      vi: `Các đơn vị, cụm thi đua gửi kế hoạch công tác thi đua, khen thưởng năm ${y} về cơ quan thường trực`,
      en: `Units and clusters send their ${y} emulation and commendation plans to the standing body`,
    }),
    anchor: (y) => formatIsoDate(y, 2, 25),
    sources: [ls('§III.1: "trước ngày 25/02/2013"')],
    note: {
      vi: 'Hạn 25/02 là của kế hoạch Lạng Sơn 2013; mỗi địa phương tự đặt hạn.',
      en: 'The 25 February deadline is the Lạng Sơn 2013 plan’s; each locality sets its own.',
    },
  },
  {
    id: 'previous-year-awards',
    quarter: 1,
    title: (y) => ({
      vi: `Xét, công nhận sáng kiến và danh hiệu "Chiến sĩ thi đua cấp tỉnh" năm ${y - 1}; khen thưởng tập thể dẫn đầu cụm, khối thi đua năm ${y - 1}`,
      en: `Recognise ${y - 1} initiatives and provincial Emulation Fighters; award the collectives leading the clusters and blocks in ${y - 1}`,
    }),
    sources: [ls('Quý I, mục 8, 10, 11'), vc('Quý I')],
  },
  {
    id: 'high-level-proposals-1',
    quarter: 1,
    title: () => ({
      vi: 'Trình khen thưởng bậc cao (đợt 1)',
      en: 'Submit high-level award proposals (round 1)',
    }),
    sources: [ls('Quý I, mục 13')],
  },
  {
    id: 'spring-celebrations',
    quarter: 1,
    title: () => ({
      vi: 'Tuyên truyền các hoạt động mừng Đảng, mừng Xuân',
      en: 'Publicise the activities celebrating the Party and the Spring (Tết)',
    }),
    anchor: (y) => formatIsoDate(y, 2, 3),
    sources: [DONG_THAP],
  },
  // Quý II
  {
    id: 'emulation-day',
    quarter: 2,
    title: (y) => {
      const a = buildAnniversary(requireObservance('thi-dua-ai-quoc', ['observance']), 1948, y);
      return {
        vi: `Phát động đợt thi đua lập thành tích chào mừng ${decapitalise(a.label.vi)}`,
        en: `Launch an emulation drive to celebrate the ${a.label.en}`,
      };
    },
    anchor: (y) => formatIsoDate(y, 6, 11),
    since: 1949,
    sources: [ls('Quý II, mục 16; §II.6'), vc('Quý II'), DONG_THAP],
  },
  {
    id: 'advanced-models',
    quarter: 2,
    title: () => ({
      vi: 'Hướng dẫn xây dựng, bồi dưỡng và nhân rộng điển hình tiên tiến; hội nghị điển hình tiên tiến',
      en: 'Guide the building and spreading of advanced models; advanced-model conference',
    }),
    sources: [ls('Quý II, mục 17'), vc('Quý II')],
  },
  {
    id: 'school-year-review-guidance',
    quarter: 2,
    title: (y) => ({
      vi: `Hướng dẫn tổng kết phong trào thi đua ngành Giáo dục và Đào tạo năm học ${y - 1}-${y}`,
      en: `Guide the education sector's emulation review of school year ${y - 1}–${y}`,
    }),
    sources: [vc('Quý II')],
  },
  {
    id: 'interim-report',
    quarter: 2,
    title: (y) => ({
      vi: `Chỉ đạo sơ kết và báo cáo công tác thi đua, khen thưởng 6 tháng đầu năm ${y}`,
      en: `Direct and report the interim review of the first half of ${y}`,
    }),
    sources: [ls('Quý II, mục 20'), vc('Quý II')],
  },
  {
    id: 'inspection-plan',
    quarter: 2,
    title: (y) => ({
      vi: `Xây dựng kế hoạch kiểm tra, giám sát công tác thi đua, khen thưởng năm ${y}`,
      en: `Build the ${y} inspection and supervision plan for emulation and commendation`,
    }),
    sources: [ls('Quý II, mục 21')],
  },
  // Quý III
  {
    id: 'interim-review',
    quarter: 3,
    title: (y) => ({
      vi: `Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${y}`,
      en: `Interim review conference for the first half of ${y}`,
    }),
    sources: [ls('Quý III, mục 22–23'), vc('Quý III')],
  },
  {
    id: 'school-year-awards',
    quarter: 3,
    title: (y) => ({
      vi: `Xét khen thưởng ngành Giáo dục và Đào tạo năm học ${y - 1}-${y}: sáng kiến, "Chiến sĩ thi đua cấp tỉnh", trình khen thưởng cấp tỉnh và cấp Nhà nước (đợt 2)`,
      en: `Education-sector awards for school year ${y - 1}–${y}: initiatives, provincial Emulation Fighters, provincial and State-level proposals (round 2)`,
    }),
    sources: [ls('Quý III, mục 25–28'), vc('Quý III')],
    note: {
      vi: 'Năm học kết thúc trước 31/5; việc xét khen thưởng làm trong hè.',
      en: 'The school year ends before 31 May; the awards are decided over the summer.',
    },
  },
  {
    id: 'inspections',
    quarter: 3,
    title: (y) => ({
      vi: `Tổ chức thực hiện kế hoạch kiểm tra, giám sát công tác thi đua, khen thưởng năm ${y}`,
      en: `Carry out the ${y} inspection and supervision plan`,
    }),
    sources: [ls('Quý III, mục 24'), vc('Quý III')],
  },
  {
    id: 'training',
    quarter: 3,
    title: () => ({
      vi: 'Tập huấn, bồi dưỡng nghiệp vụ công tác thi đua, khen thưởng',
      en: 'Training on emulation and commendation work',
    }),
    sources: [ls('Quý III, mục 30'), vc('Quý II')],
  },
  // Quý IV
  {
    id: 'inspection-results',
    quarter: 4,
    title: (y) => ({
      vi: `Tiếp tục kiểm tra, giám sát và báo cáo kết quả kiểm tra, giám sát năm ${y}`,
      en: `Continue inspections and report the ${y} inspection results`,
    }),
    sources: [ls('Quý IV, mục 31')],
  },
  {
    id: 'year-end-review',
    quarter: 4,
    title: (y) => ({
      vi: `Hướng dẫn tổng kết; bình xét, suy tôn, đề nghị khen thưởng năm ${y}`,
      en: `Guide the year-end review; peer review, vote and propose the ${y} awards`,
    }),
    sources: [ls('Quý IV, mục 32'), vc('Quý IV')],
  },
  {
    id: 'year-end-report',
    quarter: 4,
    title: (y) => ({
      vi: `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${y} và giao ước thi đua; nhiệm vụ năm ${y + 1}`,
      en: `Year-end report on ${y} emulation work and covenants; tasks for ${y + 1}`,
    }),
    sources: [ls('Quý IV, mục 33–34'), vc('Quý IV')],
  },
  {
    id: 'next-year-plan',
    quarter: 4,
    title: (y) => ({
      vi: `Xây dựng kế hoạch công tác thi đua, khen thưởng năm ${y + 1}`,
      en: `Build the ${y + 1} emulation and commendation plan`,
    }),
    sources: [vc('Quý IV')],
  },
];

/**
 * Options of {@link planMilestones}.
 * @category Calendar
 */
export interface PlanMilestonesOptions {
  /** Add the National Congress (and the local congresses before it) in congress years; default `true`. */
  readonly congress?: boolean;
}

function window(year: number, q: number): { from: string; to: string } {
  const p = getPeriod('quarter', `${year}-Q${q}`);
  return Object.freeze({ from: p.from, to: p.to });
}

/**
 * The recurring tasks of the annual TĐKT plan of a year, quarter by quarter, as the source
 * plans lay them out (Lạng Sơn 2013, Vĩnh Cửu 2020, Đồng Tháp 2021): registration and
 * covenants in Q1; the 11/6 drive, interim report and inspection plan in Q2; the interim
 * review and the school-year awards in Q3; the year-end review and next year's plan in Q4;
 * and, in congress years, the National Congress of Patriotic Emulation. These are local plan
 * practice (`plan-text`), a template for a planning screen, not national law.
 *
 * @example
 * ```ts
 * import { planMilestones } from 'tdkt';
 * const m = planMilestones(2028).find((x) => x.id === 'emulation-day');
 * m?.quarter;     // 2
 * m?.anchorDate;  // '2028-06-11'
 * m?.title.vi;    // 'Phát động đợt thi đua lập thành tích chào mừng kỷ niệm 80 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2028)'
 * ```
 * @throws TdktError (`INVALID_YEAR`) / (`YEAR_OUT_OF_RANGE`) for a bad year, (`INVALID_INPUT`)
 * for malformed options.
 * @category Calendar
 * @since 0.1.0
 */
export function planMilestones(year: number, options?: PlanMilestonesOptions): PlanMilestone[] {
  const y = checkYear(year);
  const o = checkOptions<'congress'>(options);
  const withCongress = checkFlag(o.congress, ['options', 'congress'], true);
  const windows = [1, 2, 3, 4].map((q) => window(y, q));
  const out: PlanMilestone[] = [];
  for (const t of TEMPLATES) {
    if (t.since !== undefined && y < t.since) continue;
    out.push(
      Object.freeze({
        id: t.id,
        year: y,
        quarter: t.quarter,
        window: windows[t.quarter - 1] as { from: string; to: string },
        title: Object.freeze(t.title(y)),
        ...(t.anchor ? { anchorDate: t.anchor(y) } : {}),
        sources: t.sources,
        ...(t.note ? { note: t.note } : {}),
      }),
    );
  }
  const congress = withCongress ? congressInYear(y) : undefined;
  if (congress) {
    const expected = congress.status === 'expected';
    const anchor = congress.openedOn ?? congress.from;
    // An expected congress has no date: "about late 2030", so Q4.
    const quarter = (anchor ? Math.floor((Number(anchor.slice(5, 7)) - 1) / 3) + 1 : 4) as
      | 1
      | 2
      | 3
      | 4;
    if (quarter >= 3) {
      out.push(
        Object.freeze({
          id: 'local-congresses',
          year: y,
          quarter: 2,
          window: windows[1] as { from: string; to: string },
          title: Object.freeze({
            vi: `Tổ chức Đại hội thi đua yêu nước, hội nghị điển hình tiên tiến các cấp, hướng tới ${congress.title.vi}`,
            en: `Hold the local congresses and advanced-model conferences ahead of the ${congress.title.en}`,
          }),
          ...(expected ? { expected: true } : {}),
          sources: [CA_MAU, vc('Quý II: "Hội nghị điển hình tiên tiến … lần thứ VI năm 2020"')],
          note: {
            vi: 'Các bộ, ngành, địa phương tổ chức trong cùng năm, trước đại hội toàn quốc; thời điểm do từng nơi quyết định.',
            en: 'Ministries and localities hold them in the same year, before the national congress; each sets its own date.',
          },
        }),
      );
    }
    out.push(
      Object.freeze({
        id: 'national-congress',
        year: y,
        quarter,
        window: windows[quarter - 1] as { from: string; to: string },
        title: Object.freeze({ ...congress.title }),
        ...(anchor ? { anchorDate: anchor } : {}),
        ...(expected ? { expected: true } : {}),
        sources: [CA_MAU],
        ...(congress.note ? { note: congress.note } : {}),
      }),
    );
  }
  return out.sort((a, b) => a.quarter - b.quarter);
}
