// Shared helpers for the numeric-library suites: builds the test wasm from
// components/runtime/src/num/test-entry.ts with asc, gives typed access to
// its memory, runs CPython (the oracle) on batches, and a seeded PRNG.
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { findPythonOracle } from '../../../compiler/util/python-oracle.js';

const root = resolve(__dirname, '../../..');
const srcDir = join(root, 'components/runtime/src/num');

export function buildNumWasm(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(srcDir).sort()) if (f.endsWith('.ts')) h.update(f).update(readFileSync(join(srcDir, f)));
  const dir = join(tmpdir(), 'molt-num-test');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, h.digest('hex').slice(0, 16) + '.wasm');
  if (!existsSync(out)) {
    const asc = join(root, 'node_modules/.bin/asc');
    execFileSync(asc, [join(srcDir, 'test-entry.ts'), '--runtime', 'stub', '-O3', '--noAssert', '-o', out], { cwd: root, stdio: 'pipe' });
  }
  return out;
}

export interface NumWasm {
  ex: any;
  mem(): WebAssembly.Memory;
  u8(): Uint8Array;
  alloc(n: number): number;
  writeStr(s: string): [number, number];
  readStr(ptr: number, len: number): string;
}

export async function loadNum(): Promise<NumWasm> {
  const bytes = readFileSync(buildNumWasm());
  const { instance } = await WebAssembly.instantiate(bytes, { env: { abort: () => { throw new Error('abort'); }, seed: () => 1 } });
  const ex = instance.exports as any;
  const w: NumWasm = {
    ex,
    mem: () => ex.memory,
    u8: () => new Uint8Array(ex.memory.buffer),
    alloc: (n) => ex.numAlloc(n) >>> 0,
    writeStr(s) {
      const b = Buffer.from(s, 'latin1');
      const p = w.alloc(b.length + 1);
      w.u8().set(b, p);
      return [p, b.length];
    },
    readStr: (ptr, len) => Buffer.from(w.u8().subarray(ptr >>> 0, (ptr >>> 0) + len)).toString('latin1'),
  };
  return w;
}

// Runs `script` under the oracle with `lines` on stdin; returns stdout lines.
export function python(script: string, lines: string[]): string[] {
  const o = findPythonOracle();
  if (!o) throw new Error('python3 oracle not found');
  const r = spawnSync(o.command, ['-c', script], { env: o.env, input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error('oracle failed: ' + r.stderr);
  const out = r.stdout.split('\n');
  out.pop();
  return out;
}

// xorshift128+ with a fixed seed: reproducible random cases.
export class Rng {
  private s0: bigint; private s1: bigint;
  constructor(seed: number) { this.s0 = BigInt(seed) * 0x9E3779B97F4A7C15n & 0xffffffffffffffffn | 1n; this.s1 = 0x1234567n ^ BigInt(seed); for (let i = 0; i < 10; i++) this.u64(); }
  u64(): bigint {
    let x = this.s0; const y = this.s1;
    this.s0 = y; x ^= (x << 23n) & 0xffffffffffffffffn; x ^= x >> 17n; x ^= y ^ (y >> 26n);
    this.s1 = x; return (x + y) & 0xffffffffffffffffn;
  }
  int(n: number): number { return Number(this.u64() % BigInt(n)); }
  pick<T>(a: T[]): T { return a[this.int(a.length)]; }
  f64FromBits(): number { const b = new DataView(new ArrayBuffer(8)); b.setBigUint64(0, this.u64()); return b.getFloat64(0); }
}

export function f64Bits(x: number): bigint { const b = new DataView(new ArrayBuffer(8)); b.setFloat64(0, x); return b.getBigUint64(0); }
export function bitsF64(x: bigint): number { const b = new DataView(new ArrayBuffer(8)); b.setBigUint64(0, x); return b.getFloat64(0); }

// Big-int records: i32 signed limb count, then u32 limbs.
export function writeBig(w: NumWasm, v: bigint): number {
  const neg = v < 0n; let m = neg ? -v : v;
  const limbs: number[] = [];
  while (m > 0n) { limbs.push(Number(m & 0xffffffffn)); m >>= 32n; }
  const p = w.alloc(4 + 4 * limbs.length);
  const dv = new DataView(w.mem().buffer);
  dv.setInt32(p, neg ? -limbs.length : limbs.length, true);
  limbs.forEach((l, i) => dv.setUint32(p + 4 + 4 * i, l, true));
  return p;
}

export function readBig(w: NumWasm, p: number): bigint {
  p >>>= 0;
  const dv = new DataView(w.mem().buffer);
  const s = dv.getInt32(p, true); const n = Math.abs(s);
  let m = 0n;
  for (let i = n - 1; i >= 0; i--) m = (m << 32n) | BigInt(dv.getUint32(p + 4 + 4 * i, true));
  if (n > 0 && dv.getUint32(p + 4 * n, true) === 0) throw new Error('unnormalized big int');
  return s < 0 ? -m : m;
}

export function glob(w: NumWasm, name: string): number { return Number(w.ex[name].value); }

// Random big int with a size chosen to hit every code path.
export function randBig(r: Rng, maxLimbs: number): bigint {
  const n = r.int(maxLimbs + 1);
  let v = 0n;
  const style = r.int(4);
  for (let i = 0; i < n; i++) v = (v << 32n) | (style === 0 ? 0xffffffffn : style === 1 && r.int(3) === 0 ? 0n : r.u64() & 0xffffffffn);
  if (r.int(2)) v = -v;
  return v;
}

// float.hex() of a double, computed from its bits.
export function pyHex(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const dv = new DataView(new ArrayBuffer(8)); dv.setFloat64(0, x);
  const b = dv.getBigUint64(0); const neg = b >> 63n ? '-' : '';
  let e = Number((b >> 52n) & 0x7ffn); const m = b & 0xfffffffffffffn;
  let lead = '1';
  if (e === 0) { lead = '0'; e = 1; }
  const frac = m.toString(16).padStart(13, '0');
  const ex = e - 1023;
  return `${neg}0x${lead}.${frac}p${ex >= 0 ? '+' : ''}${ex}`;
}

