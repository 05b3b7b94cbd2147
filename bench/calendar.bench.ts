/**
 * Benchmarks of the lunar calendar and the working days, with date-holidays (devDependency) as
 * the named baseline where both answer the same question:
 * - "is this date a public holiday?" for every day of 2025;
 * - "what is the date of Tết?" for 1968–2049 (where date-holidays is right).
 * Targets: toLunar for every day 1900–2100 ≤ 500 ms in total; addWorkingDays(d, 30) ≤ 20 µs.
 * Run: npx vitest bench --run bench/calendar.bench.ts
 */
import Holidays from 'date-holidays';
import { bench, describe } from 'vitest';
import { tet, toLunar } from '../src/calendar/lunar/index.js';
import { addWorkingDays, isPublicHoliday } from '../src/calendar/workdays/index.js';
import { dayNumberToIso, isoToDayNumber } from '../src/core/iso-date.js';

const hd = new Holidays('VN');

function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = isoToDayNumber(from); d <= isoToDayNumber(to); d++) out.push(dayNumberToIso(d));
  return out;
}

const ALL_DAYS = daysBetween('1900-01-31', '2100-12-31');
const DAYS_2025 = daysBetween('2025-01-01', '2025-12-31');
// Noon in Hanoi, so date-holidays' time-zone handling cannot shift the day.
const DATES_2025 = DAYS_2025.map((d) => new Date(`${d}T05:00:00Z`));
const TET_YEARS: number[] = [];
for (let y = 1968; y <= 2049; y++) TET_YEARS.push(y);
const START_DAYS = daysBetween('2024-01-01', '2027-12-31');

function dhIsPublicHoliday(date: Date): boolean {
  const r = hd.isHoliday(date);
  return Array.isArray(r) && r.some((h) => h.type === 'public');
}

function dhTet(year: number): string {
  const h = hd.getHolidays(year).find((x) => x.name === 'Tết Nguyên Đán');
  return h ? h.date.slice(0, 10) : '';
}

function time(fn: () => void, repeat: number): number {
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  return (performance.now() - t0) / repeat;
}

// One-shot figures, printed in the same run as the benches below.
{
  const cold = time(() => {
    for (const d of ALL_DAYS) toLunar(d);
  }, 1);
  const warm = time(() => {
    for (const d of ALL_DAYS) toLunar(d);
  }, 5);
  for (const d of START_DAYS) addWorkingDays(d, 30);
  const add30 =
    (time(() => {
      for (const d of START_DAYS) addWorkingDays(d, 30);
    }, 20) /
      START_DAYS.length) *
    1000;
  const oursHoliday = time(() => {
    for (const d of DAYS_2025) isPublicHoliday(d);
  }, 20);
  const dhHoliday = time(() => {
    for (const d of DATES_2025) dhIsPublicHoliday(d);
  }, 5);
  const oursTet = time(() => {
    for (const y of TET_YEARS) tet(y);
  }, 20);
  const dhTetMs = time(() => {
    for (const y of TET_YEARS) dhTet(y);
  }, 3);
  const disagreeHoliday = DAYS_2025.filter(
    (d, i) => isPublicHoliday(d) !== dhIsPublicHoliday(DATES_2025[i]!),
  );
  const disagreeTet = TET_YEARS.filter((y) => tet(y) !== dhTet(y));
  console.log(
    [
      '',
      '── calendar benchmark (one-shot timings) ──',
      `toLunar, every day 1900-01-31…2100-12-31 (${ALL_DAYS.length} calls): cold ${cold.toFixed(1)} ms, warm ${warm.toFixed(1)} ms (target ≤ 500 ms)`,
      `addWorkingDays(d, 30), d over 2024–2027: ${add30.toFixed(2)} µs per call (target ≤ 20 µs)`,
      `isPublicHoliday, 365 days of 2025: tdkt ${oursHoliday.toFixed(3)} ms vs date-holidays ${dhHoliday.toFixed(3)} ms → ${(dhHoliday / oursHoliday).toFixed(0)}× faster; answers differ on ${disagreeHoliday.length} days: ${disagreeHoliday.join(', ')}`,
      `tet(year), 1968–2049 (82 years): tdkt ${oursTet.toFixed(3)} ms vs date-holidays ${dhTetMs.toFixed(3)} ms → ${(dhTetMs / oursTet).toFixed(0)}× faster; answers differ in ${disagreeTet.length} years`,
      '',
    ].join('\n'),
  );
}

describe('toLunar: every day 1900–2100', () => {
  bench(
    'tdkt toLunar × 73,384',
    () => {
      for (const d of ALL_DAYS) toLunar(d);
    },
    { time: 1500 },
  );
});

describe('addWorkingDays(d, 30)', () => {
  let i = 0;
  bench('tdkt addWorkingDays(d, 30)', () => {
    addWorkingDays(START_DAYS[i++ % START_DAYS.length]!, 30);
  });
});

describe('is this date a public holiday? (every day of 2025)', () => {
  bench('tdkt isPublicHoliday', () => {
    for (const d of DAYS_2025) isPublicHoliday(d);
  });
  bench(
    'date-holidays isHoliday (baseline)',
    () => {
      for (const d of DATES_2025) dhIsPublicHoliday(d);
    },
    { time: 1000 },
  );
});

describe('date of Tết, 1968–2049', () => {
  bench('tdkt tet', () => {
    for (const y of TET_YEARS) tet(y);
  });
  bench(
    'date-holidays getHolidays → Tết (baseline)',
    () => {
      for (const y of TET_YEARS) dhTet(y);
    },
    { time: 1000 },
  );
});
