// Size-class allocator on raw linear memory.
// Each block has an 8-byte prefix: u32 size class, u32 free-list link.
// Classes 1..32: 16-byte steps up to 512 bytes; 33..: powers of two.
// Small blocks are carved from 64 KiB arenas; big blocks get their own pages.
// All memory comes from memory.grow directly: the WASI preview-1 adapter grows
// memory for its own state, so a bump pointer that assumes everything up to
// memory.size() is ours (AssemblyScript's stub heap) would overwrite it. Freed blocks go back to their class's free list (LIFO), so a
// loop of temporaries reuses the same few blocks.

const NCLASS: u32 = 64;
const FREE: usize = memory.data(NCLASS * 4, 8);
const ARENA_SIZE: u32 = 65536;
let arenaPtr: usize = 0;
let arenaEnd: usize = 0;
let liveBytes: i64 = 0;
let liveBlocks: i64 = 0;

@inline export function sizeClass(n: u32): u32 {
  if (n <= 512) return n <= 16 ? 1 : (n + 15) >> 4;
  return 23 + (32 - clz<u32>(n - 1));
}

@inline export function classBytes(c: u32): u32 {
  return c <= 32 ? c << 4 : (<u32>1) << (c - 23);
}

/** Fresh, page-aligned memory of at least n bytes (traps when memory is exhausted). */
function grabPages(n: u32): usize {
  const pages = (n + 0xffff) >>> 16;
  const old = memory.grow(<i32>pages);
  if (old < 0) unreachable();
  return (<usize>old) << 16;
}

function allocSlow(c: u32): usize {
  const size = classBytes(c) + 8;
  let b: usize;
  if (size <= 4096) {
    if (arenaPtr + size > arenaEnd) {
      arenaPtr = grabPages(ARENA_SIZE);
      arenaEnd = arenaPtr + ARENA_SIZE;
    }
    b = arenaPtr;
    arenaPtr += size;
  } else {
    b = grabPages(size);
  }
  store<u32>(b, c);
  liveBytes += classBytes(c);
  liveBlocks++;
  return b + 8;
}

/** Allocates n bytes (uninitialized, 8-byte aligned). */
@inline export function rawAlloc(n: u32): usize {
  const c = sizeClass(n);
  const slot = FREE + (c << 2);
  const h = load<u32>(slot);
  if (h != 0) {
    store<u32>(slot, load<u32>(h, 4));
    liveBytes += classBytes(c);
    liveBlocks++;
    return h + 8;
  }
  return allocSlow(c);
}

export function rawAllocZero(n: u32): usize {
  const p = rawAlloc(n);
  memory.fill(p, 0, n);
  return p;
}

@inline export function rawFree(p: usize): void {
  const b = p - 8;
  const c = load<u32>(b);
  const slot = FREE + (c << 2);
  store<u32>(b, load<u32>(slot), 4);
  store<u32>(slot, <u32>b);
  liveBytes -= classBytes(c);
  liveBlocks--;
}

@inline export function rawCapacity(p: usize): u32 {
  return classBytes(load<u32>(p - 8));
}

export function rawRealloc(p: usize, oldSize: u32, n: u32): usize {
  if (p == 0) return rawAlloc(n);
  if (rawCapacity(p) >= n) return p;
  const q = rawAlloc(n);
  memory.copy(q, p, oldSize < n ? oldSize : n);
  rawFree(p);
  return q;
}

export function allocLiveBytes(): i64 { return liveBytes; }
export function allocLiveBlocks(): i64 { return liveBlocks; }
