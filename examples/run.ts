// `npm run example` runs the year-end review; `npm run example -- <name>` runs examples/<name>.ts.
const EXAMPLES = [
  'year-end-review',
  'eligibility',
  'scoring',
  'inspection',
  'calendar',
  'catalogue',
];

const name = process.argv[2] ?? 'year-end-review';
if (!EXAMPLES.includes(name)) {
  console.error(`Unknown example "${name}". Available: ${EXAMPLES.join(', ')}`);
  process.exit(1);
}
await import(`./${name}.ts`);
