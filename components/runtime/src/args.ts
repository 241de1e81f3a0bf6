// Argument checking helpers for builtin functions, with CPython's messages.
import { NONE, ptrOf } from "./value";
import { tupLen, tupItem } from "./tuple";
import { sbNew, sbLit, sbI64 } from "./strbuf";
import { raiseSb, raiseLit } from "./errors";
import * as X from "./exceptions";
import { strEq, strBytes, STR_DATA } from "./str";

@inline export function nkw(kwnames: u64): u32 { return kwnames == NONE || kwnames == 0 ? 0 : tupLen(ptrOf(kwnames)); }

/** "name() takes no keyword arguments" */
export function noKw(name: string, kwnames: u64): bool {
  if (nkw(kwnames) == 0) return true;
  const sb = sbNew(); sbLit(sb, name); sbLit(sb, "() takes no keyword arguments");
  raiseSb(X.E_TypeError, sb);
  return false;
}

/** METH_O style: exactly one argument. */
export function exactlyOne(name: string, nargs: u32): bool {
  if (nargs == 1) return true;
  const sb = sbNew(); sbLit(sb, name); sbLit(sb, "() takes exactly one argument ("); sbI64(sb, nargs); sbLit(sb, " given)");
  raiseSb(X.E_TypeError, sb);
  return false;
}

/** METH_NOARGS style. */
export function noArgs(name: string, nargs: u32): bool {
  if (nargs == 0) return true;
  const sb = sbNew(); sbLit(sb, name); sbLit(sb, "() takes no arguments ("); sbI64(sb, nargs); sbLit(sb, " given)");
  raiseSb(X.E_TypeError, sb);
  return false;
}

/** "name expected at most N argument(s), got n" / "at least". */
export function argRange(name: string, nargs: u32, min: u32, max: u32): bool {
  if (nargs >= min && nargs <= max) return true;
  const sb = sbNew(); sbLit(sb, name);
  if (nargs < min) { sbLit(sb, " expected at least "); sbI64(sb, min); sbLit(sb, min == 1 ? " argument, got " : " arguments, got "); }
  else { sbLit(sb, " expected at most "); sbI64(sb, max); sbLit(sb, max == 1 ? " argument, got " : " arguments, got "); }
  sbI64(sb, nargs);
  raiseSb(X.E_TypeError, sb);
  return false;
}

/** Clinic-style: "name() takes at most N arguments (n given)" etc. */
export function argRangeClinic(name: string, nargs: u32, min: u32, max: u32): bool {
  if (nargs >= min && nargs <= max) return true;
  const sb = sbNew(); sbLit(sb, name);
  if (min == max) {
    sbLit(sb, "() takes exactly "); sbI64(sb, min); sbLit(sb, min == 1 ? " argument (" : " arguments (");
  } else if (nargs < min) {
    sbLit(sb, "() takes at least "); sbI64(sb, min); sbLit(sb, min == 1 ? " argument (" : " arguments (");
  } else {
    sbLit(sb, "() takes at most "); sbI64(sb, max); sbLit(sb, max == 1 ? " argument (" : " arguments (");
  }
  sbI64(sb, nargs); sbLit(sb, " given)");
  raiseSb(X.E_TypeError, sb);
  return false;
}

/** Index of keyword `s` in kwnames, or -1. */
export function kwIndex(kwnames: u64, s: string): i32 {
  const n = nkw(kwnames);
  if (n == 0) return -1;
  const kp = ptrOf(kwnames);
  for (let i: u32 = 0; i < n; i++) {
    const k = ptrOf(tupItem(kp, i));
    if (strBytes(k) != <u32>s.length) continue;
    let ok = true;
    for (let j = 0; j < s.length; j++) if (load<u8>(k + STR_DATA + j) != <u8>s.charCodeAt(j)) { ok = false; break; }
    if (ok) return <i32>i;
  }
  return -1;
}

/** Checks that every keyword is one of the allowed names; raises "'x' is an invalid keyword argument for name()". */
export function kwOnly(name: string, kwnames: u64, a: string, b: string = "", c: string = "", d: string = ""): bool {
  const n = nkw(kwnames);
  const kp = ptrOf(kwnames);
  for (let i: u32 = 0; i < n; i++) {
    const k = tupItem(kp, i);
    if (kwIs(k, a) || (b.length > 0 && kwIs(k, b)) || (c.length > 0 && kwIs(k, c)) || (d.length > 0 && kwIs(k, d))) continue;
    const sb = sbNew();
    sbLit(sb, "'"); sbBytesStr(sb, k); sbLit(sb, "' is an invalid keyword argument for "); sbLit(sb, name); sbLit(sb, "()");
    raiseSb(X.E_TypeError, sb);
    return false;
  }
  return true;
}

import { sbBytes } from "./strbuf";
function sbBytesStr(sb: u32, s: u64): void { const p = ptrOf(s); sbBytes(sb, p + STR_DATA, strBytes(p)); }

export function kwIs(k: u64, s: string): bool {
  const p = ptrOf(k);
  if (strBytes(p) != <u32>s.length) return false;
  for (let j = 0; j < s.length; j++) if (load<u8>(p + STR_DATA + j) != <u8>s.charCodeAt(j)) return false;
  return true;
}

/** Value of keyword s (borrowed), or 0 if absent. argv has nargs positionals first. */
export function kwValue(argv: usize, nargs: u32, kwnames: u64, s: string): u64 {
  const i = kwIndex(kwnames, s);
  if (i < 0) return 0;
  return load<u64>(argv + ((nargs + <u32>i) << 3));
}

export function argsStrEq(a: u32, b: u32): bool { return strEq(a, b); }
export function argsRaise(m: string): u64 { return raiseLit(X.E_TypeError, m); }
