import type { RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const ND91_12 = cite(I.ND91, 'confirmed', {
  article: 12,
  url: SRC.coBt2017,
  note: 'Cờ Bộ/tỉnh requires comparison within a cluster or block',
});
const L2003_26 = cite(I.L2003, 'unconfirmed', {
  article: 26,
  note: 'content recalled, not sourced',
});
const L2022_26 = cite(I.L2022, 'unconfirmed', {
  article: 26,
  note: 'content of khoản 1–2 recalled (criteria.md §2.3)',
});
const TT29_4 = cite(I.TT29, 'confirmed', {
  article: 4,
  url: SRC.coBtEdu,
  note: 'confirmed for the education sector: the flag goes to collectives leading a cluster or block',
});

const judgements = (basis: typeof L2022_26) => [
  judge(
    'exceeded-targets',
    {
      vi: 'Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao; là tập thể tiêu biểu xuất sắc của Bộ, ngành, tỉnh',
      en: 'Exceeded its emulation targets and tasks; an outstanding collective of the ministry or province',
    },
    [basis],
  ),
  judge(
    'new-models',
    {
      vi: 'Có nhân tố mới, mô hình mới để các tập thể khác học tập',
      en: 'New factors or models for others to learn from',
    },
    [basis],
  ),
  judge(
    'solidarity-integrity',
    {
      vi: 'Nội bộ đoàn kết; thực hành tiết kiệm, chống lãng phí, phòng chống tham nhũng và tệ nạn xã hội',
      en: 'Internal solidarity; thrift, anti-waste and anti-corruption',
    },
    [basis],
  ),
  judge(
    'number-per-cluster',
    {
      vi: 'Số Cờ mỗi cụm, khối do Bộ, ngành, tỉnh quy định',
      en: 'The number of flags per cluster or block is set by the ministry or province',
    },
    [basis],
  ),
];

/**
 * "Cờ thi đua của Bộ, ban, ngành, tỉnh": the computable part is leading a cluster or block (the
 * vote is an input fact); the rest is for the council.
 * @internal
 */
export const CO_BO_TINH_RULES: readonly RuleSpec[] = [
  {
    honour: 'CO_BO_TINH',
    recipient: 'collective',
    regimes: OLD_REGIMES,
    title: {
      vi: 'Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương',
      en: 'Ministry/Province Emulation Flag',
    },
    basis: [L2003_26, ND91_12],
    criteria: [
      notUnderReview(true),
      {
        id: 'led-cluster',
        type: 'ledCluster',
        label: {
          vi: 'Dẫn đầu cụm, khối thi đua qua bình xét, so sánh trong cụm, khối',
          en: 'Leads its cluster or block after comparison within it',
        },
        basis: [
          ND91_12,
          cite(I.ND91, 'inference', {
            article: 12,
            note: 'leading read as the outcome of the comparison',
          }),
        ],
      },
    ],
    judgements: judgements(L2003_26),
  },
  {
    honour: 'CO_BO_TINH',
    recipient: 'collective',
    regimes: NEW_REGIMES,
    title: { vi: 'Cờ thi đua của Bộ, ban, ngành, tỉnh', en: 'Ministry/Province Emulation Flag' },
    basis: [L2022_26],
    criteria: [
      notUnderReview(false),
      {
        id: 'led-cluster',
        type: 'ledCluster',
        label: {
          vi: 'Được cụm, khối thi đua do Bộ, ngành, tỉnh tổ chức suy tôn dẫn đầu',
          en: 'Voted leader of a cluster or block organised by the ministry or province',
        },
        basis: [
          TT29_4,
          cite(I.L2022, 'inference', {
            article: 26,
            note: 'national rule read from the sector circular',
          }),
        ],
      },
    ],
    judgements: judgements(L2022_26),
  },
];
