import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { checkPlanTargets } from './targets.js';

function errorOf(call: () => unknown): TdktError {
  try {
    call();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

const INSPECT_VI = 'Số đơn vị được kiểm tra, giám sát về thi đua, khen thưởng';
const INSPECT_EN = 'Units given a TĐKT inspection';

describe('checkPlanTargets: the default targets of the Lạng Sơn plan', () => {
  it('30% of 47 managed units is 15: 14 is one short, in both languages', () => {
    const report = checkPlanTargets(
      { managedUnits: 47, clusterUnits: 10 },
      { inspectedUnits: 14, 'cross-checked-units': 10, advancedModels: 1 },
    );
    expect(report.outcome).toBe('unmet');
    const [inspect, cross, models] = report.results;
    expect(inspect).toMatchObject({
      id: 'INSPECT_MANAGED_UNITS',
      metric: 'inspected-units',
      atLeast: '30%',
      outcome: 'unmet',
      required: 15,
      actual: 14,
      shortfall: 1,
      base: 47,
      confidence: 'plan-text',
    });
    expect(inspect?.basis[0]?.instrument).toBe('12/KH-UBND');
    expect(inspect?.message).toEqual({
      vi: `Chưa đạt: ${INSPECT_VI} — yêu cầu ít nhất 15 (30% của 47), thực hiện 14, còn thiếu 1`,
      en: `Not met: ${INSPECT_EN}: at least 15 required (30% of 47), 14 achieved, 1 short`,
    });
    expect(cross).toMatchObject({ required: 10, actual: 10, shortfall: 0, outcome: 'met' });
    expect(cross?.message).toEqual({
      vi: 'Đạt: Số đơn vị trong cụm được kiểm tra chéo kết quả chấm điểm thi đua cuối năm — yêu cầu ít nhất 10 (100% của 10), thực hiện 10',
      en: 'Met: Cluster units whose year-end scores were cross-checked: at least 10 required (100% of 10), 10 achieved',
    });
    expect(models).toMatchObject({ required: 2, actual: 1, shortfall: 1, base: null });
    expect(models?.message).toEqual({
      vi: 'Chưa đạt: Số điển hình tiên tiến được xây dựng, bồi dưỡng — yêu cầu ít nhất 2, thực hiện 1, còn thiếu 1',
      en: 'Not met: Advanced models ("điển hình tiên tiến") built and fostered: at least 2 required, 1 achieved, 1 short',
    });
  });

  it('30% of 10 is 3: exactly 3 meets it', () => {
    const report = checkPlanTargets(
      { managedUnits: 10, clusterUnits: 4 },
      { 'inspected-units': 3, 'cross-checked-units': 4, 'advanced-models': 2 },
    );
    expect(report.outcome).toBe('met');
    expect(report.results[0]).toMatchObject({ required: 3, actual: 3, shortfall: 0 });
    expect(report.results[0]?.message.en).toBe(
      `Met: ${INSPECT_EN}: at least 3 required (30% of 10), 3 achieved`,
    );
  });

  it('missing figures: unknown, saying which figure is missing', () => {
    const report = checkPlanTargets({ clusterUnits: 5 }, { 'inspected-units': 4 });
    expect(report.outcome).toBe('unknown');
    const [inspect, cross, models] = report.results;
    expect(inspect).toMatchObject({
      outcome: 'unknown',
      required: null,
      actual: 4,
      shortfall: null,
      base: null,
    });
    expect(inspect?.message).toEqual({
      vi: `Chưa xác định: ${INSPECT_VI} — thiếu tổng số đơn vị làm căn cứ tính tỷ lệ (yêu cầu ít nhất 30%)`,
      en: `Unknown: ${INSPECT_EN}: missing the base the share applies to (target at least 30%)`,
    });
    expect(cross).toMatchObject({ outcome: 'unknown', required: 5, actual: null, base: 5 });
    expect(cross?.message.vi).toContain('thiếu số liệu thực hiện (yêu cầu ít nhất 100%)');
    expect(cross?.message.en).toContain('missing the actual figure (target at least 100%)');
    expect(models?.message.en).toBe(
      'Unknown: Advanced models ("điển hình tiên tiến") built and fostered: missing the actual figure (target at least 2)',
    );
  });

  it('unmet wins over unknown', () => {
    const report = checkPlanTargets({ managedUnits: 10 }, { 'advanced-models': 0 });
    expect(report.outcome).toBe('unmet');
  });
});

describe('checkPlanTargets: custom targets', () => {
  it('a count given as a string, a label of its own and a share with floor rounding', () => {
    const report = checkPlanTargets(
      {
        targets: [
          {
            id: 'T1',
            metric: 'visits',
            atLeast: ' 4 ',
            label: { vi: 'Lượt làm việc', en: 'Visits' },
            confidence: 'unconfirmed',
            basis: [{ instrument: 'X' } as never],
          },
          { metric: 'audits', atLeast: '25% ', rounding: 'floor' },
          { metric: 'reviews', atLeast: '25%', rounding: 'half-up' },
        ],
        bases: { audits: 10, reviews: 10 },
      },
      { visits: 4, audits: 2, reviews: 2 },
    );
    const [visits, audits, reviews] = report.results;
    expect(visits).toMatchObject({
      id: 'T1',
      required: 4,
      outcome: 'met',
      confidence: 'unconfirmed',
    });
    expect(visits?.basis).toEqual([{ instrument: 'X' }]);
    expect(visits?.message.vi).toBe('Đạt: Lượt làm việc — yêu cầu ít nhất 4, thực hiện 4');
    // 25% of 10 = 2.5: floor 2 (met), half-up 3 (unmet, 1 short).
    expect(audits).toMatchObject({ id: 'audits', required: 2, outcome: 'met', base: 10 });
    // The target reads as written, without the spreadsheet's trailing space; the result keeps it.
    expect(audits?.message.en).toBe('Met: audits: at least 2 required (25% of 10), 2 achieved');
    expect(audits?.atLeast).toBe('25% ');
    expect(audits).not.toHaveProperty('confidence');
    expect(reviews).toMatchObject({ required: 3, outcome: 'unmet', shortfall: 1 });
    // No label: the metric names itself.
    expect(reviews?.message.vi).toBe(
      'Chưa đạt: reviews — yêu cầu ít nhất 3 (25% của 10), thực hiện 2, còn thiếu 1',
    );
  });

  it('the default rounding is ceil: 25% of 10 requires 3', () => {
    const r = checkPlanTargets(
      { targets: [{ metric: 'audits', atLeast: '25%' }], bases: { audits: 10 } },
      { audits: 3 },
    );
    expect(r.results[0]?.required).toBe(3);
  });

  it('a count target does not use a base, even when one is given', () => {
    const r = checkPlanTargets(
      { targets: [{ metric: 'audits', atLeast: 2 }], bases: { audits: 10 } },
      { audits: 2 },
    );
    expect(r.results[0]).toMatchObject({ required: 2, base: null, outcome: 'met' });
    expect(r.results[0]?.message.en).toBe('Met: audits: at least 2 required, 2 achieved');
  });

  it('bases override managedUnits', () => {
    const r = checkPlanTargets(
      { managedUnits: 100, bases: { 'inspected-units': 10 } },
      { 'inspected-units': 3 },
    );
    expect(r.results[0]).toMatchObject({ base: 10, required: 3 });
  });

  it('kebab and camel keys of the same metric: equal values are accepted', () => {
    const r = checkPlanTargets(
      { managedUnits: 10 },
      { 'inspected-units': 3, inspectedUnits: 3, 'advanced-models': undefined },
    );
    expect(r.results[0]?.actual).toBe(3);
    expect(r.results[2]?.actual).toBeNull();
  });

  it('kebab and camel keys with different values: INVALID_INPUT naming both', () => {
    const err = errorOf(() =>
      checkPlanTargets({ managedUnits: 10 }, { 'inspected-units': 3, inspectedUnits: 4 }),
    );
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues[0]?.path).toEqual(['actuals', 'inspectedUnits']);
    expect(err.issues[0]?.message.vi).toBe(
      'Hai giá trị khác nhau cho cùng chỉ tiêu: inspected-units = 3, inspectedUnits = 4',
    );
    expect(err.issues[0]?.message.en).toBe(
      'Two different values for one metric: inspected-units = 3, inspectedUnits = 4',
    );
  });

  it('a metric without a dash has one key only', () => {
    const r = checkPlanTargets({ targets: [{ metric: 'visits', atLeast: 1 }] }, { visits: 1 });
    expect(r.results[0]?.outcome).toBe('met');
  });

  it('inherited keys of the actuals are not read', () => {
    const actuals = Object.create({ visits: 5 }) as Record<string, number>;
    const r = checkPlanTargets({ targets: [{ metric: 'visits', atLeast: 1 }] }, actuals);
    expect(r.results[0]?.actual).toBeNull();
  });
});

describe('checkPlanTargets: errors, with paths and both languages', () => {
  const msg = (call: () => unknown) => {
    const err = errorOf(call);
    return { code: err.code, path: err.issues[0]?.path, ...err.issues[0]?.message };
  };

  it('bases that are not an object', () => {
    expect(msg(() => checkPlanTargets({ bases: 3 as never }, {}))).toEqual({
      code: 'INVALID_INPUT',
      path: ['plan', 'bases'],
      vi: 'bases phải là đối tượng { chỉ tiêu: số đơn vị }, nhận được 3',
      en: 'bases must be an object { metric: count }, got 3',
    });
    expect(msg(() => checkPlanTargets({ bases: { a: -1 } }, {})).path).toEqual([
      'plan',
      'bases',
      'a',
    ]);
  });

  it('targets that are not an array', () => {
    expect(msg(() => checkPlanTargets({ targets: 'x' as never }, {}))).toEqual({
      code: 'INVALID_INPUT',
      path: ['plan', 'targets'],
      vi: 'targets phải là một mảng, nhận được "x"',
      en: 'targets must be an array, got "x"',
    });
  });

  it('a target that is not an object', () => {
    expect(msg(() => checkPlanTargets({ targets: [null as never] }, {}))).toEqual({
      code: 'INVALID_INPUT',
      path: ['plan', 'targets', 0],
      vi: 'Mỗi chỉ tiêu phải là { metric, atLeast }, nhận được null',
      en: 'Each target must be { metric, atLeast }, got null',
    });
  });

  it('a metric that is missing or blank', () => {
    for (const metric of [undefined, 5, '', '  ']) {
      const m = msg(() => checkPlanTargets({ targets: [{ metric, atLeast: 1 } as never] }, {}));
      expect(m.code).toBe('INVALID_INPUT');
      expect(m.path).toEqual(['plan', 'targets', 0, 'metric']);
    }
    expect(
      msg(() => checkPlanTargets({ targets: [{ metric: ' ', atLeast: 1 } as never] }, {})),
    ).toMatchObject({
      vi: 'metric phải là chuỗi khác rỗng, nhận được " "',
      en: 'metric must be a non-empty string, got " "',
    });
  });

  it('an id that is empty or not a string', () => {
    for (const id of ['', 4]) {
      const m = msg(() =>
        checkPlanTargets({ targets: [{ id, metric: 'a', atLeast: 1 } as never] }, {}),
      );
      expect(m.code).toBe('INVALID_INPUT');
      expect(m.path).toEqual(['plan', 'targets', 0, 'id']);
    }
    expect(
      msg(() => checkPlanTargets({ targets: [{ id: '', metric: 'a', atLeast: 1 }] }, {})),
    ).toMatchObject({
      vi: 'id phải là chuỗi khác rỗng, nhận được ""',
      en: 'id must be a non-empty string, got ""',
    });
  });

  it('a target listed twice', () => {
    expect(
      msg(() =>
        checkPlanTargets(
          {
            targets: [
              { metric: 'a', atLeast: 1 },
              { metric: 'b', atLeast: 1 },
              { id: 'a', metric: 'c', atLeast: 1 },
            ],
          },
          {},
        ),
      ),
    ).toEqual({
      code: 'DUPLICATE_TARGET',
      path: ['plan', 'targets', 2, 'id'],
      vi: 'Chỉ tiêu "a" bị trùng (đã có ở vị trí 0)',
      en: 'Target "a" is listed twice (first at index 0)',
    });
  });

  it('an unknown rounding', () => {
    expect(
      msg(() =>
        checkPlanTargets(
          { targets: [{ metric: 'a', atLeast: '5%', rounding: 'up' as never }] },
          {},
        ),
      ),
    ).toEqual({
      code: 'INVALID_ROUNDING',
      path: ['plan', 'targets', 0, 'rounding'],
      vi: 'Cách làm tròn phải là ceil, floor hoặc half-up, nhận được "up"',
      en: 'rounding must be ceil, floor or half-up, got "up"',
    });
  });

  it('atLeast that is neither a count nor a percentage', () => {
    for (const atLeast of [-1, 1.5, '3 units', '1.5', 'x3', '3x', null]) {
      const m = msg(() => checkPlanTargets({ targets: [{ metric: 'a', atLeast } as never] }, {}));
      expect(m.code).toBe('INVALID_TARGET');
      expect(m.path).toEqual(['plan', 'targets', 0, 'atLeast']);
    }
    expect(
      msg(() => checkPlanTargets({ targets: [{ metric: 'a', atLeast: -1 }] }, {})),
    ).toMatchObject({
      vi: "atLeast phải là số nguyên không âm (số lượng) hoặc tỷ lệ phần trăm như '30%', nhận được -1",
      en: "atLeast must be a non-negative whole count or a percentage such as '30%', got -1",
    });
    // Zero is a valid count.
    expect(
      checkPlanTargets({ targets: [{ metric: 'a', atLeast: 0 }] }, { a: 0 }).results[0]?.outcome,
    ).toBe('met');
  });

  it('a percentage followed by other text is not a share', () => {
    const m = msg(() => checkPlanTargets({ targets: [{ metric: 'a', atLeast: '30% x' }] }, {}));
    expect(m.code).toBe('INVALID_TARGET');
  });

  it('more units reported than the base holds', () => {
    expect(msg(() => checkPlanTargets({ managedUnits: 10 }, { 'inspected-units': 11 }))).toEqual({
      code: 'ACTUAL_ABOVE_BASE',
      path: ['actuals', 'inspected-units'],
      vi: `${INSPECT_VI}: thực hiện 11 nhiều hơn tổng số 10`,
      en: `${INSPECT_EN}: 11 reported, more than the base of 10`,
    });
    // Equal to the base is fine; a count target has no base to exceed.
    expect(
      checkPlanTargets({ managedUnits: 10 }, { 'inspected-units': 10 }).results[0]?.outcome,
    ).toBe('met');
    expect(
      checkPlanTargets({ targets: [{ metric: 'a', atLeast: 2 }], bases: { a: 1 } }, { a: 5 })
        .results[0]?.outcome,
    ).toBe('met');
  });

  it('a label that is not { vi, en }', () => {
    for (const label of [{ vi: 'x' }, { en: 'x' }, 'x']) {
      const m = msg(() =>
        checkPlanTargets({ targets: [{ metric: 'a', atLeast: 1, label } as never] }, {}),
      );
      expect(m.code).toBe('INVALID_INPUT');
      expect(m.path).toEqual(['plan', 'targets', 0, 'label']);
    }
    expect(
      msg(() =>
        checkPlanTargets({ targets: [{ metric: 'a', atLeast: 1, label: 'x' as never }] }, {}),
      ),
    ).toMatchObject({
      vi: 'label phải là { vi, en }, nhận được "x"',
      en: 'label must be { vi, en }, got "x"',
    });
  });

  it('a basis that is not an array of citations', () => {
    expect(
      msg(() =>
        checkPlanTargets({ targets: [{ metric: 'a', atLeast: 1, basis: 'x' as never }] }, {}),
      ),
    ).toEqual({
      code: 'INVALID_INPUT',
      path: ['plan', 'targets', 0, 'basis'],
      vi: 'Căn cứ phải là một mảng trích dẫn, nhận được "x"',
      en: 'basis must be an array of citations, got "x"',
    });
    for (const c of [null, 'x']) {
      const m = msg(() =>
        checkPlanTargets({ targets: [{ metric: 'a', atLeast: 1, basis: [c] } as never] }, {}),
      );
      expect(m.path).toEqual(['plan', 'targets', 0, 'basis', 0]);
    }
    // A citation is checked field by field, as everywhere in the library.
    for (const [c, field] of [
      [{ instrument: 3 }, 'instrument'],
      [{ instrument: '' }, 'instrument'],
      [{ instrument: '12/KH-UBND', article: 0 }, 'article'],
      [{ instrument: '12/KH-UBND', clause: 2.5 }, 'clause'],
      [{ instrument: '12/KH-UBND', point: 1 }, 'point'],
    ] as const) {
      const m = msg(() =>
        checkPlanTargets({ targets: [{ metric: 'a', atLeast: 1, basis: [c] } as never] }, {}),
      );
      expect([m.code, m.path]).toEqual([
        'INVALID_INPUT',
        ['plan', 'targets', 0, 'basis', 0, field],
      ]);
    }
    expect(
      msg(() =>
        checkPlanTargets({ targets: [{ metric: 'a', atLeast: 1, basis: [7] } as never] }, {}),
      ),
    ).toMatchObject({
      vi: 'Trích dẫn phải là { instrument, … }, nhận được 7',
      en: 'A citation must be { instrument, … }, got 7',
    });
  });

  it('an unknown confidence', () => {
    for (const confidence of ['sure', 3]) {
      const m = msg(() =>
        checkPlanTargets({ targets: [{ metric: 'a', atLeast: 1, confidence } as never] }, {}),
      );
      expect(m.code).toBe('INVALID_INPUT');
      expect(m.path).toEqual(['plan', 'targets', 0, 'confidence']);
    }
    expect(
      msg(() =>
        checkPlanTargets(
          { targets: [{ metric: 'a', atLeast: 1, confidence: 'sure' as never }] },
          {},
        ),
      ),
    ).toMatchObject({
      vi: 'Mức tin cậy không hợp lệ: "sure"',
      en: 'Invalid confidence: "sure" (allowed: confirmed, secondary, unconfirmed, inference, plan-text)',
    });
  });
});
