// Creates the builtin type objects at start-up.
import { typeAlloc, registerKind, setCoreTypes, setStrType, initBuiltinTypeGlobals, typeBase, T_TYPE, T_OBJECT, TF_BASETYPE, TF_ITER, typeForKind } from "./types";
import { strLitImmortal, strInit } from "./str";
import { tupNew, tupSet, tupleInit } from "./tuple";
import { boxPtr, NONE } from "./value";
import { IMMORTAL } from "./object";
import * as K from "./kinds";

/** Sets name and MRO (from the base chain) of a type. */
export function finishType(t: u32, name: string): void {
  store<u64>(t, strLitImmortal(name), 16);
  store<u64>(t, strLitImmortal(name), 56);
  store<u64>(t, strLitImmortal("builtins"), 48);
  let n: u32 = 0;
  let b = t;
  while (b != 0) { n++; b = typeBase(b); }
  const m = tupNew(n);
  store<u32>(m, IMMORTAL | 1);
  b = t;
  for (let i: u32 = 0; i < n; i++) { tupSet(m, i, boxPtr(b)); b = typeBase(b); }
  store<u64>(t, boxPtr(m), 32);
}

function mk(kind: u32, base: u32, flags: u32): u32 {
  const t = typeAlloc(kind, flags, base);
  registerKind(kind, t);
  return t;
}

const NAMES: usize = memory.data(K.NKINDS * 4, 4);
function nm(kind: u32, s: string): void { store<u32>(NAMES + (kind << 2), changetype<u32>(s)); }

export function initTypes(): void {
  // `type` and `object` first; `type` is its own type.
  const tType = typeAlloc(K.K_TYPE, TF_BASETYPE, 0);
  store<u32>(tType, tType, 4);
  setCoreTypes(tType, 0);
  const tObject = typeAlloc(K.K_OBJECT, TF_BASETYPE, 0);
  store<u32>(tType, tObject, 24);
  setCoreTypes(tType, tObject);
  registerKind(K.K_TYPE, tType);
  registerKind(K.K_OBJECT, tObject);
  const B = TF_BASETYPE;
  const tStr = mk(K.K_STR, tObject, B);
  setStrType(tStr);
  const tInt = mk(K.K_INT, tObject, B);
  mk(K.K_BOOL, tInt, 0);
  mk(K.K_NONE, tObject, 0);
  mk(K.K_FLOAT, tObject, B);
  mk(K.K_COMPLEX, tObject, B);
  mk(K.K_BYTES, tObject, B);
  mk(K.K_LIST, tObject, B);
  mk(K.K_TUPLE, tObject, B);
  mk(K.K_DICT, tObject, B);
  mk(K.K_SET, tObject, B);
  mk(K.K_FROZENSET, tObject, B);
  mk(K.K_RANGE, tObject, 0);
  mk(K.K_SLICE, tObject, 0);
  mk(K.K_FUNC, tObject, 0);
  mk(K.K_BUILTIN, tObject, 0);
  mk(K.K_BOUND, tObject, 0);
  mk(K.K_CELL, tObject, 0);
  mk(K.K_NOTIMPL, tObject, 0);
  mk(K.K_ELLIPSIS, tObject, 0);
  mk(K.K_FILE, tObject, 0);
  mk(K.K_MODULE, tObject, 0);
  mk(K.K_DICT_KEYS, tObject, 0);
  mk(K.K_DICT_VALUES, tObject, 0);
  mk(K.K_DICT_ITEMS, tObject, 0);
  mk(K.K_ENUMERATE, tObject, B);
  mk(K.K_ZIP, tObject, B);
  mk(K.K_MAP, tObject, B);
  mk(K.K_FILTER, tObject, B);
  mk(K.K_REVERSED, tObject, B);
  for (let k = K.K_LIST_ITER; k <= K.K_ITER_LAST; k++) {
    if (typeForKind(k) == 0) mk(k, tObject, TF_ITER);
  }
  mk(K.K_GENERATOR, tObject, TF_ITER);
  initBuiltinTypeGlobals();
  strInit();
  tupleInit();

  nm(K.K_TYPE, "type"); nm(K.K_OBJECT, "object"); nm(K.K_STR, "str"); nm(K.K_INT, "int");
  nm(K.K_BOOL, "bool"); nm(K.K_NONE, "NoneType"); nm(K.K_FLOAT, "float"); nm(K.K_COMPLEX, "complex"); nm(K.K_BYTES, "bytes");
  nm(K.K_LIST, "list"); nm(K.K_TUPLE, "tuple"); nm(K.K_DICT, "dict"); nm(K.K_SET, "set");
  nm(K.K_FROZENSET, "frozenset"); nm(K.K_RANGE, "range"); nm(K.K_SLICE, "slice");
  nm(K.K_FUNC, "function"); nm(K.K_BUILTIN, "builtin_function_or_method"); nm(K.K_BOUND, "method");
  nm(K.K_CELL, "cell"); nm(K.K_NOTIMPL, "NotImplementedType"); nm(K.K_ELLIPSIS, "ellipsis");
  nm(K.K_FILE, "TextIOWrapper"); nm(K.K_MODULE, "module");
  nm(K.K_DICT_KEYS, "dict_keys"); nm(K.K_DICT_VALUES, "dict_values"); nm(K.K_DICT_ITEMS, "dict_items");
  nm(K.K_ENUMERATE, "enumerate"); nm(K.K_ZIP, "zip"); nm(K.K_MAP, "map"); nm(K.K_FILTER, "filter");
  nm(K.K_REVERSED, "reversed");
  nm(K.K_LIST_ITER, "list_iterator"); nm(K.K_LIST_REVITER, "list_reverseiterator");
  nm(K.K_TUPLE_ITER, "tuple_iterator"); nm(K.K_STR_ITER, "str_ascii_iterator");
  nm(K.K_BYTES_ITER, "bytes_iterator"); nm(K.K_RANGE_ITER, "range_iterator");
  nm(K.K_DICT_KEYITER, "dict_keyiterator"); nm(K.K_DICT_VALUEITER, "dict_valueiterator");
  nm(K.K_DICT_ITEMITER, "dict_itemiterator"); nm(K.K_SET_ITER, "set_iterator");
  nm(K.K_SEQ_ITER, "iterator"); nm(K.K_CALL_ITER, "callable_iterator");
  nm(K.K_DICT_REVKEYITER, "dict_reversekeyiterator"); nm(K.K_LONGRANGE_ITER, "longrange_iterator"); nm(K.K_GENERATOR, "generator");
  for (let k: u32 = 1; k < K.NKINDS; k++) {
    const t = typeForKind(k);
    const s = load<u32>(NAMES + (k << 2));
    if (t != 0 && s != 0) finishType(t, changetype<string>(s));
  }
}

export function typeNoneV(): u64 { return NONE; }
export function tTypeV(): u64 { return boxPtr(T_TYPE); }
