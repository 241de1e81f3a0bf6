// Constant set displays. CPython 3.12 compiles {c1, c2, c3, ...} (3+ constant
// items) to a frozenset constant that merge_consts_recursive rebuilds from its
// own iteration order, then SET_UPDATEs it into an empty set (set_merge). The
// iteration order of the result depends on those steps, so do all of them.
import { ERROR, ptrOf, boxPtr } from "./value";
import { decref } from "./object";
import { setNew, setAdd, setUpdate } from "./set";
import { listFrom, listItems, listLen } from "./list";
import { listExtend } from "./list-ops";

function setOf(argv: usize, n: u32): u64 {
  const s = setNew(true);
  const v = boxPtr(s);
  // a frozenset is built like frozenset(tuple): plain adds in order
  for (let i: u32 = 0; i < n; i++) {
    if (!setAdd(s, load<u64>(argv + (<usize>i << 3)))) { decref(v); return ERROR; }
  }
  return v;
}

export function molt_set_from_consts(argv: i32, n: i32): u64 {
  const first = setOf(<usize>argv, <u32>n);
  if (first == ERROR) return ERROR;
  const order = listFrom(0, 0);
  if (order == ERROR || !listExtend(ptrOf(order), first)) { decref(first); return ERROR; }
  decref(first);
  const lp = ptrOf(order);
  const merged = setOf(<usize>listItems(lp), listLen(lp));
  decref(order);
  if (merged == ERROR) return ERROR;
  const s = setNew(false);
  const ok = setUpdate(s, merged);
  decref(merged);
  if (!ok) { decref(boxPtr(s)); return ERROR; }
  return boxPtr(s);
}
