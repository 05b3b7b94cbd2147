// Helpers for the tests that pin each condition's explanation (src/eligibility/conditions-*.test.ts):
// a condition added to one honour through a profile, with the plain label "L", so that its whole
// message reads "L: <status> (<detail>)".
import { expect } from 'vitest';
import type { HonourCode } from '../../src/catalogue/codes.js';
import type { TdktRecord } from '../../src/core/records.js';
import { evaluate } from '../../src/eligibility/engine.js';
import { defineProfile } from '../../src/eligibility/profiles.js';
import type { CriterionResult } from '../../src/eligibility/types.js';
import { find } from './fixtures.js';

/** The citation of every test profile and condition. */
export const B = [{ instrument: '1/2024/QĐ-X' }];
/** The label of every kit condition. */
export const L = { vi: 'L', en: 'L' };
let n = 0;

/**
 * A condition (its spec without id, label, basis and honours) added to `honour` under VN-2024,
 * with parameter `overrides`; returns a function giving its result for a record and period.
 */
export function criterion(
  honour: HonourCode,
  spec: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): (record: TdktRecord, period?: number) => CriterionResult {
  const profile = defineProfile({
    id: `kit${n++}`,
    base: 'VN-2024',
    basis: B,
    overrides: overrides as never,
    extraCriteria: [{ id: 'c', honours: [honour], label: L, basis: B, ...spec } as never],
  });
  return (record, period = 2024) => find(evaluate(record, honour, { period, profile }), 'c');
}

const STATUS = {
  met: ['đạt', 'met'],
  unmet: ['không đạt', 'not met'],
  unknown: ['chưa xác định', 'unknown'],
} as const;

/** Assert the outcome and the whole message of a kit condition: "L: <status> (<detail>)". */
export function says(
  c: CriterionResult,
  outcome: keyof typeof STATUS,
  vi: string,
  en: string,
): void {
  expect(c.outcome).toBe(outcome);
  expect(c.message).toEqual({
    vi: `L: ${STATUS[outcome][0]} (${vi})`,
    en: `L: ${STATUS[outcome][1]} (${en})`,
  });
}

/** The detail of a condition whose parameter is null ("no such condition in this regime"). */
export const NA = [
  'chế độ này không quy định điều kiện này',
  'this regime sets no such condition',
] as const;
