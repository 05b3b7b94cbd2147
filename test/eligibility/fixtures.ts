import type { HonourCode } from '../../src/catalogue/codes.js';
import type {
  CollectiveMembers,
  CollectiveRecord,
  HonourReceived,
  IndividualRecord,
  IndividualYear,
  Rating,
} from '../../src/core/records.js';
import type { CriterionOutcome, CriterionResult, Verdict } from '../../src/eligibility/index.js';

/** Years `from..to` with one rating each (extra fields merged). */
export function rated(
  from: number,
  to: number,
  rating: Rating,
  extra: Partial<IndividualYear> = {},
): IndividualYear[] {
  const out: IndividualYear[] = [];
  for (let y = from; y <= to; y++) out.push({ year: y, rating, ...extra });
  return out;
}

/** Annual awards of one code for the given years. */
export function held(code: HonourCode, ...years: number[]): HonourReceived[] {
  return years.map((year) => ({ code, year }));
}

/** An individual record. */
export function person(
  years: IndividualYear[],
  honours: HonourReceived[] = [],
  extra: Partial<IndividualRecord> = {},
): IndividualRecord {
  return { kind: 'individual', id: 'p', years, honours, ...extra };
}

/** A collective record with one year. */
export function unit(
  year: number,
  rating: Rating | undefined,
  members: CollectiveMembers | undefined,
  extra: Partial<CollectiveRecord> & { ledCluster?: boolean } = {},
): CollectiveRecord {
  const { ledCluster, ...rest } = extra;
  return {
    kind: 'collective',
    id: 'u',
    years: [
      {
        year,
        ...(rating ? { rating } : {}),
        ...(members ? { members } : {}),
        ...(ledCluster !== undefined ? { ledCluster } : {}),
      },
    ],
    honours: [],
    ...rest,
  };
}

/** Ids of the top-level criteria that are not met. */
export function unmet(v: Verdict): string[] {
  return v.criteria.filter((c) => c.outcome === 'unmet').map((c) => c.id);
}

/** Ids of the top-level criteria that are unknown. */
export function unknown(v: Verdict): string[] {
  return v.criteria.filter((c) => c.outcome === 'unknown').map((c) => c.id);
}

/** A criterion anywhere in the tree, by id. */
export function find(v: Verdict | CriterionResult[], id: string): CriterionResult {
  const list = Array.isArray(v) ? v : v.criteria;
  const stack = [...list];
  while (stack.length) {
    const c = stack.shift() as CriterionResult;
    if (c.id === id) return c;
    if (c.children) stack.push(...c.children);
  }
  throw new Error(`no criterion ${id}`);
}

/** Outcome of a criterion anywhere in the tree. */
export function outcome(v: Verdict, id: string): CriterionOutcome {
  return find(v, id).outcome;
}
