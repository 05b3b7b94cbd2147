import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TdktError } from '../../core/errors.js';
import { dayNumberToIso, isoToDayNumber, isoWeekday } from '../../core/iso-date.js';
import { tet } from '../lunar/index.js';
import { adjacentNationalDay, estimateTetDays } from './engine.js';
import {
  addWorkingDays,
  builtInWorkYears,
  createWorkCalendar,
  isAnnouncedWorkYear,
  isPublicHoliday,
  isWorkingDay,
  publicHolidays,
  swappedWorkingDays,
  workingDayInfo,
  workingDaysBetween,
} from './index.js';

function thrown(fn: () => unknown): TdktError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TdktError) return e;
    throw e;
  }
  throw new Error('expected a TdktError');
}

function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = isoToDayNumber(from); d <= isoToDayNumber(to); d++) out.push(dayNumberToIso(d));
  return out;
}

describe('known days off (announced schedules)', () => {
  it('2025 Tết: Monday 27/1 (28 Chạp) to Friday 31/1 (mùng 3), 25/1–2/2 with the weekends', () => {
    for (const d of range('2025-01-25', '2025-02-02')) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2025-01-24')).toBe(true);
    expect(isWorkingDay('2025-02-03')).toBe(true);
    const tetDays = publicHolidays(2025).filter((h) => h.kind === 'tet');
    expect(tetDays.map((h) => h.date)).toEqual(range('2025-01-27', '2025-01-31'));
    expect(tetDays[0]!.name.vi).toBe('Tết Nguyên đán (28 tháng Chạp)');
    expect(tetDays[1]!.name.vi).toBe('Tết Nguyên đán (29 tháng Chạp, giao thừa)');
    expect(tetDays[2]!.name.vi).toBe('Tết Nguyên đán (mùng 1 tháng Giêng)');
    expect(tetDays.every((h) => !h.estimated)).toBe(true);
  });

  it('2025: 30/4, 1/5, 2/5 off and Saturday 26/4 worked (swap)', () => {
    expect(isWorkingDay('2025-04-30')).toBe(false);
    expect(isWorkingDay('2025-05-01')).toBe(false);
    expect(isWorkingDay('2025-05-02')).toBe(false);
    expect(isWorkingDay('2025-04-26')).toBe(true);
    expect(isWorkingDay('2025-04-27')).toBe(false);
    expect(workingDayInfo('2025-05-02').reason).toBe('swap-off');
    expect(workingDayInfo('2025-04-26').reason).toBe('swap-worked');
    expect(swappedWorkingDays(2025).map((d) => [d.date, d.replaces])).toEqual([
      ['2025-04-26', '2025-05-02'],
    ]);
  });

  it('2026: Tết 16/2 (29 Chạp) – 20/2 (mùng 4); 14–22/2 off with the weekends', () => {
    for (const d of range('2026-02-14', '2026-02-22')) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-23')).toBe(true);
    expect(publicHolidays(2026).find((h) => h.date === '2026-02-16')!.name.vi).toBe(
      'Tết Nguyên đán (29 tháng Chạp, giao thừa)',
    );
  });

  it('2026: Monday 27/4 is the compensatory day for Giỗ Tổ on Sunday 26/4', () => {
    const info = workingDayInfo('2026-04-27');
    expect(info.working).toBe(false);
    expect(info.reason).toBe('compensatory');
    expect(info.holiday!.name.vi).toBe('Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) (26/04/2026)');
    expect(info.holiday!.basis[0]).toMatchObject({
      instrument: '45/2019/QH14',
      article: 111,
      clause: 3,
    });
    const gioTo = publicHolidays(2026).find((h) => h.date === '2026-04-26')!;
    expect(gioTo.restDay).toBe(true);
    expect(gioTo.kind).toBe('holiday');
  });

  it('2026: 1/1 to 4/1 off with Friday 2/1 swapped for Saturday 10/1', () => {
    expect(isWorkingDay('2026-01-02')).toBe(false);
    expect(isWorkingDay('2026-01-10')).toBe(true);
    expect(isWorkingDay('2026-01-05')).toBe(true);
  });

  it('2023: 2/9 on Saturday → Friday 1/9 adjoining, Monday 4/9 compensatory', () => {
    expect(workingDayInfo('2023-09-01').reason).toBe('holiday');
    expect(workingDayInfo('2023-09-04').reason).toBe('compensatory');
    expect(isWorkingDay('2023-09-05')).toBe(true);
  });

  it('the 2/9 pairs 2021–2025', () => {
    const pairs: Record<number, string> = {
      2021: '2021-09-03',
      2022: '2022-09-01',
      2023: '2023-09-01',
      2024: '2024-09-03',
      2025: '2025-09-01',
    };
    for (const [y, adj] of Object.entries(pairs)) {
      const nd = publicHolidays(Number(y)).filter(
        (h) => h.kind === 'holiday' && h.name.en.startsWith('National Day'),
      );
      expect(nd.map((h) => h.date).sort()).toEqual([adj, `${y}-09-02`].sort());
    }
    // 2020, under the 2012 Labour Code: 2/9 only.
    expect(isWorkingDay('2020-09-01')).toBe(true);
    expect(isWorkingDay('2020-09-03')).toBe(true);
  });

  it('2022: 1/1 Saturday → 3/1; Giỗ Tổ Sunday 10/4 → 11/4; 30/4 + 1/5 on the weekend → 2/5 and 3/5', () => {
    const comp = publicHolidays(2022)
      .filter((h) => h.kind === 'compensatory')
      .map((h) => h.date);
    expect(comp).toEqual(['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03']);
  });

  it('2023: Giỗ Tổ Saturday 29/4 and 30/4 Sunday → 2/5 and 3/5 (29/4–3/5 off)', () => {
    for (const d of range('2023-04-29', '2023-05-03')) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2023-05-04')).toBe(true);
  });

  it('2024: Monday 29/4 off, Saturday 4/5 worked; Tết 8/2–14/2', () => {
    expect(isWorkingDay('2024-04-29')).toBe(false);
    expect(isWorkingDay('2024-05-04')).toBe(true);
    for (const d of range('2024-02-08', '2024-02-14')) expect(isWorkingDay(d), d).toBe(false);
  });

  it('2020 and 2021 Tết breaks', () => {
    for (const d of range('2020-01-23', '2020-01-29')) expect(isWorkingDay(d), d).toBe(false);
    for (const d of range('2021-02-10', '2021-02-16')) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2021-05-03')).toBe(false); // 1/5/2021 was a Saturday
  });

  it('every day off of the built-in years is a real holiday kind and sorted', () => {
    for (const y of builtInWorkYears()) {
      const hs = publicHolidays(y.year);
      const dates = hs.map((h) => h.date);
      expect([...dates].sort()).toEqual(dates);
      for (const h of hs)
        expect(['holiday', 'tet', 'compensatory', 'swap-off', 'extra']).toContain(h.kind);
    }
  });
});

describe('the rules reproduce the announcements', () => {
  const rest = (d: number) => isoWeekday(dayNumberToIso(d)) >= 6;

  it('the Tết estimation rule gives the announced Tết days of 2020–2026', () => {
    for (const y of builtInWorkYears()) {
      const est = estimateTetDays(isoToDayNumber(tet(y.year)), 5, rest, () => false).map(
        dayNumberToIso,
      );
      expect(est, String(y.year)).toEqual(y.tetDaysOff);
    }
  });

  it('the adjoining-day rule gives the announced 2/9 days of 2021–2025', () => {
    for (const y of builtInWorkYears().filter((x) => x.nationalDayExtra?.length)) {
      const d = adjacentNationalDay(isoToDayNumber(`${y.year}-09-02`), rest);
      expect([dayNumberToIso(d)], String(y.year)).toEqual(y.nationalDayExtra);
    }
  });

  it('an unannounced year (2030) falls back to the rules and is marked estimated', () => {
    expect(isAnnouncedWorkYear(2025)).toBe(true);
    expect(isAnnouncedWorkYear(2030)).toBe(false);
    const hs = publicHolidays(2030);
    expect(hs.every((h) => h.estimated)).toBe(true);
    // Tết 2030 = Saturday 2/2: eve Friday 1/2, moved days Thursday 31/1 and Wednesday 6/2.
    expect(hs.filter((h) => h.kind === 'tet' && !h.restDay).map((h) => h.date)).toEqual([
      '2030-01-31',
      '2030-02-01',
      '2030-02-04',
      '2030-02-05',
      '2030-02-06',
    ]);
    expect(workingDayInfo('2030-03-05').estimated).toBe(true);
    expect(workingDayInfo('2025-03-05').estimated).toBe(false);
  });

  it('2026 National Day adjoining day is estimated (decision not yet in the data)', () => {
    const nd = publicHolidays(2026).find((h) => h.date === '2026-09-01')!;
    expect(nd.estimated).toBe(true);
    expect(publicHolidays(2026).find((h) => h.date === '2026-09-02')!.estimated).toBe(false);
  });

  it('every supported year has 11 statutory holiday days (5 Tết + 6), from 2021', () => {
    for (let y = 2021; y <= 2100; y += 7) {
      const hs = publicHolidays(y);
      const tetWorkdays = hs.filter((h) => h.kind === 'tet' && !h.restDay).length;
      const holidays = hs.filter((h) => h.kind === 'holiday').length;
      expect(tetWorkdays, String(y)).toBe(5);
      expect(holidays, String(y)).toBe(6);
    }
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it('skips the Tết break', () => {
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
    expect(addWorkingDays('2025-01-23', 2)).toBe('2025-02-03');
    expect(addWorkingDays('2025-02-03', -1)).toBe('2025-01-24');
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(addWorkingDays('2025-01-20', 10)).toBe('2025-02-10');
  });

  it('counts a swapped Saturday and skips the swapped weekday', () => {
    expect(addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('0 days returns the date itself, even on a holiday', () => {
    expect(addWorkingDays('2025-01-29', 0)).toBe('2025-01-29');
  });

  it('crosses years', () => {
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(addWorkingDays('2026-01-05', -1)).toBe('2025-12-31');
    expect(workingDaysBetween('2025-12-31', '2026-01-05')).toBe(1);
  });

  it('counts 250 working days in 2025 (365 − 104 weekend days − 11 weekday days off)', () => {
    // 2025 weekday days off: 1/1, 27–31/1, 7/4, 30/4, 1/5, 2/5, 1/9, 2/9 = 12; minus the worked Saturday 26/4.
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(365 - 104 - 12 + 1);
  });

  it('property: addWorkingDays(from, workingDaysBetween(from, to)) = to for a working day to', () => {
    const day = fc.integer({
      min: isoToDayNumber('2017-01-01'),
      max: isoToDayNumber('2097-12-31'),
    });
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (a, delta) => {
        const from = dayNumberToIso(a);
        const to = dayNumberToIso(a + delta);
        const n = workingDaysBetween(from, to);
        if (isWorkingDay(to) && delta !== 0) expect(addWorkingDays(from, n)).toBe(to);
        const k = Math.trunc(delta / 3) || 0;
        const r = addWorkingDays(from, k);
        expect(workingDaysBetween(from, r)).toBe(k);
        if (k !== 0) expect(isWorkingDay(r)).toBe(true);
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});

describe('calendars', () => {
  it('an enterprise working Saturdays and ignoring the swaps', () => {
    const cal = createWorkCalendar({ weekend: [7], applySwaps: false });
    expect(isWorkingDay('2025-04-26', { calendar: cal })).toBe(true);
    expect(isWorkingDay('2025-05-02', { calendar: cal })).toBe(true);
    expect(isWorkingDay('2025-05-03', { calendar: cal })).toBe(true);
    expect(isWorkingDay('2025-05-04', { calendar: cal })).toBe(false);
    // 2/9/2023 Saturday is not a rest day there: no compensatory 4/9.
    expect(isWorkingDay('2023-09-04', { calendar: cal })).toBe(true);
  });

  it('adds a year and replaces a built-in year', () => {
    const cal = createWorkCalendar({
      years: [
        {
          year: 2027,
          tetDaysOff: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'],
          nationalDayExtra: ['2027-09-03'],
          swaps: [{ off: '2027-04-29', worked: '2027-04-24' }],
          extraDaysOff: [
            {
              date: '2027-11-24',
              name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
            },
          ],
          sources: [{ topic: 'test', confidence: 'unverified' }],
        },
        { year: 2025, swaps: [] },
      ],
    });
    expect(isAnnouncedWorkYear(2027, { calendar: cal })).toBe(true);
    expect(isWorkingDay('2027-04-29', { calendar: cal })).toBe(false);
    expect(isWorkingDay('2027-04-24', { calendar: cal })).toBe(true);
    expect(workingDayInfo('2027-11-24', { calendar: cal }).reason).toBe('extra');
    expect(publicHolidays(2027, { calendar: cal }).find((h) => h.kind === 'extra')!.name.en).toBe(
      'Vietnam Culture Day',
    );
    // 2025 replaced: no swap, Tết by the rules (estimated but the same days).
    expect(isWorkingDay('2025-05-02', { calendar: cal })).toBe(true);
    expect(
      publicHolidays(2025, { calendar: cal }).find((h) => h.date === '2025-01-27')!.estimated,
    ).toBe(true);
    // The default calendar is untouched.
    expect(isWorkingDay('2025-05-02')).toBe(false);
    expect(isAnnouncedWorkYear(2027)).toBe(false);
  });

  it('replaceBuiltIn drops the built-in years', () => {
    const cal = createWorkCalendar({ replaceBuiltIn: true });
    expect(cal.years).toEqual([]);
    expect(isWorkingDay('2024-04-29', { calendar: cal })).toBe(true);
  });

  it('a swap crossing the year boundary applies in both years', () => {
    const cal = createWorkCalendar({
      years: [{ year: 2030, swaps: [{ off: '2029-12-31', worked: '2030-01-05' }] }],
    });
    expect(isWorkingDay('2029-12-31', { calendar: cal })).toBe(false);
    expect(isWorkingDay('2030-01-05', { calendar: cal })).toBe(true);
    expect(publicHolidays(2029, { calendar: cal }).some((h) => h.kind === 'swap-off')).toBe(true);
  });

  it('isPublicHoliday answers for holidays on rest days too', () => {
    expect(isPublicHoliday('2026-04-26')).toBe(true);
    expect(isPublicHoliday('2026-04-27')).toBe(true);
    expect(isPublicHoliday('2026-04-25')).toBe(false);
  });
});

describe('bad input', () => {
  it('names the offending path', () => {
    expect(thrown(() => isWorkingDay('2025-02-29')).issues[0]!.path).toEqual(['date']);
    expect(thrown(() => isWorkingDay('2025-02-29')).code).toBe('INVALID_DATE');
    expect(thrown(() => addWorkingDays('2025-01-01', 1.5)).issues[0]!.path).toEqual(['days']);
    expect(thrown(() => addWorkingDays('2025-01-01', Number.NaN)).code).toBe('INVALID_INPUT');
    expect(thrown(() => workingDaysBetween('2025-01-01', 'x')).issues[0]!.path).toEqual(['to']);
    expect(thrown(() => isWorkingDay('2013-12-31')).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => publicHolidays(2101)).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => publicHolidays(2025.5)).code).toBe('INVALID_INPUT');
    expect(thrown(() => addWorkingDays('2100-12-31', 1)).code).toBe('OUT_OF_RANGE');
    expect(
      thrown(() => isWorkingDay('2025-01-01', { calendar: {} as never })).issues[0]!.path,
    ).toEqual(['options', 'calendar']);
    const e = thrown(() =>
      createWorkCalendar({
        years: [{ year: 2027, swaps: [{ off: '2027-13-01', worked: '2027-01-02' }] }],
      }),
    );
    expect(e.code).toBe('INVALID_DATE');
    expect(e.issues[0]!.path).toEqual(['years', 0, 'swaps', 0, 'off']);
    expect(
      thrown(() => createWorkCalendar({ weekend: [1, 2, 3, 4, 5, 6, 7] })).issues[0]!.path,
    ).toEqual(['weekend']);
    expect(thrown(() => createWorkCalendar({ weekend: [0] })).issues[0]!.path).toEqual([
      'weekend',
      0,
    ]);
    expect(
      thrown(() => createWorkCalendar({ years: [{ year: 2027 }, { year: 2027 }] })).issues[0]!.path,
    ).toEqual(['years', 1, 'year']);
    expect(
      thrown(() => createWorkCalendar({ years: [{ year: 2027, tetDaysOff: ['2031-01-01'] }] }))
        .issues[0]!.path,
    ).toEqual(['years', 0, 'tetDaysOff', 0]);
  });

  it('garbage into any public function → a result or a TdktError, never a mutation', () => {
    const garbage = fc.anything({ withBoxedValues: true, withNullPrototype: true });
    const dateish = fc.oneof(
      garbage,
      fc
        .integer({ min: isoToDayNumber('2010-01-01'), max: isoToDayNumber('2105-01-01') })
        .map(dayNumberToIso),
    );
    const cal = createWorkCalendar();
    const opts = fc.oneof(
      fc.constant(undefined),
      garbage,
      fc.constant({ calendar: cal }),
      fc.record({ calendar: garbage }),
    );
    const fns: ((a: unknown, b: unknown, c: unknown) => unknown)[] = [
      (a, _b, c) => isWorkingDay(a as never, c as never),
      (a, _b, c) => workingDayInfo(a as never, c as never),
      (a, _b, c) => isPublicHoliday(a as never, c as never),
      (a, b, c) => addWorkingDays(a as never, b as never, c as never),
      (a, b, c) => workingDaysBetween(a as never, b as never, c as never),
      (a, _b, c) => publicHolidays(a as never, c as never),
      (a, _b, c) => swappedWorkingDays(a as never, c as never),
      (a, _b, c) => isAnnouncedWorkYear(a as never, c as never),
      (a) => createWorkCalendar(a as never),
      (_a, b) => createWorkCalendar({ years: [b] } as never),
      (_a, b) => createWorkCalendar({ weekend: b } as never),
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: fns.length - 1 }),
        fc.oneof(dateish, fc.integer({ min: 2000, max: 2110 })),
        fc.oneof(dateish, fc.integer({ min: -300, max: 300 }), garbage),
        opts,
        (i, a, b, c) => {
          const before = [clone(a), clone(b), clone(c)];
          try {
            fns[i]!(a, b, c);
          } catch (e) {
            if (!(e instanceof TdktError)) throw e;
          }
          expect([clone(a), clone(b), clone(c)]).toEqual(before);
        },
      ),
      { seed: 42, numRuns: 1500 },
    );
  });
});

function clone(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}
