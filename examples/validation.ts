// Kiểm tra hồ sơ đầu vào trước khi xét khen thưởng: `npx tsx examples/validation.ts`.
import { jsonSchemas, validateRecord } from '../src/schemas/index.js';

const hoSo: unknown[] = [
  {
    kind: 'individual',
    id: 'NV-001',
    hiredOn: '2019-03-01',
    years: [
      { year: 2023, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] },
      { year: 2024, rating: 'HTTNV' },
    ],
    honours: [{ code: 'LDTT', year: 2023, decisionDate: '2024-01-15' }],
  },
  {
    kind: 'individual',
    id: 'NV-002',
    years: [{ year: 2024, ratting: 'HTXSNV' }],
    honours: [{ code: 'CSTDCS', decisionDate: '2025-02-29' }],
  },
  {
    kind: 'collective',
    id: 'PHONG-TCHC',
    years: [
      { year: 2024, members: { total: 20, ldtt: 25 } },
      { year: 2024, rating: 'HTXSNV' },
    ],
    honours: [],
  },
];

console.log('KIỂM TRA HỒ SƠ ĐẦU VÀO');
for (const input of hoSo) {
  const id = (input as { id: string }).id;
  const r = validateRecord(input);
  if (r.ok) {
    console.log(
      `\n✔ ${id}: hợp lệ (${r.value.years.length} kỳ đánh giá, ${r.value.honours.length} khen thưởng)`,
    );
    continue;
  }
  console.log(`\n✘ ${id}: ${r.issues.length} lỗi`);
  for (const issue of r.issues) {
    console.log(`  - ${issue.path.join('.') || '(gốc)'}: ${issue.message.vi}`);
  }
}

const files = Object.keys(jsonSchemas());
console.log(
  `\nLược đồ JSON (JSON Schema) cho hệ thống khác: ${files.length} tệp trong schemas/, ví dụ ${files.slice(0, 3).join(', ')}`,
);
