import { bench, describe } from 'vitest';
import {
  assignCrossChecks,
  assignCrossCheckTeams,
  planCrossChecks,
  planInspections,
} from '../src/inspection/index.js';

// Inputs built once: 5,000 managed units (a third never inspected, the rest 2015–2024) and a
// 500-unit cluster in two equal groups with last year's pairs.
const units = Array.from({ length: 5000 }, (_, i) =>
  i % 3 === 0 ? { id: `U${i}` } : { id: `U${i}`, lastInspected: 2015 + (i % 10) },
);
const mustInclude = Array.from({ length: 40 }, (_, i) => ({
  unit: `U${i * 100}`,
  year: 2027 + (i % 5),
  reason: 'đơn khiếu nại',
}));
const mustExclude = Array.from({ length: 200 }, (_, i) => ({
  unit: `U${i * 25 + 3}`,
  year: 2027 + (i % 5),
}));
const cluster = Array.from({ length: 500 }, (_, i) => `DV${i}`);
const groups = Object.fromEntries(cluster.map((u, i) => [u, i % 2 === 0 ? 'huyen' : 'so']));
const previous = assignCrossChecks(cluster, { seed: 'nam-truoc', groups, acrossGroups: true });

const opts = { time: 400, warmupTime: 100 };

/** Baseline: the naive rotation many systems hand-write (sort by last inspection, slice a quota). */
function naiveRotation(list: typeof units, years: number) {
  const last = new Map(list.map((u) => [u.id, u.lastInspected ?? 0]));
  const out: { year: number; units: string[] }[] = [];
  const quota = Math.ceil(0.3 * list.length);
  for (let k = 0; k < years; k++) {
    const order = [...last.keys()].sort((a, b) => (last.get(a) ?? 0) - (last.get(b) ?? 0));
    const picked = order.slice(0, quota);
    for (const id of picked) last.set(id, 2027 + k);
    out.push({ year: 2027 + k, units: picked });
  }
  return out;
}

/** Baseline: one random cycle (Sattolo), no preferences. */
function sattolo(list: readonly string[]) {
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * i);
    const t = a[i] as string;
    a[i] = a[j] as string;
    a[j] = t;
  }
  return a.map((u, i) => ({ inspector: u, inspected: a[(i + 1) % a.length] as string }));
}

describe('5-year inspection plan, 5,000 units (target ≤ 50 ms)', () => {
  bench(
    'baseline: naive sort-and-slice rotation',
    () => {
      naiveRotation(units, 5);
    },
    opts,
  );
  bench(
    'planInspections',
    () => {
      planInspections({ units, from: 2027, years: 5, seed: 'bench' });
    },
    opts,
  );
  bench(
    'planInspections + 40 must-include, 200 must-exclude',
    () => {
      planInspections({ units, from: 2027, years: 5, seed: 'bench', mustInclude, mustExclude });
    },
    opts,
  );
});

describe('cross-check assignment, 500 units (target ≤ 50 ms)', () => {
  bench(
    'baseline: one random cycle (Sattolo)',
    () => {
      sattolo(cluster);
    },
    opts,
  );
  bench(
    'assignCrossChecks (no reciprocal pairs)',
    () => {
      assignCrossChecks(cluster, { seed: 'bench' });
    },
    opts,
  );
  bench(
    'planCrossChecks (across groups, no repeat of last year)',
    () => {
      planCrossChecks(cluster, { seed: 'bench', groups, acrossGroups: true, previous });
    },
    opts,
  );
  bench(
    'assignCrossCheckTeams (teams of 3)',
    () => {
      assignCrossCheckTeams(cluster, { teamSize: 3, seed: 'bench' });
    },
    opts,
  );
});
