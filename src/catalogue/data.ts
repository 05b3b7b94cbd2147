/**
 * The catalogue as frozen data: every emulation title and award form of Law 06/2022/QH15
 * (Luật Thi đua, khen thưởng), the pre-2024 names and the legacy forms kept for imports.
 *
 * Sources and confidence tags: the project's domain reference (catalogue.md), with the article
 * anchors and public pages listed there; article numbers marked "(i)" there are inferred and
 * carry `confidence: 'unconfirmed'` here.
 */
import type { Message } from '../core/errors.js';
import type { Citation, Confidence } from '../law/citation.js';
import type { RegimeId } from '../law/regimes.js';
import type { HonourCode } from './codes.js';
import type { Honour, HonourDecider, RecipientKind } from './types.js';

/**
 * Every regime id, oldest first (kept in step with `REGIMES` by a test; listed here so that the
 * catalogue does not pull the regime table into a bundle).
 * @internal
 */
export const REGIME_IDS: readonly RegimeId[] = ['VN-2017', 'VN-2024', 'VN-2025-07', 'VN-2026-10'];
const FROM_2024: readonly RegimeId[] = ['VN-2024', 'VN-2025-07', 'VN-2026-10'];

// ---------------------------------------------------------------------------------------------
// Citations (shared objects; URLs are the public pages where the text was read)

const LAW = '06/2022/QH15';
const ND98 = '98/2023/NĐ-CP';
const INFERRED = 'article number inferred (i)';
const NOT_CONFIRMED = 'article number unconfirmed';
const URL_LOCAL =
  'https://lawnet.vn/ngan-hang-phap-luat/tu-van-phap-luat/bo-may-hanh-chinh/danh-hieu-thon-to-dan-pho-van-hoa-theo-quy-dinh-moi-nhat-369139';

const URL_LIST =
  'http://tintuc.thuvienphapluat.com/thoi-su-phap-luat/chinh-sach-moi/57739/cac-danh-hieu-thi-dua-khen-thuong-theo-luat-moi-nhat';
const URL_GAZETTE = 'https://vi.wikisource.org/wiki/Trang:Cong_bao_Chinh_phu_571_572_nam_2022.pdf/';

function cite(
  article: number | undefined,
  confidence: Confidence,
  url?: string,
  extra?: { clause?: number; point?: string; note?: string; instrument?: string },
): Citation {
  const c: {
    instrument: string;
    article?: number;
    clause?: number;
    point?: string;
    url?: string;
    confidence: Confidence;
    note?: string;
  } = { instrument: extra?.instrument ?? LAW, confidence };
  if (article !== undefined) c.article = article;
  if (extra?.clause !== undefined) c.clause = extra.clause;
  if (extra?.point !== undefined) c.point = extra.point;
  if (url !== undefined) c.url = url;
  if (extra?.note !== undefined) c.note = extra.note;
  return Object.freeze(c);
}

/** Inferred article of Law 06/2022/QH15. */
const inferred = (article: number, note?: string): Citation =>
  cite(article, 'unconfirmed', undefined, { note: note ? `${INFERRED}; ${note}` : INFERRED });

const TITLES_LIST = cite(19, 'confirmed', URL_LIST, { note: 'list of titles' });
const STATE_TITLES = cite(
  3,
  'confirmed',
  'https://beta.thuvienphapluat.vn/phap-luat/co-thi-dua-cua-chinh-phu-va-chien-si-thi-dua-toan-quoc-deu-la-cac-danh-hieu-thi-dua-cap-nha-nuoc-du-559217-152347.html',
  { instrument: ND98, clause: 2, note: 'state level' },
);
const STATE_AWARDS = cite(3, 'confirmed', undefined, {
  instrument: ND98,
  clause: 1,
  note: 'state level',
});
const ORDERS_LIST = cite(
  33,
  'confirmed',
  'http://118.69.201.251:801/phap-luat/ngoai-huan-chuong-sao-vang-con-co-nhung-loai-huan-chuong-nao-than-huan-chuong-lam-bang-chat-lieu-gi-364524-198622.html',
  { clause: 2, note: 'list of orders' },
);
const BONUS = cite(
  55,
  'confirmed',
  'https://thuvienphapluat.vn/hoi-dap-phap-luat/83A2752-hd-muc-tien-thuong-huan-chuong-lao-dong-hang-3-khi-tang-luong-co-so-len-234-trieu-la-bao-nhieu.html',
  {
    instrument: ND98,
    note: 'bonusMultiple; individual or collective rate unconfirmed',
  },
);
const MEDALS_LIST = cite(54, 'confirmed', `${URL_GAZETTE}37`, {
  clause: 2,
  note: 'list of medals',
});
const STATE_HONORARY_LIST = cite(59, 'confirmed', `${URL_GAZETTE}40`, {
  clause: 2,
  note: 'list of state honorary titles',
});
const LOCAL_FRAME = cite(
  undefined,
  'confirmed',
  'https://nvsk.vnanet.vn/quy-dinh-moi-ve-khung-tieu-chuan-xet-tang-thon-to-dan-pho-van-hoa-1-138424.vna',
  { instrument: '86/2023/NĐ-CP', note: 'criteria frame' },
);
const D24 = cite(24, 'confirmed', 'http://laocai.edu.vn/?pageid=100257&qid=76381');
const D27 = 'https://stp.thuathienhue.gov.vn/?gd=12&cn=28&tc=9123';
const D28 = cite(
  28,
  'confirmed',
  'http://118.69.201.250:801/phap-luat/tieu-chuan-doi-tuong-xet-tang-danh-hieu-tap-the-lao-dong-tien-tien-trong-pham-vi-chuc-nang-nhiem-vu-186664-178190.html',
);
const D60 = cite(60, 'confirmed', `${URL_GAZETTE}40`);
const PRIZES = inferred(68, 'Điều 68–70');

// ---------------------------------------------------------------------------------------------
// Deciders

const dec = (vi: string, en: string, confidence: Confidence = 'unconfirmed'): HonourDecider =>
  Object.freeze({ vi, en, confidence });

const PM = 'Thủ tướng Chính phủ';
const PRESIDENT_VI = 'Chủ tịch nước';
const MIN_VI = 'Bộ trưởng, Thủ trưởng cơ quan trung ương, Chủ tịch UBND cấp tỉnh';
const MIN_EN = "Minister, head of a central body, Chairman of the provincial People's Committee";
const UNIT_VI = 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp huyện (đến 30/6/2025)';
const UNIT_EN =
  "Head of the agency or unit; Chairman of the district People's Committee (until 2025-06-30)";

const D_PM = dec(PM, 'Prime Minister');
const D_PM_OK = dec(PM, 'Prime Minister', 'confirmed');
const D_PRESIDENT = dec(PRESIDENT_VI, 'State President');
const D_MIN = dec(MIN_VI, MIN_EN);
const D_MIN_OK = dec(MIN_VI, MIN_EN, 'confirmed');
const D_UNIT = dec(UNIT_VI, UNIT_EN);
const D_COMMUNE = dec('Chủ tịch UBND cấp xã', "Chairman of the commune People's Committee");

// ---------------------------------------------------------------------------------------------
// Recipients (shared arrays)

const IND: readonly RecipientKind[] = ['individual'];
const COL: readonly RecipientKind[] = ['collective'];
const IND_COL: readonly RecipientKind[] = ['individual', 'collective'];

// ---------------------------------------------------------------------------------------------
// Raw entries

type Raw = Omit<Honour, 'aliases' | 'regimes'> & {
  readonly aliases?: readonly string[];
  readonly regimes?: readonly RegimeId[];
};

const BEFORE_2024 = '2023-12-31';
const GRADE_VI = ['Nhất', 'Nhì', 'Ba'] as const;
const GRADE_EN = ['1st', '2nd', '3rd'] as const;

/**
 * Abbreviations of the graded families: each becomes an alias "<abbr> hạng <class>" of every
 * class. Names that are mislabelled in real material ("Huân chương Chiến sĩ vẻ vang" for the
 * medal) are listed too.
 * @internal
 */
export const FAMILY_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  HCDL: ['HCĐL'],
  HCQC: ['HCQC'],
  HCLD: ['HCLĐ'],
  HCBVTQ: ['HCBVTQ'],
  HCCC: ['HCCC'],
  HCCSVV: ['HCCSVV', 'Huân chương Chiến sĩ vẻ vang'],
  HCKC: ['HCKC'],
};

interface GradedSpec {
  readonly prefix: string;
  readonly family: string;
  readonly category: 'order' | 'medal';
  readonly nameVi: string;
  readonly nameEn: string;
  readonly recipients: readonly RecipientKind[];
  readonly basis: readonly (readonly Citation[])[];
  readonly counterpart?: string;
  readonly civil?: string;
  readonly armedForcesOnly?: true;
  readonly bonus?: readonly string[];
  readonly grades?: 2 | 3;
  readonly legacy?: true;
  readonly unconfirmed?: readonly string[];
  readonly decider?: HonourDecider;
  readonly note?: Message;
}

function graded(s: GradedSpec): Raw[] {
  const out: Raw[] = [];
  const n = s.grades ?? 3;
  for (let i = 0; i < n; i++) {
    const g = (i + 1) as 1 | 2 | 3;
    const raw: { -readonly [K in keyof Raw]?: Raw[K] } = {
      code: `${s.prefix}${g}` as HonourCode,
      category: s.category,
      nameVi: `${s.nameVi} hạng ${GRADE_VI[i]}`,
      nameEn: `${s.nameEn}, ${GRADE_EN[i]} class`,
      recipients: s.recipients,
      grade: g,
      level: 'state',
      basis: s.basis[i] ?? s.basis[0] ?? [],
      family: s.family,
    };
    if (s.counterpart) raw.armedForcesCounterpart = `${s.counterpart}${g}` as HonourCode;
    if (s.civil) raw.civilCounterpart = `${s.civil}${g}` as HonourCode;
    if (s.armedForcesOnly) raw.armedForcesOnly = true;
    const bonus = s.bonus?.[i];
    if (bonus) raw.bonusMultiple = bonus;
    if (s.legacy) {
      raw.legacy = true;
      raw.regimes = [];
    } else raw.decider = s.decider ?? D_PRESIDENT;
    if (s.unconfirmed) raw.unconfirmed = s.unconfirmed;
    if (s.note) raw.note = s.note;
    out.push(raw as Raw);
  }
  return out;
}

const ORDER_BONUS_HIGH = ['15', '12.5', '10.5'];
const ORDER_BONUS_MID = ['9', '7.5', '4.5'];
/** @internal */
export const PAIRING: Message = {
  vi: 'Cặp HCLĐ↔HCBVTQ, HCĐL↔HCQC chưa xác nhận là quy tắc chung',
  en: 'The pairing HCLĐ↔HCBVTQ, HCĐL↔HCQC is unconfirmed as a general rule',
};

const ISSUER_APART: Message = {
  vi: 'Cơ quan trao tặng ghi riêng',
  en: 'The issuer is recorded apart',
};

const RAW: readonly Raw[] = [
  // ------------------------------------------------------------------ Emulation titles (Đ19–31)
  {
    code: 'CSTDTQ',
    category: 'emulation-title',
    nameVi: 'Chiến sĩ thi đua toàn quốc',
    nameEn: 'National Emulation Fighter',
    aliases: ['CSTĐTQ'],
    recipients: IND,
    level: 'state',
    decider: D_PM,
    basis: [
      cite(
        21,
        'confirmed',
        'https://lawnet.vn/thong-tin-phap-luat/khac/tieu-chuan-danh-hieu-chien-si-thi-dua-toan-quoc-tu-2024-103164.html',
      ),
      TITLES_LIST,
      STATE_TITLES,
    ],
    note: {
      vi: 'Lực lượng vũ trang dùng cùng danh hiệu',
      en: 'The armed forces use the same title',
    },
  },
  {
    code: 'CSTD_BO_TINH',
    category: 'emulation-title',
    nameVi: 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
    nameEn: 'Ministry/Province Emulation Fighter',
    aliases: [
      'CSTĐ cấp tỉnh',
      'CSTĐ cấp Bộ',
      'CSTĐT',
      'Chiến sỹ thi đua cấp tỉnh',
      'CSTĐ toàn quân',
    ],
    formerNames: [
      { until: BEFORE_2024, nameVi: 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương' },
    ],
    armedForcesName: 'Chiến sĩ thi đua toàn quân',
    recipients: IND,
    level: 'ministry-province',
    decider: D_MIN,
    basis: [
      cite(
        22,
        'confirmed',
        'http://118.69.84.238:801/phap-luat/xet-tang-chien-si-thi-dua-cap-tinh-can-co-dieu-kien-ve-thanh-tich-nhu-the-nao-danh-hieu-thi-dua-doi-534745-164752.html',
        { note: 'also cited as Điều 21' },
      ),
      TITLES_LIST,
    ],
  },
  {
    code: 'CSTDCS',
    category: 'emulation-title',
    nameVi: 'Chiến sĩ thi đua cơ sở',
    nameEn: 'Grassroots Emulation Fighter',
    aliases: ['CSTĐCS', 'CSTĐ cơ sở', 'CSTĐ cấp cơ sở'],
    recipients: IND,
    level: 'grassroots',
    decider: D_UNIT,
    basis: [
      cite(
        23,
        'confirmed',
        'https://laodong.vn/ban-doc/tieu-chuan-chien-si-thi-dua-co-so-tu-112024-1283391.ldo',
        {
          note: 'cited there as Điều 21, a slip',
        },
      ),
      TITLES_LIST,
    ],
  },
  {
    code: 'LDTT',
    category: 'emulation-title',
    nameVi: 'Lao động tiên tiến',
    nameEn: 'Advanced Worker',
    aliases: ['LĐTT'],
    recipients: IND,
    armedForcesCounterpart: 'CSTT',
    level: 'grassroots',
    decider: dec(
      `${UNIT_VI}; Chủ tịch UBND cấp xã đối với cán bộ, công chức cấp xã`,
      `${UNIT_EN}; the commune chairman for commune staff`,
    ),
    basis: [D24, TITLES_LIST],
  },
  {
    code: 'CSTT',
    category: 'emulation-title',
    nameVi: 'Chiến sĩ tiên tiến',
    nameEn: 'Advanced Soldier',
    recipients: IND,
    civilCounterpart: 'LDTT',
    armedForcesOnly: true,
    level: 'grassroots',
    decider: dec('Người chỉ huy đơn vị', 'Unit commander'),
    basis: [D24, TITLES_LIST],
    note: {
      vi: 'Quân đội, dân quân thường trực, cơ động, công an',
      en: 'Army, standing and mobile militia, police',
    },
  },
  {
    code: 'CO_CP',
    category: 'emulation-title',
    nameVi: 'Cờ thi đua của Chính phủ',
    nameEn: 'Government Emulation Flag',
    aliases: ['Cờ thi đua Chính phủ', 'Cờ CP'],
    recipients: COL,
    level: 'state',
    decider: D_PM,
    basis: [
      cite(
        25,
        'confirmed',
        'https://thuonghieucongluan.com.vn/tieu-chuan-tap-the-duoc-xet-tang-co-thi-dua-cua-chinh-phu-a222789.html',
      ),
      TITLES_LIST,
      STATE_TITLES,
    ],
  },
  {
    code: 'CO_BO_TINH',
    category: 'emulation-title',
    nameVi: 'Cờ thi đua của Bộ, ban, ngành, tỉnh',
    nameEn: 'Ministry/Province Emulation Flag',
    aliases: [
      'Cờ thi đua UBND tỉnh',
      'Cờ thi đua xuất sắc',
      'Cờ thi đua cấp bộ',
      'Cờ thi đua cấp tỉnh',
      'Cờ thi đua Bộ, ban, ngành, tỉnh',
    ],
    formerNames: [
      { until: BEFORE_2024, nameVi: 'Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương' },
    ],
    recipients: COL,
    level: 'ministry-province',
    decider: D_MIN_OK,
    basis: [
      cite(26, 'confirmed', 'https://thanhtra.thuathienhue.gov.vn/?gd=11&cn=28&tc=12866'),
      TITLES_LIST,
    ],
    note: ISSUER_APART,
  },
  {
    code: 'TTLDXS',
    category: 'emulation-title',
    nameVi: 'Tập thể lao động xuất sắc',
    nameEn: 'Excellent Collective',
    aliases: ['TTLĐXS'],
    recipients: COL,
    armedForcesCounterpart: 'DVQT',
    level: 'ministry-province',
    decider: D_MIN,
    basis: [cite(27, 'confirmed', D27, { clause: 1 }), TITLES_LIST],
  },
  {
    code: 'DVQT',
    category: 'emulation-title',
    nameVi: 'Đơn vị quyết thắng',
    nameEn: '"Determined to Win" Unit',
    aliases: ['ĐVQT'],
    recipients: COL,
    civilCounterpart: 'TTLDXS',
    armedForcesOnly: true,
    level: 'ministry-province',
    basis: [cite(27, 'confirmed', D27, { clause: 2 }), TITLES_LIST],
  },
  {
    code: 'TTLDTT',
    category: 'emulation-title',
    nameVi: 'Tập thể lao động tiên tiến',
    nameEn: 'Advanced Collective',
    aliases: ['TTLĐTT'],
    recipients: COL,
    armedForcesCounterpart: 'DVTT',
    level: 'grassroots',
    decider: D_UNIT,
    basis: [D28, TITLES_LIST],
  },
  {
    code: 'DVTT',
    category: 'emulation-title',
    nameVi: 'Đơn vị tiên tiến',
    nameEn: 'Advanced Unit',
    aliases: ['ĐVTT'],
    recipients: COL,
    civilCounterpart: 'TTLDTT',
    armedForcesOnly: true,
    level: 'grassroots',
    basis: [D28, TITLES_LIST],
  },
  {
    code: 'XA_TIEU_BIEU',
    category: 'emulation-title',
    nameVi: 'Xã, phường, thị trấn tiêu biểu',
    nameEn: 'Exemplary Commune, Ward or Township',
    recipients: ['commune'],
    level: 'local',
    regimes: FROM_2024,
    laterNames: [
      {
        from: '2026-10-01',
        regime: 'VN-2026-10',
        nameVi: 'Xã, phường, đặc khu tiêu biểu',
        confidence: 'secondary',
      },
    ],
    basis: [inferred(29), TITLES_LIST, LOCAL_FRAME],
    unconfirmed: ['decider'],
  },
  {
    code: 'THON_TDP_VH',
    category: 'emulation-title',
    nameVi: 'Thôn, tổ dân phố văn hóa',
    nameEn: 'Cultural Village or Residential Group',
    aliases: [
      'Thôn văn hóa',
      'Tổ dân phố văn hóa',
      'Khu phố văn hóa',
      'Khu dân cư văn hóa',
      'Làng văn hóa',
      'Ấp văn hóa',
      'Bản văn hóa',
      'Thôn, làng, ấp, bản, tổ dân phố văn hóa',
    ],
    recipients: ['village'],
    level: 'local',
    decider: D_COMMUNE,
    basis: [cite(30, 'confirmed', URL_LOCAL), TITLES_LIST, LOCAL_FRAME],
    unconfirmed: ['regimes'],
  },
  {
    code: 'GDVH',
    category: 'emulation-title',
    nameVi: 'Gia đình văn hóa',
    nameEn: 'Cultural Family',
    aliases: ['GĐVH', 'Hộ gia đình văn hóa'],
    recipients: ['household'],
    level: 'local',
    decider: D_COMMUNE,
    basis: [cite(31, 'confirmed', URL_LOCAL), TITLES_LIST, LOCAL_FRAME],
    unconfirmed: ['regimes'],
  },

  // ------------------------------------------------------------------ Orders (Đ33–53)
  {
    code: 'HC_SAO_VANG',
    category: 'order',
    nameVi: 'Huân chương Sao vàng',
    nameEn: 'Gold Star Order',
    recipients: IND_COL,
    level: 'state',
    decider: dec(PRESIDENT_VI, 'State President', 'confirmed'),
    bonusMultiple: '46',
    basis: [
      cite(
        34,
        'confirmed',
        'https://thuvienphapluat.vn/phap-luat/huan-chuong-sao-vang-co-phai-la-huan-chuong-cao-quy-nhat-cua-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-na-142215.html',
      ),
      ORDERS_LIST,
      STATE_AWARDS,
      BONUS,
    ],
  },
  {
    code: 'HC_HO_CHI_MINH',
    category: 'order',
    nameVi: 'Huân chương Hồ Chí Minh',
    nameEn: 'Ho Chi Minh Order',
    recipients: IND_COL,
    level: 'state',
    decider: D_PRESIDENT,
    bonusMultiple: '30.5',
    basis: [inferred(35), ORDERS_LIST, STATE_AWARDS, BONUS],
    unconfirmed: ['recipients'],
  },
  ...graded({
    prefix: 'HCDL',
    family: 'HCDL',
    note: PAIRING,
    category: 'order',
    nameVi: 'Huân chương Độc lập',
    nameEn: 'Independence Order',
    recipients: IND_COL,
    counterpart: 'HCQC',
    bonus: ORDER_BONUS_HIGH,
    basis: [36, 37, 38].map((a) => [
      cite(a, 'unconfirmed', undefined, { note: NOT_CONFIRMED }),
      ORDERS_LIST,
      STATE_AWARDS,
      BONUS,
    ]),
    unconfirmed: ['armedForcesCounterpart'],
  }),
  ...graded({
    prefix: 'HCQC',
    family: 'HCQC',
    note: PAIRING,
    category: 'order',
    nameVi: 'Huân chương Quân công',
    nameEn: 'Military Exploit Order',
    recipients: IND_COL,
    civil: 'HCDL',
    armedForcesOnly: true,
    bonus: ORDER_BONUS_HIGH,
    basis: [39, 40, 41].map((a) => [inferred(a), ORDERS_LIST, STATE_AWARDS, BONUS]),
  }),
  ...graded({
    prefix: 'HCLD',
    family: 'HCLD',
    note: PAIRING,
    category: 'order',
    nameVi: 'Huân chương Lao động',
    nameEn: 'Labour Order',
    recipients: IND_COL,
    counterpart: 'HCBVTQ',
    bonus: ORDER_BONUS_MID,
    basis: [
      [cite(42, 'unconfirmed', undefined, { note: NOT_CONFIRMED })],
      [
        cite(
          43,
          'confirmed',
          'https://thuvienphapluat.vn/hoi-dap-phap-luat/83A0204-hd-ai-duoc-tang-huan-chuong-lao-dong-hang-2-muc-tien-thuong-la-bao-nhieu.html',
        ),
      ],
      [
        cite(
          44,
          'confirmed',
          'https://news.laodong.vn/thoi-su/bo-noi-vu-noi-ve-tieu-chuan-xet-huan-chuong-lao-dong-hang-ba-1467558.ldo',
        ),
      ],
    ].map((c) => [...c, ORDERS_LIST, STATE_AWARDS, BONUS]),
    unconfirmed: ['armedForcesCounterpart'],
  }),
  ...graded({
    prefix: 'HCBVTQ',
    family: 'HCBVTQ',
    note: PAIRING,
    category: 'order',
    nameVi: 'Huân chương Bảo vệ Tổ quốc',
    nameEn: 'Fatherland Defence Order',
    recipients: IND_COL,
    civil: 'HCLD',
    armedForcesOnly: true,
    bonus: ORDER_BONUS_MID,
    basis: [45, 46, 47].map((a) => [inferred(a), ORDERS_LIST, STATE_AWARDS, BONUS]),
  }),
  ...graded({
    prefix: 'HCCC',
    family: 'HCCC',
    category: 'order',
    nameVi: 'Huân chương Chiến công',
    nameEn: 'Feat of Arms Order',
    recipients: IND_COL,
    bonus: ORDER_BONUS_MID,
    basis: [48, 49, 50].map((a) => [inferred(a), ORDERS_LIST, STATE_AWARDS, BONUS]),
    unconfirmed: ['recipients'],
  }),
  {
    code: 'HC_DAI_DOAN_KET',
    category: 'order',
    nameVi: 'Huân chương Đại đoàn kết dân tộc',
    nameEn: 'Great National Unity Order',
    recipients: IND,
    level: 'state',
    decider: D_PRESIDENT,
    bonusMultiple: '7.5',
    basis: [inferred(51), ORDERS_LIST, STATE_AWARDS, BONUS],
    unconfirmed: ['recipients'],
  },
  {
    code: 'HC_DUNG_CAM',
    category: 'order',
    nameVi: 'Huân chương Dũng cảm',
    nameEn: 'Bravery Order',
    recipients: IND,
    level: 'state',
    decider: D_PRESIDENT,
    bonusMultiple: '4.5',
    basis: [inferred(52), ORDERS_LIST, STATE_AWARDS, BONUS],
    unconfirmed: ['recipients'],
  },
  {
    code: 'HC_HUU_NGHI',
    category: 'order',
    nameVi: 'Huân chương Hữu nghị',
    nameEn: 'Friendship Order',
    recipients: IND_COL,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [
      cite(53, 'confirmed', `${URL_GAZETTE}37`, {
        note: 'the article before the medals section',
      }),
      ORDERS_LIST,
      STATE_AWARDS,
    ],
    unconfirmed: ['recipients'],
    note: { vi: 'Tặng người, tập thể nước ngoài', en: 'For foreigners and foreign collectives' },
  },

  // ------------------------------------------------------------------ Medals (Đ54–58)
  {
    code: 'HUY_CHUONG_QKQT',
    category: 'medal',
    nameVi: 'Huy chương Quân kỳ quyết thắng',
    nameEn: '"Determined to Win" Army Flag Medal',
    aliases: ['HC QKQT', 'HCQKQT'],
    recipients: IND,
    armedForcesOnly: true,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [cite(55, 'confirmed', `${URL_GAZETTE}37`), MEDALS_LIST, STATE_AWARDS],
  },
  {
    code: 'HUY_CHUONG_VI_AN_NINH_TQ',
    category: 'medal',
    nameVi: 'Huy chương Vì an ninh Tổ quốc',
    nameEn: 'For National Security Medal',
    recipients: IND,
    armedForcesOnly: true,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [cite(56, 'confirmed', `${URL_GAZETTE}37`), MEDALS_LIST, STATE_AWARDS],
  },
  ...graded({
    prefix: 'HUY_CHUONG_CSVV',
    family: 'HCCSVV',
    category: 'medal',
    nameVi: 'Huy chương Chiến sĩ vẻ vang',
    nameEn: 'Glorious Fighter Medal',
    recipients: IND,
    armedForcesOnly: true,
    basis: [[inferred(57), MEDALS_LIST, STATE_AWARDS]],
  }),
  {
    code: 'HUY_CHUONG_HUU_NGHI',
    category: 'medal',
    nameVi: 'Huy chương Hữu nghị',
    nameEn: 'Friendship Medal',
    recipients: IND,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [inferred(58), MEDALS_LIST, STATE_AWARDS],
    note: { vi: 'Tặng người nước ngoài', en: 'For foreigners' },
  },
  {
    code: 'HUY_CHUONG_TNXP_VV',
    category: 'medal',
    nameVi: 'Huy chương Thanh niên xung phong vẻ vang',
    nameEn: 'Glorious Youth Volunteer Medal',
    aliases: ['HC TNXP vẻ vang'],
    recipients: IND,
    level: 'state',
    decider: dec(PRESIDENT_VI, 'State President', 'secondary'),
    regimes: FROM_2024,
    basis: [
      cite(undefined, 'secondary', undefined, {
        instrument: '28/2024/NĐ-CP',
        note: 'procedure; not in Điều 54 k2 of the Law',
      }),
      cite(
        undefined,
        'secondary',
        'https://thanhnien.vn/quy-dinh-moi-ve-xet-tang-truy-tang-huy-chuong-thanh-nien-xung-phong-ve-vang-185260107145808885.htm',
        { instrument: '01/2026/QĐ-TTg', note: 'procedure from 2026' },
      ),
    ],
    note: { vi: 'Cựu thanh niên xung phong', en: 'Former youth volunteers' },
  },

  // ------------------------------------------------------------------ State honorary titles (Đ59–67)
  {
    code: 'TINH_ANH_HUNG',
    category: 'state-honorary-title',
    nameVi: 'Tỉnh Anh hùng',
    nameEn: 'Heroic Province',
    recipients: COL,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [D60, STATE_HONORARY_LIST],
    note: { vi: 'Tặng tỉnh', en: 'Awarded to a province' },
  },
  {
    code: 'TP_ANH_HUNG',
    category: 'state-honorary-title',
    nameVi: 'Thành phố Anh hùng',
    nameEn: 'Heroic City',
    recipients: COL,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [D60, STATE_HONORARY_LIST],
    note: {
      vi: 'Tặng thành phố trực thuộc trung ương',
      en: 'Awarded to a centrally governed city',
    },
  },
  {
    code: 'BMVNAH',
    category: 'state-honorary-title',
    nameVi: 'Bà mẹ Việt Nam anh hùng',
    nameEn: 'Heroic Vietnamese Mother',
    aliases: ['Mẹ Việt Nam anh hùng'],
    recipients: IND,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [inferred(61), STATE_HONORARY_LIST],
  },
  {
    code: 'AHLLVTND',
    category: 'state-honorary-title',
    nameVi: 'Anh hùng Lực lượng vũ trang nhân dân',
    nameEn: "Hero of the People's Armed Forces",
    aliases: ['Anh hùng Lực lượng vũ trang'],
    recipients: IND_COL,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [inferred(62), STATE_HONORARY_LIST],
  },
  {
    code: 'AHLD',
    category: 'state-honorary-title',
    nameVi: 'Anh hùng Lao động',
    nameEn: 'Labour Hero',
    aliases: ['AHLĐ', 'Anh hùng Lao động thời kỳ đổi mới'],
    recipients: IND_COL,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [inferred(63), STATE_HONORARY_LIST],
  },
  ...(
    [
      ['NGND', 'Nhà giáo nhân dân', "People's Teacher", 64],
      ['NGUT', 'Nhà giáo ưu tú', 'Meritorious Teacher', 64],
      ['TTND', 'Thầy thuốc nhân dân', "People's Physician", 65],
      ['TTUT', 'Thầy thuốc ưu tú', 'Meritorious Physician', 65],
      ['NSND', 'Nghệ sĩ nhân dân', "People's Artist", 66],
      ['NSUT', 'Nghệ sĩ ưu tú', 'Meritorious Artist', 66],
      ['NNND', 'Nghệ nhân nhân dân', "People's Artisan", 67],
      ['NNUT', 'Nghệ nhân ưu tú', 'Meritorious Artisan', 67],
    ] as const
  ).map(
    ([code, nameVi, nameEn, article]): Raw => ({
      code,
      category: 'state-honorary-title',
      nameVi,
      nameEn,
      aliases: code.endsWith('UT') ? [`${code.slice(0, 2)}ƯT`] : [],
      recipients: IND,
      level: 'state',
      decider: D_PRESIDENT,
      basis: [inferred(article), STATE_HONORARY_LIST],
    }),
  ),

  // ------------------------------------------------------------------ Prizes (Đ68–70)
  {
    code: 'GT_HCM',
    category: 'prize',
    nameVi: 'Giải thưởng Hồ Chí Minh',
    nameEn: 'Ho Chi Minh Prize',
    aliases: ['GT HCM'],
    recipients: IND,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [PRIZES],
    unconfirmed: ['recipients'],
  },
  {
    code: 'GT_NHA_NUOC',
    category: 'prize',
    nameVi: 'Giải thưởng Nhà nước',
    nameEn: 'State Prize',
    recipients: IND,
    level: 'state',
    decider: D_PRESIDENT,
    basis: [PRIZES],
    unconfirmed: ['recipients'],
  },

  // ------------------------------------------------------------------ Commemorative medals (Đ71)
  {
    code: 'KY_NIEM_CHUONG',
    category: 'commemorative-medal',
    nameVi: 'Kỷ niệm chương',
    nameEn: 'Commemorative Medal',
    aliases: ['KNC', 'Huy hiệu'],
    recipients: IND,
    level: 'ministry-province',
    decider: dec(
      'Bộ, ban, ngành, tổ chức trung ương; HĐND tỉnh quy định tên, đối tượng, tiêu chuẩn',
      "The ministry or central organisation; the provincial People's Council sets name, recipients and criteria",
      'confirmed',
    ),
    basis: [
      cite(
        71,
        'confirmed',
        'https://dantri.com.vn/noi-vu/can-bo-cong-chuc-tung-bi-ky-luat-co-duoc-xet-tang-ky-niem-chuong-cap-tinh-20251021094939483.htm',
        { clause: 2 },
      ),
    ],
    note: {
      vi: 'Tên cụ thể kèm lĩnh vực ("Kỷ niệm chương Vì sự nghiệp …")',
      en: 'The actual name carries a sector ("Kỷ niệm chương Vì sự nghiệp …")',
    },
  },

  // ------------------------------------------------------------------ Certificates (Đ73–75)
  {
    code: 'BK_TTG',
    category: 'certificate-of-merit',
    nameVi: 'Bằng khen của Thủ tướng Chính phủ',
    nameEn: "Prime Minister's Certificate of Merit",
    aliases: ['BK TTg', 'BKTTg', 'BKTTCP', 'Bằng khen Thủ tướng Chính phủ', 'Bằng khen Chính phủ'],
    recipients: ['individual', 'collective', 'household'],
    level: 'state',
    decider: D_PM_OK,
    basis: [
      cite(
        73,
        'confirmed',
        'https://phunuquandoi.vn/chinh-sach-bhxh-bhyt/dieu-kien-duoc-xet-tang-bang-khen-cua-thu-tuong-chinh-phu',
      ),
      STATE_AWARDS,
    ],
    unconfirmed: ['recipients'],
  },
  {
    code: 'BK_BO_TINH',
    category: 'certificate-of-merit',
    nameVi: 'Bằng khen của Bộ, ban, ngành, tỉnh',
    nameEn: 'Ministry/Province Certificate of Merit',
    aliases: [
      'Bằng khen UBND tỉnh',
      'Bằng khen Chủ tịch UBND tỉnh',
      'Bằng khen cấp tỉnh',
      'Bằng khen cấp bộ',
      'BKCT',
      'BKBQP',
      'Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương',
    ],
    recipients: IND_COL,
    level: 'ministry-province',
    decider: D_MIN,
    basis: [
      cite(
        74,
        'confirmed',
        'https://chinhsachonline.chinhphu.vn/tieu-chuan-de-nghi-xet-tang-bang-khen-cua-bo-nganh-77204.htm',
      ),
    ],
    note: ISSUER_APART,
  },
  {
    code: 'GIAY_KHEN',
    category: 'certificate-of-commendation',
    nameVi: 'Giấy khen',
    nameEn: 'Certificate of Commendation',
    aliases: ['GK'],
    recipients: ['individual', 'collective', 'household'],
    level: 'grassroots',
    decider: dec(
      `${UNIT_VI}; Chủ tịch UBND cấp xã; người đứng đầu doanh nghiệp`,
      `${UNIT_EN}; the commune chairman; heads of enterprises`,
    ),
    basis: [
      cite(
        75,
        'confirmed',
        'https://baochinhphu.vn/tieu-chuan-xet-tang-giay-khen-102241213091854171.htm',
      ),
    ],
    unconfirmed: ['recipients'],
  },

  // ------------------------------------------------------------------ Legacy (import only)
  ...graded({
    prefix: 'HC_KHANG_CHIEN',
    family: 'HCKC',
    category: 'order',
    nameVi: 'Huân chương Kháng chiến',
    nameEn: 'Resistance Order',
    recipients: IND_COL,
    basis: [[]],
    legacy: true,
    unconfirmed: ['recipients', 'basis'],
  }),
  ...graded({
    prefix: 'HUY_CHUONG_KHANG_CHIEN',
    family: 'HUY_CHUONG_KHANG_CHIEN',
    category: 'medal',
    nameVi: 'Huy chương Kháng chiến',
    nameEn: 'Resistance Medal',
    recipients: IND,
    basis: [[]],
    grades: 2,
    legacy: true,
    unconfirmed: ['recipients', 'basis'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Build (deep-freeze, defaults, generated aliases)

function freezeArray<T>(items: readonly T[]): readonly T[] {
  return Object.isFrozen(items) ? items : Object.freeze([...items]);
}

function buildHonour(raw: Raw): Honour {
  const aliases = [...(raw.aliases ?? [])];
  if (raw.family && raw.grade) {
    for (const abbr of FAMILY_ABBREVIATIONS[raw.family] ?? []) {
      aliases.push(`${abbr} hạng ${GRADE_VI[raw.grade - 1]}`);
    }
    const first = FAMILY_ABBREVIATIONS[raw.family]?.[0];
    if (first && !first.includes(' ')) aliases.push(`${first}${raw.grade}`);
  }
  const h: { -readonly [K in keyof Honour]?: Honour[K] } = {
    ...raw,
    aliases: Object.freeze(aliases.map((a) => a.normalize('NFC'))),
    regimes: freezeArray(raw.regimes ?? REGIME_IDS),
    recipients: freezeArray(raw.recipients),
    basis: freezeArray(raw.basis),
  };
  if (raw.formerNames)
    h.formerNames = Object.freeze(raw.formerNames.map((f) => Object.freeze({ ...f })));
  if (raw.laterNames)
    h.laterNames = Object.freeze(raw.laterNames.map((f) => Object.freeze({ ...f })));
  if (raw.unconfirmed) h.unconfirmed = freezeArray(raw.unconfirmed);
  if (raw.note) h.note = Object.freeze({ ...raw.note });
  return Object.freeze(h) as Honour;
}

/**
 * The whole catalogue, in the order of `HONOUR_CODES`.
 * @internal
 */
export const HONOURS: readonly Honour[] = /* @__PURE__ */ Object.freeze(RAW.map(buildHonour));

let byCode: ReadonlyMap<string, Honour> | undefined;

/**
 * The catalogue keyed by code (built once, on first use).
 * @internal
 */
export function honourMap(): ReadonlyMap<string, Honour> {
  if (!byCode) byCode = new Map(HONOURS.map((h) => [h.code, h]));
  return byCode;
}
