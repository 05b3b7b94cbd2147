// Stryker mutation testing for tdkt (see docs/quality.md, "Mutation testing").
//
// One run mutates ONE folder and runs only the tests of that folder (vitest.mutation.config.ts
// reads the list from TDKT_MUTATION_TESTS, set below). Pick the folder with TDKT_MUTATION_FOLDER;
// `npm run mutation` (scripts/mutation.sh) runs the five folders one after the other, smallest
// first. Each folder keeps its own incremental file, because Stryker writes to the incremental
// file only the files of the current run: one shared file would forget the other folders.

/** Folders under mutation: what is mutated and which tests may kill the mutants. */
const FOLDERS = {
  law: {
    mutate: ['src/law/**/*.ts'],
    tests: ['test/law/**/*.test.ts', 'test/fuzz/foundation.test.ts'],
  },
  lunar: {
    mutate: ['src/calendar/lunar/**/*.ts'],
    tests: ['src/calendar/lunar/**/*.test.ts'],
  },
  inspection: {
    mutate: ['src/inspection/**/*.ts'],
    tests: ['src/inspection/**/*.test.ts'],
  },
  scoring: {
    mutate: ['src/scoring/**/*.ts'],
    tests: ['src/scoring/**/*.test.ts'],
  },
  eligibility: {
    mutate: ['src/eligibility/**/*.ts'],
    tests: ['src/eligibility/**/*.test.ts', 'test/cases/**/*.test.ts'],
  },
};

/** Never mutated: tests, benchmarks and pure re-export barrels (nothing to mutate in them). */
const NOT_MUTATED = [
  '!src/**/*.test.ts',
  '!src/**/*.bench.ts',
  '!src/calendar/lunar/index.ts',
  '!src/inspection/index.ts',
  '!src/scoring/index.ts',
  '!src/scoring/sheets/index.ts',
  '!src/eligibility/index.ts',
];
// Not excluded although named index.ts, because they hold logic: src/law/params/index.ts
// (getParameter, listParameters) and src/eligibility/rules/index.ts (the rule table).

const name = process.env.TDKT_MUTATION_FOLDER ?? 'all';
const folder =
  name === 'all'
    ? {
        mutate: Object.values(FOLDERS).flatMap((f) => f.mutate),
        tests: Object.values(FOLDERS).flatMap((f) => f.tests),
      }
    : FOLDERS[name];
if (!folder) {
  throw new Error(
    `TDKT_MUTATION_FOLDER="${name}" is not one of: ${Object.keys(FOLDERS).join(', ')}, all`,
  );
}

// Read by vitest.mutation.config.ts; the vitest workers Stryker starts inherit this environment.
process.env.TDKT_MUTATION_TESTS = folder.tests.join(',');
// Property tests that read FC_NUM_RUNS run fewer inputs under mutation (the normal suite keeps
// its own counts): every surviving mutant re-runs the tests that cover it.
process.env.FC_NUM_RUNS ??= '100';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  checkers: process.env.TDKT_MUTATION_TSC === '1' ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.json',
  mutate: [...folder.mutate, ...NOT_MUTATED],
  coverageAnalysis: 'perTest',
  // Static mutants (code run once, when a module is imported: the parameter and citation tables,
  // rule specs) each need every test of the folder re-run after a fresh import: ~1.5 s apiece,
  // 84 % of src/law. They are skipped by default (reported as "ignored", outside the score) and
  // tested with TDKT_MUTATION_STATIC=1. See docs/quality.md.
  ignoreStatic: process.env.TDKT_MUTATION_STATIC !== '1',
  // 2 cores are shared with benchmarks and other work: one test process at a time.
  concurrency: 1,
  timeoutMS: 10_000,
  incremental: true,
  incrementalFile: `reports/mutation/incremental/${name}.json`,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  // Report-only for now: the score per folder is tracked in docs/quality.md.
  thresholds: { high: 90, low: 80, break: null },
  // Not needed by the tests under mutation: keeps the sandbox copy small.
  // Tests being written (`*.wip.test.ts`) stay out of the sandbox: a failing one would stop the
  // initial test run.
  ignorePatterns: [
    'dist',
    'coverage',
    'reports',
    'docs',
    'temp',
    'etc',
    'bench',
    'examples',
    '**/*.wip.test.ts',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
