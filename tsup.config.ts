import { defineConfig } from 'tsup';

export default defineConfig({
  // One output file per source module so bundlers can drop unused modules (sideEffects: false):
  // a consumer importing only `regimeAt` must not pay for zod or decimal.js.
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.bench.ts', '!src/**/*.test-d.ts'],
  format: ['esm', 'cjs'],
  // tsup 8.5.x's dts worker injects `baseUrl`; TypeScript 6 rejects it (TS5101) without this.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // No source maps: the output is not minified and reads like the source; maps would more than
  // double the installed size (they must embed the sources, which are not published).
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: true,
  outDir: 'dist',
});
