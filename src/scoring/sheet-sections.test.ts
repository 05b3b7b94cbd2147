// Bonus/deduction sections ("điểm thưởng", "điểm trừ"), exclusive groups, bands ("xếp loại")
// and the sheet-level options of defineScoreSheet: the exact code, path and wording of every
// error a TĐKT officer would read, and the exact shape of the compiled sheet. Every sheet is
// defined inside its test (a sheet built at import time is not attributed to a test by the
// mutation run). Written to kill the mutants that survived mutation testing (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { scoreUnit } from './score-unit.js';
import { defineScoreSheet } from './sheet.js';

interface Failure {
  code: string;
  path: readonly (string | number)[];
  vi: string;
  en: string;
}

/** The first issue of the TdktError thrown by defineScoreSheet(spec). */
function failure(spec: unknown): Failure {
  try {
    defineScoreSheet(spec as never);
  } catch (e) {
    expect(e).toBeInstanceOf(TdktError);
    const { code, issues } = e as TdktError;
    const issue = issues[0]!;
    return { code, path: issue.path, vi: issue.message.vi, en: issue.message.en };
  }
  return expect.unreachable('expected a TdktError');
}

const base = { id: 'S', criteria: [{ id: 'A', max: 100 }] };
const withBonus = (bonus: unknown) => ({ ...base, bonus });
const item = (extra: object) => withBonus({ items: [{ id: 'P', points: 2, ...extra }] });
const withBands = (bands: unknown, extra: object = {}) => ({ ...base, bands, ...extra });

describe('bonus and deduction sections: errors', () => {
  it('a section that is not an object', () => {
    expect(failure(withBonus(5))).toEqual({
      code: 'INVALID_INPUT',
      path: ['bonus'],
      vi: 'Mục điểm thưởng/điểm trừ phải là một đối tượng, nhận được 5',
      en: 'A bonus/deduction section must be an object, got 5',
    });
    expect(failure({ ...base, deduction: 'x' }).path).toEqual(['deduction']);
  });

  it('items that are not an array, an item that is not an object', () => {
    expect(failure(withBonus({ items: 'P' }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['bonus', 'items'],
      vi: 'Danh sách mục phải là một mảng',
      en: 'Items must be an array',
    });
    expect(failure(withBonus({ items: [5] }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['bonus', 'items', 0],
      vi: 'Mục phải là một đối tượng',
      en: 'An item must be an object',
    });
    expect(failure({ ...base, deduction: { items: [{ id: 'D', points: 1 }, null] } }).path).toEqual(
      ['deduction', 'items', 1],
    );
  });

  it('section cap and allowFreeform are checked at their own path', () => {
    expect(failure(withBonus({ max: -1 }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['bonus', 'max'],
      en: 'Value may not be negative, got -1',
    });
    expect(failure(withBonus({ allowFreeform: 'yes' }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['bonus', 'allowFreeform'],
      vi: 'Cần true hoặc false, nhận được "yes"',
      en: 'Expected true or false, got "yes"',
    });
  });

  it('item id blank, and a repeated item id', () => {
    expect(failure(item({ id: '' }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['bonus', 'items', 0, 'id'],
      en: 'Item id: expected an id (a non-empty string of at most 200 characters), got ""',
    });
    expect(
      failure(
        withBonus({
          items: [
            { id: 'P', points: 2 },
            { id: 'P', points: 3 },
          ],
        }),
      ),
    ).toEqual({
      code: 'DUPLICATE_ID',
      path: ['bonus', 'items', 1, 'id'],
      vi: 'Mã mục "P" bị trùng',
      en: 'Item id "P" is duplicated',
    });
  });

  it('item cap ≤ 0, negative points, bad tiers, bad group, bad basis', () => {
    expect(failure(item({ max: 0 }))).toMatchObject({
      code: 'INVALID_MAX',
      path: ['bonus', 'items', 0, 'max'],
    });
    expect(failure(item({ points: -1 }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['bonus', 'items', 0, 'points'],
    });
    expect(failure(item({ points: undefined, tiers: {} }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['bonus', 'items', 0, 'tiers'],
    });
    expect(failure(item({ exclusiveGroup: '' }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['bonus', 'items', 0, 'exclusiveGroup'],
      en: 'Group: expected an id (a non-empty string of at most 200 characters), got ""',
    });
    expect(failure(item({ basis: [{}] }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['bonus', 'items', 0, 'basis', 0, 'instrument'],
      vi: 'Trích dẫn cần số văn bản (instrument), nhận được undefined',
      en: 'A citation needs an instrument number, got undefined',
    });
    expect(failure(item({ confidence: 'sure' }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['bonus', 'items', 0, 'confidence'],
      vi: 'Mức tin cậy không hợp lệ: "sure"',
      en: 'Invalid confidence: "sure" (allowed: confirmed, secondary, unconfirmed, inference, plan-text)',
    });
  });

  it('an item gives points or tiers: exactly one of them', () => {
    expect(failure(item({ tiers: { X: 1 } }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['bonus', 'items', 0],
      vi: 'Chỉ chọn một trong points và tiers',
      en: 'Give points or tiers, not both',
    });
    expect(failure(item({ points: undefined }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['bonus', 'items', 0],
      vi: 'Mục cần points hoặc tiers',
      en: 'An item needs points or tiers',
    });
  });

  it('a citation must be an object with a non-blank instrument, article and clause ≥ 1', () => {
    const at = ['bonus', 'items', 0, 'basis', 0];
    for (const c of [5, null]) expect(failure(item({ basis: [c] })).path).toEqual(at);
    for (const [c, field] of [
      [{ instrument: 5 }, 'instrument'],
      [{ instrument: '' }, 'instrument'],
      [{ instrument: '  ' }, 'instrument'],
      [{ instrument: '06/2022/QH15', article: 0 }, 'article'],
      [{ instrument: '06/2022/QH15', article: '24' }, 'article'],
      [{ instrument: '06/2022/QH15', clause: 1.5 }, 'clause'],
      [{ instrument: '06/2022/QH15', note: 5 }, 'note'],
      [{ instrument: '06/2022/QH15', confidence: 'sure' }, 'confidence'],
    ] as const) {
      expect(failure(item({ basis: [c] })).path).toEqual([...at, field]);
    }
  });

  it('a citation keeps its known fields only, frozen', () => {
    const s = defineScoreSheet({
      id: 's',
      criteria: [{ id: 'a', max: 10 }],
      source: [
        { instrument: '06/2022/QH15', article: 24, clause: 1, point: 'a', extra: 1 } as never,
      ],
    });
    expect(s.source).toEqual([{ instrument: '06/2022/QH15', article: 24, clause: 1, point: 'a' }]);
    expect(Object.isFrozen(s.source?.[0])).toBe(true);
  });
});

describe('bonus and deduction sections: the compiled sheet', () => {
  it('keeps exactly the fields given, as decimal strings', () => {
    const s = defineScoreSheet({
      ...base,
      bonus: {
        max: 5,
        allowFreeform: false,
        items: [
          { id: 'P', points: 2 },
          {
            id: 'T',
            title: 'Bằng khen',
            tiers: { CP: 3, BO: 1.5 },
            max: 4,
            exclusiveGroup: 'KT',
            confidence: 'plan-text',
            basis: [{ instrument: '12/KH-UBND' }],
          },
          { id: 'Z', points: 0 },
        ],
      },
    } as never);
    expect(s.bonus).toStrictEqual({
      max: '5',
      items: [
        { id: 'P', points: '2' },
        {
          id: 'T',
          title: 'Bằng khen',
          confidence: 'plan-text',
          basis: [{ instrument: '12/KH-UBND' }],
          tiers: { CP: '3', BO: '1.5' },
          max: '4',
          exclusiveGroup: 'KT',
        },
        { id: 'Z', points: '0' },
      ],
      allowFreeform: false,
    });
    expect(Object.isFrozen(s.bonus)).toBe(true);
    expect(Object.isFrozen(s.bonus.items)).toBe(true);
  });

  it('a missing section: no items, free-form lines allowed, no cap', () => {
    const s = defineScoreSheet(base as never);
    expect(s.bonus).toStrictEqual({ items: [], allowFreeform: true });
    expect(s.deduction).toStrictEqual({ items: [], allowFreeform: true });
    const empty = defineScoreSheet({ ...base, deduction: { max: 0 } } as never);
    expect(empty.deduction).toStrictEqual({ max: '0', items: [], allowFreeform: true });
    // A free-form bonus line counts when the section is missing.
    const r = scoreUnit(s, {
      unit: 'U',
      scores: { A: 80 },
      bonuses: [{ points: 1.5, reason: 'Sáng kiến' }],
    } as never);
    expect(r.bonus).toBe('1.50');
    expect(r.total).toBe('81.50');
  });

  it('a criterion without descriptive fields has exactly its own keys', () => {
    const s = defineScoreSheet({ id: 'S', criteria: [{ id: 'A', max: 10 }] } as never);
    expect(Object.keys(s.criteria[0]!).sort()).toEqual(['depth', 'id', 'kind', 'max', 'weight']);
    expect(Object.keys(s).sort()).toEqual([
      'bandCheck',
      'bandOn',
      'bands',
      'bonus',
      'criteria',
      'deduction',
      'id',
      'leaves',
      'rounding',
      'scale',
    ]);
  });

  it('kinds of leaves: per-occurrence and tiered', () => {
    const s = defineScoreSheet({
      id: 'S',
      criteria: [
        { id: 'A', max: 10, perOccurrence: 2 },
        { id: 'B', max: 10, tiers: { X: 10, Y: 5 } },
      ],
    } as never);
    expect(s.criteria.map((c) => c.kind)).toEqual(['per-occurrence', 'tiered']);
  });
});

describe('exclusive groups ("không cộng dồn")', () => {
  const groupSheet = () =>
    defineScoreSheet({
      ...base,
      bonus: {
        items: [
          { id: 'BK_BO', points: 1, exclusiveGroup: 'KT' },
          { id: 'BK_CP', points: 3, exclusiveGroup: 'KT' },
          { id: 'SK', points: 2 },
        ],
      },
    } as never);

  it('only the largest item of a group counts; items outside the group add up', () => {
    const r = scoreUnit(groupSheet(), {
      unit: 'U',
      scores: { A: 80 },
      bonuses: [{ item: 'BK_BO' }, { item: 'BK_CP' }, { item: 'SK' }],
    } as never);
    expect(r.bonus).toBe('5.00');
    expect(r.total).toBe('85.00');
    expect(r.notes).toEqual([
      {
        vi: 'điểm thưởng nhóm "KT" không cộng dồn: chỉ tính mục lớn nhất "BK_CP"',
        en: 'bonus group "KT" does not stack: only the largest item "BK_CP" counts',
      },
    ]);
  });

  it('without groups every item adds up', () => {
    const s = defineScoreSheet({
      ...base,
      bonus: {
        items: [
          { id: 'BK_BO', points: 1 },
          { id: 'BK_CP', points: 3 },
        ],
      },
    } as never);
    const r = scoreUnit(s, {
      unit: 'U',
      scores: { A: 80 },
      bonuses: [{ item: 'BK_BO' }, { item: 'BK_CP' }],
    } as never);
    expect(r.bonus).toBe('4.00');
    expect(r.notes).toEqual([]);
  });
});

describe('bands ("xếp loại"): errors', () => {
  it('bands that are not an array, a band that is not an object', () => {
    expect(failure(withBands({}))).toEqual({
      code: 'INVALID_INPUT',
      path: ['bands'],
      vi: 'Xếp loại phải là một mảng',
      en: 'Bands must be an array',
    });
    expect(failure(withBands([{ code: 'A', min: 0 }, 5]))).toEqual({
      code: 'INVALID_INPUT',
      path: ['bands', 1],
      vi: 'Xếp loại phải là một đối tượng',
      en: 'A band must be an object',
    });
  });

  it('code, title, min, max, includeMin, includeMax at their own path', () => {
    expect(failure(withBands([{ code: ' ', min: 0 }]))).toMatchObject({
      path: ['bands', 0, 'code'],
      en: 'Band code: expected an id (a non-empty string of at most 200 characters), got " "',
    });
    expect(failure(withBands([{ code: 'A', min: 0, title: 5 }])).path).toEqual([
      'bands',
      0,
      'title',
    ]);
    expect(failure(withBands([{ code: 'A', min: 'x' }]))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['bands', 0, 'min'],
    });
    expect(failure(withBands([{ code: 'A', min: 0, max: 'x' }]))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['bands', 0, 'max'],
    });
    expect(failure(withBands([{ code: 'A', min: 0, includeMin: 1 }])).path).toEqual([
      'bands',
      0,
      'includeMin',
    ]);
    expect(failure(withBands([{ code: 'A', min: 0, includeMax: 'no' }])).path).toEqual([
      'bands',
      0,
      'includeMax',
    ]);
  });

  it('a repeated band code', () => {
    expect(
      failure(
        withBands([
          { code: 'TOT', min: 70, max: 90 },
          { code: 'TOT', min: 90 },
        ]),
      ),
    ).toEqual({
      code: 'DUPLICATE_ID',
      path: ['bands', 1, 'code'],
      vi: 'Mã xếp loại "TOT" bị trùng',
      en: 'Band code "TOT" is duplicated',
    });
  });

  it('an empty band: max below min, or max = min unless both ends are included', () => {
    expect(failure(withBands([{ code: 'KHA', min: 70, max: 50 }]))).toEqual({
      code: 'INVALID_BANDS',
      path: ['bands', 0],
      vi: 'Xếp loại "KHA" rỗng: cận dưới 70, cận trên 50',
      en: 'Band "KHA" is empty: min 70, max 50',
    });
    expect(failure(withBands([{ code: 'KHA', min: 70, max: 70 }])).code).toBe('INVALID_BANDS');
    expect(
      failure(withBands([{ code: 'KHA', min: 70, max: 70, includeMax: true, includeMin: false }]))
        .code,
    ).toBe('INVALID_BANDS');
    // [70, 70]: a single score, allowed.
    const s = defineScoreSheet(
      withBands([{ code: 'KHA', min: 70, max: 70, includeMax: true }]) as never,
    );
    expect(s.bands).toStrictEqual([
      { code: 'KHA', min: '70', max: '70', includeMin: true, includeMax: true },
    ]);
  });

  it('overlapping bands, with both codes in the message', () => {
    expect(
      failure(
        withBands([
          { code: 'KHA', min: 70, max: 90, includeMax: true },
          { code: 'TOT', min: 90 },
        ]),
      ),
    ).toEqual({
      code: 'BAND_OVERLAP',
      path: ['bands'],
      vi: 'Xếp loại "KHA" và "TOT" chồng lên nhau',
      en: 'Bands "KHA" and "TOT" overlap',
    });
    // An open-ended band followed by another overlaps it.
    expect(
      failure(
        withBands([
          { code: 'KHA', min: 70 },
          { code: 'TOT', min: 90 },
        ]),
      ).code,
    ).toBe('BAND_OVERLAP');
    // 85 lies inside [70, 90).
    expect(
      failure(
        withBands([
          { code: 'KHA', min: 70, max: 90 },
          { code: 'TOT', min: 85 },
        ]),
      ).code,
    ).toBe('BAND_OVERLAP');
  });

  it('gaps: reported only with bandCheck "strict", with both bounds in the message', () => {
    const gap = [
      { code: 'KHA', min: 50, max: 70 },
      { code: 'TOT', min: 80 },
    ];
    expect(failure(withBands(gap, { bandCheck: 'strict' }))).toEqual({
      code: 'BAND_GAP',
      path: ['bands'],
      vi: 'Có khoảng trống giữa xếp loại "KHA" (đến 70) và "TOT" (từ 80)',
      en: 'Gap between bands "KHA" (up to 70) and "TOT" (from 80)',
    });
    expect(defineScoreSheet(withBands(gap) as never).bands).toHaveLength(2);
    // (…, 70) then (70, …): 70 itself falls in no band.
    const open = [
      { code: 'KHA', min: 50, max: 70 },
      { code: 'TOT', min: 70, includeMin: false },
    ];
    expect(failure(withBands(open, { bandCheck: 'strict' })).code).toBe('BAND_GAP');
    // bandCheck "none" accepts even an overlap.
    const overlap = [
      { code: 'KHA', min: 50 },
      { code: 'TOT', min: 70 },
    ];
    expect(defineScoreSheet(withBands(overlap, { bandCheck: 'none' }) as never).bandCheck).toBe(
      'none',
    );
  });

  it('contiguous bands pass "strict" whichever end holds the boundary, in any order', () => {
    const ok = (bands: unknown) =>
      defineScoreSheet(withBands(bands, { bandCheck: 'strict' }) as never).bands.map((b) => b.code);
    // [50, 70) [70, …)
    expect(
      ok([
        { code: 'TOT', min: 70 },
        { code: 'KHA', min: 50, max: 70 },
      ]),
    ).toEqual(['TOT', 'KHA']);
    // [50, 70] (70, …)
    expect(
      ok([
        { code: 'KHA', min: 50, max: 70, includeMax: true },
        { code: 'TOT', min: 70, includeMin: false },
      ]),
    ).toEqual(['KHA', 'TOT']);
    // Same lower bound 70: the point band [70, 70] sorts before (70, …).
    expect(
      ok([
        { code: 'TREN', min: 70, includeMin: false },
        { code: 'DUNG', min: 70, max: 70, includeMax: true },
        { code: 'DUOI', min: 0, max: 70 },
      ]),
    ).toEqual(['TREN', 'DUNG', 'DUOI']);
  });

  it('the compiled bands keep exactly their fields', () => {
    const s = defineScoreSheet(
      withBands([
        { code: 'HT', min: 50, max: 70, title: 'Hoàn thành' },
        { code: 'TOT', min: 70 },
      ]) as never,
    );
    expect(s.bands).toStrictEqual([
      {
        code: 'HT',
        title: 'Hoàn thành',
        min: '50',
        max: '70',
        includeMin: true,
        includeMax: false,
      },
      { code: 'TOT', min: '70', includeMin: true, includeMax: false },
    ]);
  });
});

describe('sheet-level options: errors', () => {
  it('a spec that is not an object, a missing id', () => {
    expect(failure(5)).toEqual({
      code: 'INVALID_INPUT',
      path: [],
      vi: 'Bảng điểm phải là một đối tượng, nhận được 5',
      en: 'A score sheet must be an object, got 5',
    });
    expect(failure({ criteria: base.criteria })).toMatchObject({
      path: ['id'],
      en: 'Sheet id: expected an id (a non-empty string of at most 200 characters), got undefined',
    });
  });

  it('scale: an integer from 0 to 20', () => {
    expect(failure({ ...base, scale: 21 })).toEqual({
      code: 'INVALID_INPUT',
      path: ['scale'],
      vi: 'Số chữ số thập phân (scale) phải là số nguyên từ 0 đến 20, nhận được 21',
      en: 'Scale must be an integer from 0 to 20, got 21',
    });
    for (const scale of [-1, 1.5, '2']) {
      expect(failure({ ...base, scale }).path).toEqual(['scale']);
    }
    expect(defineScoreSheet({ ...base, scale: 20 } as never).scale).toBe(20);
    expect(defineScoreSheet({ ...base, scale: 0 } as never).scale).toBe(0);
  });

  it('rounding, bandCheck and bandOn', () => {
    expect(failure({ ...base, rounding: 'up-ish' }).path).toEqual(['rounding']);
    expect(failure({ ...base, bandCheck: 'loose' })).toEqual({
      code: 'INVALID_INPUT',
      path: ['bandCheck'],
      vi: 'bandCheck không hợp lệ: "loose"',
      en: 'Invalid bandCheck: "loose" (allowed: no-overlap, strict, none)',
    });
    expect(failure({ ...base, bandOn: 'bonus' })).toEqual({
      code: 'INVALID_INPUT',
      path: ['bandOn'],
      vi: 'bandOn không hợp lệ: "bonus"',
      en: 'Invalid bandOn: "bonus" (allowed: total, base)',
    });
    const s = defineScoreSheet({ ...base, bandCheck: 'strict', bandOn: 'base' } as never);
    expect([s.bandCheck, s.bandOn]).toEqual(['strict', 'base']);
  });

  it('a sheet maximum ≤ 0, no criteria, criteria above the sheet maximum', () => {
    expect(failure({ ...base, max: 0 })).toMatchObject({ code: 'INVALID_MAX', path: ['max'] });
    expect(failure({ id: 'S', criteria: [] })).toEqual({
      code: 'EMPTY_SHEET',
      path: ['criteria'],
      vi: 'Bảng điểm cần ít nhất một tiêu chí',
      en: 'A score sheet needs at least one criterion',
    });
    expect(
      failure({
        id: 'S',
        max: 100,
        criteria: [
          { id: 'I', max: 60 },
          { id: 'II', max: 50.5 },
        ],
      }),
    ).toEqual({
      code: 'MAX_EXCEEDS_PARENT',
      path: ['criteria'],
      vi: 'Tổng điểm tối đa của các tiêu chí (110.5) vượt quá điểm tối đa của bảng (100)',
      en: "Sum of the criteria's maxima (110.5) exceeds the sheet's maximum (100)",
    });
    const exact = defineScoreSheet({
      id: 'S',
      max: 100,
      criteria: [
        { id: 'I', max: 60 },
        { id: 'II', max: 40 },
      ],
    } as never);
    expect(exact.max).toBe('100');
  });

  it('a criterion that contains itself is a cycle', () => {
    const a: { id: string; max: number; children?: unknown[] } = { id: 'A', max: 10 };
    a.children = [a];
    expect(failure({ id: 'S', criteria: [a] })).toEqual({
      code: 'INVALID_INPUT',
      path: ['criteria', 0, 'children', 0],
      vi: 'Cây tiêu chí có vòng lặp',
      en: 'The criteria tree has a cycle',
    });
  });

  it('a tier key that is not an id', () => {
    expect(failure({ id: 'S', criteria: [{ id: 'A', max: 10, tiers: { ' ': 1 } }] })).toMatchObject(
      {
        path: ['criteria', 0, 'tiers', ' '],
        en: 'Tier: expected an id (a non-empty string of at most 200 characters), got " "',
      },
    );
    expect(failure({ id: 'S', criteria: [{ id: ' ', max: 10 }] }).en).toBe(
      'Criterion id: expected an id (a non-empty string of at most 200 characters), got " "',
    );
  });
});
