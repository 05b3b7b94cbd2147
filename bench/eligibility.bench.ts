/**
 * Benchmarks of the eligibility engine.
 * - `evaluate` of one honour for a person with a 10-year history, full explanation (criteria,
 *   messages in two languages, citations): target median ≤ 20 µs per record. The records cycle
 *   through a pool of 2,000 different people so that the result caches are exercised as in a
 *   real unit, not on one record.
 * - `evaluateMany` over 100,000 such records for CSTĐCS, once per iteration: target ≤ 1 s.
 * - `evaluate` on records passed through `prepareRecord` once: bench/eligibility-prepared.bench.ts,
 *   a separate file so that each runs in its own worker (V8 tunes its property reads to the
 *   object shapes it sees; mixing the caller's records and prepared copies in one loop slows both).
 * - Baselines in the same run: (a) the same CSTĐCS rule hand-written as a boolean check (the
 *   floor: no validation, no explanation; goal: tdkt ≤ 10× it) and (b) the same rule in
 *   json-rules-engine 7.3.1 (goal: tdkt ≥ 20× faster). The summary vitest prints gives the
 *   ratios; `npx tsx scripts/bench-eligibility-ratios.ts` prints them as numbers.
 * Run: npx vitest bench --run bench/eligibility.bench.ts
 */
import { createRequire } from 'node:module';
import { bench, describe } from 'vitest';
import type { HonourCode } from '../src/catalogue/codes.js';
import type * as Tdkt from '../src/index.js';
import { handCstdcs, jreCstdcs, jreEngine, records } from './eligibility-fixtures.js';

// The built library (run `npm run build` first; `npm run bench` does), loaded by Node itself as
// users load it. vitest would run the sources through vite's module runner, whose imported
// bindings are property getters: that tripled the cost of the engine's cross-module calls.
const { evaluate, evaluateMany } = createRequire(import.meta.url)(
  '../dist/index.cjs',
) as typeof Tdkt;

const POOL = records(2000);
const OPTIONS = { period: 2024, regime: 'VN-2024' as const };
// Steady state: a second of warm-up lets V8 finish optimising before the two seconds measured
// (with vitest's defaults the first, unoptimised iterations dominated the means).
const STEADY = { warmupTime: 1000, time: 2000 };
const engine = jreEngine(2024);

let i = 0;
const next = () => POOL[i++ % POOL.length] as (typeof POOL)[number];

// The same 100 records per iteration for every contender: the harness's own cost per iteration
// (about a microsecond) is then spread over 100 evaluations instead of inflating each one.
const BATCH = 100;
let b = 0;
const batch = () => {
  const from = (b++ * BATCH) % POOL.length;
  return from;
};

describe('CSTĐCS, 100 different 10-year records per iteration (divide by 100 for one)', () => {
  bench(
    'tdkt evaluate (full explanation)',
    () => {
      const from = batch();
      for (let k = from; k < from + BATCH; k++) {
        evaluate(POOL[k] as (typeof POOL)[number], 'CSTDCS', OPTIONS);
      }
    },
    STEADY,
  );
  bench(
    'hand-written boolean check (floor)',
    () => {
      const from = batch();
      for (let k = from; k < from + BATCH; k++) handCstdcs(POOL[k] as (typeof POOL)[number], 2024);
    },
    STEADY,
  );
  bench(
    'json-rules-engine 7.3.1',
    async () => {
      const from = batch();
      for (let k = from; k < from + BATCH; k++) {
        await jreCstdcs(engine, POOL[k] as (typeof POOL)[number]);
      }
    },
    STEADY,
  );
});

describe('other honours, one 10-year record (target median ≤ 20 µs)', () => {
  for (const honour of ['LDTT', 'CSTD_BO_TINH', 'BK_BO_TINH', 'BK_TTG', 'HCLD3'] as HonourCode[]) {
    bench(
      `tdkt evaluate ${honour}`,
      () => {
        evaluate(next(), honour, OPTIONS);
      },
      STEADY,
    );
  }
});

describe('CSTĐCS, 100,000 records', () => {
  const BIG = records(100_000);
  bench(
    'tdkt evaluateMany (target ≤ 1 s)',
    () => {
      evaluateMany(BIG, 'CSTDCS', OPTIONS);
    },
    { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 },
  );
  bench(
    'hand-written boolean loop (floor)',
    () => {
      const out = new Array<boolean>(BIG.length);
      for (let k = 0; k < BIG.length; k++)
        out[k] = handCstdcs(BIG[k] as (typeof BIG)[number], 2024);
    },
    { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 },
  );
});
