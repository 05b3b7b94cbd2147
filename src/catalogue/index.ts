/**
 * Catalogue of emulation titles and award forms ("danh hiệu thi đua", "hình thức khen thưởng"):
 * codes, frozen data, the free-text resolver and the maps from existing systems' codes.
 * @packageDocumentation
 */

export { HONOUR_CODES, type HonourCode, isHonourCode } from './codes.js';
export { getHonour, type HonourFilter, listHonours } from './honours.js';
export {
  type ExternalHonourMapping,
  type ExternalValueMapping,
  type InteropField,
  type InteropHonourSystem,
  type InteropSystem,
  type InteropValueSystem,
  listExternalMappings,
  listInteropSystems,
  mapExternalCode,
  mapExternalValue,
} from './interop.js';
export { HONOUR_LADDERS, type HonourLadder } from './ladders.js';
export {
  type HonourCandidate,
  type MatchReason,
  resolveHonour,
  resolveHonourCandidates,
} from './resolve.js';
export type {
  FormerName,
  Honour,
  HonourCategory,
  HonourDecider,
  HonourLevel,
  LaterName,
  RecipientKind,
} from './types.js';
