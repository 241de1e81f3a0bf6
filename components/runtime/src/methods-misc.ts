// Methods of int, float, bytes, file objects and exceptions.
import { complexHash, complexTruthy, cxRe, cxIm, cxNew, complexFromArgs } from "./complex";
import { ptrOf, ERROR, NONE, boxSmall, boxBool, isFloat, floatOf, isSmallInt, intOf, boxFloat } from "./value";
import { incref, decref } from "./object";
import { iterNew, iterNext } from "./iter";
import { bytesHex, bytesFromHex } from "./bytes-hex";
import { containsValue } from "./subscript";
const STOP_V: u64 = 0xFFFE_0000_0000_0001;
import { kindOf } from "./types";
import * as K from "./kinds";
import { noArgs, exactlyOne, argRange, kwValue, kwOnly } from "./args";
import { raiseLit, raiseTypeMsg } from "./errors";
import * as X from "./exceptions";
import { writeOut, flushStdout } from "./io";
import { STR_DATA, strBytes, strCps } from "./str";
import { bytesDecodeWith } from "./codecs-decode";
import { intBitLength } from "./int-big";
import { tup2Own } from "./tuple";
import { callNumMethod } from "./methods-num";
import { bytesMethod, BM_FIRST } from "./bytes-methods";

export const M_BIT_LENGTH: u32 = 340;
export const M_IS_INTEGER: u32 = 341;
export const M_BDECODE: u32 = 342;
export const M_FWRITE: u32 = 343;
export const M_FFLUSH: u32 = 344;
export const M_CONJUGATE: u32 = 345;
export const M_AS_INT_RATIO: u32 = 346;
export const M_WITH_TB: u32 = 347;
export const M_ADD_NOTE: u32 = 348;
export const M_VIEW_ISDISJOINT: u32 = 370;
export const M_BYTES_HEX: u32 = 371;
export const M_BYTES_FROMHEX: u32 = 372;

/** dict_keys/dict_items.isdisjoint(iterable): no item of it is in the view. */
function viewIsDisjoint(view: u64, other: u64): u64 {
  const it = iterNew(other);
  if (it == ERROR) return ERROR;
  while (true) {
    const x = iterNext(it);
    if (x == STOP_V) break;
    if (x == ERROR) { decref(it); return ERROR; }
    const c = containsValue(view, x);
    decref(x);
    if (c != 0) { decref(it); return c < 0 ? ERROR : boxBool(false); }
  }
  decref(it);
  return boxBool(true);
}

export function callMiscMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  switch (id) {
    case M_BIT_LENGTH: if (!noArgs("int.bit_length", nargs)) return ERROR; return intBitLength(self);
    case M_CONJUGATE:
      if (kindOf(self) == K.K_COMPLEX) return cxNew(cxRe(ptrOf(self)), -cxIm(ptrOf(self)));
      incref(self); return self;
    case M_IS_INTEGER: {
      if (!noArgs("float.is_integer", nargs)) return ERROR;
      const f = floatOf(self);
      return boxBool(isFinite(f) && Math.floor(f) == f);
    }
    case M_BDECODE: {
      if (!kwOnly("decode", kwnames, "encoding", "errors")) return ERROR;
      const enc = nargs > 0 ? load<u64>(argv) : kwValue(argv, nargs, kwnames, "encoding");
      const errs = nargs > 1 ? load<u64>(argv + 8) : kwValue(argv, nargs, kwnames, "errors");
      return bytesDecodeWith(self, enc, errs);
    }
    case M_FWRITE: {
      if (!exactlyOne("write", nargs)) return ERROR;
      const s = load<u64>(argv);
      if (kindOf(s) != K.K_STR) return raiseTypeMsg("write() argument must be str, not ", s, "");
      const p = ptrOf(s);
      writeOut(load<u32>(ptrOf(self), 8), p + STR_DATA, strBytes(p));
      return boxSmall(strCps(p));
    }
    case M_FFLUSH: flushStdout(); return NONE;
    case M_WITH_TB: incref(self); return self;
    case M_ADD_NOTE: return NONE;
    case M_BYTES_HEX: return bytesHex(self, argv, nargs);
    case M_BYTES_FROMHEX: if (!exactlyOne("fromhex", nargs)) return ERROR; return bytesFromHex(load<u64>(argv));
    case M_VIEW_ISDISJOINT: if (!exactlyOne("isdisjoint", nargs)) return ERROR; return viewIsDisjoint(self, load<u64>(argv));
  }
  if (id >= BM_FIRST) return bytesMethod(id, self, argv, nargs, kwnames);
  return callNumMethod(id, self, argv, nargs, kwnames);
}
