// Memory hooks for the numeric library. Everything in num/ allocates through
// these two functions so the object model can redirect them to its allocator.
// numAlloc: returns a 4-byte aligned block of at least `size` bytes.
// numFree: releases a block obtained from numAlloc (scratch buffers only).
// Today: AssemblyScript's stub runtime (bump allocator, frees only the last block).

export function numAlloc(size: usize): usize {
  return __alloc(size == 0 ? 4 : size);
}

export function numFree(ptr: usize): void {
  if (ptr != 0) __free(ptr);
}
