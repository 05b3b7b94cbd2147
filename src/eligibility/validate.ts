import { HONOUR_CODES, type HonourCode } from '../catalogue/codes.js';
import { describe, fail, isRecordObject } from '../core/errors.js';
import { isIsoDate } from '../core/iso-date.js';
import type {
  CollectiveMembers,
  Discipline,
  HonourReceived,
  Initiative,
  PeriodKind,
  Rating,
} from '../core/records.js';
import { heldPeriod } from './context.js';

/**
 * One period of a record, as the engine reads it (a view over the caller's object).
 * @internal
 */
export interface YearFacts {
  readonly year: number;
  readonly rating?: Rating;
  readonly discipline?: Discipline;
  readonly administrativeSanction?: boolean;
  readonly underReview?: boolean;
  readonly initiatives?: readonly Initiative[];
  readonly members?: CollectiveMembers;
  readonly ledCluster?: boolean;
}

/**
 * A validated record indexed for evaluation. It holds references into the caller's record and
 * never writes to them.
 * @internal
 */
export interface Facts {
  readonly kind: 'individual' | 'collective' | 'household' | 'village' | 'commune';
  readonly id: string;
  readonly armedForces: boolean;
  readonly periodKind: PeriodKind;
  readonly occupation: 'official' | 'worker' | 'farmer' | undefined;
  readonly hiredOn: string | undefined;
  /** Periods indexed by `year - minYear` (holes are missing periods). */
  readonly years: readonly (YearFacts | undefined)[];
  /** Smallest period present (`Infinity` when there is none). */
  readonly minYear: number;
  readonly honours: readonly HonourReceived[];
  /**
   * For records read many times (prepared): by code, the periods an honour was held for (`true`)
   * or only revoked for (`false`). `undefined` otherwise.
   */
  readonly byCode: ReadonlyMap<string, ReadonlyMap<number, boolean>> | undefined;
}

type Path = readonly (string | number)[];

const HONOURS: ReadonlySet<string> = new Set(HONOUR_CODES);
const RATINGS: ReadonlySet<string> = new Set(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
const DISCIPLINES: ReadonlySet<string> = new Set([
  'khien-trach',
  'canh-cao',
  'ha-bac-luong',
  'giang-chuc',
  'cach-chuc',
  'buoc-thoi-viec',
]);
const SCOPES: ReadonlySet<string> = new Set(['co-so', 'bo-tinh', 'toan-quoc']);
const INITIATIVE_KINDS: ReadonlySet<string> = new Set(['initiative', 'research', 'combat']);
const OCCUPATIONS: ReadonlySet<string> = new Set(['official', 'worker', 'farmer']);
const PERIOD_KINDS: ReadonlySet<string> = new Set(['calendar', 'school']);
const KINDS: ReadonlySet<string> = new Set([
  'individual',
  'collective',
  'household',
  'village',
  'commune',
]);
const MEMBER_COUNTS = [
  'completedDuties',
  'ldtt',
  'cstdcs',
  'disciplined',
  'disciplinedWarningOrAbove',
] as const;

/**
 * The record's entry for a period, if any.
 * @internal
 */
export function yearOf(facts: Facts, year: number): YearFacts | undefined {
  return facts.years[year - facts.minYear];
}

/**
 * Smallest and largest period accepted (as the record schemas).
 * @internal
 */
export const MIN_YEAR = 1900;
/** @internal */
export const MAX_YEAR = 2200;

/** Shapes read before validation: every field may hold anything. */
type Loose<T> = { [K in keyof T]?: unknown };
type LooseRecord = Loose<
  IndividualRecordShape & {
    kind: unknown;
    id: unknown;
    foundedOn: unknown;
    years: unknown;
    honours: unknown;
  }
>;
interface IndividualRecordShape {
  armedForces: boolean;
  periodKind: PeriodKind;
  hiredOn: string;
  occupation: string;
}
type LooseYear = Loose<YearFacts>;
type LooseInitiative = Loose<Initiative>;
type LooseMembers = Loose<CollectiveMembers>;
type LooseHonour = Loose<HonourReceived>;
type LoosePeriod = Loose<{ from: string; to: string }>;

interface What {
  vi: string;
  en: string;
}

// Each check tests first and builds the error path only when it fails: the valid path allocates
// nothing, which keeps evaluateMany fast.

function bad(path: Path, vi: string, en: string): never {
  throw fail('INVALID_INPUT', path, vi, en);
}

function badEnum(value: unknown, set: ReadonlySet<string>, path: Path, what: What): never {
  const list = [...set].join(', ');
  bad(
    path,
    `${what.vi} không hợp lệ: ${describe(value)} (cần một trong: ${list})`,
    `Invalid ${what.en}: ${describe(value)} (expected one of: ${list})`,
  );
}

function badBoolean(value: unknown, path: Path): never {
  bad(
    path,
    `Cần true/false, nhận được ${describe(value)}`,
    `Expected a boolean, got ${describe(value)}`,
  );
}

function badObject(value: unknown, path: Path, what: What): never {
  bad(
    path,
    `${what.vi} phải là một đối tượng, nhận được ${describe(value)}`,
    `${what.en} must be an object, got ${describe(value)}`,
  );
}

function badArray(value: unknown, path: Path, what: What): never {
  bad(
    path,
    `${what.vi} phải là một mảng, nhận được ${describe(value)}`,
    `${what.en} must be an array, got ${describe(value)}`,
  );
}

function isYear(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR
  );
}

function badYear(value: unknown, path: Path): never {
  bad(
    path,
    `Năm không hợp lệ: ${describe(value)} (cần số nguyên ${MIN_YEAR}–${MAX_YEAR})`,
    `Invalid year: ${describe(value)} (expected an integer ${MIN_YEAR}–${MAX_YEAR})`,
  );
}

function isCount(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

function badCount(value: unknown, path: Path, min: number): never {
  bad(
    path,
    `Cần một số nguyên ≥ ${min}, nhận được ${describe(value)}`,
    `Expected an integer ≥ ${min}, got ${describe(value)}`,
  );
}

/**
 * True for an ISO date naming a real calendar day (the core rule, `isIsoDate`).
 * @internal
 */
export const isValidDate: (value: unknown) => value is string = isIsoDate;

/**
 * Throw the `INVALID_INPUT` error of a malformed date at `path`.
 * @internal
 */
export function badDate(value: unknown, path: Path): never {
  bad(
    path,
    `Ngày không hợp lệ: ${describe(value)}; cần một ngày có thật dạng YYYY-MM-DD`,
    `Invalid date: ${describe(value)}; expected a real calendar date as YYYY-MM-DD`,
  );
}

function checkInitiatives(value: unknown, root: Path, yi: number): void {
  if (!Array.isArray(value)) {
    badArray(value, [...root, 'years', yi, 'initiatives'], {
      vi: 'Danh sách sáng kiến',
      en: 'initiatives',
    });
  }
  for (let i = 0; i < value.length; i++) {
    const item = value[i] as unknown;
    if (!isRecordObject(item)) {
      badObject(item, [...root, 'years', yi, 'initiatives', i], {
        vi: 'Sáng kiến',
        en: 'An initiative',
      });
    }
    const ini = item as LooseInitiative;
    if (typeof ini.scope !== 'string' || !SCOPES.has(ini.scope)) {
      badEnum(ini.scope, SCOPES, [...root, 'years', yi, 'initiatives', i, 'scope'], {
        vi: 'Phạm vi',
        en: 'scope',
      });
    }
    if (
      ini.kind !== undefined &&
      (typeof ini.kind !== 'string' || !INITIATIVE_KINDS.has(ini.kind))
    ) {
      badEnum(ini.kind, INITIATIVE_KINDS, [...root, 'years', yi, 'initiatives', i, 'kind'], {
        vi: 'Loại',
        en: 'kind',
      });
    }
    if (ini.id !== undefined && typeof ini.id !== 'string') {
      bad(
        [...root, 'years', yi, 'initiatives', i, 'id'],
        'Mã sáng kiến phải là chuỗi',
        'Initiative id must be a string',
      );
    }
  }
}

function membersPath(root: Path, yi: number, ...rest: string[]): Path {
  return [...root, 'years', yi, 'members', ...rest];
}

function checkMembers(value: unknown, root: Path, yi: number): void {
  if (!isRecordObject(value))
    badObject(value, membersPath(root, yi), { vi: 'Thành viên', en: 'members' });
  const m = value as LooseMembers;
  const total = m.total;
  if (!isCount(total, 0)) badCount(total, membersPath(root, yi, 'total'), 0);
  for (const key of MEMBER_COUNTS) {
    const v = m[key];
    if (v === undefined) continue;
    if (!isCount(v, 0)) badCount(v, membersPath(root, yi, key), 0);
    if (v > total) {
      bad(
        membersPath(root, yi, key),
        `${key} (${v}) lớn hơn tổng số thành viên (${total})`,
        `${key} (${v}) exceeds the member total (${total})`,
      );
    }
  }
  const w = m.disciplinedWarningOrAbove;
  const d = m.disciplined;
  if (typeof w === 'number' && typeof d === 'number' && w > d) {
    bad(
      membersPath(root, yi, 'disciplinedWarningOrAbove'),
      'Số bị kỷ luật từ cảnh cáo trở lên lớn hơn tổng số bị kỷ luật',
      'Members disciplined at warning or above exceed the members disciplined',
    );
  }
}

function honourPath(root: Path, i: number, ...rest: string[]): Path {
  return [...root, 'honours', i, ...rest];
}

function checkHonour(item: unknown, root: Path, i: number): void {
  if (!isRecordObject(item))
    badObject(item, honourPath(root, i), { vi: 'Khen thưởng', en: 'An honour' });
  const h = item as LooseHonour;
  if (typeof h.code !== 'string' || !HONOURS.has(h.code)) {
    throw fail(
      'UNKNOWN_HONOUR',
      honourPath(root, i, 'code'),
      `Mã khen thưởng không tồn tại: ${describe(h.code)}`,
      `Unknown honour code: ${describe(h.code)}`,
    );
  }
  if (h.year !== undefined && !isYear(h.year)) badYear(h.year, honourPath(root, i, 'year'));
  if (h.decisionDate !== undefined && !isValidDate(h.decisionDate)) {
    badDate(h.decisionDate, honourPath(root, i, 'decisionDate'));
  }
  const period = h.achievementPeriod;
  if (period !== undefined) {
    if (!isRecordObject(period)) {
      badObject(period, honourPath(root, i, 'achievementPeriod'), {
        vi: 'Thời gian thành tích',
        en: 'achievementPeriod',
      });
    }
    const ap = period as LoosePeriod;
    if (!isValidDate(ap.from)) badDate(ap.from, honourPath(root, i, 'achievementPeriod', 'from'));
    if (!isValidDate(ap.to)) badDate(ap.to, honourPath(root, i, 'achievementPeriod', 'to'));
    if (ap.from > ap.to) {
      bad(
        honourPath(root, i, 'achievementPeriod'),
        `Thời gian thành tích ngược: ${ap.from} sau ${ap.to}`,
        `Achievement period is reversed: ${ap.from} is after ${ap.to}`,
      );
    }
  }
  if (h.revoked !== undefined && typeof h.revoked !== 'boolean') {
    badBoolean(h.revoked, honourPath(root, i, 'revoked'));
  }
  if (h.issuer !== undefined && typeof h.issuer !== 'string') {
    bad(
      honourPath(root, i, 'issuer'),
      'Cơ quan khen thưởng phải là chuỗi',
      'issuer must be a string',
    );
  }
}

/**
 * Validate a record against the shapes of `src/core/records.ts` and index it. Hand-written for
 * speed (no zod in the engine). Throws `TdktError` (`INVALID_INPUT`, or `UNKNOWN_HONOUR` for an
 * unknown code) naming the offending path; never writes to the record. Unknown fields are
 * ignored. `index` builds `byCode` (worth it only for records read many times).
 * @internal
 */
export function validateRecord(value: unknown, root: Path, index = false): Facts {
  if (!isRecordObject(value)) badObject(value, root, { vi: 'Hồ sơ', en: 'The record' });
  const r = value as LooseRecord;
  const kind = r.kind;
  if (typeof kind !== 'string' || !KINDS.has(kind)) {
    badEnum(kind, KINDS, [...root, 'kind'], { vi: 'Loại hồ sơ', en: 'record kind' });
  }
  if (typeof r.id !== 'string' || r.id === '') {
    bad(
      [...root, 'id'],
      `Mã hồ sơ phải là chuỗi khác rỗng, nhận được ${describe(r.id)}`,
      `id must be a non-empty string, got ${describe(r.id)}`,
    );
  }
  const individual = kind === 'individual';
  const collective = kind === 'collective';
  const local = !individual && !collective;
  let armedForces = false;
  let periodKind: PeriodKind = 'calendar';
  let occupation: 'official' | 'worker' | 'farmer' | undefined;
  let hiredOn: string | undefined;
  if (!local) {
    if (r.armedForces !== undefined) {
      if (typeof r.armedForces !== 'boolean') badBoolean(r.armedForces, [...root, 'armedForces']);
      armedForces = r.armedForces;
    }
    if (r.periodKind !== undefined) {
      if (typeof r.periodKind !== 'string' || !PERIOD_KINDS.has(r.periodKind)) {
        badEnum(r.periodKind, PERIOD_KINDS, [...root, 'periodKind'], {
          vi: 'Loại kỳ',
          en: 'periodKind',
        });
      }
      periodKind = r.periodKind as PeriodKind;
    }
  }
  if (individual) {
    if (r.hiredOn !== undefined) {
      if (!isValidDate(r.hiredOn)) badDate(r.hiredOn, [...root, 'hiredOn']);
      hiredOn = r.hiredOn;
    }
    if (r.occupation !== undefined) {
      if (typeof r.occupation !== 'string' || !OCCUPATIONS.has(r.occupation)) {
        badEnum(r.occupation, OCCUPATIONS, [...root, 'occupation'], {
          vi: 'Nhóm nghề',
          en: 'occupation',
        });
      }
      occupation = r.occupation as 'official' | 'worker' | 'farmer';
    }
  } else if (collective && r.foundedOn !== undefined && !isValidDate(r.foundedOn)) {
    badDate(r.foundedOn, [...root, 'foundedOn']);
  }

  const list = r.years;
  if (!Array.isArray(list))
    badArray(list, [...root, 'years'], { vi: 'Danh sách năm', en: 'years' });
  let minYear = Number.POSITIVE_INFINITY;
  let maxYear = Number.NEGATIVE_INFINITY;
  // Records usually list consecutive years in order: then the list itself is the index.
  let consecutive = true;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as unknown;
    if (!isRecordObject(item)) badObject(item, [...root, 'years', i], { vi: 'Năm', en: 'A year' });
    const y = item as LooseYear;
    const year = y.year;
    if (!isYear(year)) badYear(year, [...root, 'years', i, 'year']);
    if (i > 0 && year !== maxYear + 1) consecutive = false;
    if (year < minYear) minYear = year;
    if (year > maxYear) maxYear = year;
    if (y.underReview !== undefined && typeof y.underReview !== 'boolean') {
      badBoolean(y.underReview, [...root, 'years', i, 'underReview']);
    }
    if (!local) {
      const rating = y.rating;
      if (rating !== undefined && (typeof rating !== 'string' || !RATINGS.has(rating))) {
        badEnum(rating, RATINGS, [...root, 'years', i, 'rating'], { vi: 'Xếp loại', en: 'rating' });
      }
      if (individual) {
        const d = y.discipline;
        if (d !== undefined && (typeof d !== 'string' || !DISCIPLINES.has(d))) {
          badEnum(d, DISCIPLINES, [...root, 'years', i, 'discipline'], {
            vi: 'Hình thức kỷ luật',
            en: 'discipline',
          });
        }
        const s = y.administrativeSanction;
        if (s !== undefined && typeof s !== 'boolean') {
          badBoolean(s, [...root, 'years', i, 'administrativeSanction']);
        }
        const inis = y.initiatives;
        if (inis !== undefined && (!Array.isArray(inis) || inis.length > 0)) {
          checkInitiatives(inis, root, i);
        }
      } else {
        if (y.members !== undefined) checkMembers(y.members, root, i);
        if (y.ledCluster !== undefined && typeof y.ledCluster !== 'boolean') {
          badBoolean(y.ledCluster, [...root, 'years', i, 'ledCluster']);
        }
      }
    }
  }
  const years: readonly (YearFacts | undefined)[] = consecutive
    ? (list as YearFacts[])
    : indexYears(list as YearFacts[], minYear, maxYear, root);

  const honours = r.honours;
  if (!Array.isArray(honours)) {
    badArray(honours, [...root, 'honours'], { vi: 'Danh sách khen thưởng', en: 'honours' });
  }
  for (let i = 0; i < honours.length; i++) checkHonour(honours[i], root, i);

  return {
    kind: kind as Facts['kind'],
    id: r.id,
    armedForces,
    periodKind,
    occupation,
    hiredOn,
    years,
    minYear,
    honours: honours as readonly HonourReceived[],
    // Always present (undefined when not built): one object shape for every Facts keeps the
    // engine's property reads monomorphic.
    byCode: index ? indexByCode(honours as readonly HonourReceived[], periodKind) : undefined,
  };
}

function indexByCode(
  honours: readonly HonourReceived[],
  kind: PeriodKind,
): Map<string, Map<number, boolean>> {
  const byCode = new Map<string, Map<number, boolean>>();
  for (const h of honours) {
    const period = heldPeriod(h, kind);
    if (period === undefined) continue;
    let periods = byCode.get(h.code);
    if (!periods) {
      periods = new Map();
      byCode.set(h.code, periods);
    }
    if (h.revoked !== true) periods.set(period, true);
    else if (!periods.has(period)) periods.set(period, false);
  }
  return byCode;
}

/** Years listed out of order or with holes: place them by year, rejecting duplicates. */
function indexYears(
  list: readonly YearFacts[],
  minYear: number,
  maxYear: number,
  root: Path,
): (YearFacts | undefined)[] {
  const years: (YearFacts | undefined)[] = new Array(maxYear - minYear + 1).fill(undefined);
  for (let i = 0; i < list.length; i++) {
    const y = list[i] as YearFacts;
    const slot = y.year - minYear;
    if (years[slot] !== undefined) {
      bad(
        [...root, 'years', i, 'year'],
        `Năm ${y.year} bị lặp lại`,
        `Year ${y.year} appears twice`,
      );
    }
    years[slot] = y;
  }
  return years;
}

/**
 * True when `code` is a known honour code (fast set lookup).
 * @internal
 */
export function isKnownHonour(code: unknown): code is HonourCode {
  return typeof code === 'string' && HONOURS.has(code);
}
