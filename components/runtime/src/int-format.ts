// hex()/oct()/bin() and integer digit strings in bases 2, 8, 16.
import { ERROR, isSmallInt, intOf, isBool } from "./value";
import { raiseTypeMsg } from "./errors";
import { sbNew, sbByte, sbLit } from "./strbuf";
import { sbFinish } from "./str";
import { isIntLike } from "./int";
import { bigToBaseStr } from "./int-big";

export function intToBaseStr(v: u64, base: u32): u64 {
  if (!isIntLike(v)) return raiseTypeMsg("", v, " object cannot be interpreted as an integer");
  if (!isSmallInt(v) && !isBool(v)) return bigToBaseStr(v, base);
  let x = isBool(v) ? <i64>(v & 1) : intOf(v);
  const sb = sbNew();
  if (x < 0) { sbByte(sb, 45); x = -x; }
  sbLit(sb, base == 16 ? "0x" : base == 8 ? "0o" : "0b");
  appendDigits(sb, <u64>x, base, false);
  return sbFinish(sb);
}

export function appendDigits(sb: u32, x: u64, base: u32, upper: bool): void {
  const tmp = memory.data(72);
  let i: i32 = 72;
  const D = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  do { i--; store<u8>(tmp + i, <u8>D.charCodeAt(<i32>(x % base))); x /= base; } while (x != 0);
  for (let k = i; k < 72; k++) sbByte(sb, load<u8>(tmp + k));
}
export const IF_ERR: u64 = ERROR;
