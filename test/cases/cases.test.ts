import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HonourCode } from '../../src/catalogue/codes.js';
import type { TdktRecord } from '../../src/core/records.js';
import type { EvaluateOptions, Verdict } from '../../src/eligibility/index.js';
import { evaluate, listRules } from '../../src/eligibility/index.js';
import type { RegimeId } from '../../src/law/regimes.js';

/**
 * Law-derived eligibility cases (test/cases/eligibility-*.json). Each case names the honour,
 * the period, optionally the regime, asOf and includeProvisional, the record, and what the law
 * gives: the outcome, the ids of the unmet top-level criteria and, where stated, the unknown
 * ones, the deferral and the regime chosen.
 */
interface Case {
  id: string;
  title: string;
  source?: string;
  honour: HonourCode;
  period: number;
  regime?: RegimeId;
  asOf?: string;
  includeProvisional?: boolean;
  record: TdktRecord;
  expected: {
    outcome: Verdict['outcome'];
    unmet: string[];
    unknown?: string[];
    deferred?: boolean;
    regime?: RegimeId;
  };
}

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir)
  .filter((f) => /^eligibility-.+\.json$/.test(f))
  .sort();
const suites = files.map((f) => ({
  file: f,
  cases: (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { cases: Case[] }).cases,
}));
const all = suites.flatMap((s) => s.cases);

function options(c: Case): EvaluateOptions {
  const o: EvaluateOptions = { period: c.period };
  if (c.regime) o.regime = c.regime;
  if (c.asOf) o.asOf = c.asOf;
  if (c.includeProvisional) o.includeProvisional = true;
  return o;
}

const sorted = (xs: string[]) => [...xs].sort();
const kindOf = (r: TdktRecord) =>
  r.kind === 'individual' || r.kind === 'collective' ? r.kind : 'local';

for (const { file, cases } of suites) {
  describe(file, () => {
    for (const c of cases) {
      it(`${c.id}: ${c.title}`, () => {
        const v = evaluate(c.record, c.honour, options(c));
        const got = {
          outcome: v.outcome,
          unmet: sorted(v.criteria.filter((x) => x.outcome === 'unmet').map((x) => x.id)),
          ...(c.expected.unknown
            ? {
                unknown: sorted(v.criteria.filter((x) => x.outcome === 'unknown').map((x) => x.id)),
              }
            : {}),
          ...(c.expected.deferred !== undefined ? { deferred: v.deferred } : {}),
          ...(c.expected.regime ? { regime: v.regime } : {}),
        };
        expect(got).toEqual({ ...c.expected, unmet: sorted(c.expected.unmet) });
      });
    }
  });
}

describe('the case corpus', () => {
  it('has at least 200 cases with unique ids and Vietnamese titles', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) expect(c.title).toMatch(/[àáảãạăâđêôơưấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự]/i);
  });

  it('covers every encoded rule: each honour × kind of record × regime has a case', () => {
    const seen = new Set(
      all.map(
        (c) => `${c.honour}|${kindOf(c.record)}|${evaluate(c.record, c.honour, options(c)).regime}`,
      ),
    );
    const missing: string[] = [];
    for (const r of listRules()) {
      const kind =
        r.recipient === 'individual' || r.recipient === 'collective' ? r.recipient : 'local';
      for (const regime of r.regimes) {
        if (!seen.has(`${r.honour}|${kind}|${regime}`))
          missing.push(`${r.honour}|${kind}|${regime}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
