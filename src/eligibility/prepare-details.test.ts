// Details of prepareRecord's copy: what is copied and frozen, what is kept by reference, and the
// errors for cycles, runaway nesting and malformed entries. Written for mutation testing
// (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import type { IndividualRecord } from '../core/records.js';
import { evaluate } from './engine.js';
import { prepareRecord } from './prepare.js';

const base = (): IndividualRecord => ({
  kind: 'individual',
  id: 'nv-01',
  years: [{ year: 2024, rating: 'HTTNV' }],
  honours: [],
});

function thrown(f: () => unknown): TdktError {
  try {
    f();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('what the prepared copy holds', () => {
  it('plain objects and arrays are copied and frozen, null-prototype objects too', () => {
    const bare = Object.assign(Object.create(null) as object, { year: 2024, rating: 'HTTNV' });
    const r = { ...base(), years: [bare], tags: ['a'] } as unknown as IndividualRecord;
    const p = prepareRecord(r) as unknown as { years: object[]; tags: string[] };
    expect(p.years[0]).not.toBe(bare);
    expect(p.years[0]).toEqual({ year: 2024, rating: 'HTTNV' });
    expect(Object.isFrozen(p.years[0])).toBe(true);
    expect(Object.isFrozen(bare)).toBe(false);
    expect(p.tags).not.toBe((r as unknown as { tags: string[] }).tags);
    expect(evaluate(p as never, 'LDTT', { period: 2024 }).outcome).toBe('eligible');
  });

  it('other objects (a Date, a Map) are kept by reference, as the engine never reads them', () => {
    const when = new Date(0);
    const map = new Map([['a', 1]]);
    const p = prepareRecord({ ...base(), when, map } as IndividualRecord) as unknown as {
      when: Date;
      map: Map<string, number>;
    };
    expect(p.when).toBe(when);
    expect(p.map).toBe(map);
    expect(Object.isFrozen(when)).toBe(false);
  });

  it('a "__proto__" key is an enumerable own field of the copy, with its value copied', () => {
    const parsed = JSON.parse(
      '{"kind":"individual","id":"x","years":[],"honours":[],"extra":{"__proto__":{"a":1}}}',
    );
    const p = prepareRecord(parsed) as unknown as { extra: Record<string, unknown> };
    expect(Object.keys(p.extra)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(p.extra, '__proto__')?.value).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(p.extra)).toBe(Object.prototype);
  });
});

describe('errors while copying', () => {
  it('a record that contains itself: INVALID_INPUT at the field that closes the cycle', () => {
    const r = base() as IndividualRecord & { self?: unknown };
    r.self = r;
    const e = thrown(() => prepareRecord(r));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toEqual(['record', 'self']);
    expect(e.issues[0]?.message).toEqual({
      vi: 'Hồ sơ có vòng tham chiếu (một đối tượng chứa chính nó)',
      en: 'The record contains a cycle (an object that contains itself)',
    });
    const y = { year: 2024, rating: 'HTTNV', again: undefined as unknown };
    y.again = [y];
    const inYears = thrown(() => prepareRecord({ ...base(), years: [y] } as IndividualRecord));
    expect(inYears.issues[0]?.path).toEqual(['record', 'years', 0, 'again', 0]);
  });

  it('nesting: a path of 64 keys is copied, one more is an error', () => {
    const nest = (levels: number) => {
      let v: unknown = 1;
      for (let i = 0; i < levels; i++) v = { x: v };
      return v;
    };
    // The innermost of `levels` objects sits at ['record', 'extra', 'x', …]: a path of levels + 1.
    expect(() => prepareRecord({ ...base(), extra: nest(63) } as IndividualRecord)).not.toThrow();
    const e = thrown(() => prepareRecord({ ...base(), extra: nest(64) } as IndividualRecord));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toHaveLength(65);
    expect(e.issues[0]?.message).toEqual({
      vi: 'Hồ sơ lồng quá 64 cấp',
      en: 'The record is nested deeper than 64 levels',
    });
  });

  it('malformed years, initiatives and honours fail as evaluate fails, never with a TypeError', () => {
    const cases: unknown[] = [
      { ...base(), years: [null] },
      { ...base(), years: [[2024, 'HTTNV']] },
      { ...base(), years: [{ year: 2024, rating: 'HTTNV', initiatives: [null] }] },
      { ...base(), years: [{ year: 2024, rating: 'HTTNV', initiatives: [['co-so']] }] },
      { ...base(), years: [{ year: 2024, rating: 'HTTNV', initiatives: 'co-so' }] },
      { ...base(), years: 'none' },
      { ...base(), honours: [null] },
      { ...base(), honours: [['LDTT', 2024]] },
      { ...base(), honours: {} },
    ];
    for (const c of cases) {
      const viaPrepare = thrown(() => prepareRecord(c as IndividualRecord));
      const viaEvaluate = thrown(() => evaluate(c as IndividualRecord, 'LDTT', { period: 2024 }));
      expect([viaPrepare.code, viaPrepare.issues]).toEqual([viaEvaluate.code, viaEvaluate.issues]);
    }
  });
});
