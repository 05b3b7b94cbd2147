// Details of defineScoreSheet that the sheet tests leave open: the code and path of every
// malformed spec, the limits of ids and depth, and the descriptive fields kept on the sheet.
// Written to kill the mutants that survived mutation testing (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { defineScoreSheet } from './sheet.js';

/** Code and path of the TdktError thrown; both messages must be present and differ. */
function failure(spec: unknown): [string, readonly (string | number)[]] {
  try {
    defineScoreSheet(spec as never);
  } catch (e) {
    expect(e).toBeInstanceOf(TdktError);
    const { code, issues } = e as TdktError;
    const m = issues[0]!.message;
    expect(m.vi.length).toBeGreaterThan(5);
    expect(m.en.length).toBeGreaterThan(5);
    expect(m.vi).not.toBe(m.en);
    return [code, issues[0]!.path];
  }
  return expect.unreachable('expected a TdktError');
}

const one = (criterion: object) => ({ id: 'S', criteria: [{ id: 'A', max: 10, ...criterion }] });

describe('defineScoreSheet: malformed specs name their path', () => {
  it.each([
    ['criterion not an object', { id: 'S', criteria: [5] }, 'INVALID_INPUT', ['criteria', 0]],
    ['blank id', one({ id: ' ' }), 'INVALID_INPUT', ['criteria', 0, 'id']],
    ['id of 201 characters', one({ id: 'x'.repeat(201) }), 'INVALID_INPUT', ['criteria', 0, 'id']],
    ['id __proto__', one({ id: '__proto__' }), 'INVALID_INPUT', ['criteria', 0, 'id']],
    ['title not a string', one({ title: 5 }), 'INVALID_INPUT', ['criteria', 0, 'title']],
    ['titleEn not a string', one({ titleEn: 5 }), 'INVALID_INPUT', ['criteria', 0, 'titleEn']],
    ['note not a string', one({ note: 5 }), 'INVALID_INPUT', ['criteria', 0, 'note']],
    [
      'unknown confidence',
      one({ confidence: 'sure' }),
      'INVALID_INPUT',
      ['criteria', 0, 'confidence'],
    ],
    ['basis not an array', one({ basis: 'x' }), 'INVALID_INPUT', ['criteria', 0, 'basis']],
    [
      'citation without instrument',
      one({ basis: [{ instrument: '' }] }),
      'INVALID_INPUT',
      ['criteria', 0, 'basis', 0, 'instrument'],
    ],
    ['weight 0', one({ weight: 0 }), 'INVALID_INPUT', ['criteria', 0, 'weight']],
    ['children not an array', one({ children: 'x' }), 'INVALID_INPUT', ['criteria', 0, 'children']],
    [
      'group per occurrence',
      one({ children: [{ id: 'B', max: 5 }], perOccurrence: 1 }),
      'INVALID_INPUT',
      ['criteria', 0],
    ],
    [
      'group with tiers',
      one({ children: [{ id: 'B', max: 5 }], tiers: { X: 1 } }),
      'INVALID_INPUT',
      ['criteria', 0],
    ],
    [
      'per occurrence and tiers',
      one({ perOccurrence: 1, tiers: { X: 1 } }),
      'INVALID_INPUT',
      ['criteria', 0],
    ],
    [
      'per occurrence 0',
      one({ perOccurrence: 0 }),
      'INVALID_INPUT',
      ['criteria', 0, 'perOccurrence'],
    ],
    ['no tiers', one({ tiers: {} }), 'INVALID_INPUT', ['criteria', 0, 'tiers']],
    ['tiers as an array', one({ tiers: [] }), 'INVALID_INPUT', ['criteria', 0, 'tiers']],
    ['blank tier', one({ tiers: { ' ': 1 } }), 'INVALID_INPUT', ['criteria', 0, 'tiers', ' ']],
    ['negative tier', one({ tiers: { X: -1 } }), 'INVALID_INPUT', ['criteria', 0, 'tiers', 'X']],
    ['tier above max', one({ tiers: { X: 11 } }), 'SCORE_ABOVE_MAX', ['criteria', 0, 'tiers', 'X']],
    [
      'duplicate id',
      {
        id: 'S',
        criteria: [
          { id: 'A', max: 5 },
          { id: 'A', max: 5 },
        ],
      },
      'DUPLICATE_ID',
      ['criteria', 1, 'id'],
    ],
    ['max 0', one({ max: 0 }), 'INVALID_MAX', ['criteria', 0, 'max']],
    [
      'sheet title not a string',
      { id: 'S', title: 5, criteria: [{ id: 'A', max: 10 }] },
      'INVALID_INPUT',
      ['title'],
    ],
    [
      'sheet source not an array',
      { id: 'S', source: 'x', criteria: [{ id: 'A', max: 10 }] },
      'INVALID_INPUT',
      ['source'],
    ],
    [
      'sheet confidence unknown',
      { id: 'S', confidence: 'x', criteria: [{ id: 'A', max: 10 }] },
      'INVALID_INPUT',
      ['confidence'],
    ],
  ] as const)('%s', (_name, spec, code, path) => {
    expect(failure(spec)).toEqual([code, path]);
  });

  it('ids up to 200 characters, an empty children list is a leaf, 100 levels deep', () => {
    expect(defineScoreSheet(one({ id: 'x'.repeat(200) }) as never).leaves).toEqual([
      'x'.repeat(200),
    ]);
    expect(defineScoreSheet(one({ children: [] }) as never).criteria[0]).toMatchObject({
      kind: 'score',
    });
    const chain = (levels: number) => {
      let c: object = { id: 'L1', max: 10 };
      for (let i = 2; i <= levels; i++) c = { id: `L${i}`, max: 10, children: [c] };
      return { id: 'S', criteria: [c] };
    };
    expect(defineScoreSheet(chain(100) as never).leaves).toEqual(['L1']);
    expect(failure(chain(101))[0]).toBe('TREE_TOO_DEEP');
  });
});

describe('defineScoreSheet keeps the descriptive fields', () => {
  it('titles, note, confidence and citations of the sheet and of a criterion', () => {
    const s = defineScoreSheet({
      id: 'S',
      title: 'Bảng chấm điểm',
      titleEn: 'Score sheet',
      note: 'ghi chú',
      confidence: 'secondary',
      source: [{ instrument: '12/KH-UBND' }],
      criteria: [
        {
          id: 'A',
          max: 10,
          title: 'Tiêu chí',
          titleEn: 'Criterion',
          note: 'nn',
          confidence: 'confirmed',
          basis: [{ instrument: '06/2022/QH15', article: 24 }],
        },
      ],
    } as never);
    expect(s).toMatchObject({
      id: 'S',
      title: 'Bảng chấm điểm',
      titleEn: 'Score sheet',
      note: 'ghi chú',
      confidence: 'secondary',
      source: [{ instrument: '12/KH-UBND' }],
    });
    expect(s.criteria[0]).toEqual({
      id: 'A',
      title: 'Tiêu chí',
      titleEn: 'Criterion',
      note: 'nn',
      confidence: 'confirmed',
      basis: [{ instrument: '06/2022/QH15', article: 24 }],
      max: '10',
      weight: '1',
      kind: 'score',
      depth: 1,
    });
    const bare = defineScoreSheet(one({}) as never);
    expect(bare.criteria[0]).toEqual({ id: 'A', max: '10', weight: '1', kind: 'score', depth: 1 });
  });
});
