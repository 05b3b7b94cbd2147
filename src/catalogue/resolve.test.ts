import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { type HonourCode, listHonours, resolveHonour, resolveHonourCandidates } from './index.js';
import { aliasIndex } from './resolve.js';

interface SpellingCase {
  readonly text: string;
  readonly expected: HonourCode | null;
  readonly source: string;
}

const table = JSON.parse(
  readFileSync(new URL('../../test/cases/catalogue-spellings.json', import.meta.url), 'utf8'),
) as { cases: SpellingCase[] };
const cases = table.cases;

/** Old-style tone placement ("hóa" → "hoá", "thủy" → "thuỷ"), the inverse of the normaliser. */
function oldTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([oO])([\u0301\u0300\u0309\u0303\u0323])([aAeE])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .replace(/([uU])([\u0301\u0300\u0309\u0303\u0323])([yY])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');
}

describe('spelling table (test/cases/catalogue-spellings.json)', () => {
  it('is large enough, NFC, and has enough negatives', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.expected === null).length).toBeGreaterThanOrEqual(25);
    for (const c of cases) {
      expect(c.text).toBe(c.text.normalize('NFC'));
      expect(c.source.length).toBeGreaterThan(0);
    }
    const covered = new Set(cases.map((c) => c.expected));
    for (const h of listHonours({ legacy: false })) {
      if (!['HC_KHANG_CHIEN2', 'HC_KHANG_CHIEN3'].includes(h.code)) {
        expect(covered.has(h.code), `no spelling for ${h.code}`).toBe(true);
      }
    }
  });

  it('resolves every spelling as the table says (NFC, NFD, upper and lower case)', () => {
    const failures: string[] = [];
    for (const c of cases) {
      for (const variant of [
        c.text,
        c.text.normalize('NFD'),
        c.text.toUpperCase(),
        c.text.toLowerCase(),
      ]) {
        const got = resolveHonour(variant)?.code ?? null;
        if (got !== c.expected) {
          failures.push(
            `${JSON.stringify(variant)} → ${got}, expected ${c.expected} (${c.source})`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('resolves the old tone placement like the new one', () => {
    let changed = 0;
    for (const c of cases) {
      const old = oldTones(c.text);
      if (old !== c.text) changed++;
      expect(resolveHonour(old)?.code ?? null, old).toBe(c.expected);
    }
    expect(changed).toBeGreaterThan(5);
    expect(oldTones('Gia đình văn hóa')).toBe('Gia đình văn hoá');
  });
});

describe('resolveHonour', () => {
  it('resolves every catalogue name, former name, alias and code to its own entry', () => {
    for (const h of listHonours()) {
      const texts = [
        h.code,
        h.nameVi,
        ...h.aliases,
        ...(h.formerNames ?? []).map((f) => f.nameVi),
        ...(h.laterNames ?? []).map((f) => f.nameVi),
      ];
      for (const t of texts) expect(resolveHonour(t)?.code, `${h.code} ← ${t}`).toBe(h.code);
    }
  });

  it('returns the frozen catalogue object itself', () => {
    const h = resolveHonour('LĐTT');
    expect(h).toBe(listHonours().find((x) => x.code === 'LDTT'));
    expect(Object.isFrozen(h)).toBe(true);
  });

  it('reads classes written in every way', () => {
    const forms = [
      ['Nhất', 'I', '1', 'nhất'],
      ['Nhì', 'II', '2', 'Hai'],
      ['Ba', 'III', '3', 'ba'],
    ];
    forms.forEach((words, i) => {
      for (const w of words) {
        expect(resolveHonour(`Huân chương Lao động hạng ${w}`)?.code).toBe(`HCLD${i + 1}`);
        expect(resolveHonour(`HCLĐ hạng ${w}`)?.code).toBe(`HCLD${i + 1}`);
        expect(resolveHonour(`Huân chương Bảo vệ Tổ quốc hạng ${w}`)?.code).toBe(`HCBVTQ${i + 1}`);
        expect(resolveHonour(`Huy chương Chiến sĩ vẻ vang hạng ${w}`)?.code).toBe(
          `HUY_CHUONG_CSVV${i + 1}`,
        );
      }
      expect(resolveHonour(`HCLĐ${i + 1}`)?.code).toBe(`HCLD${i + 1}`);
      expect(resolveHonour(`HCLD ${i + 1}`)?.code).toBe(`HCLD${i + 1}`);
    });
  });

  it('treats "sỹ" as "sĩ", "Đ" as "D" and ignores quotes, punctuation and spacing', () => {
    expect(resolveHonour('Chiến sỹ thi đua cơ sở')?.code).toBe('CSTDCS');
    expect(resolveHonour('CSTDCS')?.code).toBe('CSTDCS');
    expect(resolveHonour('CSTĐCS')?.code).toBe('CSTDCS');
    expect(resolveHonour('CSTÐCS')?.code).toBe('CSTDCS'); // U+00D0 look-alike
    expect(resolveHonour('"Lao động tiên tiến"')?.code).toBe('LDTT');
    expect(resolveHonour("'Lao động tiên tiến'")?.code).toBe('LDTT');
    expect(resolveHonour('\tLao động\n tiên tiến. ')?.code).toBe('LDTT');
    expect(resolveHonour('Tập thể lao động-xuất sắc')?.code).toBe('TTLDXS');
  });

  it('keeps the issuer apart: any ministry or province Bằng khen is BK_BO_TINH', () => {
    for (const t of [
      'Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn',
      'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo',
      'Bằng khen của Bộ Công an',
      'Bằng khen UBND thành phố Hồ Chí Minh',
      'BK của Chủ tịch UBND tỉnh',
    ]) {
      expect(resolveHonour(t)?.code, t).toBe('BK_BO_TINH');
    }
    expect(resolveHonour('Bằng khen của Thủ tướng Chính phủ')?.code).toBe('BK_TTG');
    expect(resolveHonour('Cờ thi đua của UBND tỉnh')?.code).toBe('CO_BO_TINH');
    expect(resolveHonour('Cờ thi đua của Chính phủ')?.code).toBe('CO_CP');
    expect(resolveHonour('Giấy khen của Giám đốc Sở Y tế')?.code).toBe('GIAY_KHEN');
  });

  it('never guesses between candidates', () => {
    expect(resolveHonour('Huân chương Lao động')).toBeUndefined();
    expect(resolveHonour('Bằng khen')).toBeUndefined();
    expect(resolveHonour('Cờ thi đua')).toBeUndefined();
    expect(resolveHonour('HC Hữu nghị')).toBeUndefined();
    expect(resolveHonour('Huân chương Hữu nghị')?.code).toBe('HC_HUU_NGHI');
    expect(resolveHonour('Huy chương Hữu nghị')?.code).toBe('HUY_CHUONG_HUU_NGHI');
    // "HC" alone reads as either; only one reading exists here
    expect(resolveHonour('HC Lao động hạng Ba')?.code).toBe('HCLD3');
    expect(resolveHonour('HC Quân kỳ quyết thắng')?.code).toBe('HUY_CHUONG_QKQT');
  });

  it('reads CSTĐTQ as toàn quốc (the national catalogue)', () => {
    expect(resolveHonour('CSTĐTQ')?.code).toBe('CSTDTQ');
    expect(resolveHonour('CSTĐ toàn quân')?.code).toBe('CSTD_BO_TINH');
  });

  it('returns undefined for empty and over-long text', () => {
    expect(resolveHonour('')).toBeUndefined();
    expect(resolveHonour('Lao động tiên tiến '.repeat(100))).toBeUndefined();
    expect(resolveHonour(`${'x'.repeat(5000)} LĐTT`)).toBeUndefined();
  });

  it('throws INVALID_INPUT for non-strings', () => {
    for (const bad of [undefined, null, 1, {}, ['LDTT'], new String('LDTT')]) {
      try {
        resolveHonour(bad as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(TdktError);
        expect((e as TdktError).code).toBe('INVALID_INPUT');
        expect((e as TdktError).issues[0]?.path).toEqual(['text']);
      }
    }
    expect(() => resolveHonourCandidates(42 as never)).toThrow(TdktError);
  });
});

describe('resolveHonourCandidates', () => {
  it('lists the readings of an ambiguous text with the reason', () => {
    const c = resolveHonourCandidates('Huân chương Lao động');
    expect(c.map((x) => x.code)).toEqual(['HCLD1', 'HCLD2', 'HCLD3']);
    expect(c.every((x) => x.reason === 'family')).toBe(true);
    expect(resolveHonourCandidates('Bằng khen').map((x) => [x.code, x.reason])).toEqual([
      ['BK_TTG', 'group'],
      ['BK_BO_TINH', 'group'],
    ]);
    expect(resolveHonourCandidates('Chiến sĩ thi đua').map((x) => x.code)).toEqual([
      'CSTDTQ',
      'CSTD_BO_TINH',
      'CSTDCS',
    ]);
    expect(resolveHonourCandidates('HC Hữu nghị').map((x) => x.code)).toEqual([
      'HC_HUU_NGHI',
      'HUY_CHUONG_HUU_NGHI',
    ]);
  });

  it('says why a text resolved', () => {
    const one = (t: string) => {
      const c = resolveHonourCandidates(t);
      expect(c).toHaveLength(1);
      return c[0];
    };
    expect(one('Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương')?.reason).toBe(
      'former-name',
    );
    expect(one('Xã, phường, đặc khu tiêu biểu')?.reason).toBe('later-name');
    expect(one('Chiến sĩ thi đua toàn quân')?.reason).toBe('armed-forces-name');
    expect(one('BKTTg')).toMatchObject({ code: 'BK_TTG', reason: 'alias', matched: 'BKTTg' });
    expect(one('Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn')).toMatchObject({
      code: 'BK_BO_TINH',
      reason: 'issuer',
      matched: 'Bằng khen của Bộ, ban, ngành, tỉnh',
    });
    expect(one('Chiến sĩ thi đua ngành Y tế')?.reason).toBe('pattern');
    expect(one('HCLD3')?.honour.nameVi).toBe('Huân chương Lao động hạng Ba');
    expect(resolveHonourCandidates('không có gì')).toEqual([]);
    expect(Object.isFrozen(resolveHonourCandidates('LĐTT'))).toBe(true);
  });

  it('agrees with resolveHonour on the whole spelling table', () => {
    for (const c of cases) {
      const cand = resolveHonourCandidates(c.text);
      const resolved = resolveHonour(c.text)?.code ?? null;
      if (resolved) expect(cand.map((x) => x.code)).toEqual([resolved]);
      else expect(cand.length === 0 || cand.length > 1, c.text).toBe(true);
    }
  });
});

describe('alias index', () => {
  it('is built once and maps no catalogue name to two entries', () => {
    const idx = aliasIndex();
    expect(aliasIndex()).toBe(idx);
    for (const [key, hits] of idx) {
      const reasons = new Set(hits.map((h) => h.reason));
      if (hits.length > 1) {
        expect(
          [...reasons].every((r) => r === 'family' || r === 'group'),
          `${key}: ${hits.map((h) => `${h.code}/${h.reason}`).join(', ')}`,
        ).toBe(true);
      }
    }
  });
});
