import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { assignCrossCheckTeams, type CrossCheck, planCrossChecks } from './cross-check.js';

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

describe('planCrossChecks: error messages name the problem in both languages', () => {
  it('one unit: TOO_FEW_UNITS with the count', () => {
    const err = errorOf(() => planCrossChecks(['A']));
    expect(err.code).toBe('TOO_FEW_UNITS');
    expect(err.issues[0]?.path).toEqual(['units']);
    expect(err.issues[0]?.message.vi).toBe('Cần ít nhất 2 đơn vị để kiểm tra chéo, nhận được 1');
    expect(err.issues[0]?.message.en).toBe('Cross-checking needs at least 2 units, got 1');
  });

  it('groups that are not an object', () => {
    const err = errorOf(() => planCrossChecks(['A', 'B'], { groups: 5 as never }));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues[0]?.path).toEqual(['options', 'groups']);
    expect(err.issues[0]?.message.vi).toBe(
      'groups phải là một đối tượng { đơn vị: nhóm }, nhận được 5',
    );
    expect(err.issues[0]?.message.en).toBe('groups must be an object { unit: group }, got 5');
  });

  it('acrossGroups without groups', () => {
    const err = errorOf(() => planCrossChecks(['A', 'B', 'C'], { acrossGroups: true }));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues[0]?.path).toEqual(['options', 'acrossGroups']);
    expect(err.issues[0]?.message.vi).toBe('acrossGroups cần có groups (nhóm của từng đơn vị)');
    expect(err.issues[0]?.message.en).toBe('acrossGroups needs groups (the group of each unit)');
  });

  it('previous that is not an array, and a pair that is not an object', () => {
    const a = errorOf(() => planCrossChecks(['A', 'B'], { previous: 'x' as never }));
    expect(a.code).toBe('INVALID_INPUT');
    expect(a.issues[0]?.path).toEqual(['options', 'previous']);
    expect(a.issues[0]?.message.vi).toBe(
      'previous phải là mảng { inspector, inspected }, nhận được "x"',
    );
    expect(a.issues[0]?.message.en).toBe(
      'previous must be an array of { inspector, inspected }, got "x"',
    );
    const b = errorOf(() =>
      planCrossChecks(['A', 'B'], {
        previous: [{ inspector: 'A', inspected: 'B' }, 7 as never],
      }),
    );
    expect(b.code).toBe('INVALID_INPUT');
    expect(b.issues[0]?.path).toEqual(['options', 'previous', 1]);
    expect(b.issues[0]?.message.vi).toBe('Mỗi cặp phải là { inspector, inspected }, nhận được 7');
    expect(b.issues[0]?.message.en).toBe('Each pair must be { inspector, inspected }, got 7');
  });

  it('a malformed inspector or inspected in previous is reported at its own path', () => {
    const a = errorOf(() =>
      planCrossChecks(['A', 'B'], { previous: [{ inspector: 3, inspected: 'B' } as never] }),
    );
    expect(a.issues[0]?.path).toEqual(['options', 'previous', 0, 'inspector']);
    const b = errorOf(() =>
      planCrossChecks(['A', 'B'], { previous: [{ inspector: 'A', inspected: null } as never] }),
    );
    expect(b.issues[0]?.path).toEqual(['options', 'previous', 0, 'inspected']);
  });

  it('a malformed group name is reported at the unit key', () => {
    const err = errorOf(() => planCrossChecks(['A', 'B'], { groups: { A: 4 as never } }));
    expect(err.issues[0]?.path).toEqual(['options', 'groups', 'A']);
  });
});

describe('planCrossChecks: the result does not depend on the order of the units', () => {
  it('same set, same seed, any input order: the same pairs', () => {
    const list = units(7);
    const key = (pairs: CrossCheck[]) =>
      pairs
        .map((p) => `${p.inspector}>${p.inspected}`)
        .sort()
        .join(' ');
    const base = key(planCrossChecks(list, { seed: 'x' }).assignments);
    const reversed = key(planCrossChecks(list.slice().reverse(), { seed: 'x' }).assignments);
    const rotated = key(
      planCrossChecks([...list.slice(3), ...list.slice(0, 3)], { seed: 'x' }).assignments,
    );
    expect(reversed).toBe(base);
    expect(rotated).toBe(base);
  });

  it('large clusters (local search) too', () => {
    const list = units(15);
    const key = (pairs: CrossCheck[]) =>
      pairs
        .map((p) => `${p.inspector}>${p.inspected}`)
        .sort()
        .join(' ');
    const groups = Object.fromEntries(list.map((u, i) => [u, i % 3 === 0 ? 'huyện' : 'sở']));
    const opts = { seed: 3, groups, acrossGroups: true };
    const base = key(planCrossChecks(list, opts).assignments);
    expect(key(planCrossChecks(list.slice().reverse(), opts).assignments)).toBe(base);
  });

  it('the assignments follow the caller order of inspectors', () => {
    const list = ['Z', 'A', 'M', 'B'];
    const plan = planCrossChecks(list, { seed: 1 });
    expect(plan.assignments.map((p) => p.inspector)).toEqual(list);
  });
});

describe('planCrossChecks: fallbacks, with readable reasons', () => {
  it('a cluster of two: the two check each other, stated once in both languages', () => {
    const plan = planCrossChecks(['A', 'B'], { seed: 1 });
    expect(plan.reciprocalPairs).toBe(1);
    expect(plan.fallbacks).toEqual([
      {
        constraint: 'reciprocal',
        count: 1,
        message: {
          vi: 'Cụm chỉ có 2 đơn vị nên hai đơn vị kiểm tra chéo lẫn nhau',
          en: 'A cluster of two units: the two units check each other',
        },
      },
    ]);
  });

  it('a cluster of two without the preference: no fallback', () => {
    const plan = planCrossChecks(['A', 'B'], { seed: 1, avoidReciprocal: false });
    expect(plan.reciprocalPairs).toBe(1);
    expect(plan.fallbacks).toEqual([]);
  });

  it('three units or more: never a reciprocal pair when asked', () => {
    for (const n of [3, 4, 5, 8, 9, 12]) {
      for (const seed of [1, 2, 3]) {
        const plan = planCrossChecks(units(n), { seed });
        expect(plan.reciprocalPairs).toBe(0);
        const byInspector = new Map(plan.assignments.map((p) => [p.inspector, p.inspected]));
        for (const p of plan.assignments)
          expect(byInspector.get(p.inspected)).not.toBe(p.inspector);
        expect(plan.fallbacks).toEqual([]);
      }
    }
  });

  it('reciprocalPairs counts each A↔B once', () => {
    // Four units, reciprocal allowed, last year's 4-cycles both forbidden in both directions
    // leaves only the two-swap derangements (A↔B, C↔D etc.): 2 reciprocal pairs.
    const previous: CrossCheck[] = [];
    const list = ['A', 'B', 'C', 'D'];
    const cycles = [
      ['A', 'B', 'C', 'D'],
      ['A', 'B', 'D', 'C'],
      ['A', 'C', 'B', 'D'],
      ['A', 'C', 'D', 'B'],
      ['A', 'D', 'B', 'C'],
      ['A', 'D', 'C', 'B'],
    ];
    for (const c of cycles) {
      for (let i = 0; i < 4; i++) {
        previous.push({ inspector: c[i] as string, inspected: c[(i + 1) % 4] as string });
      }
    }
    // Every ordered pair is in previous; so every assignment repeats 4 pairs. Reciprocal off:
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const plan = planCrossChecks(list, { seed, avoidReciprocal: false, previous });
      const sigma = new Map(plan.assignments.map((p) => [p.inspector, p.inspected]));
      let expected = 0;
      for (const [x, t] of sigma) if (sigma.get(t) === x && x < t) expected++;
      expect(plan.reciprocalPairs).toBe(expected);
      expect(plan.repeatedPairs).toHaveLength(4);
      expect(plan.fallbacks).toHaveLength(1);
      expect(plan.fallbacks[0]?.constraint).toBe('previous');
      expect(plan.fallbacks[0]?.count).toBe(4);
    }
  });

  it('a group with more than half the units: the reason names it with its size', () => {
    const groups = { A: 'sở', B: 'sở', C: 'sở', D: 'huyện' };
    const plan = planCrossChecks(['A', 'B', 'C', 'D'], { seed: 1, groups, acrossGroups: true });
    // 3 of 4 in one group: at least 2·3 − 4 = 2 pairs inside it.
    expect(plan.sameGroupPairs).toHaveLength(2);
    for (const p of plan.sameGroupPairs) {
      expect(groups[p.inspector as keyof typeof groups]).toBe('sở');
      expect(groups[p.inspected as keyof typeof groups]).toBe('sở');
    }
    const fb = plan.fallbacks.find((f) => f.constraint === 'across-groups');
    expect(fb?.count).toBe(2);
    const shown = plan.sameGroupPairs.map((p) => `${p.inspector} → ${p.inspected}`).join(', ');
    expect(fb?.message.vi).toBe(
      `2 cặp kiểm tra trong cùng nhóm (nhóm "sở" có 3/4 đơn vị, quá một nửa cụm): ${shown}`,
    );
    expect(fb?.message.en).toBe(
      `2 pair(s) within one group (group "sở" holds 3 of 4 units, more than half the cluster): ${shown}`,
    );
  });

  it('the biggest group is named even when another group comes first', () => {
    const groups = { A: 'huyện', B: 'sở', C: 'sở', D: 'sở', E: 'sở' };
    const plan = planCrossChecks(['A', 'B', 'C', 'D', 'E'], {
      seed: 2,
      groups,
      acrossGroups: true,
    });
    // 4 of 5: at least 2·4 − 5 = 3 pairs inside "sở".
    expect(plan.sameGroupPairs).toHaveLength(3);
    const fb = plan.fallbacks.find((f) => f.constraint === 'across-groups');
    expect(fb?.message.en).toContain('group "sở" holds 4 of 5 units, more than half the cluster');
    expect(fb?.message.vi).toContain('nhóm "sở" có 4/5 đơn vị, quá một nửa cụm');
  });

  it('exactly half the cluster in one group: every unit checks the other group', () => {
    const groups = { A: 'sở', B: 'sở', C: 'huyện', D: 'huyện' };
    for (const seed of [1, 2, 3, 4]) {
      const plan = planCrossChecks(['A', 'B', 'C', 'D'], { seed, groups, acrossGroups: true });
      expect(plan.sameGroupPairs).toEqual([]);
      expect(plan.reciprocalPairs).toBe(0);
      expect(plan.fallbacks).toEqual([]);
      for (const p of plan.assignments) {
        expect(groups[p.inspector as keyof typeof groups]).not.toBe(
          groups[p.inspected as keyof typeof groups],
        );
      }
    }
  });

  it('large cluster, balanced groups: the local search finds a perfect assignment', () => {
    const list = units(12);
    const groups = Object.fromEntries(list.map((u, i) => [u, i < 6 ? 'huyện' : 'sở']));
    for (const seed of [1, 2, 3, 'a', 'b']) {
      const plan = planCrossChecks(list, { seed, groups, acrossGroups: true });
      expect(plan.sameGroupPairs).toEqual([]);
      expect(plan.reciprocalPairs).toBe(0);
      expect(plan.fallbacks).toEqual([]);
    }
  });

  it('large cluster, one group of 8 of 11: exactly 2·8 − 11 = 5 pairs inside it', () => {
    const list = units(11);
    const groups = Object.fromEntries(list.map((u, i) => [u, i < 8 ? 'sở' : 'huyện']));
    for (const seed of [1, 2, 3]) {
      const plan = planCrossChecks(list, { seed, groups, acrossGroups: true });
      expect(plan.sameGroupPairs).toHaveLength(5);
      expect(plan.reciprocalPairs).toBe(0);
      const fb = plan.fallbacks.find((f) => f.constraint === 'across-groups');
      expect(fb?.message.en).toContain('group "sở" holds 8 of 11 units');
    }
  });

  it('units without a group count as groups of their own', () => {
    // Only A and B are in a group; C, D, E are alone: perfect assignment exists.
    const groups = { A: 'sở', B: 'sở' };
    for (const seed of [1, 2, 3]) {
      const plan = planCrossChecks(['A', 'B', 'C', 'D', 'E'], {
        seed,
        groups,
        acrossGroups: true,
      });
      expect(plan.sameGroupPairs).toEqual([]);
    }
    const big = units(10);
    const plan = planCrossChecks(big, {
      seed: 1,
      groups: { DV1: 'x', DV2: 'x' },
      acrossGroups: true,
    });
    expect(plan.sameGroupPairs).toEqual([]);
    expect(plan.fallbacks).toEqual([]);
  });

  it('the pairs list in a fallback stops after ten with an ellipsis', () => {
    // 13 units all in one group: all 13 pairs are within it.
    const list = units(13);
    const groups = Object.fromEntries(list.map((u) => [u, 'sở']));
    const plan = planCrossChecks(list, { seed: 1, groups, acrossGroups: true });
    expect(plan.sameGroupPairs).toHaveLength(13);
    const fb = plan.fallbacks.find((f) => f.constraint === 'across-groups');
    const first10 = plan.sameGroupPairs
      .slice(0, 10)
      .map((p) => `${p.inspector} → ${p.inspected}`)
      .join(', ');
    expect(fb?.message.en).toBe(
      `13 pair(s) within one group (group "sở" holds 13 of 13 units, more than half the cluster): ${first10}, …`,
    );
    // Ten pairs exactly: no ellipsis.
    const ten = units(10);
    const plan10 = planCrossChecks(ten, {
      seed: 1,
      groups: Object.fromEntries(ten.map((u) => [u, 'sở'])),
      acrossGroups: true,
    });
    const fb10 = plan10.fallbacks.find((f) => f.constraint === 'across-groups');
    expect(fb10?.message.en.endsWith('…')).toBe(false);
    expect(fb10?.message.vi).toContain('10 cặp kiểm tra trong cùng nhóm');
    expect(fb10?.message.en.split(' → ')).toHaveLength(11);
  });

  it('repeating last year: the pairs are listed in both languages', () => {
    // Cluster of three, reciprocal pairs avoided: only the two 3-cycles are allowed; forbid
    // one direction: the other is chosen. Forbid both: one pair of last year must repeat…
    const previous: CrossCheck[] = [
      { inspector: 'A', inspected: 'B' },
      { inspector: 'B', inspected: 'C' },
      { inspector: 'C', inspected: 'A' },
      { inspector: 'A', inspected: 'C' },
    ];
    const plan = planCrossChecks(['A', 'B', 'C'], { seed: 1, previous });
    expect(plan.reciprocalPairs).toBe(0);
    // A→C, C→B, B→A repeats only A→C; A→B, B→C, C→A repeats all three.
    expect(plan.assignments).toEqual([
      { inspector: 'A', inspected: 'C' },
      { inspector: 'B', inspected: 'A' },
      { inspector: 'C', inspected: 'B' },
    ]);
    expect(plan.repeatedPairs).toEqual([{ inspector: 'A', inspected: 'C' }]);
    expect(plan.fallbacks).toEqual([
      {
        constraint: 'previous',
        count: 1,
        message: {
          vi: 'Lặp lại 1 cặp của năm trước vì không tìm được cách phân công khác đáp ứng các yêu cầu ưu tiên hơn: A → C',
          en: '1 pair(s) of last year repeated: no other assignment meets the higher-priority preferences: A → C',
        },
      },
    ]);
  });

  it('pairs of last year naming unknown units or a unit and itself are ignored', () => {
    const plan = planCrossChecks(['A', 'B', 'C'], {
      seed: 1,
      previous: [
        { inspector: 'X', inspected: 'A' },
        { inspector: 'A', inspected: 'Y' },
        { inspector: 'A', inspected: 'A' },
      ],
    });
    expect(plan.repeatedPairs).toEqual([]);
    expect(plan.fallbacks).toEqual([]);
  });

  it('large cluster with last year: no pair repeated when avoidable', () => {
    const list = units(10);
    const previous = list.map((u, i) => ({
      inspector: u,
      inspected: list[(i + 1) % 10] as string,
    }));
    for (const seed of [1, 2, 3]) {
      const plan = planCrossChecks(list, { seed, previous });
      expect(plan.repeatedPairs).toEqual([]);
      expect(plan.reciprocalPairs).toBe(0);
      expect(plan.fallbacks).toEqual([]);
    }
  });
});

describe('assignCrossCheckTeams: messages and order', () => {
  it('one unit: TOO_FEW_UNITS with the count', () => {
    const err = errorOf(() => assignCrossCheckTeams(['A'], { teamSize: 1 }));
    expect(err.code).toBe('TOO_FEW_UNITS');
    expect(err.issues[0]?.path).toEqual(['units']);
    expect(err.issues[0]?.message.vi).toBe('Cần ít nhất 2 đơn vị để kiểm tra chéo, nhận được 1');
    expect(err.issues[0]?.message.en).toBe('Cross-checking needs at least 2 units, got 1');
  });

  it('teamSize out of range: the message gives the range 1..units − 1', () => {
    for (const bad of [0, 5, 1.5, '2']) {
      const err = errorOf(() => assignCrossCheckTeams(units(5), { teamSize: bad as number }));
      expect(err.code).toBe('INVALID_TEAM_SIZE');
      expect(err.issues[0]?.path).toEqual(['options', 'teamSize']);
    }
    const err = errorOf(() => assignCrossCheckTeams(units(5), { teamSize: 5 }));
    expect(err.issues[0]?.message.vi).toBe(
      'Số đơn vị mỗi đoàn phải là số nguyên từ 1 đến 4 (số đơn vị trừ 1), nhận được 5',
    );
    expect(err.issues[0]?.message.en).toBe(
      'teamSize must be an integer from 1 to 4 (units minus one), got 5',
    );
    // The boundaries themselves are accepted.
    expect(assignCrossCheckTeams(units(5), { teamSize: 1 })).toHaveLength(5);
    expect(assignCrossCheckTeams(units(5), { teamSize: 4 })).toHaveLength(5);
  });

  it('the delegations do not depend on the input order', () => {
    const list = units(6);
    const byInspected = (teams: { inspected: string; team: string[] }[]) =>
      Object.fromEntries(teams.map((t) => [t.inspected, t.team.join(',')]));
    const a = byInspected(assignCrossCheckTeams(list, { teamSize: 2, seed: 9 }));
    const b = byInspected(assignCrossCheckTeams(list.slice().reverse(), { teamSize: 2, seed: 9 }));
    const c = byInspected(
      assignCrossCheckTeams([...list.slice(2), ...list.slice(0, 2)], { teamSize: 2, seed: 9 }),
    );
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('teams of units − 1: every other unit sits on each delegation, each leads one', () => {
    const list = units(4);
    const teams = assignCrossCheckTeams(list, { teamSize: 3, seed: 2 });
    for (const t of teams) {
      expect(new Set(t.team)).toEqual(new Set(list.filter((u) => u !== t.inspected)));
    }
    expect(new Set(teams.map((t) => t.team[0]))).toEqual(new Set(list));
  });
});
