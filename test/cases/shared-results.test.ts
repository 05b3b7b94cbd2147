// The engine shares criterion results between verdicts (a cache per compiled criterion, keyed by
// everything the result depends on). Sharing must never change a verdict: every law-derived
// case, evaluated after all the others through the shared national rules (in two orders), equals
// the same case evaluated alone through freshly compiled rules (an empty profile compiles its
// own rules and caches).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HonourCode } from '../../src/catalogue/codes.js';
import type { TdktRecord } from '../../src/core/records.js';
import type { EvaluateOptions, Verdict } from '../../src/eligibility/index.js';
import { defineProfile, evaluate } from '../../src/eligibility/index.js';
import type { RegimeId } from '../../src/law/regimes.js';

interface Case {
  id: string;
  honour: HonourCode;
  period: number;
  regime?: RegimeId;
  asOf?: string;
  includeProvisional?: boolean;
  record: TdktRecord;
}

const dir = dirname(fileURLToPath(import.meta.url));
const cases: Case[] = readdirSync(dir)
  .filter((f) => /^eligibility-.+\.json$/.test(f))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { cases: Case[] }).cases);

function options(c: Case): EvaluateOptions {
  const o: EvaluateOptions = { period: c.period };
  if (c.regime) o.regime = c.regime;
  if (c.asOf) o.asOf = c.asOf;
  if (c.includeProvisional) o.includeProvisional = true;
  return o;
}

/** What a verdict decides and explains (the fields a profile does not change). */
const gist = (v: Verdict) => ({
  outcome: v.outcome,
  criteria: v.criteria,
  judgements: v.judgements,
  deferred: v.deferred,
  regime: v.regime,
});

function alone(c: Case, regime: RegimeId): Verdict {
  const fresh = defineProfile({ id: `alone-${c.id}`, base: regime });
  const { regime: _, ...rest } = options(c);
  return evaluate(c.record, c.honour, { ...rest, profile: fresh });
}

describe('shared criterion results never change a verdict', () => {
  it(`${cases.length} cases, in file order and reversed, equal each case evaluated alone`, () => {
    const forward = cases.map((c) => gist(evaluate(c.record, c.honour, options(c))));
    const backward = [...cases]
      .reverse()
      .map((c) => gist(evaluate(c.record, c.honour, options(c))))
      .reverse();
    let compared = 0;
    cases.forEach((c, i) => {
      const shared = forward[i] as ReturnType<typeof gist>;
      const single = gist(alone(c, shared.regime as RegimeId));
      expect({ id: c.id, ...shared }).toEqual({ id: c.id, ...single });
      expect({ id: c.id, ...backward[i] }).toEqual({ id: c.id, ...single });
      compared++;
    });
    expect(compared).toBe(cases.length);
  });
});
