// Details of src/law that the broader tests leave open: the issue paths and messages of every
// error, instrument labels for numbers outside the instrument list, and the order-independence of
// valueAt. Written to kill the mutants that survived mutation testing (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/law/format-citation.js';
import { instrumentLabelEn, instrumentLabelVi } from '../../src/law/instruments.js';
import {
  checkParameter,
  defineParameter,
  type Parameter,
  valueAt,
} from '../../src/law/parameters.js';
import { getParameter } from '../../src/law/params/index.js';
import { getRegime, regimeAt } from '../../src/law/regimes.js';
import { capFromParameter } from '../../src/quotas/cap-from-parameter.js';
import { caught } from '../support/caught.js';

const basis = [{ instrument: '06/2022/QH15', article: 24, confidence: 'confirmed' as const }];

describe('instrument labels', () => {
  it.each([
    // Numbers outside INSTRUMENTS: the type is read from the suffix.
    ['99/2030/QH16', 'Luật số 99/2030/QH16', 'Law 99/2030/QH16'],
    ['12/2030/NĐ-CP', 'Nghị định số 12/2030/NĐ-CP', 'Decree 12/2030/NĐ-CP'],
    ['07/2030/TT-BNV', 'Thông tư số 07/2030/TT-BNV', 'Circular 07/2030/TT-BNV'],
    ['14/2030/QĐ-UBND', 'Quyết định số 14/2030/QĐ-UBND', 'Decision 14/2030/QĐ-UBND'],
    ['125/KH-UBND', 'Kế hoạch số 125/KH-UBND', 'Plan 125/KH-UBND'],
    ['10/HD-BTĐKT', 'Hướng dẫn số 10/HD-BTĐKT', 'Guidance 10/HD-BTĐKT'],
    ['HD 12', 'Hướng dẫn số HD 12', 'Guidance HD 12'],
    ['34-CT/TW', 'Chỉ thị số 34-CT/TW', 'Directive 34-CT/TW'],
    // A known instrument keeps its own type: the Labour Code ends in /QH14 but is a code.
    ['45/2019/QH14', 'Bộ luật số 45/2019/QH14', 'Code 45/2019/QH14'],
    ['5007/BNV-TĐKT', 'Công văn số 5007/BNV-TĐKT', 'Official Letter 5007/BNV-TĐKT'],
  ])('%s', (number, vi, en) => {
    expect(instrumentLabelVi(number)).toBe(vi);
    expect(instrumentLabelEn(number)).toBe(en);
  });

  it.each([
    // Near misses of the suffix patterns stay unlabelled.
    '1/2030/QH16a',
    '12/2030/NĐ-CP-x',
    'ABC HD 12',
    '34-CT/TW-x',
    '12/2030/QH',
  ])('%s has no recognisable type', (number) => {
    expect(instrumentLabelVi(number)).toBe(number);
    expect(instrumentLabelEn(number)).toBe(number);
  });
});

describe('formatCitation details', () => {
  it('an empty point is left out; a point without an article only shows in Vietnamese', () => {
    expect(
      formatCitation({ instrument: '06/2022/QH15', article: 24, clause: 1, point: '' }),
    ).toEqual({
      vi: 'khoản 1 Điều 24 Luật số 06/2022/QH15',
      en: 'Law 06/2022/QH15, Article 24(1)',
    });
    expect(formatCitation({ instrument: '06/2022/QH15', point: 'a' })).toEqual({
      vi: 'điểm a Luật số 06/2022/QH15',
      en: 'Law 06/2022/QH15',
    });
  });

  it('a missing instrument is reported at path ["instrument"]', () => {
    const e = caught(() => formatCitation({ instrument: '' } as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toEqual(['instrument']);
  });
});

describe('getParameter and getRegime errors', () => {
  it('unknown parameter: no path, the id quoted and cut to 40 characters', () => {
    const e = caught(() => getParameter('NOPE'));
    expect(e.code).toBe('UNKNOWN_PARAMETER');
    expect(e.issues[0]?.path).toEqual([]);
    expect(e.issues[0]?.message).toEqual({
      vi: 'Không có tham số "NOPE"',
      en: 'Unknown parameter "NOPE"',
    });
    const long = caught(() => getParameter(`${'X'.repeat(40)}TAIL`));
    expect(long.issues[0]?.message.en).toBe(`Unknown parameter "${'X'.repeat(40)}"`);
    expect(caught(() => getParameter(5 as never)).issues[0]?.message.en).toBe(
      'Unknown parameter "5"',
    );
  });

  it('unknown regime: no path, the known ids listed', () => {
    const e = caught(() => getRegime('VN-2030' as never));
    expect(e.code).toBe('UNKNOWN_REGIME');
    expect(e.issues[0]?.path).toEqual([]);
    expect(e.issues[0]?.message).toEqual({
      vi: 'Không có chế độ pháp lý "VN-2030" (có: VN-2017, VN-2024, VN-2025-07, VN-2026-10)',
      en: 'Unknown regime "VN-2030" (known: VN-2017, VN-2024, VN-2025-07, VN-2026-10)',
    });
    const long = caught(() => getRegime(`${'V'.repeat(30)}TAIL` as never));
    expect(long.issues[0]?.message.en).toMatch(new RegExp(`^Unknown regime "${'V'.repeat(30)}"`));
    expect(caught(() => getRegime(null as never)).issues[0]?.message.en).toMatch(
      /^Unknown regime "null"/,
    );
  });

  it('regimeAt reports a malformed date at path ["date"]', () => {
    const e = caught(() => regimeAt('2024-02-30'));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.issues[0]?.path).toEqual(['date']);
  });
});

describe('valueAt details', () => {
  const v = (from: string, value: number, provisional?: boolean) => ({
    from,
    value,
    basis,
    confidence: 'confirmed' as const,
    ...(provisional ? { provisional } : {}),
  });

  it('picks the latest `from` ≤ date whatever the order of the values', () => {
    const shuffled = {
      id: 'X',
      description: { vi: 'x', en: 'x' },
      unit: 'count',
      values: [v('2024-01-01', 6), v('2017-10-01', 10), v('2020-01-01', 8)],
    } as Parameter<number>;
    expect(valueAt(shuffled, '2019-12-31')?.value).toBe(10);
    expect(valueAt(shuffled, '2020-01-01')?.value).toBe(8);
    expect(valueAt(shuffled, '2023-12-31')?.value).toBe(8);
    expect(valueAt(shuffled, '2024-01-01')?.value).toBe(6);
  });

  it('two values from the same day: the later entry wins, a provisional one only on request', () => {
    const p = defineParameter({
      id: 'SAME_DAY',
      description: { vi: 'x', en: 'x' },
      unit: 'count',
      values: [v('2024-01-01', 1), v('2024-01-01', 2, true)],
    });
    expect(valueAt(p, '2024-06-01')?.value).toBe(1);
    expect(valueAt(p, '2024-06-01', { includeProvisional: true })?.value).toBe(2);
  });

  it('options must be an object with a boolean includeProvisional: a typo is refused, not read as false', () => {
    const p = getParameter('LDTT_NEW_HIRE_MIN_MONTHS');
    const cases: [unknown, (string | number)[]][] = [
      [null, ['options']],
      [5, ['options']],
      [[], ['options']],
      [{ includeProvisional: 'yes' }, ['options', 'includeProvisional']],
      [{ includeProvisional: 1 }, ['options', 'includeProvisional']],
      [{ includeProvisional: null }, ['options', 'includeProvisional']],
    ];
    for (const [options, path] of cases) {
      for (const call of [
        () => valueAt(p, '2024-06-01', options as never),
        () => regimeAt('2026-11-01', options as never),
        () => capFromParameter('CO_CP_CAP_PCT', 20, '2024-06-01', options as never),
      ]) {
        const e = caught(call);
        expect([e.code, e.issues[0]?.path]).toEqual(['INVALID_INPUT', path]);
        expect(e.issues[0]?.message.en).toMatch(/must be (an object|a boolean)/);
      }
    }
    // An explicit false or an empty object reads as the default.
    expect(regimeAt('2026-11-01', { includeProvisional: false }).id).toBe(
      regimeAt('2026-11-01', {}).id,
    );
    expect(valueAt(p, '2024-06-01', { includeProvisional: false })?.value).toBe(6);
  });

  it('names the offending path of malformed input', () => {
    const p = getParameter('LDTT_NEW_HIRE_MIN_MONTHS');
    const notParam = caught(() => valueAt(null as never, '2024-01-01'));
    expect([notParam.code, notParam.issues[0]?.path]).toEqual(['INVALID_INPUT', ['param']]);
    const badDate = caught(() => valueAt(p, '2024-13-01'));
    expect([badDate.code, badDate.issues[0]?.path]).toEqual(['INVALID_DATE', ['date']]);
    for (const bad of [null, { from: 5 }]) {
      const e = caught(() => valueAt({ values: [v('2017-10-01', 1), bad] } as never, '2024-01-01'));
      expect([e.code, e.issues[0]?.path]).toEqual(['INVALID_INPUT', ['param', 'values', 1]]);
    }
  });
});

describe('checkParameter and defineParameter details', () => {
  const good = {
    id: 'GOOD_ID_2',
    description: { vi: 'Tỷ lệ', en: 'Ratio' },
    unit: 'ratio',
    values: [{ from: '2024-01-01', value: '0.15', basis, confidence: 'confirmed' as const }],
  };
  const pathOf = (param: unknown) => {
    const e = caught(() => checkParameter(param as Parameter));
    expect(e.code).toBe('INVALID_PARAMETER');
    return e.issues[0]?.path;
  };

  it('names the offending path', () => {
    expect(pathOf(null)).toEqual(['parameter']);
    expect(pathOf({ ...good, id: 7 })).toEqual(['parameter']);
    expect(pathOf({ ...good, id: 'lower' })).toEqual(['parameter', 'lower']);
    expect(pathOf({ ...good, values: 'x' })).toEqual(['parameter', 'GOOD_ID_2', 'values']);
    expect(pathOf({ ...good, values: [good.values[0], null] })).toEqual([
      'parameter',
      'GOOD_ID_2',
      'values',
      1,
    ]);
    expect(pathOf({ ...good, values: [{ ...good.values[0], basis: [] }] })).toEqual([
      'parameter',
      'GOOD_ID_2',
      'values',
      0,
      'basis',
    ]);
    expect(
      pathOf({ ...good, values: [good.values[0], { ...good.values[0], from: '2023-01-01' }] }),
    ).toEqual(['parameter', 'GOOD_ID_2', 'values', 1]);
    const badFrom = caught(() =>
      checkParameter({ ...good, values: [{ ...good.values[0]!, from: '2024-02-30' }] }),
    );
    expect([badFrom.code, badFrom.issues[0]?.path]).toEqual([
      'INVALID_DATE',
      ['parameter', 'GOOD_ID_2', 'values', 0, 'from'],
    ]);
  });

  it('ids are upper-case ASCII from the first to the last character', () => {
    for (const id of ['aBC', 'ABc', '1AB', 'AB-C', 'ÀB']) {
      expect(pathOf({ ...good, id })).toEqual(['parameter', id]);
    }
    for (const id of ['A', 'AB_1', 'LDTT_NEW_HIRE_MIN_MONTHS']) {
      expect(() => checkParameter({ ...good, id })).not.toThrow();
    }
  });

  it('defineParameter copies and freezes the description, values and citations', () => {
    const p = defineParameter(good);
    expect(p.description).toEqual({ vi: 'Tỷ lệ', en: 'Ratio' });
    expect(Object.isFrozen(p.description)).toBe(true);
    expect(p.description).not.toBe(good.description);
    expect(p.values).toEqual(good.values);
    const citation = p.values[0]?.basis[0];
    expect(citation).toEqual(basis[0]);
    expect(citation).not.toBe(basis[0]);
    expect(Object.isFrozen(citation)).toBe(true);
  });
});
