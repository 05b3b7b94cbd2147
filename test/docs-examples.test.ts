/**
 * Runs every `@example` found in the TSDoc of src/ so the examples cannot rot. Imports of 'tdkt'
 * and 'tdkt/testing' are pointed at the sources. A line `expr; // value` whose comment parses as
 * a literal becomes an assertion that `expr` deep-equals `value`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
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

function literal(comment: string): { ok: true; value: unknown } | { ok: false } {
  const c = comment.trim();
  if (!/^(['"[{\d-]|true\b|false\b|null\b|undefined\b)/.test(c)) return { ok: false };
  try {
    // biome-ignore lint/security/noGlobalEval: test-only parsing of literal comments
    const value = (0, eval)(`(${c})`);
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}

function instrument(code: string): string {
  const lines = code.split('\n').map((line) => {
    const m = /^(\s*)([^/].*?);\s*\/\/\s*(?:=>\s*)?(.+)$/.exec(line);
    if (!m || /^\s*(const|let|var|import|export|for|if|return)\b/.test(line)) return line;
    const lit = literal(m[3] ?? '');
    if (!lit.ok) return line;
    return `${m[1]}__check(${m[2]}, ${JSON.stringify(lit.value) ?? 'undefined'});`;
  });
  return lines.join('\n');
}

const index = join(root, 'src', 'index.ts');
const testing = join(root, 'src', 'testing', 'index.ts');
const all = sourceFiles(join(root, 'src')).flatMap(extract);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

describe('TSDoc examples run', () => {
  it('finds examples', () => {
    expect(all.length).toBeGreaterThan(20);
  });
  all.forEach((ex, i) => {
    it(`${relative(root, ex.file)}:${ex.line} ${ex.symbol}`, async () => {
      const code = instrument(ex.code)
        .replace(/from 'tdkt\/testing'/g, `from ${JSON.stringify(testing)}`)
        .replace(/from 'tdkt'/g, `from ${JSON.stringify(index)}`);
      const file = join(outDir, `ex-${i}.ts`);
      const checks: Array<[unknown, unknown]> = [];
      (globalThis as Record<string, unknown>)['__tdktChecks'] = checks;
      writeFileSync(
        file,
        `const __check = (a: unknown, b: unknown) => { (globalThis as any).__tdktChecks.push([a, b]); };\n${code}\nexport {};\n`,
      );
      await import(/* @vite-ignore */ file);
      for (const [actual, expected] of checks) {
        expect(JSON.parse(JSON.stringify(actual) ?? 'null')).toEqual(expected ?? null);
      }
    });
  });
});
