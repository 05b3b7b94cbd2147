// `npm run example` runs the year-end review; `npm run example -- <name>` runs examples/<name>.ts;
// `npm run example -- all` runs every example in turn (CI does, so none of them can rot).
import { readdirSync } from 'node:fs';

const MAIN = 'year-end-review';
// Every file beside this one is an example; no list to forget to update.
const EXAMPLES = [
  MAIN,
  ...readdirSync(new URL('.', import.meta.url))
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && f !== `${MAIN}.ts`)
    .map((f) => f.slice(0, -3))
    .sort(),
];

const name = process.argv[2] ?? MAIN;
const chosen = name === 'all' ? EXAMPLES : [name];
if (!chosen.every((n) => EXAMPLES.includes(n))) {
  console.error(`Unknown example "${name}". Available: ${EXAMPLES.join(', ')}, all`);
  process.exit(1);
}
for (const n of chosen) {
  if (chosen.length > 1) console.log(`\n##### examples/${n}.ts\n`);
  await import(`./${n}.ts`);
}
