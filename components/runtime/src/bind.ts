// CPython argument binding for Python function objects (molt_bind_args),
// plus small call-related intrinsics (range checks, recursion limit).
import { ptrOf, ERROR, NONE, boxPtr, isSmallInt } from "./value";
import { incref, decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { tupLen, tupItem, tupNew, tupSet, emptyTupleV, tupFrom } from "./tuple";
import { dictNew, dictSet, dictGet } from "./dict";
import { raiseSb, raiseLit, raiseTypeMsg } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbLit, sbI64, sbByte } from "./strbuf";
import { sbStrObj } from "./convert";
import { strEq } from "./str";
import { nkw } from "./args";
import { isIntLike } from "./int";
import { recursionLimit } from "./sys";

function fname(sb: u32, f: u32): void { sbStrObj(sb, load<u64>(f, 24)); sbLit(sb, "()"); }

function listNames(sb: u32, names: usize, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    if (i > 0) { if (n > 2) sbLit(sb, ","); sbByte(sb, 32); if (i == n - 1) sbLit(sb, "and "); }
    sbByte(sb, 39); sbStrObj(sb, load<u64>(names + (i << 3))); sbByte(sb, 39);
  }
}

/** Binds argv/kwnames to f's parameters; writes new refs per slot to out. 0 ok, -1 error. */
export function molt_bind_args(fv: u64, argv: i32, nargs: i32, kwnames: u64, out: i32): i32 {
  const f = ptrOf(fv);
  const params = ptrOf(load<u64>(f, 32));
  const nposonly = load<u32>(f, 40);
  const npos = load<u32>(f, 44);
  const nkwonly = load<u32>(f, 48);
  const flags = load<u32>(f, 12);
  const hasVar = (flags & 1) != 0, hasKw = (flags & 2) != 0;
  const varSlot = npos;
  const kwoStart = npos + (hasVar ? 1 : 0);
  const kwSlot = kwoStart + nkwonly;
  const nslots = kwSlot + (hasKw ? 1 : 0);
  const o = <usize>out;
  const a = <usize>argv;
  const na = <u32>nargs;
  for (let i: u32 = 0; i < nslots; i++) store<u64>(o + (i << 3), 0);
  let kwdict: u32 = 0;
  if (hasKw) { kwdict = dictNew(); store<u64>(o + (kwSlot << 3), boxPtr(kwdict)); }
  // positionals
  const take = na < npos ? na : npos;
  for (let i: u32 = 0; i < take; i++) { const v = load<u64>(a + (i << 3)); incref(v); store<u64>(o + (i << 3), v); }
  if (na > npos) {
    if (hasVar) store<u64>(o + (varSlot << 3), tupFrom(a + (npos << 3), na - npos));
    else {
      const defs = load<u64>(f, 56);
      const nd = defs == NONE ? 0 : tupLen(ptrOf(defs));
      const sb = sbNew(); fname(sb, f);
      if (nd > 0) { sbLit(sb, " takes from "); sbI64(sb, npos - nd); sbLit(sb, " to "); sbI64(sb, npos); }
      else { sbLit(sb, " takes "); sbI64(sb, npos); }
      sbLit(sb, npos == 1 && nd == 0 ? " positional argument but " : " positional arguments but ");
      // keyword-only arguments passed by keyword are mentioned too
      let kwoGiven: u32 = 0;
      const nk0 = nkw(kwnames);
      for (let j: u32 = 0; j < nk0; j++) {
        for (let i: u32 = 0; i < nkwonly; i++) if (strEq(ptrOf(tupItem(params, kwoStart + i)), ptrOf(tupItem(ptrOf(kwnames), j)))) kwoGiven++;
      }
      sbI64(sb, na);
      if (kwoGiven > 0) {
        sbLit(sb, na == 1 ? " positional argument (and " : " positional arguments (and "); sbI64(sb, kwoGiven);
        sbLit(sb, kwoGiven == 1 ? " keyword-only argument) were given" : " keyword-only arguments) were given");
      } else sbLit(sb, na == 1 ? " was given" : " were given");
      return fail(o, nslots, sb);
    }
  } else if (hasVar) store<u64>(o + (varSlot << 3), emptyTupleV());
  // keywords
  const nk = nkw(kwnames);
  for (let j: u32 = 0; j < nk; j++) {
    const name = tupItem(ptrOf(kwnames), j);
    const val = load<u64>(a + ((na + j) << 3));
    let slot: i32 = -1;
    let posonlyHit = false;
    for (let i: u32 = 0; i < npos; i++) {
      if (strEq(ptrOf(tupItem(params, i)), ptrOf(name))) { if (i < nposonly) posonlyHit = true; else slot = <i32>i; break; }
    }
    if (slot < 0 && !posonlyHit) {
      for (let i: u32 = 0; i < nkwonly; i++) {
        if (strEq(ptrOf(tupItem(params, kwoStart + i)), ptrOf(name))) { slot = <i32>(kwoStart + i); break; }
      }
    }
    if (slot < 0) {
      if (hasKw) {
        if (dictGet(kwdict, name) != 0) {
          const sb = sbNew(); fname(sb, f); sbLit(sb, " got multiple values for argument '"); sbStrObj(sb, name); sbByte(sb, 39);
          return fail(o, nslots, sb);
        }
        dictSet(kwdict, name, val);
        continue;
      }
      const sb = sbNew(); fname(sb, f);
      if (posonlyHit) { sbLit(sb, " got some positional-only arguments passed as keyword arguments: '"); sbStrObj(sb, name); sbByte(sb, 39); }
      else { sbLit(sb, " got an unexpected keyword argument '"); sbStrObj(sb, name); sbByte(sb, 39); }
      return fail(o, nslots, sb);
    }
    if (load<u64>(o + (<u32>slot << 3)) != 0) {
      const sb = sbNew(); fname(sb, f); sbLit(sb, " got multiple values for argument '"); sbStrObj(sb, name); sbByte(sb, 39);
      return fail(o, nslots, sb);
    }
    incref(val);
    store<u64>(o + (<u32>slot << 3), val);
  }
  // defaults for positionals
  const defs = load<u64>(f, 56);
  const nd = defs == NONE ? 0 : tupLen(ptrOf(defs));
  let missing: u32 = 0;
  const miss = <usize>memory.data(64 * 8, 8);
  for (let i: u32 = 0; i < npos; i++) {
    if (load<u64>(o + (i << 3)) != 0) continue;
    if (i >= npos - nd) { const v = tupItem(ptrOf(defs), i - (npos - nd)); incref(v); store<u64>(o + (i << 3), v); continue; }
    if (missing < 64) store<u64>(miss + (missing << 3), tupItem(params, i));
    missing++;
  }
  if (missing > 0) {
    const sb = sbNew(); fname(sb, f); sbLit(sb, " missing "); sbI64(sb, missing);
    sbLit(sb, missing == 1 ? " required positional argument: " : " required positional arguments: ");
    listNames(sb, miss, missing < 64 ? missing : 64);
    return fail(o, nslots, sb);
  }
  const kwd = load<u64>(f, 64);
  for (let i: u32 = 0; i < nkwonly; i++) {
    const s = kwoStart + i;
    if (load<u64>(o + (s << 3)) != 0) continue;
    if (kwd != NONE) {
      const v = dictGet(ptrOf(kwd), tupItem(params, s));
      if (v != 0 && v != ERROR) { incref(v); store<u64>(o + (s << 3), v); continue; }
    }
    if (missing < 64) store<u64>(miss + (missing << 3), tupItem(params, s));
    missing++;
  }
  if (missing > 0) {
    const sb = sbNew(); fname(sb, f); sbLit(sb, " missing "); sbI64(sb, missing);
    sbLit(sb, missing == 1 ? " required keyword-only argument: " : " required keyword-only arguments: ");
    listNames(sb, miss, missing < 64 ? missing : 64);
    return fail(o, nslots, sb);
  }
  return 0;
}

function fail(o: usize, nslots: u32, sb: u32): i32 {
  for (let i: u32 = 0; i < nslots; i++) { const v = load<u64>(o + (i << 3)); if (v != 0) decref(v); store<u64>(o + (i << 3), 0); }
  raiseSb(X.E_TypeError, sb);
  return -1;
}

/** Validates range() arguments for counted loops: None or ERROR. */
export function molt_range_check(start: u64, stop: u64, step: u64): u64 {
  if (!isIntLike(start)) return raiseTypeMsg("", start, " object cannot be interpreted as an integer");
  if (!isIntLike(stop)) return raiseTypeMsg("", stop, " object cannot be interpreted as an integer");
  if (!isIntLike(step)) return raiseTypeMsg("", step, " object cannot be interpreted as an integer");
  if (isSmallInt(step) && (step & 0xFFFF_FFFF_FFFF) == 0) return raiseLit(X.E_ValueError, "range() arg 3 must not be zero");
  return NONE;
}

export function molt_raise_recursion(): u64 { return raiseLit(X.E_RecursionError, "maximum recursion depth exceeded"); }
export function molt_recursion_limit(): i32 { return <i32>recursionLimit(); }
