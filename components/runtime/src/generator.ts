// Generator objects. The compiler lowers a generator body to a resume function
// (gen: u64) -> u64 in table 0 that keeps its locals in the generator's slots
// and its resume point in `state`; it returns the next value, STOP or ERROR.
// Layout: 8 resume i32 | 12 state i32 (-1 finished; read/written by compiled
// code) | 16 nslots u32 | 20 frame record i32 | 24 running u32 | 32 slots u64[]
import { objNew, decref } from "./object";
import { typeForKind } from "./types";
import * as K from "./kinds";
import { boxPtr, ptrOf, ERROR } from "./value";
import { raiseLit, errPendingIs, errFetch } from "./errors";
import * as X from "./exceptions";

const STOP: u64 = 0xFFFE_0000_0000_0001;
export const GEN_STATE: u32 = 12;
export const GEN_SLOTS: u32 = 32;

export function molt_gen_new(resume: i32, nslots: i32, frame: i32): u64 {
  const n = <u32>nslots;
  const p = objNew(typeForKind(K.K_GENERATOR), GEN_SLOTS + (n << 3));
  store<i32>(p, resume, 8);
  store<i32>(p, 0, GEN_STATE);
  store<u32>(p, n, 16);
  store<i32>(p, frame, 20);
  store<u32>(p, 0, 24);
  for (let i: u32 = 0; i < n; i++) store<u64>(p + GEN_SLOTS + (i << 3), ERROR); // unbound
  return boxPtr(p);
}

/** Address of the generator's slots (the generator owns each non-ERROR slot). */
export function molt_gen_slots(g: u64): i32 { return <i32>(ptrOf(g) + GEN_SLOTS); }

function clearSlots(p: u32): void {
  const n = load<u32>(p, 16);
  for (let i: u32 = 0; i < n; i++) {
    const a = p + GEN_SLOTS + (i << 3);
    const v = load<u64>(a);
    store<u64>(a, ERROR);
    if (v != ERROR) decref(v);
  }
}

/** Next value, STOP when exhausted (no exception), or ERROR. */
export function genResume(g: u64): u64 {
  const p = ptrOf(g);
  if (load<i32>(p, GEN_STATE) == -1) return STOP;
  if (load<u32>(p, 24)) return raiseLit(X.E_ValueError, "generator already executing");
  store<u32>(p, 1, 24);
  const r = call_indirect<u64>(load<u32>(p, 8), g);
  store<u32>(p, 0, 24);
  if (r == STOP || r == ERROR) {
    store<i32>(p, -1, GEN_STATE);
    clearSlots(p);
    // PEP 479: a StopIteration escaping the body becomes RuntimeError
    if (r == ERROR && errPendingIs(X.E_StopIteration)) {
      decref(errFetch());
      return raiseLit(X.E_RuntimeError, "generator raised StopIteration");
    }
  }
  return r;
}

export function genDealloc(p: u32): void { clearSlots(p); }

/** Function name from the frame record (`<genexpr>` without one); borrowed. */
export function genFrame(p: u32): u32 { return load<u32>(p, 20); }
