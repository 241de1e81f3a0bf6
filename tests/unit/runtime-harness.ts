// Test harness: instantiates build/runtime/molt-runtime.wasm directly in Node
// with node:wasi (preview 1), capturing stdout/stderr into temp files.
import { readFileSync, mkdtempSync, openSync, closeSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WASI } from 'node:wasi';
import { spawnSync } from 'node:child_process';
import { findPythonOracle } from '../../compiler/util/python-oracle.js';

export const RUNTIME_WASM = join(process.cwd(), 'build/runtime/molt-runtime.wasm');
export const ERROR = 0xFFFE_0000_0000_0000n;
export const STOP = 0xFFFE_0000_0000_0001n;
export const NONE = 0xFFFB_0000_0000_0000n;
export const TRUE = 0xFFFA_0000_0000_0001n;
export const FALSE = 0xFFFA_0000_0000_0000n;

let built = false;
export function ensureRuntimeBuilt(): void {
  if (built) return;
  const r = spawnSync(process.execPath, ['scripts/build-runtime.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('runtime build failed');
  built = true;
}

export interface Rt {
  x: any; // exports
  mem: WebAssembly.Memory;
  /** Flushes stdout and returns everything written so far to fd 1 / fd 2. */
  stdout(): string;
  stderr(): string;
  exitCode: number | null;
  str(s: string): bigint;
  int(n: number | bigint): bigint;
  float(f: number): bigint;
  jsstr(v: bigint): string;
  repr(v: bigint): string;
  strOf(v: bigint): string;
  builtin(name: string): bigint;
  call(f: bigint, args: bigint[], kw?: Record<string, bigint>): bigint;
  method(obj: bigint, name: string, args: bigint[], kw?: Record<string, bigint>): bigint;
  tuple(items: bigint[]): bigint;
  list(items: bigint[]): bigint;
  pendingError(): string | null;
}

export function boxInt(n: number | bigint): bigint {
  return 0xFFF9_0000_0000_0000n | (BigInt(n) & 0xFFFF_FFFF_FFFFn);
}
export function boxFloat(f: number): bigint {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, f, true);
  const v = b.getBigUint64(0, true);
  return Number.isNaN(f) ? 0x7FF8_0000_0000_0000n : v;
}

export function loadRuntime(opts: { args?: string[]; stdin?: string } = {}): Rt {
  ensureRuntimeBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'molt-rt-'));
  const outPath = join(dir, 'out'), errPath = join(dir, 'err'), inPath = join(dir, 'in');
  writeFileSync(inPath, opts.stdin ?? '');
  const outFd = openSync(outPath, 'w+'), errFd = openSync(errPath, 'w+'), inFd = openSync(inPath, 'r');
  const wasi = new WASI({ version: 'preview1', args: opts.args ?? ['app.py'], stdin: inFd, stdout: outFd, stderr: errFd, returnOnExit: true });
  const mod = new WebAssembly.Module(readFileSync(RUNTIME_WASM));
  const rt: any = {};
  const imports: any = { wasi_snapshot_preview1: { ...wasi.wasiImport } };
  const origExit = imports.wasi_snapshot_preview1.proc_exit;
  imports.wasi_snapshot_preview1.proc_exit = (code: number) => { rt.exitCode = code; throw new Error('proc_exit:' + code); };
  void origExit;
  const inst = new WebAssembly.Instance(mod, imports);
  wasi.initialize({ exports: { memory: inst.exports.memory, _initialize: () => {} } } as any);
  const x: any = inst.exports;
  const mem = x.memory as WebAssembly.Memory;
  x.molt_runtime_init();
  const enc = new TextEncoder(), dec = new TextDecoder();
  const withStack = (vals: bigint[], fn: (p: number) => bigint): bigint => {
    const p = x.molt_stack_push(vals.length);
    const dv = new DataView(mem.buffer);
    vals.forEach((v, i) => dv.setBigUint64(p + i * 8, v, true));
    try { return fn(p); } finally { x.molt_stack_pop(vals.length); }
  };
  Object.assign(rt, {
    x, mem, exitCode: null,
    stdout() { x.molt_flush(); return readFileSync(outPath, 'utf8'); },
    stderr() { return readFileSync(errPath, 'utf8'); },
    str(s: string) {
      const b = enc.encode(s);
      const p = x.molt_alloc(b.length + 1);
      new Uint8Array(mem.buffer, p, b.length).set(b);
      const v = x.molt_str_from_utf8(p, b.length);
      x.molt_free(p);
      return BigInt.asUintN(64, v);
    },
    int: boxInt,
    float: boxFloat,
    jsstr(v: bigint) {
      const p = Number(v & 0xFFFF_FFFFn);
      const dv = new DataView(mem.buffer);
      const n = dv.getUint32(p + 8, true);
      return dec.decode(new Uint8Array(mem.buffer, p + 24, n));
    },
    repr(v: bigint) { const r = BigInt.asUintN(64, x.molt_repr(v)); if (r === ERROR) throw new Error('repr failed: ' + rt.pendingError()); const s = rt.jsstr(r); x.molt_decref(r); return s; },
    strOf(v: bigint) { const r = BigInt.asUintN(64, x.molt_str(v)); if (r === ERROR) throw new Error('str failed: ' + rt.pendingError()); const s = rt.jsstr(r); x.molt_decref(r); return s; },
    builtin(name: string) { const s = rt.str(name); const r = BigInt.asUintN(64, x.molt_builtin(s)); x.molt_decref(s); return r; },
    call(f: bigint, args: bigint[], kw: Record<string, bigint> = {}) {
      const names = Object.keys(kw);
      const kwt = names.length ? rt.tuple(names.map((n) => rt.str(n))) : NONE;
      const r = withStack([...args, ...names.map((n) => kw[n])], (p) => BigInt.asUintN(64, x.molt_call(f, p, args.length, kwt)));
      if (kwt !== NONE) x.molt_decref(kwt);
      return r;
    },
    method(obj: bigint, name: string, args: bigint[], kw: Record<string, bigint> = {}) {
      const names = Object.keys(kw);
      const kwt = names.length ? rt.tuple(names.map((n) => rt.str(n))) : NONE;
      const ns = rt.str(name);
      const r = withStack([...args, ...names.map((n) => kw[n])], (p) => BigInt.asUintN(64, x.molt_call_method(obj, ns, p, args.length, kwt)));
      x.molt_decref(ns);
      if (kwt !== NONE) x.molt_decref(kwt);
      return r;
    },
    tuple(items: bigint[]) { return withStack(items, (p) => BigInt.asUintN(64, x.molt_tuple_from(p, items.length))); },
    list(items: bigint[]) { return withStack(items, (p) => BigInt.asUintN(64, x.molt_list_from(p, items.length))); },
    pendingError() {
      if (!x.molt_err_occurred()) return null;
      const e = BigInt.asUintN(64, x.molt_err_fetch());
      const tn = BigInt.asUintN(64, x.molt_getattr(e, rt.str('__class__')));
      const name = rt.jsstr(BigInt.asUintN(64, x.molt_getattr(tn, rt.str('__name__'))));
      const msg = rt.strOf(e);
      return msg ? `${name}: ${msg}` : name;
    },
  });
  return rt as Rt;
}

/** Runs python3 (3.12 preferred) on code; returns stdout. */
export function py(code: string, env: Record<string, string> = {}): string {
  const o = findPythonOracle();
  if (!o) throw new Error('python3 not found');
  const r = spawnSync(o.command, ['-c', code], { env: { ...o.env, PYTHONHASHSEED: '0', ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error('python failed: ' + r.stderr);
  return r.stdout;
}
export const havePython = (): boolean => findPythonOracle() !== null;
void existsSync; void closeSync;
