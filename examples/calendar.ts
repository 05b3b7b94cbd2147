// Lịch thi đua, khen thưởng năm 2028: chạy bằng `npx tsx examples/calendar.ts`
// (hoặc `npm run example -- calendar`).
import {
  anniversariesInYear,
  checkAnniversaryLabel,
  congressOfStage,
  nextCongress,
  observanceDate,
  periodsOf,
  planMilestones,
  stageOf,
} from '../src/calendar/index.js';

const YEAR = 2028;
const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

console.log(`=== LỊCH CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${YEAR} ===`);
const stage = stageOf(YEAR);
const congress = congressOfStage(YEAR);
console.log(
  `${stage.label.vi}; đại hội tổng kết giai đoạn: ${congress?.title.vi ?? '(chưa có dữ liệu)'}` +
    (congress?.status === 'expected' ? ' (dự kiến cuối năm 2030, chưa phải sự kiện)' : ''),
);
const next = nextCongress(`${YEAR}-01-01`);
if (next)
  console.log(
    `Đại hội toàn quốc kế tiếp: ${next.title.vi}${next.status === 'expected' ? ' (dự kiến)' : ''}`,
  );

console.log('\n--- Ngày lễ theo âm lịch ---');
console.log(`Tết Nguyên Đán (mùng 1 tháng Giêng):  ${vn(observanceDate('tet-nguyen-dan', YEAR))}`);
console.log(
  `Giỗ Tổ Hùng Vương (10 tháng 3 ÂL):    ${vn(observanceDate('gio-to-hung-vuong', YEAR))}`,
);

console.log('\n--- Ngày kỷ niệm năm tròn, năm lẻ 5 (Nghị định 145/2013/NĐ-CP) ---');
for (const a of anniversariesInYear(YEAR, { roundOnly: true })) {
  const mark = a.tdkt ? '★' : ' ';
  const tag = a.foundingYearTag === 'unverified' ? ' [năm gốc chưa xác minh]' : '';
  console.log(`${mark} ${vn(a.date)}  ${a.roundnessVi.padEnd(8)}  ${a.label.vi}${tag}`);
}
console.log('★ = ngày truyền thống, mốc của công tác thi đua, khen thưởng');
console.log(
  'Lưu ý: năm tròn chỉ là cơ sở đề xuất; việc tổ chức kỷ niệm ở cấp nào do văn bản của Đảng, Nhà nước quyết định.',
);

console.log('\n--- Nhiệm vụ theo quý (khung từ các kế hoạch của địa phương) ---');
let quarter = 0;
for (const m of planMilestones(YEAR)) {
  if (m.quarter !== quarter) {
    quarter = m.quarter;
    console.log(`QUÝ ${ROMAN[quarter]}`);
  }
  const anchor = m.anchorDate ? ` [${vn(m.anchorDate)}]` : '';
  console.log(`  - ${m.title.vi}${anchor}${m.expected ? ' (dự kiến)' : ''}`);
}

console.log('\n--- Ngày 11/6/2028 thuộc kỳ nào ---');
const p = periodsOf(`${YEAR}-06-11`);
console.log(
  [p.year, p.half, p.quarter, p.schoolYear, p.stage]
    .map((x) => `${x.label.vi} (${vn(x.from)} – ${vn(x.to)})`)
    .join('\n'),
);

console.log('\n--- Kiểm tra một băng rôn ---');
const banner = 'Kỷ niệm 36 năm ngày hội Quốc phòng toàn dân (22/12/1944 - 22/12/2025)';
const check = checkAnniversaryLabel(banner);
console.log(`"${banner}"`);
if (check.valid) {
  console.log('  Đúng.');
} else {
  for (const i of check.issues) console.log(`  Sai: ${i.message.vi}`);
  for (const s of check.suggestions) console.log(`  Đề xuất: ${s.label.vi}`);
}
