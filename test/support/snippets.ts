/**
 * Helpers shared by the tests that run documentation code (test/docs-examples.test.ts for the
 * TSDoc `@example` blocks, test/guides.test.ts for the ```ts blocks of README and docs/).
 *
 * A snippet is written to a file with its imports of 'tdkt' and 'tdkt/testing' pointed at the
 * sources, then imported. A statement `expr; // value` (or `expr;` followed by `// value` on the
 * next lines) whose comment starts with a literal becomes an assertion that `expr` deep-equals
 * `value` after a JSON round trip.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const index = join(root, 'src', 'index.ts');
const testing = join(root, 'src', 'testing', 'index.ts');

/** The whole comment as a literal (`'x'`, `42`, `[1, 2]`, `{ a: 1 }`, `true`, `null` …), or not. */
export function literal(comment: string): { ok: true; value: unknown } | { ok: false } {
  const c = comment.trim();
  if (!/^(['"[{\d-]|true\b|false\b|null\b|undefined\b)/.test(c)) return { ok: false };
  try {
    // Indirect eval (global scope), test-only: parses a literal written in a comment.
    // biome-ignore lint/security/noGlobalEval: see above
    const indirectEval = globalThis.eval;
    const value: unknown = indirectEval(`(${c})`);
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}

/** End index of the string literal opened at `start`, or -1. */
function stringEnd(s: string, start: number): number {
  const q = s[start];
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === q) return i + 1;
  }
  return -1;
}

/** End index of the bracketed literal opened at `start` (strings skipped), or -1. */
function bracketEnd(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = stringEnd(s, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (ch === '[' || ch === '{' || ch === '(') depth++;
    else if (ch === ']' || ch === '}' || ch === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * A literal at the start of a comment, followed by nothing or by a remark that cannot be read as
 * part of the value: `'eligible' — under VN-2024`, `'2026-02-17' (Tết Bính Ngọ)`. A leading
 * `=>` or `→` is skipped. `12 leaders: …` is not a literal (the remark does not start with a
 * dash, a parenthesis or another comment).
 */
export function leadingLiteral(comment: string): { ok: true; value: unknown } | { ok: false } {
  const c = comment.trim().replace(/^(=>|→)\s*/, '');
  let end = -1;
  const first = c[0];
  if (first === "'" || first === '"') end = stringEnd(c, 0);
  else if (first === '[' || first === '{') end = bracketEnd(c, 0);
  else {
    const m = /^(-?\d+(\.\d+)?(e[+-]?\d+)?|true|false|null|undefined)\b/.exec(c);
    if (m) end = m[0].length;
  }
  if (end < 0) return { ok: false };
  const rest = c.slice(end);
  if (!/^\s*$/.test(rest) && !/^\s+(\(|—|–|-\s|\/\/)/.test(rest)) return { ok: false };
  return literal(c.slice(0, end));
}

/** One assertion found in a snippet: the expression and the value its comment shows. */
export interface Check {
  line: number;
  expression: string;
  expected: unknown;
}

/**
 * Rewrites the top-level expression statements whose comment starts with a literal into
 * `__check(line, expr, value)` calls, using the TypeScript parser so a statement may span lines.
 * The comment is the one on the statement's last line or, failing that, the comment lines that
 * follow it directly.
 */
export function instrument(code: string): { code: string; checks: Check[] } {
  const sf = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.Latest, true);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const checks: Check[] = [];
  for (const stmt of sf.statements) {
    if (!ts.isExpressionStatement(stmt)) continue;
    const end = stmt.getEnd();
    const trailing = ts.getTrailingCommentRanges(code, end) ?? [];
    let comment: string | undefined;
    const first = trailing[0];
    if (first && first.kind === ts.SyntaxKind.SingleLineCommentTrivia) {
      comment = code.slice(first.pos + 2, first.end);
    } else if (trailing.length === 0) {
      // `expr;` then `// value` lines right below it
      const lines: string[] = [];
      let rest = code.slice(end).replace(/^[ \t]*\r?\n/, '');
      for (;;) {
        const m = /^[ \t]*\/\/(.*)(\r?\n|$)/.exec(rest);
        if (!m) break;
        lines.push(m[1] ?? '');
        rest = rest.slice(m[0].length);
        if (m[2] === '') break;
      }
      if (lines.length > 0) comment = lines.join('\n');
    }
    if (comment === undefined) continue;
    const lit = leadingLiteral(comment);
    if (!lit.ok) continue;
    const line = sf.getLineAndCharacterOfPosition(stmt.getStart()).line + 1;
    const expression = stmt.expression.getText();
    checks.push({ line, expression, expected: lit.value });
    edits.push({
      start: stmt.getStart(),
      end,
      text: `__check(${checks.length - 1}, (${expression}));`,
    });
  }
  let out = code;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, checks };
}

/** Points the package's imports at the sources. */
export function mapImports(code: string): string {
  return code
    .replace(/from 'tdkt\/testing'/g, `from ${JSON.stringify(testing)}`)
    .replace(/from 'tdkt'/g, `from ${JSON.stringify(index)}`);
}

/**
 * Writes `code` (already instrumented) to `file`, imports it and returns the values passed to
 * `__check`, by check index.
 */
export async function runSnippet(code: string, file: string): Promise<Map<number, unknown>> {
  const seen = new Map<number, unknown>();
  const key = `__tdktSnippet${Math.random().toString(36).slice(2)}`;
  (globalThis as Record<string, unknown>)[key] = (i: number, v: unknown) => seen.set(i, v);
  writeFileSync(
    file,
    `const __check = (globalThis as any)[${JSON.stringify(key)}] as (i: number, v: unknown) => void;\n${mapImports(code)}\nexport {};\n`,
  );
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    delete (globalThis as Record<string, unknown>)[key];
  }
  return seen;
}

/** A value as JSON shows it (what a `// value` comment can express). */
export function asJson(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v) ?? 'null');
}
