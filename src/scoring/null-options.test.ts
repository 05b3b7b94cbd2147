// `null` is not an absent option: the scoring functions reject it as their schemas do, instead
// of reading it as the default (docs/integration.md: JSON `null` from another system is an error).
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import { clusterResult } from './cluster.js';
import { rankUnits } from './rank.js';
import { reconcile } from './stages.js';

function err(f: () => unknown): { code: string; path: unknown } {
  try {
    f();
  } catch (e) {
    if (e instanceof TdktError) return { code: e.code, path: e.issues[0]?.path };
    throw e;
  }
  throw new Error('did not throw');
}

describe('null options are rejected', () => {
  const scores = [
    { unit: 'A', total: '90' },
    { unit: 'B', total: '90' },
  ];

  it('rankUnits: options, method and tieBreakers', () => {
    expect(err(() => rankUnits(scores as never, null as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options'],
    });
    expect(err(() => rankUnits(scores as never, { method: null } as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'method'],
    });
    expect(err(() => rankUnits(scores as never, { tieBreakers: null } as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'tieBreakers'],
    });
    // Omitted, they take their defaults: competition ranking on the total.
    expect(rankUnits(scores as never).map((r) => r.rank)).toEqual([1, 1]);
    expect(rankUnits(scores as never, {}).map((r) => r.rank)).toEqual([1, 1]);
  });

  it('clusterResult and reconcile: options', () => {
    expect(err(() => clusterResult({} as never, {} as never, [] as never, null as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options'],
    });
    expect(err(() => reconcile([] as never, null as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options'],
    });
  });
});
