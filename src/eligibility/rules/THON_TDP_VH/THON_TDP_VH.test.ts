import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine.js';

describe('Thôn, tổ dân phố văn hóa (Law 06/2022 Đ30): the seven criteria are judgements', () => {
  it('lists the frame criteria with Điều 30 and Decree 86/2023', () => {
    const v = evaluate({ kind: 'village', id: 'thon-1', years: [], honours: [] }, 'THON_TDP_VH', {
      period: 2024,
    });
    expect(v.outcome).toBe('eligible');
    expect(v.judgements.map((j) => j.id)).toEqual([
      'stable-economy',
      'cultural-life',
      'environment',
      'law-and-order',
      'emulation',
      'solidarity',
      'province-criteria',
    ]);
    expect(v.judgements[0]?.basis[0]).toMatchObject({
      instrument: '06/2022/QH15',
      article: 30,
      clause: 1,
    });
  });
});
