import type { HonourCode } from '../catalogue/codes.js';
import type { Message } from '../core/errors.js';
import { describe, fail } from '../core/errors.js';
import { wholeMonthsBetween } from '../core/iso-date.js';
import type {
  CollectiveMembers,
  Discipline,
  HonourReceived,
  InitiativeKind,
  Rating,
  Scope,
} from '../core/records.js';
import type { Citation, Confidence } from '../law/citation.js';
import {
  awardText,
  type ClockFallback,
  type CompiledCriterion,
  clockOf,
  type EvalCtx,
  heldPeriod,
  type NestedResult,
} from './context.js';
import {
  DISCIPLINE_NAME,
  DISCIPLINE_ORDER,
  honourName,
  honoursName,
  RATING_NAME,
  RATING_ORDER,
  SCOPE_NAME,
  SCOPE_ORDER,
} from './names.js';
import { periodLabel, periodOfDate } from './periods.js';
import {
  basisConfidence,
  fillTemplate,
  isRatio,
  percentText,
  type ResolvedParam,
  type ResolveEnv,
  ratioText,
  resolveParam,
  weaker,
} from './resolve.js';
import type {
  ClockSpec,
  CriterionOutcome,
  CriterionResult,
  Judgement,
  ParameterUse,
  PeriodPredicate,
  RatioValue,
  RuleCriterionSpec,
  WindowSpec,
} from './types.js';
import { MIN_YEAR, yearOf } from './validate.js';

/** Honours evaluated inside honours (LĐTT inside CSTĐCS inside CSTĐ Bộ/tỉnh …) stop here. */
const MAX_DEPTH = 4;

const STATUS: Readonly<Record<CriterionOutcome, Message>> = {
  met: { vi: 'đạt', en: 'met' },
  unmet: { vi: 'không đạt', en: 'not met' },
  unknown: { vi: 'chưa xác định', en: 'unknown' },
};

const RATING_RANK = rankOf(RATING_ORDER);
const DISCIPLINE_RANK = rankOf(DISCIPLINE_ORDER);
const SCOPE_RANK = rankOf(SCOPE_ORDER);

function rankOf<T extends string>(order: readonly T[]): Readonly<Record<T, number>> {
  const r = {} as Record<T, number>;
  order.forEach((v, i) => {
    r[v] = i;
  });
  return r;
}

const KIND_NAME: Readonly<Record<InitiativeKind, Message>> = {
  initiative: { vi: 'sáng kiến', en: 'initiatives' },
  research: { vi: 'đề tài, công trình khoa học', en: 'research results' },
  combat: { vi: 'giải pháp mưu trí trong chiến đấu', en: 'combat ingenuity' },
};
const ALL_KINDS: readonly InitiativeKind[] = ['initiative', 'research', 'combat'];

interface Meta {
  readonly id: string;
  readonly label: Message;
  readonly basis: readonly Citation[];
  readonly confidence: Confidence;
  readonly parameters: readonly ParameterUse[];
  /** Results already built, by a key of everything they depend on (shared between verdicts). */
  readonly cache: Map<Key, CriterionResult>;
}

/** Results kept per criterion; beyond this the cache starts again. */
const CACHE_LIMIT = 2048;

/**
 * A cache key: a number `pk · 2²⁰ + state` for the small state spaces (period, calendar and a
 * few small integers), else a string.
 */
type Key = number | string;

const STATE = 1_048_576;

/** Numeric key prefix of the period and its calendar. */
function pk(ctx: EvalCtx): number {
  // Counted from MIN_YEAR so that every key stays a small integer (a V8 Smi, under 2³⁰):
  // larger numbers are boxed, and Map lookups on them were the costliest step of an evaluation.
  return ((ctx.p - MIN_YEAR) * 2 + (ctx.facts.periodKind === 'school' ? 1 : 0)) * STATE;
}

/**
 * A result built before for the same facts. Criterion results are frozen and shared between
 * verdicts, which keeps a batch of 100,000 verdicts small.
 */
function memo(meta: Meta, key: Key): CriterionResult | undefined {
  const hit = meta.cache.get(key);
  if (hit) lastShared = hit;
  return hit;
}

function keep(meta: Meta, key: Key | undefined, r: CriterionResult): CriterionResult {
  if (key === undefined) {
    lastShared = undefined;
    return r;
  }
  lastShared = r;
  freezeDeep(r);
  if (meta.cache.size >= CACHE_LIMIT) meta.cache.clear();
  meta.cache.set(key, r);
  return r;
}

/** Where a group stores its result in its trie of child keys. */
const GROUP_RESULT = '#';

function keepGroup(r: CriterionResult, slot: Map<unknown, unknown> | undefined): CriterionResult {
  if (!slot) {
    lastShared = undefined;
    return r;
  }
  freezeDeep(r);
  slot.set(GROUP_RESULT, r);
  lastShared = r;
  return r;
}

/**
 * The shared (cached) result the last criterion returned, `undefined` when it was not
 * shareable. Groups read it right after each child runs and key their own cache by the
 * children's shared results. Every evaluator returns through `memo`, `keep` or `keepGroup`,
 * which set it; evaluation is synchronous.
 */
let lastShared: CriterionResult | undefined;

function freezeDeep<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) freezeDeep((v as Record<string, unknown>)[k]);
  }
  return v;
}

/** Key prefix: the period and its calendar (labels differ for school years). */
function k0(ctx: EvalCtx): string {
  return ctx.facts.periodKind === 'school' ? `s${ctx.p}` : `c${ctx.p}`;
}

function awardKey(h: HonourReceived | undefined): string {
  if (!h) return '-';
  const ap = h.achievementPeriod;
  return `${h.code}/${h.year ?? ''}/${h.decisionDate ?? ''}/${ap ? `${ap.from}~${ap.to}` : ''}`;
}

type Ev = (ctx: EvalCtx, meta: Meta) => CriterionResult;

function result(
  meta: Meta,
  outcome: CriterionOutcome,
  detail: Message,
  expected: unknown,
  actual: unknown,
  children?: CriterionResult[],
): CriterionResult {
  const s = STATUS[outcome];
  const r: CriterionResult = {
    id: meta.id,
    outcome,
    message: {
      vi: `${meta.label.vi}: ${s.vi} (${detail.vi})`,
      en: `${meta.label.en}: ${s.en} (${detail.en})`,
    },
    basis: meta.basis,
    expected,
    actual,
    confidence: meta.confidence,
    parameters: meta.parameters,
  };
  if (children) r.children = children;
  return r;
}

const NOT_APPLICABLE: Message = {
  vi: 'chế độ này không quy định điều kiện này',
  en: 'this regime sets no such condition',
};

function pl(ctx: EvalCtx, y: number): string {
  return periodLabel(y, ctx.facts.periodKind);
}

/** Periods `from`…`to`: "2019–2023", or "2021–2022 đến 2023–2024" for school years. */
function range(ctx: EvalCtx, from: number, to: number): Message {
  if (from === to) {
    const one = pl(ctx, from);
    return { vi: one, en: one };
  }
  // Two school-year labels joined by a dash read as four years ("2021–2022–2023–2024").
  if (ctx.facts.periodKind === 'school') {
    return { vi: `${pl(ctx, from)} đến ${pl(ctx, to)}`, en: `${pl(ctx, from)} to ${pl(ctx, to)}` };
  }
  const span = `${from}–${to}`;
  return { vi: span, en: span };
}

function list(ctx: EvalCtx, ys: readonly number[]): string {
  return ys.map((y) => pl(ctx, y)).join(', ');
}

function combine(outcomes: readonly CriterionOutcome[], any: boolean): CriterionOutcome {
  let unknown = false;
  for (const o of outcomes) {
    if (any && o === 'met') return 'met';
    if (!any && o === 'unmet') return 'unmet';
    if (o === 'unknown') unknown = true;
  }
  if (unknown) return 'unknown';
  return any ? 'unmet' : 'met';
}

// ───────────────────────────── the next-award clock (§G2) ─────────────────────────────

interface Clock {
  /** First period the window may use (−∞ when no earlier award bounds it). */
  readonly start: number;
  readonly anchor: HonourReceived | undefined;
  /** Awards that bound the window but carry no date at all. */
  readonly undated: readonly HonourReceived[];
}

const NO_CLOCK: Clock = { start: Number.NEGATIVE_INFINITY, anchor: undefined, undated: [] };

function clockCodes(spec: ClockSpec, honour: HonourCode, disjoint: boolean) {
  const codes: HonourCode[] = [...(spec.after ?? [])];
  if (spec.self && disjoint && !codes.includes(honour)) codes.push(honour);
  return codes.length > 0 ? codes : undefined;
}

function clockFor(
  ctx: EvalCtx,
  codes: readonly HonourCode[] | undefined,
  fallback: ClockFallback,
): Clock {
  if (!codes) return NO_CLOCK;
  let start = Number.NEGATIVE_INFINITY;
  let anchor: HonourReceived | undefined;
  let undated: HonourReceived[] | undefined;
  const kind = ctx.facts.periodKind;
  for (const h of ctx.facts.honours) {
    if (h.revoked === true || !codes.includes(h.code)) continue;
    const c = clockOf(h, kind, fallback);
    if (c === undefined) {
      if (!undated) undated = [];
      undated.push(h);
      continue;
    }
    if (c > ctx.p + 1) continue; // awarded for later achievements
    if (c > start) {
      start = c;
      anchor = h;
    }
  }
  return { start, anchor, undated: undated ?? [] };
}

function clockText(ctx: EvalCtx, clock: Clock): Message {
  const a = clock.anchor;
  if (!a) return { vi: '', en: '' };
  const name = honourName(a.code);
  const at = awardText(a);
  return {
    vi: `thời điểm tính thành tích bắt đầu từ kỳ ${pl(ctx, clock.start)}, sau ${name.vi} (${at.vi})`,
    en: `the achievement clock starts at ${pl(ctx, clock.start)}, after ${name.en} (${at.en})`,
  };
}

function undatedText(clock: Clock): Message {
  const names = clock.undated.map((h) => honourName(h.code));
  return {
    vi: `không xác định được thời điểm tính thành tích: ${names.map((n) => n.vi).join(', ')} không ghi năm, thời gian thành tích hay ngày quyết định`,
    en: `the achievement clock cannot be placed: ${names.map((n) => n.en).join(', ')} has no year, achievement period or decision date`,
  };
}

/** First period of a window "since the clock" (no fixed length). */
function sinceFrom(ctx: EvalCtx, clock: Clock): number {
  if (clock.start !== Number.NEGATIVE_INFINITY) return Math.min(clock.start, ctx.p + 1);
  return Math.min(ctx.p, ctx.facts.minYear);
}

// ───────────────────────────── period predicates ─────────────────────────────

interface PredResult {
  readonly outcome: CriterionOutcome;
  readonly child?: CriterionResult;
}

const MET: PredResult = { outcome: 'met' };
const UNMET: PredResult = { outcome: 'unmet' };
const UNKNOWN: PredResult = { outcome: 'unknown' };

type Pred = (ctx: EvalCtx, y: number) => PredResult;

function holdsIn(
  ctx: EvalCtx,
  codes: readonly HonourCode[],
  y: number,
): 'held' | 'revoked' | 'none' {
  let revoked = false;
  const kind = ctx.facts.periodKind;
  const index = ctx.facts.byCode;
  if (index) {
    for (const code of codes) {
      const held = index.get(code)?.get(y);
      if (held === true) return 'held';
      if (held === false) revoked = true;
    }
    return revoked ? 'revoked' : 'none';
  }
  for (const h of ctx.facts.honours) {
    if (!codes.includes(h.code) || heldPeriod(h, kind) !== y) continue;
    if (h.revoked === true) revoked = true;
    else return 'held';
  }
  return revoked ? 'revoked' : 'none';
}

function concurrentCode(ctx: EvalCtx, spec: { civil: HonourCode; armedForces?: HonourCode }) {
  return ctx.facts.armedForces ? (spec.armedForces ?? spec.civil) : spec.civil;
}

/** A concurrent evaluation as a criterion result, with the judgement it adds when met. */
interface Concurrent {
  readonly outcome: CriterionOutcome;
  readonly child: CriterionResult;
  readonly note: Judgement | undefined;
}

/**
 * Concurrent results built before, in a trie: compiled rule (weakly held) → period key → each nested criterion
 * result (shared, frozen objects) → the `Concurrent` under `GROUP_RESULT`. Those determine it all.
 */
const CONCURRENT = new WeakMap<object, Map<unknown, unknown>>();

function trieStep(node: Map<unknown, unknown>, key: unknown): Map<unknown, unknown> {
  let next = node.get(key) as Map<unknown, unknown> | undefined;
  if (!next) {
    if (node.size >= CACHE_LIMIT) node.clear();
    next = new Map();
    node.set(key, next);
  }
  return next;
}

function nestedAsResult(ctx: EvalCtx, code: HonourCode): Concurrent | undefined {
  if (ctx.depth >= MAX_DEPTH) return undefined;
  const n = ctx.rt.nested(code, ctx);
  if (!n) return undefined;
  let byRule = CONCURRENT.get(n.rule);
  if (!byRule) {
    byRule = new Map();
    CONCURRENT.set(n.rule, byRule);
  }
  let slot: Map<unknown, unknown> | undefined = trieStep(byRule, pk(ctx));
  for (const c of n.criteria) {
    if (!Object.isFrozen(c)) {
      slot = undefined;
      break;
    }
    slot = trieStep(slot, c);
  }
  let entry = slot?.get(GROUP_RESULT) as Concurrent | undefined;
  if (!entry) {
    entry = concurrentOf(ctx, n);
    if (slot) slot.set(GROUP_RESULT, freezeDeep(entry));
  }
  const note = entry.note;
  if (note) {
    if (!ctx.notes) ctx.notes = [];
    if (!ctx.notes.some((j) => j.id === note.id)) ctx.notes.push(note);
  }
  return entry;
}

function concurrentOf(ctx: EvalCtx, n: NestedResult): Concurrent {
  const outcome: CriterionOutcome =
    n.outcome === 'eligible' ? 'met' : n.outcome === 'ineligible' ? 'unmet' : 'unknown';
  const name = n.rule.title;
  const word: Message =
    outcome === 'met'
      ? { vi: 'đủ điều kiện', en: 'eligible' }
      : outcome === 'unmet'
        ? { vi: 'không đủ điều kiện', en: 'not eligible' }
        : { vi: 'chưa xác định', en: 'undetermined' };
  const child: CriterionResult = {
    id: `concurrent-${n.rule.honour}`,
    outcome,
    message: {
      vi: `${name.vi} kỳ ${pl(ctx, ctx.p)} (chưa có quyết định, xét đồng thời): ${word.vi}`,
      en: `${name.en} for ${pl(ctx, ctx.p)} (no decision yet, evaluated in the same review): ${word.en}`,
    },
    basis: n.rule.basis,
    expected: 'eligible',
    actual: n.outcome,
    children: n.criteria,
    confidence: n.rule.confidence,
    parameters: [],
  };
  const note: Judgement | undefined =
    outcome === 'met'
      ? {
          id: child.id,
          message: {
            vi: `${name.vi} kỳ ${pl(ctx, ctx.p)} phải được quyết định tặng trong cùng đợt xét`,
            en: `${name.en} for ${pl(ctx, ctx.p)} must be awarded in the same review`,
          },
          basis: n.rule.basis,
        }
      : undefined;
  return { outcome, child, note };
}

type Getter = (id: string) => unknown;

/**
 * A parameter's value checked against what the criterion does with it: a profile may name any
 * parameter for any field, and a rating where a count is read must fail here, as a TdktError,
 * not later as a TypeError.
 */
function typed<T>(
  P: Getter,
  id: string,
  owner: string,
  ok: (v: unknown) => boolean,
  what: string,
  nullable = false,
): T {
  const v = P(id);
  if ((v === null && nullable) || ok(v)) return v as T;
  return badSpec(
    owner,
    `parameter ${id} must be ${what}${nullable ? ' or null' : ''}, got ${describe(v)}`,
  );
}

const isRatingValue = (v: unknown) => typeof v === 'string' && Object.hasOwn(RATING_RANK, v);
const isDisciplineValue = (v: unknown) =>
  typeof v === 'string' && Object.hasOwn(DISCIPLINE_RANK, v);
const isScopeValue = (v: unknown) => typeof v === 'string' && Object.hasOwn(SCOPE_RANK, v);
const isCountValue = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function compilePred(pred: PeriodPredicate, P: Getter, owner: string): Pred {
  if (pred.kind === 'rating') {
    const min = typed<Rating>(P, pred.min, owner, isRatingValue, 'a rating');
    const minRank = RATING_RANK[min];
    return (ctx, y) => {
      const r = yearOf(ctx.facts, y)?.rating;
      if (r === undefined) return UNKNOWN;
      return RATING_RANK[r] >= minRank ? MET : UNMET;
    };
  }
  const { codes, concurrent } = pred;
  return (ctx, y) => {
    const held = holdsIn(ctx, codes, y);
    if (held === 'held') return MET;
    if (held === 'revoked' || !concurrent || y !== ctx.p) return UNMET;
    const n = nestedAsResult(ctx, concurrentCode(ctx, concurrent));
    return n ?? UNMET;
  };
}

// ───────────────────────────── compilation ─────────────────────────────

/**
 * Compile-time settings shared by the criteria of one rule.
 * @internal
 */
export interface CompileEnv extends ResolveEnv {
  /** The honour whose rule is compiled (the "self" of next-award clocks). */
  readonly honour: HonourCode;
}

function badSpec(id: string, en: string): never {
  throw fail(
    'INVALID_RULE',
    ['criteria', id],
    `Tiêu chí ${id} không hợp lệ: ${en}`,
    `Invalid criterion ${id}: ${en}`,
  );
}

function membersOf(ctx: EvalCtx): CollectiveMembers | undefined {
  return yearOf(ctx.facts, ctx.p)?.members;
}

/**
 * Compile a criterion (one node of the condition vocabulary) for a regime, date and profile:
 * its parameters are resolved once and its label is filled in.
 * @internal
 */
export function compileCriterion(spec: RuleCriterionSpec, env: CompileEnv): CompiledCriterion {
  const used: ResolvedParam[] = [];
  const P = (id: string): unknown => {
    const known = used.find((u) => u.id === id);
    if (known) return known.value;
    const r = resolveParam(env, id);
    used.push(r);
    return r.value;
  };
  const filled = fillTemplate(env, spec.label);
  for (const p of filled.params) if (!used.some((u) => u.id === p.id)) used.push(p);
  let children: CompiledCriterion[] | undefined;
  const clockOfSpec = (clock: ClockSpec | undefined) => {
    if (!clock) return undefined;
    const disjoint = clock.self === true && P('STREAK_CONSUMPTION') === 'disjoint';
    return clockCodes(clock, env.honour, disjoint);
  };
  const fallbackFor = (codes: readonly HonourCode[] | undefined): ClockFallback =>
    codes ? (P('CLOCK_FALLBACK') as ClockFallback) : 'PERIODS_STARTING_AFTER_DECISION';
  const lengthOf = (w: WindowSpec | undefined): number | undefined =>
    w?.length === undefined
      ? undefined
      : typed<number>(P, w.length, spec.id, isCountValue, 'a whole number');

  let ev: Ev;
  switch (spec.type) {
    case 'notUnderReview':
      ev = (ctx, meta) => {
        const pending = yearOf(ctx.facts, ctx.p)?.underReview === true;
        if (pending) ctx.deferred = true;
        const key = pk(ctx) + (pending ? 1 : 0);
        const hit = memo(meta, key);
        if (hit) return hit;
        if (pending) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              {
                vi: `kỳ ${pl(ctx, ctx.p)} đang có việc xem xét kỷ luật, điều tra, thanh tra, khiếu nại hoặc tố cáo chưa kết luận: chưa xét, hoãn đến khi có kết luận`,
                en: `a disciplinary review, investigation, inspection, complaint or denunciation is pending for ${pl(ctx, ctx.p)}: not considered yet ("chưa xét"), deferred until it ends`,
              },
              false,
              true,
            ),
          );
        }
        return keep(
          meta,
          key,
          result(
            meta,
            'met',
            {
              vi: `không có việc xem xét nào đang chờ kết luận trong kỳ ${pl(ctx, ctx.p)}`,
              en: `nothing pending for ${pl(ctx, ctx.p)}`,
            },
            false,
            false,
          ),
        );
      };
      break;

    case 'rating': {
      const min = typed<Rating | null>(P, spec.min, spec.id, isRatingValue, 'a rating', true);
      ev = (ctx, meta) => {
        const r = yearOf(ctx.facts, ctx.p)?.rating;
        const key = pk(ctx) + (r === undefined ? 9 : RATING_RANK[r]);
        const hit = memo(meta, key);
        if (hit) return hit;
        if (min === null) return keep(meta, key, result(meta, 'met', NOT_APPLICABLE, null, null));
        if (r === undefined) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              {
                vi: `chưa có kết quả xếp loại kỳ ${pl(ctx, ctx.p)}`,
                en: `no rating recorded for ${pl(ctx, ctx.p)}`,
              },
              min,
              null,
            ),
          );
        }
        const ok = RATING_RANK[r] >= RATING_RANK[min];
        return keep(
          meta,
          key,
          result(
            meta,
            ok ? 'met' : 'unmet',
            {
              vi: `kỳ ${pl(ctx, ctx.p)}: ${RATING_NAME[r].vi}`,
              en: `${pl(ctx, ctx.p)}: ${RATING_NAME[r].en}`,
            },
            min,
            r,
          ),
        );
      };
      break;
    }

    case 'noDiscipline': {
      const from = typed<Discipline | null>(
        P,
        spec.from,
        spec.id,
        isDisciplineValue,
        'a discipline form',
        true,
      );
      ev = (ctx, meta) => {
        const y = yearOf(ctx.facts, ctx.p);
        const key = pk(ctx) + (y ? (y.discipline ? DISCIPLINE_RANK[y.discipline] : 8) : 9);
        const hit = memo(meta, key);
        if (hit) return hit;
        if (from === null) return keep(meta, key, result(meta, 'met', NOT_APPLICABLE, null, null));
        if (!y) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              { vi: `không có dữ liệu kỳ ${pl(ctx, ctx.p)}`, en: `no data for ${pl(ctx, ctx.p)}` },
              { below: from },
              null,
            ),
          );
        }
        const d = y.discipline;
        if (d === undefined) {
          return keep(
            meta,
            key,
            result(
              meta,
              'met',
              {
                vi: `không bị kỷ luật trong kỳ ${pl(ctx, ctx.p)}`,
                en: `no discipline in ${pl(ctx, ctx.p)}`,
              },
              { below: from },
              null,
            ),
          );
        }
        const ok = DISCIPLINE_RANK[d] < DISCIPLINE_RANK[from];
        return keep(
          meta,
          key,
          result(
            meta,
            ok ? 'met' : 'unmet',
            {
              vi: `bị kỷ luật ${DISCIPLINE_NAME[d].vi} trong kỳ ${pl(ctx, ctx.p)}${ok ? `, nhẹ hơn ${DISCIPLINE_NAME[from].vi}` : ''}`,
              en: `${DISCIPLINE_NAME[d].en} in ${pl(ctx, ctx.p)}${ok ? `, lighter than ${DISCIPLINE_NAME[from].en}` : ''}`,
            },
            { below: from },
            d,
          ),
        );
      };
      break;
    }

    case 'noAdministrativeSanction':
      ev = (ctx, meta) => {
        const y = yearOf(ctx.facts, ctx.p);
        const key = pk(ctx) + (y ? (y.administrativeSanction === true ? 1 : 0) : 2);
        const hit = memo(meta, key);
        if (hit) return hit;
        if (!y) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              { vi: `không có dữ liệu kỳ ${pl(ctx, ctx.p)}`, en: `no data for ${pl(ctx, ctx.p)}` },
              false,
              null,
            ),
          );
        }
        const s = y.administrativeSanction === true;
        return keep(
          meta,
          key,
          result(
            meta,
            s ? 'unmet' : 'met',
            s
              ? {
                  vi: `bị xử phạt vi phạm hành chính trong kỳ ${pl(ctx, ctx.p)}`,
                  en: `administrative sanction in ${pl(ctx, ctx.p)}`,
                }
              : {
                  vi: `không bị xử phạt vi phạm hành chính trong kỳ ${pl(ctx, ctx.p)}`,
                  en: `no administrative sanction in ${pl(ctx, ctx.p)}`,
                },
            false,
            s,
          ),
        );
      };
      break;

    case 'servedMonths': {
      const min = typed<number | null>(P, spec.min, spec.id, isCountValue, 'a whole number', true);
      // Results by period number, then by the hire date's own string (its hash is cached).
      const byPeriod = new Map<number, Map<string, CriterionResult>>();
      const build = (ctx: EvalCtx, meta: Meta, h: string | undefined): CriterionResult => {
        if (min === null) return result(meta, 'met', NOT_APPLICABLE, null, null);
        if (h === undefined) {
          return result(
            meta,
            'met',
            {
              vi: 'hồ sơ không ghi ngày tuyển dụng: không coi là người mới tuyển dụng',
              en: 'no hire date recorded: not treated as a new hire',
            },
            { minMonths: min },
            null,
          );
        }
        if (h > ctx.bounds.end) {
          return result(
            meta,
            'unmet',
            {
              vi: `tuyển dụng ngày ${h}, sau khi kỳ ${pl(ctx, ctx.p)} kết thúc`,
              en: `hired on ${h}, after ${pl(ctx, ctx.p)} ended`,
            },
            { minMonths: min },
            { hiredOn: h, months: 0 },
          );
        }
        const months = wholeMonthsBetween(h, ctx.bounds.next);
        return result(
          meta,
          months >= min ? 'met' : 'unmet',
          {
            vi: `tuyển dụng ngày ${h}: ${months} tháng đủ tính đến hết kỳ ${pl(ctx, ctx.p)} (cần ít nhất ${min} tháng)`,
            en: `hired on ${h}: ${months} whole months to the end of ${pl(ctx, ctx.p)} (at least ${min} needed)`,
          },
          { minMonths: min },
          { hiredOn: h, months },
        );
      };
      ev = (ctx, meta) => {
        const h = ctx.facts.hiredOn;
        const p0 = pk(ctx);
        let byDate = byPeriod.get(p0);
        if (!byDate) {
          if (byPeriod.size >= CACHE_LIMIT) byPeriod.clear();
          byDate = new Map();
          byPeriod.set(p0, byDate);
        }
        const date = h ?? '';
        let r = byDate.get(date);
        if (!r) {
          if (byDate.size >= CACHE_LIMIT) byDate.clear();
          r = freezeDeep(build(ctx, meta, h));
          byDate.set(date, r);
        }
        lastShared = r;
        return r;
      };
      break;
    }

    case 'heldInPeriod': {
      const { codes, concurrent } = spec;
      const names = honoursName(codes);
      const byChild = new Map<CriterionResult, CriterionResult>();
      ev = (ctx, meta) => {
        const held = holdsIn(ctx, codes, ctx.p);
        const key: Key | undefined = pk(ctx) + (held === 'held' ? 0 : held === 'revoked' ? 1 : 2);
        const hit = memo(meta, key);
        if (hit) return hit;
        const expected = { codes, period: ctx.p };
        if (held === 'held') {
          return keep(
            meta,
            key,
            result(
              meta,
              'met',
              {
                vi: `đã được tặng ${names.vi} kỳ ${pl(ctx, ctx.p)}`,
                en: `holds ${names.en} for ${pl(ctx, ctx.p)}`,
              },
              expected,
              'held',
            ),
          );
        }
        if (held === 'revoked') {
          return keep(
            meta,
            key,
            result(
              meta,
              'unmet',
              {
                vi: `${names.vi} kỳ ${pl(ctx, ctx.p)} đã bị hủy bỏ, không được tính`,
                en: `${names.en} for ${pl(ctx, ctx.p)} was revoked and counts for nothing`,
              },
              expected,
              'revoked',
            ),
          );
        }
        if (concurrent) {
          const n = nestedAsResult(ctx, concurrentCode(ctx, concurrent));
          if (n) {
            // A shared child (frozen) determines this result: share it too.
            const shared = Object.isFrozen(n.child);
            const known = shared ? byChild.get(n.child) : undefined;
            if (known) {
              lastShared = known;
              return known;
            }
            const r = result(
              meta,
              n.outcome,
              {
                vi: `chưa có quyết định tặng ${names.vi} kỳ ${pl(ctx, ctx.p)}; xét đồng thời: ${STATUS[n.outcome].vi}`,
                en: `no ${names.en} decided for ${pl(ctx, ctx.p)} yet; evaluated in the same review: ${STATUS[n.outcome].en}`,
              },
              expected,
              'concurrent',
              [n.child],
            );
            if (!shared) return keep(meta, undefined, r);
            if (byChild.size >= CACHE_LIMIT) byChild.clear();
            byChild.set(n.child, freezeDeep(r));
            lastShared = r;
            return r;
          }
        }
        return keep(
          meta,
          key,
          result(
            meta,
            'unmet',
            {
              vi: `chưa được tặng ${names.vi} kỳ ${pl(ctx, ctx.p)}`,
              en: `does not hold ${names.en} for ${pl(ctx, ctx.p)}`,
            },
            expected,
            'none',
          ),
        );
      };
      break;
    }

    case 'heldBefore': {
      const { codes } = spec;
      const names = honoursName(codes);
      ev = (ctx, meta) => {
        let best: HonourReceived | undefined;
        let bestPeriod = Number.NEGATIVE_INFINITY;
        let revoked = false;
        const kind = ctx.facts.periodKind;
        for (const h of ctx.facts.honours) {
          if (!codes.includes(h.code)) continue;
          const hp = heldPeriod(h, kind);
          if (hp !== undefined && hp > ctx.p) continue;
          if (h.revoked === true) {
            revoked = true;
            continue;
          }
          const at = hp ?? Number.NEGATIVE_INFINITY;
          if (!best || at > bestPeriod) {
            best = h;
            bestPeriod = at;
          }
        }
        const key = `${k0(ctx)}|${awardKey(best)}|${revoked}`;
        const hit = memo(meta, key);
        if (hit) return hit;
        if (best) {
          const at = awardText(best);
          return keep(
            meta,
            key,
            result(
              meta,
              'met',
              {
                vi: `đã được tặng ${honourName(best.code).vi} (${at.vi})`,
                en: `holds ${honourName(best.code).en} (${at.en})`,
              },
              { codes },
              { code: best.code, year: best.year ?? null, decisionDate: best.decisionDate ?? null },
            ),
          );
        }
        return keep(
          meta,
          key,
          result(
            meta,
            'unmet',
            revoked
              ? {
                  vi: `${names.vi} đã bị hủy bỏ, không được tính`,
                  en: `${names.en} was revoked and counts for nothing`,
                }
              : { vi: `chưa được tặng ${names.vi}`, en: `does not hold ${names.en}` },
            { codes },
            revoked ? 'revoked' : null,
          ),
        );
      };
      break;
    }

    case 'consecutive': {
      const n = lengthOf(spec.window);
      if (n === undefined) badSpec(spec.id, 'a consecutive streak needs a window length');
      const pred = compilePred(spec.pred, P, spec.id);
      const codes = clockOfSpec(spec.window.clock);
      const fallback = fallbackFor(codes);
      ev = (ctx, meta) => {
        const from = ctx.p - n + 1;
        const clock = clockFor(ctx, codes, fallback);
        if (clock.start > from) {
          const key = `${k0(ctx)}|early|${clock.start}|${awardKey(clock.anchor)}`;
          const hit = memo(meta, key);
          if (hit) return hit;
          const expected = { periods: n, from, to: ctx.p };
          const ct = clockText(ctx, clock);
          return keep(
            meta,
            key,
            result(
              meta,
              'unmet',
              {
                vi: `${ct.vi}; chưa đủ ${n} kỳ liên tục đến kỳ ${pl(ctx, ctx.p)}`,
                en: `${ct.en}; fewer than ${n} consecutive periods up to ${pl(ctx, ctx.p)}`,
              },
              expected,
              { clockStart: clock.start },
            ),
          );
        }
        const met: number[] = [];
        const unmet: number[] = [];
        const unknown: number[] = [];
        let kids: CriterionResult[] | undefined;
        let mask = '';
        for (let y = from; y <= ctx.p; y++) {
          const r = pred(ctx, y);
          if (r.outcome === 'met') {
            met.push(y);
            mask += 'M';
          } else if (r.outcome === 'unmet') {
            unmet.push(y);
            mask += 'U';
          } else {
            unknown.push(y);
            mask += 'K';
          }
          if (r.child) kids = [r.child];
        }
        const key = kids ? undefined : `${k0(ctx)}|${mask}|${clock.undated.length}`;
        const hit = key === undefined ? undefined : memo(meta, key);
        if (hit) return hit;
        const expected = { periods: n, from, to: ctx.p };
        const actual = { met, unmet, unknown };
        if (unmet.length > 0) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unmet',
              {
                vi: `không liên tục ${n} kỳ ${range(ctx, from, ctx.p).vi}: không đạt kỳ ${list(ctx, unmet)}`,
                en: `not ${n} consecutive periods ${range(ctx, from, ctx.p).en}: not met in ${list(ctx, unmet)}`,
              },
              expected,
              actual,
              kids,
            ),
          );
        }
        if (clock.undated.length > 0) {
          return keep(
            meta,
            key,
            result(meta, 'unknown', undatedText(clock), expected, actual, kids),
          );
        }
        if (unknown.length > 0) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              {
                vi: `thiếu dữ liệu kỳ ${list(ctx, unknown)}`,
                en: `missing data for ${list(ctx, unknown)}`,
              },
              expected,
              actual,
              kids,
            ),
          );
        }
        return keep(
          meta,
          key,
          result(
            meta,
            'met',
            {
              vi: `${n} kỳ liên tục ${range(ctx, from, ctx.p).vi}`,
              en: `${n} consecutive periods ${range(ctx, from, ctx.p).en}`,
            },
            expected,
            actual,
            kids,
          ),
        );
      };
      break;
    }

    case 'countInWindow': {
      const n = lengthOf(spec.window);
      const min = typed<number>(P, spec.min, spec.id, isCountValue, 'a whole number');
      const pred = compilePred(spec.pred, P, spec.id);
      const codes = clockOfSpec(spec.window.clock);
      const fallback = fallbackFor(codes);
      ev = (ctx, meta) => {
        const clock = clockFor(ctx, codes, fallback);
        let from = n !== undefined ? ctx.p - n + 1 : sinceFrom(ctx, clock);
        if (clock.start > from) from = clock.start;
        const met: number[] = [];
        const unknown: number[] = [];
        let kids: CriterionResult[] | undefined;
        let mask = '';
        for (let y = from; y <= ctx.p; y++) {
          const r = pred(ctx, y);
          if (r.outcome === 'met') {
            met.push(y);
            mask += 'M';
          } else if (r.outcome === 'unknown') {
            unknown.push(y);
            mask += 'K';
          } else mask += 'U';
          if (r.child) kids = [r.child];
        }
        const key = kids ? undefined : `${k0(ctx)}|${from}|${mask}|${clock.undated.length}`;
        const hit = key === undefined ? undefined : memo(meta, key);
        if (hit) return hit;
        const expected = { atLeast: min, from, to: ctx.p };
        const actual = { count: met.length, periods: met, unknown };
        const where =
          from > ctx.p
            ? { vi: 'không có kỳ nào', en: 'no period' }
            : { vi: `kỳ ${range(ctx, from, ctx.p).vi}`, en: range(ctx, from, ctx.p).en };
        const detail: Message = {
          vi: `${met.length} kỳ đạt trong ${where.vi}${met.length ? ` (${list(ctx, met)})` : ''}, cần ít nhất ${min}`,
          en: `${met.length} in ${where.en}${met.length ? ` (${list(ctx, met)})` : ''}, at least ${min} needed`,
        };
        if (met.length >= min)
          return keep(meta, key, result(meta, 'met', detail, expected, actual, kids));
        if (met.length + unknown.length >= min || clock.undated.length > 0) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              clock.undated.length > 0 ? undatedText(clock) : detail,
              expected,
              actual,
              kids,
            ),
          );
        }
        return keep(meta, key, result(meta, 'unmet', detail, expected, actual, kids));
      };
      break;
    }

    case 'initiatives': {
      const minScope = typed<Scope>(P, spec.minScope, spec.id, isScopeValue, 'a scope');
      const min = typed<number>(P, spec.min, spec.id, isCountValue, 'a whole number');
      const kinds = spec.kinds ?? ALL_KINDS;
      const minRank = SCOPE_RANK[minScope];
      const n = lengthOf(spec.window);
      const codes = clockOfSpec(spec.window?.clock);
      const fallback = fallbackFor(codes);
      const windowed = spec.window !== undefined;
      const what: Message = {
        vi: kinds.map((k) => KIND_NAME[k].vi).join(' / '),
        en: kinds.map((k) => KIND_NAME[k].en).join(' / '),
      };
      ev = (ctx, meta) => {
        let from = ctx.p;
        let clock = NO_CLOCK;
        if (windowed) {
          clock = clockFor(ctx, codes, fallback);
          from = n !== undefined ? ctx.p - n + 1 : sinceFrom(ctx, clock);
          if (clock.start > from) from = clock.start;
        }
        let count = 0;
        let ids: Set<string> | undefined;
        const missing: number[] = [];
        for (let y = from; y <= ctx.p; y++) {
          const ye = yearOf(ctx.facts, y);
          if (!ye) {
            missing.push(y);
            continue;
          }
          const inis = ye.initiatives;
          if (!inis) continue;
          for (const ini of inis) {
            if (SCOPE_RANK[ini.scope] < minRank || !kinds.includes(ini.kind ?? 'initiative'))
              continue;
            if (ini.id !== undefined) {
              if (!ids) ids = new Set();
              if (ids.has(ini.id)) continue;
              ids.add(ini.id);
            }
            count++;
          }
        }
        const key =
          !windowed && count < 1000
            ? pk(ctx) + count * 2 + (missing.length > 0 ? 1 : 0)
            : `${k0(ctx)}|${from}|${count}|${missing.join(',')}|${clock.undated.length}`;
        const hit = memo(meta, key);
        if (hit) return hit;
        const where =
          from > ctx.p
            ? { vi: 'không có kỳ nào', en: 'no period' }
            : { vi: `kỳ ${range(ctx, from, ctx.p).vi}`, en: range(ctx, from, ctx.p).en };
        const detail: Message = {
          vi: `${count} ${what.vi} phạm vi ${SCOPE_NAME[minScope].vi} trở lên trong ${where.vi}, cần ít nhất ${min}`,
          en: `${count} ${what.en} of ${SCOPE_NAME[minScope].en} scope or wider in ${where.en}, at least ${min} needed`,
        };
        const expected = { atLeast: min, scope: minScope, kinds, from, to: ctx.p };
        const actual = { count, missing };
        if (count >= min) return keep(meta, key, result(meta, 'met', detail, expected, actual));
        if (missing.length > 0) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              {
                vi: `${detail.vi}; thiếu dữ liệu kỳ ${list(ctx, missing)}`,
                en: `${detail.en}; missing data for ${list(ctx, missing)}`,
              },
              expected,
              actual,
            ),
          );
        }
        if (clock.undated.length > 0)
          return keep(meta, key, result(meta, 'unknown', undatedText(clock), expected, actual));
        return keep(meta, key, result(meta, 'unmet', detail, expected, actual));
      };
      break;
    }

    case 'consecutiveAwards': {
      const count = typed<number>(P, spec.count, spec.id, isCountValue, 'a whole number');
      const block = typed<number>(P, spec.blockLength, spec.id, isCountValue, 'a whole number');
      const { code } = spec;
      const codes = clockOfSpec(spec.clock);
      const fallback = fallbackFor(codes);
      const concurrent = spec.concurrent === true;
      const name = honourName(code);
      ev = (ctx, meta) => {
        const clock = clockFor(ctx, codes, fallback);
        const kind = ctx.facts.periodKind;
        const blocks: { start: number; end: number }[] = [];
        let undated = false;
        let revokedAtP = false;
        for (const h of ctx.facts.honours) {
          if (h.code !== code) continue;
          const end = heldPeriod(h, kind);
          if (end === undefined) {
            if (h.revoked !== true) undated = true;
            continue;
          }
          if (end > ctx.p) continue;
          if (h.revoked === true) {
            if (end === ctx.p) revokedAtP = true;
            continue;
          }
          const start = h.achievementPeriod
            ? Math.min(end, periodOfDate(h.achievementPeriod.from, kind))
            : end - block + 1;
          if (start < clock.start) continue;
          blocks.push({ start, end });
        }
        let kids: CriterionResult[] | undefined;
        let last = blocks.find((b) => b.end === ctx.p);
        let pending = false;
        if (!last && !revokedAtP && concurrent) {
          const nr = nestedAsResult(ctx, code);
          if (nr) {
            kids = [nr.child];
            if (nr.outcome === 'met') last = { start: ctx.p - block + 1, end: ctx.p };
            else if (nr.outcome === 'unknown') pending = true;
          }
        }
        const chain: { start: number; end: number }[] = [];
        let cur = last;
        while (cur && chain.length < count) {
          chain.push(cur);
          const c: { start: number; end: number } = cur;
          let prev: { start: number; end: number } | undefined;
          for (const b of blocks) {
            if (b.end < c.end && b.end >= c.start - 1 && (!prev || b.end > prev.end)) prev = b;
          }
          cur = prev;
        }
        const key = kids
          ? undefined
          : `${k0(ctx)}|${chain.map((b) => `${b.start}-${b.end}`).join(',')}|${pending}|${undated}|${clock.undated.length}`;
        const hit = key === undefined ? undefined : memo(meta, key);
        if (hit) return hit;
        const expected = { consecutiveAwards: count, code, endingIn: ctx.p };
        const actual = { chain: chain.map((b) => ({ from: b.start, to: b.end })) };
        const spans = chain.map((b) => range(ctx, b.start, b.end));
        const shown: Message = {
          vi: spans.map((r) => r.vi).join('; '),
          en: spans.map((r) => r.en).join('; '),
        };
        if (chain.length >= count) {
          return keep(
            meta,
            key,
            result(
              meta,
              'met',
              {
                vi: `${chain.length} lần liên tục được tặng ${name.vi} (${shown.vi})`,
                en: `${chain.length} consecutive ${name.en} awards (${shown.en})`,
              },
              expected,
              actual,
              kids,
            ),
          );
        }
        const detail: Message =
          chain.length === 0
            ? {
                vi: `không có ${name.vi} kết thúc ở kỳ ${pl(ctx, ctx.p)}`,
                en: `no ${name.en} ending in ${pl(ctx, ctx.p)}`,
              }
            : {
                vi: `chỉ ${chain.length} lần liên tục được tặng ${name.vi} (${shown.vi})`,
                en: `only ${chain.length} consecutive ${name.en} award(s) (${shown.en})`,
              };
        if (pending || undated || clock.undated.length > 0) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              clock.undated.length > 0 ? undatedText(clock) : detail,
              expected,
              actual,
              kids,
            ),
          );
        }
        return keep(meta, key, result(meta, 'unmet', detail, expected, actual, kids));
      };
      break;
    }

    case 'memberShare': {
      const min = P(spec.min);
      if (!isRatio(min)) badSpec(spec.id, 'memberShare needs a ratio parameter');
      const ratio: RatioValue = min;
      const field = spec.field;
      ev = (ctx, meta) => {
        const m = membersOf(ctx);
        const k = m?.[field];
        const key =
          !m || k === undefined
            ? pk(ctx) + STATE - 1
            : k < 1023 && m.total < 1024
              ? pk(ctx) + k * 1024 + m.total
              : `${k0(ctx)}|${k}|${m.total}`;
        const hit = memo(meta, key);
        if (hit) return hit;
        const expected = { ratio: ratioText(ratio).en, ...ratio };
        if (!m || k === undefined || m.total === 0) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              {
                vi: `thiếu số liệu thành viên kỳ ${pl(ctx, ctx.p)} (${m?.total === 0 ? 'tổng số bằng 0' : field})`,
                en: `member figures missing for ${pl(ctx, ctx.p)} (${m?.total === 0 ? 'total is 0' : field})`,
              },
              expected,
              null,
            ),
          );
        }
        const total = m.total;
        const lhs = k * ratio.denominator;
        const rhs = ratio.numerator * total;
        const ok = ratio.strict ? lhs > rhs : lhs >= rhs;
        const pct = percentText(k, total);
        const t = ratioText(ratio);
        return keep(
          meta,
          key,
          result(
            meta,
            ok ? 'met' : 'unmet',
            {
              vi: `${k}/${total} thành viên = ${pct.vi}, cần ${t.vi} (${lhs} ${ratio.strict ? '>' : '≥'} ${rhs}: ${ok ? 'đúng' : 'sai'})`,
              en: `${k}/${total} members = ${pct.en}, ${t.en} needed (${lhs} ${ratio.strict ? '>' : '≥'} ${rhs}: ${ok ? 'true' : 'false'})`,
            },
            expected,
            { count: k, total },
          ),
        );
      };
      break;
    }

    case 'memberCount': {
      const min = typed<number>(P, spec.min, spec.id, isCountValue, 'a whole number');
      const field = spec.field;
      ev = (ctx, meta) => {
        const k = membersOf(ctx)?.[field];
        const key =
          k === undefined ? pk(ctx) + STATE - 1 : k < STATE - 1 ? pk(ctx) + k : `${k0(ctx)}|${k}`;
        const hit = memo(meta, key);
        if (hit) return hit;
        if (k === undefined) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              {
                vi: `thiếu số liệu thành viên kỳ ${pl(ctx, ctx.p)} (${field})`,
                en: `member figures missing for ${pl(ctx, ctx.p)} (${field})`,
              },
              { atLeast: min },
              null,
            ),
          );
        }
        return keep(
          meta,
          key,
          result(
            meta,
            k >= min ? 'met' : 'unmet',
            {
              vi: `${k} thành viên, cần ít nhất ${min}`,
              en: `${k} member(s), at least ${min} needed`,
            },
            { atLeast: min },
            k,
          ),
        );
      };
      break;
    }

    case 'noMemberDisciplined': {
      const from = typed<Discipline | null>(
        P,
        spec.from,
        spec.id,
        isDisciplineValue,
        'a discipline form',
        true,
      );
      ev = (ctx, meta) => {
        const m = membersOf(ctx);
        const any = m?.disciplined;
        const heavy = m?.disciplinedWarningOrAbove;
        const key =
          (any ?? 0) < 1023 && (heavy ?? 0) < 1023
            ? pk(ctx) + (any ?? 1023) * 1024 + (heavy ?? 1023)
            : `${k0(ctx)}|${any}|${heavy}`;
        const hit = memo(meta, key);
        if (hit) return hit;
        if (from === null) return keep(meta, key, result(meta, 'met', NOT_APPLICABLE, null, null));
        // The record gives two buckets: any form, and cảnh cáo or heavier.
        const bucket =
          from === 'khien-trach'
            ? any
            : from === 'canh-cao'
              ? (heavy ?? (any === 0 ? 0 : undefined))
              : any === 0 || heavy === 0
                ? 0
                : undefined;
        const expected = { noneFrom: from };
        if (bucket === undefined) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              {
                vi: `thiếu số liệu thành viên bị kỷ luật từ ${DISCIPLINE_NAME[from].vi} trở lên kỳ ${pl(ctx, ctx.p)}`,
                en: `no figure for members disciplined at ${DISCIPLINE_NAME[from].en} or heavier in ${pl(ctx, ctx.p)}`,
              },
              expected,
              null,
            ),
          );
        }
        return keep(
          meta,
          key,
          result(
            meta,
            bucket === 0 ? 'met' : 'unmet',
            {
              vi: `${bucket} thành viên bị kỷ luật từ ${DISCIPLINE_NAME[from].vi} trở lên`,
              en: `${bucket} member(s) disciplined at ${DISCIPLINE_NAME[from].en} or heavier`,
            },
            expected,
            bucket,
          ),
        );
      };
      break;
    }

    case 'ledCluster':
      ev = (ctx, meta) => {
        const led = yearOf(ctx.facts, ctx.p)?.ledCluster;
        const key = pk(ctx) + (led === undefined ? 2 : led ? 1 : 0);
        const hit = memo(meta, key);
        if (hit) return hit;
        if (led === undefined) {
          return keep(
            meta,
            key,
            result(
              meta,
              'unknown',
              {
                vi: `chưa có kết quả bình xét của cụm, khối thi đua kỳ ${pl(ctx, ctx.p)}`,
                en: `no cluster vote recorded for ${pl(ctx, ctx.p)}`,
              },
              true,
              null,
            ),
          );
        }
        return keep(
          meta,
          key,
          result(
            meta,
            led ? 'met' : 'unmet',
            led
              ? {
                  vi: `được cụm, khối suy tôn dẫn đầu kỳ ${pl(ctx, ctx.p)}`,
                  en: `voted leader of its cluster for ${pl(ctx, ctx.p)}`,
                }
              : {
                  vi: `không dẫn đầu cụm, khối kỳ ${pl(ctx, ctx.p)}`,
                  en: `did not lead its cluster in ${pl(ctx, ctx.p)}`,
                },
            true,
            led,
          ),
        );
      };
      break;

    case 'anyOf':
    case 'allOf': {
      const any = spec.type === 'anyOf';
      if (spec.items.length === 0) badSpec(spec.id, 'a group needs at least one item');
      const kids = spec.items.map((c) => compileCriterion(c, env));
      children = kids;
      // The group's results, stored under the path of its children's keys (no string building).
      const trie = new Map<unknown, unknown>();
      ev = (ctx, meta) => {
        const rs: CriterionResult[] = new Array(kids.length);
        let node: Map<unknown, unknown> | undefined = trie;
        for (let i = 0; i < kids.length; i++) {
          rs[i] = (kids[i] as CompiledCriterion).run(ctx);
          if (node && lastShared !== undefined) {
            let next = node.get(lastShared) as Map<unknown, unknown> | undefined;
            if (!next) {
              if (node.size >= CACHE_LIMIT) node.clear();
              next = new Map();
              node.set(lastShared, next);
            }
            node = next;
          } else node = undefined;
        }
        const cached = node?.get(GROUP_RESULT) as CriterionResult | undefined;
        if (cached) {
          lastShared = cached;
          return cached;
        }
        const outcome = combine(
          rs.map((r) => r.outcome),
          any,
        );
        const metCount = rs.filter((r) => r.outcome === 'met').length;
        return keepGroup(
          result(
            meta,
            outcome,
            any
              ? {
                  vi: `đạt ${metCount}/${rs.length} phương án, cần ít nhất một`,
                  en: `${metCount} of ${rs.length} options met, at least one needed`,
                }
              : {
                  vi: `đạt ${metCount}/${rs.length} điều kiện, cần tất cả`,
                  en: `${metCount} of ${rs.length} conditions met, all needed`,
                },
            any ? 'any' : 'all',
            metCount,
            rs,
          ),
          node,
        );
      };
      break;
    }

    default: {
      const never: never = spec;
      badSpec(String((never as { id?: unknown }).id), 'unknown condition type');
    }
  }

  const profileBasis: Citation[] = [];
  for (const u of used) {
    if (u.source === 'national') continue;
    for (const b of u.basis) {
      profileBasis.push({ ...b, note: `${u.source} (${u.id})${b.note ? `: ${b.note}` : ''}` });
    }
  }
  let confidence = basisConfidence(spec.basis);
  for (const u of used) confidence = weaker(confidence, u.confidence);
  if (children) for (const c of children) confidence = weaker(confidence, c.confidence);
  const meta: Meta = Object.freeze({
    id: spec.id,
    label: Object.freeze(filled.message),
    basis: Object.freeze([...spec.basis, ...profileBasis].map((b) => Object.freeze(b))),
    confidence,
    parameters: Object.freeze(used.map((u) => u.use)),
    cache: new Map(),
  });
  const run = ev;
  return { id: spec.id, confidence, run: (ctx) => run(ctx, meta) };
}
