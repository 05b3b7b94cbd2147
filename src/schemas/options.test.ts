import { describe, expect, it } from 'vitest';
import { REGIMES } from '../law/regimes.js';
import {
  AssignCrossChecksOptionsSchema,
  CrossCheckUnitsSchema,
  EvaluateOptionsSchema,
  InspectionQuotaOptionsSchema,
  LunarDateSchema,
  PlanInspectionsOptionsSchema,
  RegimeIdSchema,
} from './options.js';
import { DecimalSchema, NonNegativeDecimalSchema, RatioSchema } from './primitives.js';
import {
  BandSpecSchema,
  CriterionSpecSchema,
  RankOptionsSchema,
  ScoreEntrySchema,
  ScoreSheetSpecSchema,
} from './scoring.js';
import { validate } from './validate.js';

function pathsOf(schema: Parameters<typeof validate>[0], input: unknown) {
  const r = validate(schema, input);
  return r.ok ? [] : r.issues.map((i) => i.path);
}

describe('decimals and ratios', () => {
  it.each(['97.5', '0', '+1', '-2.25', '.5', '5.', ' 1', '2 ', 0.1, -3, 1e21])(
    'decimal accepts %s',
    (v) => {
      expect(DecimalSchema.safeParse(v).success).toBe(true);
    },
  );
  it.each(['9,5', '1e3', '1 000', '', ' ', 'NaN', Number.NaN, Infinity, -Infinity, true, null])(
    'decimal rejects %s',
    (v) => {
      expect(DecimalSchema.safeParse(v).success).toBe(false);
    },
  );
  it('non-negative decimals', () => {
    expect(NonNegativeDecimalSchema.safeParse('0').success).toBe(true);
    expect(NonNegativeDecimalSchema.safeParse(0).success).toBe(true);
    expect(NonNegativeDecimalSchema.safeParse('-0.5').success).toBe(false);
    expect(NonNegativeDecimalSchema.safeParse('-0.00').success).toBe(true);
    expect(NonNegativeDecimalSchema.safeParse(-0.01).success).toBe(false);
  });
  it.each([
    '0',
    '0.3',
    '1',
    '1.000',
    '.15',
    '0%',
    '30%',
    '15.5%',
    '100%',
    '30 %',
    ' 0.3 ',
    0,
    0.3,
    1,
  ])('ratio accepts %s', (v) => {
    expect(RatioSchema.safeParse(v).success).toBe(true);
  });
  it.each(['1.01', '101%', '100.5%', '-0.1', '30%%', '0,3', 1.01, -0.1, '2'])(
    'ratio rejects %s',
    (v) => {
      expect(RatioSchema.safeParse(v).success).toBe(false);
    },
  );
});

describe('evaluate options', () => {
  it('accepts the API shape', () => {
    const o = {
      period: 2024,
      regime: 'VN-2024',
      asOf: '2025-01-15',
      includeProvisional: false,
      profile: { id: 'LS' },
    };
    expect(EvaluateOptionsSchema.parse(o)).toEqual(o);
    expect(EvaluateOptionsSchema.parse({ period: 2024 })).toEqual({ period: 2024 });
  });
  it('keeps the profile object as given (no copy)', () => {
    const profile = Object.freeze({ id: 'LS' });
    expect(EvaluateOptionsSchema.parse({ period: 2024, profile }).profile).toBe(profile);
  });
  it('the regime ids are exactly REGIMES', () => {
    expect(RegimeIdSchema.options).toEqual(REGIMES.map((r) => r.id));
    expect(RegimeIdSchema.safeParse('VN-2030').success).toBe(false);
  });
  it('reports each bad field', () => {
    expect(
      pathsOf(EvaluateOptionsSchema, {
        period: 2024.5,
        regime: 'VN-2030',
        asOf: '2025-02-29',
        includeProvisional: 'yes',
        profile: [],
        periode: 2024,
      }),
    ).toEqual([['period'], ['regime'], ['asOf'], ['includeProvisional'], ['profile'], ['periode']]);
    expect(pathsOf(EvaluateOptionsSchema, {})).toEqual([['period']]);
  });
});

describe('score sheets', () => {
  const sheet = {
    id: 'CUM-1',
    criteria: [
      {
        id: 'I',
        title: 'Nhiệm vụ chính trị',
        max: 60,
        children: [
          { id: 'I.1', max: '30' },
          { id: 'I.2', max: '30' },
        ],
      },
      { id: 'II', max: '40' },
    ],
    bonus: { max: 5 },
    deduction: { max: '10' },
    bands: [
      { code: 'XUAT_SAC', min: 90 },
      { code: 'TOT', min: '70', max: '90', includeMin: true, includeMax: false },
    ],
    scale: 2,
  };
  it('accepts the API shape', () => {
    expect(ScoreSheetSpecSchema.parse(sheet)).toEqual(sheet);
  });
  it('checks the recursive criteria at their path', () => {
    const bad = {
      ...sheet,
      criteria: [
        {
          id: 'I',
          max: 60,
          children: [{ id: 'I.1', max: '3,5', children: [{ id: '', max: 1, ghiChu: 'x' }] }],
        },
      ],
    };
    expect(pathsOf(ScoreSheetSpecSchema, bad)).toEqual([
      ['criteria', 0, 'children', 0, 'max'],
      ['criteria', 0, 'children', 0, 'children', 0, 'id'],
      ['criteria', 0, 'children', 0, 'children', 0, 'ghiChu'],
    ]);
    expect(CriterionSpecSchema.safeParse({ id: 'A' }).success).toBe(false);
  });
  it('rejects a bad scale, bands and bonus', () => {
    expect(pathsOf(ScoreSheetSpecSchema, { ...sheet, scale: 21 })).toEqual([['scale']]);
    expect(pathsOf(ScoreSheetSpecSchema, { ...sheet, bonus: { max: -1 } })).toEqual([
      ['bonus', 'max'],
    ]);
    expect(pathsOf(ScoreSheetSpecSchema, { ...sheet, bonus: { maximum: 1 } })).toEqual([
      ['bonus', 'maximum'],
    ]);
    expect(BandSpecSchema.safeParse({ code: 'A' }).success).toBe(false);
  });
  it('score entries', () => {
    const entry = {
      unit: 'SO-NV',
      scores: { 'I.1': '28.5', 'I.2': 30, II: '39' },
      bonuses: [{ points: 2, reason: 'x' }],
      deductions: [{ points: '0.5' }],
    };
    expect(ScoreEntrySchema.parse(entry)).toEqual(entry);
    expect(pathsOf(ScoreEntrySchema, { unit: 'A', scores: { 'I.1': -1, II: 'abc' } })).toEqual([
      ['scores', 'I.1'],
      ['scores', 'II'],
    ]);
    expect(pathsOf(ScoreEntrySchema, { unit: 'A', scores: {}, bonuses: [{ pts: 1 }] })).toEqual([
      ['bonuses', 0, 'pts'],
      ['bonuses', 0, 'points'],
    ]);
  });
  it('rank options', () => {
    expect(
      RankOptionsSchema.parse({ method: 'competition', tieBreakers: ['criterion:I', 'group:II'] }),
    ).toEqual({ method: 'competition', tieBreakers: ['criterion:I', 'group:II'] });
    expect(pathsOf(RankOptionsSchema, { method: 'olympic' })).toEqual([['method']]);
    expect(pathsOf(RankOptionsSchema, { tieBreakers: ['I', 'vote'] })).toEqual([
      ['tieBreakers', 0],
    ]);
    expect(pathsOf(RankOptionsSchema, { tieBreakers: ['vote'] })).toEqual([['votes']]);
  });
});

describe('inspection options', () => {
  it('inspectionQuota', () => {
    expect(InspectionQuotaOptionsSchema.parse({})).toEqual({});
    expect(InspectionQuotaOptionsSchema.parse({ ratio: '30%' })).toEqual({ ratio: '30%' });
    expect(pathsOf(InspectionQuotaOptionsSchema, { ratio: 1.5 })).toEqual([['ratio']]);
  });
  it('planInspections', () => {
    const o = {
      units: [{ id: 'A' }, { id: 'B', lastInspected: 2024 }],
      from: 2025,
      years: 3,
      ratio: 0.3,
      seed: 'x',
    };
    expect(PlanInspectionsOptionsSchema.parse(o)).toEqual(o);
    expect(
      pathsOf(PlanInspectionsOptionsSchema, {
        units: [{ id: 'A' }, { id: ' ' }],
        from: 2025,
        years: 101,
        ratio: '0',
      }),
    ).toEqual([['units', 1, 'id'], ['years'], ['ratio']]);
    expect(
      pathsOf(PlanInspectionsOptionsSchema, { units: [{ id: 'A' }, 'A'], from: 2025, years: 1 }),
    ).toEqual([['units', 1]]);
    expect(
      pathsOf(PlanInspectionsOptionsSchema, { units: [], from: 2025, years: 1, ratio: '0%' }),
    ).toEqual([['ratio']]);
    expect(
      pathsOf(PlanInspectionsOptionsSchema, { units: [], from: 2025, years: 1, ratio: '0.001' }),
    ).toEqual([]);
  });
  it('assignCrossChecks', () => {
    expect(AssignCrossChecksOptionsSchema.parse({ seed: 7 })).toEqual({ seed: 7 });
    expect(pathsOf(AssignCrossChecksOptionsSchema, { seed: Infinity })).toEqual([['seed']]);
    expect(pathsOf(CrossCheckUnitsSchema, ['A'])).toEqual([[]]);
    expect(pathsOf(CrossCheckUnitsSchema, ['A', 'B', 'A'])).toEqual([[2]]);
    expect(pathsOf(CrossCheckUnitsSchema, ['A', 'B'])).toEqual([]);
  });
});

describe('lunar dates', () => {
  it('accepts the fromLunar input', () => {
    expect(LunarDateSchema.parse({ year: 2025, month: 6, day: 30, leap: true })).toEqual({
      year: 2025,
      month: 6,
      day: 30,
      leap: true,
    });
  });
  it('rejects out-of-range parts', () => {
    expect(pathsOf(LunarDateSchema, { year: 2025, month: 0, day: 31 })).toEqual([
      ['month'],
      ['day'],
    ]);
    expect(pathsOf(LunarDateSchema, { year: 2025, month: 13, day: 0, leap: 1 })).toEqual([
      ['month'],
      ['day'],
      ['leap'],
    ]);
  });
});
