// str.maketrans, str.translate and str.format_map.
import { ERROR, NONE, ptrOf, boxPtr, boxSmall, isSmallInt, intOf } from "./value";
import { decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { noKw, exactlyOne } from "./args";
import { raiseLit, raiseTypeMsg, errPendingIs, errClear } from "./errors";
import * as X from "./exceptions";
import { STR_DATA, strBytes, strCps, sbFinish, decodeAt, decLen } from "./str";
import { sbNew, sbCp, sbBytes, sbFree } from "./strbuf";
import { dictNew, dictSet, dictNextEntry, nextPos, entryKey, entryValue, dictUsed } from "./dict";
import { molt_getitem } from "./subscript";
import { tupNew, tupSet } from "./tuple";
import { strFormatMethod } from "./str-format";
import { molt_stack_push, molt_stack_pop } from "./call";

export const S_TRANSLATE: u32 = 144;
export const S_FORMAT_MAP: u32 = 145;
export const S_MAKETRANS: u32 = 146;

function fail(d: u32, t: u32, msg: string): u64 { decref(boxPtr(d)); return raiseLit(t, msg); }

function makeTrans(argv: usize, nargs: u32, kwnames: u64): u64 {
  if (!noKw("maketrans", kwnames)) return ERROR;
  if (nargs < 1 || nargs > 3) return raiseLit(X.E_TypeError, nargs < 1 ? "maketrans() takes at least 1 argument (0 given)" : "maketrans() takes at most 3 arguments");
  const x = load<u64>(argv);
  const d = dictNew();
  if (nargs == 1) {
    if (kindOf(x) != K.K_DICT) return fail(d, X.E_TypeError, "if you give only one argument to maketrans it must be a dict");
    const src = ptrOf(x);
    let pos: u32 = 0;
    while (true) {
      const e = dictNextEntry(src, pos);
      if (e == 0) break;
      pos = nextPos;
      let k = entryKey(e);
      if (kindOf(k) == K.K_STR) {
        if (strCps(ptrOf(k)) != 1) return fail(d, X.E_ValueError, "string keys in translate table must be of length 1");
        k = boxSmall(<i64>decodeAt(ptrOf(k) + STR_DATA));
      } else if (!isSmallInt(k)) return fail(d, X.E_TypeError, "keys in translate table must be strings or integers");
      if (!dictSet(d, k, entryValue(e))) { decref(boxPtr(d)); return ERROR; }
    }
    return boxPtr(d);
  }
  const y = load<u64>(argv, 8);
  if (kindOf(x) != K.K_STR) { decref(boxPtr(d)); return raiseTypeMsg("maketrans() argument 1 must be str, not ", x, ""); }
  if (kindOf(y) != K.K_STR) { decref(boxPtr(d)); return raiseTypeMsg("maketrans() argument 2 must be str, not ", y, ""); }
  const px = ptrOf(x), py = ptrOf(y);
  if (strCps(px) != strCps(py)) return fail(d, X.E_ValueError, "the first two maketrans arguments must have equal length");
  let ox: u32 = 0, oy: u32 = 0;
  for (let i: u32 = 0; i < strCps(px); i++) {
    const a = decodeAt(px + STR_DATA + ox); ox += decLen;
    const b = decodeAt(py + STR_DATA + oy); oy += decLen;
    dictSet(d, boxSmall(a), boxSmall(b));
  }
  if (nargs == 3) {
    const z = load<u64>(argv, 16);
    if (kindOf(z) != K.K_STR) { decref(boxPtr(d)); return raiseTypeMsg("maketrans() argument 3 must be str, not ", z, ""); }
    const pz = ptrOf(z);
    let oz: u32 = 0;
    for (let i: u32 = 0; i < strCps(pz); i++) { const c = decodeAt(pz + STR_DATA + oz); oz += decLen; dictSet(d, boxSmall(c), NONE); }
  }
  return boxPtr(d);
}

function translate(self: u64, table: u64): u64 {
  const p = ptrOf(self);
  const sb = sbNew(strBytes(p) + 8);
  let off: u32 = 0;
  const end = strBytes(p);
  while (off < end) {
    const c = decodeAt(p + STR_DATA + off);
    const n = decLen;
    const r = molt_getitem(table, boxSmall(c));
    if (r == ERROR) {
      // LookupError: keep the character
      if (!errPendingIs(X.E_LookupError)) { sbFree(sb); return ERROR; }
      errClear();
      sbBytes(sb, p + STR_DATA + off, n);
    } else if (r == NONE) {
      // deleted
    } else if (isSmallInt(r)) {
      const v = intOf(r);
      if (v < 0 || v > 0x10FFFF) { sbFree(sb); return raiseLit(X.E_ValueError, "character mapping must be in range(0x110000)"); }
      sbCp(sb, <u32>v);
    } else if (kindOf(r) == K.K_STR) {
      sbBytes(sb, ptrOf(r) + STR_DATA, strBytes(ptrOf(r)));
      decref(r);
    } else {
      decref(r); sbFree(sb);
      return raiseLit(X.E_TypeError, "character mapping must return integer, None or str");
    }
    off += n;
  }
  return sbFinish(sb);
}

/** format_map over a dict: its str keys become keyword arguments. */
function formatMap(self: u64, m: u64): u64 {
  if (kindOf(m) != K.K_DICT) return raiseTypeMsg("format_map() argument must be a mapping, not ", m, "");
  const d = ptrOf(m);
  const n = dictUsed(d);
  const names = tupNew(n);
  const argv = <usize>molt_stack_push(<i32>n);
  let pos: u32 = 0, i: u32 = 0;
  while (i < n) {
    const e = dictNextEntry(d, pos);
    if (e == 0) break;
    pos = nextPos;
    const k = entryKey(e);
    if (kindOf(k) != K.K_STR) continue;
    incref2(k);
    tupSet(names, i, k);
    store<u64>(argv + (i << 3), entryValue(e));
    i++;
  }
  store<u32>(names, i, 8); // only the str keys
  const r = strFormatMethod(self, argv, 0, boxPtr(names));
  molt_stack_pop(<i32>n);
  store<u32>(names, n, 8);
  for (let j = i; j < n; j++) tupSet(names, j, NONE);
  decref(boxPtr(names));
  return r;
}
import { incref } from "./object";
function incref2(v: u64): void { incref(v); }

export function strTranslateMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  if (id == S_MAKETRANS) return makeTrans(argv, nargs, kwnames);
  if (!noKw(id == S_TRANSLATE ? "translate" : "format_map", kwnames)) return ERROR;
  if (!exactlyOne(id == S_TRANSLATE ? "translate" : "format_map", nargs)) return ERROR;
  if (id == S_TRANSLATE) return translate(self, load<u64>(argv));
  return formatMap(self, load<u64>(argv));
}
