import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { caught } from '../../test/support/caught.js';
import { toTdktIssues } from './issues.js';

function issues(schema: z.ZodType, input: unknown, withRoot = true) {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) throw new Error('expected a failure');
  return withRoot ? toTdktIssues(r.error, input) : toTdktIssues(r.error);
}

describe('toTdktIssues', () => {
  it('invalid_type, with and without the input reported', () => {
    expect(issues(z.strictObject({ a: z.boolean() }), { a: 'x' })).toEqual([
      {
        path: ['a'],
        message: {
          vi: 'Cần giá trị đúng/sai (boolean), nhận được "x"',
          en: 'Expected a boolean, got "x"',
        },
      },
    ]);
    const r = z.string().safeParse(5);
    expect(toTdktIssues(r.error?.issues ?? [])).toEqual([
      { path: [], message: { vi: 'Cần một chuỗi ký tự', en: 'Expected a string' } },
    ]);
  });

  it('unrecognized_keys: one issue per key, at the key', () => {
    expect(
      issues(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }).map((i) => i.path),
    ).toEqual([['b'], ['c']]);
  });

  it('too_small / too_big for numbers, strings and arrays', () => {
    expect(issues(z.number().gt(0), 0)[0]?.message).toEqual({
      vi: 'Phải lớn hơn 0, nhận được 0',
      en: 'Must be greater than 0, got 0',
    });
    expect(issues(z.number().lt(5), 5)[0]?.message.en).toBe('Must be less than 5, got 5');
    expect(issues(z.string().min(3), 'ab')[0]?.message).toEqual({
      vi: 'Cần ít nhất 3 ký tự, nhận được "ab"',
      en: 'Needs at least 3 characters, got "ab"',
    });
    expect(issues(z.string().max(1), 'ab')[0]?.message.en).toBe('At most 1 characters, got "ab"');
    expect(issues(z.array(z.number()).min(2), [1])[0]?.message).toEqual({
      vi: 'Cần ít nhất 2 phần tử, nhận được một mảng',
      en: 'Needs at least 2 items, got an array',
    });
    expect(issues(z.array(z.number()).max(0), [1])[0]?.message.en).toBe(
      'At most 0 items, got an array',
    );
  });

  it('invalid_value lists the allowed values (a literal says "must be")', () => {
    expect(issues(z.enum(['a', 'b']), 'c')[0]?.message).toEqual({
      vi: 'Giá trị "c" không hợp lệ; cho phép: "a", "b"',
      en: 'Invalid value "c"; allowed: "a", "b"',
    });
    expect(issues(z.literal('x'), 'y')[0]?.message).toEqual({
      vi: 'Phải là "x", nhận được "y"',
      en: 'Must be "x", got "y"',
    });
    const many = z.enum(Array.from({ length: 20 }, (_, i) => `v${i}`) as [string, ...string[]]);
    expect(issues(many, 'zz')[0]?.message.en).toBe(
      'Invalid value "zz"; allowed: "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", … (20 values in all)',
    );
  });

  it('custom issues use their bilingual params, or fall back on the message', () => {
    const withParams = z
      .number()
      .refine((n) => n > 1, { message: 'too low', params: { vi: 'quá thấp', en: 'too low' } });
    expect(issues(withParams, 0)[0]?.message).toEqual({ vi: 'quá thấp', en: 'too low' });
    const plain = z.number().refine((n) => n > 1, 'too low');
    expect(issues(plain, 0)[0]?.message).toEqual({
      vi: 'Giá trị không hợp lệ: too low',
      en: 'too low',
    });
  });

  it('formats: dates and unknown patterns', () => {
    expect(issues(z.iso.date(), '2024-02-30')[0]?.message.en).toBe(
      'Invalid date; expected a real calendar date as YYYY-MM-DD, got "2024-02-30"',
    );
    expect(issues(z.string().regex(/^x$/), 'y')[0]?.message.en).toBe(
      'Wrong format (regex /^x$/), got "y"',
    );
  });

  it('unions: type mismatch merges, a specific branch wins', () => {
    const u = z.union([z.string().min(2), z.number()]);
    expect(issues(u, null)[0]?.message.en).toBe('Expected a string or a number, got null');
    expect(issues(u, 'a')[0]?.message.en).toBe('Needs at least 2 characters, got "a"');
    const objects = z.union([z.strictObject({ a: z.string() }), z.strictObject({ b: z.number() })]);
    expect(issues(objects, { c: 1 })[0]?.message.en).toBe(
      'The value matches none of the accepted forms, got an object',
    );
  });

  it('nested paths through records and unions are absolute', () => {
    const s = z.strictObject({
      m: z.record(z.string(), z.union([z.string().regex(/^\d+$/), z.number()])),
    });
    expect(issues(s, { m: { k: 'x' } })[0]?.path).toEqual(['m', 'k']);
    const keyed = z.record(z.string().min(2), z.number());
    expect(issues(keyed, { b: 1 })).toEqual([
      {
        path: ['b'],
        message: {
          vi: 'Cần ít nhất 2 ký tự, nhận được "b"',
          en: 'Needs at least 2 characters, got "b"',
        },
      },
    ]);
  });

  it('missing vs undefined needs the input', () => {
    const s = z.strictObject({ a: z.string().exactOptional(), b: z.string() });
    expect(issues(s, { a: undefined, b: 'x' })[0]?.message.en).toBe(
      'undefined is not accepted: leave the field out or give a value (expected a string)',
    );
    expect(issues(s, {})[0]?.message.en).toBe('Required field is missing (expected a string)');
    expect(issues(s, { a: undefined, b: 'x' }, false)[0]?.message.en).toBe(
      'Required field is missing (expected a string)',
    );
  });

  it('long strings are shortened', () => {
    const m = issues(z.number(), 'x'.repeat(100))[0]?.message.en ?? '';
    expect(m.length).toBeLessThan(80);
    expect(m).toContain('…');
  });
});

describe('toTdktIssues: an argument that is not a zod error', () => {
  it('safeParse’s result instead of its error: says to pass r.error', () => {
    const r = z.number().safeParse('x');
    const e = caught(() => toTdktIssues(r as never));
    expect([e.code, e.issues[0]?.path, e.issues[0]?.message.en]).toEqual([
      'INVALID_INPUT',
      ['error'],
      "Pass r.error (the ZodError), not safeParse's result",
    ]);
  });

  it('nothing, or a number: a ZodError or its issues is expected', () => {
    for (const bad of [undefined, 5, { issues: 'x' }]) {
      const e = caught(() => toTdktIssues(bad as never));
      expect(e.issues[0]?.path).toEqual(['error']);
      expect(e.issues[0]?.message.en).toMatch(/^Expected a ZodError or its issues array, got /);
    }
  });

  it('an element that is not a zod issue is named by its index', () => {
    const good = z.number().safeParse('x');
    if (good.success) throw new Error('expected a failure');
    const e = caught(() => toTdktIssues([...good.error.issues, 5 as never]));
    expect([e.code, e.issues[0]?.path, e.issues[0]?.message.en]).toEqual([
      'INVALID_INPUT',
      ['error', 'issues', 1],
      'Not a zod issue: 5',
    ]);
    expect(toTdktIssues([])).toEqual([]);
  });
});
