// `null` is not an absent option: quota and posting helpers reject it as their schemas do,
// instead of reading it as the default.
import { describe, expect, it } from 'vitest';
import { postingPeriodEnd } from '../../src/calendar/workdays/posting.js';
import { TdktError } from '../../src/core/errors.js';
import { capFromParameter } from '../../src/quotas/cap-from-parameter.js';
import { selectWithinQuota } from '../../src/quotas/select-within-quota.js';

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
  it('capFromParameter: options and rounding', () => {
    expect(err(() => capFromParameter('CO_CP_CAP_PCT', 10, '2024-12-31', null as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options'],
    });
    expect(
      err(() => capFromParameter('CO_CP_CAP_PCT', 10, '2024-12-31', { rounding: null } as never))
        .path,
    ).toEqual(['options', 'rounding']);
    expect(capFromParameter('CO_CP_CAP_PCT', 13, '2024-12-31').limit).toBe(2);
  });

  it('selectWithinQuota: order and rounding', () => {
    const c = [{ id: 'A' }, { id: 'B' }];
    expect(err(() => selectWithinQuota(c, { limit: 1, order: null } as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'order'],
    });
    expect(
      err(() => selectWithinQuota(c, { base: 10, ratio: '20%', rounding: null } as never)).path,
    ).toEqual(['options', 'rounding']);
    expect(selectWithinQuota(c, { limit: 1 }).limit).toBe(1);
  });

  it('postingPeriodEnd: kind', () => {
    expect(err(() => postingPeriodEnd('2024-05-06', { kind: null } as never))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'kind'],
    });
  });
});
