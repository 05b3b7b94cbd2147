import type { HonourCode } from '../catalogue/codes.js';
import type { RecipientKind } from '../catalogue/types.js';
import type { RegimeId } from '../law/regimes.js';
import { ALL_RULES } from './rules/index.js';
import type { RuleSpec } from './types.js';

let index: Map<string, RuleSpec> | undefined;
let order: Map<RecipientKind, HonourCode[]> | undefined;

function build(): Map<string, RuleSpec> {
  if (!index) {
    const map = new Map<string, RuleSpec>();
    const byKind = new Map<RecipientKind, HonourCode[]>();
    for (const r of ALL_RULES) {
      for (const regime of r.regimes) {
        const key = `${r.honour}|${r.recipient}|${regime}`;
        if (map.has(key)) throw new Error(`[tdkt] two eligibility rules for ${key}`);
        map.set(key, r);
      }
      const list = byKind.get(r.recipient) ?? [];
      if (!list.includes(r.honour)) list.push(r.honour);
      byKind.set(r.recipient, list);
    }
    index = map;
    order = byKind;
  }
  return index;
}

/**
 * The rule of an honour for a kind of record in a regime, if the library encodes one.
 * @internal
 */
export function findRule(
  honour: HonourCode,
  recipient: RecipientKind,
  regime: RegimeId,
): RuleSpec | undefined {
  return build().get(`${honour}|${recipient}|${regime}`);
}

/**
 * Honours with a rule for a kind of record (any regime), in ladder order.
 * @internal
 */
export function honoursFor(recipient: RecipientKind): readonly HonourCode[] {
  build();
  return order?.get(recipient) ?? [];
}

/**
 * Every rule.
 * @internal
 */
export function allRules(): readonly RuleSpec[] {
  return ALL_RULES;
}
