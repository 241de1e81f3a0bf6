// Hand-written core modules (WAT) that exercise the host without the compiler:
// echo argv, copy stdin to stdout, report the environment size, exit with a code.
import binaryen from 'binaryen';
import { componentize } from '../../compiler/driver/componentize.js';

const P1 = '"wasi_snapshot_preview1"';

export const ARGV_ECHO_WAT = `(module
 (import ${P1} "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
 (import ${P1} "args_get" (func $args (param i32 i32) (result i32)))
 (import ${P1} "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
 (import ${P1} "proc_exit" (func $exit (param i32)))
 (memory (export "memory") 2)
 (func (export "_start")
  (local $argc i32) (local $i i32) (local $p i32) (local $len i32)
  (drop (call $sizes (i32.const 0) (i32.const 4)))
  (local.set $argc (i32.load (i32.const 0)))
  (drop (call $args (i32.const 1024) (i32.const 4096)))
  (block $done (loop $next
   (br_if $done (i32.ge_u (local.get $i) (local.get $argc)))
   (local.set $p (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2)))))
   (local.set $len (i32.const 0))
   (block $b (loop $s
    (br_if $b (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $len)))))
    (local.set $len (i32.add (local.get $len) (i32.const 1)))
    (br $s)))
   (i32.store8 (i32.add (local.get $p) (local.get $len)) (i32.const 10))
   (i32.store (i32.const 16) (local.get $p))
   (i32.store (i32.const 20) (i32.add (local.get $len) (i32.const 1)))
   (drop (call $write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 24)))
   (local.set $i (i32.add (local.get $i) (i32.const 1)))
   (br $next)))
  (call $exit (local.get $argc))))`;

/** Copies stdin to stdout, writes "done\\n" to stderr, exits 0 without proc_exit. */
export const CAT_WAT = `(module
 (import ${P1} "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
 (import ${P1} "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
 (memory (export "memory") 2)
 (data (i32.const 64) "done\\n")
 (func (export "_start")
  (local $n i32)
  (block $eof (loop $more
   (i32.store (i32.const 0) (i32.const 8192))
   (i32.store (i32.const 4) (i32.const 4096))
   (br_if $eof (i32.ne (call $read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)) (i32.const 0)))
   (local.set $n (i32.load (i32.const 8)))
   (br_if $eof (i32.eqz (local.get $n)))
   (i32.store (i32.const 4) (local.get $n))
   (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 12)))
   (br $more)))
  (i32.store (i32.const 16) (i32.const 64))
  (i32.store (i32.const 20) (i32.const 5))
  (drop (call $write (i32.const 2) (i32.const 16) (i32.const 1) (i32.const 24)))))`;

/** Exits with the number of environment variables it can see. */
export const ENV_COUNT_WAT = `(module
 (import ${P1} "environ_sizes_get" (func $sizes (param i32 i32) (result i32)))
 (import ${P1} "proc_exit" (func $exit (param i32)))
 (memory (export "memory") 1)
 (func (export "_start")
  (drop (call $sizes (i32.const 0) (i32.const 4)))
  (call $exit (i32.load (i32.const 0)))))`;

export function exitWat(code: number): string {
  return `(module
 (import ${P1} "proc_exit" (func $exit (param i32)))
 (memory (export "memory") 1)
 (func (export "_start") (call $exit (i32.const ${code}))))`;
}

/** Traps (unreachable). */
export const TRAP_WAT = `(module (memory (export "memory") 1) (func (export "_start") unreachable))`;

export function coreModule(wat: string): Uint8Array {
  const m = binaryen.parseText(wat);
  try {
    if (!m.validate()) throw new Error('invalid test module');
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}

export async function testComponent(wat: string): Promise<Uint8Array> {
  return componentize(coreModule(wat));
}
