import type { Citation } from '../../law/citation.js';
import { type BandValue, SCORE_BAND_TTLDTT, SCORE_BAND_TTLDXS } from '../../law/params/scoring.js';
import { defineScoreSheet } from '../sheet.js';
import type { BandSpec, ScoreSheet } from '../types.js';

const SOURCE: Citation = {
  instrument: '08/2019/TT-BLĐTBXH',
  url: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/47874-hd-danh-hieu-tap-the-lao-dong-tien-tien-nganh-lao-dong-thuong-binh-va-xa-hoi.html',
  confidence: 'confirmed',
  note: 'Mẫu số 06: a 100-point scale; TTLĐTT 70–90 points, TTLĐXS 91–100 points. Only the scale and the bands are confirmed.',
};

const ILLUSTRATIVE = {
  confidence: 'unconfirmed',
  note: 'Illustrative: the items of mẫu số 06 were not read; only the 100-point scale and the bands are confirmed.',
} as const;

function bandOf(
  code: string,
  title: string,
  values: readonly { readonly value: BandValue }[],
): BandSpec {
  const v = (values[values.length - 1] as { readonly value: BandValue }).value;
  return {
    code,
    title,
    min: v.min,
    max: v.max,
    includeMin: v.includeMin,
    includeMax: v.includeMax,
  };
}

/**
 * The labour sector's 100-point form for collectives (Thông tư 08/2019/TT-BLĐTBXH, mẫu số 06):
 * "Tập thể lao động tiên tiến" from 70 to 90 points, "Tập thể lao động xuất sắc" from 91 to 100,
 * both closed as the circular writes them — so a score strictly between 90 and 91 (e.g. 90.5)
 * falls in no band, and the unit's score says so (`bandStatus: 'in-gap'`). The bands are
 * confirmed; the criteria below them are illustrative (`confidence: 'unconfirmed'`): replace
 * them with your unit's items, keeping the bands.
 *
 * @example
 * ```ts
 * import { LABOUR_FORM_06_SHEET, scoreUnit } from 'tdkt';
 * const s = scoreUnit(LABOUR_FORM_06_SHEET, {
 *   unit: 'PHONG-LDVL',
 *   scores: { 'I.1': 38, 'I.2': 18, II: 18, 'III.1': 9, 'III.3': 4 },
 *   counts: { 'III.2': 2 },
 * });
 * s.total; // '91.00'
 * s.band; // 'TTLDXS'
 * ```
 * @category Scoring
 * @since 0.1.0
 */
export const LABOUR_FORM_06_SHEET: ScoreSheet = /* @__PURE__ */ defineScoreSheet({
  id: 'BLDTBXH-TT08-2019-MAU06',
  title: 'Bảng chấm điểm thi đua tập thể, thang 100 điểm (Thông tư 08/2019/TT-BLĐTBXH, mẫu số 06)',
  titleEn:
    'Collective emulation score sheet, 100-point scale (Circular 08/2019/TT-BLĐTBXH, form 06)',
  max: 100,
  criteria: [
    {
      id: 'I',
      title: 'Thực hiện nhiệm vụ chuyên môn được giao (minh họa)',
      titleEn: 'Assigned professional tasks (illustrative)',
      max: 60,
      ...ILLUSTRATIVE,
      children: [
        {
          id: 'I.1',
          title: 'Kết quả thực hiện chỉ tiêu, kế hoạch (minh họa)',
          max: 40,
          ...ILLUSTRATIVE,
        },
        { id: 'I.2', title: 'Chất lượng, tiến độ công việc (minh họa)', max: 20, ...ILLUSTRATIVE },
      ],
    },
    {
      id: 'II',
      title: 'Xây dựng đơn vị, chấp hành chế độ, chính sách, kỷ luật (minh họa)',
      titleEn: 'Building the unit; discipline and policies (illustrative)',
      max: 20,
      ...ILLUSTRATIVE,
    },
    {
      id: 'III',
      title: 'Phong trào thi đua, hoạt động đoàn thể (minh họa)',
      titleEn: 'Emulation movements and mass organisations (illustrative)',
      max: 20,
      ...ILLUSTRATIVE,
      children: [
        { id: 'III.1', title: 'Tham gia phong trào thi đua (minh họa)', max: 10, ...ILLUSTRATIVE },
        {
          id: 'III.2',
          title: 'Sáng kiến được công nhận: 2 điểm mỗi sáng kiến, tối đa 6 điểm (minh họa)',
          max: 6,
          perOccurrence: 2,
          ...ILLUSTRATIVE,
        },
        { id: 'III.3', title: 'Hoạt động đoàn thể (minh họa)', max: 4, ...ILLUSTRATIVE },
      ],
    },
  ],
  bands: [
    /* @__PURE__ */ bandOf('TTLDTT', 'Tập thể lao động tiên tiến', SCORE_BAND_TTLDTT.values),
    /* @__PURE__ */ bandOf('TTLDXS', 'Tập thể lao động xuất sắc', SCORE_BAND_TTLDXS.values),
  ],
  bandCheck: 'no-overlap',
  source: [SOURCE],
  confidence: 'unconfirmed',
  note: 'Bands confirmed (parameters SCORE_BAND_TTLDTT, SCORE_BAND_TTLDXS); criteria illustrative.',
});
