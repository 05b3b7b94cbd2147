import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { scoreUnit } from './score-unit.js';
import { defineScoreSheet } from './sheet.js';
import type { ScoreSheetSpec } from './types.js';

function error(fn: () => unknown): TdktError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

/** A four-level tree in the numbering of Vietnamese sheets: I / 1 / a / -. */
const FOUR_LEVELS: ScoreSheetSpec = {
  id: 'FOUR',
  max: 100,
  criteria: [
    {
      id: 'I',
      title: 'Thực hiện nhiệm vụ chính trị',
      max: 60,
      children: [
        {
          id: 'I.1',
          max: 40,
          children: [
            {
              id: 'I.1.a',
              max: 25,
              children: [
                { id: 'I.1.a.-1', max: 15 },
                { id: 'I.1.a.-2', max: 10 },
              ],
            },
            { id: 'I.1.b', max: 15 },
          ],
        },
        { id: 'I.2', max: 20 },
      ],
    },
    {
      id: 'II',
      max: 40,
      children: [
        { id: 'II.1', max: 25 },
        { id: 'II.2', max: 15 },
      ],
    },
  ],
};

describe('defineScoreSheet', () => {
  it('validates and freezes a four-level tree', () => {
    const s = defineScoreSheet(FOUR_LEVELS);
    expect(s.leaves).toEqual(['I.1.a.-1', 'I.1.a.-2', 'I.1.b', 'I.2', 'II.1', 'II.2']);
    expect(s.criteria[0]?.children?.[0]?.children?.[0]?.children?.[1]).toMatchObject({
      id: 'I.1.a.-2',
      max: '10',
      depth: 4,
      kind: 'score',
      weight: '1',
    });
    expect(s.scale).toBe(2);
    expect(s.rounding).toBe('half-up');
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.criteria[0]?.children)).toBe(true);
    const u = scoreUnit(s, {
      unit: 'U',
      scores: {
        'I.1.a.-1': 14.5,
        'I.1.a.-2': '9.25',
        'I.1.b': 15,
        'I.2': 18,
        'II.1': 25,
        'II.2': 15,
      },
    });
    expect(u.criteria).toHaveProperty(['I.1.a'], '23.75');
    expect(u.criteria).toHaveProperty(['I.1'], '38.75');
    expect(u.criteria).toHaveProperty(['I'], '56.75');
    expect(u.groups).toEqual({ I: '56.75', II: '40.00' });
    expect(u.total).toBe('96.75');
  });

  it('a defined sheet can be serialised and defined again', () => {
    const s = defineScoreSheet(FOUR_LEVELS);
    const again = defineScoreSheet(JSON.parse(JSON.stringify(s)));
    expect(again).toEqual(s);
  });

  it("children's maxima may not exceed the parent's", () => {
    const e = error(() =>
      defineScoreSheet({
        id: 'X',
        criteria: [
          {
            id: 'G',
            max: 15,
            children: [
              { id: 'a', max: 7.5 },
              { id: 'b', max: '7.51' },
            ],
          },
        ],
      }),
    );
    expect(e.code).toBe('MAX_EXCEEDS_PARENT');
    expect(e.issues[0]?.path).toEqual(['criteria', 0, 'children']);
    expect(e.issues[0]?.message.en).toBe(
      `Sum of the children's maxima (15.01) exceeds the maximum of "G" (15)`,
    );
    expect(e.issues[0]?.message.vi).toContain('vượt quá');
    // equal is fine, and so is less
    expect(() =>
      defineScoreSheet({
        id: 'X',
        criteria: [{ id: 'G', max: 15, children: [{ id: 'a', max: 15 }] }],
      }),
    ).not.toThrow();
    expect(
      error(() => defineScoreSheet({ id: 'X', max: 10, criteria: [{ id: 'a', max: 11 }] })).code,
    ).toBe('MAX_EXCEEDS_PARENT');
  });

  it('weights count in the parent sum', () => {
    const s = defineScoreSheet({
      id: 'W',
      criteria: [
        {
          id: 'G',
          max: 10,
          children: [
            { id: 'a', max: 10, weight: '0.3' },
            { id: 'b', max: 10, weight: 0.7 },
          ],
        },
      ],
    });
    const u = scoreUnit(s, { unit: 'U', scores: { a: 9, b: 7 } });
    expect(u.criteria).toEqual({ G: '7.60', a: '9.00', b: '7.00' });
    expect(u.total).toBe('7.60');
    expect(
      error(() =>
        defineScoreSheet({
          id: 'W',
          criteria: [{ id: 'G', max: 10, children: [{ id: 'a', max: 10, weight: 1.1 }] }],
        }),
      ).code,
    ).toBe('MAX_EXCEEDS_PARENT');
  });

  it('rejects duplicated ids, bad maxima and malformed specs with their path', () => {
    let e = error(() =>
      defineScoreSheet({
        id: 'X',
        criteria: [
          { id: 'a', max: 1 },
          { id: 'G', max: 2, children: [{ id: 'a', max: 1 }] },
        ],
      }),
    );
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.issues[0]?.path).toEqual(['criteria', 1, 'children', 0, 'id']);
    e = error(() => defineScoreSheet({ id: 'X', criteria: [{ id: 'a', max: 0 }] }));
    expect(e.code).toBe('INVALID_MAX');
    expect(e.issues[0]?.path).toEqual(['criteria', 0, 'max']);
    expect(error(() => defineScoreSheet({ id: 'X', criteria: [{ id: 'a', max: -5 }] })).code).toBe(
      'INVALID_MAX',
    );
    e = error(() => defineScoreSheet({ id: 'X', criteria: [{ id: 'a', max: '9,5' }] }));
    expect(e.code).toBe('INVALID_NUMBER');
    expect(e.issues[0]?.message.en).toContain('decimal comma');
    expect(error(() => defineScoreSheet({ id: 'X', criteria: [] })).code).toBe('EMPTY_SHEET');
    expect(error(() => defineScoreSheet({ id: '', criteria: [{ id: 'a', max: 1 }] })).code).toBe(
      'INVALID_INPUT',
    );
    expect(error(() => defineScoreSheet(null as never)).code).toBe('INVALID_INPUT');
    expect(
      error(() => defineScoreSheet({ id: 'X', criteria: [{ id: 'a', max: 1 }], scale: 2.5 })).code,
    ).toBe('INVALID_INPUT');
    expect(
      error(() =>
        defineScoreSheet({ id: 'X', criteria: [{ id: 'a', max: 1, tiers: { nhat: 2 } }] }),
      ).code,
    ).toBe('SCORE_ABOVE_MAX');
    expect(
      error(() =>
        defineScoreSheet({
          id: 'X',
          criteria: [{ id: 'a', max: 1, perOccurrence: 1, children: [{ id: 'b', max: 1 }] }],
        }),
      ).code,
    ).toBe('INVALID_INPUT');
  });

  it('detects a cyclic tree', () => {
    const g: { id: string; max: number; children: unknown[] } = { id: 'G', max: 10, children: [] };
    g.children.push(g);
    expect(error(() => defineScoreSheet({ id: 'X', criteria: [g as never] })).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('bands: overlaps are errors; gaps only when strict', () => {
    let e = error(() =>
      defineScoreSheet({
        id: 'B',
        criteria: [{ id: 'a', max: 100 }],
        bands: [
          { code: 'TT', min: 70, max: 90, includeMax: true },
          { code: 'XS', min: 90, max: 100, includeMax: true },
        ],
      }),
    );
    expect(e.code).toBe('BAND_OVERLAP');
    expect(e.issues[0]?.path).toEqual(['bands']);
    // half-open bands touching at 90 are contiguous
    expect(() =>
      defineScoreSheet({
        id: 'B',
        criteria: [{ id: 'a', max: 100 }],
        bandCheck: 'strict',
        bands: [
          { code: 'TT', min: 70, max: 90 },
          { code: 'XS', min: 90, max: 100, includeMax: true },
        ],
      }),
    ).not.toThrow();
    // the labour form's 70–90 / 91–100 has a gap: allowed by default, an error when strict
    const labour = [
      { code: 'TTLDTT', min: 70, max: 90, includeMax: true },
      { code: 'TTLDXS', min: 91, max: 100, includeMax: true },
    ];
    expect(() =>
      defineScoreSheet({ id: 'B', criteria: [{ id: 'a', max: 100 }], bands: labour }),
    ).not.toThrow();
    e = error(() =>
      defineScoreSheet({
        id: 'B',
        criteria: [{ id: 'a', max: 100 }],
        bands: labour,
        bandCheck: 'strict',
      }),
    );
    expect(e.code).toBe('BAND_GAP');
    expect(e.issues[0]?.message.en).toBe(
      'Gap between bands "TTLDTT" (up to 90) and "TTLDXS" (from 91)',
    );
    // open-ended band below another overlaps
    expect(
      error(() =>
        defineScoreSheet({
          id: 'B',
          criteria: [{ id: 'a', max: 100 }],
          bands: [
            { code: 'A', min: 50 },
            { code: 'B', min: 80 },
          ],
        }),
      ).code,
    ).toBe('BAND_OVERLAP');
    expect(
      error(() =>
        defineScoreSheet({
          id: 'B',
          criteria: [{ id: 'a', max: 100 }],
          bands: [{ code: 'A', min: 50, max: 50 }],
        }),
      ).code,
    ).toBe('INVALID_BANDS');
    expect(
      error(() =>
        defineScoreSheet({
          id: 'B',
          criteria: [{ id: 'a', max: 100 }],
          bands: [
            { code: 'A', min: 1 },
            { code: 'A', min: 2 },
          ],
        }),
      ).code,
    ).toBe('DUPLICATE_ID');
    // with bandCheck 'none' overlaps are accepted and the first declared band wins
    const s = defineScoreSheet({
      id: 'B',
      criteria: [{ id: 'a', max: 100 }],
      bandCheck: 'none',
      bands: [
        { code: 'A', min: 50 },
        { code: 'B', min: 80 },
      ],
    });
    expect(scoreUnit(s, { unit: 'U', scores: { a: 90 } }).band).toBe('A');
  });

  it('adjustment sections validate their items', () => {
    expect(
      error(() =>
        defineScoreSheet({
          id: 'X',
          criteria: [{ id: 'a', max: 1 }],
          bonus: { items: [{ id: 'f' }] },
        }),
      ).code,
    ).toBe('INVALID_INPUT');
    expect(
      error(() =>
        defineScoreSheet({
          id: 'X',
          criteria: [{ id: 'a', max: 1 }],
          bonus: {
            items: [
              { id: 'f', points: 1 },
              { id: 'f', points: 2 },
            ],
          },
        }),
      ).code,
    ).toBe('DUPLICATE_ID');
    expect(
      error(() =>
        defineScoreSheet({ id: 'X', criteria: [{ id: 'a', max: 1 }], deduction: { max: -1 } }),
      ).code,
    ).toBe('INVALID_INPUT');
  });
});
