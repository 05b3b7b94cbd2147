import type { Parameter } from '../parameters.js';

const L2022 = '06/2022/QH15';
const ND91 = '91/2017/NĐ-CP';
const TT01 = '01/2024/TT-BNV';

/**
 * Thresholds of the eligibility rules (criteria.md §9). Each value cites its instrument and
 * carries its confidence; `unconfirmed` values reach the verdict as such.
 * @internal
 */
export const ELIGIBILITY_PARAMETERS: readonly Parameter[] = [
  {
    id: 'LDTT_NEW_HIRE_MIN_MONTHS',
    description: {
      vi: 'Người mới tuyển dụng có thời gian công tác dưới mức này trong kỳ không được xét Lao động tiên tiến / Chiến sĩ tiên tiến',
      en: 'New hires with fewer months than this in the period are not considered for LĐTT / CSTT',
    },
    unit: 'months',
    values: [
      {
        from: '2017-10-01',
        value: 10,
        basis: [
          {
            instrument: ND91,
            url: 'https://dangbo-doanthe.hfic.vn/chi-tiet-bai-viet/449/100/Tin-Cong-doan/Nghi-40-ngay-lam-viec-tro-len-van-duoc-xet-Lao-dong-tien-tien-',
            confidence: 'confirmed',
          },
        ],
        confidence: 'confirmed',
      },
      {
        from: '2024-01-01',
        value: 6,
        basis: [
          {
            instrument: TT01,
            url: 'https://phapluatvacuocsong.vn/khong-xet-tang-danh-hieu-lao-dong-tien-tien-doi-voi-cac-ca-nhan-moi-tuyen-dung-duoi-06-thang-a74072.html',
            confidence: 'confirmed',
          },
        ],
        confidence: 'confirmed',
        note: 'How months are counted is not stated; the library counts whole calendar months from the hire date to the day after the period ends.',
      },
    ],
  },
  {
    id: 'LDTT_MIN_RATING',
    description: {
      vi: 'Mức xếp loại tối thiểu để xét Lao động tiên tiến: hoàn thành tốt nhiệm vụ trở lên',
      en: 'Minimum annual rating for LĐTT: completed duties well or better',
    },
    unit: 'rating',
    values: [
      {
        from: '2017-10-01',
        value: 'HTTNV',
        basis: [{ instrument: '15/2003/QH11', article: 24, confidence: 'confirmed' }],
        confidence: 'confirmed',
      },
      {
        from: '2024-01-01',
        value: 'HTTNV',
        basis: [
          {
            instrument: L2022,
            article: 24,
            clause: 1,
            point: 'a',
            url: 'http://laocai.edu.vn/?pageid=100257&qid=76381',
            confidence: 'confirmed',
          },
        ],
        confidence: 'confirmed',
      },
    ],
  },
];
