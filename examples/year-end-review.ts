/**
 * The main example (`npm run example`): a small agency's year-end review for 2025, printed in
 * Vietnamese. It evaluates the staff and the units, applies a quota, scores the cluster, plans
 * next years' inspections and lists next year's anniversaries.
 */
import {
  anniversariesInYear,
  type CollectiveRecord,
  clusterResult,
  evaluate,
  formatCitation,
  HCMC_TDKT_WORK_SHEET,
  type HonourCode,
  hungKingsDay,
  type IndividualRecord,
  planInspections,
  prepareRecord,
  regimeAt,
  selectWithinQuota,
  tet,
  type Verdict,
} from '../src/index.js';

const YEAR = 2025;
const OUTCOME: Record<Verdict['outcome'], string> = {
  eligible: 'ĐỦ ĐIỀU KIỆN',
  ineligible: 'không đủ điều kiện',
  undetermined: 'chưa xác định',
};

const staff: IndividualRecord[] = [
  {
    kind: 'individual',
    id: 'Nguyễn Văn An',
    years: [{ year: 2025, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] }],
    honours: [{ code: 'LDTT', year: 2025 }],
  },
  {
    kind: 'individual',
    id: 'Trần Thị Bình',
    years: [{ year: 2025, rating: 'HTTNV' }],
    honours: [{ code: 'LDTT', year: 2025 }],
  },
  {
    kind: 'individual',
    id: 'Lê Văn Cường',
    hiredOn: '2025-08-01',
    years: [{ year: 2025, rating: 'HTTNV' }],
    honours: [],
  },
  {
    kind: 'individual',
    id: 'Phạm Thị Dung',
    years: [{ year: 2025, rating: 'HTXSNV', discipline: 'khien-trach' }],
    honours: [],
  },
  {
    kind: 'individual',
    id: 'Hoàng Văn Em',
    years: [{ year: 2025, rating: 'HTXSNV', underReview: true }],
    honours: [{ code: 'LDTT', year: 2025 }],
  },
  {
    kind: 'individual',
    id: 'Vũ Thị Giang',
    years: [{ year: 2025 }],
    honours: [],
  },
];

const units: CollectiveRecord[] = [
  {
    kind: 'collective',
    id: 'Phòng Tổng hợp',
    years: [
      {
        year: 2025,
        rating: 'HTXSNV',
        members: { total: 10, completedDuties: 10, ldtt: 7, cstdcs: 1 },
      },
    ],
    honours: [{ code: 'TTLDTT', year: 2025 }],
  },
  {
    kind: 'collective',
    id: 'Phòng Nghiệp vụ',
    years: [
      {
        year: 2025,
        rating: 'HTXSNV',
        members: { total: 9, completedDuties: 9, ldtt: 6, cstdcs: 1 },
      },
    ],
    honours: [{ code: 'TTLDTT', year: 2025 }],
  },
];

function explain(v: Verdict): string {
  const why = v.criteria
    .filter((c) => c.outcome !== 'met')
    .map((c) => `${c.message.vi}${c.basis[0] ? ` [${formatCitation(c.basis[0]).vi}]` : ''}`);
  return why.length > 0 ? `\n      ${why.join('\n      ')}` : '';
}

const regime = regimeAt(`${YEAR + 1}-01-01`);
console.log(`TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${YEAR}`);
console.log(`Chế độ pháp lý áp dụng: ${regime.id} — ${regime.description.vi}\n`);

console.log('1. Xét danh hiệu cá nhân');
const cstdcsCandidates: string[] = [];
// Each person is evaluated for two titles: validate each record once.
for (const person of staff.map((r) => prepareRecord(r))) {
  for (const code of ['LDTT', 'CSTDCS'] as HonourCode[]) {
    const v = evaluate(person, code, { period: YEAR });
    if (code === 'CSTDCS' && v.outcome === 'eligible') cstdcsCandidates.push(person.id);
    console.log(`   - ${person.id}, ${code}: ${OUTCOME[v.outcome]}${explain(v)}`);
  }
}

console.log('\n2. Áp dụng tỷ lệ (ví dụ quy chế của đơn vị: CSTĐCS không quá 15% số LĐTT)');
const ldttHolders = 12;
const quota = selectWithinQuota(
  cstdcsCandidates.map((id, i) => ({ id, rank: i + 1 })),
  { base: ldttHolders, ratio: '15%', order: 'rank' },
);
console.log(
  `   ${quota.arithmetic.vi}; được đề nghị: ${quota.kept.map((c) => c.id).join(', ') || '(không)'}`,
);
for (const cut of quota.cut)
  console.log(`   Không đề nghị: ${cut.candidate.id} — ${cut.reason.vi}`);

console.log('\n3. Xét danh hiệu tập thể');
for (const unit of units) {
  const v = evaluate(unit, 'TTLDXS', { period: YEAR });
  console.log(`   - ${unit.id}, Tập thể lao động xuất sắc: ${OUTCOME[v.outcome]}${explain(v)}`);
}

console.log('\n4. Chấm điểm cụm thi đua (bảng điểm 100 điểm công tác TĐKT, TP.HCM)');
const scores: Record<string, number[]> = {
  'Sở A': [10, 10, 19, 10, 9.5, 10, 19, 9],
  'Sở B': [10, 9.5, 19, 9, 10, 9, 18.5, 9],
  'Sở C': [9, 9, 17, 9, 9, 8.5, 18, 8],
  'Sở D': [10, 10, 19.5, 9.5, 10, 9.5, 19, 9.5],
};
const cluster = clusterResult(
  {
    id: 'KHOI-1',
    name: 'Khối thi đua các sở',
    year: YEAR,
    members: Object.keys(scores),
    head: 'Sở B',
    deputy: 'Sở C',
  },
  HCMC_TDKT_WORK_SHEET,
  Object.entries(scores).map(([unit, pts]) => ({
    unit,
    scores: Object.fromEntries(pts.map((p, i) => [String(i + 1), p])),
    ...(unit === 'Sở A' ? { bonuses: [{ item: 'CO_TINH_BO' }] } : {}),
  })),
  { flagCount: 1, certificateCount: 1 },
);
for (const r of cluster.ranking)
  console.log(`   Hạng ${r.rank}: ${r.unit} — ${r.total.replace('.', ',')} điểm`);
console.log(
  `   Đề nghị Cờ thi đua: ${cluster.flag.proposed.join(', ')}; đề nghị Bằng khen: ${cluster.certificate.proposed.join(', ')}`,
);

console.log(
  `\n5. Kế hoạch kiểm tra công tác TĐKT ${YEAR + 1}–${YEAR + 4} (ít nhất 30% đơn vị mỗi năm)`,
);
const plan = planInspections({
  units: Array.from({ length: 12 }, (_, i) => ({
    id: `ĐV${String(i + 1).padStart(2, '0')}`,
    ...(i < 4 ? { lastInspected: YEAR - 1 } : {}),
  })),
  from: YEAR + 1,
  years: 4,
  seed: 'tdkt-2026',
});
for (const y of plan) console.log(`   Năm ${y.year}: ${y.units.join(', ')}`);

console.log(`\n6. Các ngày kỷ niệm năm chẵn, năm tròn năm ${YEAR + 1}`);
console.log(`   Tết Nguyên đán: ${tet(YEAR + 1)}; Giỗ Tổ Hùng Vương: ${hungKingsDay(YEAR + 1)}`);
for (const a of anniversariesInYear(YEAR + 1, { roundOnly: true }))
  console.log(`   ${a.date}: ${a.label.vi}`);
