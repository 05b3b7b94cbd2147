/**
 * A migration screen of a provincial Ban Thi đua – Khen thưởng: free-text honour names from old
 * spreadsheets resolved to catalogue codes (ambiguous ones listed for an officer), codes of a
 * military academy's system mapped with their issuer, and the ladders with their armed-forces
 * counterparts.
 *
 * Run: npx tsx examples/catalogue.ts
 */
import {
  getHonour,
  HONOUR_LADDERS,
  type HonourCode,
  listHonours,
  mapExternalCode,
  resolveHonour,
  resolveHonourCandidates,
} from '../src/catalogue/index.js';

const CAP: Record<string, string> = {
  state: 'cấp Nhà nước',
  'ministry-province': 'cấp Bộ, ban, ngành, tỉnh',
  grassroots: 'cấp cơ sở',
  local: 'địa phương',
};

const name = (code: HonourCode): string => getHonour(code).nameVi;

console.log('=== 1. Chuẩn hóa tên danh hiệu, hình thức khen thưởng từ bảng tính cũ ===\n');
const texts = [
  'Chiến sỹ thi đua cấp cơ sở',
  'CSTĐTQ',
  'LĐTT',
  'TTLĐXS',
  'HCLĐ hạng III',
  'Huân chương Lao động hạng Hai',
  'BK TTg',
  'Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn',
  'Giấy khen của Giám đốc Sở Nội vụ',
  'Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương',
  'Gia đình văn hoá',
  'Chiến sỹ thi đua cấp tỉnh năm học 2012 - 2013',
  'Huân chương Lao động',
  'Bằng khen',
  'HC Hữu nghị',
  'Giảng viên giỏi cấp cơ sở',
];
for (const t of texts) {
  const h = resolveHonour(t);
  if (h) {
    console.log(`  "${t}"\n     → ${h.code}: ${h.nameVi} (${CAP[h.level]})`);
    continue;
  }
  const choices = resolveHonourCandidates(t);
  console.log(
    choices.length > 1
      ? `  "${t}"\n     → chưa xác định, cần cán bộ chọn: ${choices.map((c) => c.code).join(' / ')}`
      : `  "${t}"\n     → không có trong danh mục`,
  );
}

console.log('\n=== 2. Nhập dữ liệu từ hệ thống QLKT (học viện quân sự) ===\n');
for (const code of ['CSTDTQ', 'ĐVQT', 'BKBQP', 'HCCSVV_HANG_BA', 'KNC_VSNXD_QDNDVN']) {
  const m = mapExternalCode('qlkt', code);
  if (!m) continue;
  const issuer = m.issuer ? `, cơ quan tặng: ${m.issuer}` : '';
  const note = m.note ? `\n     lưu ý: ${m.note.vi}` : '';
  console.log(`  ${code} → ${m.code}: ${m.name ?? name(m.code)}${issuer}${note}`);
}

console.log('\n=== 3. Thang khen thưởng và danh hiệu tương đương trong lực lượng vũ trang ===\n');
for (const ladder of HONOUR_LADDERS) {
  console.log(`  ${ladder.nameVi}:`);
  ladder.civil.forEach((code, i) => {
    const af = ladder.armedForces[i];
    // the armed forces may use the same code under another name ("Chiến sĩ thi đua toàn quân")
    const afName = !af ? undefined : af === code ? getHonour(code).armedForcesName : name(af);
    const other = afName ? `   |   LLVT: ${afName}` : '';
    console.log(`    ${i + 1}. ${name(code)}${other}`);
  });
  if (ladder.note) console.log(`    (${ladder.note.vi})`);
}

console.log('\n=== 4. Danh hiệu thi đua theo Luật 06/2022/QH15 ===\n');
for (const h of listHonours({ category: 'emulation-title', regime: 'VN-2025-07' })) {
  const article = h.basis.find((c) => c.instrument === '06/2022/QH15')?.article;
  const tag = h.basis[0]?.confidence === 'confirmed' ? '' : ' (số Điều suy ra, chưa xác nhận)';
  console.log(`  ${h.code.padEnd(13)} ${h.nameVi} — Điều ${article}${tag}`);
}
