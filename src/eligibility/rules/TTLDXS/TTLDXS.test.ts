import { describe, expect, it } from 'vitest';
import { find, unit, unknown, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

const ttldxs = (r: Parameters<typeof evaluate>[0], period: number) =>
  evaluate(r, 'TTLDXS', { period });

describe('TTLĐXS from 2024 (Law 06/2022 Đ27 k1)', () => {
  const m = (ldtt: number, total = 23, extra = {}) => ({
    total,
    completedDuties: total,
    ldtt,
    cstdcs: 1,
    ...extra,
  });

  it('criteria.md §10 example 3: 16/23 = 69.6% fails (160 < 161)', () => {
    const v = ttldxs(unit(2024, 'HTXSNV', m(16)), 2024);
    expect(unmet(v)).toEqual(['ldtt-share']);
    expect(find(v, 'ldtt-share').message.vi).toContain('160 ≥ 161: sai');
    expect(find(v, 'ldtt-share').message.en).toContain('69.6%');
  });

  it('criteria.md §10 example 4: 17/23 passes (170 ≥ 161); the movement and solidarity stay judgements', () => {
    const v = ttldxs(unit(2024, 'HTXSNV', m(17)), 2024);
    expect(v.outcome).toBe('eligible');
    expect(v.judgements.map((j) => j.id)).toEqual(['emulation-movement', 'solidarity']);
  });

  it('exactly 70% passes (7/10, 10·7 ≥ 7·10)', () => {
    expect(ttldxs(unit(2024, 'HTXSNV', m(7, 10)), 2024).outcome).toBe('eligible');
    expect(unmet(ttldxs(unit(2024, 'HTXSNV', m(6, 10)), 2024))).toEqual(['ldtt-share']);
  });

  it('every member must have completed duties; at least one CSTĐCS; the collective HTXSNV', () => {
    expect(unmet(ttldxs(unit(2024, 'HTXSNV', m(17, 23, { completedDuties: 22 })), 2024))).toEqual([
      'all-completed',
    ]);
    expect(unmet(ttldxs(unit(2024, 'HTXSNV', m(17, 23, { cstdcs: 0 })), 2024))).toEqual([
      'cstdcs-member',
    ]);
    expect(unmet(ttldxs(unit(2024, 'HTTNV', m(17)), 2024))).toEqual(['rating']);
    expect(unknown(ttldxs(unit(2024, undefined, m(17)), 2024))).toEqual(['rating']);
  });

  it('dropped the no-discipline clause: a member warned does not block', () => {
    const v = ttldxs(
      unit(2024, 'HTXSNV', m(17, 23, { disciplined: 1, disciplinedWarningOrAbove: 1 })),
      2024,
    );
    expect(v.outcome).toBe('eligible');
    expect(v.criteria.map((c) => c.id)).not.toContain('no-member-disciplined');
  });
});

describe('TTLĐXS under VN-2017 (L2003 Đ27): chosen among TTLĐTT, no member warned', () => {
  const m = { total: 20, completedDuties: 20, ldtt: 15, cstdcs: 2, disciplined: 0 };

  it('holding TTLĐTT for the period and the old composition rules is eligible', () => {
    const r = { ...unit(2022, 'HTXSNV', m), honours: [{ code: 'TTLDTT' as const, year: 2022 }] };
    const v = ttldxs(r, 2022);
    expect(v.regime).toBe('VN-2017');
    expect(v.outcome).toBe('eligible');
    expect(find(v, 'holds-ttldtt').actual).toBe('held');
  });

  it('a member warned (cảnh cáo) blocks the old title', () => {
    const r = {
      ...unit(2022, 'HTXSNV', { ...m, disciplined: 1, disciplinedWarningOrAbove: 1 }),
      honours: [{ code: 'TTLDTT' as const, year: 2022 }],
    };
    expect(unmet(ttldxs(r, 2022))).toEqual(['no-member-disciplined']);
  });

  it('without a TTLĐTT decision, TTLĐTT is evaluated in the same review', () => {
    const v = ttldxs(unit(2022, 'HTTNV', m), 2022);
    expect(find(v, 'holds-ttldtt').actual).toBe('concurrent');
    expect(v.outcome).toBe('eligible');
    const failing = ttldxs(unit(2022, 'HTTNV', { ...m, ldtt: 10 }), 2022);
    expect(unmet(failing)).toEqual(['holds-ttldtt', 'ldtt-share']);
  });
});
