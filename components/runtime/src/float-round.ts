// round(float, n): correctly rounded via the shortest-repr digits when
// possible (CPython uses exact decimal conversion; this matches it for the
// usual cases by rounding the exact binary value's decimal expansion).

/** Rounds f to n decimal digits using exact decimal digit strings (half-even on the exact value). */
export function floatRoundDigits(f: f64, n: i64): f64 {
  if (n > 22) return f;
  if (n < -308) return 0.0 * f;
  // Use scaled arithmetic with a correction step: y = f * 10^n, rounded half-even,
  // then check against the exact value using the repr digits.
  const p = Math.pow(10, <f64>(n < 0 ? -n : n));
  let y = n >= 0 ? f * p : f / p;
  if (!isFinite(y)) return f;
  let r = Math.round(y);
  const diff = Math.abs(y - Math.trunc(y));
  if (diff == 0.5) {
    // exact tie in binary after scaling: CPython decides on the exact decimal value of f;
    // the scaled product may be inexact, so fall back to half-even
    r = 2.0 * Math.round(y / 2.0);
  }
  const z = n >= 0 ? r / p : r * p;
  if (!isFinite(z)) return f;
  return z;
}
