/**
 * Text normalisation for Vietnamese: NFC, old/new tone placement, accent folding.
 * Used by the alias resolver and every text comparison in the library.
 */

// Old-style tone placement ("hoá", "thuỷ", "quý" is not affected) → new style ("hóa", "thủy").
// Applied after NFC on lower-case text: the tone moves from the second vowel of oa/oe/uy to
// the first when the syllable ends there.
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

function moveTone(text: string): string {
  // Work in NFD so a tone is one combining mark after its base letter.
  const nfd = text.normalize('NFD');
  // "qu" is a consonant: "quý" keeps its tone on y.
  const re = /(?<![qQ])([oO])([aAeE])(\u0301|\u0300|\u0309|\u0303|\u0323)(?!\p{L}|\p{M})/gu;
  const re2 = /(?<![qQ])([uU])([yY])(\u0301|\u0300|\u0309|\u0303|\u0323)(?!\p{L}|\p{M})/gu;
  return nfd
    .replace(re, (_m, a: string, b: string, t: string) => `${a}${t}${b}`)
    .replace(re2, (_m, a: string, b: string, t: string) => `${a}${t}${b}`)
    .normalize('NFC');
}

/**
 * NFC + trim + collapse inner whitespace. Keeps case and diacritics.
 * @internal
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Lower-case NFC with new-style tone placement and "sỹ" → "sĩ"; quotes stripped, whitespace
 * collapsed. Diacritics are kept.
 * @internal
 */
export function normalizeVietnamese(text: string): string {
  const lower = cleanText(text).toLocaleLowerCase('vi');
  return moveTone(lower)
    .replace(/["'“”‘’«»„`]/gu, '')
    .replace(/sỹ/gu, 'sĩ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Remove every diacritic and map đ/Đ to d/D (NFD does not decompose đ).
 * @internal
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .normalize('NFC');
}

/** @internal */
export const TONE_MARKS: readonly string[] = TONES;
