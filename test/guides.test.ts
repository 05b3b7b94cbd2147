/**
 * Every guide's code runs: the ```ts and ```typescript blocks of README.md, README.vi.md and
 * docs/*.md are extracted and executed, with 'tdkt' and 'tdkt/testing' pointed at the sources. A
 * statement followed by a `// value` comment that starts with a literal asserts that value.
 *
 * Info-string flags after the language (GitHub ignores them when rendering):
 * - `ts no-run`: deliberately not executed (a type shape, a fragment of a larger program). These
 *   are counted and listed, never skipped silently.
 * - `ts continued`: appended to the previous executed block of the same file (a guide that builds
 *   one program over several blocks).
 * Every opening fence must name a language (`text` for plain text), so TypeScript cannot hide in
 * an unlabelled block.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  asJson,
  type Check,
  instrument,
  leadingLiteral,
  root,
  runSnippet,
} from './support/snippets.js';

interface Block {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  flags: string[];
  code: string;
}

function blocks(file: string): { blocks: Block[]; unlabelled: number[] } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Block[] = [];
  const unlabelled: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const indent = (open[1] ?? '').length;
    const fence = open[2] as string;
    const info = (open[3] ?? '').trim().split(/\s+/).filter(Boolean);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] as string;
      if (l.trim().startsWith(fence) && l.trim().slice(fence.length).trim() === '') break;
      body.push(l.slice(Math.min(indent, l.length - l.trimStart().length)));
    }
    if (info.length === 0) unlabelled.push(i + 1);
    else {
      out.push({
        file,
        line: i + 1,
        lang: (info[0] as string).toLowerCase(),
        flags: info.slice(1),
        code: body.join('\n'),
      });
    }
    i = j;
  }
  return { blocks: out, unlabelled };
}

const docsDir = join(root, 'docs');
const files = [
  join(root, 'README.md'),
  join(root, 'README.vi.md'),
  ...readdirSync(docsDir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => join(docsDir, n)),
];
const parsed = files.map((f) => ({ file: f, ...blocks(f) }));
const tsBlocks = parsed.flatMap((p) => p.blocks).filter((b) => /^(ts|typescript)$/.test(b.lang));
const noRun = tsBlocks.filter((b) => b.flags.includes('no-run'));

/** Executed programs: a block and the `continued` blocks after it. */
interface Program {
  blocks: Block[];
}
const programs: Program[] = [];
const orphans: Block[] = [];
for (const p of parsed) {
  let current: Program | undefined;
  for (const b of p.blocks) {
    if (!/^(ts|typescript)$/.test(b.lang) || b.flags.includes('no-run')) continue;
    if (b.flags.includes('continued')) {
      if (current) current.blocks.push(b);
      else orphans.push(b);
    } else {
      current = { blocks: [b] };
      programs.push(current);
    }
  }
}
const run = programs.reduce((n, p) => n + p.blocks.length, 0);
/** `file.md:line` of a line of a program's concatenated code. */
function mdLine(program: Program, line: number): string {
  let offset = 0;
  for (const b of program.blocks) {
    const n = b.code.split('\n').length;
    if (line <= offset + n) return `${relative(root, b.file)}:${b.line + line - offset}`;
    offset += n;
  }
  return `line ${line}`;
}
const where = (b: Block) => `${relative(root, b.file)}:${b.line}`;

const outDir = mkdtempSync(join(tmpdir(), 'tdkt-guides-'));
let assertions = 0;
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  const others = parsed
    .flatMap((p) => p.blocks)
    .filter((b) => !/^(ts|typescript)$/.test(b.lang))
    .map((b) => b.lang);
  const byLang = [...new Set(others)].map((l) => `${l} ${others.filter((o) => o === l).length}`);
  console.info(
    `guides: ${tsBlocks.length} TypeScript blocks in ${files.length} files, ${run} run as ${programs.length} programs with ${assertions} value assertions, ${noRun.length} marked no-run${noRun.length ? ` (${noRun.map(where).join(', ')})` : ''}; other blocks, not TypeScript: ${byLang.join(', ') || 'none'}`,
  );
});

describe('guides: value comments become assertions', () => {
  it('reads a literal at the start of a comment, with or without a remark', () => {
    expect(leadingLiteral(" 'eligible' — under VN-2024")).toEqual({ ok: true, value: 'eligible' });
    expect(leadingLiteral(" '2026-02-17' (Tết Bính Ngọ)")).toEqual({
      ok: true,
      value: '2026-02-17',
    });
    expect(leadingLiteral(' → [1, { a: "x" }]')).toEqual({ ok: true, value: [1, { a: 'x' }] });
    expect(leadingLiteral(' 15 (30% of 47)')).toEqual({ ok: true, value: 15 });
    expect(leadingLiteral(' 12 leaders: 20% × 12')).toEqual({ ok: false });
    expect(leadingLiteral(' { unit, rank, … }')).toEqual({ ok: false });
    expect(leadingLiteral(' as rankUnits')).toEqual({ ok: false });
  });

  it('instruments same-line and next-line comments of top-level statements only', () => {
    const { code, checks } = instrument(
      [
        'f(1); // 2',
        'g(\n  3,\n);',
        '// [4, 5]',
        '//   (a remark)',
        'for (const x of y) h(x); // 6',
        'const z = 7; // 7',
        'k(); // not a literal',
      ].join('\n'),
    );
    expect(checks.map((c) => [c.line, c.expression, c.expected])).toEqual([
      [1, 'f(1)', 2],
      [2, 'g(\n  3,\n)', [4, 5]],
    ]);
    expect(code.startsWith('__check(0, (f(1)));')).toBe(true);
  });
});

describe('guides: every TypeScript block runs', () => {
  it('finds the guides and their blocks', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(run).toBeGreaterThan(10);
  });

  it('labels every code fence with a language', () => {
    const missing = parsed.flatMap((p) =>
      p.unlabelled.map((l) => `${relative(root, p.file)}:${l}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no `continued` block without a block to continue', () => {
    expect(orphans.map(where)).toEqual([]);
  });

  programs.forEach((program, i) => {
    const first = program.blocks[0] as Block;
    const lines = program.blocks.map((b) => b.line).join('+');
    it(`${relative(root, first.file)}:${lines}`, async () => {
      const { code, checks } = instrument(program.blocks.map((b) => b.code).join('\n'));
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      let seen: Map<number, unknown>;
      try {
        seen = await runSnippet(code, join(outDir, `guide-${i}.ts`));
      } finally {
        log.mockRestore();
      }
      checks.forEach((c: Check, k) => {
        const at = `${mdLine(program, c.line)} \`${c.expression}\``;
        expect(seen.has(k), `${at} was not reached`).toBe(true);
        expect(asJson(seen.get(k)), at).toEqual(asJson(c.expected));
      });
      assertions += checks.length;
    });
  });
});
