// list.extend and friends shared by methods and operators.
import { ptrOf, ERROR, STOP, NONE, boxPtr } from "./value";
import { incref, decref } from "./object";
import { kindOf } from "./types";
import * as K from "./kinds";
import { listLen, listItem, listAppendOwn, listReserve, listItems, listSetLen } from "./list";
import { tupLen, tupItem } from "./tuple";
import { iterNew, iterNext } from "./iter";

export function listExtend(p: u32, v: u64): bool {
  const k = kindOf(v);
  if (k == K.K_LIST || k == K.K_TUPLE) {
    const q = ptrOf(v);
    const n = k == K.K_LIST ? listLen(q) : tupLen(q);
    const len = listLen(p);
    listReserve(p, len + n);
    const d = listItems(p);
    for (let i: u32 = 0; i < n; i++) {
      const x = k == K.K_LIST ? listItem(q, i) : tupItem(q, i);
      incref(x);
      store<u64>(d + ((len + i) << 3), x);
    }
    listSetLen(p, len + n);
    return true;
  }
  const it = iterNew(v);
  if (it == ERROR) return false;
  while (true) {
    const x = iterNext(it);
    if (x == STOP) break;
    if (x == ERROR) { decref(it); return false; }
    listAppendOwn(p, x);
  }
  decref(it);
  return true;
}

export function molt_list_extend(l: u64, v: u64): u64 { return listExtend(ptrOf(l), v) ? NONE : ERROR; }
export function molt_list_append(l: u64, v: u64): u64 {
  incref(v);
  listAppendOwn(ptrOf(l), v);
  return NONE;
}
export function molt_list_to_tuple(l: u64): u64 {
  const p = ptrOf(l);
  return tupFromLocal(listItems(p), listLen(p));
}
import { tupFrom } from "./tuple";
function tupFromLocal(p: usize, n: u32): u64 { return tupFrom(p, n); }
export function listBox(p: u32): u64 { return boxPtr(p); }
