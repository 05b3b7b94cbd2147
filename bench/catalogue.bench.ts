import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import {
  listHonours,
  mapExternalCode,
  resolveHonour,
  resolveHonourCandidates,
} from '../src/catalogue/index.js';
import { foldDiacritics, normalizeVietnamese } from '../src/core/text.js';

// The whole spelling table (≈270 real spellings, positives and negatives), resolved per iteration.
const { cases } = JSON.parse(
  readFileSync(new URL('../test/cases/catalogue-spellings.json', import.meta.url), 'utf8'),
) as { cases: { text: string }[] };
const texts = cases.map((c) => c.text);
const honours = listHonours();

const opts = { time: 400, warmupTime: 100 };

/**
 * Baseline: what a scan-per-call matcher does (the common hand-written approach): fold the input
 * and every catalogue name and alias on every call, and compare. It knows no abbreviations,
 * classes or issuer phrases, so it also answers fewer texts.
 */
function naiveScan(text: string): string | undefined {
  const key = foldDiacritics(normalizeVietnamese(text));
  for (const h of honours) {
    for (const name of [h.nameVi, ...h.aliases]) {
      if (foldDiacritics(normalizeVietnamese(name)) === key) return h.code;
    }
  }
  return undefined;
}

describe('resolve the spelling table (≈270 texts)', () => {
  bench(
    'resolveHonour (lazy index)',
    () => {
      for (const t of texts) resolveHonour(t);
    },
    opts,
  );
  bench(
    'resolveHonourCandidates',
    () => {
      for (const t of texts) resolveHonourCandidates(t);
    },
    opts,
  );
  bench(
    'baseline: naive scan per call',
    () => {
      for (const t of texts) naiveScan(t);
    },
    opts,
  );
});

describe('interop lookups (1,000 QLKT codes)', () => {
  const codes = ['CSTDTQ', 'ĐVQT', 'BKBQP', 'HCBVTQ_HANG_BA', 'HC_QKQT'];
  const batch = Array.from({ length: 1000 }, (_, i) => codes[i % codes.length] as string);
  bench(
    'mapExternalCode',
    () => {
      for (const c of batch) mapExternalCode('qlkt', c);
    },
    opts,
  );
});
