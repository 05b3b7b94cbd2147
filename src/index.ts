/**
 * tdkt: Vietnam's emulation and commendation law ("thi đua, khen thưởng") as data and pure
 * functions. Every export is re-exported from here.
 * @packageDocumentation
 */

export { HONOUR_CODES, type HonourCode, isHonourCode } from './catalogue/codes.js';
export type { Rounding } from './core/decimal.js';
export { type Message, TdktError, type TdktIssue } from './core/errors.js';
export { type IsoDate, isIsoDate } from './core/iso-date.js';
export type {
  CollectiveMembers,
  CollectiveRecord,
  CollectiveYear,
  Discipline,
  HonourReceived,
  IndividualRecord,
  IndividualYear,
  Initiative,
  InitiativeKind,
  LocalRecord,
  PeriodKind,
  Rating,
  Scope,
  TdktRecord,
} from './core/records.js';
export type { Citation, Confidence } from './law/citation.js';
export { formatCitation } from './law/format-citation.js';
export { INSTRUMENTS, type Instrument, type InstrumentType } from './law/instruments.js';
export { defineParameter, type Parameter, type ParameterValue, valueAt } from './law/parameters.js';
export { getParameter, listParameters } from './law/params/index.js';
export { getRegime, REGIMES, type Regime, type RegimeId, regimeAt } from './law/regimes.js';
export { quotaLimit } from './quotas/quota-limit.js';
