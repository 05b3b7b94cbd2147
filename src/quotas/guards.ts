import { isRecordObject } from '../core/errors.js';

/**
 * An object whose named fields are still unchecked.
 * @internal
 */
export type Loose<K extends string> = { readonly [P in K]?: unknown };

/**
 * `isRecordObject` narrowing to named unchecked fields (dot access under
 * `noPropertyAccessFromIndexSignature`).
 * @internal
 */
export function isLoose<K extends string>(value: unknown): value is Loose<K> {
  return isRecordObject(value);
}
