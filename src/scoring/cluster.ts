import { D, type Rounding } from '../core/decimal.js';
import { describe, fail, type Message, TdktError } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';
import { type ParameterValue, valueAt } from '../law/parameters.js';
import { CLUSTER_FLAG_PROPOSALS } from '../law/params/scoring.js';
import { type CapResolution, capFromParameter } from '../quotas/cap-from-parameter.js';
import { checkCount } from '../quotas/quota-limit.js';
import {
  type QuotaOrder,
  type QuotaSelection,
  type QuotaTie,
  ROUNDING_WORDS,
  selectWithinQuota,
} from '../quotas/select-within-quota.js';
import { isObj } from './guards.js';
import { rankUnits } from './rank.js';
import { scoreUnit } from './score-unit.js';
import { compile } from './sheet.js';
import { type Reconciliation, reconcile, STAGES } from './stages.js';
import type {
  RankedUnit,
  RankOptions,
  ScoreEntry,
  ScoreOptions,
  ScoreSheet,
  Stage,
  UnitScore,
} from './types.js';

type Path = readonly (string | number)[];

/**
 * An emulation cluster or block ("cụm, khối thi đua") in a year.
 * @category Scoring
 */
export interface ClusterSpec {
  /** Cluster id. */
  readonly id: string;
  /** Name, e.g. "Cụm thi đua các huyện, thành phố". */
  readonly name?: string;
  /** The year being reviewed. */
  readonly year?: number;
  /** Member unit ids; when given, every member must have an entry and no one else. */
  readonly members?: readonly string[];
  /** This year's head ("cụm trưởng"); `null` = knowingly none (e.g. a new cluster). */
  readonly head?: string | null;
  /** This year's deputy ("cụm phó"). */
  readonly deputy?: string | null;
}

/**
 * A rotation rule for next year's head and deputy. The cluster elects them; this only
 * suggests, and the recorded election wins.
 * @category Scoring
 */
export interface RotationRule {
  /** Rank of the unit that becomes head (default 2, as in Lạng Sơn 2013). */
  readonly headRank?: number;
  /** Rank of the unit that becomes deputy (default 1). */
  readonly deputyRank?: number;
  /** Never the same head twice in a row (default true): skip this year's head. */
  readonly noRepeatHead?: boolean;
}

/**
 * Options of {@link clusterResult}.
 * @category Scoring
 */
export interface ClusterResultOptions extends RankOptions, ScoreOptions {
  /** Date for dated parameters (default: 31 December of the cluster's year). */
  readonly date?: string;
  /** Leaders proposed for the Cờ thi đua (default: parameter `CLUSTER_FLAG_PROPOSALS`). */
  readonly flagCount?: number;
  /** Next units proposed for Bằng khen (default 0: no source sets a national number). */
  readonly certificateCount?: number;
  /** The prevailing stage when a unit has entries at several stages (default: the latest). */
  readonly prevail?: Stage;
  /** Suggest next year's head and deputy by rotation. */
  readonly rotation?: RotationRule;
}

/**
 * A cluster's proposals for one honour.
 * @category Scoring
 */
export interface ClusterProposal {
  /** Honour code: `'CO_BO_TINH'` (Cờ thi đua of the ministry, sector or province) or `'BK_BO_TINH'` (Bằng khen). */
  readonly honour: 'CO_BO_TINH' | 'BK_BO_TINH';
  /** Number of places. */
  readonly count: number;
  /** Where the number comes from. */
  readonly countSource: 'option' | 'parameter' | 'default';
  /** Confidence of the number when it comes from a parameter. */
  readonly confidence?: ParameterValue['confidence'];
  /** Units proposed, best first. */
  readonly proposed: readonly string[];
  /** Units tied at the cut line: the cluster or council decides. */
  readonly undecided?: {
    readonly units: readonly string[];
    readonly places: number;
    readonly reason: Message;
  };
  /** One-sentence summary, in both languages. */
  readonly explanation: Message;
}

/**
 * A suggested head and deputy for next year.
 * @category Scoring
 */
export interface NextTerm {
  /** The year of the term (cluster year + 1), when the year is known. */
  readonly year?: number;
  /** Suggested head, unless tied. */
  readonly head?: string;
  /** Suggested deputy, unless undecided. */
  readonly deputy?: string;
  /** Units tied for the head's rank: the cluster elects. */
  readonly headTied?: readonly string[];
  /** Always a suggestion: the recorded election wins. */
  readonly suggestion: true;
  /** Why, in both languages. */
  readonly explanation: Message;
}

/**
 * The year-end result of a cluster.
 * @category Scoring
 */
export interface ClusterResult {
  /** Cluster id. */
  readonly cluster: string;
  /** Year reviewed. */
  readonly year?: number;
  /** Ranking (best first). */
  readonly ranking: readonly RankedUnit[];
  /** The prevailing score of each unit, in ranking order. */
  readonly scores: readonly UnitScore[];
  /** Units with several stages: their reconciliation. */
  readonly reconciliations: readonly Reconciliation[];
  /** Leaders proposed for the Cờ thi đua ("suy tôn dẫn đầu"). */
  readonly flag: ClusterProposal;
  /** Next units proposed for Bằng khen. */
  readonly certificate: ClusterProposal;
  /** Suggested head and deputy for next year (with `rotation`). */
  readonly nextTerm?: NextTerm;
  /** What else the council should know, in both languages. */
  readonly notes: readonly Message[];
}

function prefixed(err: unknown, prefix: Path): unknown {
  if (!(err instanceof TdktError)) return err;
  return new TdktError(
    err.code,
    err.issues.map((i) => ({ path: [...prefix, ...i.path], message: i.message })),
  );
}

function unitId(v: unknown, path: Path): string {
  if (typeof v !== 'string' || v.trim() === '') {
    throw fail(
      'INVALID_INPUT',
      path,
      `Cần mã đơn vị (chuỗi không rỗng), nhận được ${describe(v)}`,
      `Expected a unit id (a non-empty string), got ${describe(v)}`,
    );
  }
  return v;
}

function optCount(v: unknown, path: Path): number | undefined {
  return v === undefined ? undefined : checkCount(v, path);
}

function positiveInt(v: unknown, path: Path, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
    throw fail(
      'INVALID_INPUT',
      path,
      `Cần số nguyên dương, nhận được ${describe(v)}`,
      `Expected a positive integer, got ${describe(v)}`,
    );
  }
  return v;
}

function readCluster(cluster: unknown): {
  id: string;
  name?: string;
  year?: number;
  members?: Set<string>;
  head?: string | null;
} {
  if (!isObj(cluster)) {
    throw fail(
      'INVALID_INPUT',
      ['cluster'],
      `Cụm thi đua phải là một đối tượng, nhận được ${describe(cluster)}`,
      `A cluster must be an object, got ${describe(cluster)}`,
    );
  }
  const id = unitId(cluster.id, ['cluster', 'id']);
  if (cluster.name !== undefined && typeof cluster.name !== 'string') {
    throw fail(
      'INVALID_INPUT',
      ['cluster', 'name'],
      'Tên cụm phải là chuỗi',
      'The name must be a string',
    );
  }
  const year = cluster.year;
  if (
    year !== undefined &&
    (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200)
  ) {
    throw fail(
      'INVALID_INPUT',
      ['cluster', 'year'],
      `Năm không hợp lệ: ${describe(year)}`,
      `Invalid year: ${describe(year)}`,
    );
  }
  let members: Set<string> | undefined;
  if (cluster.members !== undefined) {
    if (!Array.isArray(cluster.members)) {
      throw fail(
        'INVALID_INPUT',
        ['cluster', 'members'],
        'Thành viên phải là một mảng',
        'Members must be an array',
      );
    }
    members = new Set();
    for (let i = 0; i < cluster.members.length; i++) {
      const m = unitId(cluster.members[i], ['cluster', 'members', i]);
      if (members.has(m)) {
        throw fail(
          'DUPLICATE_UNIT',
          ['cluster', 'members', i],
          `Thành viên "${m}" xuất hiện hai lần`,
          `Member "${m}" appears twice`,
        );
      }
      members.add(m);
    }
  }
  let head: string | null | undefined;
  for (const role of ['head', 'deputy'] as const) {
    const v = cluster[role];
    if (v === undefined || v === null) {
      if (role === 'head') head = v;
      continue;
    }
    const u = unitId(v, ['cluster', role]);
    if (members && !members.has(u)) {
      throw fail(
        'UNKNOWN_MEMBER',
        ['cluster', role],
        `"${u}" không phải thành viên của cụm`,
        `"${u}" is not a member of the cluster`,
      );
    }
    if (role === 'head') head = u;
  }
  return {
    id,
    ...(typeof cluster.name === 'string' ? { name: cluster.name } : {}),
    ...(year !== undefined ? { year: year as number } : {}),
    ...(members ? { members } : {}),
    ...(head !== undefined ? { head } : {}),
  };
}

function proposal(
  honour: ClusterProposal['honour'],
  count: number,
  countSource: ClusterProposal['countSource'],
  sel: QuotaSelection<{ id: string; rank: number }>,
  confidence: ParameterValue['confidence'] | undefined,
  extraVi = '',
  extraEn = '',
): ClusterProposal {
  const proposed = sel.kept.map((c) => c.id);
  const tie: QuotaTie<{ id: string; rank: number }> | undefined = sel.undecided;
  const name =
    honour === 'CO_BO_TINH'
      ? { vi: 'Cờ thi đua', en: 'the emulation flag (Cờ thi đua)' }
      : { vi: 'Bằng khen', en: 'a certificate of merit (Bằng khen)' };
  const src =
    countSource === 'parameter'
      ? {
          vi: `tham số CLUSTER_FLAG_PROPOSALS, độ tin cậy ${confidence}`,
          en: `parameter CLUSTER_FLAG_PROPOSALS, ${confidence}`,
        }
      : countSource === 'option'
        ? { vi: 'theo tùy chọn', en: 'given' }
        : { vi: 'mặc định, không có nguồn quy định', en: 'default, no source sets it' };
  const tieVi = tie
    ? `; ${tie.candidates.map((c) => c.id).join(', ')} đồng hạng tranh ${tie.places} suất: cụm/Hội đồng quyết định`
    : '';
  const tieEn = tie
    ? `; ${tie.candidates.map((c) => c.id).join(', ')} tied for ${tie.places} place(s): the cluster or council decides`
    : '';
  return {
    honour,
    count,
    countSource,
    ...(confidence ? { confidence } : {}),
    proposed,
    ...(tie
      ? {
          undecided: {
            units: tie.candidates.map((c) => c.id),
            places: tie.places,
            reason: tie.reason,
          },
        }
      : {}),
    explanation: {
      vi: `Đề nghị tặng ${name.vi} (${count} suất, ${src.vi}): ${proposed.length > 0 ? proposed.join(', ') : 'không có'}${tieVi}${extraVi}`,
      en: `Proposed for ${name.en} (${count} place(s), ${src.en}): ${proposed.length > 0 ? proposed.join(', ') : 'none'}${tieEn}${extraEn}`,
    },
  };
}

function walk(
  ranking: readonly RankedUnit[],
  rank: number,
  exclude: ReadonlySet<string>,
): { unit?: string; tied?: string[] } {
  const start = Math.min(rank - 1, ranking.length - 1);
  const order = [...ranking.slice(start), ...ranking.slice(0, start).reverse()];
  const target = order.find((r) => !exclude.has(r.unit));
  if (!target) return {};
  const tied = ranking.filter(
    (r) => r.competitionRank === target.competitionRank && !exclude.has(r.unit),
  );
  if (tied.length > 1) return { tied: tied.map((r) => r.unit) };
  return { unit: target.unit };
}

function rotate(
  ranking: readonly RankedUnit[],
  current: string | null,
  rule: Required<RotationRule>,
  year: number | undefined,
): NextTerm {
  const exclude = new Set<string>(rule.noRepeatHead && current ? [current] : []);
  const head = walk(ranking, rule.headRank, exclude);
  const skip =
    rule.noRepeatHead && current && ranking[rule.headRank - 1]?.unit === current
      ? {
          vi: ` (bỏ qua "${current}", cụm trưởng năm nay)`,
          en: ` (skipping "${current}", this year's head)`,
        }
      : { vi: '', en: '' };
  const next = year !== undefined ? { year: year + 1 } : {};
  if (!head.unit) {
    return {
      ...next,
      ...(head.tied ? { headTied: head.tied } : {}),
      suggestion: true,
      explanation: {
        vi: head.tied
          ? `Các đơn vị đồng hạng ${rule.headRank}: ${head.tied.join(', ')}; cụm bầu cụm trưởng`
          : 'Không có đơn vị nào để làm cụm trưởng',
        en: head.tied
          ? `Units tied at rank ${rule.headRank}: ${head.tied.join(', ')}; the cluster elects its head`
          : 'No unit available as head',
      },
    };
  }
  const deputy = walk(ranking, rule.deputyRank, new Set([head.unit]));
  return {
    ...next,
    head: head.unit,
    ...(deputy.unit ? { deputy: deputy.unit } : {}),
    suggestion: true,
    explanation: {
      vi: `Luân phiên: đơn vị xếp thứ ${rule.headRank} làm cụm trưởng${skip.vi}: ${head.unit}; đơn vị xếp thứ ${rule.deputyRank} làm cụm phó: ${deputy.unit ?? (deputy.tied ? `đồng hạng ${deputy.tied.join(', ')}, cụm bầu` : 'không có')}. Đây là gợi ý; kết quả bầu của cụm có hiệu lực`,
      en: `Rotation: the unit ranked ${rule.headRank} becomes head${skip.en}: ${head.unit}; the unit ranked ${rule.deputyRank} becomes deputy: ${deputy.unit ?? (deputy.tied ? `tied ${deputy.tied.join(', ')}, the cluster elects` : 'none')}. A suggestion; the cluster's recorded election wins`,
    },
  };
}

/**
 * A cluster's year-end result ("tổng kết cụm, khối thi đua"): every member scored on the
 * cluster's sheet (stages reconciled, latest prevailing by default), ranked with the declared
 * tie-breakers, the leader(s) proposed for the Cờ thi đua of the ministry or province, the next
 * units for Bằng khen, and — with a rotation rule — a suggested head and deputy for next year.
 * Ties at a cut line are left to the cluster or council, never picked. A missing head for the
 * current year is an error, never silently carried over from an earlier year.
 *
 * @example
 * ```ts
 * import { clusterResult, defineScoreSheet } from 'tdkt';
 * const sheet = defineScoreSheet({ id: 'cum', criteria: [{ id: 'A', max: 100 }] });
 * const r = clusterResult(
 *   { id: 'CUM-HUYEN', year: 2012, members: ['BAC_SON', 'HUU_LUNG', 'TP'], head: 'TP' },
 *   sheet,
 *   [
 *     { unit: 'BAC_SON', scores: { A: 95 } },
 *     { unit: 'HUU_LUNG', scores: { A: 93 } },
 *     { unit: 'TP', scores: { A: 90 } },
 *   ],
 *   { certificateCount: 1, rotation: {} },
 * );
 * r.flag.proposed; // ['BAC_SON']
 * r.certificate.proposed; // ['HUU_LUNG']
 * r.nextTerm?.head; // 'HUU_LUNG'
 * r.nextTerm?.deputy; // 'BAC_SON'
 * ```
 * @throws TdktError (`INVALID_INPUT`) for a malformed cluster, entries or options,
 * (`UNKNOWN_MEMBER`, `MISSING_ENTRY`, `DUPLICATE_UNIT`) for entries that do not match the
 * members, (`MISSING_HEAD`) when a rotation needs this year's head and none is recorded, and
 * every error of `scoreUnit`, `reconcile` and `rankUnits` (paths prefixed with `entries`).
 * @category Scoring
 * @since 0.1.0
 */
export function clusterResult(
  cluster: ClusterSpec,
  sheet: ScoreSheet,
  entries: readonly ScoreEntry[],
  options: ClusterResultOptions = {},
): ClusterResult {
  const opts: unknown = options === undefined ? {} : options;
  if (!isObj(opts)) {
    throw fail(
      'INVALID_INPUT',
      ['options'],
      `Tùy chọn phải là một đối tượng, nhận được ${describe(options)}`,
      `Options must be an object, got ${describe(options)}`,
    );
  }
  const cl = readCluster(cluster);
  const compiledSheet = compile(sheet).sheet;
  const flagOpt = optCount(opts.flagCount, ['options', 'flagCount']);
  const certCount = optCount(opts.certificateCount, ['options', 'certificateCount']) ?? 0;
  let date: string | undefined;
  if (opts.date !== undefined) {
    parseIsoDate(opts.date, ['options', 'date']);
    date = opts.date as string;
  } else if (cl.year !== undefined) {
    date = `${cl.year}-12-31`;
  }
  let rotation: Required<RotationRule> | undefined;
  if (opts.rotation !== undefined) {
    if (!isObj(opts.rotation)) {
      throw fail(
        'INVALID_INPUT',
        ['options', 'rotation'],
        'Quy tắc luân phiên phải là một đối tượng',
        'The rotation rule must be an object',
      );
    }
    const noRepeat = opts.rotation.noRepeatHead === undefined ? true : opts.rotation.noRepeatHead;
    if (typeof noRepeat !== 'boolean') {
      throw fail(
        'INVALID_INPUT',
        ['options', 'rotation', 'noRepeatHead'],
        'Cần true hoặc false',
        'Expected true or false',
      );
    }
    rotation = {
      headRank: positiveInt(opts.rotation.headRank, ['options', 'rotation', 'headRank'], 2),
      deputyRank: positiveInt(opts.rotation.deputyRank, ['options', 'rotation', 'deputyRank'], 1),
      noRepeatHead: noRepeat,
    };
    if (noRepeat && cl.head === undefined) {
      throw fail(
        'MISSING_HEAD',
        ['cluster', 'head'],
        `Chưa ghi nhận cụm trưởng${cl.year !== undefined ? ` năm ${cl.year}` : ''} của cụm "${cl.id}": không tự lấy cụm trưởng năm trước; ghi head: null nếu cụm chưa có cụm trưởng`,
        `No head recorded for cluster "${cl.id}"${cl.year !== undefined ? ` in ${cl.year}` : ''}: an earlier head is never carried over; pass head: null if the cluster has none`,
      );
    }
  }
  if (opts.prevail !== undefined && !STAGES.includes(opts.prevail as Stage)) {
    throw fail(
      'INVALID_STAGE',
      ['options', 'prevail'],
      `Giai đoạn không hợp lệ: ${describe(opts.prevail)}`,
      `Invalid stage: ${describe(opts.prevail)}`,
    );
  }
  if (!Array.isArray(entries)) {
    throw fail(
      'INVALID_INPUT',
      ['entries'],
      `Cần một mảng bản chấm điểm, nhận được ${describe(entries)}`,
      `Expected an array of entries, got ${describe(entries)}`,
    );
  }
  const scoreOpts: ScoreOptions = {
    ...(opts.decimalComma !== undefined ? { decimalComma: opts.decimalComma as boolean } : {}),
    ...(opts.requireAll !== undefined ? { requireAll: opts.requireAll as boolean } : {}),
    ...(opts.stackExclusive !== undefined
      ? { stackExclusive: opts.stackExclusive as boolean }
      : {}),
  };
  const byUnit = new Map<string, UnitScore[]>();
  entries.forEach((e: unknown, i) => {
    let s: UnitScore;
    try {
      s = scoreUnit(compiledSheet, e as ScoreEntry, scoreOpts);
    } catch (err) {
      throw prefixed(
        err,
        err instanceof TdktError && err.issues[0]?.path[0] === 'options' ? [] : ['entries', i],
      );
    }
    if (cl.members && !cl.members.has(s.unit)) {
      throw fail(
        'UNKNOWN_MEMBER',
        ['entries', i, 'unit'],
        `"${s.unit}" không phải thành viên của cụm "${cl.id}"`,
        `"${s.unit}" is not a member of cluster "${cl.id}"`,
      );
    }
    const list = byUnit.get(s.unit) ?? [];
    list.push(s);
    byUnit.set(s.unit, list);
  });
  if (cl.members) {
    const absent = [...cl.members].filter((m) => !byUnit.has(m));
    if (absent.length > 0) {
      throw fail(
        'MISSING_ENTRY',
        ['entries'],
        `Thiếu bản chấm điểm của: ${absent.join(', ')} (cụm kiểm tra chéo 100% thành viên)`,
        `No entry for: ${absent.join(', ')} (every member must be scored)`,
      );
    }
  }
  const reconciliations: Reconciliation[] = [];
  const prevailing: UnitScore[] = [];
  for (const [unit, list] of byUnit) {
    const only = list[0] as UnitScore;
    if (list.length === 1 && (opts.prevail === undefined || only.stage === undefined)) {
      prevailing.push(only);
      continue;
    }
    try {
      const r = reconcile(
        list,
        opts.prevail !== undefined ? { prevail: opts.prevail as Stage } : {},
      );
      if (list.length > 1) reconciliations.push(r);
      prevailing.push(r.score);
    } catch (err) {
      throw prefixed(err, ['entries', unit]);
    }
  }
  const rankOpts: RankOptions = {
    ...(opts.method !== undefined ? { method: opts.method as RankOptions['method'] & string } : {}),
    ...(opts.tieBreakers !== undefined
      ? { tieBreakers: opts.tieBreakers as readonly string[] }
      : {}),
    ...(opts.votes !== undefined ? { votes: opts.votes as Record<string, number> } : {}),
  };
  const ranking = rankUnits(prevailing, rankOpts);
  const byId = new Map(prevailing.map((s) => [s.unit, s]));
  const scores = ranking.map((r) => byId.get(r.unit) as UnitScore);

  let flagCount: number;
  let flagSource: ClusterProposal['countSource'];
  let flagConfidence: ParameterValue['confidence'] | undefined;
  if (flagOpt !== undefined) {
    flagCount = flagOpt;
    flagSource = 'option';
  } else {
    const v =
      (date ? valueAt(CLUSTER_FLAG_PROPOSALS, date) : undefined) ??
      CLUSTER_FLAG_PROPOSALS.values[CLUSTER_FLAG_PROPOSALS.values.length - 1];
    flagCount = (v?.value as number | undefined) ?? 1;
    flagSource = 'parameter';
    flagConfidence = v?.confidence;
  }
  const candidates = ranking.map((r) => ({ id: r.unit, rank: r.competitionRank }));
  const flagSel = selectWithinQuota(candidates, { limit: flagCount, order: 'rank' });
  const flag = proposal('CO_BO_TINH', flagCount, flagSource, flagSel, flagConfidence);
  const taken = new Set(flagSel.kept.map((c) => c.id));
  const extra = flagSel.undecided?.places ?? 0;
  const certSel = selectWithinQuota(
    candidates.filter((c) => !taken.has(c.id)),
    { limit: certCount > 0 ? certCount + extra : 0, order: 'rank' },
  );
  const certificate = proposal(
    'BK_BO_TINH',
    certCount,
    opts.certificateCount !== undefined ? 'option' : 'default',
    certSel,
    undefined,
    extra > 0 && certCount > 0
      ? `; gồm các đơn vị đồng hạng tranh Cờ, trừ ${extra} đơn vị được chọn tặng Cờ`
      : '',
    extra > 0 && certCount > 0
      ? `; includes the units tied for the flag, less the ${extra} chosen for it`
      : '',
  );
  const notes: Message[] = [];
  for (const s of scores) {
    if (!s.complete) {
      notes.push({
        vi: `"${s.unit}" chưa được chấm đủ tiêu chí (${s.missing.length} tiêu chí tính 0 điểm)`,
        en: `"${s.unit}" is not fully scored (${s.missing.length} criteria counted as 0)`,
      });
    }
  }
  for (const r of reconciliations) {
    if (!r.agreed) notes.push(r.explanation);
  }
  const nextTerm = rotation ? rotate(ranking, cl.head ?? null, rotation, cl.year) : undefined;
  return {
    cluster: cl.id,
    ...(cl.year !== undefined ? { year: cl.year } : {}),
    ranking,
    scores,
    reconciliations,
    flag,
    certificate,
    ...(nextTerm ? { nextTerm } : {}),
    notes,
  };
}

/**
 * A recorded election of a cluster's head and deputy for a year.
 * @category Scoring
 */
export interface ClusterTerm {
  /** The year of the term. */
  readonly year: number;
  /** Head ("cụm trưởng", "khối trưởng"). */
  readonly head: string;
  /** Deputy ("cụm phó", "khối phó"). */
  readonly deputy?: string;
  /** Date of the election (ISO). */
  readonly electedAt?: string;
}

/**
 * The recorded term of a year: the head and deputy the cluster elected. A year with no
 * recorded head is an error — an earlier head is never carried over silently.
 *
 * @example
 * ```ts
 * import { termForYear } from 'tdkt';
 * const terms = [{ year: 2013, head: 'HUU_LUNG', deputy: 'BAC_SON' }];
 * termForYear(terms, 2013).head; // 'HUU_LUNG'
 * ```
 * @throws TdktError (`MISSING_HEAD`) when no term with a head is recorded for the year,
 * (`DUPLICATE_TERM`) for two terms of one year, (`INVALID_INPUT`) for malformed terms.
 * @category Scoring
 * @since 0.1.0
 */
export function termForYear(terms: readonly ClusterTerm[], year: number): ClusterTerm {
  if (!Array.isArray(terms)) {
    throw fail('INVALID_INPUT', ['terms'], 'Nhiệm kỳ phải là một mảng', 'Terms must be an array');
  }
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw fail(
      'INVALID_INPUT',
      ['year'],
      `Năm không hợp lệ: ${describe(year)}`,
      `Invalid year: ${describe(year)}`,
    );
  }
  let found: ClusterTerm | undefined;
  terms.forEach((t: unknown, i) => {
    if (!isObj(t) || typeof t.year !== 'number') {
      throw fail('INVALID_INPUT', ['terms', i], 'Nhiệm kỳ cần năm (year)', 'A term needs a year');
    }
    if (t.year !== year) return;
    if (found) {
      throw fail(
        'DUPLICATE_TERM',
        ['terms', i],
        `Có hai nhiệm kỳ cho năm ${year}`,
        `Two terms are recorded for ${year}`,
      );
    }
    found = t as unknown as ClusterTerm;
  });
  if (!found || typeof found.head !== 'string' || found.head.trim() === '') {
    throw fail(
      'MISSING_HEAD',
      ['terms'],
      `Chưa ghi nhận cụm trưởng năm ${year}: không tự lấy cụm trưởng năm trước`,
      `No head recorded for ${year}: an earlier head is never carried over`,
    );
  }
  return found;
}

/**
 * A collective voted to lead a cluster or block ("tập thể dẫn đầu cụm, khối thi đua").
 * @category Scoring
 */
export interface ClusterLeader {
  /** Unit id. */
  readonly unit: string;
  /** The cluster or block it led (the council minutes must name it). */
  readonly cluster: string;
  /** Rank among the leaders (for `order: 'rank'`). */
  readonly rank?: number;
  /** Score (for `order: 'score'`). */
  readonly score?: string | number;
}

/**
 * Options of {@link capGovernmentFlagProposals}.
 * @category Scoring
 */
export interface GovernmentFlagOptions {
  /** Date of the proposal (ISO): selects the value of `CO_CP_CAP_PCT`. */
  readonly date: string;
  /** Units proposed, in priority order (default: every leader). Each must be a leader. */
  readonly proposed?: readonly string[];
  /** Denominator (default: the number of leaders). Under VN-2017 it was the collectives meeting the Cờ Bộ/tỉnh standard. */
  readonly base?: number;
  /** Order of the proposals (default `'as-given'`). */
  readonly order?: QuotaOrder;
  /** Rounding of base × 20% (default `'floor'`, unconfirmed). */
  readonly rounding?: Rounding;
  /** Use provisional values. */
  readonly includeProvisional?: boolean;
}

/**
 * A leader as a quota candidate.
 * @category Scoring
 */
export type LeaderCandidate = ClusterLeader & { readonly id: string };

/**
 * The capped Cờ thi đua của Chính phủ proposals.
 * @category Scoring
 */
export interface GovernmentFlagCap extends QuotaSelection<LeaderCandidate> {
  /** The cap as read from `CO_CP_CAP_PCT` on the date. */
  readonly cap: CapResolution;
  /** Denominator and confidence notes, in both languages. */
  readonly notes: readonly Message[];
}

/**
 * Cap the proposals for the Government emulation flag ("Cờ thi đua của Chính phủ") at 20% of
 * the cluster-leading collectives (Công văn 5007/BNV-TĐKT; under VN-2017, Decree 91/2017 Đ11:
 * 20% of the collectives meeting the Cờ Bộ/tỉnh standard — pass that count as `base`).
 * 12 leaders → 20% × 12 = 2.4 → 2 (floor, unconfirmed).
 *
 * @example
 * ```ts
 * import { capGovernmentFlagProposals } from 'tdkt';
 * const leaders = Array.from({ length: 12 }, (_, i) => ({ unit: `U${i + 1}`, cluster: `CUM-${i + 1}` }));
 * const r = capGovernmentFlagProposals(leaders, { date: '2024-12-31', proposed: ['U1', 'U2', 'U3'] });
 * r.limit; // 2
 * r.overCapacityBy; // 1
 * r.kept.map((l) => l.unit); // ['U1', 'U2']
 * ```
 * @throws TdktError (`NOT_A_CLUSTER_LEADER`) for a proposal that is not a leader,
 * (`DUPLICATE_UNIT`) for a repeated unit, (`INVALID_INPUT`, `INVALID_DATE`) for malformed
 * input, and the errors of `selectWithinQuota`.
 * @category Scoring
 * @since 0.1.0
 */
export function capGovernmentFlagProposals(
  leaders: readonly ClusterLeader[],
  options: GovernmentFlagOptions,
): GovernmentFlagCap {
  if (!isObj(options)) {
    throw fail(
      'INVALID_INPUT',
      ['options'],
      'Cần tùy chọn { date }',
      'Options { date } are required',
    );
  }
  if (!Array.isArray(leaders)) {
    throw fail(
      'INVALID_INPUT',
      ['leaders'],
      'Cần một mảng đơn vị dẫn đầu',
      'Expected an array of leaders',
    );
  }
  const map = new Map<string, LeaderCandidate>();
  leaders.forEach((l: unknown, i) => {
    if (!isObj(l)) {
      throw fail(
        'INVALID_INPUT',
        ['leaders', i],
        'Đơn vị dẫn đầu phải là một đối tượng',
        'A leader must be an object',
      );
    }
    const unit = unitId(l.unit, ['leaders', i, 'unit']);
    const clusterId = unitId(l.cluster, ['leaders', i, 'cluster']);
    if (map.has(unit)) {
      throw fail(
        'DUPLICATE_UNIT',
        ['leaders', i, 'unit'],
        `Đơn vị "${unit}" xuất hiện hai lần`,
        `Unit "${unit}" appears twice`,
      );
    }
    map.set(unit, { ...(l as unknown as ClusterLeader), unit, cluster: clusterId, id: unit });
  });
  let candidates: LeaderCandidate[];
  if (options.proposed !== undefined) {
    if (!Array.isArray(options.proposed)) {
      throw fail(
        'INVALID_INPUT',
        ['options', 'proposed'],
        'Danh sách đề nghị phải là một mảng',
        'Proposed must be an array',
      );
    }
    candidates = options.proposed.map((u: unknown, i) => {
      const c = typeof u === 'string' ? map.get(u) : undefined;
      if (!c) {
        throw fail(
          'NOT_A_CLUSTER_LEADER',
          ['options', 'proposed', i],
          `${describe(u)} không phải tập thể dẫn đầu cụm, khối thi đua`,
          `${describe(u)} is not a cluster-leading collective`,
        );
      }
      return c;
    });
  } else {
    candidates = [...map.values()];
  }
  const base =
    options.base === undefined ? map.size : checkCount(options.base, ['options', 'base']);
  const cap = capFromParameter('CO_CP_CAP_PCT', base, options.date, {
    ...(options.rounding !== undefined ? { rounding: options.rounding } : {}),
    ...(options.includeProvisional !== undefined
      ? { includeProvisional: options.includeProvisional }
      : {}),
  });
  const sel = selectWithinQuota(candidates, {
    ...(cap.ratio === null ? { ratio: null } : { base, ratio: cap.ratio }),
    rounding: cap.rounding,
    ...(options.order !== undefined ? { order: options.order } : {}),
  });
  const notes: Message[] = [];
  if (cap.status === 'cap' && cap.from === '2017-10-01') {
    notes.push(
      options.base === undefined
        ? {
            vi: 'Theo Nghị định 91/2017/NĐ-CP (Điều 11), mẫu số là số tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, tỉnh; đã dùng số tập thể dẫn đầu — truyền base nếu khác',
            en: 'Under Decree 91/2017 (Art. 11) the denominator is the collectives meeting the Cờ Bộ/tỉnh standard; the number of leaders was used — pass base if it differs',
          }
        : {
            vi: 'Mẫu số: số tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, tỉnh (Nghị định 91/2017/NĐ-CP, Điều 11)',
            en: 'Denominator: the collectives meeting the Cờ Bộ/tỉnh standard (Decree 91/2017, Art. 11)',
          },
    );
  } else if (cap.status === 'cap') {
    notes.push({
      vi: 'Mẫu số: số tập thể được suy tôn dẫn đầu cụm, khối thi đua; biên bản Hội đồng ghi rõ cụm, khối mà tập thể dẫn đầu (Công văn 5007/BNV-TĐKT)',
      en: 'Denominator: the collectives voted to lead clusters or blocks; the council minutes name the cluster each nominee led (Letter 5007/BNV-TĐKT)',
    });
  }
  if (cap.status === 'cap') {
    const words = ROUNDING_WORDS[cap.rounding];
    notes.push(
      options.rounding === undefined
        ? {
            vi: 'Cách làm tròn (làm tròn xuống) chưa được văn bản xác nhận',
            en: 'The rounding (floor) is not stated by any source',
          }
        : {
            vi: `Cách làm tròn (${words.vi}) do người dùng chọn; chưa có văn bản quy định`,
            en: `The rounding (${words.en}) is the caller's choice; no source states one`,
          },
    );
  }
  if (cap.status === 'unknown') notes.push(cap.explanation);
  if (cap.confidence && cap.confidence !== 'confirmed') {
    const pct = `${new D(cap.ratio ?? 0).times(100).toString()}%`;
    notes.push({
      vi: `Tỷ lệ ${pct.replace('.', ',')} có độ tin cậy "${cap.confidence}"`,
      en: `The ratio ${pct} has confidence "${cap.confidence}"`,
    });
  }
  return { ...sel, cap, notes };
}
