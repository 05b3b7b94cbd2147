import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { checkParameter, valueAt } from '../law/parameters.js';
import { CO_CP_CAP_PCT, CSTDCS_CAP_PCT_OF_LDTT, QUOTAS_PARAMETERS } from '../law/params/quotas.js';
import { capFromParameter } from './cap-from-parameter.js';

describe('quota parameters (criteria.md §9)', () => {
  it('are well-formed, cited and have a url', () => {
    for (const p of QUOTAS_PARAMETERS) {
      checkParameter(p);
      expect(p.unit).toBe('ratio');
      for (const v of p.values) {
        expect(v.basis.length).toBeGreaterThan(0);
        expect(v.basis.some((b) => typeof b.url === 'string' && b.url.startsWith('http'))).toBe(
          true,
        );
      }
    }
    expect(QUOTAS_PARAMETERS.map((p) => p.id)).toEqual([
      'CSTDCS_CAP_PCT_OF_LDTT',
      'CO_CP_CAP_PCT',
      'CAP_CSTDCS_AF',
      'CAP_CSTT_AF',
      'CAP_LDTT_DEFENCE_WORKERS',
      'CAP_CSTT_MILITIA',
      'CAP_CSTDCS_MILITIA',
    ]);
  });

  it('CSTĐCS cap: 15% under VN-2017 (NĐ 91/2017 Đ9 k3), none from 2024', () => {
    expect(valueAt(CSTDCS_CAP_PCT_OF_LDTT, '2017-09-30')).toBeUndefined();
    const v17 = valueAt(CSTDCS_CAP_PCT_OF_LDTT, '2017-10-01');
    expect(v17?.value).toBe('0.15');
    expect(v17?.confidence).toBe('confirmed');
    expect(v17?.basis[0]).toMatchObject({ instrument: '91/2017/NĐ-CP', article: 9, clause: 3 });
    expect(valueAt(CSTDCS_CAP_PCT_OF_LDTT, '2023-12-31')?.value).toBe('0.15');
    const v24 = valueAt(CSTDCS_CAP_PCT_OF_LDTT, '2024-01-01');
    expect(v24?.value).toBeNull();
    expect(v24?.confidence).toBe('inference');
  });

  it('Cờ CP cap: 20%, three dated values with their denominators', () => {
    expect(CO_CP_CAP_PCT.values.map((v) => [v.from, v.value, v.confidence])).toEqual([
      ['2017-10-01', '0.2', 'confirmed'],
      ['2023-09-05', '0.2', 'confirmed'],
      ['2024-01-01', '0.2', 'unconfirmed'],
    ]);
    expect(valueAt(CO_CP_CAP_PCT, '2023-09-04')?.note).toContain('Cờ thi đua of the ministry');
    expect(valueAt(CO_CP_CAP_PCT, '2023-09-05')?.basis[0]?.instrument).toBe('5007/BNV-TĐKT');
    expect(valueAt(CO_CP_CAP_PCT, '2023-09-05')?.note).toContain(
      'voted to lead emulation clusters',
    );
  });
});

describe('capFromParameter', () => {
  it('armed forces and militia caps', () => {
    expect(capFromParameter('CAP_CSTDCS_AF', 125, '2020-01-01').limit).toBe(12);
    expect(capFromParameter('CAP_CSTT_AF', 125, '2020-01-01').limit).toBe(50);
    expect(capFromParameter('CAP_LDTT_DEFENCE_WORKERS', 33, '2020-01-01').limit).toBe(23);
    expect(capFromParameter('CAP_CSTT_MILITIA', 47, '2020-07-01').limit).toBe(4);
    expect(capFromParameter('CAP_CSTDCS_MILITIA', 47, '2020-07-01').limit).toBe(2);
    expect(capFromParameter('CAP_CSTDCS_MILITIA', 47, '2020-06-30').status).toBe('unknown');
    expect(capFromParameter('CAP_CSTDCS_AF', 125, '2020-01-01').basis[0]).toMatchObject({
      instrument: '151/2018/TT-BQP',
      article: 12,
      clause: 3,
      point: 'b',
    });
  });

  it('rounding is declared and configurable', () => {
    const c = capFromParameter('CSTDCS_CAP_PCT_OF_LDTT', 47, '2020-01-01', { rounding: 'ceil' });
    expect(c.limit).toBe(8);
    expect(c.arithmetic.en).toBe('15% × 47 = 7.05 → 8 (ceil)');
    expect(capFromParameter('CO_CP_CAP_PCT', 4, '2024-01-01').limit).toBe(0);
    expect(capFromParameter('CO_CP_CAP_PCT', 5, '2024-01-01').limit).toBe(1);
  });

  it('explains in both languages', () => {
    const c = capFromParameter('CSTDCS_CAP_PCT_OF_LDTT', 47, '2020-01-01');
    expect(c.explanation.vi).toContain('hạn mức 7');
    expect(c.explanation.en).toContain('cap 7');
  });

  it('bad input → TdktError', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as TdktError).code;
      }
      return undefined;
    };
    expect(code(() => capFromParameter('NOPE', 1, '2024-01-01'))).toBe('UNKNOWN_PARAMETER');
    expect(code(() => capFromParameter('CO_CP_CAP_PCT', 1.5, '2024-01-01'))).toBe('INVALID_INPUT');
    expect(code(() => capFromParameter('CO_CP_CAP_PCT', 1, '2024-02-30'))).toBe('INVALID_DATE');
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (a, b, c, d) => {
        try {
          capFromParameter(a as never, b as never, c as never, d as never);
        } catch (e) {
          expect(e).toBeInstanceOf(TdktError);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
