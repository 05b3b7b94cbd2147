/**
 * `evaluate` of CSTĐCS on records validated once by `prepareRecord` (as when the same people are
 * evaluated for several honours, periods or profiles), against the hand-written boolean check of
 * the same rule in the same run (the floor; goal: tdkt ≤ 10× it). Its own file, so its own
 * worker: see bench/eligibility.bench.ts.
 * Run: npx vitest bench --run bench/eligibility-prepared.bench.ts
 */
import { bench, describe } from 'vitest';
import { evaluate, prepareRecord } from '../src/eligibility/index.js';
import { handCstdcs, records } from './eligibility-fixtures.js';

const POOL = records(2000);
const PREPARED = POOL.map((r) => prepareRecord(r));
const OPTIONS = { period: 2024, regime: 'VN-2024' as const };
const BATCH = 100;
let b = 0;
const batch = () => (b++ * BATCH) % POOL.length;

describe('CSTĐCS, 100 prepared 10-year records per iteration (divide by 100 for one)', () => {
  bench('tdkt evaluate, prepared records (full explanation)', () => {
    const from = batch();
    for (let k = from; k < from + BATCH; k++) {
      evaluate(PREPARED[k] as (typeof PREPARED)[number], 'CSTDCS', OPTIONS);
    }
  });
  bench('hand-written boolean check (floor)', () => {
    const from = batch();
    for (let k = from; k < from + BATCH; k++) handCstdcs(POOL[k] as (typeof POOL)[number], 2024);
  });
});
