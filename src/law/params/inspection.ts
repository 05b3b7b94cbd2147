import type { Citation } from '../citation.js';
import type { Parameter } from '../parameters.js';

/** Public page of the Lạng Sơn 2013 plan (KH 12/KH-UBND). */
const LANG_SON_2013_URL = 'http://www.langson.gov.vn/ubnd/node/12416';

/** Law 06/2022/QH15 Điều 17 as published in the Official Gazette (Công báo 571–572/2022). */
const L2022_D17_URL =
  'https://vi.wikisource.org/wiki/Trang:Cong_bao_Chinh_phu_571_572_nam_2022.pdf/8';

/** The plan the three defaults come from, section by section. */
function langSon2013(section: string): Citation {
  return {
    instrument: '12/KH-UBND',
    url: LANG_SON_2013_URL,
    confidence: 'plan-text',
    note: `Kế hoạch công tác thi đua, khen thưởng năm 2013 của UBND tỉnh Lạng Sơn, ngày 24/01/2013, mục ${section} (Lạng Sơn provincial plan, 24/01/2013, section ${section})`,
  };
}

const NO_NATIONAL_QUOTA =
  `No national numeric quota was found in Law 06/2022/QH15, Decree 98/2023/NĐ-CP or Decree 152/2025/NĐ-CP: ` +
  `Law 06/2022/QH15 Điều 17 lists inspecting and supervising movements ("kiểm tra, giám sát phong trào thi đua") ` +
  `and fostering advanced models without percentages (${L2022_D17_URL}). ` +
  'The value is a provincial plan target shipped as a configurable default.';

/**
 * Share of the units it manages that each level or sector plans to inspect each year
 * ("ít nhất 30% số đơn vị thuộc cấp mình, ngành mình quản lý").
 * @internal
 */
export const PLAN_INSPECTION_MIN_PCT: Parameter<string> = {
  id: 'PLAN_INSPECTION_MIN_PCT',
  description: {
    vi: 'Tỷ lệ tối thiểu số đơn vị thuộc cấp, ngành quản lý được đưa vào kế hoạch kiểm tra, giám sát công tác thi đua, khen thưởng mỗi năm',
    en: 'Minimum share of the units a level or sector manages that its annual TĐKT inspection plan covers',
  },
  unit: 'ratio',
  values: [
    {
      from: '2013-01-24',
      value: '0.3',
      basis: [langSon2013('II.2')],
      confidence: 'plan-text',
      note: `Rounded up (ceil): the plan says "ít nhất" (at least) but states no rounding, so ceil(0.3 × n) is an inference; 11 units → 3.3 → 4. ${NO_NATIONAL_QUOTA}`,
    },
  ],
};

/**
 * Share of a cluster's units whose year-end scores the cluster cross-checks
 * ("kiểm tra chéo thẩm định kết quả chấm điểm thi đua cuối năm đối với 100% đơn vị trong cụm").
 * @internal
 */
export const PLAN_CLUSTER_CROSSCHECK_PCT: Parameter<string> = {
  id: 'PLAN_CLUSTER_CROSSCHECK_PCT',
  description: {
    vi: 'Tỷ lệ đơn vị trong cụm thi đua được kiểm tra chéo, thẩm định kết quả chấm điểm thi đua cuối năm',
    en: "Share of an emulation cluster's units whose year-end scores are cross-checked",
  },
  unit: 'ratio',
  values: [
    {
      from: '2013-01-24',
      value: '1',
      basis: [langSon2013('II.2')],
      confidence: 'plan-text',
      note: `Who checks whom is not stated in the plan (peer units or the cluster head). ${NO_NATIONAL_QUOTA}`,
    },
  ],
};

/**
 * Number of advanced models ("điển hình tiên tiến") each level, sector and unit plans to build
 * and foster in a year.
 * @internal
 */
export const PLAN_MIN_ADVANCED_MODELS: Parameter<number> = {
  id: 'PLAN_MIN_ADVANCED_MODELS',
  description: {
    vi: 'Số điển hình tiên tiến tối thiểu mỗi cấp, ngành, đơn vị có kế hoạch xây dựng, bồi dưỡng trong năm',
    en: 'Minimum number of advanced models each level, sector and unit plans to build and foster in a year',
  },
  unit: 'count',
  values: [
    {
      from: '2013-01-24',
      value: 2,
      basis: [langSon2013('II.5')],
      confidence: 'plan-text',
      note: `"ít nhất 02 điển hình tiên tiến trong việc tổ chức các phong trào thi đua". ${NO_NATIONAL_QUOTA}`,
    },
  ],
};

/**
 * Thresholds of the inspection module, each with its citation and confidence.
 * @internal
 */
export const INSPECTION_PARAMETERS: readonly Parameter[] = [
  PLAN_INSPECTION_MIN_PCT,
  PLAN_CLUSTER_CROSSCHECK_PCT,
  PLAN_MIN_ADVANCED_MODELS,
];
