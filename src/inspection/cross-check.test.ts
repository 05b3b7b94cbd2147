import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import {
  assignCrossChecks,
  assignCrossCheckTeams,
  type CrossCheck,
  type CrossCheckPlan,
  planCrossChecks,
} from './cross-check.js';

/** Property-test inputs, capped by FC_NUM_RUNS under mutation testing (docs/quality.md). */
const runs = (n: number): number => Math.min(n, Number(process.env['FC_NUM_RUNS'] ?? n));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<string | symbol, unknown>)[key]);
    }
  }
  return value;
}

function errorOf(call: () => unknown): TdktError {
  try {
    call();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

const units = (n: number) => Array.from({ length: n }, (_, i) => `DV${i + 1}`);

function expectDerangement(list: readonly string[], pairs: readonly CrossCheck[]) {
  expect(pairs.map((p) => p.inspector)).toEqual(list);
  expect(new Set(pairs.map((p) => p.inspected))).toEqual(new Set(list));
  for (const p of pairs) expect(p.inspector).not.toBe(p.inspected);
}

function reciprocal(pairs: readonly CrossCheck[]): number {
  const target = new Map(pairs.map((p) => [p.inspector, p.inspected]));
  return pairs.filter((p) => target.get(p.inspected) === p.inspector).length / 2;
}

describe('assignCrossChecks: 100% of the cluster cross-checked (Lạng Sơn 2013 §II.2)', () => {
  it('two units check each other, stated as a fallback', () => {
    const plan = planCrossChecks(['A', 'B'], { seed: 1 });
    expect(plan.assignments).toEqual([
      { inspector: 'A', inspected: 'B' },
      { inspector: 'B', inspected: 'A' },
    ]);
    expect(plan.reciprocalPairs).toBe(1);
    expect(plan.fallbacks).toHaveLength(1);
    expect(plan.fallbacks[0]?.constraint).toBe('reciprocal');
    expect(plan.fallbacks[0]?.message.vi).toBe(
      'Cụm chỉ có 2 đơn vị nên hai đơn vị kiểm tra chéo lẫn nhau',
    );
  });

  it('three units with last year’s triangle: the other direction', () => {
    const previous = [
      { inspector: 'A', inspected: 'B' },
      { inspector: 'B', inspected: 'C' },
      { inspector: 'C', inspected: 'A' },
    ];
    for (const seed of [1, 2, 3, 'x']) {
      expect(assignCrossChecks(['A', 'B', 'C'], { seed, previous })).toEqual([
        { inspector: 'A', inspected: 'C' },
        { inspector: 'B', inspected: 'A' },
        { inspector: 'C', inspected: 'B' },
      ]);
    }
  });

  it('no reciprocal pairs by default from three units up (exhaustive sizes 3–8, many seeds)', () => {
    for (let n = 3; n <= 12; n++) {
      for (let seed = 0; seed < 15; seed++) {
        const list = units(n);
        const plan = planCrossChecks(list, { seed });
        expectDerangement(list, plan.assignments);
        expect(reciprocal(plan.assignments)).toBe(0);
        expect(plan.reciprocalPairs).toBe(0);
        expect(plan.fallbacks).toEqual([]);
      }
    }
  });

  it('avoidReciprocal: false allows A↔B pairs (4 units: 3 of the 9 derangements are two swaps)', () => {
    let withPairs = 0;
    for (let seed = 0; seed < 60; seed++) {
      const pairs = assignCrossChecks(units(4), { seed, avoidReciprocal: false });
      expectDerangement(units(4), pairs);
      if (reciprocal(pairs) > 0) withPairs++;
    }
    expect(withPairs).toBeGreaterThan(5);
    expect(withPairs).toBeLessThan(40);
  });

  it('does not repeat last year’s pairs when avoidable', () => {
    for (const n of [4, 5, 9, 30, 200]) {
      const list = units(n);
      const last = assignCrossChecks(list, { seed: 'nam-truoc' });
      const plan = planCrossChecks(list, { seed: 'nam-nay', previous: last });
      expectDerangement(list, plan.assignments);
      expect(plan.repeatedPairs).toEqual([]);
      expect(plan.reciprocalPairs).toBe(0);
      const lastSet = new Set(last.map((p) => `${p.inspector}>${p.inspected}`));
      for (const p of plan.assignments)
        expect(lastSet.has(`${p.inspector}>${p.inspected}`)).toBe(false);
    }
  });

  it('states the fallback when last year’s pairs cannot all be avoided', () => {
    // Three units, both triangles used before: every assignment without A↔B repeats 3 pairs.
    const previous = [
      { inspector: 'A', inspected: 'B' },
      { inspector: 'B', inspected: 'C' },
      { inspector: 'C', inspected: 'A' },
      { inspector: 'A', inspected: 'C' },
      { inspector: 'C', inspected: 'B' },
      { inspector: 'B', inspected: 'A' },
      { inspector: 'GONE', inspected: 'A' }, // a unit that left the cluster: ignored
    ];
    const plan = planCrossChecks(['A', 'B', 'C'], { previous });
    expect(plan.reciprocalPairs).toBe(0);
    expect(plan.repeatedPairs).toHaveLength(3);
    expect(plan.fallbacks.map((f) => [f.constraint, f.count])).toEqual([['previous', 3]]);
    expect(plan.fallbacks[0]?.message.vi).toMatch(/^Lặp lại 3 cặp của năm trước/);
  });

  it('checks across groups when asked (a 9-unit cluster: 4 districts, 3 departments, 2 firms)', () => {
    const groups = {
      H1: 'huyen',
      H2: 'huyen',
      H3: 'huyen',
      H4: 'huyen',
      S1: 'so',
      S2: 'so',
      S3: 'so',
      D1: 'dn',
      D2: 'dn',
    };
    const list = Object.keys(groups);
    for (let seed = 0; seed < 20; seed++) {
      const plan = planCrossChecks(list, { seed, groups, acrossGroups: true });
      expectDerangement(list, plan.assignments);
      for (const p of plan.assignments) {
        expect(groups[p.inspector as keyof typeof groups]).not.toBe(
          groups[p.inspected as keyof typeof groups],
        );
      }
      expect(plan.reciprocalPairs).toBe(0);
      expect(plan.fallbacks).toEqual([]);
    }
  });

  it('across groups with a group over half the cluster: the fewest same-group pairs, stated', () => {
    // 5 of 8 in one group: 5 inspectors but only 3 outside targets, so at least 2 same-group pairs.
    const groups = { A: 'x', B: 'x', C: 'x', D: 'x', E: 'x', F: 'y', G: 'y', H: 'z' };
    const plan = planCrossChecks(Object.keys(groups), { groups, acrossGroups: true, seed: 3 });
    expect(plan.sameGroupPairs).toHaveLength(2);
    expect(plan.fallbacks.map((f) => [f.constraint, f.count])).toEqual([['across-groups', 2]]);
    expect(plan.fallbacks[0]?.message.vi).toContain('nhóm "x" có 5/8 đơn vị, quá một nửa cụm');
    // The same with 300 of 500 units: at least 100 same-group pairs, and no more.
    const big = units(500);
    const bigGroups = Object.fromEntries(big.map((u, i) => [u, i < 300 ? 'x' : 'y']));
    const bigPlan = planCrossChecks(big, { groups: bigGroups, acrossGroups: true, seed: 1 });
    expectDerangement(big, bigPlan.assignments);
    expect(bigPlan.sameGroupPairs).toHaveLength(100);
  });

  it('500 units, two equal groups and last year’s pairs: every preference met', () => {
    const list = units(500);
    const groups = Object.fromEntries(list.map((u, i) => [u, i % 2 === 0 ? 'even' : 'odd']));
    const last = assignCrossChecks(list, { seed: 1, groups, acrossGroups: true });
    const plan = planCrossChecks(list, { seed: 2, groups, acrossGroups: true, previous: last });
    expectDerangement(list, plan.assignments);
    expect(plan.fallbacks).toEqual([]);
    expect(plan.sameGroupPairs).toEqual([]);
    expect(plan.repeatedPairs).toEqual([]);
    expect(plan.reciprocalPairs).toBe(0);
  });

  it('is reproducible, independent of input order, and varies with the seed', () => {
    const list = units(20);
    const a = assignCrossChecks(list, { seed: 'cum-1' });
    expect(assignCrossChecks(list, { seed: 'cum-1' })).toEqual(a);
    const reversed = assignCrossChecks([...list].reverse(), { seed: 'cum-1' });
    const asMap = (pairs: CrossCheck[]) => new Map(pairs.map((p) => [p.inspector, p.inspected]));
    expect(asMap(reversed)).toEqual(asMap(a));
    let differ = 0;
    for (let i = 0; i < 50; i++) {
      const x = assignCrossChecks(list, { seed: `a${i}` });
      const y = assignCrossChecks(list, { seed: `b${i}` });
      if (JSON.stringify(x) !== JSON.stringify(y)) differ++;
    }
    expect(differ).toBeGreaterThanOrEqual(45);
  });

  it.each([
    ['one unit', ['A'], undefined, 'TOO_FEW_UNITS', ['units']],
    ['no unit', [], undefined, 'TOO_FEW_UNITS', ['units']],
    ['a duplicate unit', ['A', 'B', 'A'], undefined, 'DUPLICATE_UNIT', ['units', 2]],
    ['a non-string unit', ['A', 3], undefined, 'INVALID_INPUT', ['units', 1]],
    ['units not an array', 'A,B', undefined, 'INVALID_INPUT', ['units']],
    [
      'a group for an unknown unit',
      ['A', 'B'],
      { groups: { C: 'x' } },
      'UNKNOWN_UNIT',
      ['options', 'groups', 'C'],
    ],
    [
      'a group that is not a string',
      ['A', 'B'],
      { groups: { A: 1 } },
      'INVALID_INPUT',
      ['options', 'groups', 'A'],
    ],
    [
      'acrossGroups without groups',
      ['A', 'B'],
      { acrossGroups: true },
      'INVALID_INPUT',
      ['options', 'acrossGroups'],
    ],
    [
      'a malformed previous pair',
      ['A', 'B'],
      { previous: [{ inspector: 'A' }] },
      'INVALID_INPUT',
      ['options', 'previous', 0, 'inspected'],
    ],
    [
      'previous not an array',
      ['A', 'B'],
      { previous: {} },
      'INVALID_INPUT',
      ['options', 'previous'],
    ],
    [
      'a non-boolean flag',
      ['A', 'B'],
      { avoidReciprocal: 'yes' },
      'INVALID_INPUT',
      ['options', 'avoidReciprocal'],
    ],
    ['a bad seed', ['A', 'B'], { seed: {} }, 'INVALID_INPUT', ['options', 'seed']],
  ] as const)('%s → TdktError', (_, list, options, code, path) => {
    const err = errorOf(() => planCrossChecks(list as never, options as never));
    expect(err.code).toBe(code);
    expect(err.issues[0]?.path).toEqual(path);
    expect(err.issues[0]?.message.vi.length).toBeGreaterThan(0);
    expect(err.issues[0]?.message.en.length).toBeGreaterThan(0);
  });
});

describe('assignCrossCheckTeams: delegations of k units, balanced workload', () => {
  it('each unit is checked by k others and sits on exactly k delegations, leading one', () => {
    for (const [n, k] of [
      [2, 1],
      [5, 2],
      [9, 3],
      [9, 8],
      [40, 4],
    ] as const) {
      const list = units(n);
      const teams = assignCrossCheckTeams(list, { teamSize: k, seed: n * 10 + k });
      expect(teams.map((t) => t.inspected)).toEqual(list);
      const load = new Map<string, number>();
      const leads = new Map<string, number>();
      for (const t of teams) {
        expect(t.team).toHaveLength(k);
        expect(new Set(t.team).size).toBe(k);
        expect(t.team).not.toContain(t.inspected);
        for (const u of t.team) load.set(u, (load.get(u) ?? 0) + 1);
        leads.set(t.team[0] as string, (leads.get(t.team[0] as string) ?? 0) + 1);
      }
      for (const u of list) {
        expect(load.get(u)).toBe(k);
        expect(leads.get(u)).toBe(1);
      }
    }
  });

  it('is reproducible from the seed', () => {
    const a = assignCrossCheckTeams(units(9), { teamSize: 3, seed: 'x' });
    expect(assignCrossCheckTeams(units(9), { teamSize: 3, seed: 'x' })).toEqual(a);
    expect(assignCrossCheckTeams(units(9), { teamSize: 3, seed: 'y' })).not.toEqual(a);
  });

  it.each([
    [0, 'INVALID_TEAM_SIZE'],
    [5, 'INVALID_TEAM_SIZE'],
    [1.5, 'INVALID_TEAM_SIZE'],
    ['2', 'INVALID_TEAM_SIZE'],
  ] as const)('team size %s of 5 units → %s', (teamSize, code) => {
    const err = errorOf(() => assignCrossCheckTeams(units(5), { teamSize: teamSize as number }));
    expect(err.code).toBe(code);
    expect(err.issues[0]?.path).toEqual(['options', 'teamSize']);
  });

  it('needs options and two units', () => {
    expect(errorOf(() => assignCrossCheckTeams(units(5), undefined as never)).code).toBe(
      'INVALID_INPUT',
    );
    expect(errorOf(() => assignCrossCheckTeams(['A'], { teamSize: 1 })).code).toBe('TOO_FEW_UNITS');
  });
});

describe('cross-checks: properties', () => {
  const unitList = fc.uniqueArray(
    fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''),
    {
      minLength: 2,
      maxLength: 40,
    },
  );

  it('always a derangement; no reciprocal pair when asked and n ≥ 3; same seed, same result', () => {
    fc.assert(
      fc.property(unitList, fc.boolean(), fc.integer(), (list, avoid, seed) => {
        deepFreeze(list);
        const plan: CrossCheckPlan = planCrossChecks(list, { seed, avoidReciprocal: avoid });
        expectDerangement(list, plan.assignments);
        if (avoid && list.length >= 3) expect(reciprocal(plan.assignments)).toBe(0);
        expect(plan.reciprocalPairs).toBe(reciprocal(plan.assignments));
        expect(planCrossChecks(list, { seed, avoidReciprocal: avoid })).toEqual(plan);
      }),
      { seed: 42, numRuns: runs(300) },
    );
  });

  it('with groups and last year’s pairs: a derangement whose reported violations are exact', () => {
    fc.assert(
      fc.property(
        unitList,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }),
        fc.integer(),
        (list, groupOf, seed) => {
          const groups = Object.fromEntries(list.map((u, i) => [u, `g${groupOf[i]}`]));
          const previous = assignCrossChecks(list, { seed: seed + 1 });
          const input = deepFreeze({ seed, groups, acrossGroups: true, previous });
          const plan = planCrossChecks(list, input);
          expectDerangement(list, plan.assignments);
          const same = plan.assignments.filter((p) => groups[p.inspector] === groups[p.inspected]);
          expect(plan.sameGroupPairs).toEqual(expect.arrayContaining(same));
          expect(plan.sameGroupPairs).toHaveLength(same.length);
          // Never fewer than the bound a group over half the cluster forces.
          const sizes = new Map<string, number>();
          for (const u of list)
            sizes.set(groups[u] as string, (sizes.get(groups[u] as string) ?? 0) + 1);
          const largest = Math.max(...sizes.values());
          expect(same.length).toBeGreaterThanOrEqual(Math.max(0, 2 * largest - list.length));
          if (same.length > 0)
            expect(plan.fallbacks.some((f) => f.constraint === 'across-groups')).toBe(true);
        },
      ),
      { seed: 42, numRuns: runs(200) },
    );
  });

  it('garbage in: a result or a TdktError, never another error, never a mutation', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), unitList),
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              seed: fc.anything(),
              avoidReciprocal: fc.anything(),
              previous: fc.anything(),
              groups: fc.anything(),
              acrossGroups: fc.anything(),
              teamSize: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.anything()),
            },
            { requiredKeys: [] },
          ),
        ),
        (list, options) => {
          const snapshot = JSON.stringify([list, options]);
          deepFreeze(list);
          deepFreeze(options);
          for (const call of [
            () => planCrossChecks(list as never, options as never),
            () => assignCrossCheckTeams(list as never, options as never),
          ]) {
            try {
              call();
            } catch (e) {
              expect(e).toBeInstanceOf(TdktError);
            }
          }
          expect(JSON.stringify([list, options])).toBe(snapshot);
        },
      ),
      { seed: 42, numRuns: runs(400) },
    );
  });
});

describe('cross-checks: two units without the reciprocal preference', () => {
  it('states no fallback when reciprocal pairs were allowed', () => {
    const plan = planCrossChecks(['A', 'B'], { avoidReciprocal: false });
    expect(plan.reciprocalPairs).toBe(1);
    expect(plan.fallbacks).toEqual([]);
  });
});
