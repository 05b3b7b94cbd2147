/**
 * Benchmark of cluster scoring: 1,000 units scored on a 200-leaf sheet (10 groups × 4
 * sub-groups × 5 leaves, maxima 0.5) and ranked with a chain of tie-breakers.
 * Target: ≤ 250 ms for scoring and ranking. Named baseline ("the floor"): the same computation
 * with plain JavaScript numbers (no exactness, no explanations), in the same run; the ratio
 * tdkt / floor is printed. The decimal.js-only reference path is timed too.
 * Run: npx vitest bench --run bench/scoring.bench.ts
 */
import { bench, describe } from 'vitest';
import { rankUnits } from '../src/scoring/rank.js';
import { scoreUnit, scoreUnitReference } from '../src/scoring/score-unit.js';
import { defineScoreSheet } from '../src/scoring/sheet.js';
import type { CriterionSpec, ScoreEntry } from '../src/scoring/types.js';

const UNITS = 1000;
const TIE_BREAKERS = ['group:G1', 'fewer-deductions', 'more-bonus'];

const criteria: CriterionSpec[] = [];
const leafIds: string[] = [];
for (let g = 1; g <= 10; g++) {
  const subs: CriterionSpec[] = [];
  for (let s = 1; s <= 4; s++) {
    const leaves: CriterionSpec[] = [];
    for (let l = 1; l <= 5; l++) {
      const id = `G${g}.${s}.${l}`;
      leafIds.push(id);
      leaves.push({ id, max: '0.5' });
    }
    subs.push({ id: `G${g}.${s}`, max: '2.5', children: leaves });
  }
  criteria.push({ id: `G${g}`, max: 10, children: subs });
}
const sheet = defineScoreSheet({ id: 'BENCH-200', max: 100, criteria, deduction: { max: 5 } });

// Deterministic scores k/100 with 0 ≤ k ≤ 50; every other value as a string, as from a form.
let seed = 42;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
};
const entries: ScoreEntry[] = Array.from({ length: UNITS }, (_, u) => {
  const scores: Record<string, string | number> = {};
  for (let i = 0; i < leafIds.length; i++) {
    const k = next() % 51;
    scores[leafIds[i] as string] = i % 2 === 0 ? k / 100 : (k / 100).toFixed(2);
  }
  return {
    unit: `U${String(u).padStart(4, '0')}`,
    scores,
    ...(u % 7 === 0 ? { deductions: [{ points: 0.5, reason: 'báo cáo trễ hạn' }] } : {}),
    ...(u % 5 === 0 ? { bonuses: [{ points: 1, reason: 'mô hình mới' }] } : {}),
  };
});

function tdkt() {
  return rankUnits(
    entries.map((e) => scoreUnit(sheet, e)),
    { tieBreakers: TIE_BREAKERS },
  );
}

function reference() {
  return rankUnits(
    entries.map((e) => scoreUnitReference(sheet, e)),
    { tieBreakers: TIE_BREAKERS },
  );
}

// The floor: the same tree sums, checks and ranking with plain numbers.
interface Node {
  id: string;
  parent: number;
  max: number;
  leaf: boolean;
}
const nodes: Node[] = [];
const walk = (list: CriterionSpec[], parent: number) => {
  for (const c of list) {
    const i = nodes.length;
    nodes.push({ id: c.id, parent, max: Number(c.max), leaf: !c.children });
    if (c.children) walk([...c.children], i);
  }
};
walk(criteria, -1);
const index = new Map(nodes.map((n, i) => [n.id, i]));

function floor() {
  const rows = entries.map((e) => {
    const vals = new Array<number>(nodes.length).fill(0);
    for (const key of Object.keys(e.scores)) {
      const i = index.get(key);
      if (i === undefined) throw new Error(key);
      const v = Number(e.scores[key]);
      if (!(v >= 0) || v > (nodes[i] as Node).max) throw new Error(key);
      vals[i] = v;
    }
    let base = 0;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i] as Node;
      if (n.parent < 0) base += vals[i] as number;
      else vals[n.parent] = (vals[n.parent] as number) + (vals[i] as number);
    }
    const criteriaOut: Record<string, string> = {};
    for (let i = 0; i < nodes.length; i++)
      criteriaOut[(nodes[i] as Node).id] = (vals[i] as number).toFixed(2);
    const bonus = Math.min(
      (e.bonuses ?? []).reduce((s, b) => s + Number(b.points), 0),
      Number.POSITIVE_INFINITY,
    );
    const deduction = Math.min(
      (e.deductions ?? []).reduce((s, d) => s + Number(d.points), 0),
      5,
    );
    const total = base + bonus - deduction;
    return { unit: e.unit, total, g1: vals[0] as number, bonus, deduction, criteria: criteriaOut };
  });
  rows.sort(
    (a, b) =>
      b.total - a.total ||
      b.g1 - a.g1 ||
      a.deduction - b.deduction ||
      b.bonus - a.bonus ||
      (a.unit < b.unit ? -1 : 1),
  );
  let rank = 0;
  return rows.map((r, i) => {
    const prev = rows[i - 1];
    if (
      !prev ||
      prev.total !== r.total ||
      prev.g1 !== r.g1 ||
      prev.deduction !== r.deduction ||
      prev.bonus !== r.bonus
    )
      rank = i + 1;
    return { unit: r.unit, rank, total: r.total.toFixed(2) };
  });
}

function time(fn: () => unknown, repeat: number): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  return (performance.now() - t0) / repeat;
}

// One-shot figures, printed in the same run as the benches below.
{
  const ours = time(tdkt, 10);
  const ref = time(reference, 3);
  const plain = time(floor, 20);
  const a = tdkt();
  const b = floor();
  const differ = a.filter((x, i) => x.unit !== b[i]?.unit || x.rank !== b[i]?.rank).length;
  console.log(
    [
      '',
      `── scoring benchmark: ${UNITS} units × ${leafIds.length}-leaf sheet, scored and ranked ──`,
      `tdkt (exact, fast path): ${ours.toFixed(1)} ms (target ≤ 250 ms)`,
      `tdkt decimal.js reference path: ${ref.toFixed(1)} ms`,
      `plain JS numbers (the floor): ${plain.toFixed(1)} ms`,
      `ratio tdkt / floor: ${(ours / plain).toFixed(1)}×; reference / floor: ${(ref / plain).toFixed(1)}×`,
      `rankings differ at ${differ} positions (floats round differently, e.g. 0.1 + 0.2)`,
      '',
    ].join('\n'),
  );
}

describe(`score ${UNITS} units on a 200-leaf sheet and rank them`, () => {
  bench('tdkt scoreUnit × 1000 + rankUnits', () => {
    tdkt();
  });
  bench('plain JS numbers (the floor, baseline)', () => {
    floor();
  });
  bench(
    'tdkt decimal.js reference path',
    () => {
      reference();
    },
    { time: 1500, iterations: 3 },
  );
});
