// set / frozenset methods.
import { ptrOf, ERROR, NONE, boxPtr, boxBool } from "./value";
import { incref, decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { setAdd, setRemove, setDiscard, setPop, setClear, setCopy, setUnion, setIntersection, setDifference,
  setSymDiff, setUpdate, setDifferenceUpdate, setSymDiffUpdate, setIsSubset, setIsDisjoint, setFromIterable, setMerge } from "./set";
import { exactlyOne, noArgs, noKw } from "./args";
import { raiseLit } from "./errors";
import * as X from "./exceptions";

export const M_ADD: u32 = 290;
export const M_SREMOVE: u32 = 291;
export const M_DISCARD: u32 = 292;
export const M_SPOP: u32 = 293;
export const M_SCLEAR: u32 = 294;
export const M_SCOPY: u32 = 295;
export const M_UNION: u32 = 296;
export const M_INTERSECTION: u32 = 297;
export const M_DIFFERENCE: u32 = 298;
export const M_SYMDIFF: u32 = 299;
export const M_SUPDATE: u32 = 300;
export const M_INTER_UPDATE: u32 = 301;
export const M_DIFF_UPDATE: u32 = 302;
export const M_SYMDIFF_UPDATE: u32 = 303;
export const M_ISSUBSET: u32 = 304;
export const M_ISSUPERSET: u32 = 305;
export const M_ISDISJOINT: u32 = 306;

function asSetArg(v: u64): u64 {
  const k = kindOf(v);
  if (k == K.K_SET || k == K.K_FROZENSET) { incref(v); return v; }
  return setFromIterable(v, false);
}

export function callSetMethod(id: u32, self: u64, argv: usize, nargs: u32, kwnames: u64): u64 {
  if (!noKw("set", kwnames)) return ERROR;
  const s = ptrOf(self);
  const frozen = kindOf(self) == K.K_FROZENSET;
  switch (id) {
    case M_ADD: if (!exactlyOne("set.add", nargs)) return ERROR; return setAdd(s, load<u64>(argv)) ? NONE : ERROR;
    case M_SREMOVE: if (!exactlyOne("set.remove", nargs)) return ERROR; return setRemove(s, load<u64>(argv)) ? NONE : ERROR;
    case M_DISCARD: if (!exactlyOne("set.discard", nargs)) return ERROR; return setDiscard(s, load<u64>(argv)) < 0 ? ERROR : NONE;
    case M_SPOP: if (!noArgs("set.pop", nargs)) return ERROR; return setPop(s);
    case M_SCLEAR: if (!noArgs("set.clear", nargs)) return ERROR; setClear(s); return NONE;
    case M_SCOPY: {
      if (!noArgs("set.copy", nargs)) return ERROR;
      if (frozen) { incref(self); return self; }
      return boxPtr(setCopy(s, false));
    }
    case M_UNION: {
      let r = boxPtr(setCopy(s, frozen));
      for (let i: u32 = 0; i < nargs; i++) if (!setUpdate(ptrOf(r), load<u64>(argv + (i << 3)))) { decref(r); return ERROR; }
      return r;
    }
    case M_INTERSECTION: {
      if (nargs == 0) return boxPtr(setCopy(s, frozen));
      let r = setIntersection(s, load<u64>(argv), frozen);
      for (let i: u32 = 1; i < nargs && r != ERROR; i++) { const r2 = setIntersection(ptrOf(r), load<u64>(argv + (i << 3)), frozen); decref(r); r = r2; }
      return r;
    }
    case M_DIFFERENCE: {
      if (nargs == 0) return boxPtr(setCopy(s, frozen));
      let r = setDifference(s, load<u64>(argv), frozen);
      for (let i: u32 = 1; i < nargs && r != ERROR; i++) { if (!setDifferenceUpdate(ptrOf(r), load<u64>(argv + (i << 3)))) { decref(r); return ERROR; } }
      return r;
    }
    case M_SYMDIFF: {
      if (!exactlyOne("set.symmetric_difference", nargs)) return ERROR;
      return setSymDiff(s, load<u64>(argv), frozen);
    }
    case M_SUPDATE: {
      for (let i: u32 = 0; i < nargs; i++) if (!setUpdate(s, load<u64>(argv + (i << 3)))) return ERROR;
      return NONE;
    }
    case M_INTER_UPDATE: {
      for (let i: u32 = 0; i < nargs; i++) {
        const r = setIntersection(s, load<u64>(argv + (i << 3)), false);
        if (r == ERROR) return ERROR;
        setClear(s);
        setMerge(s, ptrOf(r));
        decref(r);
      }
      return NONE;
    }
    case M_DIFF_UPDATE: {
      for (let i: u32 = 0; i < nargs; i++) if (!setDifferenceUpdate(s, load<u64>(argv + (i << 3)))) return ERROR;
      return NONE;
    }
    case M_SYMDIFF_UPDATE: {
      if (!exactlyOne("set.symmetric_difference_update", nargs)) return ERROR;
      return setSymDiffUpdate(s, load<u64>(argv)) ? NONE : ERROR;
    }
    case M_ISSUBSET: case M_ISSUPERSET: {
      if (!exactlyOne(id == M_ISSUBSET ? "set.issubset" : "set.issuperset", nargs)) return ERROR;
      const o = asSetArg(load<u64>(argv));
      if (o == ERROR) return ERROR;
      const r = id == M_ISSUBSET ? setIsSubset(s, ptrOf(o)) : setIsSubset(ptrOf(o), s);
      decref(o);
      return r < 0 ? ERROR : boxBool(r == 1);
    }
    case M_ISDISJOINT: {
      if (!exactlyOne("set.isdisjoint", nargs)) return ERROR;
      const r = setIsDisjoint(s, load<u64>(argv));
      return r < 0 ? ERROR : boxBool(r == 1);
    }
  }
  return raiseLit(X.E_SystemError, "bad set method");
}
