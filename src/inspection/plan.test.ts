import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import {
  type InspectionConstraint,
  type PlanInspectionsOptions,
  type PlannedInspectionYear,
  planInspections,
} from './plan.js';
import { inspectionCycleYears, inspectionQuota } from './quota.js';

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

function ids(n: number, prefix = 'DV'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);
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

const CODES = new Set([
  'must-include',
  'never-inspected',
  'last-inspected',
  'coverage-deadline',
  'balancing',
]);

/** Every invariant the plan promises, checked from the outside. */
function verify(
  plan: PlannedInspectionYear[],
  o: {
    ids: string[];
    from: number;
    years: number;
    ratio?: string;
    mustInclude?: InspectionConstraint[];
    mustExclude?: InspectionConstraint[];
    balancedExactly?: boolean;
  },
) {
  const n = o.ids.length;
  const ratio = o.ratio === undefined ? {} : { ratio: o.ratio };
  const q = inspectionQuota(n, ratio);
  const cycle = inspectionCycleYears(ratio);
  const end = o.from + o.years - 1;
  expect(plan.map((y) => y.year)).toEqual(Array.from({ length: o.years }, (_, k) => o.from + k));
  const known = new Set(o.ids);
  const at = (c: InspectionConstraint, y: number) => c.year === undefined || c.year === y;
  const extras: { extra: number; capped: boolean }[] = [];
  for (const y of plan) {
    expect(y.quota).toBe(q);
    expect(y.units.length).toBeGreaterThanOrEqual(q);
    expect(new Set(y.units).size).toBe(y.units.length);
    for (const u of y.units) expect(known.has(u)).toBe(true);
    expect(y.reasons.map((r) => r.unit)).toEqual(y.units);
    for (const r of y.reasons) {
      expect(CODES.has(r.code)).toBe(true);
      expect(r.message.vi.length).toBeGreaterThan(0);
      expect(r.message.en.length).toBeGreaterThan(0);
    }
    const inc = new Set((o.mustInclude ?? []).filter((c) => at(c, y.year)).map((c) => c.unit));
    const exc = new Set((o.mustExclude ?? []).filter((c) => at(c, y.year)).map((c) => c.unit));
    for (const u of inc) expect(y.units).toContain(u);
    for (const u of exc) expect(y.units).not.toContain(u);
    expect(new Set(y.excluded.map((e) => e.unit))).toEqual(exc);
    extras.push({
      extra: y.units.length - Math.max(q, inc.size),
      capped: y.units.length === n - exc.size,
    });
  }
  // Coverage: every window of `cycle` consecutive plan years inspects every unit.
  for (const u of o.ids) {
    const when = plan.filter((y) => y.units.includes(u)).map((y) => y.year);
    for (let s = o.from; s + cycle - 1 <= end; s++) {
      expect(when.some((w) => w >= s && w <= s + cycle - 1)).toBe(true);
    }
  }
  // Balance: the counts above the quota differ by at most one across years (years that use
  // every available unit excepted).
  const free = extras.filter((e) => !e.capped).map((e) => e.extra);
  if (free.length > 0) expect(Math.max(...free) - Math.min(...free)).toBeLessThanOrEqual(1);
  if (o.balancedExactly) for (const y of plan) expect(y.units.length).toBe(q);
}

describe('planInspections: literal plans', () => {
  it('10 never-inspected units, 2027–2030: 3 a year, all 10 within ceil(1/0.3) = 4 years', () => {
    const units = ids(10).map((id) => ({ id }));
    const plan = planInspections({ units, from: 2027, years: 4, seed: 'QN-2027' });
    expect(plan.map((y) => y.units.length)).toEqual([3, 3, 3, 3]);
    expect(new Set(plan.flatMap((y) => y.units)).size).toBe(10);
    expect(plan[0]?.reasons.map((r) => r.code)).toEqual([
      'never-inspected',
      'never-inspected',
      'never-inspected',
    ]);
    expect(plan[0]?.reasons[0]?.message).toEqual({
      vi: 'Chưa từng được kiểm tra',
      en: 'Never inspected',
    });
    // 2030: the last never-inspected unit first, then two of 2027's units (inspected longest ago).
    const y2030 = plan[3] as PlannedInspectionYear;
    expect(y2030.reasons.map((r) => r.code)).toEqual([
      'never-inspected',
      'last-inspected',
      'last-inspected',
    ]);
    expect(y2030.reasons[1]?.lastInspected).toBe(2027);
    expect(plan[0]?.units).toContain(y2030.units[1]);
    expect(plan[0]?.units).toContain(y2030.units[2]);
    expect(y2030.reasons[1]?.message.vi).toBe('Lần kiểm tra gần nhất: năm 2027 (cách 3 năm)');
    expect(y2030.reasons[1]?.message.en).toBe('Last inspected in 2027 (3 years before)');
    verify(plan, { ids: ids(10), from: 2027, years: 4, balancedExactly: true });
  });

  it('47 units, 2027–2030: 15 a year (30% of 47 = 14.1 → 15)', () => {
    const plan = planInspections({ units: ids(47), from: 2027, years: 4 });
    expect(plan.map((y) => y.units.length)).toEqual([15, 15, 15, 15]);
    expect(new Set(plan.flatMap((y) => y.units)).size).toBe(47);
    verify(plan, { ids: ids(47), from: 2027, years: 4, balancedExactly: true });
  });

  it('prefers the units inspected longest ago, never-inspected first', () => {
    const units = [
      { id: 'A', lastInspected: 2026 },
      { id: 'B', lastInspected: 2019 },
      { id: 'C' },
      { id: 'D', lastInspected: 2024 },
      { id: 'E', lastInspected: 2021 },
      { id: 'F', lastInspected: 2025 },
      { id: 'G', lastInspected: 2023 },
      { id: 'H', lastInspected: 2022 },
      { id: 'I', lastInspected: 2020 },
      { id: 'J', lastInspected: 2026 },
    ];
    const plan = planInspections({ units, from: 2027, years: 4, seed: 1 });
    expect(plan[0]?.units).toEqual(['C', 'B', 'I']);
    expect(plan[1]?.units).toEqual(['E', 'H', 'G']);
    expect(plan[2]?.units).toEqual(['D', 'F', expect.stringMatching(/^[AJ]$/)]);
    expect(plan[0]?.reasons[1]?.message.vi).toBe('Lần kiểm tra gần nhất: năm 2019 (cách 8 năm)');
    expect(plan[0]?.reasons[1]?.lastInspected).toBe(2019);
    expect(plan[0]?.reasons[0]?.lastInspected).toBeNull();
  });

  it('accepts plain ids, years = 0, an empty unit list and ratio 100%', () => {
    expect(planInspections({ units: ['A', 'B'], from: 2027, years: 0 })).toEqual([]);
    const empty = planInspections({ units: [], from: 2027, years: 2 });
    expect(empty.map((y) => [y.year, y.units, y.quota])).toEqual([
      [2027, [], 0],
      [2028, [], 0],
    ]);
    const all = planInspections({ units: ['A', 'B', 'C'], from: 2027, years: 3, ratio: '100%' });
    for (const y of all) expect([...y.units].sort()).toEqual(['A', 'B', 'C']);
  });

  it('must-include units are inspected that year with the reason, within the quota', () => {
    const units = ids(10).map((id, i) => ({ id, lastInspected: 2017 + i }));
    const plan = planInspections({
      units,
      from: 2027,
      years: 4,
      mustInclude: [
        {
          unit: 'DV10',
          year: 2027,
          reason: { vi: 'có đơn khiếu nại', en: 'a complaint was filed' },
        },
      ],
    });
    const y = plan[0] as PlannedInspectionYear;
    expect(y.units).toEqual(['DV10', 'DV01', 'DV02']);
    expect(y.reasons[0]?.code).toBe('must-include');
    expect(y.reasons[0]?.message.vi).toBe(
      'Bắt buộc kiểm tra năm 2027: có đơn khiếu nại; lần kiểm tra gần nhất: năm 2026 (cách 1 năm)',
    );
    expect(y.reasons[0]?.message.en).toBe(
      'Must be inspected in 2027: a complaint was filed; last inspected in 2026 (1 year before)',
    );
  });

  it('more must-includes than the quota: that year grows, the others keep the quota', () => {
    const mustInclude = ['DV01', 'DV02', 'DV03', 'DV04', 'DV05'].map((unit) => ({
      unit,
      year: 2028,
      reason: 'đơn vị mới',
    }));
    const plan = planInspections({ units: ids(10), from: 2027, years: 4, mustInclude });
    expect(plan.map((y) => y.units.length)).toEqual([3, 5, 3, 3]);
    verify(plan, { ids: ids(10), from: 2027, years: 4, mustInclude });
  });

  it('a must-include without a year applies to every plan year', () => {
    const plan = planInspections({
      units: ids(10),
      from: 2027,
      years: 3,
      mustInclude: [{ unit: 'DV07', reason: 'theo dõi đặc biệt' }],
    });
    for (const y of plan) expect(y.units[0]).toBe('DV07');
  });

  it('must-exclude units are left out that year and listed with the reason', () => {
    const mustExclude = [
      {
        unit: 'DV01',
        year: 2027,
        reason: { vi: 'Bộ đã kiểm tra năm nay', en: 'inspected by the ministry this year' },
      },
    ];
    const units = ids(10).map((id, i) => ({ id, lastInspected: 2010 + i }));
    const plan = planInspections({ units, from: 2027, years: 4, mustExclude });
    expect(plan[0]?.units).toEqual(['DV02', 'DV03', 'DV04']);
    expect(plan[0]?.excluded).toEqual([
      {
        unit: 'DV01',
        message: {
          vi: 'Không đưa vào kế hoạch năm 2027: Bộ đã kiểm tra năm nay',
          en: 'Left out of the 2027 plan: inspected by the ministry this year',
        },
      },
    ]);
    expect(plan[1]?.units[0]).toBe('DV01');
    verify(plan, { ids: ids(10), from: 2027, years: 4, mustExclude });
  });

  it('takes a unit ahead of its turn when later exclusions would break its cycle', () => {
    const units = [...ids(9).map((id) => ({ id })), { id: 'Z', lastInspected: 2026 }];
    const mustExclude = [2028, 2029, 2030].map((year) => ({
      unit: 'Z',
      year,
      reason: 'thanh tra tỉnh',
    }));
    const plan = planInspections({ units, from: 2027, years: 4, mustExclude });
    const first = plan[0] as PlannedInspectionYear;
    expect(first.units[0]).toBe('Z');
    const why = first.reasons[0];
    expect(why?.code).toBe('coverage-deadline');
    expect(why?.deadline).toBe(2030);
    expect(why?.message.vi).toContain('chu kỳ 4 năm');
    expect(why?.message.vi).toContain('không thể kiểm tra năm 2028, 2029, 2030');
    expect(why?.message.en).toContain('cannot be inspected in 2028, 2029, 2030');
    expect(plan.map((y) => y.units.length)).toEqual([3, 3, 3, 3]);
    verify(plan, { ids: units.map((u) => u.id), from: 2027, years: 4, mustExclude });
  });

  it('adds the fewest balanced extra inspections when must-includes eat the spare places', () => {
    // 10 units, 3 a year, 4-year cycle: 12 places for 10 units. A takes 3 places and B 2:
    // the 8 others need 8 free places but 3 + 2 + 1 + 1 = 7 are left, so one extra is needed.
    const mustInclude = [
      { unit: 'DV01', year: 2028 },
      { unit: 'DV01', year: 2029 },
      { unit: 'DV01', year: 2030 },
      { unit: 'DV02', year: 2029 },
      { unit: 'DV02', year: 2030 },
    ];
    const plan = planInspections({ units: ids(10), from: 2027, years: 4, mustInclude, seed: 5 });
    expect(plan.map((y) => y.units.length)).toEqual([4, 3, 3, 3]);
    expect(plan[0]?.reasons.filter((r) => r.code === 'balancing')).toHaveLength(1);
    expect(plan[0]?.reasons[3]?.code).toBe('balancing');
    expect(plan[0]?.reasons[3]?.message.vi).toMatch(
      /^Bổ sung ngoài chỉ tiêu 3 đơn vị để giữ chu kỳ 4 năm/,
    );
    verify(plan, { ids: ids(10), from: 2027, years: 4, mustInclude });
  });

  it('keeps the cycle over a long plan: every 4 consecutive years cover every unit', () => {
    const units = ids(23).map((id, i) => ({
      id,
      ...(i % 4 === 0 ? {} : { lastInspected: 2020 + (i % 6) }),
    }));
    const plan = planInspections({ units, from: 2027, years: 12, seed: 'dai-han' });
    verify(plan, { ids: ids(23), from: 2027, years: 12, balancedExactly: true });
  });

  it('is reproducible and independent of the order of the units', () => {
    const units = ids(20).map((id) => ({ id }));
    const a = planInspections({ units, from: 2027, years: 4, seed: 'x' });
    const b = planInspections({ units: [...units].reverse(), from: 2027, years: 4, seed: 'x' });
    expect(b).toEqual(a);
    expect(planInspections({ units, from: 2027, years: 4, seed: 42 })).toEqual(
      planInspections({ units, from: 2027, years: 4, seed: '42' }),
    );
  });

  it('different seeds usually give different plans (≥ 90% of 50 seed pairs, 20 units)', () => {
    const units = ids(20).map((id) => ({ id }));
    let differ = 0;
    for (let i = 0; i < 50; i++) {
      const a = planInspections({ units, from: 2027, years: 4, seed: `a${i}` });
      const b = planInspections({ units, from: 2027, years: 4, seed: `b${i}` });
      if (JSON.stringify(a.map((y) => y.units)) !== JSON.stringify(b.map((y) => y.units))) differ++;
    }
    expect(differ).toBeGreaterThanOrEqual(45);
  });
});

describe('planInspections: bad input', () => {
  const base = (): PlanInspectionsOptions => ({ units: ids(10), from: 2027, years: 4 });

  it.each([
    ['duplicate unit ids', { units: ['A', 'B', 'C', 'B'] }, 'DUPLICATE_UNIT', ['units', 3, 'id']],
    ['a ratio of 0', { ratio: 0 }, 'INVALID_RATIO', ['ratio']],
    ['a ratio above 1', { ratio: '130%' }, 'INVALID_RATIO', ['ratio']],
    ['a negative ratio', { ratio: -0.3 }, 'INVALID_RATIO', ['ratio']],
    ['a negative first year', { from: -2027 }, 'INVALID_YEAR', ['from']],
    ['a fractional first year', { from: 2027.5 }, 'INVALID_YEAR', ['from']],
    ['a negative number of years', { years: -1 }, 'INVALID_INPUT', ['years']],
    ['too many years', { years: 101 }, 'INVALID_INPUT', ['years']],
    [
      'a negative lastInspected',
      { units: [{ id: 'A', lastInspected: -5 }] },
      'INVALID_YEAR',
      ['units', 0, 'lastInspected'],
    ],
    [
      'a lastInspected in the plan',
      { units: [{ id: 'A' }, { id: 'B', lastInspected: 2027 }] },
      'INVALID_YEAR',
      ['units', 1, 'lastInspected'],
    ],
    ['an empty id', { units: ['A', ''] }, 'INVALID_INPUT', ['units', 1]],
    ['a unit that is not an object', { units: [42] }, 'INVALID_INPUT', ['units', 0]],
    ['units not an array', { units: 'A,B' }, 'INVALID_INPUT', ['units']],
    ['a bad seed', { seed: Number.NaN }, 'INVALID_INPUT', ['seed']],
    [
      'an unknown must-include unit',
      { mustInclude: [{ unit: 'NOPE', year: 2027 }] },
      'UNKNOWN_UNIT',
      ['mustInclude', 0, 'unit'],
    ],
    [
      'a must-exclude year outside the plan',
      { mustExclude: [{ unit: 'DV01', year: 2031 }] },
      'YEAR_OUTSIDE_PLAN',
      ['mustExclude', 0, 'year'],
    ],
    [
      'a must-include with a bad reason',
      { mustInclude: [{ unit: 'DV01', reason: 5 }] },
      'INVALID_INPUT',
      ['mustInclude', 0, 'reason'],
    ],
    [
      'a unit both included and excluded',
      {
        mustInclude: [{ unit: 'DV02', year: 2028 }],
        mustExclude: [{ unit: 'DV01', year: 2028 }, { unit: 'DV02' }],
      },
      'CONFLICTING_CONSTRAINTS',
      ['mustExclude', 1],
    ],
    [
      'more exclusions than the quota allows',
      { mustExclude: ids(8).map((unit) => ({ unit, year: 2029 })) },
      'QUOTA_UNREACHABLE',
      ['mustExclude'],
    ],
    [
      'a unit excluded for a whole cycle',
      { mustExclude: [{ unit: 'DV04' }] },
      'COVERAGE_UNREACHABLE',
      ['mustExclude'],
    ],
  ] as const)('%s → TdktError', (_, patch, code, path) => {
    const err = errorOf(() =>
      planInspections({ ...base(), ...(patch as object) } as PlanInspectionsOptions),
    );
    expect(err.code).toBe(code);
    expect(err.issues[0]?.path).toEqual(path);
    expect(err.issues[0]?.message.vi).toMatch(
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/,
    );
    expect(err.issues[0]?.message.en).toMatch(/[a-z]/);
    expect(err.message).toMatch(/^\[tdkt\] /);
  });

  it('says which year and how many units in QUOTA_UNREACHABLE, which unit in COVERAGE_UNREACHABLE', () => {
    const quota = errorOf(() =>
      planInspections({ ...base(), mustExclude: ids(8).map((unit) => ({ unit, year: 2029 })) }),
    );
    expect(quota.issues[0]?.message.vi).toContain('Năm 2029: chỉ còn 2 đơn vị');
    expect(quota.issues[0]?.message.en).toContain('fewer than the quota of 3 (30% of 10)');
    const coverage = errorOf(() => planInspections({ ...base(), mustExclude: [{ unit: 'DV04' }] }));
    expect(coverage.issues[0]?.message.vi).toContain('"DV04"');
    expect(coverage.issues[0]?.message.en).toContain('4-year cycle');
  });

  it('a whole-plan exclusion is fine when the plan is shorter than the cycle', () => {
    const plan = planInspections({ ...base(), years: 3, mustExclude: [{ unit: 'DV04' }] });
    expect(plan.flatMap((y) => y.units)).not.toContain('DV04');
  });

  it('options that are not an object', () => {
    for (const bad of [undefined, null, 42, 'plan', []]) {
      expect(errorOf(() => planInspections(bad as never)).code).toBe('INVALID_INPUT');
    }
  });
});

describe('planInspections: properties', () => {
  const pctArb = fc.integer({ min: 1, max: 100 }).map((p) => `${p}%`);

  it('every year meets the quota, full coverage within ceil(1/ratio) years, balanced, reasons', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        pctArb,
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.option(fc.integer({ min: 2000, max: 2026 }), { nil: undefined }), {
          minLength: 60,
          maxLength: 60,
        }),
        fc.integer(),
        (n, ratio, years, lasts, seed) => {
          const list = ids(n);
          const units = list.map((id, i) =>
            lasts[i] === undefined ? { id } : { id, lastInspected: lasts[i] as number },
          );
          const input = deepFreeze({ units, from: 2027, years, ratio, seed });
          const plan = planInspections(input);
          verify(plan, { ids: list, from: 2027, years, ratio, balancedExactly: true });
          // Same seed, same plan.
          expect(planInspections(input)).toEqual(plan);
        },
      ),
      { seed: 42, numRuns: runs(150) },
    );
  });

  it('with random must-include / must-exclude: a valid plan or a stated TdktError', () => {
    const allowed = new Set([
      'QUOTA_UNREACHABLE',
      'COVERAGE_UNREACHABLE',
      'CONFLICTING_CONSTRAINTS',
    ]);
    let built = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 25 }),
        pctArb,
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: undefined })), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: undefined })), { maxLength: 12 }),
        fc.string(),
        (n, ratio, years, inc, exc, seed) => {
          const list = ids(n);
          const toC = ([u, y]: [number, number | undefined]): InspectionConstraint =>
            y === undefined
              ? { unit: list[u % n] as string }
              : { unit: list[u % n] as string, year: 2027 + (y % years) };
          const mustInclude = inc.map(toC);
          const mustExclude = exc.map(toC);
          const input = deepFreeze({
            units: list,
            from: 2027,
            years,
            ratio,
            seed,
            mustInclude,
            mustExclude,
          });
          let plan: PlannedInspectionYear[];
          try {
            plan = planInspections(input);
          } catch (e) {
            expect(e).toBeInstanceOf(TdktError);
            expect(allowed.has((e as TdktError).code)).toBe(true);
            return;
          }
          built++;
          verify(plan, { ids: list, from: 2027, years, ratio, mustInclude, mustExclude });
        },
      ),
      { seed: 42, numRuns: runs(300) },
    );
    expect(built).toBeGreaterThan(runs(300) / 3);
  });

  it('garbage in: a plan or a TdktError, never another error, never a mutation', () => {
    const fieldArb = fc.oneof(
      fc.anything(),
      fc.array(
        fc.oneof(fc.string(), fc.record({ id: fc.anything(), lastInspected: fc.anything() })),
      ),
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            units: fieldArb,
            from: fc.oneof(fc.integer({ min: 1990, max: 2040 }), fc.anything()),
            years: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.anything()),
            ratio: fc.oneof(fc.constantFrom('30%', 0.3, '0', '1.2', 'x'), fc.anything()),
            seed: fc.anything(),
            mustInclude: fc.oneof(
              fc.array(fc.record({ unit: fc.anything(), year: fc.anything() })),
              fc.anything(),
            ),
            mustExclude: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const snapshot = JSON.stringify(input);
          deepFreeze(input);
          try {
            const plan = planInspections(input as never);
            expect(Array.isArray(plan)).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(TdktError);
          }
          expect(JSON.stringify(input)).toBe(snapshot);
        },
      ),
      { seed: 42, numRuns: runs(400) },
    );
  });
});
