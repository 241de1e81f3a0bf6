// UnicodeEncodeError / UnicodeDecodeError with CPython's args
// (encoding, object, start, end, reason), attributes and str() message.
import { ptrOf, boxSmall, isSmallInt, intOf } from "./value";
import { incref } from "./object";
import { kindOf, typeOf } from "./types";
import * as K from "./kinds";
import * as X from "./exceptions";
import { setPending } from "./errors";
import { tupNew, tupSet, tupLen, tupItem } from "./tuple";
import { strLit, STR_DATA, strBytes, cpOffset, decodeAt } from "./str";
import { sbByte, sbLit, sbI64, sbBytes } from "./strbuf";

function raiseUnicode(t: u32, enc: string, obj: u64, start: i64, end: i64, reason: string): u64 {
  const a = tupNew(5);
  incref(obj);
  tupSet(a, 0, strLit(enc)); tupSet(a, 1, obj); tupSet(a, 2, boxSmall(start)); tupSet(a, 3, boxSmall(end)); tupSet(a, 4, strLit(reason));
  return setPending(X.excNew(t, boxPtrLocal(a)));
}
import { boxPtr } from "./value";
function boxPtrLocal(p: u32): u64 { return boxPtr(p); }

export function raiseEncodeError(enc: string, s: u64, start: i64, end: i64, reason: string): u64 {
  return raiseUnicode(X.E_UnicodeEncodeError, enc, s, start, end, reason);
}
export function raiseDecodeError(enc: string, b: u64, start: i64, end: i64, reason: string): u64 {
  return raiseUnicode(X.E_UnicodeDecodeError, enc, b, start, end, reason);
}

/** The 5-tuple args of a Unicode{En,De}codeError, or 0 when it is not one. */
function uargs(v: u64): u32 {
  const t = typeOf(v);
  if (!X.excIsSub(t, X.E_UnicodeEncodeError) && !X.excIsSub(t, X.E_UnicodeDecodeError)) return 0;
  const a = ptrOf(X.excArgs(ptrOf(v)));
  if (tupLen(a) != 5 || kindOf(tupItem(a, 0)) != K.K_STR || !isSmallInt(tupItem(a, 2)) || !isSmallInt(tupItem(a, 3))) return 0;
  return a;
}

/** e.encoding / object / start / end / reason: new reference, or 0. */
export function unicodeErrorAttr(v: u64, name: u64): u64 {
  const a = uargs(v);
  if (a == 0) return 0;
  const q = ptrOf(name), n = strBytes(q), d = q + STR_DATA;
  let i: i32 = -1;
  if (is(d, n, "encoding")) i = 0; else if (is(d, n, "object")) i = 1; else if (is(d, n, "start")) i = 2;
  else if (is(d, n, "end")) i = 3; else if (is(d, n, "reason")) i = 4;
  if (i < 0) return 0;
  const r = tupItem(a, <u32>i);
  incref(r);
  return r;
}
function is(d: usize, n: u32, s: string): bool {
  if (<i32>n != s.length) return false;
  for (let i = 0; i < s.length; i++) if (<u32>load<u8>(d + i) != <u32>s.charCodeAt(i)) return false;
  return true;
}

const HEXD = "0123456789abcdef";
function hexN(sb: u32, c: u32, digits: i32): void {
  for (let i = digits - 1; i >= 0; i--) sbByte(sb, <u32>HEXD.charCodeAt(<i32>((c >> (<u32>i * 4)) & 15)));
}
function strPart(sb: u32, s: u64): void { const p = ptrOf(s); sbBytes(sb, p + STR_DATA, strBytes(p)); }

/** str(e) for Unicode errors built with 5 args; false when not applicable. */
export function unicodeErrorStrInto(sb: u32, v: u64): bool {
  const a = uargs(v);
  if (a == 0) return false;
  const enc = tupItem(a, 0), obj = tupItem(a, 1), reason = tupItem(a, 4);
  const start = intOf(tupItem(a, 2)), end = intOf(tupItem(a, 3));
  const encode = X.excIsSub(typeOf(v), X.E_UnicodeEncodeError);
  sbByte(sb, 39); strPart(sb, enc); sbLit(sb, encode ? "' codec can't encode " : "' codec can't decode ");
  if (end == start + 1) {
    if (encode && kindOf(obj) == K.K_STR) {
      const c = decodeAt(ptrOf(obj) + STR_DATA + cpOffset(ptrOf(obj), <u32>start));
      sbLit(sb, "character '\\");
      if (c < 0x100) { sbByte(sb, 120); hexN(sb, c, 2); } else if (c < 0x10000) { sbByte(sb, 117); hexN(sb, c, 4); } else { sbByte(sb, 85); hexN(sb, c, 8); }
      sbLit(sb, "' in position ");
    } else if (!encode && kindOf(obj) == K.K_BYTES) {
      sbLit(sb, "byte 0x"); hexN(sb, load<u8>(ptrOf(obj) + 24 + <u32>start), 2); sbLit(sb, " in position ");
    }
    sbI64(sb, start);
  } else {
    sbLit(sb, encode ? "characters in position " : "bytes in position "); sbI64(sb, start); sbByte(sb, 45); sbI64(sb, end - 1);
  }
  sbLit(sb, ": "); strPart(sb, reason);
  return true;
}
