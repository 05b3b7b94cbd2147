/**
 * Codes and enumerations of existing public TĐKT systems mapped to `tdkt` codes and values.
 * The codes are facts about those systems (their public repositories), not standards.
 */
import { describe as describeValue, fail, type Message } from '../core/errors.js';
import { foldDiacritics, normalizeVietnamese } from '../core/text.js';
import type { Confidence } from '../law/citation.js';
import type { HonourCode } from './codes.js';

/**
 * Id of a vocabulary of an existing system whose entries map to honour codes:
 * - `lppm-title`: LPPM title catalogue ids (`madanhhieutd`, Unix timestamps of March 2022);
 * - `qlkt`: QLKT (a military academy) award codes, incl. the trap `CSTDTQ` = toàn **quân**;
 * - `bvtn-emulation`, `bvtn-certificate`, `bvtn-medal`: BVTN (a hospital) ordered level enums;
 * - `qdhv-title`: QĐHV (another military academy) title enum;
 * - `hr-university`: award ids hard-coded in a national university's HR system.
 * @example
 * ```ts
 * import { mapExternalCode, type InteropHonourSystem } from 'tdkt';
 * const system: InteropHonourSystem = 'lppm-title';
 * mapExternalCode(system, '1647933042')?.code; // 'LDTT'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export type InteropHonourSystem =
  | 'lppm-title'
  | 'qlkt'
  | 'bvtn-emulation'
  | 'bvtn-certificate'
  | 'bvtn-medal'
  | 'qdhv-title'
  | 'hr-university';

/**
 * Id of a vocabulary of an existing system whose entries map to other `tdkt` values
 * (categories, recipients, levels, ratings, scopes, movement kinds).
 * @example
 * ```ts
 * import { mapExternalValue, type InteropValueSystem } from 'tdkt';
 * const system: InteropValueSystem = 'lppm-object-kind';
 * mapExternalValue(system, 'CANHAN')?.values; // ['individual']
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export type InteropValueSystem =
  | 'lppm-award-class'
  | 'lppm-object-kind'
  | 'lppm-level'
  | 'lppm-movement-kind'
  | 'bvtn-research'
  | 'bvtn-task-completion'
  | 'qdhv-rating'
  | 'misa-commendation-level'
  | 'misa-apply-object'
  | 'misa-movement-type';

/**
 * What a value vocabulary maps to: `category` (HonourCategory), `recipient` (RecipientKind),
 * `authority-level` (`state`, `ministry`, `province`, `ministry-province`, `department`,
 * `district`, `commune`), `movement-kind` (`regular`, `thematic`, `campaign`, `stage`, `other`),
 * `scope` (Scope: `co-so`, `bo-tinh`, `toan-quoc`) or `rating` (Rating).
 * @example
 * ```ts
 * import { mapExternalValue } from 'tdkt';
 * mapExternalValue('bvtn-research', 'BO')?.field; // 'scope'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export type InteropField =
  | 'category'
  | 'recipient'
  | 'authority-level'
  | 'movement-kind'
  | 'scope'
  | 'rating';

/**
 * A vocabulary of an existing system.
 * @example
 * ```ts
 * import { listInteropSystems } from 'tdkt';
 * listInteropSystems().find((s) => s.id === 'bvtn-emulation')?.ordered; // true
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export interface InteropSystem {
  /** Id to pass to {@link mapExternalCode} or {@link mapExternalValue}. */
  readonly id: InteropHonourSystem | InteropValueSystem;
  /** `honour`: entries map to honour codes; `value`: to other values. */
  readonly kind: 'honour' | 'value';
  /** For value vocabularies, the kind of value they map to. */
  readonly field?: InteropField;
  /** The vocabulary in the system's own terms (column, enum or value list). */
  readonly name: string;
  /** Public repository (`owner/name`) where the vocabulary was read. */
  readonly source: string;
  /** True when the system orders its values (`rank` on each mapping, low → high). */
  readonly ordered: boolean;
  /** How sure the library is of the vocabulary and its mapping. */
  readonly confidence: Confidence;
}

/**
 * One external code mapped to a catalogue code. The issuer of a certificate or title is kept
 * apart from the code, as the catalogue does.
 * @example
 * ```ts
 * import { mapExternalCode } from 'tdkt';
 * mapExternalCode('bvtn-emulation', 'TOAN_QUOC')?.rank; // 4
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export interface ExternalHonourMapping {
  /** The external code as the system writes it (e.g. `'ĐVQT'` with U+0110). */
  readonly external: string;
  /** The system's label for it, when known. */
  readonly label?: string;
  /** The catalogue code. */
  readonly code: HonourCode;
  /** Issuing authority implied by the external code (e.g. `'Bộ Quốc phòng'`). */
  readonly issuer?: string;
  /** Specific name implied by the code (e.g. the sector name of a Kỷ niệm chương). */
  readonly name?: string;
  /** Position in the system's order, 1 = lowest (ordered vocabularies only). */
  readonly rank?: number;
  /** Why the mapping is what it is, in both languages. */
  readonly note?: Message;
}

/**
 * One external enumeration value mapped to `tdkt` values.
 * @example
 * ```ts
 * import { mapExternalValue } from 'tdkt';
 * mapExternalValue('misa-movement-type', 'Both')?.values; // ['campaign', 'regular']
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export interface ExternalValueMapping {
  /** The external value as the system writes it. */
  readonly external: string;
  /** The system's label for it, when known. */
  readonly label?: string;
  /** Kind of value it maps to. */
  readonly field: InteropField;
  /** The `tdkt` values it stands for (one, or several for "Both"-style values). */
  readonly values: readonly string[];
  /** Position in the system's order, 1 = lowest (ordered vocabularies only). */
  readonly rank?: number;
  /** Last day the value applies (ISO), e.g. the district level until 2025-06-30. */
  readonly validTo?: string;
  /** Why the mapping is what it is, in both languages. */
  readonly note?: Message;
}

// ---------------------------------------------------------------------------------------------
// Data

type H = readonly [external: string, code: HonourCode, extra?: Partial<ExternalHonourMapping>];
type V = readonly [
  external: string,
  values: string | readonly string[],
  extra?: Partial<ExternalValueMapping>,
];

interface SystemSpec extends Omit<InteropSystem, 'ordered'> {
  readonly honours?: readonly H[];
  readonly values?: readonly V[];
}

const LPPM = 'lifephongphanmem/thiduakhenthuong_php8';
const QLKT = 'tranducbk/QLKT';
const BVTN = 'thuanhuynhh/khen-thuong-bv-thong-nhat';
const QDHV = 'DoanVan-arch/QL_THIDUAKHENTHUONG';
const MISA = 'ntdat01/quanlydanhhieuthidua';

/** The vocabularies as data, built on first use (no work at import time). */
function systemSpecs(): readonly SystemSpec[] {
  const BQP = 'Bộ Quốc phòng';
  const msg = (vi: string, en: string): Message => ({ vi, en });
  const SAME_LEVEL = msg(
    'Thành phố và Bộ cùng cấp theo Luật',
    'City and ministry: same level in law',
  );
  const L2003_NAME = msg('Tên trước 2024', 'Pre-2024 name');
  const BY_NAME = msg('Các mã khác: ánh xạ theo tên', 'Other ids: map by name');
  const NON_ASCII = msg('Mã có Đ (U+0110); khớp cả "D"', 'Code with Đ (U+0110); "D" also matches');

  return [
    {
      id: 'lppm-title',
      kind: 'honour',
      name: 'madanhhieutd',
      source: LPPM,
      confidence: 'confirmed',
      honours: [
        ['1647933380', 'CSTDCS'],
        ['1647933381', 'CSTDTQ'],
        [
          '1647508703',
          'CSTD_BO_TINH',
          { label: 'Chiến sĩ thi đua cấp Bộ, ngành, tỉnh, đoàn thể trung ương', note: L2003_NAME },
        ],
        ['1647933042', 'LDTT'],
        ['1647933054', 'CSTT'],
        ['1647933079', 'CO_CP'],
        [
          '1647933114',
          'CO_BO_TINH',
          { label: 'Cờ thi đua cấp Bộ, ngành, tỉnh, đoàn thể trung ương', note: L2003_NAME },
        ],
        ['1647933151', 'TTLDXS'],
        ['1647933178', 'DVQT'],
        ['1647933198', 'TTLDTT'],
        ['1647933213', 'DVTT'],
        ['1647933227', 'GDVH'],
      ],
    },
    {
      id: 'qlkt',
      kind: 'honour',
      name: 'loaiKhenThuong',
      source: QLKT,
      confidence: 'confirmed',
      honours: [
        ['CSTDCS', 'CSTDCS'],
        ['CSTT', 'CSTT'],
        [
          'BKBQP',
          'BK_BO_TINH',
          {
            label: 'Bằng khen của Bộ trưởng Bộ Quốc phòng',
            issuer: BQP,
            note: msg('Cho cá nhân và đơn vị', 'For individuals and units'),
          },
        ],
        [
          'CSTDTQ',
          'CSTD_BO_TINH',
          {
            label: 'Chiến sĩ thi đua toàn quân',
            issuer: BQP,
            note: msg(
              'CSTDTQ ở đây là "toàn quân", không phải "toàn quốc"',
              'CSTDTQ here means "toàn quân" (army-wide), not "toàn quốc" (national)',
            ),
          },
        ],
        [
          'ĐVQT',
          'DVQT',
          {
            note: NON_ASCII,
          },
        ],
        [
          'ĐVTT',
          'DVTT',
          {
            note: NON_ASCII,
          },
        ],
        ['BKTTCP', 'BK_TTG'],
        ...(['NHAT', 'NHI', 'BA'] as const).flatMap((g, i): H[] => {
          const n = (i + 1) as 1 | 2 | 3;
          return [
            [
              `HCCSVV_HANG_${g}`,
              `HUY_CHUONG_CSVV${n}`,
              {
                note: msg('Huy chương, không phải Huân chương', 'A medal, not an order'),
              },
            ],
            [`HCBVTQ_HANG_${g}`, `HCBVTQ${n}`],
          ];
        }),
        ['HC_QKQT', 'HUY_CHUONG_QKQT'],
        [
          'KNC_VSNXD_QDNDVN',
          'KY_NIEM_CHUONG',
          {
            label: 'Kỷ niệm chương Vì sự nghiệp xây dựng QĐNDVN',
            issuer: BQP,
            name: 'Kỷ niệm chương Vì sự nghiệp xây dựng Quân đội nhân dân Việt Nam',
          },
        ],
      ],
    },
    {
      id: 'bvtn-emulation',
      kind: 'honour',
      name: 'EMULATION',
      source: BVTN,
      confidence: 'confirmed',
      honours: [
        ['CO_SO', 'CSTDCS', { rank: 1 }],
        ['THANH_PHO', 'CSTD_BO_TINH', { rank: 2, issuer: 'UBND thành phố', note: SAME_LEVEL }],
        ['BO', 'CSTD_BO_TINH', { rank: 3, issuer: 'Bộ', note: SAME_LEVEL }],
        ['TOAN_QUOC', 'CSTDTQ', { rank: 4 }],
      ],
    },
    {
      id: 'bvtn-certificate',
      kind: 'honour',
      name: 'CERTIFICATE',
      source: BVTN,
      confidence: 'confirmed',
      honours: [
        ['THANH_PHO', 'BK_BO_TINH', { rank: 1, issuer: 'UBND thành phố', note: SAME_LEVEL }],
        ['BO', 'BK_BO_TINH', { rank: 2, issuer: 'Bộ', note: SAME_LEVEL }],
        ['THU_TUONG', 'BK_TTG', { rank: 3 }],
      ],
    },
    {
      id: 'bvtn-medal',
      kind: 'honour',
      name: 'MEDAL',
      source: BVTN,
      confidence: 'secondary',
      honours: (['BA', 'HAI', 'NHAT'] as const).map(
        (g, i): H => [
          `HANG_${g}`,
          `HCLD${3 - i}` as HonourCode,
          {
            rank: i + 1,
            note: msg(
              'Hạng của huân chương trong quy tắc (mẫu: HCLĐ)',
              'Class of the order in the rule (example: HCLĐ)',
            ),
          },
        ],
      ),
    },
    {
      id: 'qdhv-title',
      kind: 'honour',
      name: 'danh_hieu',
      source: QDHV,
      confidence: 'confirmed',
      honours: [
        [
          'CHIEN_SI_THI_DUA',
          'CSTDCS',
          {
            label: 'Chiến sĩ thi đua',
            note: msg('Kiểm tra cấp danh hiệu trong hồ sơ', 'Check the level in the record'),
          },
        ],
        ['CHIEN_SI_TIEN_TIEN', 'CSTT'],
        ['DON_VI_QUYET_THANG', 'DVQT'],
        ['DON_VI_TIEN_TIEN', 'DVTT'],
      ],
    },
    {
      id: 'hr-university',
      kind: 'honour',
      name: 'award id',
      source: '(HR system of a national university)',
      confidence: 'secondary',
      honours: [
        [
          '01',
          'HC_SAO_VANG',
          {
            note: BY_NAME,
          },
        ],
        [
          '50',
          'CO_BO_TINH',
          {
            label: 'Cờ thi đua cấp Bộ, ngành, tỉnh',
            note: BY_NAME,
          },
        ],
      ],
    },
    {
      id: 'lppm-award-class',
      kind: 'value',
      field: 'category',
      name: 'phanloai',
      source: LPPM,
      confidence: 'confirmed',
      values: [
        ['DANHHIEUTD', 'emulation-title'],
        ['HUANCHUONG', 'order'],
        ['HUYCHUONG', 'medal'],
        ['DANHHIEUNN', 'state-honorary-title'],
        ['GIAITHUONG', 'prize'],
        ['KYNIEMCHUONG', 'commemorative-medal'],
        ['BANGKHEN', 'certificate-of-merit'],
        ['GIAYKHEN', 'certificate-of-commendation'],
      ],
    },
    {
      id: 'lppm-object-kind',
      kind: 'value',
      field: 'recipient',
      name: 'CANHAN/TAPTHE/HOGIADINH',
      source: LPPM,
      confidence: 'confirmed',
      values: [
        ['CANHAN', 'individual'],
        ['TAPTHE', 'collective'],
        ['HOGIADINH', 'household'],
      ],
    },
    {
      id: 'lppm-level',
      kind: 'value',
      field: 'authority-level',
      name: 'TW/B/T/SBN/H/X',
      source: LPPM,
      confidence: 'confirmed',
      values: [
        ['TW', 'state', { label: 'Trung ương' }],
        ['B', 'ministry', { label: 'Bộ' }],
        ['T', 'province', { label: 'Tỉnh' }],
        ['SBN', 'department', { label: 'Sở, ban, ngành' }],
        [
          'H',
          'district',
          {
            label: 'Huyện',
            validTo: '2025-06-30',
          },
        ],
        ['X', 'commune', { label: 'Xã' }],
      ],
    },
    {
      id: 'lppm-movement-kind',
      kind: 'value',
      field: 'movement-kind',
      name: 'CHUYENDE/DOT/HANGNAM/NAMNAM/KHAC',
      source: LPPM,
      confidence: 'secondary',
      values: [
        [
          'CHUYENDE',
          ['thematic', 'regular'],
          {
            note: msg(
              'Nhãn "thường xuyên": kiểm tra dữ liệu',
              'Labelled "regular": check the data',
            ),
          },
        ],
        ['DOT', 'campaign'],
        ['HANGNAM', 'regular'],
        ['NAMNAM', 'stage'],
        ['KHAC', 'other'],
      ],
    },
    {
      id: 'bvtn-research',
      kind: 'value',
      field: 'scope',
      name: 'RESEARCH',
      source: BVTN,
      confidence: 'confirmed',
      values: [
        ['CO_SO', 'co-so', { rank: 1 }],
        ['TRUONG_DAI_HOC', 'co-so', { rank: 2 }],
        ['THANH_PHO', 'bo-tinh', { rank: 3 }],
        ['BO', 'bo-tinh', { rank: 4 }],
        ['NHA_NUOC', 'toan-quoc', { rank: 5 }],
      ],
    },
    {
      id: 'bvtn-task-completion',
      kind: 'value',
      field: 'rating',
      name: 'TASK_COMPLETION',
      source: BVTN,
      confidence: 'confirmed',
      values: [
        ['KHONG_HOAN_THANH', 'KHTNV', { rank: 1 }],
        ['HOAN_THANH', 'HTNV', { rank: 2 }],
        ['HOAN_THANH_TOT', 'HTTNV', { rank: 3 }],
        ['HOAN_THANH_XUAT_SAC', 'HTXSNV', { rank: 4 }],
      ],
    },
    {
      id: 'qdhv-rating',
      kind: 'value',
      field: 'rating',
      name: 'xep_loai',
      source: QDHV,
      confidence: 'confirmed',
      values: [
        ['Không hoàn thành nhiệm vụ', 'KHTNV', { rank: 1 }],
        ['Hoàn thành nhiệm vụ', 'HTNV', { rank: 2 }],
        ['Hoàn thành tốt nhiệm vụ', 'HTTNV', { rank: 3 }],
        ['Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV', { rank: 4 }],
      ],
    },
    {
      id: 'misa-commendation-level',
      kind: 'value',
      field: 'authority-level',
      name: 'CommendationLevel',
      source: MISA,
      confidence: 'confirmed',
      values: [
        ['GovernmentLevel', 'state', { label: 'Cấp nhà nước' }],
        ['ProvinceLevel', 'ministry-province', { label: 'Cấp Tỉnh/tương đương' }],
        ['DistrictLevel', 'district', { validTo: '2025-06-30' }],
        ['VillageLevel', 'commune'],
      ],
    },
    {
      id: 'misa-apply-object',
      kind: 'value',
      field: 'recipient',
      name: 'ApplyObject',
      source: MISA,
      confidence: 'confirmed',
      values: [
        ['Individual', 'individual'],
        ['Team', 'collective'],
        ['Both', ['individual', 'collective']],
      ],
    },
    {
      id: 'misa-movement-type',
      kind: 'value',
      field: 'movement-kind',
      name: 'MovementType',
      source: MISA,
      confidence: 'confirmed',
      values: [
        ['Batched', 'campaign', { label: 'Theo đợt' }],
        ['Frequent', 'regular', { label: 'Thường xuyên' }],
        ['Both', ['campaign', 'regular']],
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Build

interface Built {
  readonly system: InteropSystem;
  readonly list: readonly (ExternalHonourMapping | ExternalValueMapping)[];
  readonly byKey: ReadonlyMap<string, ExternalHonourMapping | ExternalValueMapping>;
}

let built: ReadonlyMap<string, Built> | undefined;
let systems: readonly InteropSystem[] | undefined;

/** External codes compare folded ("ĐVQT" = "DVQT"), upper case, punctuation as "_". */
function externalKey(value: string): string {
  return foldDiacritics(normalizeVietnamese(value))
    .replace(/[ðÐ]/g, 'd')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function freezeNote<T extends { note?: Message }>(o: T): T {
  return Object.freeze(o.note ? { ...o, note: Object.freeze({ ...o.note }) } : { ...o });
}

function build(): ReadonlyMap<string, Built> {
  if (built) return built;
  const map = new Map<string, Built>();
  for (const spec of systemSpecs()) {
    const { honours, values, ...rest } = spec;
    const system: InteropSystem = Object.freeze({
      ...rest,
      ordered: [...(honours ?? []), ...(values ?? [])].some((e) => e[2]?.rank !== undefined),
    });
    const list = honours
      ? honours.map(([external, code, extra]) => freezeNote({ external, code, ...extra }))
      : (values ?? []).map(([external, v, extra]) =>
          freezeNote({
            external,
            field: spec.field as InteropField,
            values: Object.freeze(typeof v === 'string' ? [v] : [...v]),
            ...extra,
          }),
        );
    const byKey = new Map<string, ExternalHonourMapping | ExternalValueMapping>();
    for (const m of list) {
      byKey.set(m.external, m); // fast path: the code exactly as the system writes it
      byKey.set(externalKey(m.external), m);
    }
    map.set(system.id, { system, list: Object.freeze(list), byKey });
  }
  built = map;
  return map;
}

function systemOf(system: unknown, kind: 'honour' | 'value' | 'any', fn: string): Built {
  const b = typeof system === 'string' ? build().get(system) : undefined;
  if (!b || (kind !== 'any' && b.system.kind !== kind)) {
    const known = [...build().values()]
      .filter((x) => kind === 'any' || x.system.kind === kind)
      .map((x) => x.system.id);
    throw fail(
      'UNKNOWN_SYSTEM',
      ['system'],
      `${fn}: không có hệ thống ${describeValue(system)}; có: ${known.join(', ')}`,
      `${fn}: unknown system ${describeValue(system)}; known: ${known.join(', ')}`,
    );
  }
  return b;
}

function lookup(b: Built, code: unknown, fn: string) {
  return (typeof code === 'string' && b.byKey.get(code)) || b.byKey.get(keyOf(code, fn));
}

function keyOf(code: unknown, fn: string): string {
  if (typeof code === 'number' && Number.isSafeInteger(code) && code >= 0) return String(code);
  if (typeof code !== 'string') {
    throw fail(
      'INVALID_INPUT',
      ['code'],
      `${fn}: cần chuỗi hoặc số nguyên không âm, nhận được ${describeValue(code)}`,
      `${fn}: expected a string or a non-negative integer, got ${describeValue(code)}`,
    );
  }
  return code.length > 200 ? '' : externalKey(code);
}

/**
 * Map a code of an existing TĐKT system to a catalogue code, with the issuer it implies and a
 * note on the mapping. Codes are compared after trimming, upper-casing and folding "Đ" (so
 * `'ĐVQT'` and `'DVQT'` both map). Returns `undefined` for a code the vocabulary does not know:
 * map such entries by name with {@link resolveHonour} and log the ones that do not resolve.
 *
 * Beware of `qlkt`'s `CSTDTQ`: it means "Chiến sĩ thi đua toàn **quân**" (army-wide), which is
 * `CSTD_BO_TINH` issued by the Ministry of Defence, not `CSTDTQ` ("toàn quốc").
 *
 * @example
 * ```ts
 * import { mapExternalCode } from 'tdkt';
 * // QLKT's CSTDTQ is "toàn quân" (army-wide), not "toàn quốc"
 * mapExternalCode('qlkt', 'CSTDTQ')?.code; // 'CSTD_BO_TINH'
 * mapExternalCode('qlkt', 'CSTDTQ')?.issuer; // 'Bộ Quốc phòng'
 * mapExternalCode('qlkt', 'ĐVQT')?.code; // 'DVQT'
 * mapExternalCode('lppm-title', '1647933380')?.code; // 'CSTDCS'
 * mapExternalCode('lppm-title', '1671247716'); // undefined (an award form: map it by name)
 * ```
 * @throws TdktError (`UNKNOWN_SYSTEM`) when `system` is not an honour vocabulary,
 * (`INVALID_INPUT`) when `code` is neither a string nor a non-negative integer.
 * @category Catalogue
 * @since 0.1.0
 */
export function mapExternalCode(
  system: InteropHonourSystem,
  code: string | number,
): ExternalHonourMapping | undefined {
  const b = systemOf(system, 'honour', 'mapExternalCode');
  return lookup(b, code, 'mapExternalCode') as ExternalHonourMapping | undefined;
}

/**
 * Map a value of an existing system's enumeration (award class, object kind, level, movement
 * kind, rating, research level) to `tdkt` values.
 *
 * @example
 * ```ts
 * import { mapExternalValue } from 'tdkt';
 * mapExternalValue('lppm-award-class', 'BANGKHEN')?.values; // ['certificate-of-merit']
 * mapExternalValue('qdhv-rating', 'Hoàn thành tốt nhiệm vụ')?.values; // ['HTTNV']
 * mapExternalValue('lppm-level', 'H')?.validTo; // '2025-06-30'
 * ```
 * @throws TdktError (`UNKNOWN_SYSTEM`) when `system` is not a value vocabulary,
 * (`INVALID_INPUT`) when `value` is neither a string nor a non-negative integer.
 * @category Catalogue
 * @since 0.1.0
 */
export function mapExternalValue(
  system: InteropValueSystem,
  value: string | number,
): ExternalValueMapping | undefined {
  const b = systemOf(system, 'value', 'mapExternalValue');
  return lookup(b, value, 'mapExternalValue') as ExternalValueMapping | undefined;
}

/**
 * The vocabularies of existing systems that the library maps.
 *
 * @example
 * ```ts
 * import { listInteropSystems } from 'tdkt';
 * listInteropSystems().length; // 17
 * listInteropSystems().find((s) => s.id === 'qlkt')?.source; // 'tranducbk/QLKT'
 * listInteropSystems().find((s) => s.id === 'lppm-level')?.field; // 'authority-level'
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export function listInteropSystems(): readonly InteropSystem[] {
  if (!systems) systems = Object.freeze([...build().values()].map((b) => b.system));
  return systems;
}

/**
 * Every mapping of one vocabulary, in the system's order (low → high for ordered ones).
 *
 * @example
 * ```ts
 * import { listExternalMappings } from 'tdkt';
 * listExternalMappings('bvtn-certificate').map((m) => m.external); // ['THANH_PHO', 'BO', 'THU_TUONG']
 * ```
 * @throws TdktError (`UNKNOWN_SYSTEM`) for an unknown system.
 * @category Catalogue
 * @since 0.1.0
 */
export function listExternalMappings(
  system: InteropHonourSystem | InteropValueSystem,
): readonly (ExternalHonourMapping | ExternalValueMapping)[] {
  return systemOf(system, 'any', 'listExternalMappings').list;
}
