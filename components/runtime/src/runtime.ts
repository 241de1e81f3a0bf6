// Start-up and small exported helpers (lifecycle, memory, constants).
import { initTypes } from "./types-init";
import { initExceptions } from "./exceptions";
import { stackInit } from "./call";
import { sysInit } from "./sys";
import { registerBuiltins } from "./methods-table";
import { incref as inc, decref as dec, makeImmortal, refcountOf } from "./object";
import { rawAlloc, rawFree, allocLiveBytes, allocLiveBlocks } from "./alloc";
import { strFromUtf8, sbFinish, strBytes, STR_DATA } from "./str";
import { ERROR, NONE, ptrOf, boxPtr } from "./value";
import { tupFrom } from "./tuple";
import { listFrom } from "./list";
import { setNew, setAdd, setUpdate } from "./set";
import { decref } from "./object";
import { parseIntText } from "./int-parse";
import { sbNew, sbBytes } from "./strbuf";
import { raiseLit } from "./errors";
import * as X from "./exceptions";

let initialized = false;

export function molt_runtime_init(): void {
  if (initialized) return;
  initialized = true;
  initTypes();
  initExceptions();
  stackInit();
  registerBuiltins();
  sysInit();
}

export function molt_incref(v: u64): void { inc(v); }
export function molt_decref(v: u64): void { dec(v); }
export function molt_make_immortal(v: u64): void { makeImmortal(v); }
export function molt_refcount(v: u64): i32 { return <i32>refcountOf(v); }
export function molt_alloc(n: i32): i32 { return <i32>rawAlloc(<u32>n); }
export function molt_free(p: i32): void { rawFree(<usize>p); }
export function molt_mem_live_bytes(): f64 { return <f64>allocLiveBytes(); }
export function molt_mem_live_blocks(): f64 { return <f64>allocLiveBlocks(); }
export function molt_mem_pages(): i32 { return memory.size(); }

export function molt_str_from_utf8(p: i32, n: i32): u64 { return strFromUtf8(<usize>p, <u32>n); }
export function molt_int_from_decimal(p: i32, n: i32): u64 {
  return parseIntText(<usize>p, <usize>p + <usize>n, 10, NONE);
}
export function molt_tuple_from(argv: i32, n: i32): u64 { return tupFrom(<usize>argv, <u32>n); }
export function molt_list_from(argv: i32, n: i32): u64 { return listFrom(<usize>argv, <u32>n); }
export function molt_set_from(argv: i32, n: i32): u64 {
  const s = setNew(false);
  for (let i: i32 = 0; i < n; i++) {
    if (!setAdd(s, load<u64>(<usize>argv + (<usize>i << 3)))) { decref(boxPtr(s)); return ERROR; }
  }
  return boxPtr(s);
}
export function molt_set_add(s: u64, v: u64): u64 { return setAdd(ptrOf(s), v) ? NONE : ERROR; }
export function molt_set_update(s: u64, it: u64): u64 { return setUpdate(ptrOf(s), it) ? NONE : ERROR; }

/** Joins n strs (f-string pieces). */
export function molt_str_concat(argv: i32, n: i32): u64 {
  let total: u32 = 0;
  for (let i: i32 = 0; i < n; i++) total += strBytes(ptrOf(load<u64>(<usize>argv + (<usize>i << 3))));
  const sb = sbNew(total);
  for (let i: i32 = 0; i < n; i++) {
    const p = ptrOf(load<u64>(<usize>argv + (<usize>i << 3)));
    sbBytes(sb, p + STR_DATA, strBytes(p));
  }
  return sbFinish(sb);
}

/** Called by `--use abort=`: traps (the runtime has no AssemblyScript asserts in release builds). */
export function molt_abort(msg: usize, file: usize, line: u32, col: u32): void {
  unreachable();
}
