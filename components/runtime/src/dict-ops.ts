// dict(...) / dict.update argument handling.
import { ptrOf, ERROR, STOP, NONE, boxPtr } from "./value";
import { incref, decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { dictSet, dictMerge, dictNew } from "./dict";
import { iterNew, iterNext } from "./iter";
import { tupLen, tupItem } from "./tuple";
import { listLen, listItem } from "./list";
import { raiseSb, raiseTypeMsg, errClear, pendingExc } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbLit, sbI64 } from "./strbuf";
import { nkw } from "./args";

/** Updates d from a mapping or an iterable of pairs. */
export function dictUpdateFrom(d: u32, src: u64): bool {
  const k = kindOf(src);
  if (k == K.K_DICT) return dictMerge(d, ptrOf(src));
  const it = iterNew(src);
  if (it == ERROR) return false;
  let i: i64 = 0;
  while (true) {
    const item = iterNext(it);
    if (item == STOP) break;
    if (item == ERROR) { decref(it); return false; }
    const ik = kindOf(item);
    let key: u64 = 0, val: u64 = 0, n: u32 = 0;
    if (ik == K.K_TUPLE) { n = tupLen(ptrOf(item)); if (n == 2) { key = tupItem(ptrOf(item), 0); val = tupItem(ptrOf(item), 1); } }
    else if (ik == K.K_LIST) { n = listLen(ptrOf(item)); if (n == 2) { key = listItem(ptrOf(item), 0); val = listItem(ptrOf(item), 1); } }
    else if (ik == K.K_STR || ik == K.K_BYTES) { n = <u32>(load<u32>(ptrOf(item) + (ik == K.K_STR ? 12 : 8))); }
    else {
      decref(item); decref(it);
      const sb = sbNew(); sbLit(sb, "cannot convert dictionary update sequence element #"); sbI64(sb, i); sbLit(sb, " to a sequence");
      raiseSb(X.E_TypeError, sb);
      return false;
    }
    if (n != 2) {
      decref(item); decref(it);
      const sb = sbNew(); sbLit(sb, "dictionary update sequence element #"); sbI64(sb, i); sbLit(sb, " has length "); sbI64(sb, n); sbLit(sb, "; 2 is required");
      raiseSb(X.E_ValueError, sb);
      return false;
    }
    const ok = dictSet(d, key, val);
    decref(item);
    if (!ok) { decref(it); return false; }
    i++;
  }
  decref(it);
  return true;
}

/** dict(src, **kw) / d.update(src, **kw) */
export function dictUpdateArgs(d: u32, src: u64, kwvals: usize, kwnames: u64): bool {
  if (src != 0 && !dictUpdateFrom(d, src)) return false;
  const n = nkw(kwnames);
  for (let i: u32 = 0; i < n; i++) {
    if (!dictSet(d, tupItem(ptrOf(kwnames), i), load<u64>(kwvals + (i << 3)))) return false;
  }
  return true;
}

export function molt_dict_from(argv: i32, npairs: i32): u64 {
  const d = dictNew();
  for (let i: i32 = 0; i < npairs; i++) {
    const k = load<u64>(<usize>argv + (<usize>i << 4));
    const v = load<u64>(<usize>argv + (<usize>i << 4) + 8);
    if (!dictSet(d, k, v)) { decref(boxPtr(d)); return ERROR; }
  }
  return boxPtr(d);
}

export function molt_dict_update(d: u64, src: u64): u64 {
  if (kindOf(src) != K.K_DICT && !isMappingLike(src)) {
    return raiseTypeMsg("", src, " object is not a mapping");
  }
  return dictUpdateFrom(ptrOf(d), src) ? NONE : ERROR;
}
function isMappingLike(v: u64): bool { return kindOf(v) == K.K_DICT; }

/** f(**a): like update, but duplicate keys are errors. */
export function molt_dict_merge_kwargs(d: u64, src: u64, func: u64): u64 {
  if (kindOf(src) != K.K_DICT) {
    const sb = sbNew();
    fnName(sb, func); sbLit(sb, " argument after ** must be a mapping, not "); sbTypeNameLocal(sb, src);
    return raiseSb(X.E_TypeError, sb);
  }
  const sp = ptrOf(src);
  const dp = ptrOf(d);
  for (let i: u32 = 0; i < dictNentries(sp); i++) {
    const e = dictEntry(sp, i);
    const key = entryKey(e);
    if (key == DELETED) continue;
    if (kindOf(key) != K.K_STR) { const sb = sbNew(); fnName(sb, func); sbLit(sb, " keywords must be strings"); return raiseSb(X.E_TypeError, sb); }
    const g = dictGet(dp, key);
    if (g == ERROR) return ERROR;
    if (g != 0) {
      const sb = sbNew(); fnName(sb, func); sbLit(sb, " got multiple values for keyword argument '"); sbStrObj(sb, key); sbLit(sb, "'");
      return raiseSb(X.E_TypeError, sb);
    }
    if (!dictSetHashed(dp, key, entryHash(e), entryValue(e))) return ERROR;
  }
  return NONE;
}
import { dictNentries, dictEntry, entryKey, entryValue, entryHash, DELETED, dictGet, dictSetHashed } from "./dict";
import { sbStrObj } from "./convert";
import { sbTypeName } from "./errors";
function sbTypeNameLocal(sb: u32, v: u64): void { sbTypeName(sb, v); }
// CPython's _PyObject_FunctionStr: "module.qualname()" for Python functions.
function fnName(sb: u32, f: u64): void {
  const k = kindOf(f);
  if (k == K.K_FUNC) {
    const mod = load<u64>(ptrOf(f), 88);
    if (mod != 0 && kindOf(mod) == K.K_STR) { sbStrObj(sb, mod); sbLit(sb, "."); }
    sbStrObj(sb, load<u64>(ptrOf(f), 24)); sbLit(sb, "()");
  }
  else if (k == K.K_BUILTIN) { sbStrObj(sb, load<u64>(ptrOf(f), 24)); sbLit(sb, "()"); }
  else sbLit(sb, "function");
}
