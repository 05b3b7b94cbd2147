import { describe, expect, it } from 'vitest';
import {
  assignCrossChecks,
  assignCrossCheckTeams,
  checkPlanTargets,
  DEFAULT_PLAN_TARGETS,
  inspectionCycleYears,
  inspectionQuota,
  planCrossChecks,
  planInspections,
} from './index.js';

/** The @example snippets of the module's TSDoc, run as written. */
describe('TSDoc examples of the inspection module', () => {
  it('inspectionQuota and inspectionCycleYears', () => {
    expect(inspectionQuota(10)).toBe(3);
    expect(inspectionQuota(47)).toBe(15);
    expect(inspectionQuota(11)).toBe(4);
    expect(inspectionQuota(20, { ratio: '25%' })).toBe(5);
    expect(inspectionCycleYears()).toBe(4);
    expect(inspectionCycleYears({ ratio: '20%' })).toBe(5);
    expect(inspectionCycleYears({ ratio: 0.25 })).toBe(4);
  });

  it('planInspections', () => {
    const units = Array.from({ length: 10 }, (_, i) => ({ id: `DV${i + 1}` }));
    const plan = planInspections({ units, from: 2027, years: 4, seed: 'QN-2027' });
    expect(plan.map((y) => y.units.length)).toEqual([3, 3, 3, 3]);
    expect(plan[0]?.quota).toBe(3);
    expect(plan[0]?.reasons[0]?.message.vi).toBe('Chưa từng được kiểm tra');
    expect(new Set(plan.flatMap((y) => y.units)).size).toBe(10);
  });

  it('planCrossChecks, assignCrossChecks, assignCrossCheckTeams', () => {
    const plan = planCrossChecks(['A', 'B'], { seed: 1 });
    expect(plan.assignments).toEqual([
      { inspector: 'A', inspected: 'B' },
      { inspector: 'B', inspected: 'A' },
    ]);
    expect(plan.fallbacks[0]?.constraint).toBe('reciprocal');
    const pairs = assignCrossChecks(['A', 'B', 'C', 'D'], { seed: 'cum-2027' });
    expect(pairs.length).toBe(4);
    expect(pairs.every((p) => p.inspector !== p.inspected)).toBe(true);
    expect(new Set(pairs.map((p) => p.inspected)).size).toBe(4);
    const teams = assignCrossCheckTeams(['A', 'B', 'C', 'D', 'E'], { teamSize: 2, seed: 7 });
    expect(teams.length).toBe(5);
    expect(teams.every((t) => t.team.length === 2 && !t.team.includes(t.inspected))).toBe(true);
    expect(teams.flatMap((t) => t.team).filter((u) => u === 'A').length).toBe(2);
  });

  it('DEFAULT_PLAN_TARGETS and checkPlanTargets', () => {
    expect(DEFAULT_PLAN_TARGETS.map((t) => [t.metric, t.atLeast])).toEqual([
      ['inspected-units', '30%'],
      ['cross-checked-units', '100%'],
      ['advanced-models', 2],
    ]);
    expect(DEFAULT_PLAN_TARGETS[0]?.basis?.[0]?.instrument).toBe('12/KH-UBND');
    const report = checkPlanTargets(
      { managedUnits: 47, clusterUnits: 9 },
      { inspectedUnits: 14, crossCheckedUnits: 9, advancedModels: 2 },
    );
    expect(report.outcome).toBe('unmet');
    expect(report.results[0]?.required).toBe(15);
    expect(report.results[0]?.shortfall).toBe(1);
    expect(report.results[1]?.outcome).toBe('met');
    expect(
      checkPlanTargets(
        { targets: [{ metric: 'advanced-models', atLeast: 3 }] },
        { advancedModels: 2 },
      ).results[0]?.message.vi,
    ).toBe(
      'Chưa đạt: Số điển hình tiên tiến được xây dựng, bồi dưỡng — yêu cầu ít nhất 3, thực hiện 2, còn thiếu 1',
    );
  });
});
