import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine.js';

const household = (underReview?: boolean) => ({
  kind: 'household' as const,
  id: 'hh',
  years: [{ year: 2024, ...(underReview === undefined ? {} : { underReview }) }],
  honours: [],
});

describe('Gia đình văn hóa: criteria are the province’s, listed as judgements (Law 06/2022 Đ31; Decree 86/2023)', () => {
  it('nothing computable blocks it; the council decides on the listed criteria', () => {
    const v = evaluate(household(), 'GDVH', { period: 2024 });
    expect(v.outcome).toBe('eligible');
    expect(v.criteria.map((c) => c.id)).toEqual(['not-under-review']);
    expect(v.judgements.map((j) => j.id)).toEqual([
      'province-criteria',
      'law-abiding',
      'family-culture',
    ]);
    expect(v.judgements[0]?.basis.map((b) => b.instrument)).toEqual([
      '06/2022/QH15',
      '86/2023/NĐ-CP',
    ]);
  });

  it('a pending review defers it', () => {
    const v = evaluate(household(true), 'GDVH', { period: 2024 });
    expect([v.outcome, v.deferred]).toEqual(['undetermined', true]);
  });

  it('exists under VN-2017 with an unconfirmed basis', () => {
    const v = evaluate({ ...household(), years: [{ year: 2022 }] }, 'GDVH', { period: 2022 });
    expect(v.regime).toBe('VN-2017');
    expect(v.confidence).toBe('unconfirmed');
  });
});
