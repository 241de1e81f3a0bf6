// int.to_bytes(length=1, byteorder='big', *, signed=False) and the classmethod
// int.from_bytes(bytes, byteorder='big', *, signed=False).
import { ERROR, ptrOf, boxPtr, boxSmall, intOf } from "./value";
import { decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { kwOnly, kwValue, kwIs } from "./args";
import { raiseLit, raiseTypeMsg } from "./errors";
import * as X from "./exceptions";
import { isIntLike, intToI64, intFromI64 } from "./int";
import { bigIsNegObj } from "./int-big";
import { bytesAlloc, bytesLen, bytesData } from "./bytes";
import { molt_lshift, molt_rshift, molt_and, molt_sub, molt_or } from "./ops";
import { compareBool, CMP_GE, CMP_LT } from "./compare";
import { molt_truthy } from "./truthy";

/** 0 big, 1 little, -1 error. */
function order(v: u64): i32 {
  if (v == 0) return 0;
  if (kindOf(v) != K.K_STR) { raiseTypeMsg("to_bytes() argument 'byteorder' must be str, not ", v, ""); return -1; }
  if (kwIs(v, "big")) return 0;
  if (kwIs(v, "little")) return 1;
  raiseLit(X.E_ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

function arg(argv: usize, nargs: u32, kwnames: u64, i: u32, name: string): u64 {
  return nargs > i ? load<u64>(argv + (i << 3)) : kwValue(argv, nargs, kwnames, name);
}

export function intToBytes(self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  if (!kwOnly("to_bytes", kwnames, "length", "byteorder", "signed")) return ERROR;
  if (nargs > 2) return raiseLit(X.E_TypeError, "to_bytes() takes at most 2 positional arguments");
  const lv = arg(argv, nargs, kwnames, 0, "length");
  let len: i64 = 1;
  if (lv != 0) {
    if (!isIntLike(lv)) return raiseTypeMsg("", lv, " object cannot be interpreted as an integer");
    len = intToI64(lv);
    if (len < 0) return raiseLit(X.E_ValueError, "length argument must be non-negative");
  }
  const ord = order(arg(argv, nargs, kwnames, 1, "byteorder"));
  if (ord < 0) return ERROR;
  const sv = kwValue(argv, nargs, kwnames, "signed");
  const signed = sv != 0 && molt_truthy(sv) == 1;
  const neg = bigIsNegObj(self);
  if (neg && !signed) return raiseLit(X.E_OverflowError, "can't convert negative int to unsigned");
  // range check: [-2^(8n-1), 2^(8n-1)) signed, [0, 2^(8n)) unsigned
  const bits = len * 8 - (signed ? 1 : 0);
  const lim = molt_lshift(boxSmall(1), intFromI64(bits));
  if (lim == ERROR) return ERROR;
  let bad = compareBool(CMP_GE, self, lim) == 1;
  if (!bad && neg) {
    const nl = molt_sub(boxSmall(0), lim);
    bad = compareBool(CMP_LT, self, nl) == 1;
    decref(nl);
  }
  decref(lim);
  if (bad) return raiseLit(X.E_OverflowError, "int too big to convert");
  const r = bytesAlloc(<u32>len);
  const d = bytesData(r);
  // two's complement: negative values read through & 0xff of the infinite-precision value
  let v = self;
  for (let i: i64 = 0; i < len; i++) {
    const lo = molt_and(v, boxSmall(255));
    const at = ord == 1 ? i : len - 1 - i;
    store<u8>(d + <u32>at, <u8>intOf(lo));
    const nv = molt_rshift(v, boxSmall(8));
    if (v != self) decref(v);
    v = nv;
  }
  if (v != self) decref(v);
  return boxPtr(r);
}

export function intFromBytes(argv: usize, nargs: u32, kwnames: u64): u64 {
  if (!kwOnly("from_bytes", kwnames, "bytes", "byteorder", "signed")) return ERROR;
  const b = arg(argv, nargs, kwnames, 0, "bytes");
  if (b == 0) return raiseLit(X.E_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  const k = kindOf(b);
  if (k != K.K_BYTES) return raiseTypeMsg("cannot convert ", b, " object to bytes");
  const ord = order(arg(argv, nargs, kwnames, 1, "byteorder"));
  if (ord < 0) return ERROR;
  const sv = kwValue(argv, nargs, kwnames, "signed");
  const signed = sv != 0 && molt_truthy(sv) == 1;
  const p = ptrOf(b), n = bytesLen(p), d = bytesData(p);
  let acc = boxSmall(0);
  for (let i: u32 = 0; i < n; i++) {
    const byte = <u64>load<u8>(d + (ord == 1 ? n - 1 - i : i));
    const sh = molt_lshift(acc, boxSmall(8));
    decref(acc);
    acc = molt_or(sh, boxSmall(<i64>byte));
    decref(sh);
  }
  if (signed && n > 0 && (load<u8>(d + (ord == 1 ? n - 1 : 0)) & 0x80) != 0) {
    const full = molt_lshift(boxSmall(1), boxSmall(<i64>n * 8));
    const r = molt_sub(acc, full);
    decref(full); decref(acc);
    acc = r;
  }
  return acc;
}
