import type { Message } from '../../core/errors.js';
import type { Citation } from '../../law/citation.js';
import { deepFreeze } from '../common/validate.js';

/**
 * The official framework of one school year ("khung kế hoạch thời gian năm học") set by the
 * Ministry of Education and Training. The library buckets school years 1/9–31/8; these are the
 * real dates of the years it has data for.
 * @category Calendar
 */
export interface SchoolYearFramework {
  /** School-year id, e.g. `'2025-2026'`. */
  readonly id: string;
  /** Day schools open ("tựu trường" / "khai giảng"), ISO. */
  readonly opening: string;
  /** Term I ends before this day (ISO). */
  readonly termOneEndsBefore: string;
  /** The school year ends before this day (ISO). */
  readonly endsBefore: string;
  /** Completion of primary and lower-secondary programmes is recognised before this day (ISO). */
  readonly completionBefore?: string;
  /** Intake (enrolment) for the next year is finished before this day (ISO). */
  readonly intakeBefore?: string;
  /** Teaching weeks in the year, and per term. */
  readonly teachingWeeks: { readonly total: number; readonly terms: readonly number[] };
  /** Legal basis. */
  readonly basis: readonly Citation[];
  /** Notes for TĐKT use. */
  readonly note: Message;
}

/**
 * The official school-year frameworks the library knows (calendar reference §6). TĐKT
 * reviews of a school year ("tổng kết công tác thi đua khen thưởng năm học …") are issued
 * June–August, and the plans decide education awards in Q3.
 *
 * @example
 * ```ts
 * import { SCHOOL_YEAR_FRAMEWORKS } from 'tdkt';
 * SCHOOL_YEAR_FRAMEWORKS.find((f) => f.id === '2025-2026')?.opening; // '2025-09-05'
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export const SCHOOL_YEAR_FRAMEWORKS: readonly SchoolYearFramework[] = /* @__PURE__ */ deepFreeze([
  {
    id: '2025-2026',
    opening: '2025-09-05',
    termOneEndsBefore: '2026-01-18',
    endsBefore: '2026-05-31',
    completionBefore: '2026-06-30',
    intakeBefore: '2026-07-31',
    teachingWeeks: { total: 35, terms: [18, 17] },
    basis: [
      {
        instrument: '2269/QĐ-BGDĐT',
        confidence: 'secondary',
        url: 'https://www.vietnamplus.vn/ky-thi-tot-nghiep-thpt-nam-2026-du-kien-dien-ra-ngay-11-va-126-post1055202.vnp',
        note: 'Quyết định 2269/QĐ-BGDĐT, 11/8/2025 (calendar tag: secondary, news page; also baogialai.com.vn)',
      },
    ],
    note: {
      vi: 'Khai giảng 5/9/2025; kết thúc học kỳ I trước 18/1/2026; kết thúc năm học trước 31/5/2026; xét công nhận hoàn thành chương trình tiểu học, THCS trước 30/6; tuyển sinh xong trước 31/7/2026.',
      en: 'Opening 5 Sep 2025; term I ends before 18 Jan 2026; the year ends before 31 May 2026; primary and lower-secondary completion before 30 June; intake finished before 31 July 2026.',
    },
  },
]);

/**
 * The official framework of a school year, or `undefined` when the library has no data for it.
 *
 * @example
 * ```ts
 * import { schoolYearFramework } from 'tdkt';
 * schoolYearFramework('2025-2026')?.endsBefore; // '2026-05-31'
 * schoolYearFramework('2030-2031');             // undefined
 * ```
 * @category Calendar
 * @since 0.1.0
 */
export function schoolYearFramework(id: string): SchoolYearFramework | undefined {
  if (typeof id !== 'string') return undefined;
  const key = id.trim().replace(/\s*[-\u2010-\u2015\u2212]\s*/u, '-');
  return SCHOOL_YEAR_FRAMEWORKS.find((f) => f.id === key);
}
