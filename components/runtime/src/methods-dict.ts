// dict methods.
import { ptrOf, ERROR, NONE, boxPtr, STOP } from "./value";
import { incref, decref } from "./object";
import { dictGet, dictSet, dictPop, dictPopItem, dictCopy, dictClear, dictNew, dictViewNew } from "./dict";
import { exactlyOne, noArgs, noKw, argRange } from "./args";
import { raiseWithArg, raiseLit } from "./errors";
import * as X from "./exceptions";
import * as K from "./kinds";
import { dictUpdateArgs } from "./dict-ops";
import { iterNew, iterNext } from "./iter";

export const M_GET: u32 = 250;
export const M_SETDEFAULT: u32 = 251;
export const M_DPOP: u32 = 252;
export const M_POPITEM: u32 = 253;
export const M_KEYS: u32 = 254;
export const M_VALUES: u32 = 255;
export const M_ITEMS: u32 = 256;
export const M_UPDATE: u32 = 257;
export const M_DCOPY: u32 = 258;
export const M_DCLEAR: u32 = 259;
export const M_FROMKEYS: u32 = 260;

export function callDictMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  if (id == M_UPDATE) {
    if (!argRange("update", nargs, 0, 1)) return ERROR;
    return dictUpdateArgs(ptrOf(self), nargs == 1 ? load<u64>(argv) : 0, argv + (nargs << 3), kwnames) ? NONE : ERROR;
  }
  if (!noKw("dict", kwnames)) return ERROR;
  if (id == M_FROMKEYS) {
    if (!argRange("fromkeys", nargs, 1, 2)) return ERROR;
    const val = nargs == 2 ? load<u64>(argv + 8) : NONE;
    const d = dictNew();
    const it = iterNew(load<u64>(argv));
    if (it == ERROR) { decref(boxPtr(d)); return ERROR; }
    while (true) {
      const k = iterNext(it);
      if (k == STOP) break;
      if (k == ERROR || !dictSet(d, k, val)) { if (k != ERROR) decref(k); decref(it); decref(boxPtr(d)); return ERROR; }
      decref(k);
    }
    decref(it);
    return boxPtr(d);
  }
  const d = ptrOf(self);
  switch (id) {
    case M_GET: {
      if (!argRange("get", nargs, 1, 2)) return ERROR;
      const r = dictGet(d, load<u64>(argv));
      if (r == ERROR) return ERROR;
      if (r == 0) { const dv = nargs == 2 ? load<u64>(argv + 8) : NONE; incref(dv); return dv; }
      incref(r);
      return r;
    }
    case M_SETDEFAULT: {
      if (!argRange("setdefault", nargs, 1, 2)) return ERROR;
      const r = dictGet(d, load<u64>(argv));
      if (r == ERROR) return ERROR;
      if (r != 0) { incref(r); return r; }
      const dv = nargs == 2 ? load<u64>(argv + 8) : NONE;
      if (!dictSet(d, load<u64>(argv), dv)) return ERROR;
      incref(dv);
      return dv;
    }
    case M_DPOP: {
      if (!argRange("pop", nargs, 1, 2)) return ERROR;
      const r = dictPop(d, load<u64>(argv));
      if (r == ERROR) return ERROR;
      if (r == 0) {
        if (nargs == 2) { const dv = load<u64>(argv + 8); incref(dv); return dv; }
        return raiseWithArg(X.E_KeyError, load<u64>(argv));
      }
      return r;
    }
    case M_POPITEM: if (!noArgs("dict.popitem", nargs)) return ERROR; return dictPopItem(d);
    case M_KEYS: if (!noArgs("dict.keys", nargs)) return ERROR; return dictViewNew(self, K.K_DICT_KEYS);
    case M_VALUES: if (!noArgs("dict.values", nargs)) return ERROR; return dictViewNew(self, K.K_DICT_VALUES);
    case M_ITEMS: if (!noArgs("dict.items", nargs)) return ERROR; return dictViewNew(self, K.K_DICT_ITEMS);
    case M_DCOPY: if (!noArgs("dict.copy", nargs)) return ERROR; return boxPtr(dictCopy(d));
    case M_DCLEAR: if (!noArgs("dict.clear", nargs)) return ERROR; dictClear(d); return NONE;
  }
  return raiseLit(X.E_SystemError, "bad dict method");
}
