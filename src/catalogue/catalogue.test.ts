import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { REGIMES } from '../law/regimes.js';
import { REGIME_IDS } from './data.js';
import {
  getHonour,
  HONOUR_CODES,
  HONOUR_LADDERS,
  type Honour,
  type HonourCode,
  isHonourCode,
  listHonours,
} from './index.js';

const all = listHonours();

function deepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((v) => deepFrozen(v, seen));
}

function thrown(fn: () => unknown): TdktError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

describe('catalogue data', () => {
  it('has exactly one entry per HONOUR_CODES code, in the same order', () => {
    expect(all.map((h) => h.code)).toEqual([...HONOUR_CODES]);
    expect(new Set(all.map((h) => h.code)).size).toBe(HONOUR_CODES.length);
    expect(HONOUR_CODES.length).toBe(65);
  });

  it('uses ASCII upper-snake codes', () => {
    for (const h of all) expect(h.code).toMatch(/^[A-Z0-9_]+$/);
  });

  it('stores every Vietnamese string in NFC', () => {
    for (const h of all) {
      const texts = [
        h.nameVi,
        ...h.aliases,
        ...(h.formerNames ?? []).map((f) => f.nameVi),
        ...(h.laterNames ?? []).map((f) => f.nameVi),
        h.armedForcesName ?? '',
        h.decider?.vi ?? '',
        h.note?.vi ?? '',
      ];
      for (const t of texts) expect(t, `${h.code}: ${t}`).toBe(t.normalize('NFC'));
    }
  });

  it('deep-freezes every entry, the list and the ladders', () => {
    expect(Object.isFrozen(all)).toBe(true);
    for (const h of all) expect(deepFrozen(h), h.code).toBe(true);
    expect(deepFrozen(HONOUR_LADDERS)).toBe(true);
    expect(() => {
      (getHonour('LDTT') as { nameVi: string }).nameVi = 'x';
    }).toThrow(TypeError);
    expect(getHonour('LDTT').nameVi).toBe('Lao động tiên tiến');
  });

  it('gives every non-legacy entry a basis, a regime and valid references', () => {
    for (const h of all) {
      if (!h.legacy) {
        expect(h.basis.length, h.code).toBeGreaterThan(0);
        expect(h.regimes.length, h.code).toBeGreaterThan(0);
      } else {
        expect(h.regimes, h.code).toEqual([]);
      }
      for (const c of h.basis) {
        expect(c.instrument).toMatch(/^\d+\/\d{4}\//);
        expect(['confirmed', 'secondary', 'unconfirmed']).toContain(c.confidence);
        if (c.url) expect(c.url).toMatch(/^https?:\/\//);
        if (c.note?.includes('(i)')) expect(c.confidence).toBe('unconfirmed');
      }
      if (h.armedForcesCounterpart) expect(isHonourCode(h.armedForcesCounterpart)).toBe(true);
      if (h.civilCounterpart) {
        expect(getHonour(h.civilCounterpart).armedForcesCounterpart, h.code).toBe(h.code);
      }
      if (h.bonusMultiple) expect(h.bonusMultiple).toMatch(/^\d+(\.\d+)?$/);
      for (const f of h.formerNames ?? []) expect(f.until).toBe('2023-12-31');
    }
  });

  it('keeps REGIME_IDS in step with the law module', () => {
    expect(REGIME_IDS).toEqual(REGIMES.map((r) => r.id));
  });

  it('marks inferred article numbers (i) as unconfirmed and anchors as confirmed', () => {
    const article = (code: HonourCode, n: number) =>
      getHonour(code).basis.find((c) => c.instrument === '06/2022/QH15' && c.article === n);
    expect(article('CSTDTQ', 21)?.confidence).toBe('confirmed');
    expect(article('CSTD_BO_TINH', 22)?.confidence).toBe('confirmed');
    expect(article('CSTDCS', 23)?.confidence).toBe('confirmed');
    expect(article('LDTT', 24)?.confidence).toBe('confirmed');
    expect(article('TTLDXS', 27)?.clause).toBe(1);
    expect(article('DVQT', 27)?.clause).toBe(2);
    expect(article('HCLD2', 43)?.confidence).toBe('confirmed');
    expect(article('HCLD3', 44)?.confidence).toBe('confirmed');
    expect(article('HCLD1', 42)?.confidence).toBe('unconfirmed');
    expect(article('XA_TIEU_BIEU', 29)?.confidence).toBe('unconfirmed');
    expect(article('AHLD', 63)?.confidence).toBe('unconfirmed');
    expect(article('TINH_ANH_HUNG', 60)?.confidence).toBe('confirmed');
    expect(article('HUY_CHUONG_QKQT', 55)?.confidence).toBe('confirmed');
    expect(article('KY_NIEM_CHUONG', 71)?.clause).toBe(2);
    expect(article('BK_TTG', 73)?.confidence).toBe('confirmed');
    expect(article('GIAY_KHEN', 75)?.confidence).toBe('confirmed');
    // shared citation objects, not copies
    expect(getHonour('LDTT').basis[1]).toBe(getHonour('CSTDCS').basis[1]);
  });

  it('encodes the facts of the domain reference', () => {
    const h = (c: HonourCode): Honour => getHonour(c);
    expect(h('CSTDTQ').level).toBe('state');
    expect(h('CO_CP').level).toBe('state');
    expect(h('CSTD_BO_TINH').level).toBe('ministry-province');
    expect(h('TTLDXS').level).toBe('ministry-province');
    expect(h('CSTDCS').level).toBe('grassroots');
    expect(h('GDVH').level).toBe('local');
    expect(h('GDVH').recipients).toEqual(['household']);
    expect(h('THON_TDP_VH').recipients).toEqual(['village']);
    expect(h('XA_TIEU_BIEU').recipients).toEqual(['commune']);
    expect(h('LDTT').armedForcesCounterpart).toBe('CSTT');
    expect(h('TTLDXS').armedForcesCounterpart).toBe('DVQT');
    expect(h('TTLDTT').armedForcesCounterpart).toBe('DVTT');
    expect(h('HCLD2').armedForcesCounterpart).toBe('HCBVTQ2');
    expect(h('HCDL1').armedForcesCounterpart).toBe('HCQC1');
    expect(h('CSTT').armedForcesOnly).toBe(true);
    expect(h('HCLD1').family).toBe('HCLD');
    expect([h('HCLD1').grade, h('HCLD2').grade, h('HCLD3').grade]).toEqual([1, 2, 3]);
    expect(h('HCLD3').nameVi).toBe('Huân chương Lao động hạng Ba');
    expect(h('HUY_CHUONG_CSVV2').nameVi).toBe('Huy chương Chiến sĩ vẻ vang hạng Nhì');
    expect(h('HC_SAO_VANG').bonusMultiple).toBe('46');
    expect(h('HC_HO_CHI_MINH').bonusMultiple).toBe('30.5');
    expect(h('HCDL2').bonusMultiple).toBe('12.5');
    expect(h('HCQC3').bonusMultiple).toBe('10.5');
    expect(h('HCLD1').bonusMultiple).toBe('9');
    expect(h('HCBVTQ2').bonusMultiple).toBe('7.5');
    expect(h('HCCC3').bonusMultiple).toBe('4.5');
    expect(h('HC_DAI_DOAN_KET').bonusMultiple).toBe('7.5');
    expect(h('HC_DUNG_CAM').bonusMultiple).toBe('4.5');
    expect(h('HC_HUU_NGHI').bonusMultiple).toBeUndefined();
    expect(h('CSTD_BO_TINH').formerNames?.[0]?.nameVi).toBe(
      'Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương',
    );
    expect(h('CO_BO_TINH').formerNames?.[0]?.nameVi).toBe(
      'Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương',
    );
    expect(h('CSTD_BO_TINH').armedForcesName).toBe('Chiến sĩ thi đua toàn quân');
    expect(h('XA_TIEU_BIEU').laterNames?.[0]).toEqual({
      from: '2026-10-01',
      regime: 'VN-2026-10',
      nameVi: 'Xã, phường, đặc khu tiêu biểu',
      confidence: 'secondary',
    });
    expect(h('XA_TIEU_BIEU').regimes).toEqual(['VN-2024', 'VN-2025-07', 'VN-2026-10']);
    expect(h('HUY_CHUONG_TNXP_VV').regimes).not.toContain('VN-2017');
    expect(h('LDTT').regimes).toEqual(['VN-2017', 'VN-2024', 'VN-2025-07', 'VN-2026-10']);
    expect(h('HC_KHANG_CHIEN1').legacy).toBe(true);
    expect(h('HUY_CHUONG_KHANG_CHIEN2').nameVi).toBe('Huy chương Kháng chiến hạng Nhì');
    expect(h('CSTDTQ').decider?.vi).toBe('Thủ tướng Chính phủ');
    expect(h('CSTDTQ').decider?.confidence).toBe('unconfirmed');
    expect(h('BK_TTG').decider?.confidence).toBe('confirmed');
    expect(h('NGUT').aliases).toContain('NGƯT');
    expect(h('HCLD3').aliases).toEqual(['HCLĐ hạng Ba', 'HCLĐ3']);
  });

  it('lists the state level titles of NĐ 98/2023 Điều 3 khoản 2: CO_CP and CSTDTQ only', () => {
    expect(listHonours({ category: 'emulation-title', level: 'state' }).map((h) => h.code)).toEqual(
      ['CSTDTQ', 'CO_CP'],
    );
  });
});

describe('getHonour', () => {
  it('returns the entry of each code', () => {
    for (const code of HONOUR_CODES) expect(getHonour(code).code).toBe(code);
    expect(getHonour('GIAY_KHEN').category).toBe('certificate-of-commendation');
    expect(getHonour('BK_BO_TINH').category).toBe('certificate-of-merit');
  });

  it('throws UNKNOWN_HONOUR naming the code, in both languages', () => {
    for (const bad of ['ĐVQT', 'hcld3', 'HCLD4', '', ' LDTT', 'toString', '__proto__']) {
      const e = thrown(() => getHonour(bad as HonourCode));
      expect(e.code).toBe('UNKNOWN_HONOUR');
      expect(e.issues[0]?.path).toEqual(['code']);
      expect(e.issues[0]?.message.en).toContain(JSON.stringify(bad));
      expect(e.issues[0]?.message.vi).toContain(JSON.stringify(bad));
      expect(e.message.startsWith('[tdkt] UNKNOWN_HONOUR')).toBe(true);
    }
    for (const bad of [undefined, null, 3, {}, [], Symbol('x')]) {
      expect(thrown(() => getHonour(bad as never)).code).toBe('UNKNOWN_HONOUR');
    }
  });
});

describe('listHonours', () => {
  it('returns the whole catalogue without a filter', () => {
    expect(listHonours()).toHaveLength(65);
    expect(listHonours({})).toBe(listHonours());
  });

  it('filters by category, recipient, regime, level and legacy', () => {
    expect(listHonours({ category: 'order' })).toHaveLength(23);
    expect(listHonours({ category: 'medal' })).toHaveLength(9);
    expect(listHonours({ category: 'state-honorary-title' })).toHaveLength(13);
    expect(listHonours({ category: 'prize' }).map((h) => h.code)).toEqual([
      'GT_HCM',
      'GT_NHA_NUOC',
    ]);
    expect(listHonours({ recipient: 'household' }).map((h) => h.code)).toEqual([
      'GDVH',
      'BK_TTG',
      'GIAY_KHEN',
    ]);
    expect(listHonours({ recipient: 'village' }).map((h) => h.code)).toEqual(['THON_TDP_VH']);
    expect(
      listHonours({
        category: 'emulation-title',
        recipient: 'collective',
        level: 'grassroots',
      }).map((h) => h.code),
    ).toEqual(['TTLDTT', 'DVTT']);
    const y2017 = listHonours({ regime: 'VN-2017' }).map((h) => h.code);
    expect(y2017).not.toContain('XA_TIEU_BIEU');
    expect(y2017).not.toContain('HUY_CHUONG_TNXP_VV');
    expect(y2017).not.toContain('HC_KHANG_CHIEN1');
    expect(y2017).toHaveLength(65 - 2 - 5);
    expect(listHonours({ regime: 'VN-2024' })).toHaveLength(60);
    expect(listHonours({ legacy: true }).map((h) => h.code)).toEqual([
      'HC_KHANG_CHIEN1',
      'HC_KHANG_CHIEN2',
      'HC_KHANG_CHIEN3',
      'HUY_CHUONG_KHANG_CHIEN1',
      'HUY_CHUONG_KHANG_CHIEN2',
    ]);
    expect(listHonours({ legacy: false })).toHaveLength(60);
    expect(listHonours({ level: 'local' }).map((h) => h.code)).toEqual([
      'XA_TIEU_BIEU',
      'THON_TDP_VH',
      'GDVH',
    ]);
    expect(Object.isFrozen(listHonours({ level: 'local' }))).toBe(true);
    expect(listHonours({ category: undefined })).toHaveLength(65);
  });

  it('throws INVALID_INPUT for bad filters, naming the field', () => {
    const cases: [unknown, (string | number)[]][] = [
      [null, ['filter']],
      ['order', ['filter']],
      [[], ['filter']],
      [{ category: 'orders' }, ['filter', 'category']],
      [{ recipient: 'INDIVIDUAL' }, ['filter', 'recipient']],
      [{ regime: 'VN-2003' }, ['filter', 'regime']],
      [{ level: 'STATE' }, ['filter', 'level']],
      [{ legacy: 'yes' }, ['filter', 'legacy']],
      [{ categry: 'order' }, ['filter', 'categry']],
      [{ category: null }, ['filter', 'category']],
    ];
    for (const [filter, path] of cases) {
      const e = thrown(() => listHonours(filter as never));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.path).toEqual(path);
      expect(e.issues[0]?.message.vi.length).toBeGreaterThan(0);
      expect(e.issues[0]?.message.en.length).toBeGreaterThan(0);
    }
  });
});

describe('HONOUR_LADDERS', () => {
  it('pairs civil and armed-forces rungs one for one, with catalogue codes', () => {
    expect(HONOUR_LADDERS.map((l) => l.id)).toEqual([
      'individual-titles',
      'collective-titles',
      'award-forms',
    ]);
    for (const l of HONOUR_LADDERS) {
      expect(l.armedForces).toHaveLength(l.civil.length);
      for (const c of [...l.civil, ...l.armedForces]) expect(isHonourCode(c)).toBe(true);
    }
    const [ind, col, forms] = HONOUR_LADDERS;
    expect(ind?.civil).toEqual(['LDTT', 'CSTDCS', 'CSTD_BO_TINH', 'CSTDTQ']);
    expect(ind?.armedForces[0]).toBe('CSTT');
    expect(col?.armedForces).toEqual(['DVTT', 'DVQT', 'CO_BO_TINH', 'CO_CP']);
    expect(forms?.civil.indexOf('HCLD1')).toBeLessThan(forms?.civil.indexOf('HCDL3') ?? -1);
    expect(forms?.armedForces.slice(3)).toEqual([
      'HCBVTQ3',
      'HCBVTQ2',
      'HCBVTQ1',
      'HCQC3',
      'HCQC2',
      'HCQC1',
    ]);
    expect(forms?.confidence).toBe('unconfirmed');
    // each civil rung's counterpart, when the catalogue knows one, is the armed-forces rung
    for (const l of HONOUR_LADDERS) {
      l.civil.forEach((c, i) => {
        const cp = getHonour(c).armedForcesCounterpart;
        if (cp) expect(l.armedForces[i]).toBe(cp);
      });
    }
  });
});
