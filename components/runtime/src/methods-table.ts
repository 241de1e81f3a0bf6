// Registers builtin functions in the builtins namespace and builtin methods
// in the type dicts.
import { ptrOf, boxPtr, ERROR, NONE } from "./value";
import { decref, makeImmortal } from "./object";
import { typeForKind, T_TYPE } from "./types";
import * as K from "./kinds";
import * as B from "./builtins-ids";
import { dictNew, dictSet, dictGet } from "./dict";
import { strLitImmortal } from "./str";
import { builtinNew } from "./func";
import { addMethod } from "./attr";
import * as X from "./exceptions";
import { raiseSb } from "./errors";
import { sbNew, sbLit } from "./strbuf";
import { sbStrObj } from "./convert";
import { incref } from "./object";
import { registerStrMethods } from "./str-methods-table";
import { registerBytesMethods } from "./bytes-methods-table";

let builtinsDict: u32 = 0;

function fn(name: string, id: u32): void {
  const n = strLitImmortal(name);
  const f = makeImmortal(builtinNew(id, n, 0));
  dictSet(builtinsDict, n, f);
}
function ty(name: string, kind: u32): void { dictSet(builtinsDict, strLitImmortal(name), boxPtr(typeForKind(kind))); }
export function m(kind: u32, name: string, id: u32): void { addMethod(typeForKind(kind), strLitImmortal(name), id); }

export function registerBuiltins(): void {
  builtinsDict = dictNew();
  makeImmortal(boxPtr(builtinsDict));
  fn("print", B.B_PRINT); fn("len", B.B_LEN); fn("repr", B.B_REPR); fn("abs", B.B_ABS);
  fn("min", B.B_MIN); fn("max", B.B_MAX); fn("sum", B.B_SUM); fn("any", B.B_ANY); fn("all", B.B_ALL);
  fn("sorted", B.B_SORTED); fn("isinstance", B.B_ISINSTANCE); fn("issubclass", B.B_ISSUBCLASS);
  fn("hash", B.B_HASH); fn("ord", B.B_ORD); fn("chr", B.B_CHR); fn("hex", B.B_HEX); fn("oct", B.B_OCT);
  fn("bin", B.B_BIN); fn("divmod", B.B_DIVMOD); fn("pow", B.B_POW); fn("round", B.B_ROUND);
  fn("iter", B.B_ITER); fn("next", B.B_NEXT); fn("input", B.B_INPUT); fn("id", B.B_ID);
  fn("callable", B.B_CALLABLE); fn("format", B.B_FORMAT); fn("ascii", B.B_ASCII);
  fn("getattr", B.B_GETATTR); fn("setattr", B.B_SETATTR); fn("hasattr", B.B_HASATTR); fn("delattr", B.B_DELATTR);
  fn("exit", B.B_SYS_EXIT); fn("quit", B.B_SYS_EXIT);
  ty("int", K.K_INT); ty("float", K.K_FLOAT); ty("complex", K.K_COMPLEX); ty("str", K.K_STR); ty("bool", K.K_BOOL); ty("bytes", K.K_BYTES);
  ty("list", K.K_LIST); ty("tuple", K.K_TUPLE); ty("dict", K.K_DICT); ty("set", K.K_SET);
  ty("frozenset", K.K_FROZENSET); ty("range", K.K_RANGE); ty("slice", K.K_SLICE); ty("type", K.K_TYPE);
  ty("object", K.K_OBJECT); ty("enumerate", K.K_ENUMERATE); ty("zip", K.K_ZIP); ty("map", K.K_MAP);
  ty("filter", K.K_FILTER); ty("reversed", K.K_REVERSED);
  dictSet(builtinsDict, strLitImmortal("None"), NONE);
  dictSet(builtinsDict, strLitImmortal("Ellipsis"), 0xFFFB_0000_0000_0002);
  dictSet(builtinsDict, strLitImmortal("NotImplemented"), 0xFFFB_0000_0000_0001);
  dictSet(builtinsDict, strLitImmortal("True"), 0xFFFA_0000_0000_0001);
  dictSet(builtinsDict, strLitImmortal("False"), 0xFFFA_0000_0000_0000);
  for (let i: u32 = 0; i < X.excTypeCount(); i++) {
    const t = X.excTypeAt(i);
    dictSet(builtinsDict, load<u64>(t, 16), boxPtr(t));
  }
  dictSet(builtinsDict, strLitImmortal("EnvironmentError"), boxPtr(X.E_OSError));
  dictSet(builtinsDict, strLitImmortal("IOError"), boxPtr(X.E_OSError));

  // list
  m(K.K_LIST, "append", 200); m(K.K_LIST, "extend", 201); m(K.K_LIST, "insert", 202); m(K.K_LIST, "pop", 203);
  m(K.K_LIST, "remove", 204); m(K.K_LIST, "index", 205); m(K.K_LIST, "count", 206); m(K.K_LIST, "reverse", 207);
  m(K.K_LIST, "sort", 208); m(K.K_LIST, "copy", 209); m(K.K_LIST, "clear", 210);
  m(K.K_TUPLE, "index", 240); m(K.K_TUPLE, "count", 241);
  // dict
  m(K.K_DICT, "get", 250); m(K.K_DICT, "setdefault", 251); m(K.K_DICT, "pop", 252); m(K.K_DICT, "popitem", 253);
  m(K.K_DICT, "keys", 254); m(K.K_DICT, "values", 255); m(K.K_DICT, "items", 256); m(K.K_DICT, "update", 257);
  m(K.K_DICT, "copy", 258); m(K.K_DICT, "clear", 259); addMethod(typeForKind(K.K_DICT), strLitImmortal("fromkeys"), 260, true);
  // set / frozenset
  const S = K.K_SET, F = K.K_FROZENSET;
  m(S, "add", 290); m(S, "remove", 291); m(S, "discard", 292); m(S, "pop", 293); m(S, "clear", 294);
  m(S, "update", 300); m(S, "intersection_update", 301); m(S, "difference_update", 302); m(S, "symmetric_difference_update", 303);
  for (let k = S; k <= F; k++) {
    m(k, "copy", 295); m(k, "union", 296); m(k, "intersection", 297); m(k, "difference", 298);
    m(k, "symmetric_difference", 299); m(k, "issubset", 304); m(k, "issuperset", 305); m(k, "isdisjoint", 306);
  }
  // misc
  m(K.K_INT, "bit_length", 340); m(K.K_INT, "conjugate", 345);
  m(K.K_FLOAT, "is_integer", 341); m(K.K_FLOAT, "conjugate", 345); m(K.K_COMPLEX, "conjugate", 345);
  m(K.K_BYTES, "decode", 342);
  m(K.K_BYTES, "hex", 371); addMethod(typeForKind(K.K_BYTES), strLitImmortal("fromhex"), 372, true);
  m(K.K_DICT_KEYS, "isdisjoint", 370); m(K.K_DICT_ITEMS, "isdisjoint", 370);
  m(K.K_INT, "to_bytes", 368); addMethod(typeForKind(K.K_INT), strLitImmortal("from_bytes"), 369, true);
  m(K.K_INT, "bit_count", 360); m(K.K_INT, "as_integer_ratio", 361);
  m(K.K_FLOAT, "as_integer_ratio", 362); m(K.K_FLOAT, "hex", 363);
  addMethod(typeForKind(K.K_FLOAT), strLitImmortal("fromhex"), 364, true);
  m(K.K_RANGE, "index", 365); m(K.K_RANGE, "count", 366); m(K.K_SLICE, "indices", 367);
  m(K.K_FILE, "write", 343); m(K.K_FILE, "flush", 344);
  addMethod(X.E_BaseException, strLitImmortal("with_traceback"), 347);
  addMethod(X.E_BaseException, strLitImmortal("add_note"), 348);
  registerStrMethods();
  registerBytesMethods();
}

/** The builtins-module object with that name (new reference), or NameError. */
export function molt_builtin(name: u64): u64 {
  const v = dictGet(builtinsDict, name);
  if (v == ERROR) return ERROR;
  if (v == 0) {
    const sb = sbNew(); sbLit(sb, "name '"); sbStrObj(sb, name); sbLit(sb, "' is not defined");
    return raiseSb(X.E_NameError, sb);
  }
  incref(v);
  return v;
}
export function builtinsDictPtr(): u32 { return builtinsDict; }
