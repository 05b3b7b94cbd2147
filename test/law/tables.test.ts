// Integrity of the law tables (parameters, instruments, regimes): every field that a citation or
// a report shows is present and well formed. These checks also kill the "static" mutants of the
// tables (an emptied string, an emptied citation) when mutation testing runs with
// TDKT_MUTATION_STATIC=1 (docs/quality.md).
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/core/iso-date.js';
import type { Citation } from '../../src/law/citation.js';
import { INSTRUMENTS, instrumentLabelEn } from '../../src/law/instruments.js';
import { listParameters } from '../../src/law/params/index.js';
import { REGIMES } from '../../src/law/regimes.js';

const CONFIDENCES = ['confirmed', 'secondary', 'unconfirmed', 'inference', 'plan-text'];
/**
 * Citations whose "instrument" is not an instrument number. Reported to the lead: the HCMC
 * district scoring table is cited by its title, not by the number of the decision issuing it.
 */
const UNNUMBERED = new Set([
  'Bảng số ban ngành chấm điểm xếp hạng thi đua cho quận, huyện (TP.HCM)',
]);
const nonEmpty = (s: unknown) => typeof s === 'string' && s.trim().length > 0;

/** Problems of one citation, as readable strings (empty when it is fine). */
function citationProblems(c: Citation, where: string): string[] {
  const out: string[] = [];
  if (!nonEmpty(c.instrument)) out.push(`${where}: no instrument`);
  else if (instrumentLabelEn(c.instrument) === c.instrument && !UNNUMBERED.has(c.instrument))
    out.push(`${where}: instrument ${c.instrument} has no recognisable type`);
  for (const k of ['article', 'clause'] as const) {
    const n = c[k];
    if (n !== undefined && !(Number.isInteger(n) && n > 0)) out.push(`${where}: ${k} ${n}`);
  }
  if (c.point !== undefined && !nonEmpty(c.point)) out.push(`${where}: empty point`);
  if (c.url !== undefined && !/^https?:\/\/\S+$/u.test(c.url)) out.push(`${where}: url ${c.url}`);
  if (c.note !== undefined && !nonEmpty(c.note)) out.push(`${where}: empty note`);
  if (c.confidence !== undefined && !CONFIDENCES.includes(c.confidence))
    out.push(`${where}: confidence ${c.confidence}`);
  return out;
}

describe('law tables', () => {
  it('every parameter has a description, a unit and dated, cited values', () => {
    const problems: string[] = [];
    const params = listParameters();
    expect(params.length).toBeGreaterThanOrEqual(74);
    for (const p of params) {
      if (!nonEmpty(p.description.vi) || !nonEmpty(p.description.en))
        problems.push(`${p.id}: description`);
      if (!nonEmpty(p.unit)) problems.push(`${p.id}: unit`);
      if (p.values.length === 0) problems.push(`${p.id}: no values`);
      p.values.forEach((v, i) => {
        const where = `${p.id}.values[${i}]`;
        if (!isIsoDate(v.from)) problems.push(`${where}: from ${v.from}`);
        if (!CONFIDENCES.includes(v.confidence)) problems.push(`${where}: confidence`);
        if (v.note !== undefined && !nonEmpty(v.note)) problems.push(`${where}: empty note`);
        if (v.provisional !== undefined && v.provisional !== true)
          problems.push(`${where}: provisional must be true or absent`);
        if (v.value === undefined) problems.push(`${where}: no value`);
        v.basis.forEach((c, j) => {
          problems.push(...citationProblems(c, `${where}.basis[${j}]`));
        });
      });
    }
    expect(problems).toEqual([]);
  });

  it('every instrument has a number, type, titles, issuer and consistent dates', () => {
    const problems: string[] = [];
    expect(INSTRUMENTS.length).toBeGreaterThanOrEqual(17);
    expect(new Set(INSTRUMENTS.map((i) => i.number)).size).toBe(INSTRUMENTS.length);
    for (const i of INSTRUMENTS) {
      for (const k of ['number', 'type', 'titleVi', 'titleEn', 'issuer'] as const)
        if (!nonEmpty(i[k])) problems.push(`${i.number}: ${k}`);
      for (const k of ['signedOn', 'effectiveFrom', 'effectiveTo'] as const)
        if (i[k] !== undefined && !isIsoDate(i[k])) problems.push(`${i.number}: ${k}`);
      if (i.signedOn && i.effectiveFrom && i.effectiveFrom < i.signedOn)
        problems.push(`${i.number}: in force before signed`);
      if (i.effectiveFrom && i.effectiveTo && i.effectiveTo < i.effectiveFrom)
        problems.push(`${i.number}: ends before it starts`);
      if (i.url !== undefined && !/^https?:\/\/\S+$/u.test(i.url))
        problems.push(`${i.number}: url`);
      if (!CONFIDENCES.includes(i.confidence)) problems.push(`${i.number}: confidence`);
      if (!Object.isFrozen(i)) problems.push(`${i.number}: not frozen`);
    }
    expect(problems).toEqual([]);
  });

  it('the Law of 2003 and the Law of 2022 carry their real dates', () => {
    const law2003 = INSTRUMENTS.find((i) => i.number === '15/2003/QH11');
    expect([law2003?.signedOn, law2003?.effectiveFrom, law2003?.effectiveTo]).toEqual([
      '2003-11-26',
      '2004-07-01',
      '2023-12-31',
    ]);
    expect(INSTRUMENTS.find((i) => i.number === '06/2022/QH15')?.effectiveFrom).toBe('2024-01-01');
  });

  it('every regime has a description and cites known instruments', () => {
    const problems: string[] = [];
    const known = new Set(INSTRUMENTS.map((i) => i.number));
    for (const r of REGIMES) {
      if (!nonEmpty(r.description.vi) || !nonEmpty(r.description.en))
        problems.push(`${r.id}: description`);
      if (!isIsoDate(r.from)) problems.push(`${r.id}: from`);
      if (r.to !== undefined && !(isIsoDate(r.to) && r.to >= r.from)) problems.push(`${r.id}: to`);
      if (r.instruments.length === 0) problems.push(`${r.id}: no instruments`);
      r.instruments.forEach((c, j) => {
        problems.push(...citationProblems(c, `${r.id}.instruments[${j}]`));
        if (!known.has(c.instrument)) problems.push(`${r.id}: unknown ${c.instrument}`);
      });
      if (!Object.isFrozen(r) || !Object.isFrozen(r.instruments)) problems.push(`${r.id}: frozen`);
    }
    expect(REGIMES.map((r) => [r.id, r.status])).toEqual([
      ['VN-2017', 'historical'],
      ['VN-2024', 'historical'],
      ['VN-2025-07', 'in-force'],
      ['VN-2026-10', 'provisional'],
    ]);
    expect(problems).toEqual([]);
  });
});
