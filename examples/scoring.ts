/**
 * A city's year-end review of one emulation cluster ("tổng kết cụm thi đua"): 12 districts
 * scored on Ho Chi Minh City's 100-point sheet for TĐKT work (with the +10 / +15 flag bonuses),
 * a cross-check ("kiểm tra chéo") that changes two self-assessments, the ranking with declared
 * tie-breakers, the proposals for the Cờ thi đua and Bằng khen, next year's head and deputy by
 * rotation, the Cờ thi đua của Chính phủ cap across the city's 12 clusters, and a CSTĐCS cap.
 *
 * Run: npx tsx examples/scoring.ts
 */
import { capFromParameter, selectWithinQuota } from '../src/quotas/index.js';
import {
  capGovernmentFlagProposals,
  clusterResult,
  HCMC_TDKT_WORK_SHEET,
  type ScoreEntry,
} from '../src/scoring/index.js';

const NAMES: Readonly<Record<string, string>> = {
  Q1: 'Quận 1',
  Q3: 'Quận 3',
  Q4: 'Quận 4',
  Q5: 'Quận 5',
  Q6: 'Quận 6',
  Q8: 'Quận 8',
  Q10: 'Quận 10',
  Q11: 'Quận 11',
  BTH: 'Quận Bình Thạnh',
  PNH: 'Quận Phú Nhuận',
  GVA: 'Quận Gò Vấp',
  TBI: 'Quận Tân Bình',
};
const name = (id: string) => NAMES[id] ?? id;
/** Vietnamese display of a decimal string: "97.50" → "97,50". */
const vn = (s: string) => s.replace('.', ',');

// Points for items 1–8 of the sheet (maxima 10, 10, 20, 10, 10, 10, 20, 10).
const ROWS: ReadonlyArray<[string, number[], Partial<ScoreEntry>]> = [
  ['Q1', [10, 10, 19, 10, 9.5, 10, 19, 9], { bonuses: [{ item: 'CO_TINH_BO' }] }],
  ['Q3', [10, 9.5, 19, 9, 10, 9, 18.5, 9], {}],
  [
    'Q4',
    [9, 9, 17, 9, 9, 8.5, 18, 8],
    { deductions: [{ points: 1, reason: 'Báo cáo tổng kết gửi trễ hạn' }] },
  ],
  ['Q5', [10, 10, 19.5, 9.5, 10, 9.5, 19, 9.5], {}],
  ['Q6', [9, 9, 18, 9, 9, 9, 18, 8.5], {}],
  ['Q8', [9.5, 9.5, 18.5, 9, 9.5, 8, 18.5, 9], {}],
  [
    'Q10',
    [10, 9.5, 19, 9.5, 9.5, 9.5, 19, 9],
    { bonuses: [{ item: 'CO_CP' }, { item: 'CO_TINH_BO' }] },
  ],
  ['Q11', [9, 9, 17.5, 8.5, 9, 8, 17, 8], {}],
  ['BTH', [10, 10, 19, 9.5, 10, 9.5, 19, 9.5], {}],
  ['PNH', [10, 9.5, 18.5, 9.5, 9.5, 9.5, 18.5, 9], { bonuses: [{ item: 'CO_TINH_BO' }] }],
  ['GVA', [9.5, 9.5, 18.5, 9, 9.5, 9, 18.5, 9], {}],
  [
    'TBI',
    [10, 9.5, 18.5, 9.5, 9.5, 9.5, 19.5, 9.5],
    { deductions: [{ points: 0.5, reason: 'Thiếu hồ sơ minh chứng' }] },
  ],
];

const entries: ScoreEntry[] = ROWS.map(([unit, points, extra]) => ({
  unit,
  stage: 'self',
  scores: Object.fromEntries(points.map((p, i) => [String(i + 1), p])),
  ...extra,
}));
// The cross-check lowers two self-assessments; the latest stage prevails.
const crossCheck = (unit: string, changes: Record<string, number>): ScoreEntry => {
  const self = entries.find((e) => e.unit === unit) as ScoreEntry;
  return { ...self, stage: 'cross-check', scores: { ...self.scores, ...changes } };
};
entries.push(crossCheck('Q5', { '3': 18.5, '7': 18 }), crossCheck('GVA', { '6': 8 }));

const result = clusterResult(
  {
    id: 'CUM-3',
    name: 'Cụm thi đua số 3 (các quận)',
    year: 2025,
    members: Object.keys(NAMES),
    head: 'Q3',
    deputy: 'Q10',
  },
  HCMC_TDKT_WORK_SHEET,
  entries,
  {
    tieBreakers: ['group:3', 'fewer-deductions', 'more-bonus', 'vote'],
    votes: { Q8: 8, GVA: 6 }, // phiếu bình xét của các thành viên cụm
    flagCount: 1,
    certificateCount: 2,
    rotation: { headRank: 2, deputyRank: 1 },
  },
);

const line = '─'.repeat(96);
console.log(
  `\nKẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG ${'Cụm thi đua số 3 (các quận)'.toUpperCase()} NĂM 2025`,
);
console.log(`Bảng điểm: ${HCMC_TDKT_WORK_SHEET.title} — thang ${HCMC_TDKT_WORK_SHEET.max} điểm`);
console.log(line);
console.log(
  `${'Hạng'.padEnd(5)}${'Đơn vị'.padEnd(18)}${'Điểm chuẩn'.padStart(11)}${'Thưởng'.padStart(9)}${'Trừ'.padStart(7)}${'Tổng'.padStart(9)}   Ghi chú`,
);
console.log(line);
const WHY: Record<string, string> = {
  total: 'tổng điểm',
  'group:3': 'điểm mục 3 (phát động phong trào)',
  'fewer-deductions': 'ít điểm trừ hơn',
  'more-bonus': 'nhiều điểm thưởng hơn',
  vote: 'số phiếu bình xét',
};
result.ranking.forEach((r, i) => {
  const s = result.scores[i];
  if (!s) return;
  const why =
    r.separatedBy === undefined
      ? ''
      : r.separatedBy === null
        ? `đồng hạng với ${r.tiedWith.map(name).join(', ')}`
        : `xếp sau đơn vị trên do ${WHY[r.separatedBy] ?? r.separatedBy}`;
  const stage = s.stage === 'cross-check' ? ' (theo kết quả kiểm tra chéo)' : '';
  console.log(
    `${String(r.rank).padEnd(5)}${name(r.unit).padEnd(18)}${vn(s.base).padStart(11)}${vn(s.bonus).padStart(9)}${vn(s.deduction).padStart(7)}${vn(s.total).padStart(9)}   ${why}${stage}`,
  );
});
console.log(line);

console.log('\nKiểm tra chéo:');
for (const r of result.reconciliations) {
  const diffs = r.differences
    .filter((d) => d.kind === 'criterion')
    .map(
      (d) =>
        `mục ${d.criterion}: tự chấm ${vn(d.values.self ?? '—')} → kiểm tra chéo ${vn(d.prevailing ?? '—')}`,
    );
  console.log(
    `  • ${name(r.unit)}: ${diffs.join('; ')}; tổng điểm có hiệu lực ${vn(r.score.total)}`,
  );
}

const names = (ids: readonly string[]) => (ids.length > 0 ? ids.map(name).join(', ') : 'không có');
console.log('\nĐề nghị khen thưởng:');
console.log(
  `  • Suy tôn dẫn đầu, đề nghị tặng Cờ thi đua của UBND Thành phố: ${names(result.flag.proposed)}`,
);
if (result.flag.undecided) console.log(`    (${result.flag.undecided.reason.vi})`);
console.log(`  • Đề nghị tặng Bằng khen của UBND Thành phố: ${names(result.certificate.proposed)}`);
if (result.nextTerm) {
  console.log(
    `\nGợi ý luân phiên năm ${result.nextTerm.year}: cụm trưởng ${name(result.nextTerm.head ?? '—')}, cụm phó ${name(result.nextTerm.deputy ?? '—')}`,
  );
  console.log(`  (${result.nextTerm.explanation.vi})`);
}
for (const n of result.notes) console.log(`  Lưu ý: ${n.vi}`);

// The city's 12 clusters each voted a leader; the council proposes 3 for the Government flag.
const leaders = [
  { unit: result.flag.proposed[0] ?? 'Q5', cluster: 'CUM-3' },
  ...Array.from({ length: 11 }, (_, i) => ({
    unit: `DV-${i + 1}`,
    cluster: `CUM-${i < 2 ? i + 1 : i + 2}`,
  })),
];
const coCp = capGovernmentFlagProposals(leaders, {
  date: '2025-12-31',
  proposed: [leaders[0]?.unit ?? 'Q5', 'DV-4', 'DV-7'],
});
console.log('\nCờ thi đua của Chính phủ (toàn Thành phố, 12 tập thể dẫn đầu cụm, khối):');
console.log(
  `  • Hạn mức: ${coCp.arithmetic.vi}; đề nghị ${coCp.candidates}, vượt ${coCp.overCapacityBy}`,
);
console.log(
  `  • Giữ: ${coCp.kept.map((l) => `${name(l.unit)} (dẫn đầu ${l.cluster})`).join(', ')}`,
);
for (const c of coCp.cut)
  console.log(`  • Không đề nghị: ${name(c.candidate.unit)} — ${c.reason.vi}`);
for (const n of coCp.notes) console.log(`  Lưu ý: ${n.vi}`);

// A CSTĐCS cap under Decree 91/2017 (VN-2017) and under the 2022 Law (VN-2024).
console.log('\nChiến sĩ thi đua cơ sở, đơn vị có 47 Lao động tiên tiến, đề nghị 8:');
for (const date of ['2023-12-15', '2025-12-15']) {
  const cap = capFromParameter('CSTDCS_CAP_PCT_OF_LDTT', 47, date);
  const candidates = Array.from({ length: 8 }, (_, i) => ({ id: `CB-${i + 1}` }));
  const s = selectWithinQuota(candidates, { base: 47, ratio: cap.ratio });
  console.log(`  • Ngày ${date}: ${s.explanation.vi}`);
  for (const c of s.cut) console.log(`      ${c.candidate.id}: ${c.reason.vi}`);
}
