// NaN-boxing constants of docs/runtime-abi.md, as BigInts for i64.const.
export const TAG_INT = 0xfff9n << 48n;
export const TAG_BOOL = 0xfffan << 48n;
export const TAG_PTR_HI = 0xfffcn;
export const NONE = 0xfffbn << 48n;
export const ELLIPSIS = NONE | 2n;
export const FALSE = TAG_BOOL;
export const TRUE = TAG_BOOL | 1n;
export const ERROR = 0xfffen << 48n;
export const STOP = ERROR | 1n;
export const CANON_NAN = 0x7ff8n << 48n;
export const SMALL_MIN = -(1n << 47n);
export const SMALL_MAX = (1n << 47n) - 1n;
const MASK48 = (1n << 48n) - 1n;

/** u64 bits as the signed BigInt binaryen's i64.const wants. */
export function s64(bits: bigint): bigint {
  return BigInt.asIntN(64, bits);
}

export function boxSmallInt(v: bigint): bigint {
  return s64(TAG_INT | (v & MASK48));
}

export function boxFloat(f: number): bigint {
  if (Number.isNaN(f)) return s64(CANON_NAN);
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, f, true);
  return dv.getBigInt64(0, true);
}

export function isSmallInt(v: bigint): boolean {
  return v >= SMALL_MIN && v <= SMALL_MAX;
}
