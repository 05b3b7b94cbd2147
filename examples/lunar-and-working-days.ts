// Âm lịch và ngày làm việc: chạy bằng `npx tsx examples/lunar-and-working-days.ts`.
import {
  canChi,
  formatLunarDate,
  fromLunar,
  hungKingsDay,
  lunarMonths,
  tet,
  toLunar,
} from '../src/calendar/lunar/index.js';
import {
  addWorkingDays,
  createWorkCalendar,
  postingPeriodEnd,
  publicHolidays,
  swappedWorkingDays,
  workingDaysBetween,
} from '../src/calendar/workdays/index.js';

const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

console.log('=== ÂM LỊCH ===');
for (const y of [2025, 2026, 2027]) {
  const leap = lunarMonths(y).find((m) => m.leap);
  console.log(
    `Năm ${canChi(y).vi} (${y}): Tết ${vn(tet(y))}, Giỗ Tổ Hùng Vương ${vn(hungKingsDay(y))}` +
      (leap ? `, tháng ${leap.month} nhuận từ ${vn(leap.start)}` : ', không có tháng nhuận'),
  );
}
console.log(`Ngày 16/02/2026 là ${formatLunarDate(toLunar('2026-02-16')).vi}`);
console.log(`Rằm tháng Giêng Bính Ngọ: ${vn(fromLunar({ year: 2026, month: 1, day: 15 }))}`);
console.log(
  `Tết Mậu Thân 1968: miền Bắc (UTC+7) ${vn(tet(1968))}, miền Nam (UTC+8) ${vn(tet(1968, { timeZone: 8 }))}`,
);

console.log('\n=== NGÀY NGHỈ NĂM 2026 (cán bộ, công chức) ===');
for (const h of publicHolidays(2026)) {
  const flags = [h.restDay ? 'trùng ngày nghỉ hằng tuần' : '', h.estimated ? 'dự kiến' : '']
    .filter(Boolean)
    .join(', ');
  console.log(`${vn(h.date)}  ${h.name.vi}${flags ? ` (${flags})` : ''}`);
}
for (const w of swappedWorkingDays(2026)) console.log(`${vn(w.date)}  ${w.name.vi}`);

console.log('\n=== THỜI HẠN ===');
const d = addWorkingDays('2025-01-24', 10);
console.log(`10 ngày làm việc sau 24/01/2025 (qua Tết Ất Tỵ): ${vn(d)}`);
console.log(`Số ngày làm việc từ 24/01/2025 đến ${vn(d)}: ${workingDaysBetween('2025-01-24', d)}`);
const p = postingPeriodEnd('2026-02-09');
console.log(
  `Niêm yết danh sách đề nghị khen thưởng cấp Nhà nước từ ${vn(p.start)}: ` +
    `${p.workingDays} ngày làm việc, hết ngày ${vn(p.end)}; Hội đồng họp sớm nhất ${vn(p.earliestMeeting)} ` +
    `(căn cứ ${p.basis.map((b) => `Điều ${b.article} khoản ${b.clause} Nghị định ${b.instrument}`).join('; ')}` +
    `${p.confidence === 'unconfirmed' ? ', điều khoản chưa xác nhận' : ''})`,
);

const cal = createWorkCalendar({
  years: [
    {
      year: 2027,
      tetDaysOff: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'],
    },
  ],
});
console.log(
  `Thêm lịch nghỉ Tết 2027: ngày làm việc đầu tiên sau 03/02/2027 là ${vn(addWorkingDays('2027-02-03', 1, { calendar: cal }))}`,
);
