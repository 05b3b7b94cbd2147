/**
 * A small seeded pseudo-random generator for reproducible plans: a 32-bit string hash feeds a
 * mulberry32-style generator. Not for cryptography; only for drawing lots that anyone can
 * replay from the same seed.
 */

/**
 * 32-bit hash of a string (FNV-1a over UTF-16 code units, then an avalanche finaliser so that
 * near-identical strings give unrelated values).
 * @internal
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return avalanche(h);
}

/** Final mixing of a 32-bit value (the murmur3 finaliser constants). */
function avalanche(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A seeded generator of unsigned 32-bit integers and bounded integers.
 * @internal
 */
export interface Prng {
  /** Next unsigned 32-bit integer. */
  next(): number;
  /** A uniform-enough integer in `[0, bound)` (bound ≥ 1). */
  below(bound: number): number;
}

/**
 * A mulberry32-style generator started from a 32-bit state.
 * @internal
 */
export function prng(state: number): Prng {
  let a = state >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    next,
    below: (bound: number): number => Math.floor((next() / 4294967296) * bound),
  };
}

/**
 * The canonical text of a seed: numbers and their decimal strings are the same seed.
 * @internal
 */
export function seedText(seed: string | number): string {
  return typeof seed === 'number' ? String(seed) : seed;
}

/**
 * A generator for a seed and a purpose, so that two uses of one seed draw independent lots.
 * @internal
 */
export function seededPrng(seed: string | number, purpose: string): Prng {
  return prng(hash32(`${purpose}\u0000${seedText(seed)}`));
}

/**
 * A stable pseudo-random rank of an item under a seed: independent of the order of the input,
 * so the same set of units gives the same draw however it is listed.
 * @internal
 */
export function seededRank(seed: string | number, purpose: string, item: string): number {
  return hash32(`${purpose}\u0000${seedText(seed)}\u0000${item}`);
}

/**
 * Fisher–Yates shuffle of a copy.
 * @internal
 */
export function shuffled<T>(items: readonly T[], rng: Prng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const t = out[i] as T;
    out[i] = out[j] as T;
    out[j] = t;
  }
  return out;
}
