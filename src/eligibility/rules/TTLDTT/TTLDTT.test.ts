import { describe, expect, it } from 'vitest';
import { find, unit, unknown, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

const ttldtt = (r: Parameters<typeof evaluate>[0], period: number) =>
  evaluate(r, 'TTLDTT', { period });

describe('TTLĐTT under VN-2017 (L2003 Đ28 k1, verified text)', () => {
  it('more than 50% of members with LĐTT: 11/20 passes, exactly 10/20 fails (2·10 > 20 is false)', () => {
    const pass = ttldtt(unit(2022, 'HTTNV', { total: 20, ldtt: 11, disciplined: 0 }), 2022);
    expect(pass.regime).toBe('VN-2017');
    expect(pass.outcome).toBe('eligible');
    const half = ttldtt(unit(2022, 'HTTNV', { total: 20, ldtt: 10, disciplined: 0 }), 2022);
    expect(unmet(half)).toEqual(['ldtt-share']);
    expect(find(half, 'ldtt-share').actual).toEqual({ count: 10, total: 20 });
    expect(find(half, 'ldtt-share').expected).toMatchObject({
      numerator: 1,
      denominator: 2,
      strict: true,
    });
    expect(find(half, 'ldtt-share').message.vi).toContain('20 > 20: sai');
  });

  it('no member disciplined at cảnh cáo or above; a reprimand alone does not block', () => {
    const warned = ttldtt(
      unit(2022, 'HTTNV', { total: 20, ldtt: 15, disciplined: 1, disciplinedWarningOrAbove: 1 }),
      2022,
    );
    expect(unmet(warned)).toEqual(['no-member-disciplined']);
    const reprimand = ttldtt(
      unit(2022, 'HTTNV', { total: 20, ldtt: 15, disciplined: 1, disciplinedWarningOrAbove: 0 }),
      2022,
    );
    expect(reprimand.outcome).toBe('eligible');
    const unclear = ttldtt(unit(2022, 'HTTNV', { total: 20, ldtt: 15, disciplined: 1 }), 2022);
    expect(unknown(unclear)).toEqual(['no-member-disciplined']);
  });

  it('the collective must have completed its duties well (HTNV fails)', () => {
    const v = ttldtt(unit(2022, 'HTNV', { total: 20, ldtt: 15, disciplined: 0 }), 2022);
    expect(unmet(v)).toEqual(['rating']);
  });

  it('lists the movement and solidarity (points b, d) for the council', () => {
    const v = ttldtt(unit(2022, 'HTTNV', { total: 20, ldtt: 15, disciplined: 0 }), 2022);
    expect(v.judgements.map((j) => j.id)).toEqual(['emulation-movement', 'solidarity']);
    expect(v.judgements[0]?.basis[0]).toMatchObject({ article: 28, clause: 1, point: 'b' });
  });

  it('member figures missing → undetermined', () => {
    const v = ttldtt(unit(2022, 'HTTNV', undefined), 2022);
    expect(v.outcome).toBe('undetermined');
    expect(unknown(v)).toEqual(['ldtt-share', 'no-member-disciplined']);
  });
});

describe('TTLĐTT from 2024 (Law 06/2022 Đ28: text unconfirmed)', () => {
  it('keeps the > 50% rule and says that it rests on an unconfirmed parameter', () => {
    const v = ttldtt(unit(2024, 'HTTNV', { total: 9, ldtt: 5, disciplined: 0 }), 2024);
    expect(v.outcome).toBe('eligible');
    const share = find(v, 'ldtt-share');
    expect(share.confidence).toBe('unconfirmed');
    expect(share.parameters[0]).toMatchObject({
      id: 'TTLDTT_MIN_LDTT_SHARE',
      confidence: 'unconfirmed',
    });
    expect(unmet(ttldtt(unit(2024, 'HTTNV', { total: 8, ldtt: 4, disciplined: 0 }), 2024))).toEqual(
      ['ldtt-share'],
    );
  });
});
