// Generic calls: molt_call dispatches on the callee kind. Argument vectors
// live on the runtime value stack (molt_stack_push / molt_stack_pop).
import { incref, decref } from "./object";
import { kindOf, typeOf } from "./types";
import * as K from "./kinds";
import { ptrOf, ERROR, NONE, boxPtr } from "./value";
import { rawAlloc } from "./alloc";
import { raiseTypeMsg, raiseLit } from "./errors";
import * as X from "./exceptions";
import { builtinId, builtinSelf } from "./func";
import { callBuiltin } from "./builtins-dispatch";
import { constructType } from "./construct";
import { tupLen, tupItem, tupItems } from "./tuple";
import { dictNentries, dictEntry, entryKey, entryValue, DELETED, dictUsed } from "./dict";
import { tupNew, tupSet } from "./tuple";
import { lookupMethod, callMethodFound } from "./attr";

const STACK_SLOTS: u32 = 1 << 17;
let stackBase: u32 = 0;
let stackTop: u32 = 0;
let stackEnd: u32 = 0;

export function stackInit(): void {
  stackBase = <u32>rawAlloc(STACK_SLOTS << 3);
  stackTop = stackBase;
  stackEnd = stackBase + (STACK_SLOTS << 3);
}

export function molt_stack_push(n: i32): i32 {
  const p = stackTop;
  stackTop += <u32>n << 3;
  if (stackTop > stackEnd) unreachable();
  return <i32>p;
}
export function molt_stack_pop(n: i32): void { stackTop -= <u32>n << 3; }

let depth: i32 = 0;
import { recursionLimit } from "./sys";

/** Calls any callable. argv holds nargs positionals then one value per kw name. */
export function callValue(f: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  const k = kindOf(f);
  const p = ptrOf(f);
  switch (k) {
    case K.K_FUNC: {
      if (++depth > <i32>recursionLimit()) {
        depth--;
        return raiseLit(X.E_RecursionError, "maximum recursion depth exceeded");
      }
      const r = call_indirect<u64>(load<u32>(p, 8), f, <i32>argv, <i32>nargs, kwnames);
      depth--;
      return r;
    }
    case K.K_BUILTIN: return callBuiltin(builtinId(p), builtinSelf(p), argv, nargs, kwnames);
    case K.K_TYPE: return constructType(p, argv, nargs, kwnames);
    case K.K_BOUND: {
      const nkw = kwnames == NONE ? 0 : tupLen(ptrOf(kwnames));
      const tot = nargs + nkw;
      const a = <usize>molt_stack_push(<i32>(tot + 1));
      store<u64>(a, load<u64>(p, 16));
      memory.copy(a + 8, argv, tot << 3);
      const r = callValue(load<u64>(p, 8), a, nargs + 1, kwnames);
      molt_stack_pop(<i32>(tot + 1));
      return r;
    }
  }
  return raiseTypeMsg("", f, " object is not callable");
}

export function molt_call(f: u64, argv: i32, nargs: i32, kwnames: u64): u64 {
  return callValue(f, <usize>argv, <u32>nargs, kwnames);
}

/** Call with a single positional argument. */
export function call1(f: u64, a: u64): u64 {
  const s = <usize>molt_stack_push(1);
  store<u64>(s, a);
  const r = callValue(f, s, 1, NONE);
  molt_stack_pop(1);
  return r;
}

export function call2(f: u64, a: u64, b: u64): u64 {
  const s = <usize>molt_stack_push(2);
  store<u64>(s, a);
  store<u64>(s + 8, b);
  const r = callValue(f, s, 2, NONE);
  molt_stack_pop(2);
  return r;
}

/** f(*args, **kwargs) */
export function molt_call_ex(f: u64, args: u64, kwargs: u64): u64 {
  let at = args;
  if (kindOf(args) != K.K_TUPLE) {
    return raiseLit(X.E_TypeError, "argument after * must be an iterable");
  }
  const ap = ptrOf(at);
  const na = tupLen(ap);
  if (kwargs == NONE || kwargs == 0 || dictUsed(ptrOf(kwargs)) == 0) {
    return callValue(f, tupItems(ap), na, NONE);
  }
  const d = ptrOf(kwargs);
  const nk = dictUsed(d);
  const s = <usize>molt_stack_push(<i32>(na + nk));
  memory.copy(s, tupItems(ap), na << 3);
  const names = tupNew(nk);
  let j: u32 = 0;
  for (let i: u32 = 0; i < dictNentries(d); i++) {
    const e = dictEntry(d, i);
    const key = entryKey(e);
    if (key == DELETED) continue;
    if (kindOf(key) != K.K_STR) {
      for (let q = j; q < nk; q++) tupSet(names, q, NONE);
      decref(boxPtr(names));
      molt_stack_pop(<i32>(na + nk));
      return raiseLit(X.E_TypeError, "keywords must be strings");
    }
    incref(key);
    tupSet(names, j, key);
    store<u64>(s + ((na + j) << 3), entryValue(e));
    j++;
  }
  const r = callValue(f, s, na, boxPtr(names));
  decref(boxPtr(names));
  molt_stack_pop(<i32>(na + nk));
  return r;
}

/** obj.name(*argv) without creating a bound method. */
export function molt_call_method(obj: u64, name: u64, argv: i32, nargs: i32, kwnames: u64): u64 {
  const m = lookupMethod(obj, name);
  if (m == ERROR) return ERROR;
  return callMethodFound(m, obj, name, <usize>argv, <u32>nargs, kwnames);
}

export function callTypeOf(v: u64): u32 { return typeOf(v); }
export function callTupItem(t: u32, i: u32): u64 { return tupItem(t, i); }
