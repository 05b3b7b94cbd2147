/**
 * Prints the eligibility benchmark figures and the ratios against the two baselines of
 * bench/eligibility.bench.ts: the hand-written boolean CSTĐCS check and json-rules-engine.
 * Medians of batches, measured with performance.now after a warm-up. Prepared records are
 * measured in a child process (as bench/eligibility-prepared.bench.ts runs in its own worker):
 * V8 tunes property reads to the object shapes a process has seen.
 * Run: npx tsx scripts/bench-eligibility-ratios.ts
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { handCstdcs, jreCstdcs, jreEngine, records } from '../bench/eligibility-fixtures.js';
import type { HonourCode } from '../src/catalogue/codes.js';
import { evaluate, evaluateMany, prepareRecord } from '../src/eligibility/index.js';

const POOL = records(2000);
const OPTIONS = { period: 2024, regime: 'VN-2024' as const };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Median time per call in µs, over `batches` batches of `size` calls. */
function perCall(fn: (k: number) => unknown, batches = 25, size = 2000): number {
  for (let k = 0; k < size * 25; k++) fn(k);
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t = performance.now();
    for (let k = 0; k < size; k++) fn(b * size + k);
    times.push(((performance.now() - t) * 1000) / size);
  }
  return median(times);
}

async function perCallAsync(
  fn: (k: number) => Promise<unknown>,
  batches = 15,
  size = 500,
): Promise<number> {
  for (let k = 0; k < size; k++) await fn(k);
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t = performance.now();
    for (let k = 0; k < size; k++) await fn(b * size + k);
    times.push(((performance.now() - t) * 1000) / size);
  }
  return median(times);
}

const at = (k: number) => POOL[k % POOL.length] as (typeof POOL)[number];
const fmt = (x: number) => x.toFixed(x < 10 ? 2 : 1);

if (process.argv.includes('--prepared')) {
  // Child: prepared records and the floor, interleaved; prints "prepared hand" in µs.
  const PREPARED = POOL.map((r) => prepareRecord(r));
  const rounds = { prepared: [] as number[], hand: [] as number[] };
  for (let r = 0; r < 5; r++) {
    rounds.prepared.push(
      perCall((k) => evaluate(PREPARED[k % PREPARED.length] as never, 'CSTDCS', OPTIONS), 9),
    );
    rounds.hand.push(perCall((k) => handCstdcs(at(k), 2024), 9));
  }
  console.log(`${median(rounds.prepared)} ${median(rounds.hand)}`);
  process.exit(0);
}

// Interleaved rounds, medians of each: the machine's load then weighs on both alike.
const rounds = { tdkt: [] as number[], hand: [] as number[] };
for (let r = 0; r < 5; r++) {
  rounds.tdkt.push(perCall((k) => evaluate(at(k), 'CSTDCS', OPTIONS), 9));
  rounds.hand.push(perCall((k) => handCstdcs(at(k), 2024), 9));
}
const tdkt = median(rounds.tdkt);
const hand = median(rounds.hand);
const [prepared, handChild] = execFileSync(
  process.execPath,
  [...process.execArgv, fileURLToPath(import.meta.url), '--prepared'],
  { encoding: 'utf8' },
)
  .trim()
  .split(' ')
  .map(Number) as [number, number];
const engine = jreEngine(2024);
const jre = await perCallAsync((k) => jreCstdcs(engine, at(k)));
console.log('CSTĐCS, one 10-year record (median µs per call)');
console.log(`  tdkt evaluate (full explanation) ${fmt(tdkt)} µs`);
console.log(
  `  hand-written boolean check       ${fmt(hand)} µs  → tdkt / hand = ${fmt(tdkt / hand)}× (goal ≤ 10×)`,
);
console.log(
  `  tdkt evaluate, prepared record   ${fmt(prepared)} µs (own process; hand there ${fmt(handChild)} µs) → prepared / hand = ${fmt(prepared / handChild)}× (goal ≤ 10×)`,
);
console.log(
  `  json-rules-engine 7.3.1          ${fmt(jre)} µs  → json-rules-engine / tdkt = ${fmt(jre / tdkt)}×, / tdkt prepared = ${fmt(jre / prepared)}× (goal ≥ 20×)`,
);

console.log('Other honours (median µs per evaluate, target ≤ 20 µs)');
for (const h of ['LDTT', 'CSTD_BO_TINH', 'BK_BO_TINH', 'BK_TTG', 'HCLD3'] as HonourCode[]) {
  console.log(`  ${h.padEnd(13)} ${fmt(perCall((k) => evaluate(at(k), h, OPTIONS), 15))} µs`);
}

const BIG = records(100_000);
const runs: number[] = [];
for (let r = 0; r < 6; r++) {
  const t = performance.now();
  evaluateMany(BIG, 'CSTDCS', OPTIONS);
  runs.push(performance.now() - t);
}
const handRuns: number[] = [];
for (let r = 0; r < 6; r++) {
  const t = performance.now();
  for (const x of BIG) handCstdcs(x, 2024);
  handRuns.push(performance.now() - t);
}
console.log('CSTĐCS, evaluateMany over 100,000 records (ms per run; first run includes warm-up)');
console.log(
  `  tdkt   runs ${runs.map((x) => x.toFixed(0)).join(', ')} → median ${median(runs.slice(1)).toFixed(0)} ms (target ≤ 1000 ms)`,
);
console.log(
  `  hand   runs ${handRuns.map((x) => x.toFixed(0)).join(', ')} → median ${median(handRuns.slice(1)).toFixed(1)} ms`,
);
