import { strLitImmortal } from "./str";
// Function objects (compiled Python functions), builtin function objects,
// bound methods and closure cells.
// function: 8 entry u32 | 12 flags u32 | 16 name u64 | 24 qualname u64 | 32 params u64
//   40 nposonly u32 | 44 npos u32 | 48 nkwonly u32 | 52 pad | 56 defaults u64
//   64 kwdefaults u64 | 72 closure u64 | 80 dict u64 (0 = none) | 88 module u64
// builtin: 8 id u32 | 12 flags u32 | 16 self u64 (0 = unbound) | 24 name u64
// bound method: 8 func u64 | 16 self u64
// cell: 8 value u64 (ERROR = empty)
import { objNew, incref, decref } from "./object";
import { typeForKind } from "./types";
import * as K from "./kinds";
import { boxPtr, ptrOf, ERROR, NONE } from "./value";

export const FUNC_SIZE: u32 = 96;

export function molt_func_new(entry: i32, name: u64, qualname: u64, params: u64, nposonly: i32, npos: i32,
    nkwonly: i32, flags: i32, defaults: u64, kwdefaults: u64, closure: u64): u64 {
  const p = objNew(typeForKind(K.K_FUNC), FUNC_SIZE);
  store<u32>(p, <u32>entry, 8);
  store<u32>(p, <u32>flags, 12);
  incref(name); store<u64>(p, name, 16);
  incref(qualname); store<u64>(p, qualname, 24);
  incref(params); store<u64>(p, params, 32);
  store<u32>(p, <u32>nposonly, 40);
  store<u32>(p, <u32>npos, 44);
  store<u32>(p, <u32>nkwonly, 48);
  store<u32>(p, 0, 52);
  incref(defaults); store<u64>(p, defaults, 56);
  incref(kwdefaults); store<u64>(p, kwdefaults, 64);
  incref(closure); store<u64>(p, closure, 72);
  store<u64>(p, 0, 80);
  store<u64>(p, mainModuleName(), 88);
  return boxPtr(p);
}

export function funcDealloc(p: u32): void {
  decref(load<u64>(p, 16)); decref(load<u64>(p, 24)); decref(load<u64>(p, 32));
  decref(load<u64>(p, 56)); decref(load<u64>(p, 64)); decref(load<u64>(p, 72));
  const d = load<u64>(p, 80); if (d != 0) decref(d);
  decref(load<u64>(p, 88));
}

/** Borrowed: cell i of the function's closure tuple. */
export function molt_func_cell(f: u64, i: i32): u64 {
  const c = load<u64>(ptrOf(f), 72);
  return load<u64>(ptrOf(c) + 16 + (<u32>i << 3));
}
export function molt_func_defaults(f: u64): u64 { return load<u64>(ptrOf(f), 56); }
export function molt_func_closure(f: u64): u64 { return load<u64>(ptrOf(f), 72); }

// ---- builtin function objects ----
export function builtinNew(id: u32, name: u64, self: u64): u64 {
  const p = objNew(typeForKind(K.K_BUILTIN), 32);
  store<u32>(p, id, 8);
  store<u32>(p, 0, 12);
  incref(self);
  store<u64>(p, self, 16);
  incref(name);
  store<u64>(p, name, 24);
  return boxPtr(p);
}
export function builtinDealloc(p: u32): void {
  const s = load<u64>(p, 16);
  if (s != 0) decref(s);
  decref(load<u64>(p, 24));
}
@inline export function builtinId(p: u32): u32 { return load<u32>(p, 8); }
@inline export function builtinSelf(p: u32): u64 { return load<u64>(p, 16); }

// ---- bound methods (Python functions bound to an instance) ----
export function boundNew(f: u64, self: u64): u64 {
  const p = objNew(typeForKind(K.K_BOUND), 24);
  incref(f); incref(self);
  store<u64>(p, f, 8);
  store<u64>(p, self, 16);
  return boxPtr(p);
}
export function boundDealloc(p: u32): void { decref(load<u64>(p, 8)); decref(load<u64>(p, 16)); }

// ---- cells ----
export function molt_cell_new(v: u64): u64 {
  const p = objNew(typeForKind(K.K_CELL), 16);
  if (v != ERROR) incref(v);
  store<u64>(p, v, 8);
  return boxPtr(p);
}
export function molt_cell_get(c: u64): u64 {
  const v = load<u64>(ptrOf(c), 8);
  if (v != ERROR) incref(v);
  return v;
}
export function molt_cell_set(c: u64, v: u64): void {
  const p = ptrOf(c);
  const old = load<u64>(p, 8);
  if (v != ERROR) incref(v);
  store<u64>(p, v, 8);
  if (old != ERROR) decref(old);
}
export function cellDealloc(p: u32): void {
  const v = load<u64>(p, 8);
  if (v != ERROR) decref(v);
}

// Functions are defined by the program, which runs as __main__ (immortal name).
let mainName: u64 = 0;
function mainModuleName(): u64 {
  if (mainName == 0) mainName = strLitImmortal("__main__");
  return mainName;
}
