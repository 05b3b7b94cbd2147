// Details of parameter resolution and of how values read in labels and messages. Written for
// mutation testing (docs/quality.md): the law-derived cases check verdicts, these check the words.
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { defineProfile } from './profiles.js';
import {
  basisConfidence,
  fillTemplate,
  isRatio,
  percentText,
  ratioText,
  resolveParam,
  valueText,
  weaker,
} from './resolve.js';

const ENV = {
  regime: 'VN-2024' as const,
  paramDate: '2024-06-01',
  provisional: false,
  profile: undefined,
};

describe('confidence', () => {
  it('weaker: confirmed > plan-text > inference > secondary > unconfirmed, ties keep the first', () => {
    const order = ['confirmed', 'plan-text', 'inference', 'secondary', 'unconfirmed'] as const;
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        const a = order[i] as (typeof order)[number];
        const b = order[j] as (typeof order)[number];
        expect(weaker(a, b)).toBe(order[Math.max(i, j)]);
      }
    }
  });

  it('a list of citations is as sure as its weakest; no confidence counts as confirmed', () => {
    expect(basisConfidence([])).toBe('confirmed');
    expect(basisConfidence([{ instrument: 'a' }])).toBe('confirmed');
    expect(
      basisConfidence([
        { instrument: 'a', confidence: 'inference' },
        { instrument: 'b' },
        { instrument: 'c', confidence: 'secondary' },
        { instrument: 'd', confidence: 'confirmed' },
      ]),
    ).toBe('secondary');
  });
});

describe('resolveParam', () => {
  it('national values name their source', () => {
    const r = resolveParam(ENV, 'LDTT_NEW_HIRE_MIN_MONTHS');
    expect([r.value, r.source, r.use.source, r.use.value]).toEqual([6, 'national', 'national', 6]);
    expect(Object.isFrozen(r.use)).toBe(true);
    expect(
      resolveParam(
        { ...ENV, regime: 'VN-2017', paramDate: '2020-01-01' },
        'LDTT_NEW_HIRE_MIN_MONTHS',
      ).value,
    ).toBe(10);
  });

  it('a profile override holds from its date; before it, the national value', () => {
    const profile = defineProfile({
      id: 'bo-y',
      base: 'VN-2024',
      overrides: {
        LDTT_NEW_HIRE_MIN_MONTHS: [
          {
            from: '2024-07-01',
            value: 12,
            basis: [{ instrument: '1/2024/QĐ-Y' }],
            confidence: 'plan-text',
          },
        ],
      },
    });
    const after = resolveParam(
      { ...ENV, profile, paramDate: '2024-07-01' },
      'LDTT_NEW_HIRE_MIN_MONTHS',
    );
    expect([after.value, after.source, after.confidence]).toEqual([
      12,
      'profile:bo-y',
      'plan-text',
    ]);
    expect(after.use).toEqual({
      id: 'LDTT_NEW_HIRE_MIN_MONTHS',
      value: 12,
      confidence: 'plan-text',
      source: 'profile:bo-y',
    });
    const before = resolveParam(
      { ...ENV, profile, paramDate: '2024-06-30' },
      'LDTT_NEW_HIRE_MIN_MONTHS',
    );
    expect([before.value, before.source]).toEqual([6, 'national']);
    const other = resolveParam({ ...ENV, profile }, 'CSTDCS_INITIATIVE_MIN_COUNT');
    expect(other.source).toBe('national');
  });

  it('a parameter with no value on the date is an error that names it', () => {
    let e: unknown;
    try {
      resolveParam(
        { ...ENV, regime: 'VN-2017', paramDate: '1990-01-01' },
        'LDTT_NEW_HIRE_MIN_MONTHS',
      );
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(TdktError);
    const t = e as TdktError;
    expect(t.code).toBe('PARAMETER_UNRESOLVED');
    expect(t.issues[0]?.path).toEqual(['parameter', 'LDTT_NEW_HIRE_MIN_MONTHS']);
    expect(t.issues[0]?.message.vi).toBe(
      'Tham số LDTT_NEW_HIRE_MIN_MONTHS không có giá trị vào ngày 1990-01-01 (chế độ VN-2017)',
    );
    expect(t.issues[0]?.message.en).toBe(
      'Parameter LDTT_NEW_HIRE_MIN_MONTHS has no value on 1990-01-01 (regime VN-2017)',
    );
  });
});

describe('values in words', () => {
  it('isRatio needs a numeric numerator and denominator and a boolean strict', () => {
    expect(isRatio({ numerator: 7, denominator: 10, strict: false })).toBe(true);
    expect(isRatio({ numerator: '7', denominator: 10, strict: false })).toBe(false);
    expect(isRatio({ numerator: 7, denominator: '10', strict: false })).toBe(false);
    expect(isRatio({ numerator: 7, denominator: 10, strict: 'no' })).toBe(false);
    expect(isRatio({ numerator: 7, denominator: 10 })).toBe(false);
    expect(isRatio(null)).toBe(false);
    expect(isRatio('7/10')).toBe(false);
    expect(isRatio(7)).toBe(false);
  });

  it('percentages round half-up to one decimal, with a decimal comma in Vietnamese', () => {
    expect(percentText(7, 10)).toEqual({ vi: '70%', en: '70%' });
    expect(percentText(2, 3)).toEqual({ vi: '66,7%', en: '66.7%' });
    expect(percentText(1, 3)).toEqual({ vi: '33,3%', en: '33.3%' });
    expect(percentText(1, 16)).toEqual({ vi: '6,3%', en: '6.3%' }); // 6.25 → 6.3
    expect(percentText(1, 1)).toEqual({ vi: '100%', en: '100%' });
    expect(percentText(0, 5)).toEqual({ vi: '0%', en: '0%' });
  });

  it('ratio thresholds: "≥ 70%", "> 50%", and "100%" without a sign', () => {
    expect(ratioText({ numerator: 7, denominator: 10, strict: false })).toEqual({
      vi: '≥ 70%',
      en: '≥ 70%',
    });
    expect(ratioText({ numerator: 1, denominator: 2, strict: true })).toEqual({
      vi: '> 50%',
      en: '> 50%',
    });
    expect(ratioText({ numerator: 2, denominator: 3, strict: true })).toEqual({
      vi: '> 66,7%',
      en: '> 66.7%',
    });
    expect(ratioText({ numerator: 1, denominator: 1, strict: false })).toEqual({
      vi: '100%',
      en: '100%',
    });
    expect(ratioText({ numerator: 1, denominator: 1, strict: true })).toEqual({
      vi: '> 100%',
      en: '> 100%',
    });
    expect(ratioText({ numerator: 3, denominator: 3, strict: false })).toEqual({
      vi: '100%',
      en: '100%',
    });
  });

  it('each kind of value has its words', () => {
    const na = { vi: 'không áp dụng', en: 'not applicable' };
    expect(valueText(null)).toEqual(na);
    expect(valueText(undefined)).toEqual(na);
    expect(valueText(0)).toEqual({ vi: '0', en: '0' });
    expect(valueText(6)).toEqual({ vi: '6', en: '6' });
    expect(valueText({ numerator: 7, denominator: 10, strict: false })).toEqual({
      vi: '≥ 70%',
      en: '≥ 70%',
    });
    expect(valueText('HTTNV')).toEqual({
      vi: 'hoàn thành tốt nhiệm vụ',
      en: 'completed duties well (HTTNV)',
    });
    expect(valueText('canh-cao')).toEqual({ vi: 'cảnh cáo', en: 'warning' });
    expect(valueText('bo-tinh')).toEqual({ vi: 'Bộ, ngành, tỉnh', en: 'ministry or province' });
    expect(valueText('PERIODS_STARTING_AFTER_DECISION')).toEqual({
      vi: 'PERIODS_STARTING_AFTER_DECISION',
      en: 'PERIODS_STARTING_AFTER_DECISION',
    });
    expect(valueText(true)).toEqual({ vi: 'true', en: 'true' });
    expect(valueText({ numerator: 1 })).toEqual({ vi: '[object Object]', en: '[object Object]' });
  });

  it('templates: each placeholder filled in both languages, each parameter listed once', () => {
    const { message, params } = fillTemplate(ENV, {
      vi: 'Tuyển dụng từ {LDTT_NEW_HIRE_MIN_MONTHS} tháng ({LDTT_NEW_HIRE_MIN_MONTHS}); {CSTDCS_INITIATIVE_MIN_SCOPE}',
      en: 'Hired {LDTT_NEW_HIRE_MIN_MONTHS} months; {CSTDCS_INITIATIVE_MIN_SCOPE} scope',
    });
    expect(message).toEqual({
      vi: 'Tuyển dụng từ 6 tháng (6); cơ sở',
      en: 'Hired 6 months; base level scope',
    });
    expect(params.map((p) => p.id)).toEqual([
      'LDTT_NEW_HIRE_MIN_MONTHS',
      'CSTDCS_INITIATIVE_MIN_SCOPE',
    ]);
    expect(fillTemplate(ENV, { vi: 'không có', en: 'none' })).toEqual({
      message: { vi: 'không có', en: 'none' },
      params: [],
    });
  });
});
