import type { Message } from '../../core/errors.js';
import type { Citation, Confidence } from '../../law/citation.js';
import type { RegimeId } from '../../law/regimes.js';
import type { JudgementSpec, RuleCriterionSpec } from '../types.js';

/**
 * Instrument numbers the rules cite.
 * @internal
 */
export const I = {
  L2003: '15/2003/QH11',
  L2013: '39/2013/QH13',
  L2022: '06/2022/QH15',
  L2026: '06/2026/QH16',
  ND65: '65/2014/NĐ-CP',
  ND86: '86/2023/NĐ-CP',
  ND91: '91/2017/NĐ-CP',
  ND98: '98/2023/NĐ-CP',
  ND152: '152/2025/NĐ-CP',
  TT08: '08/2017/TT-BNV',
  TT01: '01/2024/TT-BNV',
  TT15: '15/2025/TT-BNV',
  TT29: '29/2023/TT-BGDĐT',
  CV5007: '5007/BNV-TĐKT',
} as const;

/**
 * Public pages where the rules were read (domain/criteria.md), kept beside each citation.
 * @internal
 */
export const SRC = {
  hfic: 'https://dangbo-doanthe.hfic.vn/chi-tiet-bai-viet/449/100/Tin-Cong-doan/Nghi-40-ngay-lam-viec-tro-len-van-duoc-xet-Lao-dong-tien-tien-',
  newHire2024:
    'https://phapluatvacuocsong.vn/khong-xet-tang-danh-hieu-lao-dong-tien-tien-doi-voi-cac-ca-nhan-moi-tuyen-dung-duoi-06-thang-a74072.html',
  laoCai: 'http://laocai.edu.vn/?pageid=100257&qid=76381',
  ldtt2003:
    'https://thuvienphapluat.vn/phap-luat/co-phai-lao-dong-da-nghi-huu-roi-la-se-mac-nhien-duoc-xet-tang-danh-hieu-lao-dong-tien-tien-hay-kho-3923.html',
  cstt2024: 'https://viendaotaogiaoduc.edu.vn/tieu-chuan-chien-si-thi-dua-cac-cap-tu-01-01-2024',
  nd98principles:
    'https://bqllang.gov.vn/tin-tuc/tin-tong-hop/14951-diem-moi-cua-nghi-dinh-quy-dinh-chi-tiet-thi-hanh-mot-so-dieu-cua-luat-thi-dua-khen-thuong-nam-2022.html',
  tt08: 'https://baomoi.com/chua-xet-khen-thuong-cho-cong-chuc-co-don-khieu-nai-to-cao/c/24174170.epi',
  cstdcs2017:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/45A9C-hd-tieu-chuan-de-xet-tang-danh-hieu-chien-si-thi-dua-co-so.html',
  cstdcs2024: 'https://laodong.vn/ban-doc/tieu-chuan-chien-si-thi-dua-co-so-tu-112024-1283391.ldo',
  draft2025:
    'https://dantri.com.vn/noi-vu/bo-noi-vu-de-xuat-thay-the-tieu-chuan-danh-hieu-lao-dong-tien-tien-20251215203438478.htm',
  cstdBt2024:
    'http://118.69.84.238:801/phap-luat/xet-tang-chien-si-thi-dua-cap-tinh-can-co-dieu-kien-ve-thanh-tich-nhu-the-nao-danh-hieu-thi-dua-doi-534745-164752.html',
  cstdBt2017: 'http://tdkt.toaan.gov.vn/portal/page/portal/tdkt/Gioithieu/67987125/67987711',
  cstdtq2024:
    'https://lawnet.vn/thong-tin-phap-luat/khac/tieu-chuan-danh-hieu-chien-si-thi-dua-toan-quoc-tu-2024-103164.html',
  cstdtq2017:
    'http://pa.hcmup.edu.vn/index.php?view=article&catid=2996%3Avn-bn-hng-dn&id=6944%3Adanh-hiu-chin-s-thi-ua-toan-quoc&tmpl=component&print=1&layout=default&page=&option=com_content&lang=vi&site=0',
  cstdtqDossier:
    'https://www.qdnd.vn/phap-luat/luat-su-cua-ban/thu-tuc-ho-so-xet-tang-danh-hieu-chien-si-thi-dua-toan-quoc-576688',
  posting: 'https://vietnam.vn/?p=1196536',
  ttldtt2017: 'http://thiduakhenthuong.langson.gov.vn/en/hinhthucs/tap-lao-dong-tien-tien',
  ttldtt2024ref:
    'http://118.69.201.250:801/phap-luat/tieu-chuan-doi-tuong-xet-tang-danh-hieu-tap-the-lao-dong-tien-tien-trong-pham-vi-chuc-nang-nhiem-vu-186664-178190.html',
  ttldxs2024: 'https://stp.thuathienhue.gov.vn/?gd=12&cn=28&tc=9123',
  ttldxs2017: 'http://222.255.252.36/Default.aspx?Mod=ViewCategory&CateID=294',
  coBt2017:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/4A74C-hd-tieu-chuan-danh-hieu-co-thi-dua-cua-bo-nganh-van-hoa-the-thao-va-du-lich.html',
  coBtEdu:
    'http://hethongphapluat.vn/thong-tu-29-2023-tt-bgddt-huong-dan-luat-thi-dua-khen-thuong-doi-voi-nganh-giao-duc-do-bo-truong-bo-giao-duc-va-dao-tao-ban-hanh/dieu-4',
  coCp2017:
    'https://nganhangphapluat.thukyluat.vn/tu-van-phap-luat/bo-may-hanh-chinh/danh-hieu-%E2%80%9Cco-thi-dua-cua-chinh-phu%E2%80%9D-co-xet-tang-cho-ca-nhan-khong-347814',
  coCp2003: 'http://tdkt.toaan.gov.vn/portal/page/portal/tdkt/Gioithieu/67987125',
  coCp2024:
    'https://lawnet.vn/en/laws/tap-the-phai-dat-duoc-nhung-tieu-chuan-dieu-kien-nao-de-duoc-xet-tang-danh-hieu-co-thi-dua-cac-cap-22767.html',
  cv5007:
    'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/53199/bo-noi-vu-huong-dan-ve-xet-de-nghi-tang-co-thi-dua-cua-chinh-phu',
  bkBt2024:
    'https://chinhsachonline.chinhphu.vn/tieu-chuan-de-nghi-xet-tang-bang-khen-cua-bo-nganh-77204.htm',
  bkTtg2024:
    'https://phunuquandoi.vn/chinh-sach-bhxh-bhyt/dieu-kien-duoc-xet-tang-bang-khen-cua-thu-tuong-chinh-phu',
  bkTtgClock:
    'http://baomoi.net.vn/cach-tinh-thanh-tich-xet-tang-bang-khen-cua-thu-tuong-c49115102.epi',
  bkTtg2013:
    'https://nganhangphapluat.lawnet.vn/tu-van-phap-luat/bo-may-hanh-chinh/tieu-chuan-de-nghi-bang-khen-thu-tuong-chinh-phu-1-16932',
  bkTtgK2:
    'https://godau.tayninh.gov.vn/vi/news/pho-bien-phap-luat/cong-nhan-nong-dan-dap-ung-tieu-chuan-gi-de-duoc-tang-bang-khen-cua-thu-tuong-chinh-phu-3088.html',
  hcld3_2024:
    'https://news.laodong.vn/thoi-su/bo-noi-vu-noi-ve-tieu-chuan-xet-huan-chuong-lao-dong-hang-ba-1467558.ldo',
  hcld3_2017:
    'http://118.69.201.250:801/phap-luat/ca-nhan-hoan-thanh-xuat-sac-nhiem-vu-tu-2012--2019-co-du-dieu-kien-ve-thoi-gian-de-xet-khen-thuong--9533.html',
  hcld3col2017:
    'https://baoninhthuan.com.vn/news/51685p155c159/giai-dap-phap-luat-ve-thi-dua-khen-thuong.htm',
  hcldK2:
    'https://thuvienphapluat.vn/phap-luat/dieu-kien-de-cong-nhan-nong-dan-duoc-tang-huan-chuong-lao-dong-hang-ba-mau-huan-chuong-lao-dong-han-213764-178092.html',
  hcldLong:
    'https://ja.laodong.vn/tu-van-phap-luat/quy-dinh-tang-huan-chuong-lao-dong-hang-ba-cho-ca-nhan-co-qua-trinh-cong-hien-lau-dai-1533307.ldo',
  hcld2_2024:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/83A0204-hd-ai-duoc-tang-huan-chuong-lao-dong-hang-2-muc-tien-thuong-la-bao-nhieu.html',
  hcld1_2013:
    'https://thuvienphapluat.vn/hoi-dap-phap-luat/4040F-hd-tieu-chuan-xet-tang-huan-chuong-lao-dong-hang-nhat.html',
  local2024:
    'https://nvsk.vnanet.vn/quy-dinh-moi-ve-khung-tieu-chuan-xet-tang-thon-to-dan-pho-van-hoa-1-138424.vna',
  thon2024:
    'https://lawnet.vn/ngan-hang-phap-luat/tu-van-phap-luat/bo-may-hanh-chinh/danh-hieu-thon-to-dan-pho-van-hoa-theo-quy-dinh-moi-nhat-369139',
} as const;

/**
 * A citation.
 * @internal
 */
export function cite(
  instrument: string,
  confidence: Confidence,
  at: { article?: number; clause?: number; point?: string; url?: string; note?: string } = {},
): Citation {
  return { instrument, confidence, ...at };
}

/**
 * The regimes of Law 06/2022/QH15, and of the 2003 law with Decree 91/2017.
 * @internal
 */
export const NEW_REGIMES: readonly RegimeId[] = ['VN-2024', 'VN-2025-07', 'VN-2026-10'];
/** @internal */
export const OLD_REGIMES: readonly RegimeId[] = ['VN-2017'];

/**
 * "Chưa xét" while a disciplinary review, investigation, inspection, complaint or denunciation
 * is pending (criteria.md §G6): the criterion is `unknown` and the verdict is deferred.
 * @internal
 */
export function notUnderReview(old: boolean): RuleCriterionSpec {
  return {
    id: 'not-under-review',
    type: 'notUnderReview',
    label: {
      vi: 'Không đang bị xem xét kỷ luật, điều tra, thanh tra, khiếu nại, tố cáo',
      en: 'No pending disciplinary review, investigation, inspection, complaint or denunciation',
    },
    basis: [
      old
        ? cite(I.TT08, 'confirmed', { url: SRC.tt08 })
        : cite(I.ND98, 'confirmed', {
            article: 4,
            url: SRC.nd98principles,
            note: 'principle of Decree 98/2023 Điều 4 (verified); Decree 152/2025 is believed to keep it',
          }),
    ],
  };
}

/**
 * A judgement for the council.
 * @internal
 */
export function judge(
  id: string,
  message: Message,
  basis: readonly Citation[],
  occupations?: readonly ('official' | 'worker' | 'farmer')[],
): JudgementSpec {
  return occupations ? { id, message, basis, occupations } : { id, message, basis };
}
