// NaN-boxed Python values (see docs/runtime-abi.md).
// bits 63..48: <= 0xFFF8 float, 0xFFF9 small int, 0xFFFA bool, 0xFFFB singleton,
// 0xFFFC heap pointer, 0xFFFE sentinel.

export const TAG_INT: u64 = 0xFFF9_0000_0000_0000;
export const TAG_BOOL: u64 = 0xFFFA_0000_0000_0000;
export const TAG_SINGLE: u64 = 0xFFFB_0000_0000_0000;
export const TAG_PTR: u64 = 0xFFFC_0000_0000_0000;
export const TAG_SENT: u64 = 0xFFFE_0000_0000_0000;

export const NONE: u64 = 0xFFFB_0000_0000_0000;
export const NOTIMPL: u64 = 0xFFFB_0000_0000_0001;
export const ELLIPSIS: u64 = 0xFFFB_0000_0000_0002;
export const FALSE: u64 = 0xFFFA_0000_0000_0000;
export const TRUE: u64 = 0xFFFA_0000_0000_0001;
export const ERROR: u64 = 0xFFFE_0000_0000_0000;
export const STOP: u64 = 0xFFFE_0000_0000_0001;
export const CANON_NAN: u64 = 0x7FF8_0000_0000_0000;

export const SMALL_MAX: i64 = 0x7FFF_FFFF_FFFF;
export const SMALL_MIN: i64 = -0x8000_0000_0000;

@inline export function tagOf(v: u64): u32 { return <u32>(v >> 48); }
@inline export function isFloat(v: u64): bool { return v < TAG_INT; }
@inline export function isSmallInt(v: u64): bool { return (v >> 48) == 0xFFF9; }
@inline export function isBool(v: u64): bool { return (v >> 48) == 0xFFFA; }
@inline export function isPtr(v: u64): bool { return (v >> 48) == 0xFFFC; }
@inline export function isError(v: u64): bool { return v == ERROR; }
@inline export function ptrOf(v: u64): u32 { return <u32>v; }
@inline export function boxPtr(p: u32): u64 { return TAG_PTR | <u64>p; }
@inline export function intOf(v: u64): i64 { return (<i64>(v << 16)) >> 16; }
@inline export function boxSmall(i: i64): u64 { return TAG_INT | (<u64>i & 0xFFFF_FFFF_FFFF); }
@inline export function fitsSmall(i: i64): bool { return i >= SMALL_MIN && i <= SMALL_MAX; }
@inline export function boxBool(b: bool): u64 { return b ? TRUE : FALSE; }
@inline export function floatOf(v: u64): f64 { return reinterpret<f64>(v); }
@inline export function boxFloat(f: f64): u64 {
  return f != f ? CANON_NAN : reinterpret<u64>(f);
}
