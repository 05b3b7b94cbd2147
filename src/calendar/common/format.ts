const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * A date the way Vietnamese plans write it in labels: `11/6/1948` (no leading zeros).
 * @internal
 */
export function dayMonthYearVi(day: number, month: number, year: number): string {
  return `${day}/${month}/${year}`;
}

/**
 * An English date: `11 June 1948`.
 * @internal
 */
export function dayMonthYearEn(day: number, month: number, year: number): string {
  return `${day} ${MONTHS_EN[month - 1] ?? String(month)} ${year}`;
}

/**
 * English ordinal: 1st, 2nd, 3rd, 11th, 73rd.
 * @internal
 */
export function ordinalEn(n: number): string {
  const mod100 = n % 100;
  const mod10 = n % 10;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  if (mod10 === 1) return `${n}st`;
  if (mod10 === 2) return `${n}nd`;
  if (mod10 === 3) return `${n}rd`;
  return `${n}th`;
}

/**
 * Roman numeral of a positive integer (I, IV, XI …), as in congress titles and "Quý III".
 * @internal
 */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * Parse a Roman numeral (I–MMM); `undefined` if it is not a canonical one.
 * @internal
 */
export function fromRoman(text: string): number | undefined {
  const upper = text.trim().toUpperCase();
  if (!/^[IVXLCDM]+$/.test(upper)) return undefined;
  let total = 0;
  let i = 0;
  for (const [value, letters] of ROMAN) {
    while (upper.startsWith(letters, i)) {
      total += value;
      i += letters.length;
    }
  }
  if (i !== upper.length || total === 0 || toRoman(total) !== upper) return undefined;
  return total;
}

/**
 * Upper-case the first letter (NFC-safe for Vietnamese).
 * @internal
 */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * Lower-case the first letter (NFC-safe for Vietnamese).
 * @internal
 */
export function decapitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
