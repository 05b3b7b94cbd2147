import type { Citation } from '../../../law/citation.js';
import type { RuleCriterionSpec, RuleSpec } from '../../types.js';
import { cite, I, judge, NEW_REGIMES, notUnderReview, OLD_REGIMES, SRC } from '../sources.js';

const L2003_21 = cite(I.L2003, 'confirmed', { article: 21, url: SRC.cstdtq2017 });
const L2022_21 = cite(I.L2022, 'confirmed', { article: 21, url: SRC.cstdtq2024 });

function criteria(old: boolean, basis: Citation): RuleCriterionSpec[] {
  return [
    notUnderReview(old),
    {
      id: 'cstd-bo-tinh-twice',
      type: 'consecutiveAwards',
      code: 'CSTD_BO_TINH',
      count: 'CSTDTQ_CONSECUTIVE_CSTD_BO_TINH',
      blockLength: 'CSTD_BO_TINH_CONSECUTIVE_CSTDCS',
      clock: { self: true },
      concurrent: true,
      label: {
        vi: '{CSTDTQ_CONSECUTIVE_CSTD_BO_TINH} lần liên tục được tặng Chiến sĩ thi đua Bộ, ban, ngành, tỉnh (khối thành tích nối tiếp nhau), lần sau kết thúc ở kỳ xét',
        en: '{CSTDTQ_CONSECUTIVE_CSTD_BO_TINH} consecutive CSTĐ Bộ/tỉnh awards (contiguous achievement blocks), the last ending in the period',
      },
      basis: [
        basis,
        cite(basis.instrument, 'inference', {
          article: 21,
          note: '"02 lần liên tục" read as two awards whose achievement blocks follow each other; a block without a written period is taken as CSTD_BO_TINH_CONSECUTIVE_CSTDCS periods ending in its year',
        }),
      ],
    },
    {
      id: 'initiative-national',
      type: 'initiatives',
      minScope: 'CSTDTQ_INITIATIVE_MIN_SCOPE',
      min: 'CSTDTQ_INITIATIVE_MIN_COUNT',
      window: { clock: { self: true } },
      label: {
        vi: 'Có sáng kiến, đề tài khoa học hoặc giải pháp trong chiến đấu phạm vi {CSTDTQ_INITIATIVE_MIN_SCOPE} (từ sau lần tặng trước, nếu có)',
        en: 'An initiative, research result or combat ingenuity of {CSTDTQ_INITIATIVE_MIN_SCOPE} scope (since any earlier award)',
      },
      basis: [basis],
    },
  ];
}

/**
 * "Chiến sĩ thi đua toàn quốc": two consecutive CSTĐ Bộ/tỉnh awards and a nationwide
 * initiative (L2003 Đ21; Law 06/2022 Đ21). Council selection by secret ballot is a judgement.
 * @internal
 */
export const CSTDTQ_RULES: readonly RuleSpec[] = [
  {
    honour: 'CSTDTQ',
    recipient: 'individual',
    regimes: OLD_REGIMES,
    title: { vi: 'Chiến sĩ thi đua toàn quốc', en: 'National Emulation Fighter' },
    basis: [L2003_21],
    criteria: criteria(true, L2003_21),
    judgements: [
      judge(
        'council-ballot',
        {
          vi: 'Thành tích tiêu biểu xuất sắc; Hội đồng bỏ phiếu kín (biên bản ghi kết quả; ngưỡng phiếu chưa được xác nhận)',
          en: 'Outstanding achievements; the council votes by secret ballot (minutes record the result; the vote threshold is not confirmed)',
        },
        [L2003_21, cite(I.ND91, 'confirmed', { article: 49, url: SRC.cstdtqDossier })],
      ),
    ],
  },
  {
    honour: 'CSTDTQ',
    recipient: 'individual',
    regimes: NEW_REGIMES,
    title: { vi: 'Chiến sĩ thi đua toàn quốc', en: 'National Emulation Fighter' },
    basis: [L2022_21],
    criteria: criteria(false, L2022_21),
    judgements: [
      judge(
        'council-ballot',
        {
          vi: 'Thành tích tiêu biểu xuất sắc; Hội đồng bỏ phiếu kín (ngưỡng phiếu chưa được xác nhận)',
          en: 'Outstanding achievements; the council votes by secret ballot (threshold not confirmed)',
        },
        [L2022_21],
      ),
      judge(
        'scope-recognition',
        {
          vi: 'Phạm vi toàn quốc của sáng kiến, đề tài do người đứng đầu Bộ, ngành, tỉnh công nhận; kiểm tra quyết định công nhận',
          en: 'The nationwide scope is recognised by the head of the ministry or province; check the recognition decision',
        },
        [L2022_21],
      ),
      judge(
        'public-posting',
        {
          vi: 'Công khai danh sách đề nghị trước khi Hội đồng họp',
          en: 'Post the list of nominees publicly before the council meets',
        },
        [cite(I.ND98, 'confirmed', { article: 46, clause: 2, url: SRC.posting })],
      ),
    ],
  },
];
