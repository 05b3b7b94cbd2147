import { describe, expect, it } from 'vitest';
import { TdktError, type TdktIssue } from '../core/errors.js';
import type { CollectiveRecord, IndividualRecord, LocalRecord } from '../core/records.js';
import {
  CollectiveMembersSchema,
  HonourReceivedSchema,
  IndividualRecordSchema,
  TdktRecordSchema,
} from './records.js';
import { parseRecord, validate, validateRecord } from './validate.js';

const person: IndividualRecord = {
  kind: 'individual',
  id: 'NV-001',
  armedForces: false,
  periodKind: 'calendar',
  hiredOn: '2019-03-01',
  occupation: 'official',
  years: [
    {
      year: 2023,
      rating: 'HTXSNV',
      initiatives: [{ scope: 'co-so', kind: 'initiative', id: 'SK-1' }],
    },
    { year: 2024, rating: 'HTTNV', discipline: 'khien-trach', underReview: false },
    { year: 2025, administrativeSanction: true },
  ],
  honours: [
    { code: 'LDTT', year: 2023, decisionDate: '2024-01-15', issuer: 'UBND tỉnh Lạng Sơn' },
    {
      code: 'BK_BO_TINH',
      decisionDate: '2024-02-29',
      achievementPeriod: { from: '2022-01-01', to: '2023-12-31' },
      revoked: false,
    },
  ],
};

const unit: CollectiveRecord = {
  kind: 'collective',
  id: 'PHONG-TCHC',
  foundedOn: '2001-07-01',
  years: [
    {
      year: 2024,
      rating: 'HTXSNV',
      ledCluster: true,
      members: {
        total: 20,
        completedDuties: 20,
        ldtt: 20,
        cstdcs: 20,
        disciplined: 0,
        disciplinedWarningOrAbove: 0,
      },
    },
  ],
  honours: [{ code: 'TTLDTT', year: 2024 }],
};

const village: LocalRecord = {
  kind: 'village',
  id: 'THON-3',
  years: [{ year: 2024 }, { year: 2025, underReview: true }],
  honours: [{ code: 'THON_TDP_VH', year: 2024 }],
};

function issuesOf(input: unknown): TdktIssue[] {
  const r = validateRecord(input);
  if (r.ok) throw new Error('expected a failure');
  return r.issues;
}

function bilingualAt(issue: TdktIssue | undefined, path: (string | number)[]): TdktIssue {
  expect(issue).toBeDefined();
  const i = issue as TdktIssue;
  expect(i.path).toEqual(path);
  expect(i.message.vi.length).toBeGreaterThan(5);
  expect(i.message.en.length).toBeGreaterThan(5);
  expect(i.message.vi).not.toBe(i.message.en);
  return i;
}

describe('valid records parse', () => {
  it.each([
    ['individual', person],
    ['collective', unit],
    ['village', village],
    ['household', { kind: 'household', id: 'HO-1', years: [], honours: [] }],
    ['commune', { kind: 'commune', id: 'XA-1', years: [{ year: 2024 }], honours: [] }],
    ['school year', { ...person, periodKind: 'school' }],
  ])('%s', (_name, record) => {
    const r = validateRecord(record);
    expect(r).toEqual({ ok: true, value: record });
    expect(parseRecord(record)).toEqual(record);
  });

  it('returns a copy and never touches the input', () => {
    const input = structuredClone(person);
    const frozen = Object.freeze(structuredClone(person));
    const out = parseRecord(input);
    expect(out).not.toBe(input);
    expect(input).toEqual(person);
    expect(parseRecord(frozen)).toEqual(person);
  });

  it('accepts boundaries: leap day, years 1900 and 2200, members equal to total', () => {
    expect(
      HonourReceivedSchema.safeParse({ code: 'GIAY_KHEN', decisionDate: '2000-02-29' }).success,
    ).toBe(true);
    expect(
      IndividualRecordSchema.safeParse({ ...person, years: [{ year: 1900 }, { year: 2200 }] })
        .success,
    ).toBe(true);
    expect(
      CollectiveMembersSchema.safeParse({
        total: 5,
        ldtt: 5,
        disciplined: 2,
        disciplinedWarningOrAbove: 2,
      }).success,
    ).toBe(true);
    expect(
      HonourReceivedSchema.safeParse({
        code: 'LDTT',
        achievementPeriod: { from: '2024-01-01', to: '2024-01-01' },
      }).success,
    ).toBe(true);
  });
});

describe('errors name the path, in both languages', () => {
  it('unknown key "ratting" at years.0.ratting', () => {
    const bad = { ...person, years: [{ year: 2024, ratting: 'HTXSNV' }] };
    const [i, ...rest] = issuesOf(bad);
    expect(rest).toEqual([]);
    const issue = bilingualAt(i, ['years', 0, 'ratting']);
    expect(issue.message.en).toContain('"ratting"');
    expect(issue.message.vi).toContain('"ratting"');
    expect(issue.message.vi).toContain('Trường không được phép');
  });

  it('every unknown key is its own issue, at top level too', () => {
    const issues = issuesOf({ ...village, name: 'Thôn 3', code: 'T3' });
    expect(issues.map((i) => i.path)).toEqual([['name'], ['code']]);
  });

  it("'2025-02-29' at the decisionDate path", () => {
    const bad = { ...person, honours: [{ code: 'LDTT', decisionDate: '2025-02-29' }] };
    const [i] = issuesOf(bad);
    const issue = bilingualAt(i, ['honours', 0, 'decisionDate']);
    expect(issue.message.en).toContain('2025-02-29');
    expect(issue.message.vi).toContain('Ngày không hợp lệ');
  });

  it.each([['2024-13-01'], ['2024-04-31'], ['2024-1-01'], ['01/02/2024'], ['0999-12-31'], ['']])(
    'rejects the date %s at hiredOn',
    (date) => {
      const [i, ...rest] = issuesOf({ ...person, hiredOn: date });
      expect(rest).toEqual([]);
      bilingualAt(i, ['hiredOn']);
    },
  );

  it('ldtt > total at members.ldtt, and every other part', () => {
    const members = { total: 10, ldtt: 11, completedDuties: 12, cstdcs: 13, disciplined: 14 };
    const issues = issuesOf({ ...unit, years: [{ year: 2024, members }] });
    expect(issues.map((i) => i.path)).toEqual([
      ['years', 0, 'members', 'completedDuties'],
      ['years', 0, 'members', 'ldtt'],
      ['years', 0, 'members', 'cstdcs'],
      ['years', 0, 'members', 'disciplined'],
    ]);
    const ldtt = bilingualAt(issues[1], ['years', 0, 'members', 'ldtt']);
    expect(ldtt.message.en).toBe(
      'Members awarded LĐTT (ldtt = 11) exceed the total number of members (total = 10)',
    );
    expect(ldtt.message.vi).toBe(
      'Số thành viên đạt Lao động tiên tiến (ldtt = 11) lớn hơn tổng số thành viên (total = 10)',
    );
  });

  it('disciplinedWarningOrAbove cannot exceed disciplined', () => {
    const r = CollectiveMembersSchema.safeParse({
      total: 10,
      disciplined: 1,
      disciplinedWarningOrAbove: 2,
    });
    expect(r.success).toBe(false);
    const issues = issuesOf({
      ...unit,
      years: [{ year: 2024, members: { total: 10, disciplined: 1, disciplinedWarningOrAbove: 2 } }],
    });
    bilingualAt(issues[0], ['years', 0, 'members', 'disciplinedWarningOrAbove']);
  });

  it('negative and fractional counts', () => {
    const issues = issuesOf({
      ...unit,
      years: [{ year: 2024, members: { total: -1, ldtt: 1.5 } }],
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['years', 0, 'members', 'total'],
      ['years', 0, 'members', 'ldtt'],
    ]);
    expect(issues[0]?.message.en).toBe('Must be at least 0, got -1');
    expect(issues[1]?.message.en).toBe('Expected an integer, got 1.5');
  });

  it('a duplicate year is reported at the duplicate', () => {
    const issues = issuesOf({ ...person, years: [{ year: 2023 }, { year: 2024 }, { year: 2023 }] });
    expect(issues).toHaveLength(1);
    const issue = bilingualAt(issues[0], ['years', 2, 'year']);
    expect(issue.message.en).toContain('2023');
    expect(issue.message.en).toContain('entry 0');
  });

  it('years outside 1900–2200 or not integers', () => {
    expect(issuesOf({ ...village, years: [{ year: 1899 }] })[0]?.message.en).toBe(
      'Must be at least 1900, got 1899',
    );
    expect(issuesOf({ ...village, years: [{ year: 2201 }] })[0]?.message.en).toBe(
      'Must be at most 2200, got 2201',
    );
    expect(issuesOf({ ...village, years: [{ year: '2024' }] })[0]?.message.en).toBe(
      'Expected a number, got "2024"',
    );
  });

  it('achievementPeriod.from after to is reported at to', () => {
    const bad = {
      ...person,
      honours: [{ code: 'CSTDCS', achievementPeriod: { from: '2024-12-31', to: '2024-01-01' } }],
    };
    const issue = bilingualAt(issuesOf(bad)[0], ['honours', 0, 'achievementPeriod', 'to']);
    expect(issue.message.en).toBe(
      'The end date (2024-01-01) is before the start date (2024-12-31)',
    );
  });

  it('unknown honour code and rating list the allowed values', () => {
    const issues = issuesOf({
      ...person,
      years: [{ year: 2024, rating: 'XUAT_SAC' }],
      honours: [{ code: 'LĐTT' }],
    });
    const rating = bilingualAt(issues[0], ['years', 0, 'rating']);
    expect(rating.message.en).toBe(
      'Invalid value "XUAT_SAC"; allowed: "HTXSNV", "HTTNV", "HTNV", "KHTNV"',
    );
    expect(rating.message.vi).toBe(
      'Giá trị "XUAT_SAC" không hợp lệ; cho phép: "HTXSNV", "HTTNV", "HTNV", "KHTNV"',
    );
    const code = bilingualAt(issues[1], ['honours', 0, 'code']);
    expect(code.message.en).toContain('"CSTDCS"');
    expect(code.message.en).toContain('65 values in all');
  });

  it('a wrong or missing kind names the field and the kinds', () => {
    const wrong = bilingualAt(issuesOf({ ...person, kind: 'person' })[0], ['kind']);
    expect(wrong.message.en).toBe(
      'Field "kind" must be one of: "individual", "collective", "household", "village", "commune"; got "person"',
    );
    const { kind: _k, ...noKind } = person;
    const missing = bilingualAt(issuesOf(noKind)[0], ['kind']);
    expect(missing.message.en).toContain('Missing field "kind"');
  });

  it('missing required fields, and a field set to undefined', () => {
    const issues = issuesOf({ kind: 'individual', id: 'X' });
    expect(issues.map((i) => [i.path, i.message.en])).toEqual([
      [['years'], 'Required field is missing (expected an array)'],
      [['honours'], 'Required field is missing (expected an array)'],
    ]);
    const undef = issuesOf({ ...person, hiredOn: undefined });
    expect(undef[0]?.path).toEqual(['hiredOn']);
    expect(undef[0]?.message.en).toBe(
      'undefined is not accepted: leave the field out or give a value (expected a string)',
    );
  });

  it('an empty id', () => {
    const issue = bilingualAt(issuesOf({ ...village, id: '' })[0], ['id']);
    expect(issue.message.en).toBe('Must not be empty, got ""');
  });

  it('not an object at all', () => {
    for (const input of [null, undefined, 42, 'record', [], true]) {
      const issues = issuesOf(input);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toEqual([]);
    }
    expect(issuesOf(null)[0]?.message).toEqual({
      vi: 'Cần một đối tượng, nhận được null',
      en: 'Expected an object, got null',
    });
  });

  it('parseRecord throws TdktError INVALID_INPUT with all issues', () => {
    const bad = { ...person, years: [{ year: 2024, ratting: 'HTXSNV' }], hiredOn: '2025-02-29' };
    try {
      parseRecord(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TdktError);
      const err = e as TdktError;
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.issues.map((i) => i.path)).toEqual([['hiredOn'], ['years', 0, 'ratting']]);
      expect(err.message).toMatch(/^\[tdkt\] INVALID_INPUT: /);
    }
  });

  it('the generic validate reports through any schema', () => {
    const r = validate(TdktRecordSchema, { ...village, years: [{ year: 2024, extra: 1 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toEqual(['years', 0, 'extra']);
  });
});
