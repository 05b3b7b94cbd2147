import type { RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const at2022 = (point: string) =>
  cite(I.L2022, 'confirmed', { article: 74, clause: 1, point, url: SRC.bkBt2024 });
const ND91 = cite(I.ND91, 'unconfirmed', {
  note: 'the Decree 91/2017 criteria of the ministry/province Certificate of Merit are recalled, not sourced',
});

const judgementTracks = (basis: (p: string) => ReturnType<typeof at2022>) => [
  judge(
    'track-a',
    {
      vi: 'Hoặc: gương mẫu, có thành tích xuất sắc trong các phong trào thi đua do Bộ, ngành, tỉnh phát động',
      en: 'Or: exemplary, with outstanding achievements in the ministry’s or province’s emulation movements',
    },
    [basis('a')],
  ),
  judge(
    'track-b',
    {
      vi: 'Hoặc: lập được nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng trong Bộ, ngành, tỉnh',
      en: 'Or: many or sudden achievements with influence within the ministry or province',
    },
    [basis('b')],
  ),
  judge(
    'track-c',
    {
      vi: 'Hoặc: có đóng góp về kinh tế - xã hội, hoạt động nhân đạo, từ thiện',
      en: 'Or: socio-economic, humanitarian or charitable contributions',
    },
    [basis('c')],
  ),
];

/**
 * "Bằng khen của Bộ, ban, ngành, tỉnh" (individual): the computable track d of Law 06/2022 Đ74
 * k1 — two consecutive CSTĐCS, or two consecutive HTXSNV years with two base-level initiatives.
 * @internal
 */
export const BK_BO_TINH_RULES: readonly RuleSpec[] = [
  {
    honour: 'BK_BO_TINH',
    recipient: 'individual',
    regimes: OLD_REGIMES,
    title: { vi: 'Bằng khen cấp bộ, ngành, tỉnh', en: 'Ministry/Province Certificate of Merit' },
    basis: [ND91],
    criteria: [
      notUnderReview(true),
      {
        id: 'excellent-years',
        type: 'consecutive',
        pred: { kind: 'rating', min: 'EXCELLENT_RATING' },
        window: { length: 'BK_BO_TINH_EXCELLENT_YEARS', clock: { self: true } },
        label: {
          vi: '{BK_BO_TINH_EXCELLENT_YEARS} năm liên tục {EXCELLENT_RATING}',
          en: '{BK_BO_TINH_EXCELLENT_YEARS} consecutive years {EXCELLENT_RATING}',
        },
        basis: [ND91],
      },
      {
        id: 'initiatives',
        type: 'initiatives',
        minScope: 'BK_BO_TINH_INITIATIVE_MIN_SCOPE',
        min: 'BK_BO_TINH_INITIATIVES',
        kinds: ['initiative', 'research'],
        window: { length: 'BK_BO_TINH_EXCELLENT_YEARS', clock: { self: true } },
        label: {
          vi: 'Trong thời gian đó có {BK_BO_TINH_INITIATIVES} sáng kiến được công nhận, áp dụng hiệu quả phạm vi {BK_BO_TINH_INITIATIVE_MIN_SCOPE}',
          en: 'Within those years {BK_BO_TINH_INITIATIVES} initiatives recognised and applied at {BK_BO_TINH_INITIATIVE_MIN_SCOPE} scope',
        },
        basis: [ND91],
      },
    ],
    judgements: judgementTracks(() => ND91).slice(0, 2),
  },
  {
    honour: 'BK_BO_TINH',
    recipient: 'individual',
    regimes: NEW_REGIMES,
    title: {
      vi: 'Bằng khen của Bộ, ban, ngành, tỉnh',
      en: 'Ministry/Province Certificate of Merit',
    },
    basis: [cite(I.L2022, 'confirmed', { article: 74, clause: 1, url: SRC.bkBt2024 })],
    criteria: [
      notUnderReview(false),
      {
        id: 'track-d',
        type: 'anyOf',
        label: {
          vi: 'Tiêu chuẩn điểm d khoản 1 Điều 74 (một trong hai phương án)',
          en: 'Điều 74(1)(d) (either option)',
        },
        basis: [at2022('d')],
        items: [
          {
            id: 'cstdcs-streak',
            type: 'consecutive',
            pred: { kind: 'holds', codes: ['CSTDCS'], concurrent: { civil: 'CSTDCS' } },
            window: { length: 'BK_BO_TINH_CONSECUTIVE_CSTDCS', clock: { self: true } },
            label: {
              vi: '{BK_BO_TINH_CONSECUTIVE_CSTDCS} năm liên tục đạt Chiến sĩ thi đua cơ sở',
              en: '{BK_BO_TINH_CONSECUTIVE_CSTDCS} consecutive CSTĐCS titles',
            },
            basis: [at2022('d')],
          },
          {
            id: 'excellent-with-initiatives',
            type: 'allOf',
            label: {
              vi: '{BK_BO_TINH_EXCELLENT_YEARS} năm liên tục {EXCELLENT_RATING} và {BK_BO_TINH_INITIATIVES} sáng kiến hoặc đề tài hiệu quả trong phạm vi {BK_BO_TINH_INITIATIVE_MIN_SCOPE}',
              en: '{BK_BO_TINH_EXCELLENT_YEARS} consecutive years {EXCELLENT_RATING} with {BK_BO_TINH_INITIATIVES} initiatives or research topics effective at {BK_BO_TINH_INITIATIVE_MIN_SCOPE} scope',
            },
            basis: [at2022('d')],
            items: [
              {
                id: 'excellent-years',
                type: 'consecutive',
                pred: { kind: 'rating', min: 'EXCELLENT_RATING' },
                window: { length: 'BK_BO_TINH_EXCELLENT_YEARS', clock: { self: true } },
                label: {
                  vi: '{BK_BO_TINH_EXCELLENT_YEARS} năm liên tục {EXCELLENT_RATING}',
                  en: '{BK_BO_TINH_EXCELLENT_YEARS} consecutive years {EXCELLENT_RATING}',
                },
                basis: [at2022('d')],
              },
              {
                id: 'initiatives',
                type: 'initiatives',
                minScope: 'BK_BO_TINH_INITIATIVE_MIN_SCOPE',
                min: 'BK_BO_TINH_INITIATIVES',
                kinds: ['initiative', 'research'],
                window: { length: 'BK_BO_TINH_EXCELLENT_YEARS', clock: { self: true } },
                label: {
                  vi: 'Trong các năm đó có {BK_BO_TINH_INITIATIVES} sáng kiến hoặc đề tài khoa học',
                  en: '{BK_BO_TINH_INITIATIVES} initiatives or research topics within those years',
                },
                basis: [at2022('d')],
              },
            ],
          },
        ],
      },
    ],
    judgements: judgementTracks(at2022),
  },
];
