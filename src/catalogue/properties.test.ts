import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import {
  getHonour,
  HONOUR_CODES,
  listHonours,
  listInteropSystems,
  mapExternalCode,
  mapExternalValue,
  resolveHonour,
  resolveHonourCandidates,
} from './index.js';

const RUNS = 10_000;
const SEED = 42;

/** Call `fn`; a TdktError is an acceptable outcome, any other throw fails the property. */
function resultOrTdktError<T>(fn: () => T): T | TdktError {
  try {
    return fn();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
}

/** Run `fn` on `input` and check the input was not mutated. */
function unchanged(input: unknown, fn: (x: unknown) => unknown): unknown {
  let snapshot: unknown;
  try {
    snapshot = structuredClone(input);
  } catch {
    snapshot = input;
  }
  const out = resultOrTdktError(() => fn(input));
  if (snapshot !== input) expect(input).toEqual(snapshot);
  return out;
}

const names = listHonours().flatMap((h) => [h.nameVi, ...h.aliases, h.code]);
const vietnameseLetters =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ,-"';
const vietnameseText = fc
  .array(fc.constantFrom(...vietnameseLetters), { maxLength: 40 })
  .map((a) => a.join(''));
/** Catalogue names with random case changes, spacing and garbage around them. */
const nameLike = fc
  .tuple(
    fc.constantFrom(...names),
    fc.array(fc.boolean(), { maxLength: 80 }),
    fc.constantFrom('', ' ', '  "', '\t'),
  )
  .map(([name, flips, pad]) => {
    const cased = [...name]
      .map((ch, i) => (flips[i] ? ch.toUpperCase() : ch.toLowerCase()))
      .join('');
    return `${pad}${cased}${pad}`;
  });
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  vietnameseText,
  nameLike,
);

describe('property: getHonour', () => {
  it('returns the entry of a known code, else throws UNKNOWN_HONOUR; never another error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constantFrom(...HONOUR_CODES), anyText), (x) => {
        const out = unchanged(x, (v) => getHonour(v as never));
        if (typeof x === 'string' && (HONOUR_CODES as readonly string[]).includes(x)) {
          expect(out).not.toBeInstanceOf(TdktError);
          expect((out as { code: string }).code).toBe(x);
        } else {
          expect(out).toBeInstanceOf(TdktError);
          expect((out as TdktError).code).toBe('UNKNOWN_HONOUR');
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('property: listHonours', () => {
  const filterValue = fc.oneof(
    fc.constantFrom(
      'order',
      'medal',
      'emulation-title',
      'individual',
      'collective',
      'household',
      'VN-2017',
      'VN-2024',
      'state',
      'local',
      true,
      false,
      undefined,
    ),
    fc.anything(),
  );
  const filter = fc.oneof(
    fc.record(
      {
        category: filterValue,
        recipient: filterValue,
        regime: filterValue,
        level: filterValue,
        legacy: filterValue,
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );

  it('returns a frozen subset of the catalogue that satisfies the filter, or INVALID_INPUT', () => {
    const everything = listHonours();
    fc.assert(
      fc.property(filter, (f) => {
        const out = unchanged(f, (v) => listHonours(v as never));
        if (out instanceof TdktError) {
          expect(out.code).toBe('INVALID_INPUT');
          expect(out.issues[0]?.path[0]).toBe('filter');
          return;
        }
        const list = out as ReturnType<typeof listHonours>;
        expect(Object.isFrozen(list)).toBe(true);
        const ff = (f ?? {}) as {
          category?: unknown;
          recipient?: unknown;
          regime?: unknown;
          level?: unknown;
          legacy?: unknown;
        };
        for (const h of list) {
          expect(everything).toContain(h);
          if (ff.category !== undefined) expect(h.category).toBe(ff.category);
          if (ff.recipient !== undefined) expect(h.recipients).toContain(ff.recipient);
          if (ff.regime !== undefined) expect(h.regimes).toContain(ff.regime);
          if (ff.level !== undefined) expect(h.level).toBe(ff.level);
          if (ff.legacy !== undefined) expect(h.legacy === true).toBe(ff.legacy);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('property: resolveHonour', () => {
  it('returns a catalogue entry or undefined for any string, TdktError for anything else', () => {
    const everything = listHonours();
    fc.assert(
      fc.property(fc.oneof(anyText, fc.anything()), (x) => {
        const out = unchanged(x, (v) => resolveHonour(v as never));
        if (typeof x === 'string') {
          expect(out === undefined || everything.includes(out as never)).toBe(true);
        } else {
          expect(out).toBeInstanceOf(TdktError);
          expect((out as TdktError).code).toBe('INVALID_INPUT');
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives the same answer for NFC and NFD input and for any letter case of a name', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const a = resolveHonour(s);
        expect(resolveHonour(s.normalize('NFD'))).toBe(a);
        expect(resolveHonour(s.normalize('NFC'))).toBe(a);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.oneof(nameLike, vietnameseText), (s) => {
        const a = resolveHonour(s);
        expect(resolveHonour(s.toUpperCase())).toBe(a);
        expect(resolveHonour(s.toLowerCase())).toBe(a);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('agrees with resolveHonourCandidates', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, nameLike), (s) => {
        const resolved = resolveHonour(s);
        const cands = resolveHonourCandidates(s);
        if (resolved) expect(cands.map((c) => c.code)).toEqual([resolved.code]);
        else expect(cands.length).not.toBe(1);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('property: mapExternalCode / mapExternalValue', () => {
  const systems = listInteropSystems();
  const honourSystems = systems.filter((s) => s.kind === 'honour').map((s) => s.id);
  const valueSystems = systems.filter((s) => s.kind === 'value').map((s) => s.id);
  const system = fc.oneof(fc.constantFrom(...systems.map((s) => s.id)), fc.anything());
  const externalCode = fc.oneof(
    fc.constantFrom('CSTDTQ', 'ĐVQT', 'DVQT', '01', '1647933380', 'HANG_HAI', 'BANGKHEN', 'H'),
    anyText,
    fc.integer(),
    fc.double(),
    fc.anything(),
  );

  it('returns a mapping, undefined or a TdktError; never mutates its inputs', () => {
    fc.assert(
      fc.property(system, externalCode, (s, c) => {
        const out = unchanged([s, c], () => mapExternalCode(s as never, c as never));
        if (!honourSystems.includes(s as never)) {
          expect(out).toBeInstanceOf(TdktError);
          expect((out as TdktError).code).toBe('UNKNOWN_SYSTEM');
        } else if (out instanceof TdktError) {
          expect(out.code).toBe('INVALID_INPUT');
          expect(typeof c === 'string' || (Number.isSafeInteger(c) && (c as number) >= 0)).toBe(
            false,
          );
        } else if (out !== undefined) {
          expect(getHonour((out as { code: never }).code)).toBeDefined();
        }
        const out2 = unchanged([s, c], () => mapExternalValue(s as never, c as never));
        if (!valueSystems.includes(s as never)) expect(out2).toBeInstanceOf(TdktError);
        else if (!(out2 instanceof TdktError) && out2 !== undefined) {
          expect((out2 as { values: unknown[] }).values.length).toBeGreaterThan(0);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
