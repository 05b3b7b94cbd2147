import { describe, expect, it } from 'vitest';
import { find, person, unknown, unmet } from '../../../../test/eligibility/fixtures.js';
import { evaluate } from '../../engine.js';

const ldtt = (r: Parameters<typeof evaluate>[0], period: number, extra = {}) =>
  evaluate(r, 'LDTT', { period, ...extra });

describe('LĐTT — rating (L2003 Đ24; Law 06/2022 Đ24 k1 điểm a)', () => {
  it('HTTNV or better is eligible, HTNV is not, a missing rating is undetermined', () => {
    expect(ldtt(person([{ year: 2024, rating: 'HTTNV' }]), 2024).outcome).toBe('eligible');
    expect(ldtt(person([{ year: 2024, rating: 'HTXSNV' }]), 2024).outcome).toBe('eligible');
    const htnv = ldtt(person([{ year: 2024, rating: 'HTNV' }]), 2024);
    expect(htnv.outcome).toBe('ineligible');
    expect(unmet(htnv)).toEqual(['rating']);
    const missing = ldtt(person([{ year: 2024 }]), 2024);
    expect(missing.outcome).toBe('undetermined');
    expect(unknown(missing)).toEqual(['rating']);
    const noYear = ldtt(person([]), 2024);
    expect(noYear.outcome).toBe('undetermined');
  });

  it('cites Điều 24 khoản 1 điểm a under VN-2024 and Điều 24 of the 2003 law under VN-2017', () => {
    const v24 = ldtt(person([{ year: 2024, rating: 'HTTNV' }]), 2024);
    expect(find(v24, 'rating').basis[0]).toMatchObject({
      instrument: '06/2022/QH15',
      article: 24,
      clause: 1,
      point: 'a',
    });
    const v17 = ldtt(person([{ year: 2022, rating: 'HTTNV' }]), 2022);
    expect(v17.regime).toBe('VN-2017');
    expect(find(v17, 'rating').basis[0]).toMatchObject({ instrument: '15/2003/QH11', article: 24 });
  });
});

describe('LĐTT — new hires (10 months under Decree 91/2017, 6 months from Circular 01/2024)', () => {
  it('VN-2017: 10 whole months are enough, 9 are not', () => {
    const ten = ldtt(
      person([{ year: 2022, rating: 'HTTNV' }], [], { hiredOn: '2022-03-01' }),
      2022,
    );
    expect(ten.regime).toBe('VN-2017');
    expect(ten.outcome).toBe('eligible');
    expect(find(ten, 'new-hire').actual).toEqual({ hiredOn: '2022-03-01', months: 10 });
    const nine = ldtt(
      person([{ year: 2022, rating: 'HTTNV' }], [], { hiredOn: '2022-03-02' }),
      2022,
    );
    expect(unmet(nine)).toEqual(['new-hire']);
    expect(find(nine, 'new-hire').actual).toEqual({ hiredOn: '2022-03-02', months: 9 });
    expect(find(nine, 'new-hire').expected).toEqual({ minMonths: 10 });
  });

  it('VN-2024: 6 whole months are enough, 5 are not (criteria.md §10 example 8)', () => {
    const six = ldtt(
      person([{ year: 2024, rating: 'HTTNV' }], [], { hiredOn: '2024-07-01' }),
      2024,
    );
    expect(six.outcome).toBe('eligible');
    const five = ldtt(
      person([{ year: 2024, rating: 'HTTNV' }], [], { hiredOn: '2024-07-02' }),
      2024,
    );
    expect(unmet(five)).toEqual(['new-hire']);
    const ex8 = ldtt(
      person([{ year: 2024, rating: 'HTXSNV' }], [], { hiredOn: '2024-07-15' }),
      2024,
    );
    expect(ex8.outcome).toBe('ineligible');
    expect(find(ex8, 'new-hire').actual).toEqual({ hiredOn: '2024-07-15', months: 5 });
  });

  it('a 2023 title is assessed after the year ends, so under VN-2024 (8 months pass), unless VN-2017 is named', () => {
    const r = person([{ year: 2023, rating: 'HTTNV' }], [], { hiredOn: '2023-05-01' });
    const byDate = ldtt(r, 2023);
    expect(byDate.regime).toBe('VN-2024');
    expect(byDate.asOf).toBe('2024-01-01');
    expect(byDate.outcome).toBe('eligible');
    const named = ldtt(r, 2023, { regime: 'VN-2017' });
    expect(named.regime).toBe('VN-2017');
    expect(named.regimeSource).toBe('option');
    expect(unmet(named)).toEqual(['new-hire']);
  });

  it('a hire after the period ends is not eligible; no hire date is not a new hire', () => {
    const late = ldtt(
      person([{ year: 2024, rating: 'HTTNV' }], [], { hiredOn: '2025-02-01' }),
      2024,
    );
    expect(unmet(late)).toEqual(['new-hire']);
    const none = ldtt(person([{ year: 2024, rating: 'HTTNV' }]), 2024);
    expect(find(none, 'new-hire').outcome).toBe('met');
    expect(find(none, 'new-hire').actual).toBeNull();
  });

  it('school years run 1 September – 31 August: months are counted to the school-year end', () => {
    const base = { periodKind: 'school' as const };
    const six = ldtt(
      person([{ year: 2023, rating: 'HTTNV' }], [], { ...base, hiredOn: '2024-03-01' }),
      2023,
    );
    expect(six.asOf).toBe('2024-09-01');
    expect(six.outcome).toBe('eligible');
    const five = ldtt(
      person([{ year: 2023, rating: 'HTTNV' }], [], { ...base, hiredOn: '2024-03-02' }),
      2023,
    );
    expect(unmet(five)).toEqual(['new-hire']);
    expect(find(five, 'new-hire').message.vi).toContain('2023–2024');
  });

  it('under VN-2025-07 the 6-month value rests on an unconfirmed parameter and says so', () => {
    const v = ldtt(person([{ year: 2025, rating: 'HTTNV' }]), 2025);
    expect(v.regime).toBe('VN-2025-07');
    const c = find(v, 'new-hire');
    expect(c.parameters).toEqual([
      { id: 'LDTT_NEW_HIRE_MIN_MONTHS', value: 6, confidence: 'unconfirmed', source: 'national' },
    ]);
    expect(c.confidence).toBe('unconfirmed');
  });
});

describe('LĐTT — discipline (khiển trách or above excludes under Decree 91/2017)', () => {
  it('VN-2017: a reprimand excludes, and the rule is confirmed', () => {
    const v = ldtt(person([{ year: 2022, rating: 'HTTNV', discipline: 'khien-trach' }]), 2022);
    expect(unmet(v)).toEqual(['discipline']);
    expect(find(v, 'discipline').confidence).toBe('confirmed');
    expect(find(v, 'discipline').actual).toBe('khien-trach');
  });

  it('VN-2024: the same default applies but rests on an unconfirmed parameter', () => {
    const v = ldtt(person([{ year: 2024, rating: 'HTTNV', discipline: 'khien-trach' }]), 2024);
    expect(unmet(v)).toEqual(['discipline']);
    const c = find(v, 'discipline');
    expect(c.confidence).toBe('unconfirmed');
    expect(c.parameters[0]).toMatchObject({
      id: 'LDTT_DISCIPLINE_EXCLUDES_FROM',
      value: 'khien-trach',
      confidence: 'unconfirmed',
    });
    expect(v.confidence).toBe('unconfirmed');
  });

  it('no discipline meets the criterion', () => {
    const v = ldtt(person([{ year: 2024, rating: 'HTTNV' }]), 2024);
    expect(find(v, 'discipline').outcome).toBe('met');
  });
});

describe('LĐTT — pending review defers (criteria.md §G6)', () => {
  it('under review: not-under-review is unknown, the verdict is deferred and undetermined', () => {
    const v = ldtt(person([{ year: 2024, rating: 'HTXSNV', underReview: true }]), 2024);
    expect(v.deferred).toBe(true);
    expect(v.outcome).toBe('undetermined');
    expect(unknown(v)).toEqual(['not-under-review']);
    expect(find(v, 'not-under-review').message.vi).toContain('chưa xét');
    expect(find(v, 'not-under-review').basis[0]).toMatchObject({
      instrument: '98/2023/NĐ-CP',
      article: 4,
    });
  });

  it('deferred but with an unmet criterion is ineligible', () => {
    const v = ldtt(person([{ year: 2024, rating: 'HTNV', underReview: true }]), 2024);
    expect(v.deferred).toBe(true);
    expect(v.outcome).toBe('ineligible');
  });

  it('VN-2017 cites Circular 08/2017', () => {
    const v = ldtt(person([{ year: 2022, rating: 'HTTNV', underReview: true }]), 2022);
    expect(find(v, 'not-under-review').basis[0]).toMatchObject({ instrument: '08/2017/TT-BNV' });
  });
});

describe('LĐTT — judgements', () => {
  it('lists self-reliance and solidarity (Đ24 k1 điểm b) for the council', () => {
    const v = ldtt(person([{ year: 2024, rating: 'HTTNV' }]), 2024);
    expect(v.judgements.map((j) => j.id)).toEqual(['self-reliance-solidarity']);
    expect(v.judgements[0]?.basis[0]).toMatchObject({ article: 24, clause: 1, point: 'b' });
  });

  it('VN-2017 adds the worker/farmer variant (L2003 Đ24 k3) only for workers and farmers', () => {
    const official = ldtt(person([{ year: 2022, rating: 'HTTNV' }]), 2022);
    expect(official.judgements.map((j) => j.id)).toEqual(['compliance-solidarity']);
    const worker = ldtt(
      person([{ year: 2022, rating: 'HTTNV' }], [], { occupation: 'worker' }),
      2022,
    );
    expect(worker.judgements.map((j) => j.id)).toEqual(['compliance-solidarity', 'worker-variant']);
  });
});
