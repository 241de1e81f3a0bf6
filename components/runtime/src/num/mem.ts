// Memory hooks for the numeric library. Everything in num/ allocates through
// these functions so the object model can redirect them to its allocator.
//  numAlloc(size): scratch/output buffer, 4-byte aligned, >= size bytes.
//  numFree(ptr):   release a numAlloc block (freed mostly LIFO).
//  numNewInt(n):   storage for a big-int *result* record with room for n
//                  limbs: returns the record address (i32 size word, then
//                  limbs). Redirect it to allocate an int object and return
//                  the address of its payload.
// Today: AssemblyScript's stub runtime (bump allocator, frees only the last block).

export function numAlloc(size: usize): usize {
  return __alloc(size == 0 ? 4 : size);
}

export function numFree(ptr: usize): void {
  if (ptr != 0) __free(ptr);
}

export function numNewInt(nlimbs: i32): usize {
  return __alloc(4 + (<usize>nlimbs << 2));
}
