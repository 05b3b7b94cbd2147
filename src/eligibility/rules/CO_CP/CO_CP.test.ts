import { describe, expect, it } from 'vitest';
import { find, unit, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

describe('Cờ thi đua của Chính phủ', () => {
  it('from 2024: chosen among collectives leading clusters (Law 06/2022 Đ25 k1); the 20% cap is a judgement', () => {
    const v = evaluate(unit(2024, 'HTXSNV', undefined, { ledCluster: true }), 'CO_CP', {
      period: 2024,
    });
    expect(v.outcome).toBe('eligible');
    expect(find(v, 'led-cluster').basis[0]).toMatchObject({
      instrument: '06/2022/QH15',
      article: 25,
      clause: 1,
    });
    const cap = v.judgements.find((j) => j.id === 'proposal-cap');
    expect(cap?.message.vi).toContain('20%');
    expect(cap?.basis[0]).toMatchObject({ instrument: '5007/BNV-TĐKT' });
    expect(v.judgements.find((j) => j.id === 'other-tracks')?.message.vi).toContain(
      'từ 5 năm trở lên',
    );
  });

  it('VN-2017: among collectives meeting the Cờ Bộ/tỉnh standard (Decree 91/2017 Đ11)', () => {
    const held = {
      ...unit(2022, 'HTXSNV', undefined),
      honours: [{ code: 'CO_BO_TINH' as const, year: 2022 }],
    };
    expect(evaluate(held, 'CO_CP', { period: 2022 }).outcome).toBe('eligible');
    const leader = unit(2022, 'HTXSNV', undefined, { ledCluster: true });
    const v = evaluate(leader, 'CO_CP', { period: 2022 });
    expect(v.outcome).toBe('eligible');
    expect(find(v, 'holds-co-bo-tinh').actual).toBe('concurrent');
    expect(
      unmet(
        evaluate(unit(2022, 'HTXSNV', undefined, { ledCluster: false }), 'CO_CP', { period: 2022 }),
      ),
    ).toEqual(['holds-co-bo-tinh']);
  });
});
