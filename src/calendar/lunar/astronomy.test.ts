import { describe, expect, it } from 'vitest';
import {
  deltaTSeconds,
  localDayNumber,
  newMoonDay,
  newMoonJd,
  newMoonJde,
  sunApparentLongitude,
} from './astronomy.js';

describe('Meeus worked examples', () => {
  it('example 49.a: the new moon of February 1977 (k = −283) is JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 5);
  });

  it('example 25.a: the apparent longitude of the Sun on 1992-10-13.0 TD is 199.90895°', () => {
    // JDE 2448908.5 in TT; sunApparentLongitude takes UT, so remove ΔT (≈ 59 s in 1992).
    const jdUt = 2448908.5 - deltaTSeconds(1992.78) / 86400;
    expect(sunApparentLongitude(jdUt)).toBeCloseTo(199.90895, 4);
  });
});

describe('ΔT (Espenak–Meeus polynomials)', () => {
  it('is about 64 s in 2000, 29 s in 1950, −2.8 s in 1900, and grows after 2005', () => {
    expect(deltaTSeconds(2000)).toBeCloseTo(63.86, 2);
    expect(deltaTSeconds(1950)).toBeCloseTo(29.07, 2);
    expect(deltaTSeconds(1900)).toBeCloseTo(-2.79, 2);
    expect(deltaTSeconds(2050)).toBeGreaterThan(deltaTSeconds(2020));
  });

  it('is continuous within 1 s at the segment joints used for 1899–2101', () => {
    for (const y of [1900, 1920, 1941, 1961, 1986, 2005, 2050]) {
      expect(Math.abs(deltaTSeconds(y - 1e-9) - deltaTSeconds(y))).toBeLessThan(1);
    }
  });
});

describe('new moons and local dates', () => {
  it('k = 0 is the new moon of 2000-01-06 (18:14 UT), a local date of 2000-01-07 at UTC+7', () => {
    const jd = newMoonJd(0);
    // 2000-01-06 18:14 UT = JD 2451550.26
    expect(jd).toBeCloseTo(2451550.26, 2);
    expect(newMoonDay(0, 0)).toBe(10962); // 2000-01-06
    expect(newMoonDay(0, 7)).toBe(10963); // 2000-01-07 (01:14 local)
  });

  it('the new moon of 1968-01-29 16:29 UT is on the 29th at UTC+7 and the 30th at UTC+8', () => {
    const k = Math.round((2439885.19 - 2451550.1) / 29.530588861);
    const jd = newMoonJd(k);
    expect(jd).toBeCloseTo(2439885.187, 2);
    expect(localDayNumber(jd, 7)).toBe(-703); // 1968-01-29
    expect(localDayNumber(jd, 8)).toBe(-702); // 1968-01-30
  });
});
