// Freeing objects when their refcount drops to zero. Containers release their
// items through a pending chain (iteratively), so deep structures cannot
// overflow the wasm stack.
import { genDealloc } from "./generator";
import { rawFree } from "./alloc";
import * as K from "./kinds";
import { listDealloc } from "./list";
import { tupDealloc } from "./tuple";
import { dictDealloc } from "./dict";
import { setDealloc } from "./set";
import { excDealloc } from "./exceptions";
import { iterDealloc } from "./iter";
import { funcDealloc, builtinDealloc, boundDealloc, cellDealloc } from "./func";
import { decref } from "./object";
import { bigDealloc } from "./int-big";
import { bigRangeDealloc } from "./range-big";

let releasing = false;
let chain: u32 = 0;

function deallocOne(p: u32): void {
  const t = load<u32>(p, 4);
  const k = load<u32>(t, 8);
  switch (k) {
    case K.K_STR: case K.K_BYTES: case K.K_COMPLEX: break;
    case K.K_RANGE: bigRangeDealloc(p); break;
    case K.K_INT: bigDealloc(p); break;
    case K.K_LIST: listDealloc(p); break;
    case K.K_TUPLE: tupDealloc(p); break;
    case K.K_DICT: dictDealloc(p); break;
    case K.K_SET: case K.K_FROZENSET: setDealloc(p); break;
    case K.K_EXC: excDealloc(p); break;
    case K.K_FUNC: funcDealloc(p); break;
    case K.K_BUILTIN: builtinDealloc(p); break;
    case K.K_BOUND: boundDealloc(p); break;
    case K.K_CELL: cellDealloc(p); break;
    case K.K_GENERATOR: genDealloc(p); break;
    case K.K_SLICE: decref(load<u64>(p, 8)); decref(load<u64>(p, 16)); decref(load<u64>(p, 24)); break;
    case K.K_DICT_KEYS: case K.K_DICT_VALUES: case K.K_DICT_ITEMS: decref(load<u64>(p, 8)); break;
    default:
      if ((k >= K.K_ITER_FIRST && k <= K.K_ITER_LAST) || (k >= K.K_ENUMERATE && k <= K.K_REVERSED)) iterDealloc(p, k);
  }
  // heap types (user classes) are reference counted through their instances
  if (load<u32>(t, 12) & 4) decref(0xFFFC_0000_0000_0000 | <u64>t);
  rawFree(p);
}

export function releaseObject(p: u32): void {
  store<u32>(p, 0);
  if (releasing) {
    // defer: link through the (now unused) refcount word
    store<u32>(p, chain);
    chain = p;
    return;
  }
  releasing = true;
  deallocOne(p);
  while (chain != 0) {
    const q = chain;
    chain = load<u32>(q);
    deallocOne(q);
  }
  releasing = false;
}
