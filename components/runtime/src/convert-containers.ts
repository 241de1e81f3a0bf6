// repr of containers (list, tuple, dict, set, range, slice, bytes, views).
import { rangeIsBig } from "./range-big";
import { boxSmall as boxSmallInt } from "./value";
import { intReprInto } from "./int";
import { ptrOf, NONE } from "./value";
import { sbByte, sbLit, sbI64 } from "./strbuf";
import * as K from "./kinds";
import { tupLen, tupItem } from "./tuple";
import { listLen, listItem } from "./list";
import { reprInto, reprEnter, reprLeave } from "./convert";
import { dictReprInto, dictViewReprInto } from "./dict";
import { setReprInto } from "./set";
import { bytesReprInto } from "./bytes";
import { incref, decref } from "./object";

/** 1 handled, 0 not a container, -1 error. */
export function containerReprInto(sb: u32, v: u64, k: u32): i32 {
  const p = ptrOf(v);
  switch (k) {
    case K.K_LIST: {
      const g = reprEnter(p);
      if (g < 0) return -1;
      if (g == 1) { sbLit(sb, "[...]"); return 1; }
      sbByte(sb, 91);
      incref(v);
      for (let i: u32 = 0; i < listLen(p); i++) {
        if (i) sbLit(sb, ", ");
        const it = listItem(p, i);
        incref(it);
        const ok = reprInto(sb, it);
        decref(it);
        if (!ok) { reprLeave(); decref(v); return -1; }
      }
      decref(v);
      sbByte(sb, 93);
      reprLeave();
      return 1;
    }
    case K.K_TUPLE: {
      const n = tupLen(p);
      if (n == 0) { sbLit(sb, "()"); return 1; }
      const g = reprEnter(p);
      if (g < 0) return -1;
      if (g == 1) { sbLit(sb, "(...)"); return 1; }
      sbByte(sb, 40);
      for (let i: u32 = 0; i < n; i++) {
        if (i) sbLit(sb, ", ");
        if (!reprInto(sb, tupItem(p, i))) { reprLeave(); return -1; }
      }
      if (n == 1) sbByte(sb, 44);
      sbByte(sb, 41);
      reprLeave();
      return 1;
    }
    case K.K_DICT: return dictReprInto(sb, v) ? 1 : -1;
    case K.K_SET:
    case K.K_FROZENSET: return setReprInto(sb, v) ? 1 : -1;
    case K.K_DICT_KEYS:
    case K.K_DICT_VALUES:
    case K.K_DICT_ITEMS: return dictViewReprInto(sb, v) ? 1 : -1;
    case K.K_BYTES: bytesReprInto(sb, p); return 1;
    case K.K_RANGE: {
      if (rangeIsBig(p)) {
        sbLit(sb, "range("); intReprInto(sb, load<u64>(p, 48)); sbLit(sb, ", "); intReprInto(sb, load<u64>(p, 56));
        if (load<u64>(p, 64) != boxSmallInt(1)) { sbLit(sb, ", "); intReprInto(sb, load<u64>(p, 64)); }
        sbByte(sb, 41);
        return 1;
      }
      sbLit(sb, "range("); sbI64(sb, load<i64>(p, 8)); sbLit(sb, ", "); sbI64(sb, load<i64>(p, 16));
      const st = load<i64>(p, 24);
      if (st != 1) { sbLit(sb, ", "); sbI64(sb, st); }
      sbByte(sb, 41);
      return 1;
    }
    case K.K_SLICE: {
      sbLit(sb, "slice(");
      if (!reprInto(sb, load<u64>(p, 8))) return -1;
      sbLit(sb, ", ");
      if (!reprInto(sb, load<u64>(p, 16))) return -1;
      sbLit(sb, ", ");
      if (!reprInto(sb, load<u64>(p, 24))) return -1;
      sbByte(sb, 41);
      return 1;
    }
  }
  return 0;
}
export const CC_NONE: u64 = NONE;
