import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HonourCode } from '../catalogue/codes.js';
import { TdktError } from '../core/errors.js';
import type {
  CollectiveRecord,
  HonourReceived,
  IndividualRecord,
  IndividualYear,
  Rating,
  TdktRecord,
} from '../core/records.js';
import { eligibleHonours, evaluate, evaluateMany } from './engine.js';
import { prepareRecord } from './prepare.js';

/** Property-test inputs, capped by FC_NUM_RUNS under mutation testing (docs/quality.md). */
const runs = (n: number): number => Math.min(n, Number(process.env['FC_NUM_RUNS'] ?? n));

const SEED = 42;
const RATINGS: Rating[] = ['KHTNV', 'HTNV', 'HTTNV', 'HTXSNV'];
const INDIVIDUAL: HonourCode[] = [
  'LDTT',
  'CSTT',
  'CSTDCS',
  'CSTD_BO_TINH',
  'CSTDTQ',
  'BK_BO_TINH',
  'BK_TTG',
  'HCLD3',
  'HCLD2',
  'HCLD1',
];
const COLLECTIVE: HonourCode[] = ['TTLDTT', 'DVTT', 'TTLDXS', 'DVQT', 'CO_BO_TINH', 'CO_CP'];

const date = fc
  .record({
    y: fc.integer({ min: 2012, max: 2026 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const honour = (codes: HonourCode[]): fc.Arbitrary<HonourReceived> =>
  fc.record(
    {
      code: fc.constantFrom(...codes),
      year: fc.integer({ min: 2012, max: 2026 }),
      decisionDate: date,
      achievementPeriod: fc
        .integer({ min: 2012, max: 2025 })
        .chain((a) =>
          fc.integer({ min: a, max: a + 4 }).map((b) => ({ from: `${a}-01-01`, to: `${b}-12-31` })),
        ),
      revoked: fc.boolean(),
    },
    { requiredKeys: ['code'] },
  );

const individualYear = (year: number): fc.Arbitrary<IndividualYear> =>
  fc.record(
    {
      year: fc.constant(year),
      rating: fc.constantFrom(...RATINGS),
      discipline: fc.constantFrom('khien-trach' as const, 'canh-cao' as const),
      underReview: fc.boolean(),
      initiatives: fc.array(
        fc.record(
          {
            scope: fc.constantFrom('co-so' as const, 'bo-tinh' as const, 'toan-quoc' as const),
            kind: fc.constantFrom('initiative' as const, 'research' as const, 'combat' as const),
            id: fc.constantFrom('a', 'b', 'c'),
          },
          { requiredKeys: ['scope'] },
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['year'] },
  );

const years = <T>(make: (y: number) => fc.Arbitrary<T>) =>
  fc
    .subarray([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], { minLength: 0 })
    .chain((ys) => (ys.length === 0 ? fc.constant([] as T[]) : fc.tuple(...ys.map(make))));

const individual: fc.Arbitrary<IndividualRecord> = fc.record(
  {
    kind: fc.constant('individual' as const),
    id: fc.string({ minLength: 1, maxLength: 4 }),
    armedForces: fc.boolean(),
    periodKind: fc.constantFrom('calendar' as const, 'school' as const),
    hiredOn: date,
    occupation: fc.constantFrom('official' as const, 'worker' as const, 'farmer' as const),
    years: years(individualYear),
    honours: fc.array(honour([...INDIVIDUAL, 'BK_BO_TINH']), { maxLength: 12 }),
  },
  { requiredKeys: ['kind', 'id', 'years', 'honours'] },
);

const collective: fc.Arbitrary<CollectiveRecord> = fc.record(
  {
    kind: fc.constant('collective' as const),
    id: fc.string({ minLength: 1, maxLength: 4 }),
    armedForces: fc.boolean(),
    years: years((year) =>
      fc.record(
        {
          year: fc.constant(year),
          rating: fc.constantFrom(...RATINGS),
          ledCluster: fc.boolean(),
          underReview: fc.boolean(),
          members: fc.integer({ min: 0, max: 40 }).chain((total) =>
            fc.record(
              {
                total: fc.constant(total),
                completedDuties: fc.integer({ min: 0, max: total }),
                ldtt: fc.integer({ min: 0, max: total }),
                cstdcs: fc.integer({ min: 0, max: total }),
                disciplined: fc.constant(0),
              },
              { requiredKeys: ['total'] },
            ),
          ),
        },
        { requiredKeys: ['year'] },
      ),
    ),
    honours: fc.array(honour([...COLLECTIVE, 'BK_TTG', 'HCLD2', 'TTLDXS']), { maxLength: 10 }),
  },
  { requiredKeys: ['kind', 'id', 'years', 'honours'] },
);

const period = fc.integer({ min: 2018, max: 2026 });
const regime = fc.constantFrom(
  undefined,
  'VN-2017' as const,
  'VN-2024' as const,
  'VN-2025-07' as const,
  'VN-2026-10' as const,
);

function opts(p: number, r: typeof regime extends fc.Arbitrary<infer T> ? T : never) {
  return r ? { period: p, regime: r } : { period: p };
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

describe('eligibility properties (fast-check, seed 42)', () => {
  it('is deterministic and never writes to a (deep-frozen) input', () => {
    fc.assert(
      fc.property(individual, fc.constantFrom(...INDIVIDUAL), period, regime, (rec, h, p, r) => {
        const copy = structuredClone(rec);
        const frozen = deepFreeze(rec);
        const a = evaluate(frozen, h, opts(p, r));
        const b = evaluate(copy, h, opts(p, r));
        expect(b).toEqual(a);
        expect(frozen).toEqual(copy);
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('evaluateMany ≡ records.map(evaluate)', () => {
    fc.assert(
      fc.property(
        fc.array(individual, { maxLength: 6 }),
        fc.constantFrom(...INDIVIDUAL),
        period,
        regime,
        (recs, h, p, r) => {
          expect(evaluateMany(recs, h, opts(p, r))).toEqual(
            recs.map((x) => evaluate(x, h, opts(p, r))),
          );
        },
      ),
      { seed: SEED, numRuns: runs(150) },
    );
    fc.assert(
      fc.property(
        fc.array(collective, { maxLength: 6 }),
        fc.constantFrom(...COLLECTIVE),
        period,
        (recs, h, p) => {
          expect(evaluateMany(recs, h, { period: p })).toEqual(
            recs.map((x) => evaluate(x, h, { period: p })),
          );
        },
      ),
      { seed: SEED, numRuns: runs(150) },
    );
  });

  it('shared results never leak between records: the order of evaluation does not matter', () => {
    fc.assert(
      fc.property(
        fc.array(individual, { minLength: 2, maxLength: 8 }),
        fc.constantFrom(...INDIVIDUAL),
        period,
        regime,
        (recs, h, p, r) => {
          const forward = recs.map((x) => evaluate(x, h, opts(p, r)));
          const backward = [...recs]
            .reverse()
            .map((x) => evaluate(x, h, opts(p, r)))
            .reverse();
          expect(backward).toEqual(forward);
        },
      ),
      { seed: SEED, numRuns: runs(200) },
    );
  });

  it('outcome follows the criteria: unmet → ineligible, else unknown → undetermined, else eligible', () => {
    fc.assert(
      fc.property(fc.oneof(individual, collective), period, (rec: TdktRecord, p) => {
        for (const v of eligibleHonours(rec, { period: p })) {
          const os = v.criteria.map((c) => c.outcome);
          expect(os).not.toContain('unmet');
          expect(v.outcome).toBe(os.includes('unknown') ? 'undetermined' : 'eligible');
          if (v.deferred) expect(v.outcome).not.toBe('eligible');
        }
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });

  it('monotone: a better rating or an extra initiative never turns eligible into ineligible', () => {
    const better = (y: IndividualYear): IndividualYear => {
      const i = y.rating ? RATINGS.indexOf(y.rating) : -1;
      return i >= 0 && i < 3 ? { ...y, rating: RATINGS[i + 1] as Rating } : y;
    };
    fc.assert(
      fc.property(
        individual,
        fc.constantFrom(...INDIVIDUAL),
        period,
        regime,
        fc.nat(),
        fc.constantFrom('co-so' as const, 'bo-tinh' as const, 'toan-quoc' as const),
        (rec, h, p, r, pick, scope) => {
          const before = evaluate(rec, h, opts(p, r)).outcome;
          if (before !== 'eligible' || rec.years.length === 0) return;
          const i = pick % rec.years.length;
          const improved = { ...rec, years: rec.years.map((y, j) => (j === i ? better(y) : y)) };
          expect(evaluate(improved, h, opts(p, r)).outcome).toBe('eligible');
          const more = {
            ...rec,
            years: rec.years.map((y, j) =>
              j === i ? { ...y, initiatives: [...(y.initiatives ?? []), { scope }] } : y,
            ),
          };
          expect(evaluate(more, h, opts(p, r)).outcome).toBe('eligible');
        },
      ),
      { seed: SEED, numRuns: runs(400) },
    );
  });

  it('garbage in → a verdict or a TdktError, never another error', () => {
    const codes = fc.constantFrom<unknown>(
      'LDTT',
      'CSTDCS',
      'TTLDXS',
      'BK_TTG',
      'GDVH',
      'NOPE',
      42,
      null,
    );
    const options = fc.oneof(
      fc.anything(),
      fc.record(
        { period: fc.oneof(period, fc.anything()), regime: fc.anything() },
        { requiredKeys: [] },
      ),
    );
    const records = fc.oneof(
      fc.anything(),
      individual.map((r) => ({ ...r }) as unknown),
      fc.record(
        {
          kind: fc.constantFrom('individual', 'collective', 'household'),
          id: fc.anything(),
          years: fc.anything(),
          honours: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      individual.chain((r) =>
        fc
          .record({
            k: fc.constantFrom('years', 'honours', 'hiredOn', 'periodKind', 'armedForces'),
            v: fc.anything(),
          })
          .map(({ k, v }) => ({ ...r, [k]: v })),
      ),
      individual.chain((r) =>
        fc.anything().map((v) => ({
          ...r,
          years: r.years.length ? [{ ...r.years[0], rating: v }, ...r.years.slice(1)] : [v],
        })),
      ),
    );
    fc.assert(
      fc.property(records, codes, options, (rec, code, o) => {
        try {
          evaluate(rec as never, code as never, o as never);
        } catch (e) {
          expect(e).toBeInstanceOf(TdktError);
        }
        try {
          evaluateMany([rec] as never, code as never, o as never);
        } catch (e) {
          expect(e).toBeInstanceOf(TdktError);
        }
        try {
          eligibleHonours(rec as never, o as never);
        } catch (e) {
          expect(e).toBeInstanceOf(TdktError);
        }
      }),
      { seed: SEED, numRuns: runs(600) },
    );
  });

  it('a prepared record gives exactly the verdicts of the original, and garbage fails the same way', () => {
    const outcome = (f: () => unknown) => {
      try {
        return { ok: f() };
      } catch (e) {
        expect(e).toBeInstanceOf(TdktError);
        return { code: (e as TdktError).code, paths: (e as TdktError).issues.map((i) => i.path) };
      }
    };
    const records = fc.oneof(
      individual as fc.Arbitrary<unknown>,
      collective as fc.Arbitrary<unknown>,
      fc.anything(),
      individual.chain((r) =>
        fc.anything().map((v) => ({
          ...r,
          years: r.years.length ? [{ ...r.years[0], rating: v }, ...r.years.slice(1)] : [v],
        })),
      ),
    );
    fc.assert(
      fc.property(
        records,
        fc.constantFrom(...INDIVIDUAL, ...COLLECTIVE),
        period,
        regime,
        (rec, h, p, r) => {
          const before = structuredClone(rec);
          const prepared = outcome(() => prepareRecord(rec as never));
          expect(rec).toEqual(before);
          const raw = outcome(() => evaluate(rec as never, h, opts(p, r)));
          if ('code' in prepared) {
            // Preparing fails exactly where evaluating would (same code, same paths).
            expect(raw).toEqual(prepared);
            return;
          }
          expect(prepared.ok).toEqual(rec);
          expect(outcome(() => evaluate(prepared.ok as never, h, opts(p, r)))).toEqual(raw);
          expect(outcome(() => eligibleHonours(prepared.ok as never, opts(p, r)))).toEqual(
            outcome(() => eligibleHonours(rec as never, opts(p, r))),
          );
        },
      ),
      { seed: SEED, numRuns: runs(500) },
    );
  });
});
