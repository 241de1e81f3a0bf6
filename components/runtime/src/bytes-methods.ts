// bytes methods (ids 400..449, registered in bytes-methods-table.ts): the
// str-like API on raw bytes with ASCII-only case/class rules, as in CPython.
import { ptrOf, ERROR, NONE, boxBool, boxSmall, isSmallInt, intOf, isBool } from "./value";
import { incref, decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, sbTypeName } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbLit, sbI64 } from "./strbuf";
import { bytesFind, bytesRFind } from "./str";
import { bytesAlloc, bytesFrom } from "./bytes";
import { boxPtr } from "./value";
import { listNew, listAppendOwn } from "./list";
import { tupLen, tupItem, tupNew, tupSet } from "./tuple";
import { nkw, noKw, argRange, kwOnly, kwValue } from "./args";
import { iterNew, iterNext } from "./iter";
import { STOP } from "./value";
import { isIntLike, intFitsI64, intToI64 } from "./int";
import { truthy } from "./truthy";

export const BM_FIRST: u32 = 400;
export const BM_NAMES = ["split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex",
  "count", "startswith", "endswith", "upper", "lower", "title", "capitalize", "swapcase", "isdigit", "isalpha",
  "isspace", "isalnum", "isupper", "islower", "isascii", "istitle", "zfill", "center", "ljust", "rjust",
  "partition", "rpartition", "splitlines", "join", "removeprefix", "removesuffix"];

@inline function D(p: u32): usize { return p + 24; }
@inline function L(p: u32): u32 { return load<u32>(p, 8); }
@inline function isSp(c: u32): bool { return c == 32 || (c >= 9 && c <= 13); }
@inline function isUp(c: u32): bool { return c >= 65 && c <= 90; }
@inline function isLo(c: u32): bool { return c >= 97 && c <= 122; }
@inline function isDig(c: u32): bool { return c >= 48 && c <= 57; }

// A bytes-like argument: data pointer and length in aP/aN (aByte >= 0 for an int).
let aP: usize = 0, aN: u32 = 0;
function needBytes(v: u64): bool {
  if (kindOf(v) == K.K_BYTES) { const q = ptrOf(v); aP = D(q); aN = L(q); return true; }
  const sb = sbNew(); sbLit(sb, "a bytes-like object is required, not '"); sbTypeName(sb, v); sbLit(sb, "'");
  raiseSb(X.E_TypeError, sb);
  return false;
}
const BYTE1: usize = memory.data(1);
/** sub argument of find/count/index: bytes or an int in range(256). */
function needSub(v: u64): bool {
  if (isSmallInt(v) || isBool(v)) {
    const b = isBool(v) ? <i64>(v & 1) : intOf(v);
    if (b < 0 || b > 255) { raiseLit(X.E_ValueError, "byte must be in range(0, 256)"); return false; }
    store<u8>(BYTE1, <u8>b); aP = BYTE1; aN = 1; return true;
  }
  if (kindOf(v) == K.K_BYTES) return needBytes(v);
  const sb = sbNew(); sbLit(sb, "argument should be integer or bytes-like object, not '"); sbTypeName(sb, v); sbLit(sb, "'");
  raiseSb(X.E_TypeError, sb);
  return false;
}

// start/end arguments (slice semantics) -> rs/re; rEmpty when start > len.
let rs: u32 = 0, re: u32 = 0, rEmpty = false;
function span(n: u32, argv: usize, nargs: u32, first: u32): bool {
  let a: i64 = 0, b: i64 = <i64>n;
  for (let k: u32 = 0; k < 2; k++) {
    if (nargs <= first + k) break;
    const v = load<u64>(argv + ((first + k) << 3));
    if (v == NONE) continue;
    if (!isIntLike(v)) { raiseLit(X.E_TypeError, "slice indices must be integers or None or have an __index__ method"); return false; }
    const x = intFitsI64(v) ? intToI64(v) : (intToI64(v) < 0 ? -<i64>n - 1 : <i64>n + 1);
    if (k == 0) a = x; else b = x;
  }
  if (a < 0) { a += n; if (a < 0) a = 0; }
  if (b < 0) { b += n; if (b < 0) b = 0; }
  if (b > <i64>n) b = n;
  rEmpty = a > <i64>n || a > b;
  if (a > <i64>n) a = n;
  rs = <u32>a; re = b < a ? <u32>a : <u32>b;
  return true;
}

function mk(p: usize, n: u32): u64 { return bytesFrom(p, n); }

function findLike(s: u32, argv: usize, nargs: u32, rev: bool): i64 {
  if (!argRange(rev ? "rfind" : "find", nargs, 1, 3)) return -2;
  if (!needSub(load<u64>(argv))) return -2;
  const sp = aP, sn = aN;
  if (!span(L(s), argv, nargs, 1)) return -2;
  if (rEmpty) return -1;
  return rev ? bytesRFind(D(s), rs, re, sp, sn) : bytesFind(D(s), rs, re, sp, sn);
}

function countSub(s: u32, argv: usize, nargs: u32): u64 {
  if (!argRange("count", nargs, 1, 3)) return ERROR;
  if (!needSub(load<u64>(argv))) return ERROR;
  const sp = aP, sn = aN;
  if (!span(L(s), argv, nargs, 1)) return ERROR;
  if (rEmpty) return boxSmall(0);
  if (sn == 0) return boxSmall(<i64>(re - rs) + 1);
  let c: i64 = 0, i = rs;
  while (true) {
    const j = bytesFind(D(s), i, re, sp, sn);
    if (j < 0) break;
    c++; i = <u32>j + sn;
  }
  return boxSmall(c);
}

function caseMap(s: u32, mode: i32): u64 {
  const n = L(s);
  const r = bytesAlloc(n);
  let prevCased = false;
  for (let i: u32 = 0; i < n; i++) {
    let c = <u32>load<u8>(D(s) + i);
    if (mode == 0) { if (isLo(c)) c -= 32; }                 // upper
    else if (mode == 1) { if (isUp(c)) c += 32; }            // lower
    else if (mode == 2) { if (isLo(c)) c -= 32; else if (isUp(c)) c += 32; } // swapcase
    else if (mode == 3) {                                      // title
      if (prevCased) { if (isUp(c)) c += 32; } else if (isLo(c)) c -= 32;
      prevCased = isUp(c) || isLo(c);
    } else {                                                   // capitalize
      if (i == 0) { if (isLo(c)) c -= 32; } else if (isUp(c)) c += 32;
    }
    store<u8>(D(r) + i, <u8>c);
  }
  return boxPtr(r);
}

function classify(s: u32, which: i32): u64 {
  const n = L(s);
  if (which == 6) { for (let i: u32 = 0; i < n; i++) if (load<u8>(D(s) + i) >= 128) return boxBool(false); return boxBool(true); }
  if (n == 0) return boxBool(false);
  if (which == 4 || which == 5) { // isupper / islower: some cased, none of the other case
    let cased = false;
    for (let i: u32 = 0; i < n; i++) {
      const c = <u32>load<u8>(D(s) + i);
      if (which == 4 ? isLo(c) : isUp(c)) return boxBool(false);
      if (isUp(c) || isLo(c)) cased = true;
    }
    return boxBool(cased);
  }
  if (which == 7) { // istitle
    let cased = false, prev = false;
    for (let i: u32 = 0; i < n; i++) {
      const c = <u32>load<u8>(D(s) + i);
      if (isUp(c)) { if (prev) return boxBool(false); prev = true; cased = true; }
      else if (isLo(c)) { if (!prev) return boxBool(false); prev = true; cased = true; }
      else prev = false;
    }
    return boxBool(cased);
  }
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(D(s) + i);
    let ok = false;
    if (which == 0) ok = isDig(c);
    else if (which == 1) ok = isUp(c) || isLo(c);
    else if (which == 2) ok = isSp(c);
    else ok = isUp(c) || isLo(c) || isDig(c);
    if (!ok) return boxBool(false);
  }
  return boxBool(true);
}

function inSet(c: u32, cp: usize, cn: u32, ws: bool): bool {
  if (ws) return isSp(c);
  for (let k: u32 = 0; k < cn; k++) if (<u32>load<u8>(cp + k) == c) return true;
  return false;
}

function stripImpl(s: u32, argv: usize, nargs: u32, name: string, left: bool, right: bool): u64 {
  if (!argRange(name, nargs, 0, 1)) return ERROR;
  let cp: usize = 0, cn: u32 = 0, ws = true;
  if (nargs == 1 && load<u64>(argv) != NONE) { if (!needBytes(load<u64>(argv))) return ERROR; cp = aP; cn = aN; ws = false; }
  let a: u32 = 0, b = L(s);
  if (left) while (a < b && inSet(<u32>load<u8>(D(s) + a), cp, cn, ws)) a++;
  if (right) while (b > a && inSet(<u32>load<u8>(D(s) + b - 1), cp, cn, ws)) b--;
  return mk(D(s) + a, b - a);
}

function splitImpl(s: u32, argv: usize, nargs: u32, kwnames: u64, rev: bool): u64 {
  const name = rev ? "rsplit" : "split";
  if (!kwOnly(name, kwnames, "sep", "maxsplit")) return ERROR;
  if (nargs + nkw(kwnames) > 2) { const sb = sbNew(); sbLit(sb, name); sbLit(sb, "() takes at most 2 arguments ("); sbI64(sb, nargs + nkw(kwnames)); sbLit(sb, " given)"); return raiseSb(X.E_TypeError, sb); }
  let sepv = nargs > 0 ? load<u64>(argv) : kwValue(argv, nargs, kwnames, "sep");
  const mv = nargs > 1 ? load<u64>(argv + 8) : kwValue(argv, nargs, kwnames, "maxsplit");
  let maxs: i64 = -1;
  if (mv != 0) {
    if (!isIntLike(mv)) { const sb = sbNew(); sbLit(sb, "'"); sbTypeName(sb, mv); sbLit(sb, "' object cannot be interpreted as an integer"); return raiseSb(X.E_TypeError, sb); }
    maxs = intFitsI64(mv) ? intToI64(mv) : i64.MAX_VALUE;
  }
  if (maxs < 0) maxs = i64.MAX_VALUE;
  const n = L(s), d = D(s);
  const out = listNew(4);
  if (sepv == 0 || sepv == NONE) {
    // runs of ASCII whitespace; empty pieces dropped
    if (!rev) {
      let i: u32 = 0, cnt: i64 = 0;
      while (true) {
        while (i < n && isSp(load<u8>(d + i))) i++;
        if (i >= n) break;
        if (cnt >= maxs) { listAppendOwn(out, mk(d + i, n - i)); break; }
        let j = i; while (j < n && !isSp(load<u8>(d + j))) j++;
        listAppendOwn(out, mk(d + i, j - i)); cnt++; i = j;
      }
    } else {
      let i = n, cnt: i64 = 0;
      const tmp = listNew(4);
      while (true) {
        while (i > 0 && isSp(load<u8>(d + i - 1))) i--;
        if (i == 0) break;
        if (cnt >= maxs) { listAppendOwn(tmp, mk(d, i)); break; }
        let j = i; while (j > 0 && !isSp(load<u8>(d + j - 1))) j--;
        listAppendOwn(tmp, mk(d + j, i - j)); cnt++; i = j;
      }
      reverseInto(out, tmp);
    }
    return boxPtr(out);
  }
  if (!needBytes(sepv)) { decref(boxPtr(out)); return ERROR; }
  const sp = aP, sn = aN;
  if (sn == 0) { decref(boxPtr(out)); return raiseLit(X.E_ValueError, "empty separator"); }
  if (!rev) {
    let i: u32 = 0, cnt: i64 = 0;
    while (cnt < maxs) {
      const j = bytesFind(d, i, n, sp, sn);
      if (j < 0) break;
      listAppendOwn(out, mk(d + i, <u32>j - i)); i = <u32>j + sn; cnt++;
    }
    listAppendOwn(out, mk(d + i, n - i));
  } else {
    const tmp = listNew(4);
    let e = n, cnt: i64 = 0;
    while (cnt < maxs) {
      const j = bytesRFind(d, 0, e, sp, sn);
      if (j < 0) break;
      listAppendOwn(tmp, mk(d + <u32>j + sn, e - <u32>j - sn)); e = <u32>j; cnt++;
    }
    listAppendOwn(tmp, mk(d, e));
    reverseInto(out, tmp);
  }
  return boxPtr(out);
}

import { listLen, listItem } from "./list";
function reverseInto(out: u32, tmp: u32): void {
  for (let k = <i32>listLen(tmp) - 1; k >= 0; k--) { const v = listItem(tmp, <u32>k); incref(v); listAppendOwn(out, v); }
  decref(boxPtr(tmp));
}

function replaceImpl(s: u32, argv: usize, nargs: u32): u64 {
  if (!argRange("replace", nargs, 2, 3)) return ERROR;
  if (!needBytes(load<u64>(argv))) return ERROR;
  const op = aP, on = aN;
  if (!needBytes(load<u64>(argv + 8))) return ERROR;
  const np = aP, nn = aN;
  let count: i64 = -1;
  if (nargs == 3) { const c = load<u64>(argv + 16); if (!isIntLike(c)) return raiseLit(X.E_TypeError, "'count' must be an integer"); count = intFitsI64(c) ? intToI64(c) : i64.MAX_VALUE; }
  if (count < 0) count = i64.MAX_VALUE;
  const n = L(s), d = D(s);
  const sb = sbNew(n + 8);
  let i: u32 = 0, done: i64 = 0;
  while (done < count) {
    let j: i32;
    if (on == 0) { if (i > n) break; j = <i32>i; }
    else { j = bytesFind(d, i, n, op, on); if (j < 0) break; }
    sbBytesL(sb, d + i, <u32>j - i); sbBytesL(sb, np, nn); done++;
    if (on == 0) { if (<u32>j < n) sbBytesL(sb, d + <u32>j, 1); i = <u32>j + 1; }
    else i = <u32>j + on;
  }
  if (i < n) sbBytesL(sb, d + i, n - i);
  return sbToBytes(sb);
}
import { sbBytes, sbData, sbLen, sbFree } from "./strbuf";
function sbBytesL(sb: u32, p: usize, n: u32): void { sbBytes(sb, p, n); }
function sbToBytes(sb: u32): u64 { const r = bytesFrom(sbData(sb), sbLen(sb)); sbFree(sb); return r; }

// One prefix/suffix test against the current span: 1/0, -1 when v is not bytes.
function one(v: u64, s: u32, end: bool): i32 {
  if (kindOf(v) != K.K_BYTES) return -1;
  const q = ptrOf(v), qn = L(q);
  if (rEmpty || re - rs < qn) return 0;
  const at = end ? re - qn : rs;
  return memory.compare(D(s) + at, D(q), qn) == 0 ? 1 : 0;
}

function affix(s: u32, argv: usize, nargs: u32, end: bool): u64 {
  const name = end ? "endswith" : "startswith";
  if (!argRange(name, nargs, 1, 3)) return ERROR;
  if (!span(L(s), argv, nargs, 1)) return ERROR;
  const pv = load<u64>(argv);
  if (kindOf(pv) == K.K_TUPLE) {
    const tp = ptrOf(pv);
    for (let i: u32 = 0; i < tupLen(tp); i++) {
      const r = one(tupItem(tp, i), s, end);
      if (r < 0) { const sb = sbNew(); sbLit(sb, "a bytes-like object is required, not '"); sbTypeName(sb, tupItem(tp, i)); sbLit(sb, "'"); return raiseSb(X.E_TypeError, sb); }
      if (r == 1) return boxBool(true);
    }
    return boxBool(false);
  }
  const r = one(pv, s, end);
  if (r < 0) { const sb = sbNew(); sbLit(sb, name); sbLit(sb, " first arg must be bytes or a tuple of bytes, not "); sbTypeName(sb, pv); return raiseSb(X.E_TypeError, sb); }
  return boxBool(r == 1);
}

function pad(s: u32, argv: usize, nargs: u32, mode: i32, name: string): u64 {
  if (!argRange(name, nargs, mode == 3 ? 1 : 1, mode == 3 ? 1 : 2)) return ERROR;
  const wv = load<u64>(argv);
  if (!isIntLike(wv)) { const sb = sbNew(); sbLit(sb, "'"); sbTypeName(sb, wv); sbLit(sb, "' object cannot be interpreted as an integer"); return raiseSb(X.E_TypeError, sb); }
  const w: i64 = intFitsI64(wv) ? intToI64(wv) : 0;
  let fill: u32 = 32;
  if (nargs == 2) {
    const f = load<u64>(argv + 8);
    if (kindOf(f) != K.K_BYTES || L(ptrOf(f)) != 1) {
      const sb = sbNew(); sbLit(sb, name); sbLit(sb, "() argument 2 must be a byte string of length 1, not "); sbTypeName(sb, f); return raiseSb(X.E_TypeError, sb);
    }
    fill = load<u8>(D(ptrOf(f)));
  }
  const n = L(s);
  if (w <= <i64>n) return mk(D(s), n);
  const total = <u32>w, extra = total - n;
  let left: u32 = 0;
  if (mode == 0) left = extra / 2 + (extra & total & 1);  // center (CPython's odd rounding)
  else if (mode == 2 || mode == 3) left = extra;       // rjust / zfill
  const r = bytesAlloc(total);
  memory.fill(D(r), <u8>(mode == 3 ? 48 : fill), total);
  memory.copy(D(r) + left, D(s), n);
  if (mode == 3 && n > 0) {
    const c = load<u8>(D(s));
    if (c == 43 || c == 45) { store<u8>(D(r), c); store<u8>(D(r) + left, 48); }
  }
  return boxPtr(r);
}

function partition(s: u32, argv: usize, nargs: u32, rev: bool): u64 {
  if (!argRange(rev ? "rpartition" : "partition", nargs, 1, 1)) return ERROR;
  if (!needBytes(load<u64>(argv))) return ERROR;
  const sp = aP, sn = aN;
  if (sn == 0) return raiseLit(X.E_ValueError, "empty separator");
  const n = L(s), d = D(s);
  const j = rev ? bytesRFind(d, 0, n, sp, sn) : bytesFind(d, 0, n, sp, sn);
  const t = tupNew(3);
  if (j < 0) {
    const e = mk(d, 0);
    if (rev) { tupSet(t, 0, e); incref(e); tupSet(t, 1, e); tupSet(t, 2, mk(d, n)); }
    else { tupSet(t, 0, mk(d, n)); tupSet(t, 1, e); incref(e); tupSet(t, 2, e); }
  } else {
    tupSet(t, 0, mk(d, <u32>j)); tupSet(t, 1, mk(sp, sn)); tupSet(t, 2, mk(d + <u32>j + sn, n - <u32>j - sn));
  }
  return boxPtr(t);
}

function splitLines(s: u32, argv: usize, nargs: u32, kwnames: u64): u64 {
  if (!kwOnly("splitlines", kwnames, "keepends")) return ERROR;
  const kv = nargs > 0 ? load<u64>(argv) : kwValue(argv, nargs, kwnames, "keepends");
  let keep = false;
  if (kv != 0) { const t = truthy(kv); if (t < 0) return ERROR; keep = t == 1; }
  const n = L(s), d = D(s);
  const out = listNew(4);
  let i: u32 = 0;
  while (i < n) {
    let j = i;
    while (j < n && load<u8>(d + j) != 10 && load<u8>(d + j) != 13) j++;
    let e = j;
    if (j < n) { e = j + 1; if (load<u8>(d + j) == 13 && e < n && load<u8>(d + e) == 10) e++; }
    listAppendOwn(out, mk(d + i, (keep ? e : j) - i));
    i = e;
  }
  return boxPtr(out);
}

function joinImpl(s: u32, it: u64): u64 {
  const iter = iterNew(it);
  if (iter == ERROR) return ERROR;
  const sb = sbNew(32);
  let k: i64 = 0;
  while (true) {
    const v = iterNext(iter);
    if (v == STOP) break;
    if (v == ERROR) { decref(iter); sbFree(sb); return ERROR; }
    if (kindOf(v) != K.K_BYTES) {
      const e = sbNew(); sbLit(e, "sequence item "); sbI64(e, k); sbLit(e, ": expected a bytes-like object, "); sbTypeName(e, v); sbLit(e, " found");
      decref(v); decref(iter); sbFree(sb);
      return raiseSb(X.E_TypeError, e);
    }
    if (k > 0) sbBytes(sb, D(s), L(s));
    const q = ptrOf(v);
    sbBytes(sb, D(q), L(q));
    decref(v);
    k++;
  }
  decref(iter);
  return sbToBytes(sb);
}

function affixRemove(s: u32, argv: usize, nargs: u32, end: bool): u64 {
  if (!argRange(end ? "removesuffix" : "removeprefix", nargs, 1, 1)) return ERROR;
  if (!needBytes(load<u64>(argv))) return ERROR;
  const n = L(s);
  if (aN <= n && memory.compare(D(s) + (end ? n - aN : <u32>0), aP, aN) == 0) return mk(D(s) + (end ? <u32>0 : aN), n - aN);
  return mk(D(s), n);
}

export function bytesMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  const s = ptrOf(self);
  const k = id - BM_FIRST;
  if (k != 0 && k != 1 && k != 32 && !noKw(BM_NAMES[k], kwnames)) return ERROR;
  switch (k) {
    case 0: return splitImpl(s, argv, nargs, kwnames, false);
    case 1: return splitImpl(s, argv, nargs, kwnames, true);
    case 2: return stripImpl(s, argv, nargs, "strip", true, true);
    case 3: return stripImpl(s, argv, nargs, "lstrip", true, false);
    case 4: return stripImpl(s, argv, nargs, "rstrip", false, true);
    case 5: return replaceImpl(s, argv, nargs);
    case 6: case 7: { const r = findLike(s, argv, nargs, k == 7); return r == -2 ? ERROR : boxSmall(r); }
    case 8: case 9: {
      const r = findLike(s, argv, nargs, k == 9);
      if (r == -2) return ERROR;
      if (r < 0) return raiseLit(X.E_ValueError, "subsection not found");
      return boxSmall(r);
    }
    case 10: return countSub(s, argv, nargs);
    case 11: return affix(s, argv, nargs, false);
    case 12: return affix(s, argv, nargs, true);
    case 13: case 14: case 15: case 16: case 17: {
      if (!argRange(BM_NAMES[k], nargs, 0, 0)) return ERROR;
      return caseMap(s, k == 13 ? 0 : k == 14 ? 1 : k == 15 ? 3 : k == 16 ? 4 : 2);
    }
    case 18: case 19: case 20: case 21: case 22: case 23: case 24: case 25: {
      if (!argRange(BM_NAMES[k], nargs, 0, 0)) return ERROR;
      return classify(s, <i32>(k - 18));
    }
    case 26: return pad(s, argv, nargs, 3, "zfill");
    case 27: return pad(s, argv, nargs, 0, "center");
    case 28: return pad(s, argv, nargs, 1, "ljust");
    case 29: return pad(s, argv, nargs, 2, "rjust");
    case 30: return partition(s, argv, nargs, false);
    case 31: return partition(s, argv, nargs, true);
    case 32: return splitLines(s, argv, nargs, kwnames);
    case 33: if (!argRange("join", nargs, 1, 1)) return ERROR; return joinImpl(s, load<u64>(argv));
    case 34: return affixRemove(s, argv, nargs, false);
    case 35: return affixRemove(s, argv, nargs, true);
  }
  return raiseLit(X.E_SystemError, "bad bytes method id");
}
