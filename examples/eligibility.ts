/**
 * Year-end review of a small agency ("Sở X", 2024): seven people and two units. For each, the
 * honours the law allows, with the criteria in Vietnamese and their citations.
 * Run: npx tsx examples/eligibility.ts
 */
import type { CollectiveRecord, IndividualRecord } from '../src/core/records.js';
import { eligibleHonours, evaluate, type Verdict } from '../src/eligibility/index.js';
import { formatCitation } from '../src/law/format-citation.js';

const PERIOD = 2024;

const staff: IndividualRecord[] = [
  {
    kind: 'individual',
    id: 'Nguyễn Văn An (Giám đốc)',
    hiredOn: '2008-03-01',
    years: [2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({
      year,
      rating: 'HTXSNV' as const,
      ...(year === 2024 ? { initiatives: [{ scope: 'bo-tinh' as const, id: 'SK-2024-01' }] } : {}),
    })),
    honours: [
      {
        code: 'BK_BO_TINH',
        decisionDate: '2019-03-15',
        achievementPeriod: { from: '2017-01-01', to: '2018-12-31' },
      },
      ...[2019, 2020, 2021, 2022, 2023].map((year) => ({ code: 'LDTT' as const, year })),
      ...[2020, 2021, 2022, 2023].map((year) => ({ code: 'CSTDCS' as const, year })),
    ],
  },
  {
    kind: 'individual',
    id: 'Trần Thị Bình (Trưởng phòng)',
    hiredOn: '2012-08-01',
    years: [
      { year: 2023, rating: 'HTXSNV', initiatives: [{ scope: 'co-so' }] },
      { year: 2024, rating: 'HTXSNV' },
    ],
    honours: [
      { code: 'LDTT', year: 2023 },
      { code: 'CSTDCS', year: 2023 },
    ],
  },
  {
    kind: 'individual',
    id: 'Lê Minh Cường',
    hiredOn: '2018-02-01',
    years: [{ year: 2024, rating: 'HTTNV', initiatives: [{ scope: 'co-so', kind: 'research' }] }],
    honours: [],
  },
  {
    kind: 'individual',
    id: 'Phạm Thu Dung (mới tuyển)',
    hiredOn: '2024-07-15',
    years: [{ year: 2024, rating: 'HTXSNV' }],
    honours: [],
  },
  {
    kind: 'individual',
    id: 'Hoàng Văn Em',
    hiredOn: '2015-05-01',
    years: [{ year: 2024, rating: 'HTTNV', discipline: 'khien-trach' }],
    honours: [],
  },
  {
    kind: 'individual',
    id: 'Vũ Thị Giang',
    hiredOn: '2016-10-01',
    years: [{ year: 2024, rating: 'HTXSNV', underReview: true }],
    honours: [],
  },
  {
    kind: 'individual',
    id: 'Đỗ Quang Hải',
    hiredOn: '2020-01-06',
    years: [{ year: 2024, rating: 'HTNV' }],
    honours: [],
  },
];

const units: CollectiveRecord[] = [
  {
    kind: 'collective',
    id: 'Phòng Tổng hợp',
    years: [
      {
        year: 2024,
        rating: 'HTXSNV',
        members: { total: 10, completedDuties: 10, ldtt: 7, cstdcs: 1, disciplined: 0 },
        ledCluster: false,
      },
    ],
    honours: [],
  },
  {
    kind: 'collective',
    id: 'Phòng Nghiệp vụ',
    years: [
      {
        year: 2024,
        rating: 'HTTNV',
        members: {
          total: 9,
          completedDuties: 8,
          ldtt: 4,
          cstdcs: 0,
          disciplined: 1,
          disciplinedWarningOrAbove: 0,
        },
      },
    ],
    honours: [],
  },
];

const OUTCOME: Record<Verdict['outcome'], string> = {
  eligible: 'ĐỦ ĐIỀU KIỆN',
  ineligible: 'KHÔNG ĐỦ ĐIỀU KIỆN',
  undetermined: 'CHƯA XÁC ĐỊNH',
};
const MARK = { met: '✓', unmet: '✗', unknown: '?' } as const;

function cite(v: Verdict['criteria'][number]): string {
  const c = v.basis[0];
  return c ? formatCitation(c).vi : '';
}

function show(v: Verdict): void {
  const extra = v.deferred ? ' — chưa xét (đang có việc xem xét chưa kết luận)' : '';
  console.log(
    `  • ${v.title.vi}: ${OUTCOME[v.outcome]}${extra} [${v.regime}, độ tin cậy: ${v.confidence}]`,
  );
  for (const c of v.criteria) {
    console.log(`      ${MARK[c.outcome]} ${c.message.vi}`);
    console.log(`        căn cứ: ${cite(c)}`);
  }
  for (const j of v.judgements) console.log(`      ⚖ Hội đồng xem xét: ${j.message.vi}`);
}

console.log(`KẾT QUẢ RÀ SOÁT ĐIỀU KIỆN KHEN THƯỞNG NĂM ${PERIOD} — SỞ X\n`);
console.log('I. CÁ NHÂN');
for (const person of staff) {
  console.log(`\n${person.id}`);
  const verdicts = eligibleHonours(person, { period: PERIOD });
  if (verdicts.length === 0) {
    const ldtt = evaluate(person, 'LDTT', { period: PERIOD });
    console.log('  Không có danh hiệu nào đủ hoặc chưa xác định; lý do với Lao động tiên tiến:');
    show(ldtt);
    continue;
  }
  for (const v of verdicts) show(v);
}

console.log('\nII. TẬP THỂ');
for (const unit of units) {
  console.log(`\n${unit.id}`);
  for (const honour of ['TTLDTT', 'TTLDXS', 'CO_BO_TINH'] as const) {
    show(evaluate(unit, honour, { period: PERIOD }));
  }
}
