// printf-style formatting: str % args.
import { ptrOf, ERROR, NONE, isFloat, floatOf, isSmallInt, intOf, boxPtr } from "./value";
import { incref, decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { raiseLit, raiseSb, sbTypeName } from "./errors";
import * as X from "./exceptions";
import { sbNew, sbByte, sbBytes, sbLit, sbFree, sbCp, sbData, sbLen, sbRepeat } from "./strbuf";
import { sbFinish, STR_DATA, strBytes, decodeAt, decLen, countCps } from "./str";
import { strInto, reprInto, molt_ascii } from "./convert";
import { tupLen, tupItem } from "./tuple";
import { dictGet } from "./dict";
import { strFromUtf8 } from "./str";
import { isIntLike, intToF64 } from "./int";
import { formatNumberPrintf } from "./format";

/** str % args */
export function strPercentFormat(fmt: u64, args: u64): u64 {
  const fp = ptrOf(fmt);
  const d = fp + STR_DATA;
  const n = strBytes(fp);
  const ak = kindOf(args);
  const isTuple = ak == K.K_TUPLE;
  const isMap = ak == K.K_DICT;
  const nargs: u32 = isTuple ? tupLen(ptrOf(args)) : 1;
  let argi: u32 = 0;
  const sb = sbNew(n + 16);
  let i: u32 = 0;
  let usedMap = false;
  while (i < n) {
    const c = <u32>load<u8>(d + i);
    if (c != 37) { sbByte(sb, c); i++; continue; }
    i++;
    if (i >= n) { sbFree(sb); return raiseLit(X.E_ValueError, "incomplete format"); }
    let val: u64 = 0;
    let keyTaken = false;
    if (load<u8>(d + i) == 40) { // %(name)
      if (!isMap) { sbFree(sb); return raiseLit(X.E_TypeError, "format requires a mapping"); }
      let depth = 1;
      const ks = i + 1;
      i++;
      while (i < n && depth > 0) { const x = load<u8>(d + i); if (x == 40) depth++; else if (x == 41) depth--; i++; }
      if (depth > 0) { sbFree(sb); return raiseLit(X.E_ValueError, "incomplete format key"); }
      const key = strFromUtf8(d + ks, i - 1 - ks);
      const v = dictGet(ptrOf(args), key);
      if (v == 0) { sbFree(sb); const e = raiseKeyErr(key); decref(key); return e; }
      decref(key);
      if (v == ERROR) { sbFree(sb); return ERROR; }
      val = v; keyTaken = true; usedMap = true;
    }
    // flags
    let left = false, plus = false, space = false, alt = false, zero = false;
    while (i < n) {
      const f = load<u8>(d + i);
      if (f == 45) left = true; else if (f == 43) plus = true; else if (f == 32) space = true;
      else if (f == 35) alt = true; else if (f == 48) zero = true; else break;
      i++;
    }
    // width
    let width: i32 = -1;
    if (i < n && load<u8>(d + i) == 42) {
      i++;
      if (argi >= nargs || !isTuple) { sbFree(sb); return raiseLit(X.E_TypeError, "not enough arguments for format string"); }
      const w = tupItem(ptrOf(args), argi++);
      if (!isSmallInt(w)) { sbFree(sb); return raiseLit(X.E_TypeError, "* wants int"); }
      width = <i32>intOf(w);
      if (width < 0) { left = true; width = -width; }
    } else {
      while (i < n && load<u8>(d + i) >= 48 && load<u8>(d + i) <= 57) { width = (width < 0 ? 0 : width) * 10 + (load<u8>(d + i) - 48); i++; }
    }
    let prec: i32 = -1;
    if (i < n && load<u8>(d + i) == 46) {
      i++;
      prec = 0;
      if (i < n && load<u8>(d + i) == 42) {
        i++;
        if (argi >= nargs || !isTuple) { sbFree(sb); return raiseLit(X.E_TypeError, "not enough arguments for format string"); }
        const w = tupItem(ptrOf(args), argi++);
        if (!isSmallInt(w)) { sbFree(sb); return raiseLit(X.E_TypeError, "* wants int"); }
        prec = <i32>intOf(w);
      } else while (i < n && load<u8>(d + i) >= 48 && load<u8>(d + i) <= 57) { prec = prec * 10 + (load<u8>(d + i) - 48); i++; }
    }
    // length modifiers (ignored)
    while (i < n && (load<u8>(d + i) == 104 || load<u8>(d + i) == 108 || load<u8>(d + i) == 76)) i++;
    if (i >= n) { sbFree(sb); return raiseLit(X.E_ValueError, "incomplete format"); }
    const conv = <u32>load<u8>(d + i);
    i++;
    if (conv == 37) { sbByte(sb, 37); continue; }
    if (!keyTaken) {
      if (isMap && !isTuple) { val = args; }
      else if (isTuple) {
        if (argi >= nargs) { sbFree(sb); return raiseLit(X.E_TypeError, "not enough arguments for format string"); }
        val = tupItem(ptrOf(args), argi++);
      } else {
        if (argi >= 1) { sbFree(sb); return raiseLit(X.E_TypeError, "not enough arguments for format string"); }
        val = args; argi++;
      }
    }
    // render the piece into a temporary builder, then pad
    const piece = sbNew(16);
    let numeric = false;
    let ok = true;
    switch (conv) {
      case 115: ok = strInto(piece, val); break;  // s
      case 114: ok = reprInto(piece, val); break; // r
      case 97: { const a = molt_ascii(val); ok = a != ERROR; if (ok) { sbBytes(piece, ptrOf(a) + STR_DATA, strBytes(ptrOf(a))); decref(a); } break; }
      case 99: { // c
        if (kindOf(val) == K.K_STR) {
          const vp = ptrOf(val);
          if (load<u32>(vp, 12) != 1) { sbFree(piece); sbFree(sb); return raiseLit(X.E_TypeError, "%c requires int or char"); }
          sbBytes(piece, vp + STR_DATA, strBytes(vp));
        } else if (isSmallInt(val)) {
          const cp = intOf(val);
          if (cp < 0 || cp > 0x10FFFF) { sbFree(piece); sbFree(sb); return raiseLit(X.E_OverflowError, "%c arg not in range(0x110000)"); }
          sbCp(piece, <u32>cp);
        } else { sbFree(piece); sbFree(sb); return raiseLit(X.E_TypeError, "%c requires int or char"); }
        break;
      }
      case 100: case 105: case 117: case 120: case 88: case 111: case 101: case 69: case 102: case 70: case 103: case 71: {
        numeric = true;
        ok = formatNumberPrintf(piece, val, conv, plus, space, alt, prec);
        break;
      }
      default: {
        sbFree(piece); sbFree(sb);
        const eb = sbNew();
        sbLit(eb, "unsupported format character '"); sbCp(eb, conv); sbLit(eb, "' (0x");
        const HEXD = "0123456789abcdef";
        sbByte(eb, <u32>HEXD.charCodeAt((conv >> 4) & 15)); sbByte(eb, <u32>HEXD.charCodeAt(conv & 15));
        sbLit(eb, ") at index "); sbI64Local(eb, <i64>i - 1);
        return raiseSb(X.E_ValueError, eb);
      }
    }
    if (!ok) { sbFree(piece); sbFree(sb); return ERROR; }
    // precision truncates %s/%r/%a
    let plen = sbLen(piece);
    if (!numeric && prec >= 0 && conv != 99) {
      let off: u32 = 0, cps: i32 = 0;
      while (off < plen && cps < prec) { decodeAt(sbData(piece) + off); off += decLen; cps++; }
      plen = off;
    }
    const pcps = <i32>countCps(sbData(piece), plen);
    const pad = width > pcps ? width - pcps : 0;
    if (left) { sbBytes(sb, sbData(piece), plen); sbRepeat(sb, 32, pad); }
    else if (zero && numeric && !left) {
      // zero padding goes after the sign / 0x prefix
      const pd = sbData(piece);
      let pre: u32 = 0;
      if (plen > 0 && (load<u8>(pd) == 45 || load<u8>(pd) == 43 || load<u8>(pd) == 32)) pre = 1;
      if (alt && plen >= pre + 2 && load<u8>(pd + pre) == 48 && (load<u8>(pd + pre + 1) | 32) >= 111) pre += 2;
      // unlike format(), %-formatting zero-pads inf/nan too ('%05f' % inf == '00inf')
      sbBytes(sb, pd, pre);
      sbRepeat(sb, 48, pad);
      sbBytes(sb, pd + pre, plen - pre);
    } else { sbRepeat(sb, 32, pad); sbBytes(sb, sbData(piece), plen); }
    sbFree(piece);
  }
  if (isTuple && argi < nargs) { sbFree(sb); return raiseLit(X.E_TypeError, "not all arguments converted during string formatting"); }
  if (!isTuple && !isMap && argi == 0) { sbFree(sb); return raiseLit(X.E_TypeError, "not all arguments converted during string formatting"); }
  return sbFinish(sb);
}
import { sbI64 } from "./strbuf";
function sbI64Local(sb: u32, v: i64): void { sbI64(sb, v); }
import { raiseWithArg } from "./errors";
function raiseKeyErr(k: u64): u64 { return raiseWithArg(X.E_KeyError, k); }
