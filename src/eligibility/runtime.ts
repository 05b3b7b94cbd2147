import type { HonourCode } from '../catalogue/codes.js';
import type { RecipientKind } from '../catalogue/types.js';
import type { Confidence } from '../law/citation.js';
import { compileCriterion } from './conditions.js';
import type {
  CompiledRule,
  ConditionalJudgement,
  EvalCtx,
  NestedResult,
  Runtime,
} from './context.js';
import { findRule } from './registry.js';
import { basisConfidence, fillTemplate, type ResolveEnv, weaker } from './resolve.js';
import type {
  CriterionResult,
  Judgement,
  JudgementSpec,
  Profile,
  RuleSpec,
  VerdictOutcome,
} from './types.js';

function compileJudgement(env: ResolveEnv, j: JudgementSpec): Judgement {
  const { message } = fillTemplate(env, j.message);
  return Object.freeze({
    id: j.id,
    message: Object.freeze(message),
    basis: Object.freeze(j.basis.map((b) => Object.freeze({ ...b }))),
  });
}

/**
 * Compile a rule for a regime, date and profile: parameters resolved, labels filled, the
 * profile's added criteria and judgements appended.
 * @internal
 */
export function compileRule(spec: RuleSpec, env: ResolveEnv): CompiledRule {
  const cenv = { ...env, honour: spec.honour };
  const profile = env.profile;
  const extra = profile ? profile.extraCriteria.filter((c) => c.honours.includes(spec.honour)) : [];
  const criteria = [...spec.criteria, ...extra].map((c) => compileCriterion(c, cenv));
  const judgements: Judgement[] = [];
  const conditional: ConditionalJudgement[] = [];
  const extraJ = profile
    ? profile.extraJudgements.filter((j) => j.honours.includes(spec.honour))
    : [];
  for (const j of [...spec.judgements, ...extraJ]) {
    const c = compileJudgement(env, j);
    if (j.occupations) conditional.push({ occupations: j.occupations, judgement: c });
    else judgements.push(c);
  }
  let confidence: Confidence = basisConfidence(spec.basis);
  for (const c of criteria) confidence = weaker(confidence, c.confidence);
  return Object.freeze({
    honour: spec.honour,
    recipient: spec.recipient,
    regime: env.regime,
    title: Object.freeze({ ...spec.title }),
    basis: Object.freeze(spec.basis.map((b) => Object.freeze({ ...b }))),
    // Internal arrays stay unfrozen: V8 copies and indexes frozen arrays on a slow path.
    criteria,
    judgements,
    conditionalJudgements: conditional,
    confidence,
  });
}

/**
 * Run a compiled rule's criteria.
 * @internal
 */
export function runCriteria(rule: CompiledRule, ctx: EvalCtx): CriterionResult[] {
  const out: CriterionResult[] = new Array(rule.criteria.length);
  for (let i = 0; i < rule.criteria.length; i++) {
    out[i] = (rule.criteria[i] as CompiledRule['criteria'][number]).run(ctx);
  }
  return out;
}

/**
 * Verdict outcome over criteria results: any unmet → ineligible; else any unknown →
 * undetermined; else eligible.
 * @internal
 */
export function outcomeOf(criteria: readonly CriterionResult[]): VerdictOutcome {
  let unknown = false;
  for (const c of criteria) {
    if (c.outcome === 'unmet') return 'ineligible';
    if (c.outcome === 'unknown') unknown = true;
  }
  return unknown ? 'undetermined' : 'eligible';
}

function makeRuntime(env: ResolveEnv): Runtime {
  const compiled = new Map<HonourCode, Map<RecipientKind, CompiledRule | null>>();
  const rt: Runtime = {
    env,
    rule(honour: HonourCode, recipient: RecipientKind) {
      let byKind = compiled.get(honour);
      if (!byKind) {
        byKind = new Map();
        compiled.set(honour, byKind);
      }
      let r = byKind.get(recipient);
      if (r === undefined) {
        const spec = findRule(honour, recipient, env.regime);
        r = spec ? compileRule(spec, env) : null;
        byKind.set(recipient, r);
      }
      return r ?? undefined;
    },
    nested(honour: HonourCode, ctx: EvalCtx): NestedResult | undefined {
      const rule = rt.rule(honour, ctx.facts.kind);
      if (!rule) return undefined;
      const sub: EvalCtx = {
        facts: ctx.facts,
        p: ctx.p,
        honour,
        bounds: ctx.bounds,
        rt,
        depth: ctx.depth + 1,
        deferred: false,
        notes: undefined,
      };
      const criteria = runCriteria(rule, sub);
      return { rule, outcome: outcomeOf(criteria), criteria };
    },
  };
  return rt;
}

const NATIONAL = new Map<string, Runtime>();
const BY_PROFILE = new WeakMap<Profile, Map<string, Runtime>>();
const MAX_CACHED = 256;
/** The runtime used last: batches and repeated calls skip the key building. */
let last: Runtime | undefined;

/**
 * The compiled rules for a regime, parameter date and profile (cached).
 * @internal
 */
export function getRuntime(env: ResolveEnv): Runtime {
  const l = last;
  if (
    l &&
    l.env.regime === env.regime &&
    l.env.paramDate === env.paramDate &&
    l.env.provisional === env.provisional &&
    l.env.profile === env.profile
  ) {
    return l;
  }
  let cache = NATIONAL;
  if (env.profile) {
    cache = BY_PROFILE.get(env.profile) ?? new Map();
    BY_PROFILE.set(env.profile, cache);
  }
  const key = `${env.regime}|${env.paramDate}|${env.provisional ? 1 : 0}`;
  let rt = cache.get(key);
  if (!rt) {
    if (cache.size >= MAX_CACHED) cache.clear();
    rt = makeRuntime(env);
    cache.set(key, rt);
  }
  last = rt;
  return rt;
}
