// stdout (block buffered, like CPython writing to a pipe), stderr
// (unbuffered), stdin line reading — over WASI preview 1.
import { fd_write, fd_read, proc_exit } from "./wasi";
import { rawAlloc } from "./alloc";

const OUT_CAP: u32 = 8192;
const OUT: usize = memory.data(8192, 8);
let outLen: u32 = 0;
const IOV: usize = memory.data(16, 8);

function writeAll(fd: u32, p: usize, n: u32): void {
  while (n > 0) {
    store<u32>(IOV, <u32>p);
    store<u32>(IOV, n, 4);
    const r = fd_write(fd, IOV, 1, IOV + 8);
    if (r != 0) return;
    const w = load<u32>(IOV, 8);
    if (w == 0) return;
    p += w; n -= w;
  }
}

export function flushStdout(): void {
  if (outLen > 0) { writeAll(1, OUT, outLen); outLen = 0; }
}

export function writeOut(fd: u32, p: usize, n: u32): void {
  if (fd == 1) {
    if (outLen + n > OUT_CAP) {
      flushStdout();
      if (n > OUT_CAP) { writeAll(1, p, n); return; }
    }
    memory.copy(OUT + outLen, p, n);
    outLen += n;
    return;
  }
  writeAll(fd, p, n);
}

export function writeByte(fd: u32, b: u32): void {
  const t = memory.data(8);
  store<u8>(t, <u8>b);
  writeOut(fd, t, 1);
}

export function writeLit(fd: u32, s: string): void {
  for (let i = 0; i < s.length; i++) writeByte(fd, <u32>s.charCodeAt(i));
}

// ---- stdin ----
let inBuf: usize = 0;
let inLen: u32 = 0;
let inPos: u32 = 0;
let inEof = false;
const IN_CAP: u32 = 65536;

/** Reads one line (including '\n' if present) into a scratch region; returns
 *  its address and sets lineLen. lineLen == 0 means EOF. */
export let lineLen: u32 = 0;
let lineBuf: usize = 0;
let lineCap: u32 = 0;

function fillIn(): bool {
  if (inEof) return false;
  if (inBuf == 0) inBuf = rawAlloc(IN_CAP);
  store<u32>(IOV, <u32>inBuf);
  store<u32>(IOV, IN_CAP, 4);
  const r = fd_read(0, IOV, 1, IOV + 8);
  const n = load<u32>(IOV, 8);
  if (r != 0 || n == 0) { inEof = true; return false; }
  inLen = n; inPos = 0;
  return true;
}

export function readLine(): usize {
  lineLen = 0;
  while (true) {
    if (inPos >= inLen && !fillIn()) return lineBuf;
    const b = load<u8>(inBuf + inPos);
    inPos++;
    if (lineLen + 1 > lineCap) {
      const nc = lineCap == 0 ? 256 : lineCap * 2;
      const nb = rawAlloc(nc);
      if (lineBuf) memory.copy(nb, lineBuf, lineLen);
      lineBuf = nb; lineCap = nc;
    }
    store<u8>(lineBuf + lineLen, b);
    lineLen++;
    if (b == 10) return lineBuf;
  }
}

export function exitProcess(status: i32): void {
  flushStdout();
  proc_exit(<u32>status);
}

export function molt_flush(): void { flushStdout(); }
export function molt_exit(status: i32): void { exitProcess(status); }
