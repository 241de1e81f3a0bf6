// str methods (ids 100..199, registered in str-methods-table.ts).
import { ptrOf, ERROR, NONE, TRUE, FALSE, boxBool, boxSmall, boxPtr, isSmallInt, intOf, isBool, STOP } from "./value";
import { incref, decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, raiseTypeMsg, sbTypeName } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbByte, sbBytes, sbLit, sbFree, sbCp, sbData, sbLen, sbI64, sbRepeat } from "./strbuf";
import { sbFinish, STR_DATA, strBytes, strCps, strIsAscii, decodeAt, decLen, cpOffset, cpIndexOf, bytesFind, bytesRFind,
  strFromUtf8, strFromUtf8Known, strSub, countCps, emptyStrV, utf8Len } from "./str";
import { listNew, listAppendOwn, listLen, listItem } from "./list";
import { tupLen, tupItem, tupNew, tupSet } from "./tuple";
import { nkw, noKw, exactlyOne, noArgs, argRange, kwOnly, kwValue, argRangeClinic } from "./args";
import { iterNew, iterNext } from "./iter";
import { isIntLike, intFitsI64, intToI64 } from "./int";
import { truthy } from "./truthy";
import { strEncode } from "./bytes-ops";
import { strFormatMethod } from "./str-format";
import { isTitleCp, titleCp, isLigature, ligatureCase } from "./unicode-case";
import { strEncodeWith } from "./codecs";
import { isSpaceCp, isLineBreak, isDecimalCp, isDigitCp, isNumericCp, isUpperCp, isLowerCp, isAlphaCp, lowerCp, upperCp,
  isCasedCp, isIdStart, isIdContinue } from "./unicode-case";
import { isPrintableCp } from "./str-repr";

export const S_JOIN: u32 = 100; export const S_SPLIT: u32 = 101; export const S_RSPLIT: u32 = 102;
export const S_STRIP: u32 = 103; export const S_LSTRIP: u32 = 104; export const S_RSTRIP: u32 = 105;
export const S_REPLACE: u32 = 106; export const S_FIND: u32 = 107; export const S_RFIND: u32 = 108;
export const S_INDEX: u32 = 109; export const S_RINDEX: u32 = 110; export const S_COUNT: u32 = 111;
export const S_STARTSWITH: u32 = 112; export const S_ENDSWITH: u32 = 113; export const S_UPPER: u32 = 114;
export const S_LOWER: u32 = 115; export const S_TITLE: u32 = 116; export const S_CAPITALIZE: u32 = 117;
export const S_SWAPCASE: u32 = 118; export const S_CASEFOLD: u32 = 119; export const S_ISDIGIT: u32 = 120;
export const S_ISALPHA: u32 = 121; export const S_ISSPACE: u32 = 122; export const S_ISALNUM: u32 = 123;
export const S_ISUPPER: u32 = 124; export const S_ISLOWER: u32 = 125; export const S_ISDECIMAL: u32 = 126;
export const S_ISNUMERIC: u32 = 127; export const S_ISIDENTIFIER: u32 = 128; export const S_ISTITLE: u32 = 129;
export const S_ISASCII: u32 = 130; export const S_ISPRINTABLE: u32 = 131; export const S_ZFILL: u32 = 132;
export const S_CENTER: u32 = 133; export const S_LJUST: u32 = 134; export const S_RJUST: u32 = 135;
export const S_PARTITION: u32 = 136; export const S_RPARTITION: u32 = 137; export const S_SPLITLINES: u32 = 138;
export const S_EXPANDTABS: u32 = 139; export const S_ENCODE: u32 = 140; export const S_FORMAT: u32 = 141;
export const S_REMOVEPREFIX: u32 = 142; export const S_REMOVESUFFIX: u32 = 143; export const S_FORMAT_MAP: u32 = 144;

@inline function D(s: u32): usize { return s + STR_DATA; }

function needStr(v: u64, what: string): bool {
  if (kindOf(v) == K.K_STR) return true;
  const sb = sbNew(); sbLit(sb, what); sbTypeName(sb, v);
  raiseSb(X.E_TypeError, sb);
  return false;
}

// ---- start/end handling (code point indices -> byte offsets) ----
let rs: u32 = 0; let re: u32 = 0; let rsCp: i64 = 0; let reCp: i64 = 0; let rangeEmpty = false;
function range(s: u32, argv: usize, nargs: u32, first: u32): bool {
  const n = <i64>strCps(s);
  let a: i64 = 0, b: i64 = n;
  if (nargs > first) {
    const v = load<u64>(argv + (first << 3));
    if (v != NONE) {
      if (!isIntLike(v)) { raiseLit(X.E_TypeError, "slice indices must be integers or None or have an __index__ method"); return false; }
      a = intFitsI64(v) ? intToI64(v) : (intToI64(v) < 0 ? -n - 1 : n + 1);
    }
  }
  if (nargs > first + 1) {
    const v = load<u64>(argv + ((first + 1) << 3));
    if (v != NONE) {
      if (!isIntLike(v)) { raiseLit(X.E_TypeError, "slice indices must be integers or None or have an __index__ method"); return false; }
      b = intFitsI64(v) ? intToI64(v) : n + 1;
    }
  }
  if (a < 0) { a += n; if (a < 0) a = 0; }
  if (b < 0) { b += n; if (b < 0) b = 0; }
  if (b > n) b = n;
  rangeEmpty = a > n || a > b;
  if (a > n) a = n;
  rsCp = a; reCp = b < a ? a : b;
  rs = cpOffset(s, <u32>a); re = cpOffset(s, <u32>reCp);
  return true;
}

function findImpl(s: u32, sub: u32, argv: usize, nargs: u32, rev: bool): i64 {
  if (!range(s, argv, nargs, 1)) return -2;
  if (rangeEmpty) return -1;
  const r = rev ? bytesRFind(D(s), rs, re, D(sub), strBytes(sub)) : bytesFind(D(s), rs, re, D(sub), strBytes(sub));
  if (r < 0) return -1;
  return cpIndexOf(s, <u32>r);
}

function countImpl(s: u32, sub: u32, argv: usize, nargs: u32): i64 {
  if (!range(s, argv, nargs, 1)) return -2;
  if (rangeEmpty) return 0;
  const m = strBytes(sub);
  if (m == 0) return reCp - rsCp + 1;
  let c: i64 = 0;
  let i = rs;
  while (true) {
    const r = bytesFind(D(s), i, re, D(sub), m);
    if (r < 0) break;
    c++;
    i = <u32>r + m;
  }
  return c;
}

/** Appends the code points of s mapped by a case function. */
const CASE_UPPER: i32 = 0, CASE_LOWER: i32 = 1, CASE_SWAP: i32 = 2, CASE_FOLD: i32 = 3;
function caseMap(s: u32, mode: i32): u64 {
  const n = strBytes(s);
  const sb = sbNew(n + 4);
  const d = D(s);
  let i: u32 = 0;
  while (i < n) {
    const c = decodeAt(d + i); i += decLen;
    let r = c;
    if (isLigature(c) && mode != CASE_LOWER) { sbLit(sb, ligatureCase(c, mode == CASE_FOLD ? 2 : 0)); continue; }
    if (mode == CASE_UPPER) { if (c == 0xDF) { sbLit(sb, "SS"); continue; } r = upperCp(c); }
    else if (mode == CASE_LOWER) { if (c == 0x130) { sbLit(sb, "i\u0307"); continue; } r = lowerCp(c); }
    else if (mode == CASE_FOLD) { if (c == 0xDF) { sbLit(sb, "ss"); continue; } r = c == 0x3C2 ? 0x3C3 : c == 0xB5 ? 0x3BC : lowerCp(c); }
    else { if (c == 0xDF) { sbLit(sb, "SS"); continue; } r = isUpperCp(c) ? lowerCp(c) : isLowerCp(c) ? upperCp(c) : c; }
    sbCp(sb, r);
  }
  return sbFinish(sb);
}

function titleInto(sb: u32, c: u32): void {
  if (c == 0xDF) sbLit(sb, "Ss");
  else if (isLigature(c)) sbLit(sb, ligatureCase(c, 1));
  else sbCp(sb, titleCp(c));
}

function titleCase(s: u32, capitalizeOnly: bool): u64 {
  const n = strBytes(s);
  const sb = sbNew(n + 4);
  const d = D(s);
  let i: u32 = 0;
  let prevCased = false;
  let first = true;
  while (i < n) {
    const c = decodeAt(d + i); i += decLen;
    if (capitalizeOnly) {
      if (first) { titleInto(sb, c); }
      else sbCp(sb, lowerCp(c));
      first = false;
      continue;
    }
    if (prevCased) sbCp(sb, lowerCp(c));
    else titleInto(sb, c);
    prevCased = isCasedCp(c);
  }
  return sbFinish(sb);
}

/** Predicate over all code points (false for empty strings). */
function allCp(s: u32, which: u32): u64 {
  const n = strBytes(s);
  if (n == 0) return which == S_ISASCII || which == S_ISPRINTABLE ? TRUE : FALSE;
  const d = D(s);
  let i: u32 = 0;
  let sawCased = false;
  while (i < n) {
    const c = decodeAt(d + i); i += decLen;
    let ok = true;
    switch (which) {
      case S_ISDIGIT: ok = isDigitCp(c); break;
      case S_ISALPHA: ok = isAlphaCp(c); break;
      case S_ISSPACE: ok = isSpaceCp(c); break;
      case S_ISALNUM: ok = isAlphaCp(c) || isNumericCp(c); break;
      case S_ISDECIMAL: ok = isDecimalCp(c); break;
      case S_ISNUMERIC: ok = isNumericCp(c); break;
      case S_ISASCII: ok = c < 128; break;
      case S_ISPRINTABLE: ok = isPrintableCp(c) || c == 32; break;
      case S_ISUPPER: if (isLowerCp(c)) return FALSE; if (isUpperCp(c)) sawCased = true; break;
      case S_ISLOWER: if (isUpperCp(c)) return FALSE; if (isLowerCp(c)) sawCased = true; break;
    }
    if (!ok) return FALSE;
  }
  if (which == S_ISUPPER || which == S_ISLOWER) return boxBool(sawCased);
  return TRUE;
}

function isTitle(s: u32): u64 {
  const n = strBytes(s); const d = D(s);
  let i: u32 = 0; let prevCased = false; let cased = false;
  while (i < n) {
    const c = decodeAt(d + i); i += decLen;
    if (isUpperCp(c) || isTitleCp(c)) { if (prevCased) return FALSE; prevCased = true; cased = true; }
    else if (isLowerCp(c)) { if (!prevCased) return FALSE; prevCased = true; cased = true; }
    else prevCased = false;
  }
  return boxBool(cased);
}

function isIdentifier(s: u32): u64 {
  const n = strBytes(s); const d = D(s);
  if (n == 0) return FALSE;
  let i: u32 = 0;
  const c0 = decodeAt(d); i = decLen;
  if (!isIdStart(c0)) return FALSE;
  while (i < n) { const c = decodeAt(d + i); i += decLen; if (!isIdContinue(c)) return FALSE; }
  return TRUE;
}

// ---- strip ----
function inChars(c: u32, chars: u32): bool {
  const n = strBytes(chars); const d = D(chars);
  let i: u32 = 0;
  while (i < n) { const x = decodeAt(d + i); i += decLen; if (x == c) return true; }
  return false;
}
function stripImpl(s: u32, chars: u64, left: bool, right: bool): u64 {
  const d = D(s);
  let a: u32 = 0, b = strBytes(s);
  const useWs = chars == NONE || chars == 0;
  if (left) while (a < b) { const c = decodeAt(d + a); if (useWs ? !isSpaceCp(c) : !inChars(c, ptrOf(chars))) break; a += decLen; }
  if (right) while (b > a) {
    let q = b - 1;
    while (q > a && (load<u8>(d + q) & 0xC0) == 0x80) q--;
    const c = decodeAt(d + q);
    if (useWs ? !isSpaceCp(c) : !inChars(c, ptrOf(chars))) break;
    b = q;
  }
  if (a == 0 && b == strBytes(s)) { incref(boxPtr(s)); return boxPtr(s); }
  return strFromUtf8(d + a, b - a);
}

// ---- split ----
function splitWs(s: u32, maxsplit: i64, rev: bool): u64 {
  const d = D(s); const n = strBytes(s);
  const out = listNew(4);
  if (!rev) {
    let i: u32 = 0;
    let splits: i64 = 0;
    while (true) {
      while (i < n) { const c = decodeAt(d + i); if (!isSpaceCp(c)) break; i += decLen; }
      if (i >= n) break;
      if (maxsplit >= 0 && splits >= maxsplit) {
        listAppendOwn(out, strFromUtf8(d + i, n - i));
        break;
      }
      const st = i;
      while (i < n) { const c = decodeAt(d + i); if (isSpaceCp(c)) break; i += decLen; }
      listAppendOwn(out, strFromUtf8(d + st, i - st));
      splits++;
    }
    return boxPtr(out);
  }
  // rsplit: collect from the right, then reverse
  let e = n;
  let splits: i64 = 0;
  while (true) {
    while (e > 0) { let q = e - 1; while (q > 0 && (load<u8>(d + q) & 0xC0) == 0x80) q--; if (!isSpaceCp(decodeAt(d + q))) break; e = q; }
    if (e == 0) break;
    if (maxsplit >= 0 && splits >= maxsplit) {
      listAppendOwn(out, strFromUtf8(d, e));
      break;
    }
    let b = e;
    while (b > 0) { let q = b - 1; while (q > 0 && (load<u8>(d + q) & 0xC0) == 0x80) q--; if (isSpaceCp(decodeAt(d + q))) break; b = q; }
    listAppendOwn(out, strFromUtf8(d + b, e - b));
    e = b;
    splits++;
  }
  reverseList(out);
  return boxPtr(out);
}
function reverseList(l: u32): void {
  const n = listLen(l); const d = load<u32>(l, 16);
  for (let i: u32 = 0, j = n; i + 1 < j; i++, j--) { const t = load<u64>(d + (i << 3)); store<u64>(d + (i << 3), load<u64>(d + ((j - 1) << 3))); store<u64>(d + ((j - 1) << 3), t); }
}

function splitSep(s: u32, sep: u32, maxsplit: i64, rev: bool): u64 {
  const d = D(s); const n = strBytes(s); const m = strBytes(sep);
  if (m == 0) return raiseLit(X.E_ValueError, "empty separator");
  const out = listNew(4);
  let splits: i64 = 0;
  if (!rev) {
    let i: u32 = 0;
    while (maxsplit < 0 || splits < maxsplit) {
      const r = bytesFind(d, i, n, D(sep), m);
      if (r < 0) break;
      listAppendOwn(out, strFromUtf8(d + i, <u32>r - i));
      i = <u32>r + m;
      splits++;
    }
    listAppendOwn(out, strFromUtf8(d + i, n - i));
    return boxPtr(out);
  }
  let e = n;
  while (maxsplit < 0 || splits < maxsplit) {
    const r = bytesRFind(d, 0, e, D(sep), m);
    if (r < 0) break;
    listAppendOwn(out, strFromUtf8(d + <u32>r + m, e - <u32>r - m));
    e = <u32>r;
    splits++;
  }
  listAppendOwn(out, strFromUtf8(d, e));
  reverseList(out);
  return boxPtr(out);
}

function splitArgs(s: u32, argv: usize, nargs: u32, kwnames: u64, rev: bool): u64 {
  const name = rev ? "rsplit" : "split";
  if (!kwOnly(name, kwnames, "sep", "maxsplit")) return ERROR;
  if (nargs > 2) return raiseArgsMost(name, 2, nargs);
  let sep = nargs > 0 ? load<u64>(argv) : kwValue(argv, nargs, kwnames, "sep");
  let ms = nargs > 1 ? load<u64>(argv + 8) : kwValue(argv, nargs, kwnames, "maxsplit");
  let maxsplit: i64 = -1;
  if (ms != 0) {
    if (!isIntLike(ms)) return raiseTypeMsg("", ms, " object cannot be interpreted as an integer");
    maxsplit = intToI64(ms);
  }
  if (sep == 0 || sep == NONE) return splitWs(s, maxsplit, rev);
  if (!needStr(sep, "must be str or None, not ")) return ERROR;
  return splitSep(s, ptrOf(sep), maxsplit, rev);
}
function raiseArgsMost(name: string, max: u32, n: u32): u64 {
  const sb = sbNew(); sbLit(sb, name); sbLit(sb, "() takes at most "); sbI64(sb, max); sbLit(sb, " arguments ("); sbI64(sb, n); sbLit(sb, " given)");
  return raiseSb(X.E_TypeError, sb);
}

function splitLines(s: u32, keep: bool): u64 {
  const d = D(s); const n = strBytes(s);
  const out = listNew(4);
  let i: u32 = 0, st: u32 = 0;
  while (i < n) {
    const c = decodeAt(d + i); const l = decLen;
    if (isLineBreak(c)) {
      let e = i + l;
      if (c == 13 && e < n && load<u8>(d + e) == 10) e++;
      listAppendOwn(out, strFromUtf8(d + st, (keep ? e : i) - st));
      i = e; st = e;
      continue;
    }
    i += l;
  }
  if (st < n) listAppendOwn(out, strFromUtf8(d + st, n - st));
  return boxPtr(out);
}

function joinImpl(sep: u32, it: u64): u64 {
  const k = kindOf(it);
  let seq: u64 = 0;
  if (k == K.K_LIST || k == K.K_TUPLE) { seq = it; incref(seq); }
  else {
    seq = listFromIterableLocal(it);
    if (seq == ERROR) return ERROR;
  }
  const p = ptrOf(seq);
  const isList = kindOf(seq) == K.K_LIST;
  const n = isList ? listLen(p) : tupLen(p);
  let total: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const x = isList ? listItem(p, i) : tupItem(p, i);
    if (kindOf(x) != K.K_STR) {
      decref(seq);
      const sb = sbNew(); sbLit(sb, "sequence item "); sbI64(sb, i); sbLit(sb, ": expected str instance, "); sbTypeName(sb, x); sbLit(sb, " found");
      return raiseSb(X.E_TypeError, sb);
    }
    total += strBytes(ptrOf(x));
  }
  if (n == 1) { const x = isList ? listItem(p, 0) : tupItem(p, 0); incref(x); decref(seq); return x; }
  const sl = strBytes(sep);
  const sb = sbNew(total + sl * (n > 0 ? n - 1 : 0) + 1);
  for (let i: u32 = 0; i < n; i++) {
    if (i > 0 && sl > 0) sbBytes(sb, D(sep), sl);
    const x = ptrOf(isList ? listItem(p, i) : tupItem(p, i));
    sbBytes(sb, D(x), strBytes(x));
  }
  decref(seq);
  return sbFinish(sb);
}
import { listFromIterable } from "./construct";
function listFromIterableLocal(v: u64): u64 { return listFromIterable(v); }

function replaceImpl(s: u32, old: u32, nw: u32, count: i64): u64 {
  const d = D(s); const n = strBytes(s); const m = strBytes(old);
  const sb = sbNew(n + 8);
  let done: i64 = 0;
  if (m == 0) {
    // insert nw between every code point (and at both ends)
    let i: u32 = 0;
    if (count != 0) { sbBytes(sb, D(nw), strBytes(nw)); done++; }
    while (i < n) {
      decodeAt(d + i); const l = decLen;
      sbBytes(sb, d + i, l); i += l;
      if (i < n || true) { if (count < 0 || done < count) { if (i <= n && (i < n || true)) { sbBytes(sb, D(nw), strBytes(nw)); done++; } } }
    }
    return sbFinish(sb);
  }
  let i: u32 = 0;
  while (count < 0 || done < count) {
    const r = bytesFind(d, i, n, D(old), m);
    if (r < 0) break;
    sbBytes(sb, d + i, <u32>r - i);
    sbBytes(sb, D(nw), strBytes(nw));
    i = <u32>r + m;
    done++;
  }
  sbBytes(sb, d + i, n - i);
  return sbFinish(sb);
}

function prefixCheck(s: u32, argv: usize, nargs: u32, end: bool): u64 {
  const name = end ? "endswith" : "startswith";
  if (!argRange(name, nargs, 1, 3)) return ERROR;
  if (!range(s, argv, nargs, 1)) return ERROR;
  const x = load<u64>(argv);
  const k = kindOf(x);
  if (k == K.K_TUPLE) {
    const t = ptrOf(x);
    for (let i: u32 = 0; i < tupLen(t); i++) {
      const y = tupItem(t, i);
      if (kindOf(y) != K.K_STR) {
        const sb = sbNew(); sbLit(sb, "tuple for "); sbLit(sb, name); sbLit(sb, " must only contain str, not "); sbTypeName(sb, y);
        return raiseSb(X.E_TypeError, sb);
      }
      if (matchAt(s, ptrOf(y), end)) return TRUE;
    }
    return FALSE;
  }
  if (k != K.K_STR) {
    const sb = sbNew(); sbLit(sb, name); sbLit(sb, " first arg must be str or a tuple of str, not "); sbTypeName(sb, x);
    return raiseSb(X.E_TypeError, sb);
  }
  return boxBool(matchAt(s, ptrOf(x), end));
}
function matchAt(s: u32, p: u32, end: bool): bool {
  if (rangeEmpty) return false;
  const m = strBytes(p);
  if (re - rs < m) return false;
  const off = end ? re - m : rs;
  return memory.compare(D(s) + off, D(p), m) == 0;
}

function widthArg(v: u64): i64 {
  if (!isIntLike(v)) { raiseTypeMsg("", v, " object cannot be interpreted as an integer"); return i64.MIN_VALUE; }
  return intToI64(v);
}

function padImpl(s: u32, argv: usize, nargs: u32, mode: u32, name: string): u64 {
  if (!argRange(name, nargs, 1, 2)) return ERROR;
  const w = widthArg(load<u64>(argv));
  if (w == i64.MIN_VALUE) return ERROR;
  let fill: u32 = 32;
  if (nargs == 2) {
    const f = load<u64>(argv + 8);
    if (kindOf(f) != K.K_STR) { const sb = sbNew(); sbLit(sb, name); sbLit(sb, "() argument 2 must be str of length 1, not "); sbTypeName(sb, f); return raiseSb(X.E_TypeError, sb); }
    if (strCps(ptrOf(f)) != 1) return raiseLit(X.E_TypeError, "The fill character must be exactly one character long");
    fill = decodeAt(D(ptrOf(f)));
  }
  const n = <i64>strCps(s);
  if (w <= n) { incref(boxPtr(s)); return boxPtr(s); }
  const pad = w - n;
  let left: i64 = 0;
  if (mode == 0) left = pad / 2 + (pad & w & 1);   // center: CPython's formula
  else if (mode == 2) left = pad;
  const right = pad - left;
  const sb = sbNew(strBytes(s) + <u32>pad * utf8Len(fill));
  for (let i: i64 = 0; i < left; i++) sbCp(sb, fill);
  sbBytes(sb, D(s), strBytes(s));
  for (let i: i64 = 0; i < right; i++) sbCp(sb, fill);
  return sbFinish(sb);
}

function partitionImpl(s: u32, sep: u64, rev: bool): u64 {
  if (!needStr(sep, "must be str, not ")) return ERROR;
  const sp = ptrOf(sep);
  const m = strBytes(sp);
  if (m == 0) return raiseLit(X.E_ValueError, "empty separator");
  const d = D(s); const n = strBytes(s);
  const r = rev ? bytesRFind(d, 0, n, D(sp), m) : bytesFind(d, 0, n, D(sp), m);
  const t = tupNew(3);
  if (r < 0) {
    incref(boxPtr(s));
    if (rev) { tupSet(t, 0, emptyStrV()); tupSet(t, 1, emptyStrV()); tupSet(t, 2, boxPtr(s)); }
    else { tupSet(t, 0, boxPtr(s)); tupSet(t, 1, emptyStrV()); tupSet(t, 2, emptyStrV()); }
    return boxPtr(t);
  }
  tupSet(t, 0, strFromUtf8(d, <u32>r));
  incref(sep);
  tupSet(t, 1, sep);
  tupSet(t, 2, strFromUtf8(d + <u32>r + m, n - <u32>r - m));
  return boxPtr(t);
}

function expandTabs(s: u32, ts: i64): u64 {
  const d = D(s); const n = strBytes(s);
  const sb = sbNew(n + 8);
  let col: i64 = 0;
  let i: u32 = 0;
  while (i < n) {
    const c = decodeAt(d + i); const l = decLen;
    if (c == 9) { if (ts > 0) { const sp = ts - (col % ts); sbRepeat(sb, 32, <i32>sp); col += sp; } }
    else { sbBytes(sb, d + i, l); col++; if (c == 10 || c == 13) col = 0; }
    i += l;
  }
  return sbFinish(sb);
}

export function strMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  if (kindOf(self) != K.K_STR) return raiseTypeMsg("descriptor requires a 'str' object but received a ", self, "");
  const s = ptrOf(self);
  switch (id) {
    case S_SPLIT: return splitArgs(s, argv, nargs, kwnames, false);
    case S_RSPLIT: return splitArgs(s, argv, nargs, kwnames, true);
    case S_FORMAT: return strFormatMethod(self, argv, nargs, kwnames);
    case S_SPLITLINES: {
      if (!kwOnly("splitlines", kwnames, "keepends")) return ERROR;
      const k = nargs > 0 ? load<u64>(argv) : kwValue(argv, nargs, kwnames, "keepends");
      let keep = false;
      if (k != 0) { const t = truthy(k); if (t < 0) return ERROR; keep = t == 1; }
      return splitLines(s, keep);
    }
    case S_EXPANDTABS: {
      if (!kwOnly("expandtabs", kwnames, "tabsize")) return ERROR;
      const t = nargs > 0 ? load<u64>(argv) : kwValue(argv, nargs, kwnames, "tabsize");
      let ts: i64 = 8;
      if (t != 0) { ts = widthArg(t); if (ts == i64.MIN_VALUE) return ERROR; }
      return expandTabs(s, ts);
    }
    case S_ENCODE: {
      if (!kwOnly("encode", kwnames, "encoding", "errors")) return ERROR;
      if (nargs > 2) { const sb = sbNew(); sbLit(sb, "encode() takes at most 2 arguments ("); sbI64(sb, nargs); sbLit(sb, " given)"); return raiseSb(X.E_TypeError, sb); }
      const enc = nargs > 0 ? load<u64>(argv) : kwValue(argv, nargs, kwnames, "encoding");
      const errs = nargs > 1 ? load<u64>(argv, 8) : kwValue(argv, nargs, kwnames, "errors");
      return strEncodeWith(self, enc, errs);
    }
  }
  if (!noKw("str", kwnames)) return ERROR;
  switch (id) {
    case S_JOIN: if (!exactlyOne("str.join", nargs)) return ERROR; return joinImpl(s, load<u64>(argv));
    case S_STRIP: case S_LSTRIP: case S_RSTRIP: {
      const nm = id == S_STRIP ? "strip" : id == S_LSTRIP ? "lstrip" : "rstrip";
      if (!argRange(nm, nargs, 0, 1)) return ERROR;
      const ch = nargs == 1 ? load<u64>(argv) : NONE;
      if (ch != NONE && !needStr(ch, "strip arg must be None or str")) return ERROR;
      return stripImpl(s, ch, id != S_RSTRIP, id != S_LSTRIP);
    }
    case S_REPLACE: {
      if (!argRange("replace", nargs, 2, 3)) return ERROR;
      const o = load<u64>(argv), nw = load<u64>(argv + 8);
      if (!needStr(o, "replace() argument 1 must be str, not ")) return ERROR;
      if (!needStr(nw, "replace() argument 2 must be str, not ")) return ERROR;
      let cnt: i64 = -1;
      if (nargs == 3) { cnt = widthArg(load<u64>(argv + 16)); if (cnt == i64.MIN_VALUE) return ERROR; }
      return replaceImpl(s, ptrOf(o), ptrOf(nw), cnt);
    }
    case S_FIND: case S_RFIND: case S_INDEX: case S_RINDEX: {
      const nm = id == S_FIND ? "find" : id == S_RFIND ? "rfind" : id == S_INDEX ? "index" : "rindex";
      if (!argRange(nm, nargs, 1, 3)) return ERROR;
      const sub = load<u64>(argv);
      if (!needStr(sub, "must be str, not ")) return ERROR;
      const r = findImpl(s, ptrOf(sub), argv, nargs, id == S_RFIND || id == S_RINDEX);
      if (r == -2) return ERROR;
      if (r == -1 && (id == S_INDEX || id == S_RINDEX)) return raiseLit(X.E_ValueError, "substring not found");
      return boxSmall(r);
    }
    case S_COUNT: {
      if (!argRange("count", nargs, 1, 3)) return ERROR;
      const sub = load<u64>(argv);
      if (!needStr(sub, "must be str, not ")) return ERROR;
      const r = countImpl(s, ptrOf(sub), argv, nargs);
      return r == -2 ? ERROR : boxSmall(r);
    }
    case S_STARTSWITH: return prefixCheck(s, argv, nargs, false);
    case S_ENDSWITH: return prefixCheck(s, argv, nargs, true);
    case S_UPPER: if (!noArgs("str.upper", nargs)) return ERROR; return caseMap(s, CASE_UPPER);
    case S_LOWER: if (!noArgs("str.lower", nargs)) return ERROR; return caseMap(s, CASE_LOWER);
    case S_SWAPCASE: if (!noArgs("str.swapcase", nargs)) return ERROR; return caseMap(s, CASE_SWAP);
    case S_CASEFOLD: if (!noArgs("str.casefold", nargs)) return ERROR; return caseMap(s, CASE_FOLD);
    case S_TITLE: if (!noArgs("str.title", nargs)) return ERROR; return titleCase(s, false);
    case S_CAPITALIZE: if (!noArgs("str.capitalize", nargs)) return ERROR; return titleCase(s, true);
    case S_ISTITLE: return isTitle(s);
    case S_ISIDENTIFIER: return isIdentifier(s);
    case S_ZFILL: {
      if (!exactlyOne("str.zfill", nargs)) return ERROR;
      const w = widthArg(load<u64>(argv));
      if (w == i64.MIN_VALUE) return ERROR;
      const n = <i64>strCps(s);
      if (w <= n) { incref(self); return self; }
      const sb = sbNew(<u32>w + 4);
      const d = D(s);
      let st: u32 = 0;
      if (strBytes(s) > 0 && (load<u8>(d) == 43 || load<u8>(d) == 45)) { sbByte(sb, load<u8>(d)); st = 1; }
      sbRepeat(sb, 48, <i32>(w - n));
      sbBytes(sb, d + st, strBytes(s) - st);
      return sbFinish(sb);
    }
    case S_CENTER: return padImpl(s, argv, nargs, 0, "center");
    case S_LJUST: return padImpl(s, argv, nargs, 1, "ljust");
    case S_RJUST: return padImpl(s, argv, nargs, 2, "rjust");
    case S_PARTITION: if (!exactlyOne("str.partition", nargs)) return ERROR; return partitionImpl(s, load<u64>(argv), false);
    case S_RPARTITION: if (!exactlyOne("str.rpartition", nargs)) return ERROR; return partitionImpl(s, load<u64>(argv), true);
    case S_REMOVEPREFIX: case S_REMOVESUFFIX: {
      if (!exactlyOne(id == S_REMOVEPREFIX ? "str.removeprefix" : "str.removesuffix", nargs)) return ERROR;
      const a = load<u64>(argv);
      if (!needStr(a, id == S_REMOVEPREFIX ? "removeprefix() argument must be str, not " : "removesuffix() argument must be str, not ")) return ERROR;
      const ap = ptrOf(a); const m = strBytes(ap); const n = strBytes(s);
      if (m <= n && m > 0) {
        if (id == S_REMOVEPREFIX && memory.compare(D(s), D(ap), m) == 0) return strFromUtf8(D(s) + m, n - m);
        if (id == S_REMOVESUFFIX && memory.compare(D(s) + n - m, D(ap), m) == 0) return strFromUtf8(D(s), n - m);
      }
      incref(self);
      return self;
    }
  }
  if (id >= S_ISDIGIT && id <= S_ISPRINTABLE) {
    if (nargs != 0) return raiseLit(X.E_TypeError, "takes no arguments");
    return allCp(s, id);
  }
  return raiseLit(X.E_SystemError, "bad str method");
}
