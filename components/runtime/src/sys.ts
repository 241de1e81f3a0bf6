// The sys module object: argv (from WASI args), exit, stdout/stderr/stdin,
// maxsize, platform, recursion limit.
import { objNew, incref, decref, makeImmortal } from "./object";
import { typeForKind } from "./types";
import * as K from "./kinds";
import { boxPtr, ptrOf, NONE, ERROR, boxSmall, isSmallInt, intOf } from "./value";
import { dictNew, dictSet } from "./dict";
import { listNew, listAppendOwn } from "./list";
import { strLitImmortal, strFromUtf8, strLit } from "./str";
import { args_sizes_get, args_get } from "./wasi";
import { rawAlloc } from "./alloc";
import { builtinNew } from "./func";
import * as B from "./builtins-ids";
import { setPending, raiseLit } from "./errors";
import * as X from "./exceptions";
import { tup1 } from "./tuple";
import { isIntLike } from "./int";

let sysModule: u64 = 0;
export let stdoutObj: u64 = 0;
export let stderrObj: u64 = 0;
export let stdinObj: u64 = 0;
// The recursion limit, exported as a mutable wasm global so compiled frames
// can read it with `global.get` (sys.setrecursionlimit keeps it in sync).
export let molt_recursion_limit_value: i32 = 1000;

function fileNew(fd: u32): u64 {
  const p = objNew(typeForKind(K.K_FILE), 16);
  store<u32>(p, fd, 8);
  return makeImmortal(boxPtr(p));
}

function put(d: u32, name: string, v: u64): void {
  dictSet(d, strLitImmortal(name), v);
  decref(v);
}

export function sysInit(): void {
  stdinObj = fileNew(0);
  stdoutObj = fileNew(1);
  stderrObj = fileNew(2);
  const m = objNew(typeForKind(K.K_MODULE), 24);
  store<u64>(m, strLitImmortal("sys"), 8);
  const d = dictNew();
  store<u64>(m, boxPtr(d), 16);
  sysModule = makeImmortal(boxPtr(m));
  // argv
  const sz = memory.data(8);
  const argvList = listNew(4);
  if (args_sizes_get(sz, sz + 4) == 0) {
    const argc = load<u32>(sz), bufSize = load<u32>(sz, 4);
    const ptrs = rawAlloc((argc + 1) * 4);
    const buf = rawAlloc(bufSize + 1);
    if (args_get(ptrs, buf) == 0) {
      for (let i: u32 = 0; i < argc; i++) {
        const s = load<u32>(ptrs + i * 4);
        let n: u32 = 0;
        while (load<u8>(s + n) != 0) n++;
        listAppendOwn(argvList, strFromUtf8(s, n));
      }
    }
  }
  put(d, "argv", boxPtr(argvList));
  put(d, "stdout", stdoutObj);
  put(d, "stderr", stderrObj);
  put(d, "stdin", stdinObj);
  put(d, "__stdout__", stdoutObj);
  put(d, "__stderr__", stderrObj);
  put(d, "maxsize", boxSmall(0x7FFF_FFFF_FFFF));
  put(d, "platform", strLit("wasi"));
  put(d, "byteorder", strLit("little"));
  put(d, "exit", builtinNew(B.B_SYS_EXIT, strLitImmortal("exit"), 0));
  put(d, "getrecursionlimit", builtinNew(B.B_SYS_GETRECLIMIT, strLitImmortal("getrecursionlimit"), 0));
  put(d, "setrecursionlimit", builtinNew(B.B_SYS_SETRECLIMIT, strLitImmortal("setrecursionlimit"), 0));
  put(d, "set_int_max_str_digits", builtinNew(B.B_SYS_SET_INT_MAX, strLitImmortal("set_int_max_str_digits"), 0));
  put(d, "get_int_max_str_digits", builtinNew(B.B_SYS_GET_INT_MAX, strLitImmortal("get_int_max_str_digits"), 0));
}

export function molt_import_sys(): u64 { return sysModule; }

export function sysExit(code: u64): u64 {
  if (code == NONE) return setPending(X.excNew0(X.E_SystemExit));
  return setPending(X.excNew(X.E_SystemExit, tup1(code)));
}

export function recursionLimit(): i64 { return <i64>molt_recursion_limit_value; }
export function setRecursionLimit(v: u64): u64 {
  if (!isSmallInt(v)) return raiseLit(X.E_TypeError, "an integer is required");
  if (intOf(v) < 1) return raiseLit(X.E_ValueError, "recursion limit must be greater or equal than 1");
  if (intOf(v) > 0x7FFF_FFFF) return raiseLit(X.E_OverflowError, "Python int too large to convert to C int");
  molt_recursion_limit_value = <i32>intOf(v);
  return NONE;
}
