#!/usr/bin/env node
// Score and surviving mutants of Stryker incremental or JSON reports, file by file.
//
//   node scripts/mutation-summary.mjs reports/mutation/incremental/eligibility.json [--survivors]
//
// Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker computes
// it; ignored (static), compile and runtime errors are outside the score.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const list = args.includes('--survivors');
let all = { k: 0, t: 0 };
for (const p of args.filter((a) => !a.startsWith('--'))) {
  const r = JSON.parse(readFileSync(p, 'utf8'));
  for (const [file, f] of Object.entries(r.files).sort(([a], [b]) => a.localeCompare(b))) {
    const count = (s) => f.mutants.filter((m) => m.status === s).length;
    const killed = count('Killed') + count('Timeout');
    const total = killed + count('Survived') + count('NoCoverage');
    all = { k: all.k + killed, t: all.t + total };
    const pct = total === 0 ? '—' : `${((100 * killed) / total).toFixed(1)} %`;
    console.log(
      `${file}: ${killed}/${total} = ${pct} (survived ${count('Survived')}, no coverage ${count('NoCoverage')}, ignored ${count('Ignored')})`,
    );
    if (!list) continue;
    const lines = f.source.split('\n');
    for (const m of f.mutants
      .filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')
      .sort((a, b) => a.location.start.line - b.location.start.line)) {
      const l = m.location.start.line;
      const code = (lines[l - 1] ?? '').trim().slice(0, 100);
      console.log(
        `  ${l}:${m.location.start.column} ${m.status === 'NoCoverage' ? '[no coverage] ' : ''}${m.mutatorName} → ${JSON.stringify(m.replacement ?? '').slice(0, 60)} | ${code}`,
      );
    }
  }
}
console.log(
  `total: ${all.k}/${all.t} = ${all.t === 0 ? '—' : ((100 * all.k) / all.t).toFixed(1)} %`,
);
