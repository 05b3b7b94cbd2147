// One contract for citations wherever they come in: a profile's regulation, a score sheet's
// source, a plan target's basis, a parameter's dated value and formatCitation. A TĐKT officer
// who types "Điều 0" or "khoản 1,5" gets the same refusal, at the same field, from all of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listObservances } from '../../src/calendar/observances/observances.js';
import { listHonours } from '../../src/catalogue/honours.js';
import { TdktError } from '../../src/core/errors.js';
import { listRules } from '../../src/eligibility/engine.js';
import { defineProfile } from '../../src/eligibility/profiles.js';
import { checkPlanTargets } from '../../src/inspection/targets.js';
import { formatCitation } from '../../src/law/format-citation.js';
import { defineParameter } from '../../src/law/parameters.js';
import { getParameter, listParameters } from '../../src/law/params/index.js';
import {
  readCitation,
  readCitations,
  readOptionalConfidence,
} from '../../src/law/read-citation.js';
import { REGIMES } from '../../src/law/regimes.js';
import { CitationSchema } from '../../src/schemas/primitives.js';
import { defineScoreSheet } from '../../src/scoring/sheet.js';
import { caught } from '../support/caught.js';

/** Each entry point, given one citation, and the path under which it reports that citation. */
const ENTRY_POINTS: [string, string, (c: unknown) => unknown, (string | number)[]][] = [
  [
    'defineProfile (the regulation)',
    'INVALID_PROFILE',
    (c) => defineProfile({ id: 'p', base: 'VN-2024', basis: [c] } as never),
    ['spec', 'basis', 0],
  ],
  [
    'defineScoreSheet (the source)',
    'INVALID_INPUT',
    (c) => defineScoreSheet({ id: 's', criteria: [{ id: 'a', max: 10 }], source: [c] } as never),
    ['source', 0],
  ],
  [
    'checkPlanTargets (a target)',
    'INVALID_INPUT',
    (c) => checkPlanTargets({ targets: [{ metric: 'x', atLeast: 1, basis: [c] }] } as never, {}),
    ['plan', 'targets', 0, 'basis', 0],
  ],
  [
    'defineParameter (a dated value)',
    'INVALID_PARAMETER',
    (c) =>
      defineParameter({
        id: 'LOCAL_CAP',
        description: { vi: 'x', en: 'x' },
        unit: 'ratio',
        values: [{ from: '2024-01-01', value: '0.15', basis: [c], confidence: 'confirmed' }],
      } as never),
    ['parameter', 'LOCAL_CAP', 'values', 0, 'basis', 0],
  ],
  ['formatCitation', 'INVALID_INPUT', (c) => formatCitation(c as never), []],
];

// [what the officer typed, the citation, the field reported]
const TYPOS: [string, unknown, string | undefined][] = [
  ['not an object', 'Luật 06/2022/QH15', undefined],
  ['no instrument', { article: 24 }, 'instrument'],
  ['a blank instrument', { instrument: '  ' }, 'instrument'],
  ['Điều 0', { instrument: '06/2022/QH15', article: 0 }, 'article'],
  ['Điều -24', { instrument: '06/2022/QH15', article: -24 }, 'article'],
  ['Điều "24" as text', { instrument: '06/2022/QH15', article: '24' }, 'article'],
  ['khoản 1,5 (read as 1.5)', { instrument: '06/2022/QH15', article: 24, clause: 1.5 }, 'clause'],
  ['khoản NaN', { instrument: '06/2022/QH15', clause: Number.NaN }, 'clause'],
  ['điểm as a number', { instrument: '06/2022/QH15', point: 1 }, 'point'],
  ['a url that is not text', { instrument: '06/2022/QH15', url: {} }, 'url'],
  ['a note that is not text', { instrument: '06/2022/QH15', note: 5 }, 'note'],
  ['an unknown confidence', { instrument: '06/2022/QH15', confidence: 'chắc chắn' }, 'confidence'],
];

describe('a citation is checked the same way wherever it comes in', () => {
  for (const [where, code, call, at] of ENTRY_POINTS) {
    for (const [typo, citation, field] of TYPOS) {
      it(`${where}: ${typo} → ${code} at ${[...at, ...(field ? [field] : [])].join('.') || '(root)'}`, () => {
        const e = caught(() => call(citation));
        expect(e.code).toBe(code);
        expect(e.issues[0]?.path).toEqual(field ? [...at, field] : at);
        expect(e.issues[0]?.message.vi).not.toBe('');
        expect(e.issues[0]?.message.en).not.toBe('');
      });
    }
    it(`${where}: điểm a khoản 1 Điều 24 Luật 06/2022/QH15 is accepted`, () => {
      expect(() =>
        call({
          instrument: '06/2022/QH15',
          article: 24,
          clause: 1,
          point: 'a',
          confidence: 'confirmed',
        }),
      ).not.toThrow();
    });
  }

  it('messages name the field in both languages', () => {
    const article = caught(() => formatCitation({ instrument: '06/2022/QH15', article: 0 }));
    expect(article.issues[0]?.message).toEqual({
      vi: 'Điều phải là số nguyên dương, nhận được 0',
      en: 'article must be a positive integer, got 0',
    });
    const clause = caught(() => formatCitation({ instrument: '06/2022/QH15', clause: 1.5 }));
    expect(clause.issues[0]?.message).toEqual({
      vi: 'Khoản phải là số nguyên dương, nhận được 1.5',
      en: 'clause must be a positive integer, got 1.5',
    });
    const note = caught(() => formatCitation({ instrument: 'x', note: 5 } as never));
    expect(note.issues[0]?.message).toEqual({
      vi: 'Ghi chú (note) phải là chuỗi, nhận được 5',
      en: 'note must be a string, got 5',
    });
  });

  it('a basis that is not an array, and an unknown confidence, say what is allowed', () => {
    const notArray = caught(() => readCitations({ instrument: 'x' }, ['basis'], 'SOME_CODE'));
    expect([notArray.code, notArray.issues[0]?.path, notArray.issues[0]?.message]).toEqual([
      'SOME_CODE',
      ['basis'],
      {
        vi: 'Căn cứ phải là một mảng trích dẫn, nhận được an object',
        en: 'basis must be an array of citations, got an object',
      },
    ]);
    expect(readCitations([], ['basis'], 'SOME_CODE')).toEqual([]);
    expect(readOptionalConfidence(undefined, ['confidence'], 'SOME_CODE')).toBeUndefined();
    expect(readOptionalConfidence('plan-text', ['confidence'], 'SOME_CODE')).toBe('plan-text');
    const optional = caught(() => readOptionalConfidence('', ['confidence'], 'SOME_CODE'));
    expect([optional.code, optional.issues[0]?.path]).toEqual(['SOME_CODE', ['confidence']]);
    const confidence = caught(() => formatCitation({ instrument: 'x', confidence: 7 } as never));
    expect(confidence.issues[0]?.message).toEqual({
      vi: 'Mức tin cậy không hợp lệ: 7',
      en: 'Invalid confidence: 7 (allowed: confirmed, secondary, unconfirmed, inference, plan-text)',
    });
  });

  it('defineParameter: dates in order, a basis and a confidence for every value, each error at its path', () => {
    const value = (extra: Record<string, unknown>) => ({
      from: '2024-01-01',
      value: 1,
      basis: [{ instrument: '14/2024/QĐ-UBND' }],
      confidence: 'plan-text',
      ...extra,
    });
    const define = (values: unknown[]) => () =>
      defineParameter({
        id: 'LOCAL',
        description: { vi: 'x', en: 'x' },
        unit: 'count',
        values,
      } as never);
    const cases: [unknown[], (string | number)[], string, string][] = [
      [
        [value({}), value({ from: '2023-01-01' })],
        ['values', 1],
        'Các giá trị phải theo thứ tự ngày',
        'Values must be in date order',
      ],
      [
        [value({ basis: [] })],
        ['values', 0, 'basis'],
        'Mỗi giá trị cần căn cứ pháp lý',
        'Every value needs a legal basis',
      ],
      [
        [value({ confidence: 'chắc' })],
        ['values', 0, 'confidence'],
        'Mức tin cậy không hợp lệ: "chắc"',
        'Invalid confidence: "chắc" (allowed: confirmed, secondary, unconfirmed, inference, plan-text)',
      ],
      [
        [value({}), value({ from: '2025-01-01', basis: [{ instrument: 'x', clause: 0 }] })],
        ['values', 1, 'basis', 0, 'clause'],
        'Khoản phải là số nguyên dương, nhận được 0',
        'clause must be a positive integer, got 0',
      ],
    ];
    for (const [values, at, vi, en] of cases) {
      const e = caught(define(values));
      expect([e.code, e.issues[0]?.path, e.issues[0]?.message]).toEqual([
        'INVALID_PARAMETER',
        ['parameter', 'LOCAL', ...at],
        { vi, en },
      ]);
    }
  });

  it('keeps the known fields only, frozen, and never changes what it was given', () => {
    const given = {
      instrument: '98/2023/NĐ-CP',
      article: 5,
      clause: 2,
      point: 'b',
      url: 'u',
      note: 'n',
      extra: 1,
    };
    const copy = structuredClone(given);
    const c = readCitation(given, [], 'INVALID_INPUT');
    const { extra: _dropped, ...known } = given;
    expect(c).toEqual(known);
    expect(Object.isFrozen(c)).toBe(true);
    expect(given).toEqual(copy);
  });

  it('a defined parameter keeps copies of its citations, not the caller’s objects', () => {
    const cite = { instrument: '14/2024/QĐ-UBND', article: 9, extra: 'x' };
    const p = defineParameter({
      id: 'LOCAL_CAP',
      description: { vi: 'x', en: 'x' },
      unit: 'ratio',
      values: [
        { from: '2024-01-01', value: '0.15', basis: [cite as never], confidence: 'plan-text' },
      ],
    });
    cite.article = 10;
    expect(p.values[0]?.basis).toEqual([{ instrument: '14/2024/QĐ-UBND', article: 9 }]);
    expect(Object.isFrozen(p.values[0]?.basis[0])).toBe(true);
  });

  it('every citation the library ships meets the contract (parameters, honours, rules, observances, regimes)', () => {
    const seen = new Set<object>();
    let n = 0;
    // Any object with an `instrument` is a citation, wherever it sits in the shipped data.
    const walk = (x: unknown, path: (string | number)[]): void => {
      if (typeof x !== 'object' || x === null || seen.has(x)) return;
      seen.add(x);
      if (!Array.isArray(x) && typeof (x as { instrument?: unknown }).instrument === 'string') {
        expect(() => readCitation(x, path, 'SHIPPED')).not.toThrow();
        n++;
        return;
      }
      for (const [k, v] of Object.entries(x)) walk(v, [...path, k]);
    };
    walk(
      listParameters().map((p) => getParameter(p.id)),
      ['parameters'],
    );
    walk(listHonours(), ['honours']);
    walk(listRules(), ['rules']);
    walk(listObservances(), ['observances']);
    walk(REGIMES, ['regimes']);
    expect(n).toBeGreaterThan(200);
  });

  it('property: readCitation accepts exactly what CitationSchema accepts; garbage is a TdktError', () => {
    const field = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: -3, max: 40 }),
      fc.double(),
      fc.string({ maxLength: 4 }),
      fc.constantFrom('confirmed', 'secondary', 'unconfirmed', 'inference', 'plan-text', ' ', ''),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 2 }),
    );
    const citation = fc.oneof(
      fc.record(
        {
          instrument: field,
          article: field,
          clause: field,
          point: field,
          url: field,
          note: field,
          confidence: field,
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(citation, (c) => {
        // JSON has no undefined: a key present with undefined is the same as an absent one here.
        const clean =
          typeof c === 'object' && c !== null && !Array.isArray(c)
            ? Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined))
            : c;
        const before = structuredClone(clean);
        let ok: boolean;
        try {
          readCitation(clean, [], 'INVALID_INPUT');
          ok = true;
        } catch (e) {
          expect(e).toBeInstanceOf(TdktError);
          ok = false;
        }
        expect(ok).toBe(CitationSchema.safeParse(clean).success);
        expect(clean).toEqual(before);
      }),
      { numRuns: 2000 },
    );
  });
});
