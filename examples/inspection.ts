/**
 * A province's TĐKT planning screen: the 2027–2030 inspection plan for the 47 units the
 * provincial council manages (at least 30% a year, Lạng Sơn 2013 plan KH 12/KH-UBND §II.2),
 * the cross-checks of a 9-unit emulation cluster (100% of its units), and the year's targets.
 *
 * Run: npx tsx examples/inspection.ts
 */
import {
  checkPlanTargets,
  inspectionCycleYears,
  inspectionQuota,
  planCrossChecks,
  planInspections,
} from '../src/inspection/index.js';

const NAMES: readonly string[] = [
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tư pháp',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Dân tộc và Tôn giáo',
  'Thanh tra tỉnh',
  'Văn phòng UBND tỉnh',
  'Ban Quản lý Khu kinh tế',
  'Đài Phát thanh và Truyền hình',
  'Bảo hiểm xã hội tỉnh',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Cục Thuế tỉnh',
  'Kho bạc Nhà nước tỉnh',
  'Ngân hàng Nhà nước chi nhánh tỉnh',
  'Liên đoàn Lao động tỉnh',
  'Tỉnh đoàn',
  'Hội Liên hiệp Phụ nữ tỉnh',
  'Hội Nông dân tỉnh',
  'Hội Cựu chiến binh tỉnh',
  'Ủy ban MTTQ Việt Nam tỉnh',
  'Trường Cao đẳng Y tế',
  'Trường Chính trị tỉnh',
  'Bệnh viện Đa khoa tỉnh',
  'UBND thành phố',
  'UBND huyện Tràng Định',
  'UBND huyện Văn Lãng',
  'UBND huyện Bình Gia',
  'UBND huyện Bắc Sơn',
  'UBND huyện Văn Quan',
  'UBND huyện Cao Lộc',
  'UBND huyện Lộc Bình',
  'UBND huyện Chi Lăng',
  'UBND huyện Đình Lập',
  'UBND huyện Hữu Lũng',
  'Công ty Điện lực tỉnh',
  'Công ty Cấp thoát nước',
  'Công ty Xổ số kiến thiết',
  'Quỹ Đầu tư phát triển tỉnh',
  'Trung tâm Phục vụ hành chính công',
];

// Unit codes DV01…DV47; the last inspection year is known for most units.
// DV47 is a new unit, never inspected.
const units = NAMES.map((_, i) => {
  const id = `DV${String(i + 1).padStart(2, '0')}`;
  const never = i % 5 === 4 || i === NAMES.length - 1;
  const lastInspected = never ? undefined : 2019 + ((i * 7) % 8); // 2019–2026
  return lastInspected === undefined ? { id } : { id, lastInspected };
});
const nameOf = new Map(units.map((u, i) => [u.id, NAMES[i] as string]));
const label = (id: string) => `${id} ${nameOf.get(id) ?? ''}`;

console.log('KẾ HOẠCH KIỂM TRA, GIÁM SÁT CÔNG TÁC THI ĐUA, KHEN THƯỞNG GIAI ĐOẠN 2027–2030');
console.log(
  `Số đơn vị thuộc phạm vi quản lý: ${units.length}; chỉ tiêu mỗi năm: ít nhất ${inspectionQuota(units.length)} đơn vị (30%, làm tròn lên); mỗi đơn vị được kiểm tra ít nhất một lần trong ${inspectionCycleYears()} năm.`,
);
console.log('Căn cứ: Kế hoạch số 12/KH-UBND ngày 24/01/2013 của UBND tỉnh Lạng Sơn, mục II.2.\n');

const plan = planInspections({
  units,
  from: 2027,
  years: 4,
  seed: 'KH-TDKT-2027-2030',
  mustInclude: [
    { unit: 'DV47', year: 2027, reason: 'đơn vị mới thành lập' },
    { unit: 'DV03', year: 2028, reason: 'có đơn phản ánh về việc bình xét khen thưởng' },
  ],
  mustExclude: [
    { unit: 'DV09', year: 2027, reason: 'Ban Thi đua - Khen thưởng Trung ương kiểm tra năm 2027' },
  ],
});

for (const year of plan) {
  console.log(`Năm ${year.year}: ${year.units.length} đơn vị (chỉ tiêu tối thiểu ${year.quota})`);
  year.units.forEach((id, i) => {
    console.log(
      `  ${String(i + 1).padStart(2, ' ')}. ${label(id)}: ${year.reasons[i]?.message.vi}`,
    );
  });
  for (const e of year.excluded) console.log(`   –  ${label(e.unit)}: ${e.message.vi}`);
  console.log('');
}

// Cross-checks of a 9-unit cluster: districts check departments and the other way round, no
// reciprocal pairs, and no pair of last year repeated.
const cluster = ['DV33', 'DV34', 'DV35', 'DV36', 'DV37', 'DV01', 'DV02', 'DV04', 'DV05'];
const groups = Object.fromEntries(
  cluster.map((id) => [id, Number(id.slice(2)) >= 33 ? 'huyện' : 'sở']),
);
const lastYear = [
  { inspector: 'DV33', inspected: 'DV01' },
  { inspector: 'DV01', inspected: 'DV34' },
  { inspector: 'DV34', inspected: 'DV02' },
  { inspector: 'DV02', inspected: 'DV35' },
  { inspector: 'DV35', inspected: 'DV04' },
  { inspector: 'DV04', inspected: 'DV36' },
  { inspector: 'DV36', inspected: 'DV05' },
  { inspector: 'DV05', inspected: 'DV37' },
  { inspector: 'DV37', inspected: 'DV33' },
];
const cross = planCrossChecks(cluster, {
  seed: 'cum-thi-dua-so-1-2027',
  groups,
  acrossGroups: true,
  previous: lastYear,
});
console.log(
  'PHÂN CÔNG KIỂM TRA CHÉO, THẨM ĐỊNH KẾT QUẢ CHẤM ĐIỂM THI ĐUA CUỐI NĂM 2027 — CỤM SỐ 1',
);
console.log(
  `(${cross.assignments.length}/${cluster.length} đơn vị được kiểm tra chéo; cặp kiểm tra lẫn nhau: ${cross.reciprocalPairs}; cặp lặp lại năm 2026: ${cross.repeatedPairs.length})`,
);
for (const pair of cross.assignments) {
  console.log(`  ${label(pair.inspector)}  →  kiểm tra chéo  →  ${label(pair.inspected)}`);
}
if (cross.fallbacks.length === 0) {
  console.log('  Đáp ứng mọi yêu cầu phân công.\n');
} else {
  for (const f of cross.fallbacks) console.log(`  Lưu ý: ${f.message.vi}`);
  console.log('');
}

// End of 2027: did the plan meet its targets?
const report = checkPlanTargets(
  { managedUnits: units.length, clusterUnits: cluster.length },
  {
    inspectedUnits: (plan[0]?.units.length ?? 0) - 1, // one inspection postponed to 2028
    crossCheckedUnits: cross.assignments.length,
    advancedModels: 1,
  },
);
console.log('ĐÁNH GIÁ CHỈ TIÊU NĂM 2027');
for (const r of report.results) console.log(`  ${r.message.vi}`);
const overall = { met: 'Đạt', unmet: 'Chưa đạt', unknown: 'Chưa xác định' }[report.outcome];
console.log(`  Kết luận chung: ${overall}.`);
