// Pending-exception state and raise helpers. Runtime functions that fail set
// the pending exception and return ERROR (or -1 for i32 results).
import { ERROR, NONE, boxPtr, ptrOf, isPtr } from "./value";
import { incref, decref } from "./object";
import { typeOf, isSubtype, kindOf, T_TYPE, typeName } from "./types";
import { K_TYPE, K_TUPLE, K_EXC } from "./kinds";
import { excNew, excNew1, excNew0, isExcType, excSetContext, excSetCause, excContext } from "./exceptions";
import { strLit, sbFinish } from "./str";
import { sbNew, sbLit, sbBytes } from "./strbuf";
import { tupLen, tupItem } from "./tuple";
import * as X from "./exceptions";

let pending: u64 = 0;   // owned exception instance, 0 = none
let handled: u64 = 0;   // owned: exception currently being handled (sys.exc_info), 0 = none

@inline export function errOccurred(): bool { return pending != 0; }
@inline export function pendingExc(): u64 { return pending; }
export function handledExc(): u64 { return handled; }

/** Makes an (owned) exception instance pending, chaining __context__ implicitly. */
export function setPending(exc: u64): u64 {
  if (handled != 0 && handled != exc) {
    const p = ptrOf(exc);
    if (excContext(p) == 0) {
      // avoid creating a context cycle (CPython breaks it the same way)
      let o = handled;
      let cycle = false;
      while (o != 0 && isPtr(o)) {
        const c = excContext(ptrOf(o));
        if (c == exc) { cycle = true; break; }
        o = c;
      }
      if (!cycle) excSetContext(p, handled);
    }
  }
  if (pending != 0) decref(pending);
  pending = exc;
  return ERROR;
}

/** Re-raise without touching __context__ (exc borrowed). */
export function restorePending(exc: u64): void {
  incref(exc);
  if (pending != 0) decref(pending);
  pending = exc;
}

/** Takes the pending exception (owned), clearing it. */
export function errFetch(): u64 {
  const e = pending;
  pending = 0;
  return e;
}

export function errClear(): void {
  if (pending != 0) { decref(pending); pending = 0; }
}

/** Does the pending exception derive from type t? */
export function errPendingIs(t: u32): bool {
  return pending != 0 && isSubtype(typeOf(pending), t);
}

export function raiseLit(t: u32, msg: string): u64 { return setPending(excNew1(t, strLit(msg))); }
export function raiseStr(t: u32, msgOwned: u64): u64 { return setPending(excNew1(t, msgOwned)); }
export function raiseSb(t: u32, sb: u32): u64 { return setPending(excNew1(t, sbFinish(sb))); }
export function raiseEmpty(t: u32): u64 { return setPending(excNew0(t)); }
export function raiseWithArg(t: u32, arg: u64): u64 { incref(arg); return setPending(excNew1(t, arg)); }

/** Appends the type name of v to a string builder. */
export function sbTypeName(sb: u32, v: u64): void {
  const n = ptrOf(typeName(typeOf(v)));
  sbBytes(sb, n + 24, load<u32>(n, 8));
}

/** TypeError: "<prefix>'<type of v>'<suffix>" */
export function raiseTypeMsg(prefix: string, v: u64, suffix: string): u64 {
  const sb = sbNew();
  sbLit(sb, prefix);
  sbLit(sb, "'");
  sbTypeName(sb, v);
  sbLit(sb, "'");
  sbLit(sb, suffix);
  return raiseSb(X.E_TypeError, sb);
}

export function raiseOverflowInt(): u64 { return raiseLit(X.E_OverflowError, "Python int too large to convert to C ssize_t"); }
export function raiseMemory(): u64 { return raiseEmpty(X.E_MemoryError); }

/** Normalizes a raise operand: an exception class is instantiated. Returns owned instance or ERROR. */
export function toExceptionInstance(v: u64): u64 {
  const k = kindOf(v);
  if (k == K_TYPE && isExcType(ptrOf(v))) return excNew0(ptrOf(v));
  if (isPtr(v) && isExcType(typeOf(v))) { incref(v); return v; }
  return raiseLit(X.E_TypeError, "exceptions must derive from BaseException");
}

// ---- exports (see wit/molt-runtime.wit) ----

export function molt_err_occurred(): i32 { return pending != 0 ? 1 : 0; }
export function molt_err_fetch(): u64 { const e = pending; pending = 0; return e == 0 ? NONE : e; }
export function molt_err_clear(): void { errClear(); }
export function molt_err_restore(exc: u64): void { restorePending(exc); }

/** 1 if exc is an instance of the class (or of one in the tuple), 0 if not, -1 on TypeError. */
export function molt_err_matches(exc: u64, cls: u64): i32 {
  const k = kindOf(cls);
  const t = typeOf(exc);
  if (k == K_TUPLE) {
    const p = ptrOf(cls);
    const n = tupLen(p);
    for (let i: u32 = 0; i < n; i++) {
      const r = molt_err_matches(exc, tupItem(p, i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (k != K_TYPE || !isExcType(ptrOf(cls))) {
    raiseLit(X.E_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return isSubtype(t, ptrOf(cls)) ? 1 : 0;
}

export function molt_raise(v: u64): u64 {
  const e = toExceptionInstance(v);
  if (e == ERROR) return ERROR;
  return setPending(e);
}

export function molt_raise_from(v: u64, cause: u64): u64 {
  const e = toExceptionInstance(v);
  if (e == ERROR) return ERROR;
  if (cause == NONE) {
    excSetCause(ptrOf(e), NONE);
  } else {
    const c = toExceptionInstance(cause);
    if (c == ERROR) {
      decref(e);
      errClear();
      return raiseLit(X.E_TypeError, "exception causes must derive from BaseException");
    }
    excSetCause(ptrOf(e), c);
    decref(c);
  }
  return setPending(e);
}

export function molt_reraise(): u64 {
  if (handled == 0 || handled == NONE) return raiseLit(X.E_RuntimeError, "No active exception to reraise");
  restorePending(handled);
  return ERROR;
}

/** Starts handling exc; returns the previously handled exception (owned, None if none). */
export function molt_exc_enter(exc: u64): u64 {
  const prev = handled == 0 ? NONE : handled;
  incref(exc);
  handled = exc == NONE ? 0 : exc;
  return prev;
}

/** Ends handling: prev (owned by the caller's hidden var; borrowed here) becomes the handled exception again. */
export function molt_exc_leave(prev: u64): void {
  const cur = handled;
  incref(prev);
  handled = prev == NONE ? 0 : prev;
  if (cur != 0) decref(cur);
}

export function molt_exc_handled(): u64 { if (handled == 0) return NONE; incref(handled); return handled; }

export function molt_raise_unbound(name: u64, kind: i32): u64 {
  const sb = sbNew();
  const np = ptrOf(name);
  if (kind == 0) {
    sbLit(sb, "cannot access local variable '"); sbBytes(sb, np + 24, load<u32>(np, 8));
    sbLit(sb, "' where it is not associated with a value");
    return raiseSb(X.E_UnboundLocalError, sb);
  }
  if (kind == 1) {
    sbLit(sb, "cannot access free variable '"); sbBytes(sb, np + 24, load<u32>(np, 8));
    sbLit(sb, "' where it is not associated with a value in enclosing scope");
    return raiseSb(X.E_NameError, sb);
  }
  sbLit(sb, "name '"); sbBytes(sb, np + 24, load<u32>(np, 8)); sbLit(sb, "' is not defined");
  const e = excNew1(X.E_NameError, sbFinish(sb));
  return setPending(e);
}

export function excKindCheck(v: u64): bool { return kindOf(v) == K_EXC; }
export function typeTypeV(): u64 { return boxPtr(T_TYPE); }
