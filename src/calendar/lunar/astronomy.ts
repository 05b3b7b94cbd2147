/**
 * The astronomy behind the Vietnamese lunar calendar, written from the published formulas:
 * Jean Meeus, "Astronomical Algorithms" (2nd ed.), chapter 49 (phases of the Moon: the mean
 * new moon, the periodic terms of Table 49.A and the 14 planetary arguments) and chapter 25
 * (the Sun's apparent longitude, low-precision method); ΔT from the Espenak–Meeus polynomial
 * fits published with NASA's "Five Millennium Canon of Solar Eclipses".
 *
 * Times are Julian Days (JD). `JDE` means Terrestrial (Dynamical) Time, `JD` Universal Time.
 * Day numbers are days since 1970-01-01 (see `core/iso-date.ts`).
 * @internal
 * @module
 */

/** Julian Day Number of 1970-01-01 (the day number origin of `core/iso-date.ts`). */
const JDN_OF_DAY_ZERO = 2440588;

/** Mean length of a synodic month in days (Meeus eq. 49.1). */
const SYNODIC_MONTH = 29.530588861;

const RAD = Math.PI / 180;

/** Sine of an angle given in degrees. */
function sinDeg(deg: number): number {
  return Math.sin((deg % 360) * RAD);
}

/**
 * ΔT = TT − UT in seconds for a decimal year, from the Espenak–Meeus polynomials (valid
 * −1999 … +3000; the segments used here cover 1800–2150 and beyond).
 * @internal
 */
export function deltaTSeconds(year: number): number {
  const y = year;
  if (y < 1800) {
    const u = (y - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (y < 1860) {
    const t = y - 1800;
    return (
      13.72 -
      0.332447 * t +
      0.0068612 * t ** 2 +
      0.0041116 * t ** 3 -
      0.00037436 * t ** 4 +
      0.0000121272 * t ** 5 -
      0.0000001699 * t ** 6 +
      0.000000000875 * t ** 7
    );
  }
  if (y < 1900) {
    const t = y - 1860;
    return (
      7.62 +
      0.5737 * t -
      0.251754 * t ** 2 +
      0.01680668 * t ** 3 -
      0.0004473624 * t ** 4 +
      t ** 5 / 233174
    );
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
  return -20 + 32 * u * u;
}

/** Decimal year of a Julian Day (close enough for ΔT, which changes by < 1 s a year). */
function decimalYear(jd: number): number {
  return 2000 + (jd - 2451544.5) / 365.2425;
}

/** ΔT in days at a Julian Day. */
function deltaTDays(jd: number): number {
  return deltaTSeconds(decimalYear(jd)) / 86400;
}

/**
 * Periodic terms of the new moon (Meeus Table 49.A, "New Moon" column): coefficient, power of
 * the eccentricity factor E, and the multiples of M (Sun's mean anomaly), M′ (Moon's mean
 * anomaly), F (Moon's argument of latitude) and Ω (longitude of the ascending node).
 */
const NEW_MOON_TERMS: readonly (readonly [
  coefficient: number,
  ePower: number,
  m: number,
  mPrime: number,
  f: number,
  omega: number,
])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/**
 * The 14 additional (planetary) corrections of Meeus ch. 49: coefficient, and the argument
 * `A = a0 + a1·k` (A1 also has a T² term, handled apart).
 */
const PLANETARY_TERMS: readonly (readonly [coefficient: number, a0: number, a1: number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * Instant of the true new moon number `k` (k = 0 is the new moon of 6 January 2000) as a
 * Julian Ephemeris Day (Terrestrial Time), per Meeus ch. 49.
 * @internal
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  let jde =
    2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mPrime = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  for (const [c, ePower, cm, cmp, cf, co] of NEW_MOON_TERMS) {
    const factor = ePower === 0 ? 1 : ePower === 1 ? e : e * e;
    jde += c * factor * sinDeg(cm * m + cmp * mPrime + cf * f + co * omega);
  }
  for (let i = 0; i < PLANETARY_TERMS.length; i++) {
    const [c, a0, a1] = PLANETARY_TERMS[i]!;
    const a = i === 0 ? a0 + a1 * k - 0.009173 * t2 : a0 + a1 * k;
    jde += c * sinDeg(a);
  }
  return jde;
}

/**
 * Instant of the new moon number `k` in Universal Time (JD).
 * @internal
 */
export function newMoonJd(k: number): number {
  const jde = newMoonJde(k);
  return jde - deltaTDays(jde);
}

/**
 * The local civil date (as a day number since 1970-01-01) of an instant `jd` (UT) in the zone
 * `UTC+timeZone` hours.
 * @internal
 */
export function localDayNumber(jd: number, timeZone: number): number {
  return Math.floor(jd + 0.5 + timeZone / 24) - JDN_OF_DAY_ZERO;
}

/**
 * The local date (day number) of the new moon number `k`.
 * @internal
 */
export function newMoonDay(k: number, timeZone: number): number {
  return localDayNumber(newMoonJd(k), timeZone);
}

/**
 * The lunation index `k` of the last new moon at or before the start of local day `day`,
 * give or take one (callers correct by testing neighbours).
 * @internal
 */
export function approximateLunation(day: number): number {
  return Math.floor((day + JDN_OF_DAY_ZERO - 2451550.1) / SYNODIC_MONTH);
}

/**
 * The Sun's apparent geocentric longitude in degrees, in [0, 360), at the instant `jd` (UT),
 * per Meeus ch. 25 (low precision: mean longitude, equation of the centre, nutation and
 * aberration in one correction).
 * @internal
 */
export function sunApparentLongitude(jd: number): number {
  const t = (jd + deltaTDays(jd) - 2451545.0) / 36525;
  const t2 = t * t;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t2;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t2) * sinDeg(m) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * m) +
    0.000289 * sinDeg(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + c - 0.00569 - 0.00478 * sinDeg(omega);
  const r = lambda % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * The Sun's apparent longitude at local midnight at the start of day `day` (day number) in the
 * zone `UTC+timeZone`.
 * @internal
 */
export function sunLongitudeAtDayStart(day: number, timeZone: number): number {
  return sunApparentLongitude(day + JDN_OF_DAY_ZERO - 0.5 - timeZone / 24);
}
