/**
 * `evaluate` of CSTĐCS on records validated once by `prepareRecord` (as when the same people are
 * evaluated for several honours, periods or profiles), against the hand-written boolean check of
 * the same rule in the same run (the floor; goal: tdkt ≤ 10× it) and against json-rules-engine,
 * which validates nothing either (goal: tdkt ≥ 20× faster). Its own file, so its own
 * worker: see bench/eligibility.bench.ts.
 * Run: npx vitest bench --run bench/eligibility-prepared.bench.ts
 */
import { createRequire } from 'node:module';
import { bench, describe } from 'vitest';
import type * as Tdkt from '../src/index.js';
import { handCstdcs, jreCstdcs, jreEngine, records } from './eligibility-fixtures.js';

// The built library (run `npm run build` first; `npm run bench` does), loaded by Node itself as
// users load it. vitest would run the sources through vite's module runner, whose imported
// bindings are property getters: that tripled the cost of the engine's cross-module calls.
const { evaluate, prepareRecord } = createRequire(import.meta.url)(
  '../dist/index.cjs',
) as typeof Tdkt;

const POOL = records(2000);
const PREPARED = POOL.map((r) => prepareRecord(r));
const OPTIONS = { period: 2024, regime: 'VN-2024' as const };
// Steady state: a second of warm-up lets V8 finish optimising before the two seconds measured
// (with vitest's defaults the first, unoptimised iterations dominated the means).
const STEADY = { warmupTime: 1000, time: 2000 };
const engine = jreEngine(2024);
const BATCH = 100;
let b = 0;
const batch = () => (b++ * BATCH) % POOL.length;

describe('CSTĐCS, 100 prepared 10-year records per iteration (divide by 100 for one)', () => {
  bench(
    'tdkt evaluate, prepared records (full explanation)',
    () => {
      const from = batch();
      for (let k = from; k < from + BATCH; k++) {
        evaluate(PREPARED[k] as (typeof PREPARED)[number], 'CSTDCS', OPTIONS);
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
    'json-rules-engine 7.3.1 (no validation either)',
    async () => {
      const from = batch();
      for (let k = from; k < from + BATCH; k++) {
        await jreCstdcs(engine, POOL[k] as (typeof POOL)[number]);
      }
    },
    STEADY,
  );
});
