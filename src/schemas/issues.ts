import type * as z from 'zod';
import { describe, fail, isRecordObject, type Message, type TdktIssue } from '../core/errors.js';
import { PATTERN_MESSAGES } from './primitives.js';

type ZodIssue = z.core.$ZodIssue;
type Path = readonly (string | number)[];

/** The validated input, when known: tells a missing key from a key set to `undefined`. */
interface Context {
  readonly hasRoot: boolean;
  readonly root: unknown;
}

/** True when the last key of `path` is an own property of its parent inside `root`. */
function keyPresent(root: unknown, path: Path): boolean {
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    if (typeof node !== 'object' || node === null) return false;
    const key = path[i] as string | number;
    if (!Object.hasOwn(node, key)) return false;
    if (i === path.length - 1) return true;
    node = (node as Record<string | number, unknown>)[key];
  }
  return false;
}

const TYPE_NAMES: Readonly<Record<string, Message>> = {
  string: { vi: 'một chuỗi ký tự', en: 'a string' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'an integer' },
  boolean: { vi: 'giá trị đúng/sai (boolean)', en: 'a boolean' },
  object: { vi: 'một đối tượng', en: 'an object' },
  array: { vi: 'một mảng', en: 'an array' },
  null: { vi: 'null', en: 'null' },
  undefined: { vi: 'không có giá trị', en: 'nothing' },
  bigint: { vi: 'một số nguyên lớn (bigint)', en: 'a bigint' },
  date: { vi: 'một ngày', en: 'a date' },
  record: { vi: 'một đối tượng', en: 'an object' },
};

function typeName(expected: string): Message {
  return TYPE_NAMES[expected] ?? { vi: expected, en: expected };
}

/** The received value, shown briefly and safely in both languages. */
function shown(value: unknown): Message {
  if (value === null) return { vi: 'null', en: 'null' };
  if (value === undefined) return { vi: 'không có giá trị', en: 'nothing' };
  switch (typeof value) {
    case 'string': {
      const s = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
      return { vi: s, en: s };
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return { vi: String(value), en: String(value) };
    case 'symbol':
      return { vi: 'một symbol', en: 'a symbol' };
    case 'function':
      return { vi: 'một hàm', en: 'a function' };
    default:
      return Array.isArray(value)
        ? { vi: 'một mảng', en: 'an array' }
        : { vi: 'một đối tượng', en: 'an object' };
  }
}

function received(issue: ZodIssue): Message | undefined {
  return 'input' in issue ? shown(issue.input) : undefined;
}

function withReceived(vi: string, en: string, issue: ZodIssue): Message {
  const r = received(issue);
  return r ? { vi: `${vi}, nhận được ${r.vi}`, en: `${en}, got ${r.en}` } : { vi, en };
}

function quote(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'symbol') return 'symbol';
  return String(v);
}

function list(values: readonly unknown[], max = 12): { vi: string; en: string } {
  const head = values.slice(0, max).map(quote).join(', ');
  if (values.length <= max) return { vi: head, en: head };
  return {
    vi: `${head}, … (tổng cộng ${values.length} giá trị)`,
    en: `${head}, … (${values.length} values in all)`,
  };
}

function pathOf(prefix: Path, p: readonly PropertyKey[]): (string | number)[] {
  return [...prefix, ...p.map((k) => (typeof k === 'symbol' ? String(k) : k))];
}

function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, small: boolean): Message {
  const limit = small
    ? (issue as z.core.$ZodIssueTooSmall).minimum
    : (issue as z.core.$ZodIssueTooBig).maximum;
  const n = String(limit);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      if (small && Number(limit) === 1 && inclusive) {
        return withReceived('Không được để trống', 'Must not be empty', issue);
      }
      return small
        ? withReceived(`Cần ít nhất ${n} ký tự`, `Needs at least ${n} characters`, issue)
        : withReceived(`Tối đa ${n} ký tự`, `At most ${n} characters`, issue);
    case 'array':
    case 'set':
      return small
        ? withReceived(`Cần ít nhất ${n} phần tử`, `Needs at least ${n} items`, issue)
        : withReceived(`Tối đa ${n} phần tử`, `At most ${n} items`, issue);
    default:
      if (small) {
        return inclusive
          ? withReceived(`Phải lớn hơn hoặc bằng ${n}`, `Must be at least ${n}`, issue)
          : withReceived(`Phải lớn hơn ${n}`, `Must be greater than ${n}`, issue);
      }
      return inclusive
        ? withReceived(`Phải nhỏ hơn hoặc bằng ${n}`, `Must be at most ${n}`, issue)
        : withReceived(`Phải nhỏ hơn ${n}`, `Must be less than ${n}`, issue);
  }
}

function fromUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  prefix: Path,
  out: TdktIssue[],
  ctx: Context,
): void {
  const here = pathOf(prefix, issue.path);
  if (issue.discriminator !== undefined) {
    const allowed = list(('options' in issue ? issue.options : undefined) ?? []);
    const field = issue.discriminator;
    const input: unknown = 'input' in issue ? issue.input : undefined;
    const value =
      typeof input === 'object' && input !== null && Object.hasOwn(input, field)
        ? (input as Record<string, unknown>)[field]
        : undefined;
    const got = value === undefined ? undefined : shown(value);
    out.push({
      path: here,
      message: got
        ? {
            vi: `Trường "${field}" phải là một trong: ${allowed.vi}; nhận được ${got.vi}`,
            en: `Field "${field}" must be one of: ${allowed.en}; got ${got.en}`,
          }
        : {
            vi: `Thiếu trường "${field}" (một trong: ${allowed.vi})`,
            en: `Missing field "${field}" (one of: ${allowed.en})`,
          },
    });
    return;
  }
  const branches = issue.errors;
  // A branch that got past the type check says most about what is wrong: report it.
  const typeOnly = (b: readonly ZodIssue[]) =>
    b.length > 0 && b.every((i) => i.code === 'invalid_type' && i.path.length === 0);
  const informative = branches.filter((b) => !typeOnly(b));
  if (informative.length === 1 && informative[0]) {
    for (const inner of informative[0]) convert(inner, here, out, ctx);
    return;
  }
  const expected = branches.flatMap((b) =>
    typeOnly(b) ? b.map((i) => (i as z.core.$ZodIssueInvalidType).expected) : [],
  );
  if (informative.length === 0 && expected.length > 0) {
    const names = [...new Set(expected)].map(typeName);
    out.push({
      path: here,
      message: withReceived(
        `Cần ${names.map((n) => n.vi).join(' hoặc ')}`,
        `Expected ${names.map((n) => n.en).join(' or ')}`,
        issue,
      ),
    });
    return;
  }
  out.push({
    path: here,
    message: withReceived(
      'Giá trị không khớp với dạng nào được chấp nhận',
      'The value matches none of the accepted forms',
      issue,
    ),
  });
}

function convert(issue: ZodIssue, prefix: Path, out: TdktIssue[], ctx: Context): void {
  const path = pathOf(prefix, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const t = typeName(issue.expected);
      let message: Message;
      if (!('input' in issue) || issue.input !== undefined) {
        message = withReceived(`Cần ${t.vi}`, `Expected ${t.en}`, issue);
      } else if (ctx.hasRoot && path.length > 0 && keyPresent(ctx.root, path)) {
        message = {
          vi: `Không chấp nhận giá trị undefined: bỏ hẳn trường này hoặc cho một giá trị (cần ${t.vi})`,
          en: `undefined is not accepted: leave the field out or give a value (expected ${t.en})`,
        };
      } else {
        message = {
          vi: `Thiếu trường bắt buộc (cần ${t.vi})`,
          en: `Required field is missing (expected ${t.en})`,
        };
      }
      out.push({ path, message });
      return;
    }
    case 'unrecognized_keys':
      for (const key of issue.keys) {
        const k = quote(key);
        out.push({
          path: [...path, key],
          message: {
            vi: `Trường không được phép: ${k} (kiểm tra chính tả tên trường)`,
            en: `Unknown field ${k} (check the field name's spelling)`,
          },
        });
      }
      return;
    case 'too_small':
      out.push({ path, message: bound(issue, true) });
      return;
    case 'too_big':
      out.push({ path, message: bound(issue, false) });
      return;
    case 'invalid_value': {
      const allowed = list(issue.values);
      const got = received(issue);
      out.push({
        path,
        message:
          issue.values.length === 1
            ? withReceived(`Phải là ${allowed.vi}`, `Must be ${allowed.en}`, issue)
            : {
                vi: `Giá trị${got ? ` ${got.vi}` : ''} không hợp lệ; cho phép: ${allowed.vi}`,
                en: `Invalid value${got ? ` ${got.en}` : ''}; allowed: ${allowed.en}`,
              },
      });
      return;
    }
    case 'invalid_format': {
      if (issue.format === 'date') {
        out.push({
          path,
          message: withReceived(
            'Ngày không hợp lệ; cần một ngày có thật dạng YYYY-MM-DD',
            'Invalid date; expected a real calendar date as YYYY-MM-DD',
            issue,
          ),
        });
        return;
      }
      const known = issue.pattern ? PATTERN_MESSAGES[issue.pattern] : undefined;
      out.push({
        path,
        message: known
          ? withReceived(known.vi, known.en, issue)
          : withReceived(
              `Sai định dạng (${issue.format}${issue.pattern ? ` ${issue.pattern}` : ''})`,
              `Wrong format (${issue.format}${issue.pattern ? ` ${issue.pattern}` : ''})`,
              issue,
            ),
      });
      return;
    }
    case 'not_multiple_of':
      out.push({
        path,
        message: withReceived(
          `Phải là bội số của ${issue.divisor}`,
          `Must be a multiple of ${issue.divisor}`,
          issue,
        ),
      });
      return;
    case 'invalid_union':
      fromUnion(issue, prefix, out, ctx);
      return;
    case 'invalid_key':
    case 'invalid_element':
      if (issue.issues.length === 0) {
        out.push({ path, message: { vi: 'Khóa không hợp lệ', en: 'Invalid key' } });
      }
      for (const inner of issue.issues) convert(inner, path, out, ctx);
      return;
    case 'custom': {
      const p = issue.params;
      if (p && typeof p['vi'] === 'string' && typeof p['en'] === 'string') {
        out.push({ path, message: { vi: p['vi'], en: p['en'] } });
      } else {
        out.push({
          path,
          message: { vi: `Giá trị không hợp lệ: ${issue.message}`, en: issue.message },
        });
      }
      return;
    }
    default: {
      const other = issue as { message?: unknown };
      const msg = typeof other.message === 'string' ? other.message : 'Invalid input';
      out.push({ path, message: { vi: `Giá trị không hợp lệ: ${msg}`, en: msg } });
    }
  }
}

/**
 * Convert zod issues (a `ZodError`, or its `issues`) into the library's issues: the path of each
 * offending field and a message in Vietnamese and English. An unknown key becomes one issue per
 * key, at the key's own path; a failed union reports its most specific branch. Pass the
 * validated input as second argument to tell a missing field from one set to `undefined`.
 *
 * @example
 * ```ts
 * import { IndividualYearSchema, toTdktIssues } from 'tdkt';
 * const r = IndividualYearSchema.safeParse({ year: 2024, ratting: 'HTNV' });
 * if (!r.success) toTdktIssues(r.error);
 * // => [{ path: ['ratting'], message: { vi: 'Trường không được phép: "ratting" …',
 * //                                    en: 'Unknown field "ratting" …' } }]
 * ```
 * @throws TdktError (`INVALID_INPUT`) when `error` is neither a ZodError nor an array of zod
 * issues (passing safeParse's result instead of its `error` says so).
 * @category Schemas
 * @since 0.1.0
 */
export function toTdktIssues(
  error: { readonly issues: readonly z.core.$ZodIssue[] } | readonly z.core.$ZodIssue[],
  ...input: [] | [unknown]
): TdktIssue[] {
  const issues: unknown = Array.isArray(error)
    ? error
    : isRecordObject(error)
      ? (error as { readonly issues?: unknown }).issues
      : undefined;
  if (!Array.isArray(issues)) {
    // The usual slip: passing safeParse's result instead of its `error`.
    const hint = isRecordObject(error) && 'success' in error;
    throw fail(
      'INVALID_INPUT',
      ['error'],
      hint
        ? 'Hãy truyền r.error (ZodError), không phải kết quả của safeParse'
        : `Cần một ZodError hoặc mảng issues của nó, nhận được ${describe(error)}`,
      hint
        ? "Pass r.error (the ZodError), not safeParse's result"
        : `Expected a ZodError or its issues array, got ${describe(error)}`,
    );
  }
  const ctx: Context = { hasRoot: input.length > 0, root: input[0] };
  const out: TdktIssue[] = [];
  issues.forEach((issue: unknown, i) => {
    try {
      convert(issue as ZodIssue, [], out, ctx);
    } catch {
      // Only something that is not a zod issue gets here (zod's own issues are all converted):
      // say so, at its index, rather than let a TypeError out.
      throw fail(
        'INVALID_INPUT',
        ['error', 'issues', i],
        `Không phải một issue của zod: ${describe(issue)}`,
        `Not a zod issue: ${describe(issue)}`,
      );
    }
  });
  return out;
}
