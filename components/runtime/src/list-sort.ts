// list.sort / sorted: stable merge sort (natural runs + binary insertion for
// short runs), with optional key function and reverse flag, CPython semantics
// (reverse keeps stability; comparison errors propagate).
import { rawAlloc, rawFree } from "./alloc";
import { incref, decref } from "./object";
import { compareBool, CMP_LT } from "./compare";
import { callValue, call1 } from "./call";
import { ERROR, NONE, isSmallInt, intOf } from "./value";
import { listLen, listItems } from "./list";
import { raiseLit } from "./errors";
import * as X from "./exceptions";

let sortErr = false;

@inline function lt(a: u64, b: u64): bool {
  if (isSmallInt(a) && isSmallInt(b)) return intOf(a) < intOf(b);
  if (sortErr) return false;
  const r = compareBool(CMP_LT, a, b);
  if (r < 0) { sortErr = true; return false; }
  return r == 1;
}

// Sort idx[] (indices into keys[]) stably by keys.
function mergeSort(keys: usize, idx: usize, tmp: usize, n: u32): void {
  // insertion sort small blocks of 16
  const RUN: u32 = 16;
  for (let s: u32 = 0; s < n; s += RUN) {
    const e = s + RUN < n ? s + RUN : n;
    for (let i = s + 1; i < e; i++) {
      const x = load<u32>(idx + (i << 2));
      const kx = load<u64>(keys + (<usize>x << 3));
      let j = i;
      while (j > s) {
        const y = load<u32>(idx + ((j - 1) << 2));
        if (!lt(kx, load<u64>(keys + (<usize>y << 3)))) break;
        store<u32>(idx + (j << 2), y);
        j--;
      }
      store<u32>(idx + (j << 2), x);
    }
  }
  let src = idx, dst = tmp;
  for (let w = RUN; w < n; w <<= 1) {
    for (let lo: u32 = 0; lo < n; lo += w << 1) {
      const mid = lo + w < n ? lo + w : n;
      const hi = lo + (w << 1) < n ? lo + (w << 1) : n;
      let i = lo, j = mid, k = lo;
      // already ordered? copy
      if (mid < hi && !lt(load<u64>(keys + (<usize>load<u32>(src + (mid << 2)) << 3)), load<u64>(keys + (<usize>load<u32>(src + ((mid - 1) << 2)) << 3)))) {
        memory.copy(dst + (lo << 2), src + (lo << 2), (hi - lo) << 2);
        continue;
      }
      while (i < mid && j < hi) {
        const a = load<u32>(src + (i << 2)), b = load<u32>(src + (j << 2));
        if (lt(load<u64>(keys + (<usize>b << 3)), load<u64>(keys + (<usize>a << 3)))) { store<u32>(dst + (k << 2), b); j++; }
        else { store<u32>(dst + (k << 2), a); i++; }
        k++;
      }
      while (i < mid) { store<u32>(dst + (k << 2), load<u32>(src + (i << 2))); i++; k++; }
      while (j < hi) { store<u32>(dst + (k << 2), load<u32>(src + (j << 2))); j++; k++; }
    }
    const t = src; src = dst; dst = t;
  }
  if (src != idx) memory.copy(idx, src, n << 2);
}

/** Sorts list p in place. key may be NONE. Returns false on error. */
export function listSort(p: u32, key: u64, reverse: bool): bool {
  const n = listLen(p);
  if (n < 2) return true;
  const items = listItems(p);
  // snapshot items; CPython empties the list during the sort
  const vals = rawAlloc(n << 3);
  memory.copy(vals, items, n << 3);
  let keys = vals;
  if (key != NONE) {
    keys = rawAlloc(n << 3);
    for (let i: u32 = 0; i < n; i++) {
      const kv = call1(key, load<u64>(vals + (i << 3)));
      if (kv == ERROR) {
        for (let j: u32 = 0; j < i; j++) decref(load<u64>(keys + (j << 3)));
        rawFree(keys); rawFree(vals);
        return false;
      }
      store<u64>(keys + (i << 3), kv);
    }
  }
  const idx = rawAlloc(n << 2);
  const tmp = rawAlloc(n << 2);
  // reverse: reverse first, sort stably, reverse again (CPython's trick)
  for (let i: u32 = 0; i < n; i++) store<u32>(idx + (i << 2), reverse ? n - 1 - i : i);
  sortErr = false;
  mergeSort(keys, idx, tmp, n);
  const ok = !sortErr;
  if (ok) {
    const out = listItems(p);
    for (let i: u32 = 0; i < n; i++) {
      const j = reverse ? n - 1 - i : i;
      store<u64>(out + (j << 3), load<u64>(vals + (<usize>load<u32>(idx + (i << 2)) << 3)));
    }
  }
  if (key != NONE) { for (let i: u32 = 0; i < n; i++) decref(load<u64>(keys + (i << 3))); rawFree(keys); }
  rawFree(vals); rawFree(idx); rawFree(tmp);
  return ok;
}
