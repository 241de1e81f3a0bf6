// Type objects. Layout (payload after the 8-byte header):
//   8 kind u32 | 12 flags u32 | 16 name u64 (str) | 24 base u32 (type ptr)
//  28 exc index u32 | 32 mro u64 (tuple) | 40 dict u64 (attribute dict)
//  48 module u64 | 56 qualname u64 | 64..95 reserved for user classes
import { objNew, IMMORTAL, objType } from "./object";
import { isFloat, tagOf, ptrOf, NONE, NOTIMPL, boxPtr } from "./value";
import * as K from "./kinds";

export const TYPE_SIZE: u32 = 96;
export const TF_BASETYPE: u32 = 1;   // may be subclassed
export const TF_EXC: u32 = 2;        // BaseException or subclass
export const TF_HEAP: u32 = 4;       // user-defined class
export const TF_ITER: u32 = 8;       // runtime iterator type

// type pointer per kind, for builtin kinds
const BY_KIND: usize = memory.data(K.NKINDS * 4, 4);

export let T_TYPE: u32 = 0;
export let T_OBJECT: u32 = 0;
export let T_NONE: u32 = 0;
export let T_BOOL: u32 = 0;
export let T_INT: u32 = 0;
export let T_FLOAT: u32 = 0;
export let T_STR: u32 = 0;
export let T_BYTES: u32 = 0;
export let T_LIST: u32 = 0;
export let T_TUPLE: u32 = 0;
export let T_DICT: u32 = 0;
export let T_SET: u32 = 0;
export let T_FROZENSET: u32 = 0;
export let T_RANGE: u32 = 0;
export let T_SLICE: u32 = 0;
export let T_NOTIMPL: u32 = 0;
export let T_ELLIPSIS: u32 = 0;

@inline export function typeKind(t: u32): u32 { return load<u32>(t, 8); }
@inline export function typeFlags(t: u32): u32 { return load<u32>(t, 12); }
@inline export function typeName(t: u32): u64 { return load<u64>(t, 16); }
@inline export function typeBase(t: u32): u32 { return load<u32>(t, 24); }
@inline export function typeMro(t: u32): u64 { return load<u64>(t, 32); }
@inline export function typeDict(t: u32): u64 { return load<u64>(t, 40); }
@inline export function typeForKind(k: u32): u32 { return load<u32>(BY_KIND + (k << 2)); }

/** Allocates an immortal type object; name/mro/dict are filled by the caller (types-init.ts). */
export function typeAlloc(kind: u32, flags: u32, base: u32): u32 {
  const t = objNew(T_TYPE, TYPE_SIZE);
  store<u32>(t, IMMORTAL | 1);
  memory.fill(t + 8, 0, TYPE_SIZE - 8);
  store<u32>(t, kind, 8);
  store<u32>(t, flags, 12);
  store<u64>(t, NONE, 16);
  store<u32>(t, base, 24);
  store<u64>(t, NONE, 32);
  store<u64>(t, NONE, 40);
  store<u64>(t, NONE, 48);
  store<u64>(t, NONE, 56);
  return t;
}

export function registerKind(k: u32, t: u32): void { store<u32>(BY_KIND + (k << 2), t); }

export function setCoreTypes(tType: u32, tObject: u32): void { T_TYPE = tType; T_OBJECT = tObject; }

export function initBuiltinTypeGlobals(): void {
  T_NONE = typeForKind(K.K_NONE);
  T_BOOL = typeForKind(K.K_BOOL);
  T_INT = typeForKind(K.K_INT);
  T_FLOAT = typeForKind(K.K_FLOAT);
  T_STR = typeForKind(K.K_STR);
  T_BYTES = typeForKind(K.K_BYTES);
  T_LIST = typeForKind(K.K_LIST);
  T_TUPLE = typeForKind(K.K_TUPLE);
  T_DICT = typeForKind(K.K_DICT);
  T_SET = typeForKind(K.K_SET);
  T_FROZENSET = typeForKind(K.K_FROZENSET);
  T_RANGE = typeForKind(K.K_RANGE);
  T_SLICE = typeForKind(K.K_SLICE);
  T_NOTIMPL = typeForKind(K.K_NOTIMPL);
  T_ELLIPSIS = typeForKind(K.K_ELLIPSIS);
}

export function setStrType(t: u32): void { T_STR = t; }

/** Type pointer of any value (borrowed). */
export function typeOf(v: u64): u32 {
  if (isFloat(v)) return T_FLOAT;
  const tag = tagOf(v);
  if (tag == 0xFFFC) return objType(ptrOf(v));
  if (tag == 0xFFF9) return T_INT;
  if (tag == 0xFFFA) return T_BOOL;
  if (v == NONE) return T_NONE;
  if (v == NOTIMPL) return T_NOTIMPL;
  return T_ELLIPSIS;
}

/** Kind id of any value. */
@inline export function kindOf(v: u64): u32 {
  if (isFloat(v)) return K.K_FLOAT;
  const tag = tagOf(v);
  if (tag == 0xFFFC) return load<u32>(load<u32>(ptrOf(v), 4), 8);
  if (tag == 0xFFF9) return K.K_INT;
  if (tag == 0xFFFA) return K.K_BOOL;
  if (v == NONE) return K.K_NONE;
  if (v == NOTIMPL) return K.K_NOTIMPL;
  return K.K_ELLIPSIS;
}

/** Is `sub` the same as or a subclass of `sup`? Uses the MRO tuple when present. */
export function isSubtype(sub: u32, sup: u32): bool {
  if (sub == sup) return true;
  const mro = typeMro(sub);
  if (mro != NONE) {
    const mp = ptrOf(mro);
    const n = load<u32>(mp, 8);
    for (let i: u32 = 0; i < n; i++) {
      if (ptrOf(load<u64>(mp + 16 + (i << 3))) == sup) return true;
    }
    return false;
  }
  let t = typeBase(sub);
  while (t != 0) {
    if (t == sup) return true;
    t = typeBase(t);
  }
  return false;
}

@inline export function isInstanceOfType(v: u64, t: u32): bool { return isSubtype(typeOf(v), t); }
@inline export function boxType(t: u32): u64 { return boxPtr(t); }
