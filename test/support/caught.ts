import { expect } from 'vitest';
import { TdktError } from '../../src/core/errors.js';

/** The TdktError thrown by `run` (fails the test when nothing, or something else, is thrown). */
export function caught(run: () => unknown): TdktError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(TdktError);
    return e as TdktError;
  }
  return expect.unreachable('expected a TdktError');
}
