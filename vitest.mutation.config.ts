// vitest configuration used only by Stryker (stryker.config.mjs): the tests of the folder under
// mutation, without coverage or benchmarks. The list comes from TDKT_MUTATION_TESTS
// (comma-separated globs), which stryker.config.mjs sets from TDKT_MUTATION_FOLDER.
import { defineConfig } from 'vitest/config';

const tests = process.env['TDKT_MUTATION_TESTS'];
if (!tests) {
  throw new Error(
    'vitest.mutation.config.ts is for Stryker: run `npm run mutation` (TDKT_MUTATION_TESTS is unset)',
  );
}

export default defineConfig({
  test: {
    include: tests.split(','),
    environment: 'node',
    testTimeout: 60_000,
    setupFiles: ['test/mutation-setup.ts'],
  },
});
