import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { planInspections } from './plan.js';

function errorOf(call: () => unknown): TdktError {
  try {
    call();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

const msg = (call: () => unknown) => {
  const err = errorOf(call);
  return { code: err.code, path: err.issues[0]?.path, ...err.issues[0]?.message };
};

/** Ten units last inspected 2020 … 2024 (two units a year). */
const tenUnits = Array.from({ length: 10 }, (_, i) => ({
  id: `DV${i + 1}`,
  lastInspected: 2020 + (i % 5),
}));

describe('planInspections: quota and rotation, as an inspector reads them', () => {
  it('30% of 10 units is 3 a year; the units inspected longest ago come first', () => {
    const plan = planInspections({ units: tenUnits, from: 2027, years: 4, seed: 1 });
    expect(plan.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(plan.map((y) => y.quota)).toEqual([3, 3, 3, 3]);
    expect(plan.map((y) => y.units.length)).toEqual([3, 3, 3, 3]);
    // 2027: the two units of 2020 (DV1, DV6), then one of the two of 2021.
    expect(plan[0]?.units.slice(0, 2).sort()).toEqual(['DV1', 'DV6']);
    expect(['DV2', 'DV7']).toContain(plan[0]?.units[2]);
    expect(plan[0]?.reasons[0]).toEqual({
      unit: plan[0]?.units[0],
      code: 'last-inspected',
      lastInspected: 2020,
      message: {
        vi: 'Lần kiểm tra gần nhất: năm 2020 (cách 7 năm)',
        en: 'Last inspected in 2020 (7 years before)',
      },
    });
    // Every unit is inspected within ceil(1 / 0.3) = 4 years.
    expect(new Set(plan.flatMap((y) => y.units)).size).toBe(10);
    // A unit inspected in the plan is due again only after the others.
    const second = plan[3]?.reasons.filter((r) => r.lastInspected === 2027) ?? [];
    for (const r of second) {
      expect(r.message.en).toBe('Last inspected in 2027 (3 years before)');
      expect(r.message.vi).toBe('Lần kiểm tra gần nhất: năm 2027 (cách 3 năm)');
    }
  });

  it('47 units: 15 a year (ceil of 14.1)', () => {
    const units = Array.from({ length: 47 }, (_, i) => `U${i}`);
    const plan = planInspections({ units, from: 2027, years: 1 });
    expect(plan[0]?.quota).toBe(15);
    expect(plan[0]?.units).toHaveLength(15);
    expect(plan[0]?.reasons[0]?.code).toBe('never-inspected');
    expect(plan[0]?.reasons[0]?.message).toEqual({
      vi: 'Chưa từng được kiểm tra',
      en: 'Never inspected',
    });
  });

  it('a unit inspected last year is not due while others wait', () => {
    const units = [
      { id: 'A', lastInspected: 2026 },
      { id: 'B', lastInspected: 2020 },
      { id: 'C', lastInspected: 2021 },
      { id: 'D', lastInspected: null },
    ];
    const plan = planInspections({ units, from: 2027, years: 1, ratio: '50%' });
    expect(plan[0]?.units).toEqual(['D', 'B']);
    expect(plan[0]?.units).not.toContain('A');
  });

  it('one year later: "1 year", singular', () => {
    const plan = planInspections({
      units: ['A', 'B', 'C'],
      from: 2027,
      years: 3,
      ratio: '34%',
      mustInclude: [
        { unit: 'A', year: 2027 },
        { unit: 'B', year: 2027 },
      ],
      seed: 1,
    });
    expect(plan.map((y) => y.quota)).toEqual([2, 2, 2]);
    expect(plan[0]?.reasons.map((r) => r.message.en)).toEqual([
      'Must be inspected in 2027; never inspected',
      'Must be inspected in 2027; never inspected',
    ]);
    expect(plan[0]?.reasons[0]?.message.vi).toBe(
      'Bắt buộc kiểm tra năm 2027; chưa từng được kiểm tra',
    );
    expect(plan[1]?.units[0]).toBe('C');
    const again = plan[1]?.reasons[1];
    expect(again?.lastInspected).toBe(2027);
    expect(again?.message).toEqual({
      vi: 'Lần kiểm tra gần nhất: năm 2027 (cách 1 năm)',
      en: 'Last inspected in 2027 (1 year before)',
    });
  });

  it('zero years: an empty plan', () => {
    expect(planInspections({ units: ['A', 'B'], from: 2027, years: 0 })).toEqual([]);
  });

  it('the plan does not depend on the order of the units', () => {
    const a = planInspections({ units: tenUnits, from: 2027, years: 4, seed: 'x' });
    const b = planInspections({
      units: tenUnits.slice().reverse(),
      from: 2027,
      years: 4,
      seed: 'x',
    });
    expect(b.map((y) => y.units)).toEqual(a.map((y) => y.units));
  });
});

describe('planInspections: constraints and their reasons in both languages', () => {
  it('a must-include with a reason, a must-exclude with a bilingual reason', () => {
    const plan = planInspections({
      units: tenUnits,
      from: 2027,
      years: 4,
      seed: 1,
      mustInclude: [{ unit: 'DV5', year: 2027, reason: 'có đơn khiếu nại' }],
      mustExclude: [
        {
          unit: 'DV1',
          year: 2027,
          reason: { vi: 'Bộ đã kiểm tra', en: 'inspected by the ministry' },
        },
      ],
    });
    const y0 = plan[0];
    expect(y0?.units[0]).toBe('DV5');
    expect(y0?.units).toHaveLength(3);
    expect(y0?.units).not.toContain('DV1');
    expect(y0?.reasons[0]).toEqual({
      unit: 'DV5',
      code: 'must-include',
      lastInspected: 2024,
      message: {
        vi: 'Bắt buộc kiểm tra năm 2027: có đơn khiếu nại; lần kiểm tra gần nhất: năm 2024 (cách 3 năm)',
        en: 'Must be inspected in 2027: có đơn khiếu nại; last inspected in 2024 (3 years before)',
      },
    });
    expect(y0?.excluded).toEqual([
      {
        unit: 'DV1',
        message: {
          vi: 'Không đưa vào kế hoạch năm 2027: Bộ đã kiểm tra',
          en: 'Left out of the 2027 plan: inspected by the ministry',
        },
      },
    ]);
    // DV1 (2020) is then first in 2028.
    expect(plan[1]?.units).toContain('DV1');
    expect(plan[1]?.excluded).toEqual([]);
  });

  it('a unit excluded next year is taken now, ahead of its turn, with the blocked year', () => {
    const plan = planInspections({
      units: ['A', 'B', 'C', 'D'],
      from: 2027,
      years: 2,
      ratio: '50%',
      seed: 2,
      mustExclude: [
        { unit: 'A', year: 2028 },
        { unit: 'B', year: 2028 },
      ],
    });
    expect(plan[0]?.units.slice().sort()).toEqual(['A', 'B']);
    expect(plan[1]?.units.slice().sort()).toEqual(['C', 'D']);
    const deadline = plan[0]?.reasons.find((r) => r.code === 'coverage-deadline');
    expect(deadline?.deadline).toBe(2028);
    expect(deadline?.lastInspected).toBeNull();
    expect(deadline?.message).toEqual({
      vi: 'Phải kiểm tra năm 2027 để mỗi đơn vị được kiểm tra ít nhất một lần trong chu kỳ 2 năm (hạn chậm nhất 2028; không thể kiểm tra năm 2028); chưa từng được kiểm tra',
      en: 'Taken in 2027 so that every unit is inspected at least once in each 2-year cycle (due by 2028; it cannot be inspected in 2028); never inspected',
    });
    expect(plan[1]?.excluded.map((e) => e.message)).toEqual([
      { vi: 'Không đưa vào kế hoạch năm 2028', en: 'Left out of the 2028 plan' },
      { vi: 'Không đưa vào kế hoạch năm 2028', en: 'Left out of the 2028 plan' },
    ]);
  });

  it('a constraint without a year applies to every year of the plan', () => {
    const plan = planInspections({
      units: ['A', 'B', 'C', 'D'],
      from: 2027,
      years: 3,
      ratio: '25%',
      mustInclude: [{ unit: 'A' }],
    });
    for (const y of plan) {
      expect(y.units[0]).toBe('A');
      expect(y.reasons[0]?.code).toBe('must-include');
    }
  });

  it('exclusions every year: COVERAGE_UNREACHABLE names the unit and its years', () => {
    expect(
      msg(() =>
        planInspections({
          units: ['A', 'B', 'C', 'D'],
          from: 2027,
          years: 2,
          ratio: '50%',
          mustExclude: [{ unit: 'A' }],
        }),
      ),
    ).toEqual({
      code: 'COVERAGE_UNREACHABLE',
      path: ['mustExclude'],
      vi: 'Không thể bảo đảm mỗi đơn vị được kiểm tra ít nhất một lần trong mỗi chu kỳ 2 năm: đơn vị "A" bị loại trừ các năm 2027, 2028 (hạn chậm nhất 2028)',
      en: 'Cannot inspect every unit at least once in each 2-year cycle: unit "A" is excluded in 2027, 2028 (due by 2028)',
    });
  });

  it('too many exclusions in a year: QUOTA_UNREACHABLE with the figures', () => {
    expect(
      msg(() =>
        planInspections({
          units: ['A', 'B', 'C', 'D'],
          from: 2027,
          years: 2,
          ratio: '50%',
          mustExclude: [{ unit: 'A' }, { unit: 'B' }, { unit: 'C' }],
        }),
      ),
    ).toEqual({
      code: 'QUOTA_UNREACHABLE',
      path: ['mustExclude'],
      vi: 'Năm 2027: chỉ còn 1 đơn vị có thể kiểm tra sau khi loại trừ, ít hơn chỉ tiêu 2 (50% của 4)',
      en: 'Year 2027: only 1 unit can be inspected after the exclusions, fewer than the quota of 2 (50% of 4)',
    });
  });

  it('two units left: "only 2 units"', () => {
    expect(
      msg(() =>
        planInspections({
          units: ['A', 'B', 'C', 'D', 'E', 'F'],
          from: 2027,
          years: 1,
          ratio: '50%',
          mustExclude: [{ unit: 'A' }, { unit: 'B' }, { unit: 'C' }, { unit: 'D' }],
        }),
      ).en,
    ).toBe(
      'Year 2027: only 2 units can be inspected after the exclusions, fewer than the quota of 3 (50% of 6)',
    );
  });

  it('exactly the quota left after exclusions is enough', () => {
    const plan = planInspections({
      units: ['A', 'B', 'C', 'D'],
      from: 2027,
      years: 1,
      ratio: '50%',
      mustExclude: [{ unit: 'A' }, { unit: 'B' }],
    });
    expect(plan[0]?.units.slice().sort()).toEqual(['C', 'D']);
  });

  it('a unit both included and excluded: CONFLICTING_CONSTRAINTS', () => {
    expect(
      msg(() =>
        planInspections({
          units: ['A', 'B', 'C', 'D'],
          from: 2027,
          years: 2,
          ratio: '50%',
          mustInclude: [
            { unit: 'B', year: 2028 },
            { unit: 'A', year: 2027 },
          ],
          mustExclude: [{ unit: 'C' }, { unit: 'A', year: 2027 }],
        }),
      ),
    ).toEqual({
      code: 'CONFLICTING_CONSTRAINTS',
      path: ['mustExclude', 1],
      vi: 'Đơn vị "A" vừa bắt buộc kiểm tra (mustInclude[1]) vừa bị loại trừ năm 2027',
      en: 'Unit "A" is both required (mustInclude[1]) and excluded in 2027',
    });
  });

  it('a constraint year outside the plan: YEAR_OUTSIDE_PLAN with the plan years', () => {
    for (const year of [2026, 2030]) {
      expect(
        msg(() =>
          planInspections({
            units: ['A', 'B'],
            from: 2027,
            years: 3,
            mustInclude: [{ unit: 'A', year }],
          }),
        ),
      ).toEqual({
        code: 'YEAR_OUTSIDE_PLAN',
        path: ['mustInclude', 0, 'year'],
        vi: `Năm ${year} nằm ngoài kế hoạch (2027–2029)`,
        en: `Year ${year} is outside the plan (2027–2029)`,
      });
    }
    // The first and last years are inside.
    expect(
      planInspections({
        units: ['A', 'B'],
        from: 2027,
        years: 3,
        mustInclude: [
          { unit: 'A', year: 2027 },
          { unit: 'B', year: 2029 },
        ],
      }).map((y) => y.units[0]),
    ).toEqual(['A', expect.any(String), 'B']);
  });
});

describe('planInspections: malformed input, with paths and both languages', () => {
  it('years outside 0–100 or past 9999', () => {
    for (const years of [-1, 101, 1.5, '2']) {
      const m = msg(() => planInspections({ units: ['A'], from: 2027, years: years as number }));
      expect(m.code).toBe('INVALID_INPUT');
      expect(m.path).toEqual(['years']);
    }
    expect(msg(() => planInspections({ units: ['A'], from: 2027, years: 101 }))).toMatchObject({
      vi: 'Số năm của kế hoạch phải là số nguyên từ 0 đến 100 (và không quá năm 9999), nhận được 101',
      en: 'The number of plan years must be an integer from 0 to 100 (ending by 9999), got 101',
    });
    // 100 years and a plan ending in 9999 are accepted; one more year is not.
    expect(planInspections({ units: ['A'], from: 2000, years: 100 })).toHaveLength(100);
    expect(planInspections({ units: ['A'], from: 9990, years: 10 })).toHaveLength(10);
    expect(msg(() => planInspections({ units: ['A'], from: 9990, years: 11 })).path).toEqual([
      'years',
    ]);
  });

  it('units that are not an array, or a unit that is neither an id nor an object', () => {
    expect(msg(() => planInspections({ units: 'A' as never, from: 2027, years: 1 }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['units'],
      vi: 'Danh sách đơn vị phải là một mảng, nhận được "A"',
      en: 'units must be an array, got "A"',
    });
    expect(msg(() => planInspections({ units: ['A', 3 as never], from: 2027, years: 1 }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['units', 1],
      vi: 'Mỗi đơn vị phải là { id, lastInspected? } hoặc một mã đơn vị, nhận được 3',
      en: 'Each unit must be { id, lastInspected? } or a unit id, got 3',
    });
  });

  it('a last inspection in or after the first plan year', () => {
    expect(
      msg(() =>
        planInspections({
          units: ['A', { id: 'B', lastInspected: 2027 }],
          from: 2027,
          years: 1,
        }),
      ),
    ).toEqual({
      code: 'INVALID_YEAR',
      path: ['units', 1, 'lastInspected'],
      vi: 'Năm kiểm tra gần nhất (2027) phải trước năm bắt đầu kế hoạch (2027)',
      en: 'lastInspected (2027) must be before the first plan year (2027)',
    });
    // The year before is fine.
    expect(
      planInspections({ units: [{ id: 'B', lastInspected: 2026 }], from: 2027, years: 1 })[0]
        ?.reasons[0]?.lastInspected,
    ).toBe(2026);
  });

  it('constraints that are not an array, or a constraint that is not an object', () => {
    expect(
      msg(() => planInspections({ units: ['A'], from: 2027, years: 1, mustExclude: 'A' as never })),
    ).toEqual({
      code: 'INVALID_INPUT',
      path: ['mustExclude'],
      vi: 'mustExclude phải là một mảng, nhận được "A"',
      en: 'mustExclude must be an array, got "A"',
    });
    expect(
      msg(() =>
        planInspections({ units: ['A'], from: 2027, years: 1, mustInclude: [null as never] }),
      ),
    ).toEqual({
      code: 'INVALID_INPUT',
      path: ['mustInclude', 0],
      vi: 'Mỗi ràng buộc phải là { unit, year?, reason? }, nhận được null',
      en: 'Each constraint must be { unit, year?, reason? }, got null',
    });
    expect(
      msg(() =>
        planInspections({ units: ['A'], from: 2027, years: 1, mustInclude: [{ unit: 'Z' }] }),
      ).path,
    ).toEqual(['mustInclude', 0, 'unit']);
  });
});
