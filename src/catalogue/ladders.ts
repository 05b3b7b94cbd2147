import type { Message } from '../core/errors.js';
import type { Confidence } from '../law/citation.js';
import type { HonourCode } from './codes.js';
import { PAIRING } from './data.js';

/**
 * A ladder ("thang khen thưởng"): the usual order in which a person or collective climbs from
 * lower to higher honours, with its armed-forces counterpart. A ladder is one track among
 * several: a higher award does not require every lower rung.
 * @example
 * ```ts
 * import { HONOUR_LADDERS } from 'tdkt';
 * HONOUR_LADDERS.find((l) => l.id === 'collective-titles')?.armedForces; // ['DVTT', 'DVQT', 'CO_BO_TINH', 'CO_CP']
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export interface HonourLadder {
  /** Stable id, e.g. `'individual-titles'`. */
  readonly id: string;
  /** Name in Vietnamese. */
  readonly nameVi: string;
  /** Name in English. */
  readonly nameEn: string;
  /** Rungs of the civilian ladder, lowest first. */
  readonly civil: readonly HonourCode[];
  /** Rungs of the armed-forces ladder, lowest first, rung for rung with `civil`. */
  readonly armedForces: readonly HonourCode[];
  /** How sure the library is of the pairing of the two ladders. */
  readonly confidence: Confidence;
  /** Remarks in both languages. */
  readonly note?: Message;
}

function freezeLadders(list: readonly HonourLadder[]): readonly HonourLadder[] {
  return Object.freeze(
    list.map((l) =>
      Object.freeze({
        ...l,
        civil: Object.freeze([...l.civil]),
        armedForces: Object.freeze([...l.armedForces]),
        ...(l.note ? { note: Object.freeze({ ...l.note }) } : {}),
      }),
    ),
  );
}

/**
 * The three ladders of the catalogue: individual titles, collective titles and award forms,
 * each with its armed-forces counterpart rung for rung.
 *
 * @example
 * ```ts
 * import { HONOUR_LADDERS } from 'tdkt';
 * HONOUR_LADDERS[0]?.civil; // ['LDTT', 'CSTDCS', 'CSTD_BO_TINH', 'CSTDTQ']
 * HONOUR_LADDERS[0]?.armedForces; // ['CSTT', 'CSTDCS', 'CSTD_BO_TINH', 'CSTDTQ']
 * ```
 * @category Catalogue
 * @since 0.1.0
 */
export const HONOUR_LADDERS: readonly HonourLadder[] = /* @__PURE__ */ freezeLadders([
  {
    id: 'individual-titles',
    nameVi: 'Danh hiệu thi đua cá nhân',
    nameEn: 'Individual emulation titles',
    civil: ['LDTT', 'CSTDCS', 'CSTD_BO_TINH', 'CSTDTQ'],
    armedForces: ['CSTT', 'CSTDCS', 'CSTD_BO_TINH', 'CSTDTQ'],
    confidence: 'confirmed',
    note: {
      vi: 'Quân đội: bậc ba là "Chiến sĩ thi đua toàn quân" (mã CSTD_BO_TINH)',
      en: 'Army: the third rung is "Chiến sĩ thi đua toàn quân" (code CSTD_BO_TINH)',
    },
  },
  {
    id: 'collective-titles',
    nameVi: 'Danh hiệu thi đua tập thể',
    nameEn: 'Collective emulation titles',
    civil: ['TTLDTT', 'TTLDXS', 'CO_BO_TINH', 'CO_CP'],
    armedForces: ['DVTT', 'DVQT', 'CO_BO_TINH', 'CO_CP'],
    confidence: 'confirmed',
  },
  {
    id: 'award-forms',
    nameVi: 'Hình thức khen thưởng',
    nameEn: 'Award forms',
    civil: [
      'GIAY_KHEN',
      'BK_BO_TINH',
      'BK_TTG',
      'HCLD3',
      'HCLD2',
      'HCLD1',
      'HCDL3',
      'HCDL2',
      'HCDL1',
    ],
    armedForces: [
      'GIAY_KHEN',
      'BK_BO_TINH',
      'BK_TTG',
      'HCBVTQ3',
      'HCBVTQ2',
      'HCBVTQ1',
      'HCQC3',
      'HCQC2',
      'HCQC1',
    ],
    confidence: 'unconfirmed',
    note: PAIRING,
  },
]);
