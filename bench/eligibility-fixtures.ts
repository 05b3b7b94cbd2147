/**
 * Shared fixtures of the eligibility benchmarks: 10-year individual records, the same CSTĐCS rule
 * (Law 06/2022 Đ23, VN-2024) hand-written as a boolean check, and written for json-rules-engine.
 */
import { Engine } from 'json-rules-engine';
import type {
  HonourReceived,
  IndividualRecord,
  IndividualYear,
  Rating,
} from '../src/core/records.js';

const RATINGS: Rating[] = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTXSNV', 'HTTNV', 'KHTNV'];

/** A deterministic person with a 10-year history (2015–2024): ratings, initiatives, titles. */
export function record(i: number): IndividualRecord {
  const years: IndividualYear[] = [];
  const honours: HonourReceived[] = [];
  for (let y = 2015; y <= 2024; y++) {
    const rating = RATINGS[(i + y * 3) % RATINGS.length] as Rating;
    const year: IndividualYear = { year: y, rating };
    if ((i + y) % 4 === 0) year.initiatives = [{ scope: (i + y) % 8 === 0 ? 'bo-tinh' : 'co-so' }];
    if (i % 97 === 0 && y === 2024) year.underReview = true;
    years.push(year);
    if (rating === 'HTXSNV' || rating === 'HTTNV') honours.push({ code: 'LDTT', year: y });
    if (rating === 'HTXSNV' || ((i + y) % 4 === 0 && rating === 'HTTNV')) {
      honours.push({ code: 'CSTDCS', year: y });
    }
  }
  honours.push({
    code: 'BK_BO_TINH',
    decisionDate: `${2016 + (i % 4)}-05-1${i % 10}`,
    achievementPeriod: { from: `${2014 + (i % 4)}-01-01`, to: `${2015 + (i % 4)}-12-31` },
  });
  return {
    kind: 'individual',
    id: `NV-${i}`,
    hiredOn: `20${10 + (i % 14)}-0${1 + (i % 9)}-15`,
    years,
    honours,
  };
}

/** `n` records. */
export function records(n: number): IndividualRecord[] {
  return Array.from({ length: n }, (_, i) => record(i));
}

const RANK: Record<Rating, number> = { KHTNV: 0, HTNV: 1, HTTNV: 2, HTXSNV: 3 };

/**
 * The CSTĐCS rule of Law 06/2022 Đ23 as a plain boolean (VN-2024 parameters inlined): not under
 * review; holds LĐTT/CSTT for the year (or, with no decision, meets LĐTT: HTTNV+, no discipline,
 * 6 months of service); and HTXSNV or an initiative of base scope or wider. No validation, no
 * explanation, no citations: the floor.
 */
export function handCstdcs(r: IndividualRecord, p: number): boolean {
  let y: IndividualYear | undefined;
  for (const x of r.years) if (x.year === p) y = x;
  if (!y || y.underReview) return false;
  let ldtt: 'held' | 'revoked' | 'none' = 'none';
  for (const h of r.honours) {
    if ((h.code === 'LDTT' || h.code === 'CSTT') && h.year === p) {
      if (h.revoked) ldtt = 'revoked';
      else {
        ldtt = 'held';
        break;
      }
    }
  }
  if (ldtt === 'revoked') return false;
  if (ldtt === 'none') {
    if (!y.rating || RANK[y.rating] < 2 || y.discipline) return false;
    if (r.hiredOn) {
      const [hy, hm, hd] = r.hiredOn.split('-').map(Number) as [number, number, number];
      let months = (p + 1 - hy) * 12 + (1 - hm);
      if (1 < hd) months -= 1;
      if (months < 6) return false;
    }
  }
  if (y.rating === 'HTXSNV') return true;
  return (y.initiatives ?? []).length > 0;
}

/** The same rule for json-rules-engine, with facts derived from the record by fact functions. */
export function jreEngine(p: number): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const yearOf = async (almanac: { factValue: (id: string) => Promise<unknown> }) => {
    const r = (await almanac.factValue('record')) as IndividualRecord;
    return r.years.find((x) => x.year === p);
  };
  engine.addFact(
    'underReview',
    async (_params, almanac) => (await yearOf(almanac))?.underReview === true,
  );
  engine.addFact('rating', async (_params, almanac) => (await yearOf(almanac))?.rating ?? 'none');
  engine.addFact(
    'initiatives',
    async (_params, almanac) => ((await yearOf(almanac))?.initiatives ?? []).length,
  );
  engine.addFact('ldtt', async (_params, almanac) => {
    const r = (await almanac.factValue('record')) as IndividualRecord;
    const h = r.honours.filter((x) => (x.code === 'LDTT' || x.code === 'CSTT') && x.year === p);
    if (h.some((x) => !x.revoked)) return 'held';
    return h.length > 0 ? 'revoked' : 'none';
  });
  engine.addFact('meetsLdtt', async (_params, almanac) => {
    const y = await yearOf(almanac);
    const r = (await almanac.factValue('record')) as IndividualRecord;
    if (!y?.rating || RANK[y.rating] < 2 || y.discipline) return false;
    if (!r.hiredOn) return true;
    const [hy, hm, hd] = r.hiredOn.split('-').map(Number) as [number, number, number];
    let months = (p + 1 - hy) * 12 + (1 - hm);
    if (1 < hd) months -= 1;
    return months >= 6;
  });
  engine.addRule({
    name: 'CSTDCS',
    conditions: {
      all: [
        { fact: 'underReview', operator: 'equal', value: false },
        {
          any: [
            { fact: 'ldtt', operator: 'equal', value: 'held' },
            {
              all: [
                { fact: 'ldtt', operator: 'equal', value: 'none' },
                { fact: 'meetsLdtt', operator: 'equal', value: true },
              ],
            },
          ],
        },
        {
          any: [
            { fact: 'rating', operator: 'equal', value: 'HTXSNV' },
            { fact: 'initiatives', operator: 'greaterThanInclusive', value: 1 },
          ],
        },
      ],
    },
    event: { type: 'eligible' },
  });
  return engine;
}

/** Run the json-rules-engine rule on one record. */
export async function jreCstdcs(engine: Engine, r: IndividualRecord): Promise<boolean> {
  const { events } = await engine.run({ record: r });
  return events.length > 0;
}
