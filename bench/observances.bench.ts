/**
 * Benchmarks of the observance calendar (observances, anniversaries, labels, periods, plan
 * milestones), with date-holidays (devDependency) as the named baseline where both answer the
 * same question: "which days does Viet Nam observe in year Y, on which dates?" (date-holidays'
 * VN list of 27 entries vs the 40 observances here, Tết and Giỗ Tổ included).
 * Targets (bench mean): observancesInYear ≤ 100 µs; anniversariesInYear ≤ 30 µs;
 * checkAnniversaryLabel ≤ 30 µs; planMilestones ≤ 50 µs.
 * Run: npx vitest bench --run bench/observances.bench.ts
 */
import Holidays from 'date-holidays';
import { bench, describe } from 'vitest';
import {
  anniversariesInYear,
  checkAnniversaryLabel,
  observancesInYear,
  periodsOf,
  planMilestones,
} from '../src/calendar/index.js';

const hd = new Holidays('VN');
const YEARS: number[] = [];
for (let y = 2000; y <= 2049; y++) YEARS.push(y);
const BANNER = 'Kỷ niệm 36 năm ngày hội Quốc phòng toàn dân (22/12/1944 - 22/12/2025)';
const PLAN =
  'Tổ chức phát động đợt thi đua lập thành tích chào mừng kỷ niệm 65 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi Thi đua ái quốc (11/6/1948-11/6/2013)';

function perCall(fn: () => void, calls: number, repeat: number): number {
  for (let i = 0; i < 10; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  return ((performance.now() - t0) / repeat / calls) * 1000; // µs per call
}

// One-shot figures, printed in the same run as the benches below.
{
  const ours = perCall(
    () => {
      for (const y of YEARS) observancesInYear(y);
    },
    YEARS.length,
    20,
  );
  const baseline = perCall(
    () => {
      for (const y of YEARS) hd.getHolidays(y);
    },
    YEARS.length,
    5,
  );
  const anniv = perCall(
    () => {
      for (const y of YEARS) anniversariesInYear(y, { roundOnly: true });
    },
    YEARS.length,
    20,
  );
  const label = perCall(
    () => {
      for (let i = 0; i < 100; i++) checkAnniversaryLabel(i % 2 ? BANNER : PLAN);
    },
    100,
    20,
  );
  const plan = perCall(
    () => {
      for (const y of YEARS) planMilestones(y);
    },
    YEARS.length,
    20,
  );
  const periods = perCall(
    () => {
      for (const y of YEARS) periodsOf(`${y}-06-11`);
    },
    YEARS.length,
    50,
  );
  console.log(
    [
      '',
      'observances (µs per call, 2000–2049)',
      `  observancesInYear(y)          ${ours.toFixed(1)} µs   baseline date-holidays getHolidays(y) ${baseline.toFixed(1)} µs   ratio ${(baseline / ours).toFixed(1)}× faster`,
      `  anniversariesInYear(y, round) ${anniv.toFixed(1)} µs`,
      `  checkAnniversaryLabel(text)   ${label.toFixed(1)} µs`,
      `  planMilestones(y)             ${plan.toFixed(1)} µs`,
      `  periodsOf(date)               ${periods.toFixed(1)} µs`,
      '',
    ].join('\n'),
  );
}

describe('the days observed in a year (baseline: date-holidays)', () => {
  bench('tdkt observancesInYear(2028)', () => {
    observancesInYear(2028);
  });
  bench('date-holidays getHolidays(2028) [baseline]', () => {
    hd.getHolidays(2028);
  });
});

describe('anniversaries, labels, periods, milestones', () => {
  bench('anniversariesInYear(2028, { roundOnly })', () => {
    anniversariesInYear(2028, { roundOnly: true });
  });
  bench('checkAnniversaryLabel(school banner)', () => {
    checkAnniversaryLabel(BANNER);
  });
  bench('planMilestones(2028)', () => {
    planMilestones(2028);
  });
  bench('periodsOf(2028-06-11)', () => {
    periodsOf('2028-06-11');
  });
});
