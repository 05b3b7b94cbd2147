import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { capGovernmentFlagProposals, clusterResult, termForYear } from './cluster.js';
import { rankUnits } from './rank.js';
import { scoreUnit, scoreUnitReference } from './score-unit.js';
import { defineScoreSheet } from './sheet.js';
import { HCMC_TDKT_WORK_SHEET } from './sheets/hcmc-tdkt-work.js';
import { reconcile } from './stages.js';
import type { CriterionSpec, ScoreEntry, ScoreSheet, UnitScore } from './types.js';

/** Property-test inputs, capped by FC_NUM_RUNS under mutation testing (docs/quality.md). */
const runs = (n: number): number => Math.min(n, Number(process.env['FC_NUM_RUNS'] ?? n));

const RUNS = { seed: 42, numRuns: runs(150) };

type Shape = { leaf: number } | { kids: Shape[] };

const { forest } = fc.letrec<{ node: Shape; forest: Shape[] }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'tree' },
    fc.record({ leaf: fc.integer({ min: 1, max: 2000 }) }),
    fc.record({ kids: tie('forest') }),
  ),
  forest: fc.array(tie('node'), { minLength: 1, maxLength: 4, depthIdentifier: 'tree' }),
}));

/** Criteria from a shape: ids in pre-order, leaf maxima in hundredths, group max = Σ children + slack. */
function toSpec(shapes: Shape[], counter = { n: 0 }): { specs: CriterionSpec[]; sum: number } {
  const specs: CriterionSpec[] = [];
  let sum = 0;
  for (const s of shapes) {
    const id = `c${counter.n++}`;
    if ('leaf' in s) {
      specs.push({ id, max: (s.leaf / 100).toFixed(2) });
      sum += s.leaf;
    } else {
      const inner = toSpec(s.kids, counter);
      const max = inner.sum + (counter.n % 3) * 100;
      specs.push({ id, max: (max / 100).toFixed(2), children: inner.specs });
      sum += max;
    }
  }
  return { specs, sum };
}

function leaves(specs: readonly CriterionSpec[]): { id: string; max: number }[] {
  return specs.flatMap((c) =>
    c.children && c.children.length > 0
      ? leaves(c.children)
      : [{ id: c.id, max: Math.round(Number(c.max) * 100) }],
  );
}

/** A random permutation (deterministic from `seed`) applied at every level. */
function permute(specs: readonly CriterionSpec[], seed: number): CriterionSpec[] {
  const out = specs.map((c) =>
    c.children ? { ...c, children: permute(c.children, seed + 1) } : { ...c },
  );
  let x = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as CriterionSpec, out[i] as CriterionSpec];
  }
  return out;
}

const sheetArb = fc
  .record({ shape: forest, scale: fc.integer({ min: 0, max: 8 }) })
  .map(({ shape, scale }) => ({
    criteria: toSpec(shape).specs,
    scale,
  }));

/** Scores for `n` units: each leaf gets k/100 with 0 ≤ k ≤ max (as string or number). */
function unitsArb(ls: { id: string; max: number }[], n: number): fc.Arbitrary<ScoreEntry[]> {
  const one = fc.tuple(
    ...ls.map((l) => fc.tuple(fc.integer({ min: 0, max: l.max }), fc.boolean())),
  ) as fc.Arbitrary<[number, boolean][]>;
  return fc.array(one, { minLength: n, maxLength: n }).map((rows) =>
    rows.map((row, u) => ({
      unit: `U${u}`,
      scores: Object.fromEntries(
        row.map(([k, asString], i) => [
          (ls[i] as { id: string }).id,
          asString ? (k / 100).toFixed(2) : k / 100,
        ]),
      ),
    })),
  );
}

const rankMap = (r: ReturnType<typeof rankUnits>) =>
  Object.fromEntries(r.map((x) => [x.unit, [x.competitionRank, x.denseRank]]));

describe('scoring properties (fast-check, seed 42)', () => {
  it('permuting criteria never changes totals or values', () => {
    fc.assert(
      fc.property(
        sheetArb.chain((s) => fc.tuple(fc.constant(s), unitsArb(leaves(s.criteria), 1), fc.nat())),
        ([s, [entry], seed]) => {
          const a = defineScoreSheet({ id: 'A', criteria: s.criteria, scale: s.scale });
          const b = defineScoreSheet({
            id: 'A',
            criteria: permute(s.criteria, seed),
            scale: s.scale,
          });
          const x = scoreUnit(a, entry as ScoreEntry);
          const y = scoreUnit(b, entry as ScoreEntry);
          expect(y.total).toBe(x.total);
          expect(y.criteria).toEqual(x.criteria);
          expect(y.groups).toEqual(x.groups);
        },
      ),
      RUNS,
    );
  });

  it('totals have exactly `scale` decimals; FAST equals the decimal.js reference', () => {
    fc.assert(
      fc.property(
        sheetArb.chain((s) => fc.tuple(fc.constant(s), unitsArb(leaves(s.criteria), 1))),
        ([s, [entry]]) => {
          const sheet = defineScoreSheet({
            id: 'A',
            criteria: s.criteria,
            scale: s.scale,
            rounding: 'half-even',
          });
          const x = scoreUnit(sheet, entry as ScoreEntry);
          const decimals = (v: string) =>
            v.includes('.') ? (v.split('.')[1] as string).length : 0;
          for (const v of [x.total, x.base, x.bonus, x.deduction, ...Object.values(x.criteria)]) {
            expect(decimals(v)).toBe(s.scale);
          }
          expect(scoreUnitReference(sheet, entry as ScoreEntry)).toEqual(x);
        },
      ),
      RUNS,
    );
  });

  it('FAST equals the reference with weights, per-occurrence items, bonuses and deductions', () => {
    const sheet = defineScoreSheet({
      id: 'W',
      scale: 3,
      criteria: [
        {
          id: 'G',
          max: 10,
          children: [
            { id: 'a', max: 10, weight: '0.3' },
            { id: 'b', max: 10, weight: '0.7' },
          ],
        },
        { id: 'n', max: 6, perOccurrence: '1.5' },
        { id: 't', max: 20, tiers: { nhat: 20, nhi: '12.5' } },
      ],
      bonus: { max: 4, items: [{ id: 'f', points: '2.25', max: 3 }] },
      deduction: { max: 5 },
    });
    const value = fc.oneof(
      fc.integer({ min: 0, max: 1000 }).map((k) => k / 100),
      fc.integer({ min: 0, max: 10_000_000 }).map((k) => (k / 1_000_000).toFixed(7)),
      fc.constantFrom('0.1', 0.30000000000000004, '9.9999999', 10),
    );
    fc.assert(
      fc.property(
        value,
        value,
        fc.nat(6),
        fc.constantFrom('nhat', 'nhi'),
        fc.nat(3),
        fc.array(
          fc.integer({ min: 0, max: 400 }).map((k) => k / 100),
          { maxLength: 3 },
        ),
        (a, b, n, t, f, ds) => {
          const entry: ScoreEntry = {
            unit: 'U',
            scores: { a, b },
            counts: { n },
            outcomes: { t },
            bonuses: [{ item: 'f', count: f }, { points: '0.5' }],
            deductions: ds.map((points) => ({ points })),
          };
          expect(scoreUnit(sheet, entry)).toEqual(scoreUnitReference(sheet, entry));
        },
      ),
      { seed: 42, numRuns: runs(300) },
    );
  });

  it('permuting units never changes ranks', () => {
    fc.assert(
      fc.property(
        sheetArb.chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.integer({ min: 1, max: 8 }).chain((n) => unitsArb(leaves(s.criteria), n)),
            fc.nat(),
          ),
        ),
        ([s, entries, seed]) => {
          const sheet = defineScoreSheet({ id: 'A', criteria: s.criteria, scale: s.scale });
          const scores = entries.map((e) => scoreUnit(sheet, e));
          const top = (s.criteria[0] as CriterionSpec).id;
          const opts = { tieBreakers: [`group:${top}`, 'fewer-deductions', 'more-bonus'] };
          const shuffled = [...scores];
          let x = seed || 7;
          for (let i = shuffled.length - 1; i > 0; i--) {
            x = (x * 1103515245 + 12345) % 2147483648;
            const j = x % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as UnitScore, shuffled[i] as UnitScore];
          }
          expect(rankMap(rankUnits(shuffled, opts))).toEqual(rankMap(rankUnits(scores, opts)));
          const r = rankUnits(scores, opts);
          for (let i = 1; i < r.length; i++) {
            expect(Number((r[i - 1] as { total: string }).total)).toBeGreaterThanOrEqual(
              Number((r[i] as { total: string }).total),
            );
          }
        },
      ),
      RUNS,
    );
  });

  it('a higher score on one leaf never lowers that unit’s rank', () => {
    fc.assert(
      fc.property(
        sheetArb.chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.integer({ min: 2, max: 8 }).chain((n) => unitsArb(leaves(s.criteria), n)),
            fc.nat(),
            fc.nat(),
            fc.integer({ min: 1, max: 500 }),
          ),
        ),
        ([s, entries, pickUnit, pickLeaf, delta]) => {
          const sheet = defineScoreSheet({ id: 'A', criteria: s.criteria, scale: s.scale });
          const ls = leaves(s.criteria);
          const u = pickUnit % entries.length;
          const leaf = ls[pickLeaf % ls.length] as { id: string; max: number };
          const before = entries.map((e) => scoreUnit(sheet, e));
          const e = entries[u] as ScoreEntry;
          const old = Math.round(Number(e.scores[leaf.id]) * 100);
          const raised = {
            ...e,
            scores: { ...e.scores, [leaf.id]: (Math.min(leaf.max, old + delta) / 100).toFixed(2) },
          };
          const after = entries.map((x, i) => scoreUnit(sheet, i === u ? raised : x));
          const top = (s.criteria[0] as CriterionSpec).id;
          for (const opts of [
            {},
            { tieBreakers: [`group:${top}`] },
            { method: 'dense' as const },
          ]) {
            const r0 = rankUnits(before, opts).find((x) => x.unit === e.unit)?.rank as number;
            const r1 = rankUnits(after, opts).find((x) => x.unit === e.unit)?.rank as number;
            expect(r1).toBeLessThanOrEqual(r0);
          }
        },
      ),
      RUNS,
    );
  });
});

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Reflect.ownKeys(v)) deepFreeze((v as Record<string | symbol, unknown>)[k]);
  }
  return v;
}

function resultOrTdktError(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof TdktError)) throw e;
  }
}

const sheetLike = fc.oneof(
  fc.anything(),
  fc.record(
    {
      id: fc.oneof(fc.string(), fc.anything()),
      criteria: fc.array(
        fc.record(
          {
            id: fc.oneof(fc.constantFrom('a', 'b', '__proto__', 'constructor'), fc.anything()),
            max: fc.oneof(fc.constantFrom(1, '2', '9,5', -1, 0), fc.anything()),
            children: fc.oneof(
              fc.constant([]),
              fc.array(fc.record({ id: fc.string(), max: fc.anything() }), { maxLength: 2 }),
              fc.anything(),
            ),
            weight: fc.anything(),
            perOccurrence: fc.anything(),
            tiers: fc.anything(),
          },
          { requiredKeys: ['id', 'max'] },
        ),
        { maxLength: 3 },
      ),
      bonus: fc.anything(),
      deduction: fc.anything(),
      bands: fc.oneof(
        fc.array(
          fc.record({
            code: fc.string(),
            min: fc.anything(),
            max: fc.anything(),
            includeMax: fc.anything(),
          }),
          { maxLength: 3 },
        ),
        fc.anything(),
      ),
      scale: fc.oneof(fc.nat(25), fc.anything()),
      bandCheck: fc.oneof(fc.constantFrom('strict', 'none'), fc.anything()),
    },
    { requiredKeys: ['id', 'criteria'] },
  ),
);

const entryLike = fc.oneof(
  fc.anything(),
  fc.record(
    {
      unit: fc.oneof(fc.constantFrom('U', ''), fc.anything()),
      scores: fc.oneof(
        fc.dictionary(
          fc.constantFrom('1', '7', '8', 'x', '__proto__', 'toString'),
          fc.oneof(fc.constantFrom(1, '9,5', -1, 25, '1e3'), fc.anything()),
        ),
        fc.anything(),
      ),
      counts: fc.anything(),
      outcomes: fc.anything(),
      bonuses: fc.oneof(
        fc.array(
          fc.record(
            {
              item: fc.oneof(fc.constantFrom('CO_CP', 'CO_TINH_BO'), fc.anything()),
              points: fc.anything(),
              count: fc.anything(),
              tier: fc.anything(),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
        fc.anything(),
      ),
      deductions: fc.anything(),
      stage: fc.oneof(fc.constantFrom('self', 'final'), fc.anything()),
    },
    { requiredKeys: [] },
  ),
);

describe('garbage in → a result or a TdktError, never another error, never a mutation', () => {
  it('defineScoreSheet', () => {
    fc.assert(
      fc.property(sheetLike, (spec) => {
        const copy = structuredClone(spec);
        resultOrTdktError(() => defineScoreSheet(spec as never));
        expect(spec).toEqual(copy);
        resultOrTdktError(() => defineScoreSheet(deepFreeze(spec) as never));
      }),
      { seed: 42, numRuns: runs(600) },
    );
  });

  it('scoreUnit', () => {
    fc.assert(
      fc.property(entryLike, fc.anything(), (entry, options) => {
        const copy = structuredClone(entry);
        resultOrTdktError(() => scoreUnit(HCMC_TDKT_WORK_SHEET, entry as never));
        resultOrTdktError(() =>
          scoreUnit(HCMC_TDKT_WORK_SHEET, deepFreeze(entry) as never, options as never),
        );
        expect(entry).toEqual(copy);
      }),
      { seed: 42, numRuns: runs(600) },
    );
  });

  it('rankUnits, reconcile, clusterResult, capGovernmentFlagProposals, termForYear', () => {
    const sheet: ScoreSheet = HCMC_TDKT_WORK_SHEET;
    const scoreLike = fc.oneof(
      fc.anything(),
      fc.record(
        {
          unit: fc.oneof(fc.constantFrom('A', 'B'), fc.anything()),
          total: fc.oneof(fc.constantFrom('1.00', '2', 3), fc.anything()),
          stage: fc.oneof(fc.constantFrom('self', 'final'), fc.anything()),
          criteria: fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything()),
          deduction: fc.anything(),
          bonus: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(scoreLike, { maxLength: 4 }),
        fc.anything(),
        fc.record(
          {
            tieBreakers: fc.oneof(
              fc.array(fc.constantFrom('vote', 'group:1', 'more-bonus', 'x')),
              fc.anything(),
            ),
            votes: fc.anything(),
            method: fc.anything(),
            prevail: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        fc.array(entryLike, { maxLength: 3 }),
        (scores, anything, opts, entries) => {
          const frozen = deepFreeze(structuredClone(scores));
          resultOrTdktError(() => rankUnits(frozen as never, opts as never));
          resultOrTdktError(() => rankUnits(anything as never, anything as never));
          resultOrTdktError(() => reconcile(frozen as never, opts as never));
          resultOrTdktError(() => reconcile(anything as never));
          const fe = deepFreeze(structuredClone(entries));
          resultOrTdktError(() => clusterResult({ id: 'K' }, sheet, fe as never, opts as never));
          resultOrTdktError(() =>
            clusterResult(anything as never, sheet, fe as never, { rotation: {} }),
          );
          resultOrTdktError(() =>
            clusterResult({ id: 'K', head: null }, anything as never, fe as never),
          );
          resultOrTdktError(() =>
            capGovernmentFlagProposals(
              frozen as never,
              { date: '2024-01-01', ...(opts as object) } as never,
            ),
          );
          resultOrTdktError(() => capGovernmentFlagProposals(anything as never, anything as never));
          resultOrTdktError(() => termForYear(frozen as never, 2024));
          resultOrTdktError(() => termForYear(anything as never, anything as never));
        },
      ),
      { seed: 42, numRuns: runs(400) },
    );
  });
});
