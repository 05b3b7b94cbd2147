import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/schemas/json-schema.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const STALE = 'schemas/ is stale: run `npm run schemas` and commit the result';

describe('committed JSON Schemas are fresh', () => {
  const fresh = jsonSchemas();

  it('the same files', () => {
    const committed = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(committed, STALE).toEqual(Object.keys(fresh).sort());
  });

  it.each(Object.keys(fresh))('%s matches a fresh run', (file) => {
    let text = '';
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      expect.fail(`${file} is missing: ${STALE}`);
    }
    expect(text, `${file}: ${STALE}`).toBe(`${JSON.stringify(fresh[file], null, 2)}\n`);
  });
});
