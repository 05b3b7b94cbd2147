import { describe, expect, it } from 'vitest';
import { cleanText, foldDiacritics, normalizeVietnamese } from '../../src/core/text.js';

describe('normalizeVietnamese', () => {
  it('old and new tone placement are equal', () => {
    expect(normalizeVietnamese('Gia đình văn hoá')).toBe(normalizeVietnamese('Gia đình văn hóa'));
    expect(normalizeVietnamese('Gia đình văn hoá')).toBe('gia đình văn hóa');
    expect(normalizeVietnamese('hoà bình')).toBe('hòa bình');
    expect(normalizeVietnamese('sức khoẻ')).toBe('sức khỏe');
    expect(normalizeVietnamese('thuỷ lợi')).toBe('thủy lợi');
    expect(normalizeVietnamese('Thuý')).toBe('thúy');
  });

  it('"qu" is a consonant: quý, quỳnh keep their tone', () => {
    expect(normalizeVietnamese('Quý')).toBe('quý');
    expect(normalizeVietnamese('quỳnh')).toBe('quỳnh');
  });

  it('a vowel pair followed by a letter keeps its tone (hoàn, khoảng)', () => {
    expect(normalizeVietnamese('Hoàn thành')).toBe('hoàn thành');
    expect(normalizeVietnamese('khoảng')).toBe('khoảng');
  });

  it('NFD input equals NFC input', () => {
    const nfd = 'Chiến sĩ thi đua cơ sở'.normalize('NFD');
    expect(nfd).not.toBe('Chiến sĩ thi đua cơ sở');
    expect(normalizeVietnamese(nfd)).toBe(normalizeVietnamese('Chiến sĩ thi đua cơ sở'));
    expect(normalizeVietnamese('Văn hoá'.normalize('NFD'))).toBe('văn hóa');
  });

  it("'sỹ' → 'sĩ'", () => {
    expect(normalizeVietnamese('Chiến sỹ thi đua')).toBe('chiến sĩ thi đua');
    expect(normalizeVietnamese('CHIẾN SỸ')).toBe('chiến sĩ');
  });

  it('quotes stripped, spaces collapsed, result is NFC', () => {
    expect(normalizeVietnamese('  “Lao   động tiên tiến”  ')).toBe('lao động tiên tiến');
    expect(normalizeVietnamese('"Tập thể lao động xuất sắc"')).toBe('tập thể lao động xuất sắc');
    const out = normalizeVietnamese('Hoá'.normalize('NFD'));
    expect(out).toBe(out.normalize('NFC'));
  });

  it('is idempotent', () => {
    for (const s of ['Gia đình văn hoá', 'Chiến sỹ', 'Thuỷ', 'quý', 'Bằng khen Thủ tướng']) {
      const once = normalizeVietnamese(s);
      expect(normalizeVietnamese(once)).toBe(once);
    }
  });
});

describe('foldDiacritics and cleanText', () => {
  it('folds every mark and đ', () => {
    expect(foldDiacritics('Đảng bộ')).toBe('Dang bo');
    expect(foldDiacritics('Chiến sĩ thi đua cơ sở')).toBe('Chien si thi dua co so');
    expect(foldDiacritics('Huân chương Lao động hạng Nhất'.normalize('NFD'))).toBe(
      'Huan chuong Lao dong hang Nhat',
    );
  });
  it('cleanText keeps case and marks', () => {
    expect(cleanText('  Giấy   khen \n')).toBe('Giấy khen');
    expect(cleanText('Hoá'.normalize('NFD'))).toBe('Hoá');
  });
});
