// Generic operators for compiled code: binary/unary arithmetic with full
// builtin dispatch and CPython's TypeError messages.
import { isFloat, isSmallInt, intOf, floatOf, boxFloat, ptrOf, ERROR, NONE, boxSmall, boxPtr, TRUE, FALSE } from "./value";
import { incref, decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { intBinop, intToF64, intNeg, intInvert, intAbs, intFromI64, intIsZero, isIntLike, intFitsI64, intToI64,
  OP_ADD, OP_SUB, OP_MUL, OP_MATMUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR } from "./int";
import { floatBinop, floatFloorDiv, floatMod } from "./float";
import { raiseLit, raiseSb, sbTypeName } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbLit } from "./strbuf";
import { strConcat, strRepeat, strBytes } from "./str";
import { listNew, listLen, listItems, listReserve, listSetLen, listItem, listAppend } from "./list";
import { tupNew, tupLen, tupItem, tupSet, tupItems } from "./tuple";
import { bytesConcat } from "./bytes";
import { setUnion, setIntersection, setDifference, setSymDiff, setUpdate, setDifferenceUpdate, setSymDiffUpdate, setMerge } from "./set";
import { dictCopy, dictMerge } from "./dict";
import { tup2Own } from "./tuple";
import { strPercentFormat } from "./str-percent";
import { listExtend } from "./list-ops";
import { bigPowMod } from "./int-big";
import { complexBinop, complexAbs, cxNew, cxRe, cxIm } from "./complex";

const OPSYM = ["+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"];
const IOPSYM = ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="];

function raiseUnsupported(op: i32, a: u64, b: u64, inplace: bool): u64 {
  const sb = sbNew();
  sbLit(sb, "unsupported operand type(s) for ");
  sbLit(sb, inplace ? IOPSYM[op] : OPSYM[op]);
  sbLit(sb, ": '"); sbTypeName(sb, a); sbLit(sb, "' and '"); sbTypeName(sb, b); sbLit(sb, "'");
  return raiseSb(X.E_TypeError, sb);
}

@inline function isNumKind(k: u32): bool { return k == K.K_INT || k == K.K_BOOL || k == K.K_FLOAT; }

/** Repeat count for sequence * n, or raise. */
function repeatCount(seq: u64, n: u64): i64 {
  if (!isIntLike(n)) {
    const sb = sbNew(); sbLit(sb, "can't multiply sequence by non-int of type '"); sbTypeName(sb, n); sbLit(sb, "'");
    raiseSb(X.E_TypeError, sb);
    return i64.MIN_VALUE;
  }
  if (!intFitsI64(n)) { raiseLit(X.E_OverflowError, "cannot fit 'int' into an index-sized integer"); return i64.MIN_VALUE; }
  return intToI64(n);
}

function seqRepeat(seq: u64, n: u64): u64 {
  const c = repeatCount(seq, n);
  if (c == i64.MIN_VALUE) return ERROR;
  const k = kindOf(seq);
  const p = ptrOf(seq);
  if (k == K.K_STR) {
    const r = strRepeat(p, c);
    if (r == 0) return raiseLit(X.E_MemoryError, "");
    return r;
  }
  if (k == K.K_LIST) {
    const len = listLen(p);
    const cnt: u32 = c <= 0 ? 0 : <u32>c;
    if (<u64>len * cnt > 0x0FFF_FFFF) return raiseLit(X.E_MemoryError, "");
    const r = listNew(len * cnt);
    const d = listItems(r);
    for (let i: u32 = 0; i < cnt; i++) {
      for (let j: u32 = 0; j < len; j++) { const v = listItem(p, j); incref(v); store<u64>(d + ((i * len + j) << 3), v); }
    }
    listSetLen(r, len * cnt);
    return boxPtr(r);
  }
  if (k == K.K_TUPLE) {
    const len = tupLen(p);
    const cnt: u32 = c <= 0 ? 0 : <u32>c;
    if (cnt == 1) { incref(seq); return seq; }
    if (<u64>len * cnt > 0x0FFF_FFFF) return raiseLit(X.E_MemoryError, "");
    const r = tupNew(len * cnt);
    for (let i: u32 = 0; i < cnt; i++) {
      for (let j: u32 = 0; j < len; j++) { const v = tupItem(p, j); incref(v); tupSet(r, i * len + j, v); }
    }
    return boxPtr(r);
  }
  if (k == K.K_BYTES) {
    const len = load<u32>(p, 8);
    const cnt: u32 = c <= 0 ? 0 : <u32>c;
    const r = bytesAllocLocal(len * cnt);
    for (let i: u32 = 0; i < cnt; i++) memory.copy(r + 24 + i * len, p + 24, len);
    return boxPtr(r);
  }
  return ERROR;
}
import { bytesAlloc } from "./bytes";
function bytesAllocLocal(n: u32): u32 { return bytesAlloc(n); }

function concatMsg(what: string, b: u64): u64 {
  const sb = sbNew();
  sbLit(sb, "can only concatenate "); sbLit(sb, what); sbLit(sb, " (not \""); sbTypeName(sb, b); sbLit(sb, "\") to "); sbLit(sb, what);
  return raiseSb(X.E_TypeError, sb);
}

@inline function isSeqKind(k: u32): bool { return k == K.K_STR || k == K.K_LIST || k == K.K_TUPLE || k == K.K_BYTES; }

/** a <op> b for every builtin combination. */
export function binaryOp(op: i32, a: u64, b: u64): u64 {
  if (isSmallInt(a) && isSmallInt(b)) return intBinop(op, a, b);
  if (isFloat(a) && isFloat(b)) return floatBinop(op, floatOf(a), floatOf(b));
  const ka = kindOf(a), kb = kindOf(b);
  if (isNumKind(ka) && isNumKind(kb)) {
    if (ka == K.K_FLOAT || kb == K.K_FLOAT) {
      if (op >= OP_LSHIFT || op == OP_MATMUL) return raiseUnsupported(op, a, b, false);
      // intToF64 gives +-inf for ints beyond the float range
      const x = ka == K.K_FLOAT ? floatOf(a) : intToF64(a);
      if (!isFinite(x) && ka != K.K_FLOAT) return raiseLit(X.E_OverflowError, "int too large to convert to float");
      const y = kb == K.K_FLOAT ? floatOf(b) : intToF64(b);
      if (!isFinite(y) && kb != K.K_FLOAT) return raiseLit(X.E_OverflowError, "int too large to convert to float");
      return floatBinop(op, x, y);
    }
    if (op == OP_MATMUL) return raiseUnsupported(op, a, b, false);
    return intBinop(op, a, b);
  }
  if (ka == K.K_COMPLEX || kb == K.K_COMPLEX) {
    const r = complexBinop(op, a, b);
    if (r != 0) return r;
    return raiseUnsupported(op, a, b, false);
  }
  const pa = ptrOf(a), pb = ptrOf(b);
  switch (op) {
    case OP_ADD:
      if (ka == K.K_STR) { if (kb == K.K_STR) return strConcat(pa, pb); return concatMsg("str", b); }
      if (ka == K.K_LIST) {
        if (kb != K.K_LIST) return concatMsg("list", b);
        const la = listLen(pa), lb = listLen(pb);
        const r = listNew(la + lb);
        const d = listItems(r);
        for (let i: u32 = 0; i < la; i++) { const v = listItem(pa, i); incref(v); store<u64>(d + (i << 3), v); }
        for (let i: u32 = 0; i < lb; i++) { const v = listItem(pb, i); incref(v); store<u64>(d + ((la + i) << 3), v); }
        listSetLen(r, la + lb);
        return boxPtr(r);
      }
      if (ka == K.K_TUPLE) {
        if (kb != K.K_TUPLE) return concatMsg("tuple", b);
        const la = tupLen(pa), lb = tupLen(pb);
        if (lb == 0) { incref(a); return a; }
        if (la == 0) { incref(b); return b; }
        const r = tupNew(la + lb);
        for (let i: u32 = 0; i < la; i++) { const v = tupItem(pa, i); incref(v); tupSet(r, i, v); }
        for (let i: u32 = 0; i < lb; i++) { const v = tupItem(pb, i); incref(v); tupSet(r, la + i, v); }
        return boxPtr(r);
      }
      if (ka == K.K_BYTES) {
        if (kb == K.K_BYTES) return bytesConcat(pa, pb);
        const sb = sbNew(); sbLit(sb, "can't concat "); sbTypeName(sb, b); sbLit(sb, " to bytes");
        return raiseSb(X.E_TypeError, sb);
      }
      break;
    case OP_MUL:
      if (isSeqKind(ka) && !isSeqKind(kb)) return seqRepeat(a, b);
      if (isSeqKind(kb) && !isSeqKind(ka)) return seqRepeat(b, a);
      if (isSeqKind(ka) && isSeqKind(kb)) return seqRepeat(a, b);
      break;
    case OP_MOD:
      if (ka == K.K_STR) return strPercentFormat(a, b);
      break;
    case OP_OR: case OP_AND: case OP_SUB: case OP_XOR: {
      const sa = ka == K.K_SET || ka == K.K_FROZENSET;
      const sbk = kb == K.K_SET || kb == K.K_FROZENSET;
      if (sa && sbk) {
        const fz = ka == K.K_FROZENSET;
        if (op == OP_OR) return setUnion(pa, b, fz);
        if (op == OP_AND) return setIntersection(pa, b, fz);
        if (op == OP_SUB) return setDifference(pa, b, fz);
        return setSymDiff(pa, b, fz);
      }
      if (op == OP_OR && ka == K.K_DICT && kb == K.K_DICT) {
        const r = dictCopy(pa);
        if (!dictMerge(r, pb)) { decref(boxPtr(r)); return ERROR; }
        return boxPtr(r);
      }
      if (op == OP_OR || op == OP_AND || op == OP_XOR || op == OP_SUB) {
        // dict views support set operations
        if ((ka == K.K_DICT_KEYS || ka == K.K_DICT_ITEMS) && (sbk || kb == K.K_DICT_KEYS || kb == K.K_DICT_ITEMS || kb == K.K_LIST || kb == K.K_TUPLE)) {
          return viewSetOp(op, a, b);
        }
      }
      break;
    }
  }
  return raiseUnsupported(op, a, b, false);
}

import { setFromIterable } from "./set";
function viewSetOp(op: i32, a: u64, b: u64): u64 {
  const s = setFromIterable(a, false);
  if (s == ERROR) return ERROR;
  const p = ptrOf(s);
  let r: u64;
  if (op == OP_OR) r = setUnion(p, b, false);
  else if (op == OP_AND) r = setIntersection(p, b, false);
  else if (op == OP_SUB) r = setDifference(p, b, false);
  else r = setSymDiff(p, b, false);
  decref(s);
  return r;
}

/** a op= b: mutates lists/sets/dicts in place, else falls back to binaryOp. */
export function molt_inplace(op: i32, a: u64, b: u64): u64 {
  const ka = kindOf(a);
  if (ka == K.K_LIST) {
    if (op == OP_ADD) {
      if (!listExtend(ptrOf(a), b)) return ERROR;
      incref(a);
      return a;
    }
    if (op == OP_MUL) {
      const c = repeatCount(a, b);
      if (c == i64.MIN_VALUE) return ERROR;
      const p = ptrOf(a);
      const len = listLen(p);
      if (c <= 0) { listClearLocal(p); incref(a); return a; }
      listReserve(p, len * <u32>c);
      const d = listItems(p);
      for (let i: u32 = 1; i < <u32>c; i++) {
        for (let j: u32 = 0; j < len; j++) { const v = load<u64>(d + (j << 3)); incref(v); store<u64>(d + ((i * len + j) << 3), v); }
      }
      listSetLen(p, len * <u32>c);
      incref(a);
      return a;
    }
  }
  if (ka == K.K_SET) {
    const kb = kindOf(b);
    if (kb == K.K_SET || kb == K.K_FROZENSET) {
      const p = ptrOf(a);
      let ok = true;
      if (op == OP_OR) ok = setUpdate(p, b);
      else if (op == OP_SUB) ok = setDifferenceUpdate(p, b);
      else if (op == OP_XOR) ok = setSymDiffUpdate(p, b);
      else if (op == OP_AND) {
        const r = setIntersection(p, b, false);
        if (r == ERROR) return ERROR;
        // replace contents
        setClearLocal(p);
        ok = setMerge(p, ptrOf(r));
        decref(r);
      } else return inplaceFallback(op, a, b);
      if (!ok) return ERROR;
      incref(a);
      return a;
    }
  }
  if (ka == K.K_DICT && op == OP_OR) {
    if (!dictUpdateFrom(ptrOf(a), b)) return ERROR;
    incref(a);
    return a;
  }
  return inplaceFallback(op, a, b);
}

function inplaceFallback(op: i32, a: u64, b: u64): u64 {
  const r = binaryOp(op, a, b);
  if (r == ERROR && isUnsupportedPending()) {
    // rewrite the message with the augmented operator symbol
    errClearLocal();
    return raiseUnsupported(op, a, b, true);
  }
  return r;
}
import { errClear, pendingExc } from "./errors";
import { excArgs } from "./exceptions";
import { tupItem as ti } from "./tuple";
import { STR_DATA } from "./str";
function isUnsupportedPending(): bool {
  const e = pendingExc();
  if (e == 0 || load<u32>(ptrOf(e), 4) != X.E_TypeError) return false;
  const args = ptrOf(excArgs(ptrOf(e)));
  if (tupLen(args) != 1) return false;
  const m = ptrOf(ti(args, 0));
  return strBytes(m) > 11 && load<u8>(m + STR_DATA) == 117 && load<u8>(m + STR_DATA + 1) == 110 && load<u8>(m + STR_DATA + 2) == 115;
}
function errClearLocal(): void { errClear(); }
import { listClear } from "./list";
function listClearLocal(p: u32): void { listClear(p); }
import { setClear } from "./set";
function setClearLocal(p: u32): void { setClear(p); }
import { dictUpdateFrom } from "./dict-ops";

export function molt_add(a: u64, b: u64): u64 {
  if (isSmallInt(a) && isSmallInt(b)) return intFromI64(intOf(a) + intOf(b));
  return binaryOp(OP_ADD, a, b);
}
export function molt_sub(a: u64, b: u64): u64 {
  if (isSmallInt(a) && isSmallInt(b)) return intFromI64(intOf(a) - intOf(b));
  return binaryOp(OP_SUB, a, b);
}
export function molt_mul(a: u64, b: u64): u64 { return binaryOp(OP_MUL, a, b); }
export function molt_matmul(a: u64, b: u64): u64 { return binaryOp(OP_MATMUL, a, b); }
export function molt_truediv(a: u64, b: u64): u64 { return binaryOp(OP_TRUEDIV, a, b); }
export function molt_floordiv(a: u64, b: u64): u64 { return binaryOp(OP_FLOORDIV, a, b); }
export function molt_mod(a: u64, b: u64): u64 { return binaryOp(OP_MOD, a, b); }
export function molt_pow(a: u64, b: u64): u64 { return binaryOp(OP_POW, a, b); }
export function molt_lshift(a: u64, b: u64): u64 { return binaryOp(OP_LSHIFT, a, b); }
export function molt_rshift(a: u64, b: u64): u64 { return binaryOp(OP_RSHIFT, a, b); }
export function molt_and(a: u64, b: u64): u64 { return binaryOp(OP_AND, a, b); }
export function molt_or(a: u64, b: u64): u64 { return binaryOp(OP_OR, a, b); }
export function molt_xor(a: u64, b: u64): u64 { return binaryOp(OP_XOR, a, b); }

function badUnary(sym: string, a: u64): u64 {
  const sb = sbNew(); sbLit(sb, "bad operand type for unary "); sbLit(sb, sym); sbLit(sb, ": '"); sbTypeName(sb, a); sbLit(sb, "'");
  return raiseSb(X.E_TypeError, sb);
}

export function molt_neg(a: u64): u64 {
  if (isSmallInt(a)) return intFromI64(-intOf(a));
  if (isFloat(a)) return boxFloat(-floatOf(a));
  if (isIntLike(a)) return intNeg(a);
  if (kindOf(a) == K.K_COMPLEX) return cxNew(-cxRe(ptrOf(a)), -cxIm(ptrOf(a)));
  return badUnary("-", a);
}
export function molt_pos(a: u64): u64 {
  if (isFloat(a)) return a;
  if (isIntLike(a)) { if (kindOf(a) == K.K_BOOL) return boxSmall(<i64>(a & 1)); incref(a); return a; }
  if (kindOf(a) == K.K_COMPLEX) return cxNew(cxRe(ptrOf(a)), cxIm(ptrOf(a)));
  return badUnary("+", a);
}
export function molt_invert(a: u64): u64 {
  if (isIntLike(a)) return intInvert(a);
  return badUnary("~", a);
}

export function unaryAbs(a: u64): u64 {
  if (isFloat(a)) return boxFloat(Math.abs(floatOf(a)));
  if (isIntLike(a)) return intAbs(a);
  if (kindOf(a) == K.K_COMPLEX) return complexAbs(ptrOf(a));
  const sb = sbNew(); sbLit(sb, "bad operand type for abs(): '"); sbTypeName(sb, a); sbLit(sb, "'");
  return raiseSb(X.E_TypeError, sb);
}

export function molt_divmod(a: u64, b: u64): u64 {
  const ka = kindOf(a), kb = kindOf(b);
  if (!isNumKind(ka) || !isNumKind(kb)) {
    const sb = sbNew(); sbLit(sb, "unsupported operand type(s) for divmod(): '"); sbTypeName(sb, a); sbLit(sb, "' and '"); sbTypeName(sb, b); sbLit(sb, "'");
    return raiseSb(X.E_TypeError, sb);
  }
  if (ka == K.K_FLOAT || kb == K.K_FLOAT) {
    const x = ka == K.K_FLOAT ? floatOf(a) : intToF64(a);
    const y = kb == K.K_FLOAT ? floatOf(b) : intToF64(b);
    if (y == 0) return raiseLit(X.E_ZeroDivisionError, "float divmod()");
    return tup2Own(boxFloat(floatFloorDiv(x, y)), boxFloat(floatMod(x, y)));
  }
  const q = intBinop(OP_FLOORDIV, a, b);
  if (q == ERROR) return ERROR;
  const r = intBinop(OP_MOD, a, b);
  if (r == ERROR) { decref(q); return ERROR; }
  return tup2Own(q, r);
}

/** pow(base, exp, mod) */
export function powOp(base: u64, exp: u64, mod: u64): u64 {
  if (mod == NONE) return binaryOp(OP_POW, base, exp);
  if (!isIntLike(base) || !isIntLike(exp) || !isIntLike(mod)) {
    return raiseLit(X.E_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  if (intIsZero(mod)) return raiseLit(X.E_ValueError, "pow() 3rd argument cannot be 0");
  if (isSmallInt(base) && isSmallInt(exp) && isSmallInt(mod) && intOf(exp) >= 0) {
    let m = intOf(mod);
    const neg = m < 0;
    if (neg) m = -m;
    let b = intOf(base) % m; if (b < 0) b += m;
    let e = intOf(exp);
    // 48-bit modulus: use u64 mulmod via splitting when needed
    let r: i64 = 1 % m;
    while (e > 0) {
      if (e & 1) r = mulmod(r, b, m);
      b = mulmod(b, b, m);
      e >>= 1;
    }
    if (neg && r != 0) r -= m;
    return intFromI64(r);
  }
  return bigPowMod(base, exp, mod);
}

function mulmod(a: i64, b: i64, m: i64): i64 {
  if (a < 0x7FFFFFFF && b < 0x7FFFFFFF) return (a * b) % m;
  // double-and-add
  let r: i64 = 0;
  let x = a % m;
  let y = b;
  while (y > 0) {
    if (y & 1) { r += x; if (r >= m) r -= m; }
    x += x; if (x >= m) x -= m;
    y >>= 1;
  }
  return r;
}
export const OPS_TRUE: u64 = TRUE;
export const OPS_FALSE: u64 = FALSE;
export function opsListAppend(l: u32, v: u64): void { listAppend(l, v); }
export function opsTupItems(t: u32): u32 { return tupItems(t); }
export function opsIntFloat(v: u64): f64 { return intToF64(v); }
export function opsIsZero(v: u64): bool { return intIsZero(v); }
export function opsFloorMod(a: f64, b: f64): f64 { return floatMod(a, b); }
export const OPS_SUB: i32 = OP_SUB;
