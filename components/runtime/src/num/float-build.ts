// Correctly rounded construction of a double from an exact binary value:
// value = (top + sticky) * 2^e where top has its highest bit at bit 63 and
// `sticky` says whether anything nonzero lies below bit 0. Round-half-even,
// with subnormals and overflow to infinity.
export function roundToF64(top: u64, sticky: bool, e: i32): f64 {
  const msb = e + 63;
  if (msb > 1023) return Infinity;
  let drop = 11;
  if (msb < -1022) drop += -1022 - msb;
  if (drop > 64) return 0;
  let kept: u64, half: bool, rest: bool;
  if (drop == 64) { kept = 0; half = (top >> 63) != 0; rest = (top << 1) != 0 || sticky; }
  else {
    kept = top >> <u64>drop;
    half = ((top >> <u64>(drop - 1)) & 1) != 0;
    rest = (top & ((<u64>1 << <u64>(drop - 1)) - 1)) != 0 || sticky;
  }
  if (half && (rest || (kept & 1) != 0)) kept++;
  return scale2(<f64>kept, e + drop);
}

// x * 2^k, exact whenever the result is representable (two steps avoid
// an intermediate subnormal or overflow).
export function scale2(x: f64, k: i32): f64 {
  if (k < -1000) return x * pow2(k + 1000) * pow2(-1000);
  if (k > 1000) return x * pow2(k - 1000) * pow2(1000);
  return x * pow2(k);
}

// @ts-ignore: decorator
@inline function pow2(k: i32): f64 { return reinterpret<f64>(<u64>(k + 1023) << 52); }
