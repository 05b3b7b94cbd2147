#!/usr/bin/env node
// Merge per-file Stryker incremental reports into the folder's incremental file.
//
//   node scripts/mutation-merge.mjs eligibility
//
// reads reports/mutation/incremental/<folder>-parts/*.json (one `stryker run --mutate <file>
// --incrementalFile <part>` each; see docs/quality.md, "Mutation testing") and writes
// reports/mutation/incremental/<folder>.json. Test ids are local to each run, so tests are keyed
// by file and name and every mutant's coveredBy / killedBy is renumbered. When a file appears in
// several parts, the newest part wins (its source and its mutants belong together).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/mutation-merge.mjs <folder>');
  process.exit(2);
}
const dir = join('reports', 'mutation', 'incremental', `${folder}-parts`);
const parts = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => join(dir, f))
  .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs); // oldest first: newer overwrite

const testIds = new Map(); // "file\0name" → new id
const testFiles = {};
const files = {};
let base;
for (const p of parts) {
  const r = JSON.parse(readFileSync(p, 'utf8'));
  base ??= r;
  const local = new Map(); // old id → new id
  for (const [file, tf] of Object.entries(r.testFiles ?? {})) {
    const tests = [];
    for (const t of tf.tests) {
      const key = `${file}\0${t.name}`;
      if (!testIds.has(key)) testIds.set(key, String(testIds.size));
      const id = testIds.get(key);
      local.set(t.id, id);
      tests.push({ ...t, id });
    }
    testFiles[file] = { ...tf, tests }; // the newest source of a test file wins
  }
  const renumber = (ids) => ids?.map((id) => local.get(id) ?? id);
  for (const [file, f] of Object.entries(r.files)) {
    files[file] = {
      ...f,
      mutants: f.mutants.map((m) => ({
        ...m,
        ...(m.coveredBy ? { coveredBy: renumber(m.coveredBy) } : {}),
        ...(m.killedBy ? { killedBy: renumber(m.killedBy) } : {}),
      })),
    };
  }
}
if (!base) {
  console.error(`no parts in ${dir}`);
  process.exit(1);
}
const out = join('reports', 'mutation', 'incremental', `${folder}.json`);
writeFileSync(out, JSON.stringify({ ...base, files, testFiles }));
console.log(
  `${out}: ${Object.keys(files).length} files from ${parts.length} parts, ${testIds.size} tests`,
);
