import type { RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const ND91_11 = cite(I.ND91, 'confirmed', { article: 11, url: SRC.coCp2017 });
const L2003_25 = cite(I.L2003, 'confirmed', { article: 25, url: SRC.coCp2003 });
const L2022_25 = (clause: number, point?: string) =>
  cite(I.L2022, 'confirmed', {
    article: 25,
    clause,
    ...(point ? { point } : {}),
    url: SRC.coCp2024,
  });
const CV5007 = cite(I.CV5007, 'confirmed', {
  url: SRC.cv5007,
  note: 'letter of 2023-09-05; its application under Decrees 98/2023 and 152/2025 is believed unchanged [unconfirmed]',
});

/**
 * "Cờ thi đua của Chính phủ": chosen among collectives leading clusters (Law 06/2022 Đ25 k1),
 * or (Decree 91/2017 Đ11) among the collectives that met the Cờ Bộ/tỉnh standard. The 20% cap is
 * applied across candidates by the quota helpers, not here.
 * @internal
 */
export const CO_CP_RULES: readonly RuleSpec[] = [
  {
    honour: 'CO_CP',
    recipient: 'collective',
    regimes: OLD_REGIMES,
    title: { vi: 'Cờ thi đua của Chính phủ', en: 'Government Emulation Flag' },
    basis: [L2003_25, ND91_11],
    criteria: [
      notUnderReview(true),
      {
        id: 'holds-co-bo-tinh',
        type: 'heldInPeriod',
        codes: ['CO_BO_TINH'],
        concurrent: { civil: 'CO_BO_TINH' },
        label: {
          vi: 'Đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh trong kỳ',
          en: 'Met the ministry/province flag standard for the period',
        },
        basis: [ND91_11],
      },
    ],
    judgements: [
      judge(
        'outstanding-nationwide',
        {
          vi: 'Hoàn thành vượt mức các chỉ tiêu, nhiệm vụ; là tập thể tiêu biểu xuất sắc; nội bộ đoàn kết, tổ chức đảng, đoàn thể trong sạch, vững mạnh',
          en: 'Exceeded its targets; an outstanding collective; united, with clean and strong party and mass organisations',
        },
        [L2003_25],
      ),
      judge(
        'proposal-cap',
        {
          vi: 'Số đề nghị không quá 20% số tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh: áp dụng cho toàn bộ danh sách (dùng selectWithinQuota)',
          en: 'Proposals may not exceed 20% of the collectives meeting the ministry/province flag standard: applies across the list (use selectWithinQuota)',
        },
        [ND91_11],
      ),
      judge(
        'other-tracks',
        {
          vi: 'Cũng được xét: Bộ, ngành, tỉnh dẫn đầu khối, cụm thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức; tập thể dẫn đầu phong trào thi đua theo chuyên đề do Chủ tịch nước, Thủ tướng phát động từ {CO_CP_THEMATIC_MIN_YEARS} năm trở lên',
          en: 'Also considered: ministries or provinces leading the central council’s clusters; the top collective of a thematic movement launched by the President or Prime Minister lasting {CO_CP_THEMATIC_MIN_YEARS} years or more',
        },
        [ND91_11],
      ),
    ],
  },
  {
    honour: 'CO_CP',
    recipient: 'collective',
    regimes: NEW_REGIMES,
    title: { vi: 'Cờ thi đua của Chính phủ', en: 'Government Emulation Flag' },
    basis: [L2022_25(1)],
    criteria: [
      notUnderReview(false),
      {
        id: 'led-cluster',
        type: 'ledCluster',
        label: {
          vi: 'Thuộc các tập thể dẫn đầu cụm, khối thi đua do Bộ, ngành, tỉnh tổ chức',
          en: 'Among the collectives leading clusters or blocks organised by ministries and provinces',
        },
        basis: [L2022_25(1)],
      },
    ],
    judgements: [
      judge(
        'excellent-results',
        {
          vi: 'Có thành tích xuất sắc, hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm',
          en: 'Excellent achievements, exceeded the emulation targets and tasks of the year',
        },
        [L2022_25(1, 'a')],
      ),
      judge(
        'solidarity-integrity',
        {
          vi: 'Nội bộ đoàn kết; tổ chức đảng, đoàn thể trong sạch, vững mạnh; đi đầu thực hành tiết kiệm, chống lãng phí, phòng, chống tham nhũng, tiêu cực',
          en: 'Internal solidarity; clean and strong party and mass organisations; leads in thrift, anti-waste and anti-corruption',
        },
        [L2022_25(1, 'b')],
      ),
      judge(
        'proposal-cap',
        {
          vi: 'Số đề nghị không quá 20% số tập thể được suy tôn dẫn đầu cụm, khối; biên bản phải ghi rõ cụm, khối dẫn đầu: áp dụng cho toàn bộ danh sách (dùng selectWithinQuota)',
          en: 'Proposals may not exceed 20% of the collectives voted to lead clusters; the minutes name the cluster led: applies across the list (use selectWithinQuota)',
        },
        [CV5007],
      ),
      judge(
        'other-tracks',
        {
          vi: 'Cũng được xét: tập thể dẫn đầu cụm, khối do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức; tập thể dẫn đầu phong trào do Thủ tướng phát động từ {CO_CP_THEMATIC_MIN_YEARS} năm trở lên',
          en: 'Also considered: the leader of a cluster organised by the central council; the leader of a Prime Minister’s movement of {CO_CP_THEMATIC_MIN_YEARS} years or more',
        },
        [L2022_25(2), L2022_25(3)],
      ),
    ],
  },
];
