import { describe, expect, it } from 'vitest';
import { TdktError } from '../../../core/errors.js';
import { evaluate } from '../../engine.js';

const commune = { kind: 'commune' as const, id: 'xa', years: [], honours: [] };

describe('Xã, phường, thị trấn tiêu biểu', () => {
  it('VN-2024: leads the district movement (judgement)', () => {
    const v = evaluate(commune, 'XA_TIEU_BIEU', { period: 2024 });
    expect(v.title.vi).toBe('Xã, phường, thị trấn tiêu biểu');
    expect(v.judgements[0]?.message.vi).toBe('Dẫn đầu phong trào thi đua cấp huyện');
  });

  it('VN-2025-07: no district tier any more — the council decides the equivalent', () => {
    const v = evaluate(commune, 'XA_TIEU_BIEU', { period: 2025 });
    expect(v.regime).toBe('VN-2025-07');
    expect(v.judgements[0]?.message.vi).toContain('không còn cấp huyện');
  });

  it('provisional VN-2026-10: renamed "Xã, phường, đặc khu tiêu biểu", province-level criterion', () => {
    const v = evaluate(commune, 'XA_TIEU_BIEU', { period: 2026, regime: 'VN-2026-10' });
    expect(v.title.vi).toBe('Xã, phường, đặc khu tiêu biểu');
    expect(v.judgements[0]?.message.vi).toBe(
      'Có thành tích tiêu biểu trong phong trào thi đua cấp tỉnh',
    );
    expect(v.provisional).toBe(true);
    expect(v.basis[0]).toMatchObject({ instrument: '06/2026/QH16', confidence: 'secondary' });
  });

  it('did not exist under VN-2017', () => {
    expect(() => evaluate(commune, 'XA_TIEU_BIEU', { period: 2022 })).toThrow(TdktError);
  });
});
