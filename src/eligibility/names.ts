import type { HonourCode } from '../catalogue/codes.js';
import type { Message } from '../core/errors.js';
import type { Discipline, Rating, Scope } from '../core/records.js';

/**
 * Ratings from lowest to highest.
 * @internal
 */
export const RATING_ORDER: readonly Rating[] = ['KHTNV', 'HTNV', 'HTTNV', 'HTXSNV'];

/**
 * Disciplinary forms from lightest to heaviest.
 * @internal
 */
export const DISCIPLINE_ORDER: readonly Discipline[] = [
  'khien-trach',
  'canh-cao',
  'ha-bac-luong',
  'giang-chuc',
  'cach-chuc',
  'buoc-thoi-viec',
];

/**
 * Scopes from narrowest to widest.
 * @internal
 */
export const SCOPE_ORDER: readonly Scope[] = ['co-so', 'bo-tinh', 'toan-quoc'];

/** @internal */
export const RATING_NAME: Readonly<Record<Rating, Message>> = {
  HTXSNV: { vi: 'hoàn thành xuất sắc nhiệm vụ', en: 'completed duties excellently (HTXSNV)' },
  HTTNV: { vi: 'hoàn thành tốt nhiệm vụ', en: 'completed duties well (HTTNV)' },
  HTNV: { vi: 'hoàn thành nhiệm vụ', en: 'completed duties (HTNV)' },
  KHTNV: { vi: 'không hoàn thành nhiệm vụ', en: 'did not complete duties (KHTNV)' },
};

/** @internal */
export const DISCIPLINE_NAME: Readonly<Record<Discipline, Message>> = {
  'khien-trach': { vi: 'khiển trách', en: 'reprimand' },
  'canh-cao': { vi: 'cảnh cáo', en: 'warning' },
  'ha-bac-luong': { vi: 'hạ bậc lương', en: 'salary downgrade' },
  'giang-chuc': { vi: 'giáng chức', en: 'demotion' },
  'cach-chuc': { vi: 'cách chức', en: 'dismissal from post' },
  'buoc-thoi-viec': { vi: 'buộc thôi việc', en: 'forced dismissal' },
};

/** @internal */
export const SCOPE_NAME: Readonly<Record<Scope, Message>> = {
  'co-so': { vi: 'cơ sở', en: 'base level' },
  'bo-tinh': { vi: 'Bộ, ngành, tỉnh', en: 'ministry or province' },
  'toan-quoc': { vi: 'toàn quốc', en: 'nationwide' },
};

/**
 * Short names of the honours the rules mention, for messages (the catalogue module holds the
 * full entries).
 * @internal
 */
export const HONOUR_SHORT: Readonly<Partial<Record<HonourCode, Message>>> = {
  LDTT: { vi: 'Lao động tiên tiến', en: 'Advanced Worker (LĐTT)' },
  CSTT: { vi: 'Chiến sĩ tiên tiến', en: 'Advanced Soldier (CSTT)' },
  CSTDCS: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter (CSTĐCS)' },
  CSTD_BO_TINH: {
    vi: 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh',
    en: 'Ministry/Province Emulation Fighter',
  },
  CSTDTQ: { vi: 'Chiến sĩ thi đua toàn quốc', en: 'National Emulation Fighter' },
  TTLDTT: { vi: 'Tập thể lao động tiên tiến', en: 'Advanced Collective (TTLĐTT)' },
  DVTT: { vi: 'Đơn vị tiên tiến', en: 'Advanced Unit (ĐVTT)' },
  TTLDXS: { vi: 'Tập thể lao động xuất sắc', en: 'Excellent Collective (TTLĐXS)' },
  DVQT: { vi: 'Đơn vị quyết thắng', en: '"Determined to Win" Unit (ĐVQT)' },
  CO_BO_TINH: { vi: 'Cờ thi đua của Bộ, ban, ngành, tỉnh', en: 'Ministry/Province Emulation Flag' },
  CO_CP: { vi: 'Cờ thi đua của Chính phủ', en: 'Government Emulation Flag' },
  BK_BO_TINH: {
    vi: 'Bằng khen của Bộ, ban, ngành, tỉnh',
    en: 'Ministry/Province Certificate of Merit',
  },
  BK_TTG: {
    vi: 'Bằng khen của Thủ tướng Chính phủ',
    en: "Prime Minister's Certificate of Merit",
  },
  HCLD1: { vi: 'Huân chương Lao động hạng Nhất', en: 'Labour Order, first class' },
  HCLD2: { vi: 'Huân chương Lao động hạng Nhì', en: 'Labour Order, second class' },
  HCLD3: { vi: 'Huân chương Lao động hạng Ba', en: 'Labour Order, third class' },
  GDVH: { vi: 'Gia đình văn hóa', en: 'Cultural Family' },
  THON_TDP_VH: { vi: 'Thôn, tổ dân phố văn hóa', en: 'Cultural Village / Residential Group' },
  XA_TIEU_BIEU: { vi: 'Xã, phường, thị trấn tiêu biểu', en: 'Exemplary Commune' },
};

/**
 * Short name of an honour for messages (its code when not listed).
 * @internal
 */
export function honourName(code: HonourCode): Message {
  return HONOUR_SHORT[code] ?? { vi: code, en: code };
}

/**
 * Names of a list of honours joined by "hoặc" / "or".
 * @internal
 */
export function honoursName(codes: readonly HonourCode[]): Message {
  const names = codes.map(honourName);
  return {
    vi: names.map((n) => n.vi).join(' hoặc '),
    en: names.map((n) => n.en).join(' or '),
  };
}
