// Builtin exception hierarchy (type objects) and exception instances.
// Instance layout: 8 args u64 (tuple) | 16 tb entries ptr u32 | 20 tb len u32
//  24 cause u64 (0 = unset) | 32 context u64 (0 = unset) | 40 suppress_context u32
//  44 tb cap u32 | 48 dict u64 (0 = none; user attributes) | 56 reserved u64
import { typeAlloc, TF_BASETYPE, TF_EXC, T_OBJECT, typeBase, isSubtype, typeFlags } from "./types";
import { objNew, decref, incref } from "./object";
import { rawFree } from "./alloc";
import { K_EXC } from "./kinds";
import { boxPtr, ptrOf, NONE } from "./value";
import { tupNew, tupSet, emptyTupleV } from "./tuple";
import { finishType } from "./types-init";

export const EXC_SIZE: u32 = 64;

export let E_BaseException: u32 = 0;
export let E_Exception: u32 = 0;
export let E_GeneratorExit: u32 = 0;
export let E_KeyboardInterrupt: u32 = 0;
export let E_SystemExit: u32 = 0;
export let E_ArithmeticError: u32 = 0;
export let E_FloatingPointError: u32 = 0;
export let E_OverflowError: u32 = 0;
export let E_ZeroDivisionError: u32 = 0;
export let E_AssertionError: u32 = 0;
export let E_AttributeError: u32 = 0;
export let E_BufferError: u32 = 0;
export let E_EOFError: u32 = 0;
export let E_ImportError: u32 = 0;
export let E_ModuleNotFoundError: u32 = 0;
export let E_LookupError: u32 = 0;
export let E_IndexError: u32 = 0;
export let E_KeyError: u32 = 0;
export let E_MemoryError: u32 = 0;
export let E_NameError: u32 = 0;
export let E_UnboundLocalError: u32 = 0;
export let E_OSError: u32 = 0;
export let E_FileNotFoundError: u32 = 0;
export let E_PermissionError: u32 = 0;
export let E_ReferenceError: u32 = 0;
export let E_RuntimeError: u32 = 0;
export let E_NotImplementedError: u32 = 0;
export let E_RecursionError: u32 = 0;
export let E_StopAsyncIteration: u32 = 0;
export let E_StopIteration: u32 = 0;
export let E_SyntaxError: u32 = 0;
export let E_SystemError: u32 = 0;
export let E_TypeError: u32 = 0;
export let E_ValueError: u32 = 0;
export let E_UnicodeError: u32 = 0;
export let E_UnicodeDecodeError: u32 = 0;
export let E_UnicodeEncodeError: u32 = 0;
export let E_Warning: u32 = 0;

// All exception types, for the builtins namespace.
const ALL: usize = memory.data(96 * 4, 4);
let nAll: u32 = 0;
export function excTypeCount(): u32 { return nAll; }
export function excTypeAt(i: u32): u32 { return load<u32>(ALL + (i << 2)); }

function mk(name: string, base: u32): u32 {
  const t = typeAlloc(K_EXC, TF_BASETYPE | TF_EXC, base == 0 ? T_OBJECT : base);
  finishType(t, name);
  store<u32>(ALL + (nAll << 2), t);
  nAll++;
  return t;
}

export function initExceptions(): void {
  const B = E_BaseException = mk("BaseException", 0);
  mk("BaseExceptionGroup", B);
  E_GeneratorExit = mk("GeneratorExit", B);
  E_KeyboardInterrupt = mk("KeyboardInterrupt", B);
  E_SystemExit = mk("SystemExit", B);
  const E = E_Exception = mk("Exception", B);
  const A = E_ArithmeticError = mk("ArithmeticError", E);
  E_FloatingPointError = mk("FloatingPointError", A);
  E_OverflowError = mk("OverflowError", A);
  E_ZeroDivisionError = mk("ZeroDivisionError", A);
  E_AssertionError = mk("AssertionError", E);
  E_AttributeError = mk("AttributeError", E);
  E_BufferError = mk("BufferError", E);
  E_EOFError = mk("EOFError", E);
  E_ImportError = mk("ImportError", E);
  E_ModuleNotFoundError = mk("ModuleNotFoundError", E_ImportError);
  const L = E_LookupError = mk("LookupError", E);
  E_IndexError = mk("IndexError", L);
  E_KeyError = mk("KeyError", L);
  E_MemoryError = mk("MemoryError", E);
  E_NameError = mk("NameError", E);
  E_UnboundLocalError = mk("UnboundLocalError", E_NameError);
  const O = E_OSError = mk("OSError", E);
  mk("BlockingIOError", O);
  mk("ChildProcessError", O);
  const C = mk("ConnectionError", O);
  mk("BrokenPipeError", C);
  mk("ConnectionAbortedError", C);
  mk("ConnectionRefusedError", C);
  mk("ConnectionResetError", C);
  mk("FileExistsError", O);
  E_FileNotFoundError = mk("FileNotFoundError", O);
  mk("InterruptedError", O);
  mk("IsADirectoryError", O);
  mk("NotADirectoryError", O);
  E_PermissionError = mk("PermissionError", O);
  mk("ProcessLookupError", O);
  mk("TimeoutError", O);
  E_ReferenceError = mk("ReferenceError", E);
  const R = E_RuntimeError = mk("RuntimeError", E);
  E_NotImplementedError = mk("NotImplementedError", R);
  E_RecursionError = mk("RecursionError", R);
  E_StopAsyncIteration = mk("StopAsyncIteration", E);
  E_StopIteration = mk("StopIteration", E);
  E_SyntaxError = mk("SyntaxError", E);
  const I = mk("IndentationError", E_SyntaxError);
  mk("TabError", I);
  E_SystemError = mk("SystemError", E);
  E_TypeError = mk("TypeError", E);
  const V = E_ValueError = mk("ValueError", E);
  const U = E_UnicodeError = mk("UnicodeError", V);
  E_UnicodeDecodeError = mk("UnicodeDecodeError", U);
  E_UnicodeEncodeError = mk("UnicodeEncodeError", U);
  mk("UnicodeTranslateError", U);
  const W = E_Warning = mk("Warning", E);
  mk("BytesWarning", W);
  mk("DeprecationWarning", W);
  mk("EncodingWarning", W);
  mk("FutureWarning", W);
  mk("ImportWarning", W);
  mk("PendingDeprecationWarning", W);
  mk("ResourceWarning", W);
  mk("RuntimeWarning", W);
  mk("SyntaxWarning", W);
  mk("UnicodeWarning", W);
  mk("UserWarning", W);
}

@inline export function isExcType(t: u32): bool { return (typeFlags(t) & TF_EXC) != 0; }

/** New exception instance of type t with an owned args tuple. */
export function excNew(t: u32, args: u64): u64 {
  const p = objNew(t, EXC_SIZE);
  store<u64>(p, args, 8);
  store<u32>(p, 0, 16);
  store<u32>(p, 0, 20);
  store<u64>(p, 0, 24);
  store<u64>(p, 0, 32);
  store<u32>(p, 0, 40);
  store<u32>(p, 0, 44);
  store<u64>(p, 0, 48);
  store<u64>(p, 0, 56);
  return boxPtr(p);
}

/** Exception with a single (owned) argument. */
export function excNew1(t: u32, arg: u64): u64 {
  const tp = tupNew(1);
  tupSet(tp, 0, arg);
  return excNew(t, boxPtr(tp));
}

export function excNew0(t: u32): u64 { return excNew(t, emptyTupleV()); }

@inline export function excArgs(p: u32): u64 { return load<u64>(p, 8); }
@inline export function excCause(p: u32): u64 { return load<u64>(p, 24); }
@inline export function excContext(p: u32): u64 { return load<u64>(p, 32); }

export function excSetContext(p: u32, ctx: u64): void {
  const old = load<u64>(p, 32);
  incref(ctx);
  store<u64>(p, ctx, 32);
  if (old != 0) decref(old);
}

export function excSetCause(p: u32, cause: u64): void {
  const old = load<u64>(p, 24);
  incref(cause);
  store<u64>(p, cause, 24);
  store<u32>(p, 1, 40);
  if (old != 0) decref(old);
}

export function excDealloc(p: u32): void {
  decref(load<u64>(p, 8));
  const tb = load<u32>(p, 16);
  if (tb) rawFree(tb);
  const c = load<u64>(p, 24); if (c != 0) decref(c);
  const x = load<u64>(p, 32); if (x != 0) decref(x);
  const d = load<u64>(p, 48); if (d != 0) decref(d);
}

export function excBaseOf(t: u32): u32 { return typeBase(t); }
export function excIsSub(t: u32, sup: u32): bool { return isSubtype(t, sup); }
export function excPtr(v: u64): u32 { return ptrOf(v); }
export const EXC_NONE: u64 = NONE;
