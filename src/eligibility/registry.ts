import type { HonourCode } from '../catalogue/codes.js';
import type { RecipientKind } from '../catalogue/types.js';
import type { RegimeId } from '../law/regimes.js';
import { ALL_RULES } from './rules/index.js';
import type { RuleSpec } from './types.js';

interface Registry {
  readonly byKey: Map<string, RuleSpec>;
  readonly order: Map<RecipientKind, readonly HonourCode[]>;
}

let registry: Registry | undefined;

// Built on first use, not at import: importing tdkt costs nothing until a rule is needed. That
// no two rules share an honour, recipient and regime is a property of the table, tested in
// registry-details.test.ts.
function build(): Registry {
  if (registry) return registry;
  const byKey = new Map<string, RuleSpec>();
  const order = new Map<RecipientKind, HonourCode[]>();
  for (const r of ALL_RULES) {
    for (const regime of r.regimes) byKey.set(`${r.honour}|${r.recipient}|${regime}`, r);
    const list = order.get(r.recipient);
    if (!list) order.set(r.recipient, [r.honour]);
    else if (!list.includes(r.honour)) list.push(r.honour);
  }
  registry = { byKey, order };
  return registry;
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
  return build().byKey.get(`${honour}|${recipient}|${regime}`);
}

/**
 * Honours with a rule for a kind of record (any regime), in ladder order.
 * @internal
 */
export function honoursFor(recipient: RecipientKind): readonly HonourCode[] {
  return build().order.get(recipient) ?? [];
}

/**
 * Every rule.
 * @internal
 */
export function allRules(): readonly RuleSpec[] {
  return ALL_RULES;
}
