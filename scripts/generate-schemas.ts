// Writes the JSON Schema of every public input schema to schemas/<name>.json.
// Run with `npm run schemas` (npx tsx scripts/generate-schemas.ts); test/schemas-fresh.test.ts
// fails when the committed files differ from a fresh run.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/schemas/json-schema.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(outDir, { recursive: true });
const files = jsonSchemas();
for (const old of readdirSync(outDir)) {
  if (old.endsWith('.json') && !(old in files)) rmSync(join(outDir, old));
}
for (const [name, schema] of Object.entries(files)) {
  writeFileSync(join(outDir, name), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`Wrote ${Object.keys(files).length} JSON Schemas to ${outDir}`);
