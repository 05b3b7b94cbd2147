import { describe, expect, it } from 'vitest';
import { TdktError } from '../../src/core/errors.js';
import { formatCitation } from '../../src/law/format-citation.js';
import { getRegime, REGIMES, regimeAt } from '../../src/law/regimes.js';

describe('regimeAt', () => {
  it.each([
    ['2017-10-01', 'VN-2017'],
    ['2023-12-31', 'VN-2017'],
    ['2024-01-01', 'VN-2024'],
    ['2025-06-30', 'VN-2024'],
    ['2025-07-01', 'VN-2025-07'],
    ['2026-09-30', 'VN-2025-07'],
    ['2026-10-01', 'VN-2025-07'],
    ['2099-01-01', 'VN-2025-07'],
  ])('%s → %s', (date, id) => {
    expect(regimeAt(date).id).toBe(id);
  });

  it('the provisional 2026 regime only with includeProvisional', () => {
    expect(regimeAt('2026-10-01', { includeProvisional: true }).id).toBe('VN-2026-10');
    expect(regimeAt('2026-09-30', { includeProvisional: true }).id).toBe('VN-2025-07');
    expect(regimeAt('2026-10-01', { includeProvisional: false }).id).toBe('VN-2025-07');
    expect(regimeAt('2024-01-01', { includeProvisional: true }).id).toBe('VN-2024');
  });

  it("'2017-09-30' → TdktError NO_REGIME", () => {
    try {
      regimeAt('2017-09-30');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TdktError);
      expect((e as TdktError).code).toBe('NO_REGIME');
      expect((e as TdktError).issues[0]?.path).toEqual(['date']);
    }
  });

  it('malformed dates → INVALID_DATE', () => {
    for (const bad of ['2025-02-29', '2024/01/01', '', 20240101]) {
      try {
        regimeAt(bad as string);
        expect.unreachable();
      } catch (e) {
        expect((e as TdktError).code).toBe('INVALID_DATE');
      }
    }
  });
});

describe('REGIMES and getRegime', () => {
  it('are contiguous: each confirmed regime starts the day after the previous ends', () => {
    expect(REGIMES.map((r) => [r.id, r.from, r.to, r.status])).toEqual([
      ['VN-2017', '2017-10-01', '2023-12-31', 'historical'],
      ['VN-2024', '2024-01-01', '2025-06-30', 'historical'],
      ['VN-2025-07', '2025-07-01', undefined, 'in-force'],
      ['VN-2026-10', '2026-10-01', undefined, 'provisional'],
    ]);
    expect(Object.isFrozen(REGIMES)).toBe(true);
    expect(Object.isFrozen(REGIMES[0])).toBe(true);
  });

  it('getRegime by id; unknown ids throw UNKNOWN_REGIME', () => {
    expect(getRegime('VN-2024').from).toBe('2024-01-01');
    expect(getRegime('VN-2025-07').instruments.map((c) => c.instrument)).toContain(
      '152/2025/NĐ-CP',
    );
    for (const bad of ['VN-2030', '', 'vn-2024', null, 5]) {
      expect(() => getRegime(bad as never)).toThrow(TdktError);
    }
  });
});

describe('formatCitation', () => {
  it('renders "điểm a khoản 1 Điều 24 Luật số 06/2022/QH15"', () => {
    expect(
      formatCitation({ instrument: '06/2022/QH15', article: 24, clause: 1, point: 'a' }),
    ).toEqual({
      vi: 'điểm a khoản 1 Điều 24 Luật số 06/2022/QH15',
      en: 'Law 06/2022/QH15, Article 24(1)(a)',
    });
  });
  it.each([
    [
      { instrument: '98/2023/NĐ-CP', article: 9, clause: 3 },
      'khoản 3 Điều 9 Nghị định số 98/2023/NĐ-CP',
      'Decree 98/2023/NĐ-CP, Article 9(3)',
    ],
    [
      { instrument: '01/2024/TT-BNV', article: 5 },
      'Điều 5 Thông tư số 01/2024/TT-BNV',
      'Circular 01/2024/TT-BNV, Article 5',
    ],
    [{ instrument: '5007/BNV-TĐKT' }, 'Công văn số 5007/BNV-TĐKT', 'Official Letter 5007/BNV-TĐKT'],
    [
      { instrument: '14/2024/QĐ-UBND', article: 3, point: 'đ', clause: 2 },
      'điểm đ khoản 2 Điều 3 Quyết định số 14/2024/QĐ-UBND',
      'Decision 14/2024/QĐ-UBND, Article 3(2)(đ)',
    ],
    [{ instrument: 'XYZ' }, 'XYZ', 'XYZ'],
  ])('%j', (c, vi, en) => {
    expect(formatCitation(c)).toEqual({ vi, en });
  });
  it('throws INVALID_INPUT without an instrument', () => {
    for (const bad of [null, {}, { instrument: '' }, { instrument: 5 }, 'x']) {
      expect(() => formatCitation(bad as never)).toThrow(TdktError);
    }
  });
});
