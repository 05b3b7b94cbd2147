// Every function the package exports, called with garbage: it returns a result or throws a
// TdktError — never a TypeError or RangeError, never a hang — and never changes its arguments.
// The list is read from the entry points, so a function added later is fuzzed without anyone
// remembering to add it here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../src/core/errors.js';
import * as main from '../../src/index.js';
import * as testing from '../../src/testing/index.js';

// 400 inputs per function and a fixed seed in CI; fewer under mutation testing (stryker.config.mjs
// sets FC_NUM_RUNS). To hunt: TDKT_FUZZ_RUNS=20000 TDKT_FUZZ_SEED=$RANDOM npx vitest run <this file>.
const RUNS = Number(
  process.env['TDKT_FUZZ_RUNS'] ?? Math.min(Number(process.env['FC_NUM_RUNS'] ?? 400), 400),
);
const SEED = Number(process.env['TDKT_FUZZ_SEED'] ?? 7);

const wild = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withSparseArray: true,
  withUnicodeString: true,
  maxDepth: 3,
});
/** Values near what the functions read: dates, years, codes, records, option bags. */
const near = fc.oneof(
  fc.constantFrom(
    '2024-01-01',
    '2024-02-30',
    '2025',
    2024,
    -1,
    0,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e12,
    'LDTT',
    'CSTDCS',
    'VN-2024',
    '30%',
    '',
    null,
    undefined,
    true,
  ),
  fc.record(
    {
      kind: fc.constantFrom('individual', 'collective', 'x'),
      id: fc.oneof(fc.string(), fc.integer()),
      years: fc.oneof(fc.constant([]), fc.array(wild, { maxLength: 2 })),
      honours: fc.oneof(fc.constant([]), fc.array(wild, { maxLength: 2 })),
      period: fc.oneof(fc.integer({ min: 1990, max: 2100 }), wild),
      year: fc.oneof(fc.integer({ min: 1990, max: 2100 }), wild),
      units: fc.oneof(fc.integer({ min: -2, max: 60 }), wild),
      base: fc.oneof(fc.integer({ min: -2, max: 60 }), wild),
      ratio: fc.oneof(fc.constantFrom('30%', 0.3, '150%'), wild),
      criteria: fc.oneof(fc.constant([{ id: 'a', max: 10 }]), wild),
      seed: fc.oneof(fc.string(), fc.integer()),
    },
    { requiredKeys: [] },
  ),
);
const arg = fc.oneof(wild, near);
const args = fc.array(arg, { maxLength: 4 });

function isClass(f: unknown): boolean {
  return typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f));
}

const FUNCTIONS = [
  ...Object.entries(main).map(([name, f]) => [`tdkt.${name}`, f] as const),
  ...Object.entries(testing).map(([name, f]) => [`tdkt/testing.${name}`, f] as const),
].filter(([, f]) => typeof f === 'function' && !isClass(f)) as [
  string,
  (...a: unknown[]) => unknown,
][];

/** A structured clone of the arguments, or undefined when they cannot be cloned. */
function snapshot(values: unknown[]): unknown[] | undefined {
  try {
    return structuredClone(values);
  } catch {
    return undefined;
  }
}

describe('every exported function: garbage in, a result or a TdktError out, arguments untouched', () => {
  it('finds the functions of both entry points', () => {
    expect(FUNCTIONS.length).toBeGreaterThan(90);
    expect(FUNCTIONS.map(([n]) => n)).toContain('tdkt.evaluate');
    expect(FUNCTIONS.map(([n]) => n)).toContain('tdkt/testing.generateAgency');
  });

  for (const [name, fn] of FUNCTIONS) {
    it(name, () => {
      fc.assert(
        fc.property(args, (a) => {
          const before = snapshot(a);
          try {
            fn(...a);
          } catch (e) {
            if (!(e instanceof TdktError)) {
              throw new Error(
                `${name} threw ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`,
              );
            }
          }
          if (before !== undefined) expect(a).toEqual(before);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});
