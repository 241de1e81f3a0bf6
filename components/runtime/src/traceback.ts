// Traceback collection and CPython 3.12's uncaught-exception report.
// Frame records (molt_frame_info): 8 filename u64 | 16 funcname u64 | 24 firstlineno i32
// Traceback entries on the exception: 16 bytes each:
//   frame u32 | lineno i32 | anchors i32 | start u16 | end u16
// start/end: marker columns (code points of the stripped source line, 0xFFFF =
// no marker line); anchors: l | r << 16, `^` over [l, r) and `~` elsewhere (-1 = all `^`).
// The compiler computes these from the failing node like CPython 3.12.
import { rawAlloc, rawRealloc } from "./alloc";
import { ptrOf, NONE, ERROR, isSmallInt, intOf, isPtr, boxPtr } from "./value";
import { incref, decref, makeImmortal } from "./object";
import { kindOf, typeOf, typeFlags, TF_HEAP } from "./types";
import * as K from "./kinds";
import { pendingExc, errFetch } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbLit, sbByte, sbBytes, sbI64, sbFree, sbData, sbLen } from "./strbuf";
import { strInto, excStrInto, typeNameInto, sbStrObj } from "./convert";
import { writeOut, flushStdout } from "./io";
import { tupLen, tupItem } from "./tuple";
import { dictNew, dictSet, dictGet } from "./dict";
import { STR_DATA, strBytes } from "./str";
import { isIntLike, intFitsI64, intToI64 } from "./int";

let sources: u32 = 0; // dict filename -> source str

export function molt_frame_info(filename: u64, funcname: u64, firstlineno: i32): i32 {
  const f = <u32>rawAlloc(32);
  incref(filename); incref(funcname);
  makeImmortal(filename); makeImmortal(funcname);
  store<u64>(f, filename, 8);
  store<u64>(f, funcname, 16);
  store<i32>(f, firstlineno, 24);
  return <i32>f;
}

export function molt_source_register(filename: u64, source: u64): void {
  if (sources == 0) sources = dictNew();
  dictSet(sources, filename, source);
}

function tbAppend(frame: i32, lineno: i32, anchors: i32, col: i32, endCol: i32): void {
  const e = pendingExc();
  if (e == 0 || kindOf(e) != K.K_EXC) return;
  const p = ptrOf(e);
  let tb = load<u32>(p, 16);
  const n = load<u32>(p, 20);
  const cap = load<u32>(p, 44);
  if (n >= cap) {
    const nc = cap == 0 ? 8 : cap * 2;
    tb = <u32>rawRealloc(tb, cap << 4, nc << 4);
    store<u32>(p, tb, 16);
    store<u32>(p, nc, 44);
  }
  const ent = tb + (n << 4);
  store<i32>(ent, frame);
  store<i32>(ent, lineno, 4);
  store<i32>(ent, anchors, 8);
  store<u16>(ent, <u16>col, 12);
  store<u16>(ent, <u16>endCol, 14);
  store<u32>(p, n + 1, 20);
}

export function molt_tb_add(frame: i32, lineno: i32): void { tbAppend(frame, lineno, -1, 0xFFFF, 0xFFFF); }
/** cols: start | end << 16 (-1: no marker line); anchors as in the entry. */
export function molt_tb_add_pos(frame: i32, lineno: i32, cols: i32, anchors: i32): void {
  if (cols == -1) tbAppend(frame, lineno, -1, 0xFFFF, 0xFFFF);
  else tbAppend(frame, lineno, anchors, cols & 0xFFFF, <i32>(<u32>cols >> 16));
}
/** A method call: the lookup's marker (attrCols) when its AttributeError came straight from the lookup (no frames yet). */
export function molt_tb_add_meth(frame: i32, lineno: i32, cols: i32, anchors: i32, attrCols: i32): void {
  const e = pendingExc();
  if (e != 0 && kindOf(e) == K.K_EXC && load<u32>(ptrOf(e), 20) == 0 && X.excIsSub(typeOf(e), X.E_AttributeError)) {
    cols = attrCols; anchors = -1;
  }
  molt_tb_add_pos(frame, lineno, cols, anchors);
}

/** Appends "    <stripped source line>\n" if the source is known (and the marker line of entry `ent`). */
function sourceLine(sb: u32, filename: u64, lineno: i32, ent: u32): void {
  if (sources == 0) return;
  const src = dictGet(sources, filename);
  if (src == 0 || src == ERROR) return;
  const p = ptrOf(src);
  const d = p + STR_DATA;
  const n = strBytes(p);
  let line = 1;
  let i: u32 = 0;
  while (i < n && line < lineno) { if (load<u8>(d + i) == 10) line++; i++; }
  if (line != lineno || i >= n) return;
  let j = i;
  while (j < n && load<u8>(d + j) != 10) j++;
  let a = i, b = j;
  while (a < b && (load<u8>(d + a) == 32 || load<u8>(d + a) == 9 || load<u8>(d + a) == 12)) a++;
  while (b > a && (load<u8>(d + b - 1) == 32 || load<u8>(d + b - 1) == 9 || load<u8>(d + b - 1) == 13 || load<u8>(d + b - 1) == 12)) b--;
  if (a == b) return;
  sbLit(sb, "    ");
  sbBytes(sb, d + a, b - a);
  sbByte(sb, 10);
  const s = <i32>load<u16>(ent, 12), en = <i32>load<u16>(ent, 14);
  if (s == 0xFFFF) return;
  const anc = load<i32>(ent, 8);
  const l = anc == -1 ? -1 : anc & 0xFFFF, r = anc == -1 ? -1 : anc >>> 16;
  sbLit(sb, "    ");
  for (let k = 0; k < s; k++) sbByte(sb, 32);
  for (let k = s; k < en; k++) sbByte(sb, anc == -1 || (k >= l && k < r) ? 94 : 126);
  sbByte(sb, 10);
}

function printTb(sb: u32, e: u64): void {
  const p = ptrOf(e);
  const n = load<u32>(p, 20);
  const tb = load<u32>(p, 16);
  if (n > 0) {
    sbLit(sb, "Traceback (most recent call last):\n");
    // entries were added innermost first; print outermost first
    let i = <i32>n - 1;
    while (i >= 0) {
      const ent = tb + (<u32>i << 4);
      const f = load<u32>(ent);
      const line = load<i32>(ent, 4);
      sbLit(sb, "  File \""); sbStrObj(sb, load<u64>(f, 8)); sbLit(sb, "\", line "); sbI64(sb, line);
      sbLit(sb, ", in "); sbStrObj(sb, load<u64>(f, 16)); sbByte(sb, 10);
      sourceLine(sb, load<u64>(f, 8), line, ent);
      i--;
    }
  }
  // "ExcType: message" (qualified with the module for user classes)
  const t = typeOf(e);
  if (typeFlags(t) & TF_HEAP) {
    const m = load<u64>(t, 48);
    if (m != NONE && !(strBytes(ptrOf(m)) == 8 && load<u64>(ptrOf(m) + STR_DATA) == 0x736e69746c697562)) {
      sbStrObj(sb, m); sbByte(sb, 46);
    }
    sbStrObj(sb, load<u64>(t, 56));
  } else typeNameInto(sb, t);
  const mark = sbLen(sb);
  sbLit(sb, ": ");
  const before = sbLen(sb);
  if (!excStrInto(sb, e)) {
    // str() failed: CPython prints <exception str() failed>
    const ign = errFetch(); if (ign != 0) decref(ign);
    sbLit(sb, "<exception str() failed>");
  }
  if (sbLen(sb) == before) store<u32>(sb, mark, 4); // empty message: no ": "
  sbByte(sb, 10);
}

const SEEN_MAX: u32 = 64;
const SEEN: usize = memory.data(64 * 8, 8);

function printChain(sb: u32, e: u64, depth: u32): void {
  // guard against cycles
  for (let i: u32 = 0; i < depth; i++) if (load<u64>(SEEN + (i << 3)) == e) return;
  if (depth < SEEN_MAX) store<u64>(SEEN + (depth << 3), e);
  const p = ptrOf(e);
  const cause = load<u64>(p, 24);
  const ctx = load<u64>(p, 32);
  const suppress = load<u32>(p, 40) != 0;
  if (depth < SEEN_MAX - 1) {
    if (cause != 0 && cause != NONE) {
      printChain(sb, cause, depth + 1);
      sbLit(sb, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (ctx != 0 && ctx != NONE && !suppress) {
      printChain(sb, ctx, depth + 1);
      sbLit(sb, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  printTb(sb, e);
}

/** Prints the pending exception like CPython and returns the exit status. */
export function molt_report_uncaught(): i32 {
  const e = errFetch();
  if (e == 0) return 0;
  flushStdout();
  if (X.excIsSub(typeOf(e), X.E_SystemExit)) {
    const a = ptrOf(X.excArgs(ptrOf(e)));
    const n = tupLen(a);
    if (n == 0) { decref(e); return 0; }
    const code = n == 1 ? tupItem(a, 0) : X.excArgs(ptrOf(e));
    if (code == NONE) { decref(e); return 0; }
    if (isIntLike(code) && kindOf(code) != K.K_BOOL || kindOf(code) == K.K_BOOL) {
      const v = intFitsI64(code) ? intToI64(code) : -1;
      decref(e);
      return <i32>v;
    }
    const sb = sbNew();
    if (!strInto(sb, code)) { const ign = errFetch(); if (ign != 0) decref(ign); }
    sbByte(sb, 10);
    writeOut(2, sbData(sb), sbLen(sb));
    sbFree(sb);
    decref(e);
    return 1;
  }
  const sb = sbNew(256);
  printChain(sb, e, 0);
  writeOut(2, sbData(sb), sbLen(sb));
  sbFree(sb);
  decref(e);
  return 1;
}
