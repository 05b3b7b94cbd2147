// Regenerates the parameter table of docs/legal-basis.md from the parameter registry, so the
// document cannot drift from the data. Run: npx tsx scripts/legal-basis.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { formatCitation, listParameters } from '../src/index.js';

const START = '<!-- parameters:start -->';
const END = '<!-- parameters:end -->';

export function parameterTable(): string {
  const rows = [
    '| id | meaning | from | value | confidence | basis |',
    '|---|---|---|---|---|---|',
  ];
  for (const p of [...listParameters()].sort((a, b) => a.id.localeCompare(b.id))) {
    p.values.forEach((v, i) => {
      const basis = v.basis.map((b) => formatCitation(b).vi).join('; ');
      const value =
        v.value === null
          ? 'none'
          : typeof v.value === 'object'
            ? JSON.stringify(v.value)
            : String(v.value);
      rows.push(
        `| ${i === 0 ? `\`${p.id}\`` : ''} | ${i === 0 ? p.description.en.replace(/\|/g, '/') : ''} | ${v.from} | ${value.replace(/\|/g, '/')}${v.provisional ? ' (provisional)' : ''} | ${v.confidence} | ${basis} |`,
      );
    });
  }
  return rows.join('\n');
}

const file = new URL('../docs/legal-basis.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const a = text.indexOf(START);
const b = text.indexOf(END);
if (a < 0 || b < 0) throw new Error('markers missing in docs/legal-basis.md');
writeFileSync(file, `${text.slice(0, a + START.length)}\n${parameterTable()}\n${text.slice(b)}`);
console.log('docs/legal-basis.md updated');
