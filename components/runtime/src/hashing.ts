// hash(x) for every builtin kind. Returns -1 with TypeError for unhashables.
import { complexHash, complexTruthy, cxRe, cxIm, cxNew, complexFromArgs } from "./complex";
import { isFloat, isSmallInt, intOf, floatOf, ptrOf, NONE, TRUE, FALSE, isBool } from "./value";
import { kindOf } from "./types";
import * as K from "./kinds";
import { strHash } from "./str";
import { hashF64, hashBytes, xxStep, xxFinish, fixHash } from "./hash";
import { tupLen, tupItem } from "./tuple";
import { intHash } from "./int";
import { raiseTypeMsg } from "./errors";
import { frozensetHash } from "./set";
import { rangeHash } from "./range";

export function hashValue(v: u64): i64 {
  if (isSmallInt(v)) { const i = intOf(v); return i == -1 ? -2 : i; }
  if (isFloat(v)) {
    const f = floatOf(v);
    const i = <i64>f;
    if (<f64>i == f && i > -0x7FFF_FFFF_FFFF && i < 0x7FFF_FFFF_FFFF) return i == -1 ? -2 : i;
    return hashF64(f);
  }
  if (isBool(v)) return <i64>(v & 1);
  if (v == NONE) return 0xFCA86420;
  const k = kindOf(v);
  const p = ptrOf(v);
  switch (k) {
    case K.K_STR: return strHash(p);
    case K.K_INT: return intHash(v);
    case K.K_BYTES: {
      let h = load<i64>(p, 16);
      if (h == -1) { h = hashBytes(p + 24, load<u32>(p, 8)); store<i64>(p, h, 16); }
      return h;
    }
    case K.K_TUPLE: {
      const n = tupLen(p);
      let acc: u64 = 2870177450012600261;
      for (let i: u32 = 0; i < n; i++) {
        const h = hashValue(tupItem(p, i));
        if (h == -1) return -1;
        acc = xxStep(acc, <u64>h);
      }
      return xxFinish(acc, <u64>n);
    }
    case K.K_FROZENSET: return frozensetHash(p);
    case K.K_RANGE: return rangeHash(p);
    case K.K_COMPLEX: return complexHash(p);
    case K.K_LIST: case K.K_DICT: case K.K_SET: case K.K_SLICE:
    case K.K_DICT_KEYS: case K.K_DICT_VALUES: case K.K_DICT_ITEMS:
      raiseTypeMsg("unhashable type: ", v, "");
      return -1;
  }
  // identity hash (CPython: address rotated by 4 bits)
  const a = <u64>p;
  return fixHash(<i64>((a >> 4) | (a << 60)));
}
export function hashTrueFalse(): i64 { return <i64>(TRUE - FALSE); }
