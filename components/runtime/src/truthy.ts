// bool(x) for builtin kinds: 1, 0, or -1 on error.
import { rangeIsBig, bigRangeNonEmpty } from "./range-big";
import { complexHash, complexTruthy, cxRe, cxIm, cxNew, complexFromArgs } from "./complex";
import { isFloat, isSmallInt, intOf, floatOf, ptrOf, NONE, TRUE, FALSE } from "./value";
import { kindOf } from "./types";
import * as K from "./kinds";
import { listLen } from "./list";
import { tupLen } from "./tuple";
import { dictUsed } from "./dict";
import { setUsed } from "./set";
import { rangeLen } from "./range";

export function truthy(v: u64): i32 {
  if (v == TRUE) return 1;
  if (v == FALSE || v == NONE) return 0;
  if (isSmallInt(v)) return intOf(v) != 0 ? 1 : 0;
  if (isFloat(v)) return floatOf(v) != 0 ? 1 : 0;
  const k = kindOf(v);
  const p = ptrOf(v);
  switch (k) {
    case K.K_STR: return load<u32>(p, 8) != 0 ? 1 : 0;
    case K.K_BYTES: return load<u32>(p, 8) != 0 ? 1 : 0;
    case K.K_LIST: return listLen(p) != 0 ? 1 : 0;
    case K.K_TUPLE: return tupLen(p) != 0 ? 1 : 0;
    case K.K_DICT: return dictUsed(p) != 0 ? 1 : 0;
    case K.K_SET: case K.K_FROZENSET: return setUsed(p) != 0 ? 1 : 0;
    case K.K_RANGE: return (rangeIsBig(p) ? bigRangeNonEmpty(p) : rangeLen(p) != 0) ? 1 : 0;
    case K.K_COMPLEX: return complexTruthy(p) ? 1 : 0;
    case K.K_DICT_KEYS: case K.K_DICT_VALUES: case K.K_DICT_ITEMS: return dictUsed(ptrOf(load<u64>(p, 8))) != 0 ? 1 : 0;
    case K.K_INT: return 1; // heap ints are never zero
  }
  return 1;
}

export function molt_truthy(v: u64): i32 { return truthy(v); }
export function molt_not(v: u64): u64 { const t = truthy(v); return t < 0 ? 0xFFFE_0000_0000_0000 : (t ? FALSE : TRUE); }
