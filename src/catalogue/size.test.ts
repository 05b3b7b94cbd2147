import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Brotli size of a minified ESM bundle of `contents` (resolved from this folder). */
function brotliSize(contents: string): number {
  const out = buildSync({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return brotliCompressSync(out.outputFiles[0]?.contents ?? new Uint8Array()).length;
}

describe('bundle size', () => {
  it('keeps the whole catalogue module (data, resolver, interop maps) within 12 kB brotli', () => {
    expect(brotliSize("export * from './index.ts';")).toBeLessThanOrEqual(12_000);
  });

  it('tree-shakes the interop maps and ladders away from the lookup functions', () => {
    const size = brotliSize("export { getHonour, listHonours, resolveHonour } from './index.ts';");
    expect(size).toBeLessThanOrEqual(9_500);
  });
});
