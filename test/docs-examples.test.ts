/**
 * Runs every `@example` found in the TSDoc of src/ so the examples cannot rot. Imports of 'tdkt'
 * and 'tdkt/testing' are pointed at the sources. A statement `expr; // value` (or `expr;` with
 * `// value` on the next lines) whose comment starts with a literal becomes an assertion that
 * `expr` deep-equals `value` (helpers shared with test/guides.test.ts in test/support/snippets.ts).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asJson, instrument, root, runSnippet } from './support/snippets.js';

const outDir = join(root, 'test', '.generated-examples');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.bench.ts')) out.push(p);
  }
  return out;
}

interface Example {
  file: string;
  line: number;
  symbol: string;
  code: string;
}

function extract(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  const re = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g;
  for (const m of text.matchAll(re)) {
    const body = (m[2] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    const after = text.slice((m.index ?? 0) + m[0].length);
    const sym =
      /export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|class|interface|type|let)\s+(\w+)/.exec(
        after,
      );
    examples.push({
      file,
      line: text.slice(0, m.index).split('\n').length,
      symbol: sym?.[1] ?? '?',
      code: body,
    });
  }
  return examples;
}

const all = sourceFiles(join(root, 'src')).flatMap(extract);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

describe('TSDoc examples run', () => {
  it('finds examples', () => {
    expect(all.length).toBeGreaterThan(20);
  });
  all.forEach((ex, i) => {
    it(`${relative(root, ex.file)}:${ex.line} ${ex.symbol}`, async () => {
      const { code, checks } = instrument(ex.code);
      const seen = await runSnippet(code, join(outDir, `ex-${i}.ts`));
      checks.forEach((c, k) => {
        const at = `${relative(root, ex.file)}:${ex.line} line ${c.line} \`${c.expression}\``;
        expect(seen.has(k), `${at} was not reached`).toBe(true);
        expect(asJson(seen.get(k)), at).toEqual(asJson(c.expected));
      });
    });
  });
});
