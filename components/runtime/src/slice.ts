// slice objects and CPython's index adjustment (PySlice_GetIndicesEx).
import { objNew, incref } from "./object";
import { T_SLICE, kindOf } from "./types";
import * as K from "./kinds";
import { boxPtr, ptrOf, NONE, isSmallInt, intOf, isBool } from "./value";
import { raiseLit } from "./errors";
import * as X from "./exceptions";
import { isIntLike, intFitsI64, intToI64 } from "./int";
import { bigIsNegObj } from "./int-big";

export function molt_slice_new(lo: u64, hi: u64, step: u64): u64 {
  const p = objNew(T_SLICE, 32);
  incref(lo); incref(hi); incref(step);
  store<u64>(p, lo, 8);
  store<u64>(p, hi, 16);
  store<u64>(p, step, 24);
  return boxPtr(p);
}

export let sStart: i64 = 0;
export let sStop: i64 = 0;
export let sStep: i64 = 0;
export let sLen: i64 = 0;

/** Converts a slice bound to a clamped i64; big ints saturate. false on TypeError. */
function bound(v: u64, dflt: i64, out: usize): bool {
  if (v == NONE) { store<i64>(out, dflt); return true; }
  if (isSmallInt(v)) { store<i64>(out, intOf(v)); return true; }
  if (isBool(v)) { store<i64>(out, <i64>(v & 1)); return true; }
  if (isIntLike(v)) {
    if (intFitsI64(v)) store<i64>(out, intToI64(v));
    else store<i64>(out, bigIsNegObj(v) ? i64.MIN_VALUE / 2 : i64.MAX_VALUE / 2);
    return true;
  }
  raiseLit(X.E_TypeError, "slice indices must be integers or None or have an __index__ method");
  return false;
}

/** Computes sStart/sStop/sStep/sLen for a sequence of length len. false on error. */
export function sliceIndices(s: u64, len: i64): bool {
  const p = ptrOf(s);
  const tmp = memory.data(8);
  const stepv = load<u64>(p, 24);
  if (!bound(stepv, 1, tmp)) return false;
  let step = load<i64>(tmp);
  if (step == 0) { raiseLit(X.E_ValueError, "slice step cannot be zero"); return false; }
  const neg = step < 0;
  if (!bound(load<u64>(p, 8), neg ? i64.MAX_VALUE / 2 : 0, tmp)) return false;
  let start = load<i64>(tmp);
  if (!bound(load<u64>(p, 16), neg ? i64.MIN_VALUE / 2 : i64.MAX_VALUE / 2, tmp)) return false;
  let stop = load<i64>(tmp);
  if (start < 0) { start += len; if (start < 0) start = neg ? -1 : 0; }
  else if (start >= len) start = neg ? len - 1 : len;
  if (stop < 0) { stop += len; if (stop < 0) stop = neg ? -1 : 0; }
  else if (stop >= len) stop = neg ? len - 1 : len;
  let n: i64 = 0;
  if (step < 0) { if (stop < start) n = (start - stop - 1) / (-step) + 1; }
  else if (start < stop) n = (stop - start - 1) / step + 1;
  sStart = start; sStop = stop; sStep = step; sLen = n;
  return true;
}

export function isSlice(v: u64): bool { return kindOf(v) == K.K_SLICE; }
