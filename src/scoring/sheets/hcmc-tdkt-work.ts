import type { Citation } from '../../law/citation.js';
import { SCORE_BONUS_CO_CP, SCORE_BONUS_CO_TINH_BO } from '../../law/params/scoring.js';
import { defineScoreSheet } from '../sheet.js';
import type { ScoreSheet } from '../types.js';

const SHEET_SOURCE: Citation = {
  instrument:
    'Tiêu chí, thang điểm chấm điểm xếp hạng công tác thi đua – khen thưởng (Ban Thi đua – Khen thưởng TP.HCM, 2008)',
  url: 'https://tailieumienphi.vn/doc/tieu-chi-cham-diem-cong-tac-thi-dua-khen-thuong-doi-voi-cac-don-vi-thuoc-thanh-p-1xmqtq.html',
  confidence: 'confirmed',
  note: 'The seven item maxima (10, 10, 20, 10, 10, 10, 20) are confirmed; the sheet totals about 100 with further items not read. Titles are paraphrased.',
};

const FLAG_SOURCE: Citation = {
  instrument: 'Bảng số ban ngành chấm điểm xếp hạng thi đua cho quận, huyện (TP.HCM)',
  url: 'https://tailieumienphi.vn/doc/mau-bang-so-ban-nganh-cham-diem-xep-hang-thi-dua-cho-quan-huyen-thuoc-thanh-pho-yxmqtq.html',
  confidence: 'confirmed',
  note: 'Worked example on the sheet: 97 + 10 = 107.',
};

function latest(values: readonly { readonly value: string }[]): string {
  return (values[values.length - 1] as { readonly value: string }).value;
}

const confirmed = { basis: [SHEET_SOURCE], confidence: 'confirmed' } as const;

/**
 * Ho Chi Minh City's 100-point sheet for ranking the emulation-and-commendation work (công tác
 * TĐKT) of departments, districts and corporations (2008), with the city's flag bonuses: +10
 * for the city's or a ministry's Cờ thi đua, +15 for the Cờ thi đua của Chính phủ. The two
 * flags do not stack (the larger applies; pass `stackExclusive: true` to add them). The total
 * may exceed 100 (97 + 10 = 107). Seven item maxima are confirmed; item 8 ("other items",
 * 10 points) fills the sheet to 100 and is illustrative.
 *
 * @example
 * ```ts
 * import { HCMC_TDKT_WORK_SHEET, scoreUnit } from 'tdkt';
 * const s = scoreUnit(HCMC_TDKT_WORK_SHEET, {
 *   unit: 'QUAN-1',
 *   scores: { '1': 10, '2': 10, '3': 20, '4': 10, '5': 10, '6': 10, '7': 17, '8': 10 },
 *   bonuses: [{ item: 'CO_TINH_BO' }],
 * });
 * s.base; // '97.00'
 * s.total; // '107.00'
 * ```
 * @category Scoring
 * @since 0.1.0
 */
export const HCMC_TDKT_WORK_SHEET: ScoreSheet = /* @__PURE__ */ defineScoreSheet({
  id: 'HCMC-TDKT-2008',
  title: 'Tiêu chí, thang điểm chấm điểm xếp hạng công tác thi đua – khen thưởng (TP.HCM)',
  titleEn: 'Criteria and scale for ranking the emulation-and-commendation work (Ho Chi Minh City)',
  max: 100,
  criteria: [
    {
      id: '1',
      title: 'Phân chia cụm, khối thi đua; gửi đăng ký thi đua đúng hạn',
      titleEn: 'Divide units into clusters; send the emulation registration on time',
      max: 10,
      ...confirmed,
    },
    {
      id: '2',
      title: 'Thực hiện giao ước thi đua; tham gia hoạt động cụm, khối của Thành phố',
      titleEn: 'Carry out the covenant; take part in the city cluster activities',
      max: 10,
      ...confirmed,
    },
    {
      id: '3',
      title: 'Chương trình, kế hoạch phát động phong trào thi đua; tổ chức sơ kết, tổng kết',
      titleEn: 'Programme and plan to launch movements; hold the reviews',
      max: 20,
      ...confirmed,
    },
    {
      id: '4',
      title: 'Kiểm tra, tự kiểm tra công tác thi đua, khen thưởng; báo cáo đúng hạn',
      titleEn: 'Inspection and self-inspection of TĐKT work; reports on time',
      max: 10,
      ...confirmed,
    },
    {
      id: '5',
      title: 'Báo cáo định kỳ; tham dự hội họp',
      titleEn: 'Periodic reports; meeting attendance',
      max: 10,
      ...confirmed,
    },
    {
      id: '6',
      title: 'Xây dựng, nhân rộng điển hình tiên tiến',
      titleEn: 'Build and replicate advanced models',
      max: 10,
      ...confirmed,
    },
    {
      id: '7',
      title: 'Hồ sơ đề nghị khen thưởng đúng quy định, kịp thời',
      titleEn: 'Correct and timely commendation dossiers',
      max: 20,
      ...confirmed,
    },
    {
      id: '8',
      title: 'Các nội dung khác (minh họa)',
      titleEn: 'Further items (illustrative)',
      max: 10,
      confidence: 'unconfirmed',
      note: 'Illustrative: the source lists further items up to about 100 points; this item stands for them.',
    },
  ],
  bonus: {
    allowFreeform: false,
    items: [
      {
        id: 'CO_TINH_BO',
        title: 'Được tặng Cờ thi đua xuất sắc của Thành phố hoặc của Bộ',
        titleEn: 'Received the city’s or a ministry’s emulation flag',
        points: /* @__PURE__ */ latest(SCORE_BONUS_CO_TINH_BO.values),
        exclusiveGroup: 'CO_THI_DUA',
        basis: [FLAG_SOURCE],
        confidence: 'confirmed',
        note: 'Parameter SCORE_BONUS_CO_TINH_BO.',
      },
      {
        id: 'CO_CP',
        title: 'Được tặng Cờ thi đua của Chính phủ',
        titleEn: 'Received the Government emulation flag',
        points: /* @__PURE__ */ latest(SCORE_BONUS_CO_CP.values),
        exclusiveGroup: 'CO_THI_DUA',
        basis: [FLAG_SOURCE],
        confidence: 'confirmed',
        note: 'Parameter SCORE_BONUS_CO_CP. Whether it stacks with CO_TINH_BO is not stated [unconfirmed]; the larger applies by default [inference].',
      },
    ],
  },
  source: [SHEET_SOURCE, FLAG_SOURCE],
  confidence: 'secondary',
  note: 'Seven item maxima and the two flag bonuses are confirmed; item 8 is illustrative; the stacking rule is an inference.',
});
